// Property: TokenWords.has(token) answers exactly what looking the token's lower-case string
// up in a Set answers. Its hash filter turns tokens away before that string is cut, so a
// filter that missed a listed word's token would silently change name detection.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { releaseScan, scanText, TokenWords } from "../../src/privacy/scan.ts";

const WORDS = ["van", "de", "ó", "ní", "y", "st", "jr", "iii", "hand-off", "o'neil", "re", "regarding", "pt", "fiancé"];
// Cases, accents (composed and combining), the Kelvin sign (lower case "k"), apostrophes and
// hyphens, possessives and periods, handles: tokens whose lower case is, or nearly is, a word.
const FRAGMENTS = [
  ...WORDS, "VAN", "Van", "DE", "De", "Ó", "ó", "o\u0301", "O\u0301", "NÍ", "Ni", "ni", "N\u00cd", "Y", "ý", "ST", "St.", "Jr.", "JR", "III", "Iii",
  "HAND-OFF", "hand-off's", "O'Neil", "O’Neil", "RE", "Re:", "Regarding", "PT", "pt.", "FIANCÉ", "fiance", "Fiance\u0301", "\u212Aim", "kim",
  "@van", "@jr.kim", "İ", "i\u0307", "vans", "van's", "dé", "jrs",
];
const SEPARATORS = [" ", "  ", ", ", ". ", "\n", "-"];
const text = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(""));

describe("TokenWords", () => {
  it("has(token) is Set.has(token.lower) for every token", () => {
    const words = new TokenWords(WORDS);
    const set = new Set(WORDS);
    fc.assert(
      fc.property(text, (s) => {
        const scan = scanText(s);
        try {
          for (let i = 0; i < scan.count; i++) {
            const t = scan.tokens[i]!;
            expect(words.has(t), `${s} / ${t.word}`).toBe(set.has(t.lower));
          }
        } finally {
          releaseScan(scan);
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
