// Indexes for ranked directory search and for skipping away specialists: the exact
// specialty tier is read in name order straight from an index, and a specialist's
// linked Curbside user is found by NPI. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index specialists_primary_name_idx on specialists (primary_taxonomy, last_name, first_name, npi) where active`.execute(db);
  await db.schema.createIndex("user_npi_links_npi_idx").on("user_npi_links").column("npi").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("user_npi_links_npi_idx").execute();
  await db.schema.dropIndex("specialists_primary_name_idx").execute();
}
