// Reading a case with the names a post shows (specialty, requester, claimer).
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import type { CaseStatus, Urgency } from "./model.ts";

/** A case as shown in posts and replies. Text fields are redacted. */
export interface CaseView {
  /** Case id. */
  id: number;
  /** Organization. */
  organizationId: number;
  /** NUCC code. */
  specialtyCode: string;
  /** Specialty display name. */
  specialtyName: string;
  /** Urgency. */
  urgency: Urgency;
  /** Status. */
  status: CaseStatus;
  /** Redacted question. */
  question: string;
  /** Age band, e.g. "40-64". */
  ageBand: string | null;
  /** Sex. */
  sex: string | null;
  /** Redacted "what was tried". */
  tried: string | null;
  /** Redacted answer. */
  answer: string | null;
  /** Redacted request for more information. */
  infoRequest: string | null;
  /** Redacted reply to it. */
  infoReply: string | null;
  /** Requester's user id. */
  requesterId: number;
  /** Requester's display name. */
  requesterName: string;
  /** Claimer's user id. */
  claimerId: number | null;
  /** Claimer's display name. */
  claimerName: string | null;
  /** Outcome when resolved. */
  outcome: string | null;
  /** When raised. */
  createdAt: Date;
  /** Number of identifiers removed from the texts. */
  redactions: number;
}

/** Loads a case of the organization; NOT_FOUND when it is not there (or another organization's). */
export async function loadCase(db: Kysely<Database>, organizationId: number, caseId: number): Promise<CaseView> {
  const row = await db
    .selectFrom("cases as c")
    .innerJoin("users as r", "r.id", "c.requester_user_id")
    .leftJoin("users as k", "k.id", "c.claimed_by")
    .leftJoin("specialties as s", "s.code", "c.specialty_code")
    .select([
      "c.id",
      "c.organization_id",
      "c.specialty_code",
      "s.name as specialty_name",
      "c.urgency",
      "c.status",
      "c.question",
      "c.age_band",
      "c.sex",
      "c.tried",
      "c.answer",
      "c.info_request",
      "c.info_reply",
      "c.requester_user_id",
      "r.display_name as requester_name",
      "r.external_id as requester_external",
      "c.claimed_by",
      "k.display_name as claimer_name",
      "k.external_id as claimer_external",
      "c.outcome",
      "c.created_at",
      "c.redactions",
    ])
    .where("c.id", "=", caseId)
    .where("c.organization_id", "=", organizationId)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `There is no case #${caseId} in your organization.`, { caseId });
  return {
    id: row.id,
    organizationId: row.organization_id,
    specialtyCode: row.specialty_code,
    specialtyName: row.specialty_name ?? row.specialty_code,
    urgency: row.urgency as Urgency,
    status: row.status as CaseStatus,
    question: row.question,
    ageBand: row.age_band,
    sex: row.sex,
    tried: row.tried,
    answer: row.answer,
    infoRequest: row.info_request,
    infoReply: row.info_reply,
    requesterId: row.requester_user_id,
    requesterName: row.requester_name ?? row.requester_external,
    claimerId: row.claimed_by,
    claimerName: row.claimed_by ? (row.claimer_name ?? row.claimer_external ?? null) : null,
    outcome: row.outcome,
    createdAt: new Date(row.created_at),
    redactions: row.redactions,
  };
}
