// Whether a word is ordinary English: the word-list package's 274,000 words (MIT). Name
// detection asks it only about a lower-case word after a given name that no list of ours
// knows ("siddharth ekwueme" is a name, "ana titre" is not), so it is loaded on first use.
// The words are kept as two 32-bit hashes each in one typed array (about 4 MB), not as a
// Set of strings (34 MB), and a word is looked up by its characters without cutting it out.
import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { HashPairSet } from "./hash-pair-set.ts";
import * as lexicon from "./lexicon.ts";

// Local bindings: a named import is read through the module on every call, per character here.
const { HASH1_SEED, HASH2_SEED, hash1Step, hash2Step, lowerCode } = lexicon;

let words: HashPairSet | undefined;

function load(): HashPairSet {
  const list = readFileSync(wordListPath, "utf8");
  // One word a line: counted and hashed in place, never cut into 274,000 strings (which took
  // a third of the load).
  let lines = 1;
  for (let at = list.indexOf("\n"); at >= 0; at = list.indexOf("\n", at + 1)) lines++;
  const table = new HashPairSet(lines, 1.8);
  for (let start = 0; start <= list.length; ) {
    let end = list.indexOf("\n", start);
    if (end < 0) end = list.length;
    const from = start;
    start = end + 1;
    if (end === from) continue;
    let h1 = HASH1_SEED, h2 = HASH2_SEED;
    for (let i = from; i < end; i++) {
      h1 = hash1Step(h1, list.charCodeAt(i));
      h2 = hash2Step(h2, list.charCodeAt(i));
    }
    table.add(h1, h2);
  }
  return table;
}

/**
 * Whether text[start, end), lower-cased, is an English word. The list is plain ASCII, so a
 * word with an accent is none ("jesús" must not read as "jesus", "noël" as "noel").
 */
export function isEnglishWord(text: string, start: number, end: number): boolean {
  const table = (words ??= load());
  let h1 = HASH1_SEED, h2 = HASH2_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return false;
    const l = lowerCode(c);
    h1 = hash1Step(h1, l);
    h2 = hash2Step(h2, l);
  }
  return table.has(h1, h2);
}
