// One specialist's full profile for `/specialist show <NPI>`: every specialty, practice
// address, verification, whether their linked Curbside user is away, and on-call now.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** What `/specialist show` displays. */
export interface SpecialistProfile {
  /** NPI. */
  npi: string;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Credential text. */
  credential: string | null;
  /** Specialty names, primary first. */
  specialties: string[];
  /** Practice address line. */
  addressLine: string | null;
  /** Practice city. */
  city: string | null;
  /** Practice state. */
  state: string | null;
  /** Practice ZIP. */
  zip: string | null;
  /** Practice phone digits. */
  phone: string | null;
  /** Languages spoken. */
  languages: string[];
  /** Offers telehealth. */
  telehealth: boolean;
  /** Accepting consults. */
  acceptingConsults: boolean;
  /** Active in NPPES. */
  verified: boolean;
  /** Active in the directory. */
  active: boolean;
  /** Their linked (confirmed) Curbside user is away until then. */
  awayUntil: Date | null;
  /** Specialties they are on call for now in the viewer's organization. */
  onCall: string[];
}

/** Loads a profile, or undefined when the NPI is not in the directory. */
export async function getSpecialistProfile(db: Kysely<Database>, npi: string, organizationId: number, now: Date): Promise<SpecialistProfile | undefined> {
  const s = await db.selectFrom("specialists").selectAll().where("npi", "=", npi).executeTakeFirst();
  if (!s) return undefined;
  const names = await db.selectFrom("specialties").select(["code", "name"]).where("code", "in", s.taxonomy_codes.length ? s.taxonomy_codes : [""]).execute();
  const byCode = new Map(names.map((n) => [n.code, n.name]));
  const away = await db
    .selectFrom("user_npi_links as l")
    .innerJoin("users as u", "u.id", "l.user_id")
    .select("u.away_until")
    .where("l.npi", "=", npi)
    .where("l.status", "=", "confirmed")
    .where("u.away_until", ">", now)
    .executeTakeFirst();
  const { rows: onCall } = await sql<{ name: string }>`
    select distinct t.name from oncall_shifts o join specialties t on t.code = o.specialty_code
    left join user_npi_links l on l.user_id = o.user_id and l.status = 'confirmed'
    where o.organization_id = ${organizationId} and o.starts_at <= ${now} and o.ends_at > ${now}
      and (o.specialist_npi = ${npi} or l.npi = ${npi})
    order by t.name
  `.execute(db);
  return {
    npi: s.npi,
    firstName: s.first_name,
    lastName: s.last_name,
    credential: s.credential,
    specialties: s.taxonomy_codes.map((c) => byCode.get(c) ?? c),
    addressLine: s.address_line,
    city: s.city,
    state: s.state,
    zip: s.zip,
    phone: s.phone,
    languages: s.languages,
    telehealth: s.telehealth,
    acceptingConsults: s.accepting_consults,
    verified: s.verified,
    active: s.active,
    awayUntil: away?.away_until ? new Date(away.away_until) : null,
    onCall: onCall.map((r) => r.name),
  };
}
