// A sweep is periodic work over deadlines stored in the database (escalations, due
// reminders). Sweeps claim rows with FOR UPDATE SKIP LOCKED, so several processes may
// run the same sweep at once and each due row is handled exactly once.
import type { AppServices } from "../chat/command.ts";

/** One named sweep. */
export interface Sweep {
  /** Stable name for logs and `curbside scheduler run-once` output, e.g. "triage.escalate". */
  name: string;
  /** Handles everything due at `now`; returns how many rows it acted on. */
  run(services: AppServices, now: Date): Promise<{ processed: number }>;
}
