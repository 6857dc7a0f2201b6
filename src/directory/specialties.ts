// Matches what a clinician types ("cardio", "heart doctor", "dermatolgy", "207RC0000X")
// to NUCC specialties, using exact names/synonyms first and trigram similarity for typos.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { similarity, trigramSequence, trigrams, wordSimilarity, type TrigramSequence } from "./trigram.ts";

/** A specialty that matched a query, with how well. */
export interface SpecialtyMatch {
  /** NUCC taxonomy code. */
  code: string;
  /** Display name. */
  name: string;
  /** True when the query equals the code, the name or a synonym. */
  exact: boolean;
  /** Similarity 0..1 (1 for exact). */
  score: number;
}

/** Below this similarity a query is not taken to name a specialty. */
export const SPECIALTY_MATCH_THRESHOLD = 0.4;

/** One specialty as held in memory for matching. */
export interface Specialty {
  /** NUCC taxonomy code. */
  code: string;
  /** Display name. */
  name: string;
  /** Lower-cased name. */
  lowerName: string;
  /** Everyday words for it (lower case). */
  synonyms: string[];
  /** Lower-cased name and synonyms joined, as in the table's search_terms. */
  searchTerms: string;
  /** Trigrams of the name and of each synonym. */
  termTrigrams: Set<string>[];
  /** Trigrams of searchTerms, in order and as a set. */
  searchTrigrams: { sequence: TrigramSequence; set: Set<string> };
}

/** The specialty list of a database, read once: migrations seed it and nothing edits it at run time. */
const catalogs = new WeakMap<Kysely<Database>, Promise<Specialty[]>>();

/** The specialties (read once per database handle, then from memory). */
export function specialtyCatalog(db: Kysely<Database>): Promise<Specialty[]> {
  let catalog = catalogs.get(db);
  if (!catalog) {
    catalog = db
      .selectFrom("specialties")
      .select(["code", "name", "synonyms", "search_terms"])
      .orderBy("code")
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          code: r.code,
          name: r.name,
          lowerName: r.name.toLowerCase(),
          synonyms: r.synonyms,
          searchTerms: r.search_terms,
          termTrigrams: [...r.synonyms, r.name.toLowerCase()].map(trigrams),
          searchTrigrams: { sequence: trigramSequence(r.search_terms), set: trigrams(r.search_terms) },
        })),
      );
    // A failed read is retried next time rather than cached.
    catalog.catch(() => catalogs.delete(db));
    catalogs.set(db, catalog);
  }
  return catalog;
}

/** Display name of a taxonomy code (the code itself when unknown). */
export async function specialtyNames(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await specialtyCatalog(db)).map((s) => [s.code, s.name]));
}

// pg_trgm's default thresholds for `%` and `<%`.
const SIMILARITY_THRESHOLD = 0.3;
const WORD_SIMILARITY_THRESHOLD = 0.6;

/**
 * Ranks specialties against `query`; best first. Matching runs in memory with pg_trgm's
 * own measures (see trigram.ts): an exact code, name or synonym; else whole-term
 * similarity, with word similarity breaking ties and rescuing prefixes such as "nephro".
 */
export async function matchSpecialties(db: Kysely<Database>, query: string, limit = 5): Promise<SpecialtyMatch[]> {
  const q = query.trim().toLowerCase().replace(/\s+/g, " ");
  if (!q) return [];
  const catalog = await specialtyCatalog(db);
  const key = `${limit} ${q}`;
  let memo = recentMatches.get(catalog);
  if (!memo) recentMatches.set(catalog, (memo = new Map()));
  const known = memo.get(key);
  if (known) {
    memo.delete(key);
    memo.set(key, known);
    return known.map((m) => ({ ...m }));
  }
  const matches = rankSpecialties(catalog, q, limit);
  memo.set(key, matches);
  if (memo.size > RECENT_MATCHES) memo.delete(memo.keys().next().value!);
  return matches.map((m) => ({ ...m }));
}

/**
 * Recently typed specialty queries and their matches, per catalog. Matching is a pure
 * function of the typed words and the catalog (which nothing edits at run time), and the
 * same few words ("cardiology", "derm") are typed over and over; the oldest is dropped.
 */
const recentMatches = new WeakMap<Specialty[], Map<string, SpecialtyMatch[]>>();
const RECENT_MATCHES = 512;

function rankSpecialties(catalog: Specialty[], q: string, limit: number): SpecialtyMatch[] {
  const upper = q.toUpperCase();
  const qTrigrams = trigrams(q);
  const candidates: (SpecialtyMatch & { rank: number })[] = [];
  for (const s of catalog) {
    const exact = upper === s.code || s.lowerName === q || s.synonyms.includes(q);
    const partial = wordSimilarity(qTrigrams, s.searchTrigrams.sequence);
    if (!exact && partial < WORD_SIMILARITY_THRESHOLD && similarity(s.searchTrigrams.set, qTrigrams) < SIMILARITY_THRESHOLD) continue;
    const whole = Math.max(0, ...s.termTrigrams.map((t) => similarity(t, qTrigrams)));
    candidates.push({ code: s.code, name: s.name, exact, score: exact ? 1 : Math.min(0.99, whole + 0.1 * partial), rank: Math.max(whole, partial) });
  }
  // First cut as the SQL version had it (exact, then the better of the two measures), then the final order.
  const shortlist = candidates
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.rank - a.rank || a.name.length - b.name.length)
    .slice(0, limit * 3);
  return shortlist
    .map(({ rank: _rank, ...match }) => match)
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.name.length - b.name.length)
    .slice(0, limit);
}

/** The specialties a query names: every exact match, else the best fuzzy one(s). */
export async function resolveSpecialty(db: Kysely<Database>, query: string): Promise<{ chosen: SpecialtyMatch[]; suggestions: SpecialtyMatch[] }> {
  const matches = await matchSpecialties(db, query, 8);
  const exact = matches.filter((m) => m.exact);
  if (exact.length > 0) return { chosen: exact, suggestions: matches.filter((m) => !m.exact) };
  const best = matches[0];
  if (!best || best.score < SPECIALTY_MATCH_THRESHOLD) return { chosen: [], suggestions: matches };
  const chosen = matches.filter((m) => best.score - m.score < 0.001);
  return { chosen, suggestions: matches.filter((m) => !chosen.includes(m)) };
}
