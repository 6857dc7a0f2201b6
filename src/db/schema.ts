// The Database type Kysely checks queries against. Each feature declares its tables in
// its own file; this one composes them.
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { DirectoryTables } from "../directory/tables.ts";
import type { OutboxTables } from "../outbox/tables.ts";
import type { TriageTables } from "../triage/tables.ts";
import type { ReminderTables } from "../reminders/tables.ts";

/** A timestamp column: read as Date, written as Date or ISO string, defaulted on insert. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A required timestamp column. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  settings: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
}

export interface WorkspacesTable {
  id: Generated<number>;
  organization_id: number;
  platform: string;
  external_id: string;
  name: string | null;
  timezone: Generated<string>;
  phi_policy: Generated<string>;
  allow_phi_restore: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  organization_id: number;
  workspace_id: number;
  external_id: string;
  display_name: string | null;
  role: Generated<string>;
  timezone: string | null;
  /** Away (not offered for cases or on call) until this instant; null when available. */
  away_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  organization_id: number | null;
  actor_user_id: number | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  meta: JSONColumnType<Record<string, string | number | boolean | null>, string | undefined, string>;
  at: CreatedAt;
}

export interface CoreTables {
  organizations: OrganizationsTable;
  workspaces: WorkspacesTable;
  users: UsersTable;
  audit_log: AuditLogTable;
}

export interface Database extends CoreTables, DirectoryTables, OutboxTables, ReminderTables, TriageTables {}
