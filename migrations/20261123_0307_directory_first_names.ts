// Name searches by first name too: "Nadia" alone, "Brannigan Nadia" (last then first),
// and a typo in the first name. Like last names, each distinct lower-cased first name is
// kept once in a small trigram-indexed side table, filled by the same statement-level
// triggers, and specialists are read by first name through two B-trees:
// - (lower(first_name), lower(last_name), npi): a first name's specialists in name order;
// - (lower(first_name), zip): near a place, probed location by location, nearest first.
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

/** The side tables' trigger function, as of migration 0304 or with first names too. */
function sideTablesFunction(withFirstNames: boolean) {
  const firstNames = withFirstNames
    ? sql`insert into specialist_first_names (name)
        select distinct lower(first_name) from new_rows
        on conflict (name) do nothing;`
    : sql``;
  return sql`create or replace function directory_side_tables() returns trigger language plpgsql as $$
    begin
      insert into practice_locations (zip, latitude, longitude)
        select distinct on (zip) zip, latitude, longitude from new_rows
        where zip is not null and latitude is not null and longitude is not null
        order by zip
        on conflict (zip) do nothing;
      insert into specialist_last_names (name)
        select distinct lower(last_name) from new_rows
        on conflict (name) do nothing;
      ${firstNames}
      return null;
    end
  $$`;
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table specialist_first_names (name text primary key)`.execute(db);
  await sql`create index specialist_first_names_trgm on specialist_first_names using gin (name gin_trgm_ops)`.execute(db);
  await sideTablesFunction(true).execute(db);
  await sql`insert into specialist_first_names (name) select distinct lower(first_name) from specialists`.execute(db);
  await sql`create index specialists_first_last_idx on specialists (lower(first_name), lower(last_name), npi) where active`.execute(db);
  await sql`create index specialists_first_zip_idx on specialists (lower(first_name), zip) where active`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index specialists_first_zip_idx`.execute(db);
  await sql`drop index specialists_first_last_idx`.execute(db);
  await sideTablesFunction(false).execute(db);
  await sql`drop table specialist_first_names`.execute(db);
}
