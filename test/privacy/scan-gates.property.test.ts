// Property: the scan's cheap facts never close a detector's gate on text its pattern
// matches, and the character loops that replaced regular expressions agree with them.
// A gate that is too tight would silently drop identifiers, so each is checked against the
// pattern it guards on generated text dense in near misses. A chat handle ("@dr.kim") is one
// token to the scan, its digits no digit runs; only the VIN gate looks inside (last test).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGE, AGE_AFTER_NAME, AGE_IN_WORDS, DOB_DIGITS, NAME_DASH_AGE_LINE, ORDINAL_DAY, PARTIAL, SEX_AGE_LINE } from "../../src/privacy/detectors/dates.ts";
import { F_AGE_WORDS } from "../../src/privacy/lexicon.ts";
import { isCityWord, isUsCity } from "../../src/privacy/detectors/places.ts";
import { IPV6, ipv6Starts, VIN_SHAPE, vinStarts } from "../../src/privacy/detectors/structured.ts";
import { includesAfterSpace, patternMayEndIn, releaseScan, scanText, splitAtSpaces, type Scan } from "../../src/privacy/scan.ts";

const FRAGMENTS = [
  "age", "Aged", "AGE:", "ages", "his", "her", "in", "their", "she's", "He", "pt", "patient", "is", "was", "turned", "they", "Dr.",
  "93", "90s", "101", "129", "130", "9", "99", "1200", "yo", "y/o", "-year-old", "year", "yrs", "M", "F", "male", "woman", "lady",
  "7/10", "3/9", "12/31", "140/90", "1/2/3", "04/12/1957", "/", "-", ".", ":", "=", "°", "%", "mg", "bpm", "temp",
  "DOB", "d.o.b.", "born", "date of birth", "birthday", "010203", "19570412", "1234567", "123456789", "on",
  "1HGCM82633A004352", "1HGCM82633A00435", "ABCDEFGHJKLMNPRST", "x1234567890123456", "é", "_",
  "@Dr.Kim", "@dr.kim", "x-Ray", "ÉLan", "the", "28th", "3rd", "1st", "22nd", "123rd", "th", "since", "Ninety", "ninety-six", "hundred", "a hundred and one", "one", "old", "years",
];
const SEPARATORS = ["", " ", "  ", "\n", "-", ", ", ": ", "\t", "\u00a0", "\u2003"];
const text = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(""));

function matches(re: RegExp, s: string, accept: (m: RegExpExecArray) => boolean = () => true): boolean {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (let m = global.exec(s); m; m = global.exec(s)) {
    if (accept(m)) return true;
    if (m[0].length === 0) global.lastIndex++;
  }
  return false;
}

function scanned<T>(s: string, read: (scan: Scan) => T): T {
  const scan = scanText(s);
  try {
    return read(scan);
  } finally {
    releaseScan(scan);
  }
}

describe("scan gates", () => {
  it("open wherever the pattern they guard matches", () => {
    fc.assert(
      fc.property(text, (s) => {
        if (matches(AGE, s)) expect(scanned(s, (scan) => scan.oldAgeNumber), s).toBe(true);
        if (matches(PARTIAL, s)) expect(scanned(s, (scan) => scan.shortSlashPair), s).toBe(true);
        if (matches(DOB_DIGITS, s)) expect(scanned(s, (scan) => scan.sixOrEightDigitRun), s).toBe(true);
        if (matches(ORDINAL_DAY, s)) expect(scanned(s, (scan) => scan.ordinalDay), s).toBe(true);
        expect(scanned(s, (scan) => scan.lowerCase), s).toBe(!/[A-Z]/.test(s));
        expect(scanned(s, (scan) => scan.upperCase), s).toBe(!/[a-z]/.test(s));
        if (matches(AGE_IN_WORDS, s)) expect(scanned(s, (scan) => scan.features & F_AGE_WORDS), s).toBe(F_AGE_WORDS);
        if (matches(VIN_SHAPE, s, (m) => /\d/.test(m[0]))) expect(scanned(s, (scan) => scan.vinShape), s).toBe(true);
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it("stay closed on clinical numbers that are no candidates", () => {
    expect(scanned("HR 110, BP 140/90, sats 91% on 2L, plt 120", (scan) => [scan.oldAgeNumber, scan.shortSlashPair])).toEqual([false, false]);
    expect(scanned("93yo F, pain 7/10", (scan) => [scan.oldAgeNumber, scan.shortSlashPair])).toEqual([true, true]);
  });

  it("see a number over 89 wherever an age after a name or on a census line's opening may stand, and the longest digit run", () => {
    const parts = ["(", ")", ",", ", ", "97", "103", "129", "130", "89", "9", "1000", "1234567", "123456", "M", "f", "m ", "F90.0", "Roe", " - ", " — ", "\n", "\t", " ", ".", ";", "@dr.kim", "x", "mg", "é"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 10 }), (list) => {
        const s = list.join("");
        const ageNumber = scanned(s, (scan) => scan.ageNumber);
        if (matches(AGE_AFTER_NAME, s)) expect(ageNumber, s).toBe(true);
        for (let at = 0; at >= 0 && at < s.length; at = s.indexOf("\n", at) + 1 || -1) {
          SEX_AGE_LINE.lastIndex = NAME_DASH_AGE_LINE.lastIndex = at;
          if (SEX_AGE_LINE.test(s) || NAME_DASH_AGE_LINE.test(s)) expect(ageNumber, s).toBe(true);
        }
        // (A handle's digits are not read: only text without one is compared whole.)
        if (s.includes("@")) return;
        expect(ageNumber, s).toBe(/(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/.test(s));
        expect(scanned(s, (scan) => scan.longestDigitRun), s).toBe(Math.max(0, ...(s.match(/\d+/g) ?? []).map((run) => run.length)));
      }),
      { numRuns: 5000, seed: 13 },
    );
  });

  it("sees a VIN inside a chat handle", () => {
    expect(scanned("cc @dr.kim-1HGCM82633A004352 re pump", (scan) => scan.vinShape)).toBe(true);
    expect(scanned("cc @dr.kim-1HGCM82633A004352-2HGCM82633A004353 re pump", vinStarts)).toEqual([11, 29]);
    expect(scanned("cc @dr.kim-1HGCM82633A00435 re pump", (scan) => scan.vinShape)).toBe(false);
  });
});

describe("candidate starts of patterns tried only there", () => {
  const HEXISH = ["fe80", "::", ":", "1", "db8", "2001", "ff", "0", "12345", "g", " ", "%eth0", ".", "14:30", "1HGCM82633A004352", "_", "x", "-", "@dr", "ABCDEFGH"];
  const hexText = fc.array(fc.constantFrom(...HEXISH), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(""));

  function starts(re: RegExp, s: string): number[] {
    return [...s.matchAll(new RegExp(re.source, re.flags))].map((m) => m.index);
  }

  it("hold every start of an IPv6 or VIN match", () => {
    fc.assert(
      fc.property(hexText, (s) => {
        const ipv6 = new Set(ipv6Starts(s));
        for (const at of starts(IPV6, s)) expect(ipv6.has(at), `${s} @${at}`).toBe(true);
        const vin = new Set(scanned(s, vinStarts));
        // A match without a digit is no VIN (the detector drops it), so it needs no start.
        for (const m of s.matchAll(new RegExp(VIN_SHAPE.source, VIN_SHAPE.flags))) if (/\d/.test(m[0])) expect(vin.has(m.index), `${s} @${m.index}`).toBe(true);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});

describe("includesAfterSpace", () => {
  it("finds what a search for a space and the rest finds", () => {
    const parts = ["-", "—", "–", "·", "&", "(", "goes", "GOES", "by", "BY", " ", "  ", "\n", "\u00a0", "x", "é"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }), (list) => {
        const s = list.join("");
        for (const rest of ["—", "– ", "- ", "· ", "goes by", "GOES BY", "& ", "("]) expect(includesAfterSpace(s, rest), `${JSON.stringify(s)} ${rest}`).toBe(s.includes(` ${rest}`));
      }),
      { numRuns: 20000, seed: 17 },
    );
  });
});

describe("patternMayEndIn", () => {
  it("is true for handles, joined words and words with a letter past ASCII, as reading the token's letters says", () => {
    const words = ["ab", "Ab", "é", "Joaquín", "Joaqui\u0301n", "O'Neil", "O’Neil", "Jones’", "Miller’s", "x-ray", "@dr.kim", "ó", "12", "ß", "—", "’"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, " ", "  ", ", ", "."), { maxLength: 8 }), (parts) => {
        const s = parts.join("");
        scanned(s, (scan) => {
          for (let i = 0; i < scan.count; i++) {
            const t = scan.tokens[i]!;
            expect(patternMayEndIn(scan, t), `${s} / ${t.word}`).toBe(t.handle || t.joined || /[^\x00-\x7f]/.test(t.word));
          }
        });
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});

describe("splitAtSpaces", () => {
  it("cuts like split(/\\s+/)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "Bb", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\ufeff", "-", ".", ""), { maxLength: 10 }), (parts) => {
        const s = parts.join("");
        expect(splitAtSpaces(s)).toEqual(s.split(/\s+/));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

// The place cue's city lookup tries only the phrase's leading words that are all city words
// (detectors/places.ts): sound only if no city has a word outside that set, in any case.
describe("city word gate", () => {
  const FRAGMENTS = ["New", "new", "NEW", "York", "york", "Salt", "Lake", "City", "St.", "Louis", "Fort", "Worth", "Normal", "Peoria", "Mc", "Allen",
    "McAllen", "O'Fallon", "Winston-Salem", "ICU", "for", "monitoring", "Bed", "Ward", "de", "la", "Coeur", "d'Alene", "Kokomo", "Quillane"];
  it("holds every word of every city that a phrase can spell", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }), (words) => {
        if (isUsCity(words.join(" "))) for (const w of words) expect(isCityWord(w.toLowerCase()), words.join(" ")).toBe(true);
      }),
      { numRuns: 3000, seed: 5 },
    );
    expect(isUsCity("Salt Lake City") && isCityWord("salt") && isCityWord("lake") && isCityWord("city")).toBe(true);
    expect(isCityWord("icu")).toBe(false);
  });
});
