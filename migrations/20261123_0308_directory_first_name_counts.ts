// First names near a place without a (first name, zip) index: it cost every import about
// an eighth more database time. Each first name keeps how many active specialists have
// it (refreshed by every import, null until then); near a place a rare first name is
// read whole and sorted, a common one walked location by location through the ZIP index.
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index specialists_first_zip_idx`.execute(db);
  await sql`alter table specialist_first_names add column specialists integer`.execute(db);
  await sql`update specialist_first_names f set specialists = c.n
    from (select lower(first_name) as name, count(*)::int as n from specialists where active group by 1) c
    where f.name = c.name`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table specialist_first_names drop column specialists`.execute(db);
  await sql`create index specialists_first_zip_idx on specialists (lower(first_name), zip) where active`.execute(db);
}
