// Answers, questions and replies held for confirmation. Under a "warn" PHI policy the
// author first sees the redacted text ("This is what they would see") with "Post
// redacted" and "Edit" buttons. Only the redacted text is held, for an hour; the
// original is never stored, so "Edit" starts from an empty form.
import type { Kysely } from "kysely";
import { parseRowId } from "../chat/args.ts";
import type { Actor } from "../chat/command.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import type { RedactedText } from "../privacy/index.ts";

/** How long a held text can still be posted. */
export const PENDING_TEXT_TTL_MS = 60 * 60_000;

/** Case actions whose text can be held. */
export type TextAction = "answer" | "ask" | "reply";

/** A held text. */
export interface PendingText {
  id: number;
  caseId: number;
  action: TextAction;
  text: string;
  redactions: number;
}

/** Holds `text` (already redacted) for `actor`'s confirmation; drops the actor's expired ones. */
export async function holdPendingText(
  db: Kysely<Database>,
  actor: Actor,
  input: { caseId: number; action: TextAction; text: RedactedText; redactions: number; now: Date },
): Promise<number> {
  await db.deleteFrom("pending_texts").where("user_id", "=", actor.userId).where("expires_at", "<=", input.now).execute();
  const row = await db
    .insertInto("pending_texts")
    .values({
      organization_id: actor.organizationId,
      user_id: actor.userId,
      case_id: input.caseId,
      action: input.action,
      text: input.text,
      redactions: input.redactions,
      created_at: input.now,
      expires_at: new Date(input.now.getTime() + PENDING_TEXT_TTL_MS),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Parses a "Post redacted" / "Edit" button's value. */
export function parsePendingTextId(value: string): number {
  const id = parseRowId(value);
  if (id === undefined) throw new AppError("BAD_ARGUMENT", "That button is out of date. Send the text again.");
  return id;
}

function gone(): AppError {
  return new AppError("NOT_FOUND", "That preview was already posted, discarded or has expired (after an hour). Send the text again.");
}

/** The actor's held text `id`, still valid at `now`. Throws NOT_FOUND otherwise. */
export async function findPendingText(db: Kysely<Database>, actor: Actor, id: number, now: Date): Promise<PendingText> {
  const row = await db
    .selectFrom("pending_texts")
    .select(["id", "case_id", "action", "text", "redactions"])
    .where("id", "=", id)
    .where("user_id", "=", actor.userId)
    .where("organization_id", "=", actor.organizationId)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (!row) throw gone();
  return { id: row.id, caseId: row.case_id, action: row.action, text: row.text, redactions: row.redactions };
}

/**
 * Removes and returns the held text for `caseId`/`action`: called inside the transaction
 * that posts it, so a double click posts it once. Throws NOT_FOUND when it is gone.
 */
export async function takePendingText(trx: Kysely<Database>, actor: Actor, id: number, caseId: number, action: TextAction, now: Date): Promise<PendingText> {
  const row = await trx
    .deleteFrom("pending_texts")
    .where("id", "=", id)
    .where("user_id", "=", actor.userId)
    .where("case_id", "=", caseId)
    .where("action", "=", action)
    .where("expires_at", ">", now)
    .returning(["id", "case_id", "action", "text", "redactions"])
    .executeTakeFirst();
  if (!row) throw gone();
  return { id: row.id, caseId: row.case_id, action: row.action, text: row.text, redactions: row.redactions };
}

/** Drops the actor's held text `id` (the "Edit" button); true when there was one. */
export async function discardPendingText(db: Kysely<Database>, actor: Actor, id: number): Promise<boolean> {
  const result = await db.deleteFrom("pending_texts").where("id", "=", id).where("user_id", "=", actor.userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
