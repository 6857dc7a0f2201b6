// Whether a word is ordinary English: the word-list package's 274,000 words (MIT). Name
// detection asks it only about a lower-case word after a given name that no list of ours
// knows ("siddharth ekwueme" is a name, "ana titre" is not), so it is loaded on first use.
// The words are kept as two 32-bit hashes each in one typed array (about 4 MB), not as a
// Set of strings (34 MB), and a word is looked up by its characters without cutting it out.
import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import * as lexicon from "./lexicon.ts";

// Local bindings: a named import is read through the module on every call, per character here.
const { HASH1_SEED, HASH2_SEED, hash1Step, hash2Step, lowerCode } = lexicon;

let slots: Int32Array | undefined;
let mask = 0;

function load(): Int32Array {
  const list = readFileSync(wordListPath, "utf8");
  // One word a line: counted and hashed in place, never cut into 274,000 strings (which took
  // a third of the load).
  let lines = 1;
  for (let at = list.indexOf("\n"); at >= 0; at = list.indexOf("\n", at + 1)) lines++;
  let size = 1;
  while (size < lines * 1.8) size <<= 1;
  const table = new Int32Array(size * 2);
  mask = size - 1;
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
    // (0, 0) marks an empty slot; a word hashing to it would read as absent (odds ~2^-64).
    let slot = h1 & mask;
    while (table[slot * 2] !== 0 || table[slot * 2 + 1] !== 0) {
      if (table[slot * 2] === h1 && table[slot * 2 + 1] === h2) break;
      slot = (slot + 1) & mask;
    }
    table[slot * 2] = h1;
    table[slot * 2 + 1] = h2;
  }
  return table;
}

/**
 * Whether text[start, end), lower-cased, is an English word. The list is plain ASCII, so a
 * word with an accent is none ("jesús" must not read as "jesus", "noël" as "noel").
 */
export function isEnglishWord(text: string, start: number, end: number): boolean {
  const table = (slots ??= load());
  let h1 = HASH1_SEED, h2 = HASH2_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return false;
    const l = lowerCode(c);
    h1 = hash1Step(h1, l);
    h2 = hash2Step(h2, l);
  }
  let slot = h1 & mask;
  for (;;) {
    const a = table[slot * 2]!, b = table[slot * 2 + 1]!;
    if (a === 0 && b === 0) return false;
    if (a === h1 && b === h2) return true;
    slot = (slot + 1) & mask;
  }
}
