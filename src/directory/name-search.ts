// Name search in SQL. The typed name is read every way it may have been meant
// (typed-name.ts); each reading's last-name text and first-name text are matched against
// the distinct last and first names (side tables of migrations 0304 and 0307, held in
// memory with a trigram index by name-index.ts), a few closest names each. That gives
// "probes", each a small set of specialists readable through one B-tree:
// - a pair (last name, first name) matched together, scored by both similarities;
// - the rest of a last name's specialists, scored by the last name alone;
// - for a single typed word, a first name's specialists ("Nadia"), scored by it alone.
// A specialist belongs to exactly one probe (pairs are distinct, the rest of a last name
// leaves out its pairs' first names, a first name leaves out the matched last names), so
// no one is listed twice however many readings match. Probes are read best first, each
// lateral subquery at most one page's worth, and the page has a total order: score
// (among equal scores, a name spelled exactly as typed first: "Smith-Jones" and
// "Jones-Smith" have the same trigrams),
// then distance, last name, first name, NPI. The probes' own order is a prefix of it,
// so PostgreSQL sorts one probe's rows at a time (incremental sort) and stops once the
// page is full.
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../db/schema.ts";
import type { SpecialistQuery } from "./search.ts";
import { and, LOCATION_POINT, METERS_PER_MILE, origin } from "./search-sql.ts";
import type { NameIndex, NameTable } from "./name-index.ts";
import { readTypedName, type TypedName } from "./typed-name.ts";

/** How many distinct last names each last-name text considers, closest first. */
const LAST_NAME_CANDIDATES = 20;
/** How many distinct first names each first-name text considers, closest first. */
const FIRST_NAME_CANDIDATES = 5;
/** Radius inside which a probe near a place walks locations nearest-first. */
const PROBE_MILES = 100;

/**
 * Closest names in a side table to each text, tagged with the text's reading number:
 * found in memory (name-index.ts), plus the text itself when the table holds it exactly
 * (a name this process has not read yet; a duplicate row is harmless, every use groups
 * by name). Each carries its specialist count, read by primary key.
 */
function candidates(index: NameIndex, table: NameTable, texts: [reading: number, text: string][], limit: number): RawBuilder<unknown> {
  const empty = sql`select null::int as r, null::text as name, null::real as score, null::int as specialists, null::boolean as exact where false`;
  if (texts.length === 0) return empty;
  const found = texts.flatMap(([r, text]) => index.closest(table, text, limit).map((c) => sql`(${sql.lit(r)}::int, ${c.name}, ${sql.lit(c.score)}::real, ${sql.lit(c.name === text)})`));
  const exact = texts.map(([r, text]) => sql`(${sql.lit(r)}::int, ${text})`);
  const parts = [
    sql`select e.r, t.name, similarity(t.name, e.text) as score, t.specialists, true as exact
      from (values ${sql.join(exact)}) e(r, text) join ${sql.table(table)} t on t.name = e.text`,
  ];
  if (found.length > 0) {
    parts.push(sql`select v.r, v.name, v.score, t.specialists, v.exact
      from (values ${sql.join(found)}) v(r, name, score, exact) join ${sql.table(table)} t on t.name = v.name`);
  }
  return sql.join(parts, sql` union all `);
}

/** FIRST_ONLY marks the reading of a single word as a first name. */
const FIRST_ONLY = -1;

/**
 * The probes, best first, with the names each leaves out. Only the parts a typed name
 * needs are written (a single word has no pairs, several words no first name alone).
 */
function probes(typed: TypedName, index: NameIndex): RawBuilder<unknown> {
  const lastTexts = typed.readings.map((r, i): [number, string] => [i, r.last]);
  const firstTexts = typed.readings.flatMap((r, i): [number, string][] => (r.first ? [[i, r.first]] : []));
  if (typed.firstOnly) firstTexts.push([FIRST_ONLY, typed.firstOnly]);
  const withPairs = firstTexts.some(([r]) => r !== FIRST_ONLY);
  const ctes = [
    sql`lc as (${candidates(index, "specialist_last_names", lastTexts, LAST_NAME_CANDIDATES)})`,
    sql`fc as (${candidates(index, "specialist_first_names", firstTexts, FIRST_NAME_CANDIDATES)})`,
  ];
  const parts: RawBuilder<unknown>[] = [];
  if (withPairs) {
    ctes.push(
      sql`pairs as (select l.r, l.name as last_key, f.name as first_key, l.score + f.score as score, l.exact and f.exact as exact from lc l join fc f on f.r = l.r)`,
      // How well each reading is borne out by a whole-name match: among equal scores,
      // the rest of a last name from the reading that matched someone in full comes first.
      sql`support as (select r, max(score) as best from pairs group by r)`,
    );
    parts.push(
      sql`select last_key, first_key, max(score) as score, 0::real as support, 0 as kind, null::text[] as excluded, null::int as crowd, bool_or(exact) as exact
        from pairs group by last_key, first_key`,
      sql`select l.name, null, max(l.score), coalesce(max(s.best), 0), 0, array(select q.first_key from pairs q where q.last_key = l.name), max(l.specialists), bool_or(l.exact)
        from lc l left join support s on s.r = l.r group by l.name`,
    );
  } else {
    parts.push(sql`select name as last_key, null::text as first_key, max(score) as score, 0::real as support, 0 as kind, '{}'::text[] as excluded, max(specialists) as crowd, bool_or(exact) as exact
      from lc group by name`);
  }
  if (typed.firstOnly) {
    parts.push(sql`select null, f.name, max(f.score), 0, 1, array(select l.name from lc l), max(f.specialists), bool_or(f.exact) from fc f where f.r = ${sql.lit(FIRST_ONLY)} group by f.name`);
  }
  return sql`(with ${sql.join(ctes)}, p as (${sql.join(parts, sql` union all `)})
    select * from p order by score desc, exact desc, support desc, kind, last_key, first_key offset 0) p`;
}

/** Which specialists a probe holds: a test of the probe alone (`gate`), and of the row `s` (`key`). */
interface ProbeKind {
  gate: RawBuilder<unknown>;
  key: RawBuilder<unknown>;
}
const PAIR: ProbeKind = { gate: sql`p.kind = 0 and p.first_key is not null`, key: sql`lower(s.last_name) = p.last_key and lower(s.first_name) = p.first_key` };
const REST_OF_LAST: ProbeKind = { gate: sql`p.kind = 0 and p.first_key is null`, key: sql`lower(s.last_name) = p.last_key and lower(s.first_name) <> all(p.excluded)` };
const FIRST_NAME: ProbeKind = { gate: sql`p.kind = 1`, key: sql`lower(s.first_name) = p.first_key and lower(s.last_name) <> all(p.excluded)` };

/** The order inside a probe after distance (and the tiebreak of the whole page). */
const BY_NAME = sql`lower(s.last_name), lower(s.first_name), s.npi`;

/** The kinds of probe a typed name can give (a statement leaves out the others: planning them costs time). */
function probeKinds(typed: TypedName): ProbeKind[] {
  return [...(typed.readings.some((r) => r.first) ? [PAIR] : []), REST_OF_LAST, ...(typed.firstOnly ? [FIRST_NAME] : [])];
}

/** A probe's specialists without a place: straight from the name B-trees, in name order. */
function membersAnywhere(kinds: ProbeKind[], onSpecialist: RawBuilder<unknown>[], pageEnd: number): RawBuilder<unknown> {
  const branch = (probe: ProbeKind) =>
    sql`(select s.*, null::float8 as dist from specialists s where ${probe.gate} and ${probe.key} and ${and(onSpecialist)} order by ${BY_NAME} limit ${pageEnd})`;
  return sql`(${sql.join(kinds.map(branch), sql` union all `)})`;
}

/**
 * A last or first name with at most this many specialists (or not yet counted) is read
 * whole near a place; a commoner one location by location. Reading whole costs about one
 * row per specialist, walking about one index probe per location until the page is full
 * (a few dozen for a common name, every location in the radius for a rare one); on a
 * census-like directory of 838k specialists the buffers a search reads were lowest
 * between 200 and 300 (1,000 read up to three times more for names like "Peter" or "Lee").
 */
const FEW_WITH_NAME = 250;

/**
 * A probe's specialists near a place, nearest first. A pair is a few people, and so is a
 * rare last or first name (by the counts an import keeps): all read and sorted. A common
 * one may be thousands: the locations within the probe radius are walked nearest-first
 * and each is probed through (name, zip), so a common name fills the page within a few
 * locations; the rest of the name, farther away, is
 * read only when that did not fill it, and then it is a rarer name: each of its
 * specialists' locations is looked up by ZIP (as a join, the planner, which cannot tell
 * a rare name from a common one here, hashed every location of the country).
 */
function membersNear(kinds: ProbeKind[], query: SpecialistQuery, onSpecialist: RawBuilder<unknown>[], onLocation: RawBuilder<unknown>[], pageEnd: number): RawBuilder<unknown> {
  const here = origin(query.near!);
  const probe = sql`${PROBE_MILES * METERS_PER_MILE}::float8`;
  const columns = sql`s.*, l.earth as l_earth`;
  const all = (gate: RawBuilder<unknown>, key: RawBuilder<unknown>) => sql`(select ${columns}, ${LOCATION_POINT} <-> ${here} as dist
    from specialists s join practice_locations l on l.zip = s.zip
    where ${gate} and ${key} and ${and([...onSpecialist, ...onLocation])} order by dist, ${BY_NAME} limit ${pageEnd})`;
  // The gate stands outside the walk, so a probe of another kind walks nothing.
  const walk = (kind: ProbeKind, gate: RawBuilder<unknown>) => sql`(select * from (
      (select ${columns}, l.knn as dist
        from (select *, ${LOCATION_POINT} <-> ${here} as knn from practice_locations l
          where earth_box(${here}, ${probe}) @> ${LOCATION_POINT} and earth_distance(${LOCATION_POINT}, ${here}) <= ${probe} and ${and(onLocation)}
          order by knn offset 0) l
        cross join lateral (select * from specialists s where s.zip = l.zip and ${kind.key} and ${and(onSpecialist)} offset 0) s
        where ${gate} order by l.knn, ${BY_NAME} limit ${pageEnd})
      union all
      (select ${columns}, ${LOCATION_POINT} <-> ${here} as dist
        from specialists s cross join lateral (select * from practice_locations l where l.zip = s.zip offset 0) l
        where ${gate} and ${kind.key} and ${and(onSpecialist)} and earth_distance(${LOCATION_POINT}, ${here}) > ${probe} and ${and(onLocation)}
        order by dist, ${BY_NAME} limit ${pageEnd})) m limit ${pageEnd})`;
  const few = sql`coalesce(p.crowd, 0) <= ${sql.lit(FEW_WITH_NAME)}`;
  const branches = kinds.flatMap((kind) => {
    if (kind === PAIR) return [all(kind.gate, kind.key)];
    // A whole last name or a first name: read whole when few have it, else walked.
    return [all(sql`${kind.gate} and ${few}`, kind.key), walk(kind, sql`${kind.gate} and not ${few}`)];
  });
  return sql`(${sql.join(branches, sql` union all `)})`;
}

/**
 * Counts each last and first name's active specialists (after an import), so a search
 * near a place knows which names are rare enough to read whole.
 */
export async function countNames(db: Kysely<Database>): Promise<void> {
  for (const [table, column] of [["specialist_first_names", "first_name"], ["specialist_last_names", "last_name"]] as const) {
    await sql`update ${sql.table(table)} f set specialists = c.n
      from (select lower(${sql.ref(column)}) as name, count(*)::int as n from specialists where active group by 1) c
      where f.name = c.name and f.specialists is distinct from c.n`.execute(db);
  }
}

/** FROM of a name search (see ordering below). */
export function nameSearchFrom(query: SpecialistQuery, index: NameIndex, onSpecialist: RawBuilder<unknown>[], onLocation: RawBuilder<unknown>[], pageEnd: number): RawBuilder<unknown> {
  const typed = readTypedName(query.name ?? "");
  const kinds = probeKinds(typed);
  const members = query.near ? membersNear(kinds, query, onSpecialist, onLocation, pageEnd) : membersAnywhere(kinds, onSpecialist, pageEnd);
  return sql`from ${probes(typed, index)} cross join lateral ${members} s`;
}

/** ORDER BY of a name search: best probe first (the probes' own order), then distance, last name, first name, NPI. */
export const NAME_ORDER = sql`p.score desc, p.exact desc, p.support desc, p.kind, p.last_key, p.first_key, s.dist, ${BY_NAME}`;
