// Specialist search: by specialty (or a person's name), optionally near a place, by
// language and telehealth. Filtering and ordering happen in PostgreSQL: B-tree and GIN
// indexes on specialists, the GiST index of practice_locations for distance and the
// trigram index of specialist_last_names for names (migration 0304).
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Place } from "./places.ts";
import { specialtyNames } from "./specialties.ts";

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
  /** Only specialists accepting curbside consults. */
  accepting?: boolean;
  /** Leave out specialists whose linked Curbside user is away at this instant. */
  awayAt?: Date;
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

/**
 * Runs a search, usually as one statement. Ranking: specialists whose primary taxonomy
 * is one of the asked codes come first, then those who list it as a secondary taxonomy
 * (a second statement, only when the first tier runs out on this page); inside each tier
 * by distance or by name. A name search ranks by how close the last name is.
 */
export async function searchSpecialists(db: Kysely<Database>, query: SpecialistQuery): Promise<{ results: SpecialistResult[]; hasMore: boolean }> {
  const want = query.limit + 1;
  const tiers = async (): Promise<SpecialistResult[]> => {
    if (query.taxonomyCodes.length === 0) return runTier(db, query, "name", want, query.offset);
    const first = await runTier(db, query, "primary", want, query.offset);
    if (first.length >= want) return first;
    // How many exact matches precede the secondary tier (known unless this page starts past them).
    const exactCount = first.length > 0 || query.offset === 0 ? query.offset + first.length : await countTier(db, query, "primary");
    const second = await runTier(db, query, "secondary", want - first.length, Math.max(0, query.offset - exactCount));
    return [...first, ...second];
  };
  const rows = await tiers();
  const names = await specialtyNames(db);
  for (const r of rows) r.specialtyName = names.get(r.primaryTaxonomy) ?? r.primaryTaxonomy;
  return page(rows, query.limit);
}

type Tier = "primary" | "secondary" | "name";

function page(rows: SpecialistResult[], limit: number): { results: SpecialistResult[]; hasMore: boolean } {
  return { results: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** A typed name split into the last name (its last word) and what precedes it. */
function nameParts(text: string): { last: string; first: string } {
  const words = text.toLowerCase().replace(/^dr\.?\s+/, "").trim().split(/\s+/);
  return { last: words[words.length - 1] ?? "", first: words.slice(0, -1).join(" ") };
}

/** How many distinct last names a name search considers, closest first. */
const NAME_CANDIDATES = 20;

/** The FROM clause of a tier: specialists, with their practice location and matched last name when needed. */
function source(query: SpecialistQuery, tier: Tier): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (tier === "name") {
    // Distinct last names are few next to specialists: match the typed name against
    // them (trigram index), then read each chosen name's specialists (B-tree).
    const { last } = nameParts(query.name ?? "");
    parts.push(sql`(select name, similarity(name, ${last}) as name_score from specialist_last_names
      where name % ${last} order by name_score desc, name limit ${NAME_CANDIDATES}) n
      join specialists s on lower(s.last_name) = n.name`);
  } else {
    parts.push(sql`specialists s`);
  }
  if (query.near) parts.push(sql`join practice_locations l on l.zip = s.zip`);
  return sql.join(parts, sql` `);
}

/** WHERE conditions of a tier. */
function filters(query: SpecialistQuery, tier: Tier): RawBuilder<unknown> {
  const codes = sql.val(query.taxonomyCodes);
  const where: RawBuilder<unknown>[] = [sql`s.active`];
  if (tier === "primary") {
    // A single code (the usual case) as "=", so every planner sees the ordered index path.
    where.push(query.taxonomyCodes.length === 1 ? sql`s.primary_taxonomy = ${query.taxonomyCodes[0]}` : sql`s.primary_taxonomy = any(${codes}::text[])`);
  }
  if (tier === "secondary") where.push(sql`s.taxonomy_codes && ${codes}::text[]`, sql`not (s.primary_taxonomy = any(${codes}::text[]))`);
  if (query.language) where.push(sql`s.languages @> array[${normalizeLanguage(query.language)}]::text[]`);
  if (query.telehealth) where.push(sql`s.telehealth`);
  if (query.accepting) where.push(sql`s.accepting_consults`);
  if (query.awayAt) {
    // Checked per candidate row through the links' NPI index: a handful of rows per page.
    where.push(sql`not exists (select 1 from user_npi_links k join users u on u.id = k.user_id
      where k.npi = s.npi and k.status = 'confirmed' and u.away_until > ${query.awayAt})`);
  }
  const near = query.near;
  if (near && query.withinMiles !== undefined) {
    const meters = query.withinMiles * METERS_PER_MILE;
    // The box uses the locations' GiST index; the distance test trims its corners.
    where.push(sql`earth_box(${origin(near)}, ${meters}::float8) @> ${LOCATION_POINT}`);
    where.push(sql`earth_distance(${LOCATION_POINT}, ${origin(near)}) <= ${meters}::float8`);
  }
  return sql.join(where, sql` and `);
}

const LOCATION_POINT = sql`ll_to_earth(l.latitude, l.longitude)`;
const origin = (near: Place) => sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)`;

async function countTier(db: Kysely<Database>, query: SpecialistQuery, tier: Tier): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${source(query, tier)} where ${filters(query, tier)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

interface Row {
  npi: string;
  first_name: string;
  last_name: string;
  credential: string | null;
  primary_taxonomy: string;
  city: string | null;
  state: string | null;
  zip: string | null;
  languages: string[];
  telehealth: boolean;
  accepting_consults: boolean;
  verified: boolean;
  distance_miles: number | null;
}

/** ORDER BY of a tier. */
function ordering(query: SpecialistQuery, tier: Tier): RawBuilder<unknown> {
  const keys: RawBuilder<unknown>[] = [];
  if (tier === "name") {
    keys.push(sql`n.name_score desc`);
    const { first } = nameParts(query.name ?? "");
    if (first) keys.push(sql`similarity(lower(s.first_name), ${first}) desc`);
  }
  if (query.near) {
    // Nearest location first: PostgreSQL walks the locations' GiST index (KNN) and reads
    // each location's specialists through the (zip, primary_taxonomy) index, stopping
    // after one page. NPI orders specialists of one location (an incremental sort).
    keys.push(sql`${LOCATION_POINT} <-> ${origin(query.near)}`, sql`s.npi`);
  } else if (tier !== "name") {
    // primary_taxonomy leads so a single-code tier reads in the primary-name index's order.
    keys.push(sql`s.primary_taxonomy`, sql`s.last_name`, sql`s.first_name`, sql`s.npi`);
  } else {
    keys.push(sql`s.last_name`, sql`s.first_name`, sql`s.npi`);
  }
  return sql.join(keys);
}

async function runTier(db: Kysely<Database>, query: SpecialistQuery, tier: Tier, limit: number, offset: number): Promise<SpecialistResult[]> {
  const distance = query.near ? sql`earth_distance(${LOCATION_POINT}, ${origin(query.near)}) / ${METERS_PER_MILE}::float8` : sql`null::float8`;
  const { rows } = await sql<Row>`
    select s.npi, s.first_name, s.last_name, s.credential, s.primary_taxonomy, s.city, s.state, s.zip, s.languages,
      s.telehealth, s.accepting_consults, s.verified, ${distance} as distance_miles
    from ${source(query, tier)}
    where ${filters(query, tier)}
    order by ${ordering(query, tier)}
    limit ${limit} offset ${offset}
  `.execute(db);
  return rows.map((r) => ({
    npi: r.npi,
    firstName: r.first_name,
    lastName: r.last_name,
    credential: r.credential,
    primaryTaxonomy: r.primary_taxonomy,
    specialtyName: r.primary_taxonomy,
    city: r.city,
    state: r.state,
    zip: r.zip,
    distanceMiles: r.distance_miles === null ? null : Number(r.distance_miles),
    languages: r.languages,
    telehealth: r.telehealth,
    acceptingConsults: r.accepting_consults,
    verified: r.verified,
  }));
}
