// Inputs shaped to make backtracking patterns quadratic must still finish (the suite's
// 60 s timeout is the guard; a quadratic pattern takes hours on these).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";

const SHAPES: Record<string, string> = {
  "numbers then words on one long line": "12 ab ".repeat(30_000) + "Oak St",
  "whitespace after an id cue": "mrn" + " ".repeat(100_000) + "x",
  "dotted numbers before a domain": "1.".repeat(50_000) + "com",
  "colons": "1:".repeat(100_000),
  "one capitalised word repeated": "John ".repeat(30_000),
  // Runs joined by "-" or "." after a word that opens a place pattern (\b holds inside them):
  // at 80,000 characters each took 8-13 s before the patterns started only at word starts.
  "hyphen run after a state-like word, lower case": "in " + "a-".repeat(150_000),
  "dot run after 'pd', lower case": "pd " + "a.".repeat(150_000),
  "dot run after '-based', lower case": "x-based " + "a.".repeat(150_000),
  "capital hyphen run before 'County'": "x " + "A-".repeat(150_000) + " County",
  "capital hyphen run after 'fire'": "fire " + "A-".repeat(150_000),
  "Cyrillic text": "Иван Петров ".repeat(80_000),
  // Session 6's review: a list header's \s* ran over every line break after each one, and an
  // age's "turned" lookbehind read each run of spaces back (90-130 s at 300,000 characters).
  "line breaks after a list header word": "(census) a b" + "\n".repeat(300_000) + "x",
  "spaces after an age in words": "ninety years old" + " ".repeat(300_000) + "x",
  "codes glued to letters": "ab12 ".repeat(60_000),
  "hyphenated digit runs": "11-".repeat(100_000),
  // Session 7's review: an address's unit and a town's state code were looked for without a
  // start, and a bed number's "#" sat between two runs of spaces (38 s, 2 s, 3 s at 100,000).
  "spaces inside an address": "12 main" + " ".repeat(100_000) + "st",
  "spaces before a state code after a town": "12 Main St, Hope" + " ".repeat(50_000) + "Valley" + " ".repeat(50_000) + "ME 52611",
  "spaces after a bed word": "bed" + " ".repeat(100_000) + "x",
  "spaces after an address's unit word": "12 main st apt" + " ".repeat(100_000) + "!",
  // Session 8: towns before a ZIP or a country, towns after an address's comma, facilities abroad.
  "towns before ZIP-shaped numbers": "walla walla 12345 ".repeat(20_000),
  "commas before a country": "iquitos, peru, ".repeat(20_000),
  "spaces after an address's comma": "12 main st," + " ".repeat(100_000) + "x",
  "a kind abroad before particles": "ospedale " + "di ".repeat(60_000),
  "billing codes in a list": "cpt " + "99213, ".repeat(40_000),
  // Session 9's review: each ID cue read the rest of the text for a digit (7 s at 100,000; 20 s
  // at 300,000 with "there" between cue and value).
  "ID cues repeated before one digit": "mrn ".repeat(50_000) + "1",
  "ID cues and brackets before one digit": "mrn (".repeat(40_000) + "1",
  "ID cues and a filler word before one digit": "mrn there ".repeat(30_000) + "1",
  "new ID cues repeated before one digit": "band cdl mrns tracking controller ".repeat(8_000) + "1",
};

describe("redact on long adversarial input", () => {
  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`finishes on ${shape}`, () => {
      const { text: out } = redact(text);
      expect(out.length).toBeGreaterThan(0);
    });
  }

  it("still finds identifiers at the end of a long text", () => {
    const text = "K 3.2, BNP 840. ".repeat(20_000) + "pt John Miller DOB 4/12/1957";
    expect(redact(text).text.endsWith("pt [NAME_1] DOB [DATE_1]")).toBe(true);
  });
});
