// Who is on call for a specialty right now, for paging when an urgent case stays
// unclaimed. The directory owns on-call schedules; this is the one place triage asks.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Curbside user ids on call for `specialtyCode` at `now` (and not away). */
export async function onCallUserIds(_db: Kysely<Database>, _organizationId: number, _specialtyCode: string, _now: Date): Promise<number[]> {
  // The directory's on-call schedule (issue 3) has not landed yet; until it does, nobody
  // is paged and the re-post to the triage targets is the first escalation level.
  return [];
}
