// On-call shifts per organization and specialty: who (a Curbside user or a directory
// specialist by NPI), from, to, and a contact note. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("oncall_shifts")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("specialty_code", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("specialist_npi", "text")
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("ends_at", "timestamptz", (c) => c.notNull())
    // How to reach them (pager, extension); never patient data.
    .addColumn("note", "text")
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("oncall_shifts_who_ck", sql`user_id is not null or specialist_npi is not null`)
    .addCheckConstraint("oncall_shifts_span_ck", sql`ends_at > starts_at`)
    .execute();
  // Re-importing a rota updates shifts instead of duplicating them.
  await sql`create unique index oncall_shifts_identity_uq on oncall_shifts
    (organization_id, specialty_code, (coalesce(user_id, 0)), (coalesce(specialist_npi, '')), starts_at)`.execute(db);
  await db.schema.createIndex("oncall_shifts_lookup_idx").on("oncall_shifts").columns(["organization_id", "specialty_code", "ends_at", "starts_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("oncall_shifts").execute();
}
