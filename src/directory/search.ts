// Specialist search: by specialty (or a person's name), optionally near a place, by
// language and telehealth. Filtering and ordering happen in PostgreSQL, using the GIN
// and GiST indexes from the directory migration.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Place } from "./places.ts";

/** What to look for. */
export interface SpecialistQuery {
  /** Taxonomy codes to match (any of them); empty for a name search. */
  taxonomyCodes: string[];
  /** Person's name fragment, when not searching by specialty. */
  name?: string;
  /** Order by distance from here. */
  near?: Place;
  /** Only within this many miles of `near`. */
  withinMiles?: number;
  /** Language spoken (case-insensitive, e.g. "Spanish"). */
  language?: string;
  /** Only specialists offering telehealth. */
  telehealth?: boolean;
  /** Page size. */
  limit: number;
  /** Rows to skip. */
  offset: number;
}

/** One search result. */
export interface SpecialistResult {
  /** NPI. */
  npi: string;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Credential text (MD, DO, …). */
  credential: string | null;
  /** Primary taxonomy code. */
  primaryTaxonomy: string;
  /** Display name of the primary taxonomy. */
  specialtyName: string;
  /** Practice city. */
  city: string | null;
  /** Practice state. */
  state: string | null;
  /** Practice ZIP. */
  zip: string | null;
  /** Miles from the `near` place, when given. */
  distanceMiles: number | null;
  /** Languages spoken. */
  languages: string[];
  /** Offers telehealth. */
  telehealth: boolean;
  /** Accepting curbside consults. */
  acceptingConsults: boolean;
  /** NPI active in imported NPPES data. */
  verified: boolean;
}

const METERS_PER_MILE = 1609.344;

/** Capitalises a language name the way the directory stores it. */
export function normalizeLanguage(language: string): string {
  const l = language.trim().toLowerCase();
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/** Runs a search; results ordered by exact specialty then distance (or name). */
export async function searchSpecialists(db: Kysely<Database>, query: SpecialistQuery): Promise<{ results: SpecialistResult[]; hasMore: boolean }> {
  const near = query.near;
  const origin = near ? sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)` : null;
  const point = sql`ll_to_earth(s.latitude, s.longitude)`;

  const distance = origin ? sql<number>`earth_distance(${point}, ${origin}) / ${METERS_PER_MILE}` : sql<number | null>`null::float8`;
  let q = db
    .selectFrom("specialists as s")
    .innerJoin("specialties as t", "t.code", "s.primary_taxonomy")
    .where("s.active", "=", true)
    .select([
      "s.npi",
      "s.first_name",
      "s.last_name",
      "s.credential",
      "s.primary_taxonomy",
      "t.name as specialty_name",
      "s.city",
      "s.state",
      "s.zip",
      "s.languages",
      "s.telehealth",
      "s.accepting_consults",
      "s.verified",
      distance.as("distance_miles"),
    ]);

  if (query.taxonomyCodes.length > 0) {
    q = q.where(sql<boolean>`s.taxonomy_codes && ${sql.val(query.taxonomyCodes)}::text[]`);
  }
  if (query.name) {
    q = q.where(sql<boolean>`lower(s.first_name || ' ' || s.last_name) % ${query.name.toLowerCase()}`);
  }
  if (query.language) {
    q = q.where(sql<boolean>`s.languages @> array[${normalizeLanguage(query.language)}]::text[]`);
  }
  if (query.telehealth) q = q.where("s.telehealth", "=", true);

  if (origin) {
    q = q.where("s.latitude", "is not", null);
    if (query.withinMiles !== undefined) {
      const meters = query.withinMiles * METERS_PER_MILE;
      q = q.where(sql<boolean>`earth_box(${origin}, ${meters}) @> ${point}`).where(sql<boolean>`earth_distance(${point}, ${origin}) <= ${meters}`);
    }
  }

  // Exact specialty first (primary taxonomy among the asked codes), then distance or name.
  if (query.taxonomyCodes.length > 0) {
    q = q.orderBy(sql`(s.primary_taxonomy = any(${sql.val(query.taxonomyCodes)}::text[]))`, "desc");
  }
  if (query.name) q = q.orderBy(sql`similarity(lower(s.first_name || ' ' || s.last_name), ${query.name.toLowerCase()})`, "desc");
  if (origin) q = q.orderBy(sql`${point} <-> ${origin}`);
  q = q.orderBy("s.accepting_consults", "desc").orderBy("s.last_name").orderBy("s.npi");

  const rows = await q.limit(query.limit + 1).offset(query.offset).execute();
  const results = rows.slice(0, query.limit).map((r) => ({
    npi: r.npi,
    firstName: r.first_name,
    lastName: r.last_name,
    credential: r.credential,
    primaryTaxonomy: r.primary_taxonomy,
    specialtyName: r.specialty_name,
    city: r.city,
    state: r.state,
    zip: r.zip,
    distanceMiles: r.distance_miles === null ? null : Number(r.distance_miles),
    languages: r.languages,
    telehealth: r.telehealth,
    acceptingConsults: r.accepting_consults,
    verified: r.verified,
  }));
  return { results, hasMore: rows.length > query.limit };
}
