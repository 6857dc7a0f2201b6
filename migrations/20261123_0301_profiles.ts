// Profiles: a user's claimed NPI (pending until an admin confirms it), self-declared
// specialties, and an "away until" instant. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("away_until", "timestamptz").execute();

  // One NPI claim per user; "pending" until an admin confirms it, and untrusted until then.
  await db.schema
    .createTable("user_npi_links")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("npi", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("requested_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("confirmed_at", "timestamptz")
    .addColumn("confirmed_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  // A confirmed NPI belongs to one person per organization.
  await sql`create unique index user_npi_links_confirmed_uq on user_npi_links (organization_id, npi) where status = 'confirmed'`.execute(db);
  await db.schema.createIndex("user_npi_links_org_status_idx").on("user_npi_links").columns(["organization_id", "status"]).execute();

  await db.schema
    .createTable("user_specialties")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("confirmed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("confirmed_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("user_specialties_pk", ["user_id", "code"])
    .execute();
  await db.schema.createIndex("user_specialties_org_code_idx").on("user_specialties").columns(["organization_id", "code"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("user_specialties").execute();
  await db.schema.dropTable("user_npi_links").execute();
  await db.schema.alterTable("users").dropColumn("away_until").execute();
}
