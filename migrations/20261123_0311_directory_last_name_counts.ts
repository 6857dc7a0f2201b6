// Last names keep how many active specialists have them, as first names do (migration
// 0308): near a place, a rare last name's few specialists are read whole and sorted by
// distance instead of probing every location within the radius (hundreds of index
// probes in a city for a name with a dozen people), and a common one is still walked
// location by location. Refreshed by every import; null until then.
// Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table specialist_last_names add column specialists integer`.execute(db);
  await sql`update specialist_last_names f set specialists = c.n
    from (select lower(last_name) as name, count(*)::int as n from specialists where active group by 1) c
    where f.name = c.name`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table specialist_last_names drop column specialists`.execute(db);
}
