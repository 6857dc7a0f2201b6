// The PHI step for reminder text, through the shared PHI guard: what is stored (and later
// posted) is the redacted text, so a reminder never carries a patient's name, MRN or
// date of birth. Under a "block" workspace policy the guard refuses (nothing is stored);
// under "warn" the redacted text is held until its author presses "Post redacted".
import type { Kysely } from "kysely";
import type { Actor } from "../chat/command.ts";
import type { Database } from "../db/schema.ts";
import { describeFindings, guardText } from "../privacy/guard.ts";
import { workspacePhiPolicy } from "../privacy/phi-policy.ts";

/** The text to store and a user-safe note of what was removed ("1 name, 1 phone number"). */
export interface GuardedReminderText {
  /** Redacted text. */
  text: string;
  /** What was removed, or null when nothing was. */
  removed: string | null;
  /** The workspace asks the author to confirm the redacted text first ("warn"). */
  confirm: boolean;
}

/** Applies the workspace's PHI policy to reminder text. Throws PHI_BLOCKED under "block". */
export async function guardReminderText(db: Kysely<Database>, actor: Actor, text: string): Promise<GuardedReminderText> {
  const policy = await workspacePhiPolicy(db, actor.workspaceId);
  const result = guardText(text, { policy, platform: actor.platform });
  const stored = result.action === "post" ? result.text : result.preview;
  return { text: stored, removed: result.spans.length > 0 ? describeFindings(result.spans) : null, confirm: result.action === "confirm" };
}
