// Inserts a case row directly, for tests of features that read cases (digests,
// reminders tied to a case) without going through the /consult flow.
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";

export interface CaseRow {
  specialty?: string;
  status?: string;
  urgency?: string;
  createdAt: Date;
  claimDeadlineAt: Date;
  escalationLevel?: number;
  escalateAt?: Date | null;
}

/** Inserts a case raised by the console user `externalId` (who must exist); returns its id. */
export async function insertCase(db: Kysely<Database>, externalId: string, values: CaseRow): Promise<number> {
  const user = await db.selectFrom("users").selectAll().where("external_id", "=", externalId).executeTakeFirstOrThrow();
  const row = await db
    .insertInto("cases")
    .values({
      organization_id: user.organization_id,
      requester_user_id: user.id,
      requester_platform: "console",
      requester_workspace: "w",
      requester_external_id: externalId,
      specialty_code: values.specialty ?? "207RC0000X",
      urgency: values.urgency ?? "routine",
      ...(values.status ? { status: values.status } : {}),
      question: "invented question about a patient",
      created_at: values.createdAt,
      claim_deadline_at: values.claimDeadlineAt,
      escalation_level: values.escalationLevel ?? 0,
      escalate_at: values.escalateAt ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
