// Matches what a clinician types ("cardio", "heart doctor", "dermatolgy", "207RC0000X")
// to NUCC specialties, using exact names/synonyms first and trigram similarity for typos.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

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

/** Ranks specialties against `query`; best first. */
export async function matchSpecialties(db: Kysely<Database>, query: string, limit = 5): Promise<SpecialtyMatch[]> {
  const q = query.trim().toLowerCase().replace(/\s+/g, " ");
  if (!q) return [];
  const { rows } = await sql<{ code: string; name: string; exact: boolean; score: number; partial: number }>`
    select * from (
      select code, name,
        (upper(${q}) = code or lower(name) = ${q} or ${q} = any(synonyms)) as exact,
        coalesce((select max(similarity(t, ${q})) from unnest(synonyms || lower(name)) t), 0)::float8 as score,
        word_similarity(${q}, search_terms)::float8 as partial
      from specialties
      where upper(${q}) = code or ${q} = any(synonyms) or lower(name) = ${q}
         or ${q} <% search_terms or search_terms % ${q}
    ) m
    order by exact desc, greatest(score, partial) desc, length(name) asc
    limit ${limit * 3}
  `.execute(db);
  // Whole-term similarity decides; partial (word) similarity breaks ties and rescues
  // prefixes such as "nephro".
  return rows
    .map((r) => ({ code: r.code, name: r.name, exact: r.exact, score: r.exact ? 1 : Math.min(0.99, Number(r.score) + 0.1 * Number(r.partial)) }))
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
