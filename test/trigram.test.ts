// The in-memory port of pg_trgm must score exactly as the extension does, or specialty
// matching would drift from what the SQL version chose.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { seededRandom } from "../src/directory/demo-seed.ts";
import { similarity, wordSimilarity } from "../src/directory/trigram.ts";
import { matchSpecialties, specialtyCatalog } from "../src/directory/specialties.ts";
import { describeEachEngine } from "./helpers/db.ts";

const TYPED = ["cardiolgy", "dermatolgy", "nephro", "heart doc", "ob/gyn", "ent", "a&e", "pm&r", "peds derm", "207RC0000X", "gastroenterolgy", "nuerology",
  "psychiatary", "opthalmology", "x", "", "  ", "kidney  doctor", "Über-Ärztin", "o'neil-smith", "ear nose", "sleep apnoea", "oncolgy", "rheum", "urolgy"];

/** Random near-words: letters, spaces and punctuation, so word boundaries vary. */
function noise(count: number): string[] {
  const random = seededRandom(31);
  const alphabet = "abcdeeilnoorstu  -/&'";
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
}

describeEachEngine("pg_trgm port", (database) => {
  it("gives the extension's similarity and word_similarity on specialty terms, typos and noise", async () => {
    const db = database().db;
    const terms = (await specialtyCatalog(db)).flatMap((s) => [s.lowerName, s.searchTerms, ...s.synonyms]);
    const random = seededRandom(5);
    const pairs: [string, string][] = [];
    for (const a of [...TYPED, ...noise(60)]) for (let i = 0; i < 12; i++) pairs.push([a, terms[Math.floor(random() * terms.length)]!]);
    for (const a of noise(40)) for (const b of noise(5)) pairs.push([a, b]);
    const { rows } = await sql<{ s: number; w: number }>`
      select similarity(a, b)::float8 as s, word_similarity(a, b)::float8 as w
      from unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) with ordinality as t(a, b, i) order by i
    `.execute(db);
    const mismatches = pairs
      .map(([a, b], i) => ({ a, b, pg: [rows[i]!.s, rows[i]!.w], js: [similarity(a, b), wordSimilarity(a, b)] }))
      .filter((m) => m.pg[0] !== m.js[0] || m.pg[1] !== m.js[1]);
    expect(rows).toHaveLength(pairs.length);
    expect(mismatches).toEqual([]);
  });

  it("answers a repeated specialty query as the first time, unharmed by what a caller did with the first answer", async () => {
    const db = database().db;
    const first = await matchSpecialties(db, "cardiolgy", 3);
    const expected = structuredClone(first);
    expect(first[0]?.name).toBe("Cardiovascular Disease");
    first[0]!.name = "changed by a caller";
    first.length = 0;
    expect(await matchSpecialties(db, "  Cardiolgy ", 3)).toEqual(expected);
    // Other queries and limits are answered on their own, even after many distinct ones.
    for (const q of noise(600)) await matchSpecialties(db, q, 2);
    expect(await matchSpecialties(db, "cardiolgy", 1)).toEqual(expected.slice(0, 1));
    expect(await matchSpecialties(db, "cardiolgy", 3)).toEqual(expected);
  });
});
