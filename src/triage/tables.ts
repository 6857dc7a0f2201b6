// Triage tables: subscriptions, SLA settings, cases and case events.
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { CreatedAt } from "../db/schema.ts";

type NullableTime = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Time = ColumnType<Date, Date | string, Date | string>;

export interface TriageSubscriptionsTable {
  id: Generated<number>;
  organization_id: number;
  specialty_code: string;
  kind: "channel" | "user";
  platform: string;
  workspace: string;
  channel_id: string | null;
  user_id: number | null;
  user_external_id: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface TriageSlaTable {
  organization_id: number;
  specialty_code: string;
  urgency: string;
  unclaimed_minutes: number[];
  unanswered_minutes: number;
  updated_by: number | null;
  updated_at: CreatedAt;
}

export interface CasesTable {
  id: Generated<number>;
  organization_id: number;
  requester_user_id: number;
  requester_platform: string;
  requester_workspace: string;
  requester_external_id: string;
  specialty_code: string;
  urgency: string;
  status: Generated<string>;
  question: string;
  age_band: string | null;
  sex: string | null;
  tried: string | null;
  answer: string | null;
  info_request: string | null;
  info_reply: string | null;
  redactions: Generated<number>;
  claimed_by: number | null;
  outcome: string | null;
  created_at: Time;
  claimed_at: NullableTime;
  answered_at: NullableTime;
  closed_at: NullableTime;
  claim_deadline_at: Time;
  escalate_at: NullableTime;
  escalation_level: Generated<number>;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: number;
  organization_id: number;
  actor_user_id: number | null;
  event: string;
  from_status: string | null;
  to_status: string | null;
  meta: JSONColumnType<Record<string, string | number | boolean | null>, string | undefined, string>;
  at: Time;
}

/** A redacted answer, question or reply waiting for its author's "Post redacted". */
export interface PendingTextsTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  case_id: number;
  action: "answer" | "ask" | "reply";
  text: string;
  redactions: number;
  created_at: CreatedAt;
  expires_at: Time;
}

export interface TriageTables {
  triage_subscriptions: TriageSubscriptionsTable;
  triage_sla: TriageSlaTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  pending_texts: PendingTextsTable;
}
