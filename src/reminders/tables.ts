// Reminder table: one row per reminder (a recurring one moves its due_at forward).
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { CreatedAt, Timestamp } from "../db/schema.ts";

/** Where a reminder is delivered inside its workspace. */
export type ReminderTarget = { channel: string; threadId?: string } | { user: string };

/** Reminder states. */
/** "held": waiting for its author's "Post redacted" under a "warn" PHI policy; never delivered. */
export type ReminderStatus = "held" | "pending" | "delivered" | "done" | "cancelled";

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface RemindersTable {
  id: Generated<number>;
  organization_id: number;
  workspace_id: number;
  creator_user_id: number;
  platform: string;
  workspace: string;
  target: JSONColumnType<ReminderTarget, string, string>;
  target_user_id: number | null;
  text: string;
  case_id: number | null;
  timezone: string;
  rrule: string | null;
  status: ColumnType<ReminderStatus, ReminderStatus | undefined, ReminderStatus>;
  due_at: Timestamp;
  occurrence: Generated<number>;
  last_due_at: NullableTimestamp;
  last_delivered_at: NullableTimestamp;
  snoozed_from: number | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface TriageDigestsTable {
  organization_id: number;
  platform: string;
  workspace: string;
  channel_id: string;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  last_local_date: string | null;
  updated_by: number | null;
  updated_at: CreatedAt;
}

export interface ReminderTables {
  reminders: RemindersTable;
  triage_digests: TriageDigestsTable;
}
