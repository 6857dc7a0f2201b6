// Recording what happened to a case: a case_events row (never text) and an audit row.
import type { Kysely } from "kysely";
import { audit } from "../audit.ts";
import type { Database } from "../db/schema.ts";

/** One transition or escalation of a case. */
export interface CaseEvent {
  /** Case id. */
  caseId: number;
  /** Organization. */
  organizationId: number;
  /** Who acted (null for the scheduler). */
  actorUserId: number | null;
  /** Stable verb: raised, claimed, answered, info_requested, info_provided, resolved, cancelled, escalated, nudged. */
  event: string;
  /** Status before. */
  from: string | null;
  /** Status after. */
  to: string | null;
  /** Ids, levels and codes only. */
  meta?: Record<string, string | number | boolean | null>;
  /** When. */
  at: Date;
}

/** Writes the event and its audit row in the caller's transaction; returns the event id. */
export async function recordCaseEvent(trx: Kysely<Database>, e: CaseEvent): Promise<number> {
  const meta = { ...e.meta, from: e.from, to: e.to };
  const row = await trx
    .insertInto("case_events")
    .values({ case_id: e.caseId, organization_id: e.organizationId, actor_user_id: e.actorUserId, event: e.event, from_status: e.from, to_status: e.to, meta: JSON.stringify(e.meta ?? {}), at: e.at })
    .returning("id")
    .executeTakeFirstOrThrow();
  await audit(trx, { organizationId: e.organizationId, actorUserId: e.actorUserId, action: `case.${e.event}`, subjectType: "case", subjectId: e.caseId, meta, at: e.at });
  return row.id;
}
