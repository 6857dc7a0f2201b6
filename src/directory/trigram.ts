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

/** A text's trigram sequence prepared for repeated word_similarity() calls against it. */
export interface TrigramSequence {
  /** Each distinct trigram once. */
  distinct: string[];
  /** The sequence, as indexes into `distinct`. */
  positions: Int32Array;
}

/** Prepares `text` as the second argument of wordSimilarity(). */
export function trigramSequence(text: string): TrigramSequence {
  const index = new Map<string, number>();
  const ordered = orderedTrigrams(text);
  const positions = new Int32Array(ordered.length);
  ordered.forEach((t, i) => {
    let k = index.get(t);
    if (k === undefined) index.set(t, (k = index.size));
    positions[i] = k;
  });
  return { distinct: [...index.keys()], positions };
}

/**
 * pg_trgm word_similarity(a, b): the best similarity between the trigrams of `a` and any
 * continuous run of the trigrams of `b` (iterate_word_similarity, non-strict). Either
 * side may be given prepared (`trigrams(a)`, `trigramSequence(b)`).
 */
export function wordSimilarity(a: string | Set<string>, b: string | TrigramSequence): number {
  const ta = typeof a === "string" ? trigrams(a) : a;
  const ulen1 = ta.size;
  if (ulen1 === 0) return 0;
  const { distinct, positions: seq } = typeof b === "string" ? trigramSequence(b) : b;
  const found = distinct.map((t) => ta.has(t));
  // A run must start and end on a shared trigram: with none, the answer is 0.
  if (!found.includes(true)) return 0;
  // Last position of each trigram of b inside the current run (-1 when outside it).
  const lastpos = new Int32Array(distinct.length).fill(-1);
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    if (lower >= 0 || found[t]) {
      if (lastpos[t]! < 0) {
        ulen2++;
        if (found[t]) count++;
      }
      lastpos[t] = i;
    }
    if (!found[t]) continue;
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
      if (lastpos[tt] === tmpLower) {
        tmpUlen2--;
        if (found[tt]) tmpCount--;
      }
    }
    best = Math.max(best, current);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tt = seq[tmpLower]!;
      if (lastpos[tt] === tmpLower) lastpos[tt] = -1;
    }
  }
  return best;
}
