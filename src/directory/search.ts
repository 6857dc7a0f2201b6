// Specialist search: by specialty (or a person's name), optionally near a place, by
// language and telehealth. Filtering and ordering happen in PostgreSQL, using the GIN
// and GiST indexes from the directory migration.
import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
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
 * Runs a search. Ranking: specialists whose primary taxonomy is one of the asked codes
 * come first, then those who list it as a secondary taxonomy; inside each tier by
 * distance (KNN over the GiST index) or by name (the primary-taxonomy index). Each tier
 * is its own indexed query, so no query sorts a whole specialty.
 */
export async function searchSpecialists(db: Kysely<Database>, query: SpecialistQuery): Promise<{ results: SpecialistResult[]; hasMore: boolean }> {
  const want = query.limit + 1;
  const away = query.awayAt ? await awayNpis(db, query.awayAt) : [];
  const tiers = async (): Promise<SpecialistResult[]> => {
    if (query.taxonomyCodes.length === 0) return runTier(db, query, away, "name", want, query.offset);
    const first = await runTier(db, query, away, "primary", want, query.offset);
    if (first.length >= want) return first;
    // How many exact matches precede the secondary tier (known unless this page starts past them).
    const exactCount = first.length > 0 || query.offset === 0 ? query.offset + first.length : await countTier(db, query, away, "primary");
    const second = await runTier(db, query, away, "secondary", want - first.length, Math.max(0, query.offset - exactCount));
    return [...first, ...second];
  };
  const rows = await tiers();
  // Specialty names are looked up for the page only (82 rows; a join would steer the planner off the indexes).
  const codes = [...new Set(rows.map((r) => r.primaryTaxonomy))];
  const names = codes.length ? await db.selectFrom("specialties").select(["code", "name"]).where("code", "in", codes).execute() : [];
  const byCode = new Map(names.map((n) => [n.code, n.name]));
  for (const r of rows) r.specialtyName = byCode.get(r.primaryTaxonomy) ?? r.primaryTaxonomy;
  return page(rows, query.limit);
}

/** NPIs whose confirmed Curbside user is away at `at` (a handful at most). */
async function awayNpis(db: Kysely<Database>, at: Date): Promise<string[]> {
  const rows = await db
    .selectFrom("user_npi_links as l")
    .innerJoin("users as u", "u.id", "l.user_id")
    .select("l.npi")
    .where("l.status", "=", "confirmed")
    .where("u.away_until", ">", at)
    .execute();
  return rows.map((r) => r.npi);
}

type Tier = "primary" | "secondary" | "name";

function page(rows: SpecialistResult[], limit: number): { results: SpecialistResult[]; hasMore: boolean } {
  return { results: rows.slice(0, limit), hasMore: rows.length > limit };
}

/**
 * WHERE conditions of a tier. `withRadius` adds the `within` box and distance: counts
 * use them (earth_box over the GiST index); ordered pages do not, because the planner
 * underestimates how many rows a box holds and then bitmap-scans all of them. Pages
 * instead walk the GiST index nearest-first and stop at the radius (see runTier).
 */
function filters(query: SpecialistQuery, away: string[], tier: Tier, withRadius: boolean): Expression<SqlBool>[] {
  const codes = sql.val(query.taxonomyCodes);
  const where: Expression<SqlBool>[] = [sql<SqlBool>`s.active`];
  if (tier === "primary") {
    // A single code (the usual case) as "=", so every planner sees the ordered index path.
    where.push(query.taxonomyCodes.length === 1 ? sql<SqlBool>`s.primary_taxonomy = ${query.taxonomyCodes[0]}` : sql<SqlBool>`s.primary_taxonomy = any(${codes}::text[])`);
  }
  if (tier === "secondary") where.push(sql<SqlBool>`s.taxonomy_codes && ${codes}::text[]`, sql<SqlBool>`not (s.primary_taxonomy = any(${codes}::text[]))`);
  if (query.name) where.push(sql<SqlBool>`lower(s.first_name || ' ' || s.last_name) % ${query.name.toLowerCase()}`);
  if (query.language) where.push(sql<SqlBool>`s.languages @> array[${normalizeLanguage(query.language)}]::text[]`);
  if (query.telehealth) where.push(sql<SqlBool>`s.telehealth`);
  if (query.accepting) where.push(sql<SqlBool>`s.accepting_consults`);
  if (away.length > 0) where.push(sql<SqlBool>`not (s.npi = any(${sql.val(away)}::text[]))`);
  const near = query.near;
  if (near) {
    const origin = sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)`;
    // Repeats the partial index's predicate so the GiST index qualifies.
    where.push(sql<SqlBool>`s.latitude is not null`, sql<SqlBool>`s.longitude is not null`);
    if (withRadius && query.withinMiles !== undefined) {
      const meters = query.withinMiles * METERS_PER_MILE;
      where.push(sql<SqlBool>`earth_box(${origin}, ${meters}::float8) @> ll_to_earth(s.latitude, s.longitude)`);
      where.push(sql<SqlBool>`earth_distance(ll_to_earth(s.latitude, s.longitude), ${origin}) <= ${meters}::float8`);
    }
  }
  return where;
}

async function countTier(db: Kysely<Database>, query: SpecialistQuery, away: string[], tier: Tier): Promise<number> {
  const row = await db
    .selectFrom("specialists as s")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where((eb) => eb.and(filters(query, away, tier, true)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function runTier(db: Kysely<Database>, query: SpecialistQuery, away: string[], tier: Tier, limit: number, offset: number): Promise<SpecialistResult[]> {
  const near = query.near;
  const origin = near ? sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)` : null;
  const point = sql`ll_to_earth(s.latitude, s.longitude)`;
  const distance = origin ? sql<number>`earth_distance(${point}, ${origin}) / ${METERS_PER_MILE}::float8` : sql<number | null>`null::float8`;
  let q = db
    .selectFrom("specialists as s")
    .select([
      "s.npi",
      "s.first_name",
      "s.last_name",
      "s.credential",
      "s.primary_taxonomy",
      "s.city",
      "s.state",
      "s.zip",
      "s.languages",
      "s.telehealth",
      "s.accepting_consults",
      "s.verified",
      distance.as("distance_miles"),
    ])
    .where((eb) => eb.and(filters(query, away, tier, false)));
  if (query.name) q = q.orderBy(sql`similarity(lower(s.first_name || ' ' || s.last_name), ${query.name.toLowerCase()})`, "desc");
  if (origin) {
    // Distance alone, so PostgreSQL walks the GiST index nearest-first (KNN) and stops
    // after one page; any extra sort key makes it sort the whole specialty instead.
    // Equal distances (one ZIP centroid) come in the index's own stable order.
    q = q.orderBy(sql`${point} <-> ${origin}`);
  } else {
    // primary_taxonomy leads so a single-code tier reads in index order.
    q = q.orderBy("s.primary_taxonomy").orderBy("s.last_name").orderBy("s.first_name").orderBy("s.npi");
  }
  let rows = await q.limit(limit).offset(offset).execute();
  if (origin && query.withinMiles !== undefined) {
    // Rows come nearest first, so those within the radius are a prefix of the ordered
    // list and limit/offset over it are exact.
    const max = query.withinMiles;
    rows = rows.filter((r) => r.distance_miles !== null && Number(r.distance_miles) <= max);
  }
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
