// Escalation deadlines per organization, specialty and urgency, with the defaults of the
// issue: urgent unclaimed 10 min (re-post, DM on call) and 30 min (requester, admins);
// routine unclaimed 24 h (re-post); claimed but unanswered 48 h (nudge the claimer).
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Urgency } from "./model.ts";

/** Deadlines of one specialty and urgency. */
export interface Sla {
  /** Minutes after raising at which each escalation level fires while unclaimed. */
  unclaimedMinutes: number[];
  /** Minutes after claiming at which the claimer is nudged if no answer. */
  unansweredMinutes: number;
  /** Where it came from: "default", "organization" ('*') or "specialty". */
  source: "default" | "organization" | "specialty";
}

export const DEFAULT_SLA: Record<Urgency, Omit<Sla, "source">> = {
  urgent: { unclaimedMinutes: [10, 30], unansweredMinutes: 48 * 60 },
  routine: { unclaimedMinutes: [24 * 60], unansweredMinutes: 48 * 60 },
};

/** Key for "every specialty" in triage_sla. */
export const ANY_SPECIALTY = "*";

/** The deadlines that apply to a case of `specialtyCode` and `urgency`. */
export async function slaFor(db: Kysely<Database>, organizationId: number, specialtyCode: string, urgency: Urgency): Promise<Sla> {
  const rows = await db
    .selectFrom("triage_sla")
    .select(["specialty_code", "unclaimed_minutes", "unanswered_minutes"])
    .where("organization_id", "=", organizationId)
    .where("urgency", "=", urgency)
    .where("specialty_code", "in", [specialtyCode, ANY_SPECIALTY])
    .execute();
  const row = rows.find((r) => r.specialty_code === specialtyCode) ?? rows.find((r) => r.specialty_code === ANY_SPECIALTY);
  if (!row) return { ...DEFAULT_SLA[urgency], unclaimedMinutes: [...DEFAULT_SLA[urgency].unclaimedMinutes], source: "default" };
  return {
    unclaimedMinutes: [...row.unclaimed_minutes].sort((a, b) => a - b),
    unansweredMinutes: row.unanswered_minutes,
    source: row.specialty_code === ANY_SPECIALTY ? "organization" : "specialty",
  };
}

/** Sets the deadlines of a specialty (or ANY_SPECIALTY) and urgency. */
export async function setSla(
  db: Kysely<Database>,
  input: { organizationId: number; specialtyCode: string; urgency: Urgency; unclaimedMinutes: number[]; unansweredMinutes: number; userId: number; now: Date },
): Promise<void> {
  const values = {
    organization_id: input.organizationId,
    specialty_code: input.specialtyCode,
    urgency: input.urgency,
    unclaimed_minutes: [...input.unclaimedMinutes].sort((a, b) => a - b),
    unanswered_minutes: input.unansweredMinutes,
    updated_by: input.userId,
    updated_at: input.now,
  };
  await db
    .insertInto("triage_sla")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["organization_id", "specialty_code", "urgency"]).doUpdateSet({
        unclaimed_minutes: values.unclaimed_minutes,
        unanswered_minutes: values.unanswered_minutes,
        updated_by: values.updated_by,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

/** Formats minutes as "10 min", "2 h", "1 d". */
export function formatMinutes(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
