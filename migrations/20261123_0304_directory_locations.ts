// Directory at national scale. Two small side tables carry the costly indexes instead of
// the million-row specialists table, so an NPPES import maintains only B-trees and GINs
// over short arrays:
// - practice_locations: one row per practice ZIP (its centroid), with the earth-distance
//   GiST index. "Near" searches walk it nearest-first and join specialists by ZIP.
// - specialist_last_names: each distinct lower-cased last name once, with a trigram
//   index. Name searches match a typed name against it, then read specialists by name.
// Statement-level triggers keep both in step with every writer (import, demo seed,
// tests), at one extra statement per INSERT or UPDATE statement, not per row.
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table practice_locations (
    zip text primary key,
    latitude double precision not null,
    longitude double precision not null
  )`.execute(db);
  await sql`create index practice_locations_earth_gist on practice_locations using gist (ll_to_earth(latitude, longitude))`.execute(db);
  await sql`create table specialist_last_names (name text primary key)`.execute(db);
  await sql`create index specialist_last_names_trgm on specialist_last_names using gin (name gin_trgm_ops)`.execute(db);

  // The first writer of a ZIP sets its point; importers write ZIP centroids.
  await sql`create function directory_side_tables() returns trigger language plpgsql as $$
    begin
      insert into practice_locations (zip, latitude, longitude)
        select distinct on (zip) zip, latitude, longitude from new_rows
        where zip is not null and latitude is not null and longitude is not null
        order by zip
        on conflict (zip) do nothing;
      insert into specialist_last_names (name)
        select distinct lower(last_name) from new_rows
        on conflict (name) do nothing;
      return null;
    end
  $$`.execute(db);
  // A transition table may serve one event only, hence two triggers.
  await sql`create trigger specialists_side_tables_ins after insert on specialists
    referencing new table as new_rows for each statement execute function directory_side_tables()`.execute(db);
  await sql`create trigger specialists_side_tables_upd after update on specialists
    referencing new table as new_rows for each statement execute function directory_side_tables()`.execute(db);

  await sql`insert into practice_locations (zip, latitude, longitude)
    select distinct on (zip) zip, latitude, longitude from specialists
    where zip is not null and latitude is not null and longitude is not null order by zip, id`.execute(db);
  await sql`insert into specialist_last_names (name) select distinct lower(last_name) from specialists`.execute(db);

  await sql`drop index specialists_earth_gist`.execute(db);
  await sql`drop index specialists_name_trgm`.execute(db);
  // Inner side of "near" searches: a location's specialists of one primary taxonomy
  // (the ZIP prefix alone serves the secondary and name tiers).
  await sql`create index specialists_zip_primary_idx on specialists (zip, primary_taxonomy) where active`.execute(db);
  // Inner side of name searches.
  await sql`create index specialists_last_name_idx on specialists (lower(last_name)) where active`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index specialists_last_name_idx`.execute(db);
  await sql`drop index specialists_zip_primary_idx`.execute(db);
  await sql`create index specialists_name_trgm on specialists using gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops)`.execute(db);
  await sql`create index specialists_earth_gist on specialists using gist (ll_to_earth(latitude, longitude)) where latitude is not null and longitude is not null`.execute(db);
  await sql`drop trigger specialists_side_tables_upd on specialists`.execute(db);
  await sql`drop trigger specialists_side_tables_ins on specialists`.execute(db);
  await sql`drop function directory_side_tables()`.execute(db);
  await sql`drop table specialist_last_names`.execute(db);
  await sql`drop table practice_locations`.execute(db);
}
