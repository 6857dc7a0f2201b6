// Facts about the word lists that the fast paths of the scan and the name detector rely on.
import { describe, expect, it } from "vitest";
import { ABBREVIATION, CUE, GIVEN, PATIENT_CUES, STAFF, STAFF_TITLES, wordFlags } from "../../src/privacy/lexicon.ts";
import { redact } from "../../src/privacy/index.ts";

describe("lexicon", () => {
  // A token's flags are those of the word without its final period ("Dr." is looked up as
  // "dr"), so the name detector tests the flag alone for "Dr." and "Mrs.".
  it("holds every dotted title and patient cue undotted too, with its flag", () => {
    for (const [list, flag] of [[STAFF_TITLES, STAFF], [PATIENT_CUES, CUE]] as const) {
      for (const word of list) {
        if (!word.endsWith(".")) continue;
        expect(list.has(word.slice(0, -1)), word).toBe(true);
        expect(wordFlags(word.slice(0, -1)) & flag, word).toBe(flag);
      }
    }
  });

  it("marks the abbreviations whose period does not end a sentence", () => {
    for (const word of ["dr", "mrs", "st", "pt", "approx"]) expect(wordFlags(word) & ABBREVIATION, word).toBe(ABBREVIATION);
    for (const word of ["mg", "pain", "miller"]) expect(wordFlags(word) & ABBREVIATION, word).toBe(0);
  });

  it("knows given names the 1990 census lacks from the SSA list, and no ordinary word from it", () => {
    for (const name of ["siddharth", "nkechi", "aaliyah", "temitope", "radek", "oyinkansola"]) expect(wordFlags(name) & GIVEN, name).toBe(GIVEN);
    // The SSA files hold these as names too; the list leaves out every English word.
    for (const word of ["daily", "worth", "coma", "bridge", "link", "share", "tag"]) expect(wordFlags(word) & GIVEN, word).toBe(0);
    expect(redact("pt siddharth ortiz 67m, dka").text).toBe("pt [NAME_1] 67m, dka");
    expect(redact("fyi nkechi robinson is back, k 6.1").text).toBe("fyi [NAME_1] is back, k 6.1");
    const clinical = "Daily weights. General surgery to see, TIMI 3, worth a tee?";
    expect(redact(clinical).text).toBe(clinical);
  });
});
