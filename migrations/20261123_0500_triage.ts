// Case triage: subscriptions (specialty -> channel or user, on any platform of the
// organization), SLA settings, cases and their events. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("triage_subscriptions")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("specialty_code", "text", (c) => c.notNull())
    // "channel": a triage channel (admin); "user": DMs to a following specialist.
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("workspace", "text", (c) => c.notNull())
    .addColumn("channel_id", "text")
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("user_external_id", "text")
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index triage_subscriptions_target_uq on triage_subscriptions (organization_id, specialty_code, kind, platform, workspace, coalesce(channel_id, ''), coalesce(user_id, 0))`.execute(db);
  await db.schema.createIndex("triage_subscriptions_org_specialty_idx").on("triage_subscriptions").columns(["organization_id", "specialty_code"]).execute();

  // Escalation deadlines per organization, specialty ('*' = every specialty) and urgency.
  await db.schema
    .createTable("triage_sla")
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("specialty_code", "text", (c) => c.notNull())
    .addColumn("urgency", "text", (c) => c.notNull())
    // Minutes after raising at which an unclaimed case escalates, one entry per level.
    .addColumn("unclaimed_minutes", sql`integer[]`, (c) => c.notNull())
    // Minutes after claiming at which an unanswered case nudges the claimer.
    .addColumn("unanswered_minutes", "integer", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("triage_sla_pk", ["organization_id", "specialty_code", "urgency"])
    .execute();

  await db.schema
    .createTable("cases")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("requester_user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // Where the requester raised it, to reach them on their own platform.
    .addColumn("requester_platform", "text", (c) => c.notNull())
    .addColumn("requester_workspace", "text", (c) => c.notNull())
    .addColumn("requester_external_id", "text", (c) => c.notNull())
    .addColumn("specialty_code", "text", (c) => c.notNull())
    .addColumn("urgency", "text", (c) => c.notNull())
    // open | claimed | more_info | answered | resolved | cancelled
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    // Redacted text only (the PHI guard ran before storing).
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("age_band", "text")
    .addColumn("sex", "text")
    .addColumn("tried", "text")
    .addColumn("answer", "text")
    .addColumn("info_request", "text")
    .addColumn("info_reply", "text")
    // How many identifiers the guard replaced (a count, never the values).
    .addColumn("redactions", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("claimed_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("outcome", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("claimed_at", "timestamptz")
    .addColumn("answered_at", "timestamptz")
    .addColumn("closed_at", "timestamptz")
    // First unclaimed deadline (for "share unclaimed past deadline").
    .addColumn("claim_deadline_at", "timestamptz", (c) => c.notNull())
    // Next escalation instant, and how many levels already fired in the current state.
    .addColumn("escalate_at", "timestamptz")
    .addColumn("escalation_level", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create index cases_escalate_idx on cases (escalate_at) where escalate_at is not null`.execute(db);
  await db.schema.createIndex("cases_org_status_idx").on("cases").columns(["organization_id", "status"]).execute();
  await db.schema.createIndex("cases_org_specialty_created_idx").on("cases").columns(["organization_id", "specialty_code", "created_at"]).execute();

  // Every transition: who, when, from, to. Never text.
  await db.schema
    .createTable("case_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("case_id", "integer", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("meta", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_events_case_idx").on("case_events").columns(["case_id", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("case_events").execute();
  await db.schema.dropTable("cases").execute();
  await db.schema.dropTable("triage_sla").execute();
  await db.schema.dropTable("triage_subscriptions").execute();
}
