// The (first name, zip) index back (migration 0308 dropped it): without it, a common
// first name near a place with a rare filter ("Kofi near 10001 lang vietnamese
// telehealth") read every specialist of every location within the probe radius (9 ms
// on 168k specialists, growing with the directory), for about a tenth of an import's
// database time. The first-name counts stay: a rare first name is still read whole.
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index specialists_first_zip_idx on specialists (lower(first_name), zip) where active`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index specialists_first_zip_idx`.execute(db);
}
