// Specialties (NUCC taxonomy) and specialists, with trigram and earth-distance indexes.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists cube`.execute(db);
  await sql`create extension if not exists earthdistance`.execute(db);

  await db.schema
    .createTable("specialties")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("grouping", "text", (c) => c.notNull())
    .addColumn("synonyms", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    // Lower-cased name and synonyms, for trigram matching of typos.
    .addColumn("search_terms", "text", (c) => c.notNull())
    .execute();
  await sql`create index specialties_terms_trgm on specialties using gin (search_terms gin_trgm_ops)`.execute(db);

  await db.schema
    .createTable("specialists")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("npi", "text", (c) => c.notNull().unique())
    .addColumn("first_name", "text", (c) => c.notNull())
    .addColumn("last_name", "text", (c) => c.notNull())
    .addColumn("credential", "text")
    .addColumn("primary_taxonomy", "text", (c) => c.notNull())
    .addColumn("taxonomy_codes", sql`text[]`, (c) => c.notNull())
    .addColumn("address_line", "text")
    .addColumn("city", "text")
    .addColumn("state", "text")
    .addColumn("zip", "text")
    .addColumn("phone", "text")
    .addColumn("latitude", "double precision")
    .addColumn("longitude", "double precision")
    .addColumn("languages", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{English}'::text[]`))
    .addColumn("telehealth", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("accepting_consults", "boolean", (c) => c.notNull().defaultTo(true))
    // True when the NPI is active in imported NPPES data.
    .addColumn("verified", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("source", "text", (c) => c.notNull().defaultTo("demo"))
    .addColumn("nppes_updated_on", "date")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index specialists_taxonomy_gin on specialists using gin (taxonomy_codes)`.execute(db);
  await sql`create index specialists_languages_gin on specialists using gin (languages)`.execute(db);
  await sql`create index specialists_earth_gist on specialists using gist (ll_to_earth(latitude, longitude)) where latitude is not null and longitude is not null`.execute(db);
  await sql`create index specialists_name_trgm on specialists using gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("specialists").execute();
  await db.schema.dropTable("specialties").execute();
}
