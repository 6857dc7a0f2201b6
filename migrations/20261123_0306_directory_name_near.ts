// Name searches at national scale (measured on 838k specialists):
// - "Kofi Whitwood": the typed first name is matched exactly through the index, so the
//   first-name key is lower-cased like the last name;
// - "Whitwood near 10001": each last name's specialists are probed location by location,
//   nearest first, through (lower(last_name), zip), instead of reading all of them;
// - a location's earth point is stored (a generated column) instead of computed by
//   ll_to_earth() for every location a radius or distance test looks at;
// - the languages GIN index goes: every search filters languages while walking another
//   index (specialty, location or name), and it cost every imported row an index entry.
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index specialists_last_first_idx`.execute(db);
  await sql`create index specialists_last_first_idx on specialists (lower(last_name), lower(first_name), npi) where active`.execute(db);
  await sql`create index specialists_last_zip_idx on specialists (lower(last_name), zip) where active`.execute(db);
  await sql`drop index specialists_languages_gin`.execute(db);
  await sql`drop index practice_locations_earth_gist`.execute(db);
  await sql`alter table practice_locations add column earth earth generated always as (ll_to_earth(latitude, longitude)) stored`.execute(db);
  await sql`create index practice_locations_earth_gist on practice_locations using gist (earth)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index practice_locations_earth_gist`.execute(db);
  await sql`alter table practice_locations drop column earth`.execute(db);
  await sql`create index practice_locations_earth_gist on practice_locations using gist (ll_to_earth(latitude, longitude))`.execute(db);
  await sql`create index specialists_languages_gin on specialists using gin (languages)`.execute(db);
  await sql`drop index specialists_last_zip_idx`.execute(db);
  await sql`drop index specialists_last_first_idx`.execute(db);
  await sql`create index specialists_last_first_idx on specialists (lower(last_name), first_name, npi) where active`.execute(db);
}
