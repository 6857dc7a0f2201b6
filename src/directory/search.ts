// Specialist search: by specialty (or a person's name), optionally near a place, by
// language and telehealth. Filtering and ordering happen in PostgreSQL: B-tree and GIN
// indexes on specialists, the GiST index of practice_locations for distance and the
// trigram-indexed side tables of last and first names for names (name-search.ts).
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Place } from "./places.ts";
import { nameIndex, type NameIndex } from "./name-index.ts";
import { NAME_ORDER, nameSearchFrom } from "./name-search.ts";
import { and, LOCATION_POINT, METERS_PER_MILE, origin } from "./search-sql.ts";
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

/** Capitalises a language name the way the directory stores it. */
export function normalizeLanguage(language: string): string {
  const l = language.trim().toLowerCase();
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/**
 * Runs a search, usually as one statement. Ranking: specialists whose primary taxonomy
 * is one of the asked codes come first, then those who list it as a secondary taxonomy
 * (a second statement, only when the first tier runs out on this page); inside each tier
 * by distance or by name. A name search ranks by how close the name is (name-search.ts).
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

/** Conditions on the specialist row of a tier. */
function specialistConditions(query: SpecialistQuery, tier: Tier): RawBuilder<unknown>[] {
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
    // Away specialists are a handful: listed once per statement (an uncorrelated
    // subquery), then a cheap test per candidate row.
    where.push(sql`not (s.npi = any(array(select k.npi from user_npi_links k join users u on u.id = k.user_id
      where k.status = 'confirmed' and u.away_until > ${query.awayAt})))`);
  }
  return where;
}

/** Conditions on the practice location (`within N mi`). */
function locationConditions(query: SpecialistQuery): RawBuilder<unknown>[] {
  const near = query.near;
  if (!near || query.withinMiles === undefined) return [];
  const meters = query.withinMiles * METERS_PER_MILE;
  // The box is answered by the locations' GiST index; the distance test trims its corners.
  return [sql`earth_box(${origin(near)}, ${meters}::float8) @> ${LOCATION_POINT}`, sql`earth_distance(${LOCATION_POINT}, ${origin(near)}) <= ${meters}::float8`];
}

/** How a tier reads its rows: FROM and WHERE. */
function fromWhere(query: SpecialistQuery, tier: Tier, purpose: "page" | "count", pageEnd = 0, names?: NameIndex): RawBuilder<unknown> {
  const onSpecialist = specialistConditions(query, tier);
  const onLocation = locationConditions(query);
  if (tier === "name") return nameSearchFrom(query, names!, onSpecialist, onLocation, pageEnd);
  if (!query.near || purpose === "count") {
    const join = query.near ? sql` join practice_locations l on l.zip = s.zip` : sql``;
    return sql`from specialists s${join} where ${and([...onSpecialist, ...onLocation])}`;
  }
  // A page near a place walks locations nearest-first (KNN over their GiST index) and
  // reads each one's specialists through the (zip, primary_taxonomy) index, stopping
  // after one page. The lateral subquery with OFFSET 0 keeps that nested loop: as a
  // plain join the planner may hash-join a whole specialty and sort it instead. A second
  // sort key would stop PostgreSQL from using the KNN order, so the walk is ordered by
  // distance alone and stops WITH TIES: every specialist as near as the page's last one
  // is read, and the outer query orders those by distance, name and NPI (locations at
  // one distance are read in no fixed order).
  const here = origin(query.near);
  // Within a radius, the planner would take the box for a couple of locations and read
  // every one's specialists before sorting; the locations in the box are ordered first
  // instead (a few hundred rows at most).
  const [locations, distance] =
    onLocation.length === 0
      ? [sql`practice_locations l`, sql`${LOCATION_POINT} <-> ${here}`]
      : [sql`(select *, ${LOCATION_POINT} <-> ${here} as knn from practice_locations l where ${and(onLocation)} order by knn offset 0) l`, sql`l.knn`];
  return sql`from (select s.*, l.earth as l_earth, ${distance} as knn from ${locations}
      cross join lateral (select * from specialists s where s.zip = l.zip and ${and(onSpecialist)} offset 0) s
      order by ${distance} fetch first ${pageEnd} rows with ties) s`;
}

async function countTier(db: Kysely<Database>, query: SpecialistQuery, tier: Tier): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n ${fromWhere(query, tier, "count")}`.execute(db);
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

/** The practice location's point as the outer query of a page near a place sees it (read inside a subquery). */
const OUTER_POINT = sql`s.l_earth`;

/** The order among specialists at one distance, or without a place. */
const BY_NAME = sql`s.last_name, s.first_name, s.npi`;

/** ORDER BY of a tier. */
function ordering(query: SpecialistQuery, tier: Tier): RawBuilder<unknown> {
  if (tier === "name") return NAME_ORDER;
  // Nearest location first (see fromWhere), then as without a place.
  if (query.near) return sql`s.knn, ${BY_NAME}`;
  // primary_taxonomy leads so a single-code tier reads in the primary-name index's order.
  return sql`s.primary_taxonomy, ${BY_NAME}`;
}

async function runTier(db: Kysely<Database>, query: SpecialistQuery, tier: Tier, limit: number, offset: number): Promise<SpecialistResult[]> {
  const distance = query.near ? sql`earth_distance(${OUTER_POINT}, ${origin(query.near)}) / ${METERS_PER_MILE}::float8` : sql`null::float8`;
  const names = tier === "name" ? await nameIndex(db) : undefined;
  const { rows } = await sql<Row>`
    select s.npi, s.first_name, s.last_name, s.credential, s.primary_taxonomy, s.city, s.state, s.zip, s.languages,
      s.telehealth, s.accepting_consults, s.verified, ${distance} as distance_miles
    ${fromWhere(query, tier, "page", offset + limit, names)}
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
