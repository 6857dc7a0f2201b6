// Replay protection shared by every Curbside process on one database: a request is
// accepted only if inserting its signature into slack_seen_requests succeeds, in the
// same step that accepts it. Two processes racing on one captured request both insert;
// the primary key lets exactly one win. An expired row (only possible for a timestamp
// already refused as stale, or across skewed clocks) is taken over rather than blocking.
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import { slackDb } from "./tables.ts";
import { SIGNATURE_WINDOW_MS } from "./verify.ts";

/** How long a signature is remembered: twice the timestamp window, as the in-memory guard does. */
export const SEEN_FOR_MS = 2 * SIGNATURE_WINDOW_MS;

/** How often expired rows are deleted (in the background, never on the ack path's critical query). */
const SWEEP_EVERY_MS = 60_000;

/** Signatures seen by any process, kept in the database. */
export class SharedReplayGuard {
  private lastSweep = Number.NEGATIVE_INFINITY;
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    /** Told when a background sweep fails (error class only). */
    private readonly onSweepError: (error: unknown) => void = () => {},
  ) {}

  /** Records `signature`; resolves false when another request (in any process) already used it. */
  async firstSighting(signature: string, nowMs: number): Promise<boolean> {
    const now = new Date(nowMs);
    const row = await slackDb(this.db)
      .insertInto("slack_seen_requests")
      .values({ signature, expires_at: new Date(nowMs + SEEN_FOR_MS) })
      .onConflict((oc) => oc.column("signature").doUpdateSet({ expires_at: new Date(nowMs + SEEN_FOR_MS) }).where("slack_seen_requests.expires_at", "<=", now))
      .returning("signature")
      .executeTakeFirst();
    if (nowMs - this.lastSweep >= SWEEP_EVERY_MS && !this.sweeping) {
      this.lastSweep = nowMs;
      this.sweeping = this.sweep(nowMs)
        .then(() => undefined, this.onSweepError)
        .finally(() => (this.sweeping = undefined));
    }
    return row !== undefined;
  }

  /** Deletes expired signatures; resolves with how many. */
  async sweep(nowMs: number): Promise<number> {
    const result = await slackDb(this.db).deleteFrom("slack_seen_requests").where("expires_at", "<=", new Date(nowMs)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Resolves when a sweep in progress has finished (tests, shutdown). */
  async settled(): Promise<void> {
    await this.sweeping;
  }
}
