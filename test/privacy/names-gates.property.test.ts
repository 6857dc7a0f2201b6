// Property: the name detector's character tests that replaced searches of the whole text
// (detectors/names.ts, added for speed) agree with those searches on generated text dense in
// near misses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idCueOrNumberAfterSpaces, LIST_HEADER, listHeaderIn, lowerIs, possessiveOrInBetweenSpaces, SLOT_CLOSES, wordBetweenSpaces } from "../../src/privacy/detectors/names.ts";
import { releaseScan, scanText } from "../../src/privacy/scan.ts";

describe("name detector gates", () => {
  it("possessiveOrInBetweenSpaces finds what the five substring searches find", () => {
    const parts = ["'", "’", "s", "S", "in", "IN", "In", "iN", " ", "  ", "\n", ".", "-", "@", "x", "Miller", "5", "é", "\u0301", "(", "pt"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), (list) => {
        const s = list.join("");
        const searched = s.includes("'s ") || s.includes("’s ") || s.includes(" in ") || s.includes("'S ") || s.includes(" IN ");
        const scan = scanText(s);
        try {
          expect(possessiveOrInBetweenSpaces(s, scan.tokens, scan.count), JSON.stringify(s)).toBe(searched);
        } finally {
          releaseScan(scan);
        }
      }),
      { numRuns: 20000, seed: 31 },
    );
  });

  it("idCueOrNumberAfterSpaces is true wherever SLOT_CLOSES matches after a comma and a space", () => {
    const parts = ["mrn", "MRN", "dob", "DOB", "mr#", "d", "m", "12", "67", "3/4/21", "y", "yo", "f", "F", "x", " ", "  ", "\u00a0", "\u2003", "\n", "-", "—", "(", ";", "|", ",", ".", "é", "ſ", "K"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 6 }), (list) => {
        const s = `, ${list.join("")}`.slice(0, 10);
        if (SLOT_CLOSES.test(s)) expect(idCueOrNumberAfterSpaces(s, 1), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 20000, seed: 41 },
    );
  });

  it("wordBetweenSpaces finds what a search for the word between spaces finds", () => {
    const parts = ["and", "AND", "And", "an", "d", "band", "ands", " ", "  ", "\n", ".", "'", "-", "@", "é", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }), (list) => {
        const s = list.join("");
        const scan = scanText(s);
        try {
          expect(wordBetweenSpaces(s, scan.tokens, scan.count, "and"), JSON.stringify(s)).toBe(s.includes(" and "));
        } finally {
          releaseScan(scan);
        }
      }),
      { numRuns: 20000, seed: 43 },
    );
  });

  it("lowerIs agrees with comparing the token's lower-case string", () => {
    // (Letters whose lower case is longer or not ASCII: "İ" lower-cases to two characters, the Kelvin sign to "k".)
    const parts = ["mc", "MC", "Mc", "mac", "MAC", "m", "a", "c", "ap", "re", "RE", "regarding", "İ", "\u212a", "ſ", "é", "\u0301", "'", "-", " ", ".", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (list) => {
        const s = list.join("");
        const scan = scanText(s);
        try {
          for (let i = 0; i < scan.count; i++) {
            const t = scan.tokens[i]!;
            for (const word of ["mc", "mac", "ap", "re", "regarding", "i̇", "k"]) expect(lowerIs(t, word), `${JSON.stringify(s)} ${i} ${word}`).toBe(t.lower === word);
          }
        } finally {
          releaseScan(scan);
        }
      }),
      { numRuns: 20000, seed: 47 },
    );
  });

  it("listHeaderIn agrees with LIST_HEADER", () => {
    const parts = ["handoff", "Hand-off", "census", "sign out", "signout", "pt", "patient", "night", "list", "LIST", "board", "rounds", "boards", "weekend", "icu", " ", "\t", "\n", "\r\n", "-", ":", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (list) => {
        const s = list.join("");
        expect(listHeaderIn(s), JSON.stringify(s)).toBe(LIST_HEADER.test(s));
      }),
      { numRuns: 20000, seed: 47 },
    );
  });
});
