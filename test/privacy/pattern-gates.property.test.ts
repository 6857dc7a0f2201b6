// Property: the cheap tests that keep a detector's pattern from running (detectors/*.ts,
// added for speed) are false only where the pattern could not take anything, and the
// character tests that replaced patterns agree with them. Each is
// checked against its pattern on generated text dense in near misses, so a pattern that
// changes under its gate fails here instead of silently dropping identifiers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as dates from "../../src/privacy/detectors/dates.ts";
import {
  AGENCY, AGENCY_WORDS, CITY_STATE, CITY_STATE_LOWER, COUNTY, COUNTY_WORDS, FACILITY, isCityWord, lowerStateMayYield, mayHoldFacility, mayHoldLowerState, mayHoldState, PLACE_ONLY_CUE,
  stateAfterCapitalisedWord, tokenStartsWithAny,
} from "../../src/privacy/detectors/places.ts";
import { CLOSES, closesAt, SLOT_OPENS, slotOpensAt } from "../../src/privacy/detectors/names.ts";
import { CODE_BEFORE, CODE_BEFORE_CUE, COUNT_BEFORE, COUNT_BEFORE_CUE, CUE_ALL, mayHoldIdValue } from "../../src/privacy/detectors/structured.ts";
import { releaseScan, scanText, splitAtSpaces, type Scan } from "../../src/privacy/scan.ts";

const SEPARATORS = ["", " ", "  ", "\n", "-", ", ", ": ", "\t", "\u00a0", ".", "#", "=", "/", "'", "("];

function textOf(fragments: readonly string[]) {
  return fc
    .array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 10 })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(""));
}

function matches(re: RegExp, s: string): boolean {
  return new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`).test(s);
}

describe("pattern gates", () => {
  it("CUE_AT: no value can follow where mayHoldIdValue is false", () => {
    const cueAt = new RegExp(CUE_ALL.source, "iy");
    const text = textOf(["pt", "patient", "id", "MRN", "mr", "#", "no.", "s/n", "driver's", "license", "is", "of", "for", "A1234", "12345", "ABCDEFG-1", "x", "BP", "120/80", "é"]);
    fc.assert(
      fc.property(text, (s) => {
        for (let at = 0; at < s.length; at++) {
          if (mayHoldIdValue(s, at)) continue;
          cueAt.lastIndex = at;
          expect(cueAt.exec(s), `${s} @${at}`).toBeNull();
        }
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it("PLACE_ONLY_CUE: no one-word cue after which a town is capitalised is one (its test is skipped for them)", () => {
    for (const cue of ["in", "at", "to", "near", "from"]) expect(PLACE_ONLY_CUE.test(cue), cue).toBe(false);
  });

  it("closesAt reads what CLOSES matches in the 12 characters after a word", () => {
    const parts = ["1", "23", "456", "7890", " ", "  ", "\t", "\u00a0", "m", "M", "f", "F", "yo", "YO", "y/o", "-year", "-YEAR", "-yr", "mg", ",", ";", "(", "x", "_", "é", "y", "/", "-", "."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), fc.boolean(), (list, word) => {
        const s = (word ? "Ab" : "") + list.join("");
        const at = word ? 2 : 0;
        expect(closesAt(s, at), JSON.stringify(s)).toBe(CLOSES.test(s.slice(at, at + 12)));
      }),
      { numRuns: 5000, seed: 23 },
    );
  });

  it("slotOpensAt reads what SLOT_OPENS matches in text[from, to)", () => {
    const parts = ["name", "Name", "NAME", "nam", "rename", "_name", "1name", " ", "  ", "\t", "\u00a0", "\u2003", "\n", ":", "•", "*", ">", "-", "–", "—", "x", "é", ".", ","];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), fc.nat(), fc.nat(), (list, a, b) => {
        const s = list.join("");
        const to = s.length === 0 ? 0 : b % (s.length + 1);
        const from = to === 0 ? 0 : a % (to + 1);
        expect(slotOpensAt(s, from, to), JSON.stringify([s, from, to])).toBe(SLOT_OPENS.test(s.slice(from, to)));
      }),
      { numRuns: 10000, seed: 31 },
    );
  });

  it("each SuffixCue reads what its pattern matches at the end of text[from, to)", () => {
    const pairs = [
      [COUNT_BEFORE_CUE, COUNT_BEFORE], [CODE_BEFORE_CUE, CODE_BEFORE],
      [dates.DATE_CUE_END, dates.DATE_CUE], [dates.VERB_DATE_CUE_END, dates.VERB_DATE_CUE], [dates.ADMIN_DATE_CUE_END, dates.ADMIN_DATE_CUE],
      [dates.VERSION_BEFORE_END, dates.VERSION_BEFORE], [dates.SCORE_BEFORE_END, dates.SCORE_BEFORE], [dates.HYPHEN_DATE_CUE_END, dates.HYPHEN_DATE_CUE],
      [dates.HYPHEN_WEAK_CUE_END, dates.HYPHEN_WEAK_CUE],
    ] as const;
    // Every listed word, in capitals, without its last letter and with an "s" (a word list that
    // spelled out "reflexes?" as "reflex" failed here), glued to a letter, and what may follow one.
    const words = pairs.flatMap(([cue]) => cue.words).flatMap((w) => [w, w.toUpperCase(), w.slice(0, -1), `${w}s`, `x${w}`]);
    const parts = [...new Set(words), "_", "1", " ", "  ", "\t", "\u00a0", "\n", ":", "=", "#", "::", ".", ",", "-", "é"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 6 }), fc.nat(), fc.nat(), (list, a, b) => {
        const s = list.join("");
        const to = s.length === 0 ? 0 : b % (s.length + 1);
        const from = to === 0 ? 0 : a % (to + 1);
        for (const [cue, re] of pairs) expect(cue.test(s, from, to), `${re.source.slice(0, 30)} ${JSON.stringify([s, from, to])}`).toBe(re.test(s.slice(from, to)));
      }),
      { numRuns: 20000, seed: 41 },
    );
  });

  it("HYPHEN_PARTIAL: a match has a hyphen between two runs of one or two digits", () => {
    const text = textOf(["1", "12", "7", "17", "31", "123", "2024", "x", "ray", "-", "--", "/", "3-4", "7-17", "12-19", "555-1234", "é"]);
    fc.assert(
      fc.property(text, (s) => {
        if (matches(dates.HYPHEN_PARTIAL, s)) expect(dates.digitHyphenDigit(s), s).toBe(true);
      }),
      { numRuns: 3000, seed: 43 },
    );
  });

  it("AGENCY and COUNTY: a match has a token starting with their last word", () => {
    const text = textOf(["Oskaloosa", "Cass", "PD", "FD", "EMS", "Police", "police", "Sheriff", "Fire", "Rescue", "Dept", "County", "county", "Parish", "State", "x-County", "PDs", "é"]);
    fc.assert(
      fc.property(text, (s) => {
        const scan = scanText(s);
        try {
          if (matches(AGENCY, s)) expect(tokenStartsWithAny(scan, AGENCY_WORDS), s).toBe(true);
          if (matches(COUNTY, s)) expect(tokenStartsWithAny(scan, COUNTY_WORDS), s).toBe(true);
        } finally {
          releaseScan(scan);
        }
      }),
      { numRuns: 3000, seed: 19 },
    );
  });

  it("CITY_STATE: where mayHoldState lets it run, a match has a state after a capitalised word", () => {
    const cityWord = fc.constantFrom("Peoria", "PEORIA", "peoria", "St.", "Fond du Lac", "O'Fallon", "NY", "A", "x", "3", "é", "@Peoria", "Mc", "Ab.", "Glen-Ellyn");
    const stateWord = fc.constantFrom("IL", "Il", "il", "ILé", "IL-based", "IL's", "NY", "New York", "New", "new", "North Dakota", "Washington", "Texas-based", "Texasé", "DC.", "60601");
    expectOpenWhereMatched(CITY_STATE, wordsInTurn(cityWord, stateWord), (scan) => !mayHoldState(scan) || stateAfterCapitalisedWord(scan), 47);
  });

  it("CITY_STATE_LOWER: where mayHoldLowerState lets it run, a match that can yield a town or a ZIP has lowerStateMayYield", () => {
    const cityWord = fc.constantFrom("peoria", "fond du lac", "lac", "hazard", "apixaban", "st.", "o'fallon", "glen-ellyn", "x", "é", "3", "normal");
    const stateWord = fc.constantFrom("il", "in", "wi", "ky", "il-based", "ilé", "il's", "il.", "in 60601", "wi  53094-1234", "ky 4012", "ok");
    const text = wordsInTurn(cityWord, stateWord);
    let yielding = 0;
    fc.assert(
      fc.property(text, (s) => {
        const scan = scanText(s);
        try {
          if (!mayHoldLowerState(scan)) return;
          const global = new RegExp(CITY_STATE_LOWER.source, "g");
          for (let m = global.exec(s); m; m = global.exec(s)) {
            // A town's last word is a city word; a ZIP is group 3 (detectPlaces takes nothing else).
            if (!m[3] && !isCityWord(splitAtSpaces(m[1]!).at(-1)!)) continue;
            yielding++;
            expect(lowerStateMayYield(scan), s).toBe(true);
          }
        } finally {
          releaseScan(scan);
        }
      }),
      { numRuns: 5000, seed: 53 },
    );
    expect(yielding).toBeGreaterThan(500);
  });

  it("FACILITY: a match has a facility word after a capitalised word", () => {
    // A name word, then one or two kind words: most texts hold a name before a kind.
    const nameWord = fc.constantFrom("Mercy", "MERCY", "mercy", "St.", "Mary's", "Our Lady of", "the", "A", "&B", "x", "3", "é", "@Mercy", "Mc", "O'Neil", "Ab.");
    const kindWord = fc.constantFrom(
      "Hospital", "hospital", "HOSPITAL", "Hospitals", "Hospital-based", "Hospitalé", "Hospital\u0301", "Medical", "medical", "Center", "center",
      "Women's", "women's", "Post-Acute", "post-acute", "Urgent", "urgent", "Care", "care", "Nursing", "Home", "home", "General", "SNF", "unit", "Service",
      "medical Center", "urgent\tcare", "women's  Center", "Service\u00a0Unit", "nursing home",
    );
    expectOpenWhereMatched(FACILITY, wordsInTurn(nameWord, kindWord, fc.oneof(kindWord, fc.constant(""))), mayHoldFacility, 29);
  });
});

/** Texts of a word from each of `words` in turn, each followed by a separator, one to four times over. */
function wordsInTurn(...words: fc.Arbitrary<string>[]) {
  const separator = fc.constantFrom(...SEPARATORS);
  return fc
    .array(fc.tuple(...words.flatMap((w) => [w, separator])), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map((p) => p.join("")).join(""));
}

/** Asserts `gate` is open on every generated text `pattern` matches, and that the texts are dense in matches (or the test would test little). */
function expectOpenWhereMatched(pattern: RegExp, text: fc.Arbitrary<string>, gate: (scan: Scan) => boolean, seed: number): void {
  let matched = 0;
  fc.assert(
    fc.property(text, (s) => {
      if (!matches(pattern, s)) return;
      matched++;
      const scan = scanText(s);
      try {
        expect(gate(scan), s).toBe(true);
      } finally {
        releaseScan(scan);
      }
    }),
    { numRuns: 5000, seed },
  );
  expect(matched).toBeGreaterThan(500);
}
