// Reminders: one row per reminder; a recurring one keeps its RFC 5545 rule and moves its
// due_at forward each time it is delivered. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reminders")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("creator_user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // Where it is delivered: platform + platform workspace id + {"user"} or {"channel","threadId"?}.
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("workspace", "text", (c) => c.notNull())
    .addColumn("target", "jsonb", (c) => c.notNull())
    // The Curbside user a DM reminder is for (null when the @user has not used Curbside yet).
    .addColumn("target_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    // Text after the PHI guard (redacted when the workspace policy says so).
    .addColumn("text", "text", (c) => c.notNull())
    // Case the reminder is about; validated against cases when that table exists.
    .addColumn("case_id", "bigint")
    // IANA zone the reminder was understood in; recurring rules are expanded in it.
    .addColumn("timezone", "text", (c) => c.notNull())
    // "DTSTART;TZID=<zone>:<local>\nRRULE:<rule>" for recurring reminders, else null.
    .addColumn("rrule", "text")
    // pending (waiting for due_at) | delivered (one-shot, sent) | done | cancelled
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("due_at", "timestamptz", (c) => c.notNull())
    // How many occurrences have been delivered (part of the outbox dedupe key).
    .addColumn("occurrence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_due_at", "timestamptz")
    .addColumn("last_delivered_at", "timestamptz")
    // A snooze of a recurring reminder is its own one-shot row pointing at the series.
    .addColumn("snoozed_from", "bigint", (c) => c.references("reminders.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The sweep's only query: due pending rows in due order.
  await sql`create index reminders_due_idx on reminders (due_at, id) where status = 'pending'`.execute(db);
  await db.schema.createIndex("reminders_creator_status_idx").on("reminders").columns(["creator_user_id", "status"]).execute();
  await db.schema.createIndex("reminders_org_idx").on("reminders").column("organization_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reminders").execute();
}
