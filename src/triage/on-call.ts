// Who is on call for a specialty right now (the directory's schedule, away people
// skipped), for paging when an urgent case stays unclaimed and for emergent refusals.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { whoIsOnCall, type OnCallPerson } from "../directory/oncall.ts";

/** People on call for `specialtyCode` at `now`, and who is next when nobody is. */
export async function onCallPeople(db: Kysely<Database>, organizationId: number, specialtyCode: string, now: Date): Promise<{ now: OnCallPerson[]; next: OnCallPerson[] }> {
  return whoIsOnCall(db, organizationId, [specialtyCode], now);
}

/** Curbside user ids on call for `specialtyCode` at `now` that can be reached in chat. */
export async function onCallUserIds(db: Kysely<Database>, organizationId: number, specialtyCode: string, now: Date): Promise<number[]> {
  const { now: current } = await onCallPeople(db, organizationId, specialtyCode, now);
  return [...new Set(current.flatMap((p) => (p.contact ? [p.contact.userId] : [])))];
}
