// Name side tables get an increasing id, so each process can keep the distinct names in
// memory (src/directory/name-index.ts) and read only the names added since it last
// looked: names are only ever added to these tables. At national scale the trigram
// look-up of a typed name against 100k+ distinct last names cost ~3 ms per name on
// PostgreSQL and ~30-60 ms on PGlite; in memory it is a fraction of a millisecond.
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

const TABLES = ["specialist_last_names", "specialist_first_names"] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await sql`alter table ${sql.table(table)} add column id bigint generated always as identity`.execute(db);
    await sql`create unique index ${sql.raw(`${table}_id_uq`)} on ${sql.table(table)} (id)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await sql`alter table ${sql.table(table)} drop column id`.execute(db);
}
