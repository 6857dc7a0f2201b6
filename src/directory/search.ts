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

const and = (conditions: RawBuilder<unknown>[]) => (conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`);

/** Radius inside which a name search near a place probes locations nearest-first. */
const NAME_PROBE_MILES = 100;

/**
 * FROM of a name search. Distinct last names are few next to specialists: the typed last
 * name is matched against them (trigram index), best first, and each chosen name's
 * specialists are read in a lateral subquery, at most one page's worth, so the statement
 * stops once the page is full. Inside one name: the typed first name first (exact match,
 * through the index), then nearest, then alphabetical.
 */
function nameSource(query: SpecialistQuery, onSpecialist: RawBuilder<unknown>[], onLocation: RawBuilder<unknown>[], pageEnd: number): RawBuilder<unknown> {
  const { last, first } = nameParts(query.name ?? "");
  const names = sql`(select name, similarity(name, ${last}) as name_score from specialist_last_names
    where name % ${last} order by name_score desc, name limit ${NAME_CANDIDATES}) n`;
  const ofName = sql`lower(s.last_name) = n.name and ${and(onSpecialist)}`;
  const alphabetical = sql`lower(s.first_name), s.npi`;
  const near = query.near;
  // One or two branches in order: the typed first name, then everyone else of that name.
  const groups: RawBuilder<unknown>[] = first ? [sql`lower(s.first_name) = ${first}`, sql`lower(s.first_name) <> ${first}`] : [sql`true`];
  const branches: RawBuilder<unknown>[] = [];
  for (const [i, group] of groups.entries()) {
    if (!near) {
      branches.push(sql`(select s.* from specialists s where ${ofName} and ${group} order by ${alphabetical} limit ${pageEnd})`);
      continue;
    }
    const here = origin(near);
    const probe = NAME_PROBE_MILES * METERS_PER_MILE;
    const columns = sql`s.*, l.earth as l_earth`;
    if (first && i === 0) {
      // Namesakes with the typed first name too are few: read them all, nearest first.
      branches.push(sql`(select ${columns} from specialists s join practice_locations l on l.zip = s.zip
        where ${ofName} and ${group} and ${and(onLocation)} order by ${LOCATION_POINT} <-> ${here}, ${alphabetical} limit ${pageEnd})`);
      continue;
    }
    // Nearby: walk the locations within the probe radius nearest-first, probing the
    // name's specialists at each through (lower(last_name), zip); a common name fills
    // the page within a few locations.
    branches.push(sql`(select ${columns}
      from (select *, ${LOCATION_POINT} <-> ${here} as knn from practice_locations l
        where earth_box(${here}, ${probe}::float8) @> ${LOCATION_POINT} and earth_distance(${LOCATION_POINT}, ${here}) <= ${probe}::float8
          and ${and(onLocation)} order by knn offset 0) l
      cross join lateral (select * from specialists s where s.zip = l.zip and ${ofName} and ${group} order by ${alphabetical} offset 0) s
      order by l.knn limit ${pageEnd})`);
    // Farther away (read only when the nearby branch did not fill the page): the rest of
    // the name's specialists, sorted; a name with many of them rarely gets here.
    branches.push(sql`(select ${columns} from specialists s join practice_locations l on l.zip = s.zip
      where ${ofName} and ${group} and earth_distance(${LOCATION_POINT}, ${here}) > ${probe}::float8 and ${and(onLocation)}
      order by ${LOCATION_POINT} <-> ${here}, ${alphabetical} limit ${pageEnd})`);
  }
  const members = branches.length === 1 ? branches[0]! : sql`(select * from (${sql.join(branches, sql` union all `)}) m limit ${pageEnd})`;
  return sql`from ${names} cross join lateral ${members} s`;
}

/** How a tier reads its rows: FROM and WHERE. */
function fromWhere(query: SpecialistQuery, tier: Tier, purpose: "page" | "count", pageEnd = 0): RawBuilder<unknown> {
  const onSpecialist = specialistConditions(query, tier);
  const onLocation = locationConditions(query);
  if (tier === "name") return nameSource(query, onSpecialist, onLocation, pageEnd);
  if (!query.near || purpose === "count") {
    const join = query.near ? sql` join practice_locations l on l.zip = s.zip` : sql``;
    return sql`from specialists s${join} where ${and([...onSpecialist, ...onLocation])}`;
  }
  // A page near a place walks locations nearest-first (KNN over their GiST index) and
  // reads each one's specialists through the (zip, primary_taxonomy) index, stopping
  // after one page. The lateral subquery with OFFSET 0 keeps that nested loop: as a
  // plain join the planner may hash-join a whole specialty and sort it instead. Each
  // location's few specialists come in NPI order, so pages of equal distances are stable
  // (an NPI key in the outer ORDER BY would stop PostgreSQL from using the KNN order).
  const specialists = sql`cross join lateral (select * from specialists s where s.zip = l.zip and ${and(onSpecialist)} order by s.npi offset 0) s`;
  if (onLocation.length === 0) return sql`from practice_locations l ${specialists}`;
  // Within a radius, the planner takes the box for a couple of locations and would read
  // every one's specialists before sorting; the locations in the box are ordered first
  // instead (a few hundred rows at most), and the loop stops after one page as above.
  return sql`from (select *, ${LOCATION_POINT} <-> ${origin(query.near)} as knn from practice_locations l
      where ${and(onLocation)} order by knn offset 0) l
    ${specialists}`;
}

/** A location's stored earth point (migration 0306). */
const LOCATION_POINT = sql`l.earth`;
const origin = (near: Place) => sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)`;

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

/** The practice location's point as the outer query sees it (name tiers read it inside their lateral subquery). */
const outerPoint = (tier: Tier) => (tier === "name" ? sql`s.l_earth` : LOCATION_POINT);

/** ORDER BY of a tier. */
function ordering(query: SpecialistQuery, tier: Tier): RawBuilder<unknown> {
  if (tier === "name") {
    // Best last names first, and nothing after it: inside one name, rows keep the order
    // of its lateral subquery (see fromWhere). A sort key here would make PostgreSQL read
    // the next name's rows too before returning the page.
    return sql`n.name_score desc, n.name`;
  }
  if (query.near) {
    // Nearest location first, and nothing after it (see fromWhere).
    return query.withinMiles !== undefined ? sql`l.knn` : sql`${LOCATION_POINT} <-> ${origin(query.near)}`;
  }
  // primary_taxonomy leads so a single-code tier reads in the primary-name index's order.
  return sql`s.primary_taxonomy, s.last_name, s.first_name, s.npi`;
}

async function runTier(db: Kysely<Database>, query: SpecialistQuery, tier: Tier, limit: number, offset: number): Promise<SpecialistResult[]> {
  const distance = query.near ? sql`earth_distance(${outerPoint(tier)}, ${origin(query.near)}) / ${METERS_PER_MILE}::float8` : sql`null::float8`;
  const { rows } = await sql<Row>`
    select s.npi, s.first_name, s.last_name, s.credential, s.primary_taxonomy, s.city, s.state, s.zip, s.languages,
      s.telehealth, s.accepting_consults, s.verified, ${distance} as distance_miles
    ${fromWhere(query, tier, "page", offset + limit)}
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
