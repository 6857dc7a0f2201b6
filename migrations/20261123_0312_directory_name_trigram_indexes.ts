// The trigram indexes on the distinct-name side tables go: typed names are matched in
// memory now (src/directory/name-index.ts, migration 0310), with the same names and
// scores pg_trgm's `%` gave, and the database is asked only for exact names (primary
// key). Every import paid for keeping them (a GIN entry per trigram of every new name).
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index specialist_last_names_trgm`.execute(db);
  await sql`drop index specialist_first_names_trgm`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index specialist_last_names_trgm on specialist_last_names using gin (name gin_trgm_ops)`.execute(db);
  await sql`create index specialist_first_names_trgm on specialist_first_names using gin (name gin_trgm_ops)`.execute(db);
}
