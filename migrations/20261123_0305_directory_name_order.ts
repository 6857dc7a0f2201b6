// Name searches read each matching last name's specialists in first-name order and stop
// after a page, so the last-name index carries that order. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index specialists_last_name_idx`.execute(db);
  await sql`create index specialists_last_first_idx on specialists (lower(last_name), first_name, npi) where active`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index specialists_last_first_idx`.execute(db);
  await sql`create index specialists_last_name_idx on specialists (lower(last_name)) where active`.execute(db);
}
