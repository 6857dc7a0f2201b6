// pg_trgm's similarity() and word_similarity() in JavaScript, so the 82-row specialty
// list can be matched in memory instead of costing a query per command (PGlite runs
// every query on the bot's one thread). Same rules as the extension: words are runs of
// letters and digits, lower-cased, padded with two spaces before and one after; scores
// are single-precision like PostgreSQL's. test/trigram.test.ts checks both functions
// against the database on many strings.

const WORD = /[\p{L}\p{N}]+/gu;

/** The trigrams of `text`, in order of appearance, repeats kept. */
function orderedTrigrams(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const padded = `  ${match[0]} `;
    const chars = [...padded];
    for (let i = 0; i + 3 <= chars.length; i++) out.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return out;
}

/** The set of trigrams of `text`. */
export function trigrams(text: string): Set<string> {
  return new Set(orderedTrigrams(text));
}

const single = (count: number, len1: number, len2: number) => Math.fround(count / (len1 + len2 - count));

/** pg_trgm similarity(a, b): shared trigrams over all distinct trigrams of both. */
export function similarity(a: string | Set<string>, b: string | Set<string>): number {
  const ta = typeof a === "string" ? trigrams(a) : a;
  const tb = typeof b === "string" ? trigrams(b) : b;
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return single(shared, ta.size, tb.size);
}

/**
 * pg_trgm word_similarity(a, b): the best similarity between the trigrams of `a` and any
 * continuous run of the trigrams of `b` (iterate_word_similarity, non-strict).
 */
export function wordSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const ulen1 = ta.size;
  if (ulen1 === 0) return 0;
  const seq = orderedTrigrams(b);
  const found = seq.map((t) => ta.has(t));
  // Last position of each trigram of b inside the current run (-1 when outside it).
  const lastpos = new Map<string, number>();
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    if (lower >= 0 || found[i]) {
      if ((lastpos.get(t) ?? -1) < 0) {
        ulen2++;
        if (found[i]) count++;
      }
      lastpos.set(t, i);
    }
    if (!found[i]) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let current = single(count, ulen1, ulen2);
    // Moving the run's start right may raise the score.
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
      const score = single(tmpCount, ulen1, tmpUlen2);
      if (score > current) {
        current = score;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const tt = seq[tmpLower]!;
      if (lastpos.get(tt) === tmpLower) {
        tmpUlen2--;
        if (found[tmpLower]) tmpCount--;
      }
    }
    best = Math.max(best, current);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tt = seq[tmpLower]!;
      if (lastpos.get(tt) === tmpLower) lastpos.set(tt, -1);
    }
  }
  return best;
}
