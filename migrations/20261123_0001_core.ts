// Organizations, workspaces, users and the audit log. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organizations")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("settings", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("workspaces")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("timezone", "text", (c) => c.notNull().defaultTo("America/New_York"))
    // redact | warn | block: what the PHI guard does with identifiers in submitted text.
    .addColumn("phi_policy", "text", (c) => c.notNull().defaultTo("redact"))
    // Whether summaries may restore placeholders (ephemerally, to the requester).
    .addColumn("allow_phi_restore", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("workspaces_platform_external_uq", ["platform", "external_id"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("display_name", "text")
    .addColumn("role", "text", (c) => c.notNull().defaultTo("clinician"))
    .addColumn("timezone", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("users_workspace_external_uq", ["workspace_id", "external_id"])
    .execute();
  await db.schema.createIndex("users_org_idx").on("users").column("organization_id").execute();

  // Who did what to which subject, and when. Never message text.
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id").onDelete("cascade"))
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text")
    .addColumn("subject_id", "text")
    .addColumn("meta", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("audit_log_org_at_idx").on("audit_log").columns(["organization_id", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
  await db.schema.dropTable("users").execute();
  await db.schema.dropTable("workspaces").execute();
  await db.schema.dropTable("organizations").execute();
}
