// The audit log: who did what to which subject, when. Never message text or PHI.
import type { Kysely } from "kysely";
import type { Database } from "./db/schema.ts";

export interface AuditEntry {
  /** Organization the subject belongs to. */
  organizationId: number | null;
  /** Curbside user who acted, if a person did. */
  actorUserId: number | null;
  /** Stable verb, e.g. "case.claimed", "directory.imported". */
  action: string;
  /** Kind of subject ("case", "reminder", "workspace"). */
  subjectType?: string;
  /** Subject id. */
  subjectId?: string | number;
  /** Ids and counts only. */
  meta?: Record<string, string | number | boolean | null>;
  /** When (defaults to the database's now()). */
  at?: Date;
}

/** Appends one audit row (inside the caller's transaction when given one). */
export async function audit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      organization_id: entry.organizationId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId === undefined ? null : String(entry.subjectId),
      meta: JSON.stringify(entry.meta ?? {}),
      ...(entry.at ? { at: entry.at } : {}),
    })
    .execute();
}
