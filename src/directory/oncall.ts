// On call: who covers a specialty for an organization now, and who is next. People who
// are away (their Curbside user, or the user linked to their NPI) are skipped. Triage
// calls `whoIsOnCall` to DM escalations and to show emergent cases who is on call.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { isValidNpi } from "./npi.ts";

/** How to reach an on-call person in chat, when they are a Curbside user (or linked to one). */
export interface OnCallContact {
  /** Curbside user id. */
  userId: number;
  /** Platform of the user's workspace. */
  platform: string;
  /** Platform id of the workspace. */
  workspace: string;
  /** Platform id of the user (DM target). */
  user: string;
}

/** A person on call for one shift. */
export interface OnCallPerson {
  /** Shift id. */
  shiftId: number;
  /** Specialty code the shift covers. */
  specialtyCode: string;
  /** Display name ("Dr. Ada Okafor, MD", a user's display name, or the NPI). */
  name: string;
  /** Curbside user on call, when the shift names one. */
  userId: number | null;
  /** Directory NPI on call, when the shift names one. */
  npi: string | null;
  /** Shift start. */
  from: Date;
  /** Shift end. */
  to: Date;
  /** Contact note (pager, extension). */
  note: string | null;
  /** Chat contact, when the person is (linked to) a Curbside user. */
  contact: OnCallContact | null;
}

/** Who is on call now and who comes next. */
export interface OnCallAnswer {
  /** People on call at `now` (several when shifts overlap), earliest start first. */
  now: OnCallPerson[];
  /** The next shift(s) to start after `now` whose people are not away then. */
  next: OnCallPerson[];
}

interface ShiftRow {
  id: number;
  specialty_code: string;
  user_id: number | null;
  specialist_npi: string | null;
  starts_at: Date;
  ends_at: Date;
  note: string | null;
  contact_user_id: number | null;
  contact_name: string | null;
  contact_external_id: string | null;
  contact_platform: string | null;
  contact_workspace: string | null;
  contact_away_until: Date | null;
  first_name: string | null;
  last_name: string | null;
  credential: string | null;
}

/** Shifts of the organization for `codes` that end after `after`, with their people. */
async function shiftsAfter(db: Kysely<Database>, organizationId: number, codes: string[], after: Date, limit: number): Promise<ShiftRow[]> {
  const { rows } = await sql<ShiftRow>`
    select o.id, o.specialty_code, o.user_id, o.specialist_npi, o.starts_at, o.ends_at, o.note,
      u.id as contact_user_id, u.display_name as contact_name, u.external_id as contact_external_id,
      w.platform as contact_platform, w.external_id as contact_workspace, u.away_until as contact_away_until,
      s.first_name, s.last_name, s.credential
    from oncall_shifts o
    left join specialists s on s.npi = o.specialist_npi
    left join lateral (
      select l.user_id from user_npi_links l
      where o.user_id is null and l.npi = o.specialist_npi and l.status = 'confirmed' and l.organization_id = o.organization_id
      limit 1
    ) linked on true
    left join users u on u.id = coalesce(o.user_id, linked.user_id)
    left join workspaces w on w.id = u.workspace_id
    where o.organization_id = ${organizationId} and o.specialty_code = any(${codes}::text[]) and o.ends_at > ${after}
    order by o.starts_at, o.id
    limit ${limit}
  `.execute(db);
  return rows;
}

function toPerson(r: ShiftRow): OnCallPerson {
  const name = r.last_name
    ? `Dr. ${r.first_name ?? ""} ${r.last_name}${r.credential ? `, ${r.credential}` : ""}`.replace(/\s+/g, " ")
    : (r.contact_name ?? r.contact_external_id ?? r.specialist_npi ?? "unknown");
  return {
    shiftId: r.id,
    specialtyCode: r.specialty_code,
    name,
    userId: r.user_id,
    npi: r.specialist_npi,
    from: new Date(r.starts_at),
    to: new Date(r.ends_at),
    note: r.note,
    contact:
      r.contact_user_id !== null && r.contact_platform && r.contact_workspace && r.contact_external_id
        ? { userId: r.contact_user_id, platform: r.contact_platform, workspace: r.contact_workspace, user: r.contact_external_id }
        : null,
  };
}

const awayAt = (r: ShiftRow, at: Date) => r.contact_away_until !== null && new Date(r.contact_away_until).getTime() > at.getTime();

/** Who is on call for any of `specialtyCodes` in the organization at `now`, and who is next; away people are skipped. */
export async function whoIsOnCall(db: Kysely<Database>, organizationId: number, specialtyCodes: string[], now: Date): Promise<OnCallAnswer> {
  if (specialtyCodes.length === 0) return { now: [], next: [] };
  const rows = await shiftsAfter(db, organizationId, specialtyCodes, now, 200);
  const current = rows.filter((r) => new Date(r.starts_at).getTime() <= now.getTime() && !awayAt(r, now));
  // The next shift is judged by whether its person will still be away when it starts.
  const upcoming = rows.filter((r) => new Date(r.starts_at).getTime() > now.getTime() && !awayAt(r, new Date(r.starts_at)));
  const firstStart = upcoming[0] ? new Date(upcoming[0].starts_at).getTime() : undefined;
  return {
    now: current.map(toPerson),
    next: upcoming.filter((r) => new Date(r.starts_at).getTime() === firstStart).map(toPerson),
  };
}

/** Who a shift names: a directory NPI or a Curbside user id. */
export type ShiftWho = { npi: string } | { userId: number };

/** Adds (or, for the same person, specialty and start, updates) a shift. Returns its id. */
export async function upsertShift(
  db: Kysely<Database>,
  input: { organizationId: number; specialtyCode: string; who: ShiftWho; from: Date; to: Date; note?: string | null; createdBy?: number | null },
): Promise<{ id: number; created: boolean }> {
  if (!(input.to.getTime() > input.from.getTime())) throw new AppError("BAD_ARGUMENT", "A shift must end after it starts.", { field: "to" });
  if ("npi" in input.who && !isValidNpi(input.who.npi)) throw new AppError("BAD_ARGUMENT", "That NPI is not valid (check digit).", { field: "who" });
  const userId = "userId" in input.who ? input.who.userId : null;
  const npi = "npi" in input.who ? input.who.npi : null;
  const { rows } = await sql<{ id: number; created: boolean }>`
    insert into oncall_shifts (organization_id, specialty_code, user_id, specialist_npi, starts_at, ends_at, note, created_by)
    values (${input.organizationId}, ${input.specialtyCode}, ${userId}, ${npi}, ${input.from}, ${input.to}, ${input.note ?? null}, ${input.createdBy ?? null})
    on conflict (organization_id, specialty_code, (coalesce(user_id, 0)), (coalesce(specialist_npi, '')), starts_at)
    do update set ends_at = excluded.ends_at, note = excluded.note
    returning id, (xmax = 0) as created
  `.execute(db);
  return rows[0]!;
}

/** Removes a shift of the organization; false when there is none with that id. */
export async function removeShift(db: Kysely<Database>, organizationId: number, shiftId: number): Promise<boolean> {
  const result = await db.deleteFrom("oncall_shifts").where("id", "=", shiftId).where("organization_id", "=", organizationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
