// The name lists of many countries (src/privacy/data/*names-world.txt, written by
// data/names-world.ts from faker's locales and humannames): invented names of several
// cultures are listed, and the words the generator keeps out (English, Spanish, Portuguese
// and French words, medical words and eponyms, places, 3-letter entries) are not.
import { describe, expect, it } from "vitest";
import { isFamilyName, isGivenName } from "../../src/privacy/lexicon.ts";
import { redact } from "../../src/privacy/index.ts";

describe("name lists of many countries", () => {
  it("lists given names and surnames the census and SSA lists lack", () => {
    // Polish, Finnish surnames (faker's surname lists).
    for (const w of ["kowalczyk", "szymanski", "nieminen"]) expect(isFamilyName(w), w).toBe(true);
    // Yoruba and Igbo given names (faker's given-name lists).
    for (const w of ["oluwaseun", "temitope", "chukwuemeka"]) expect(isGivenName(w), w).toBe(true);
    // Armenian, Somali, Amharic, Filipino names with no first/last split (humannames): both.
    for (const w of ["grigoryan", "warsame", "mekonnen", "dimaculangan"]) {
      expect(isGivenName(w), w).toBe(true);
      expect(isFamilyName(w), w).toBe(true);
    }
  });

  it("keeps out words the sources also hold: clinical words and eponyms, Spanish and French words, places, short entries", () => {
    for (const w of ["dispo", "bili", "rass", "orif", "evar", "anal", "trach", "anca", "titin", "koplik", "henoch", "digeorge", "semana", "azucar", "docteur", "portugues", "marburg", "zika", "tuscany", "vit", "scc", "elb"]) {
      expect(isGivenName(w) || isFamilyName(w), w).toBe(false);
    }
  });

  it("redacts such names in lower-case chat and leaves the clinical look-alikes", () => {
    const cases: [string, string][] = [
      ["pt kowalczyk in bed 4 needs cta", "pt [NAME_1] in bed 4 needs cta"],
      ["daughter oluwaseun called, will come at 5", "daughter [NAME_1] called, will come at 5"],
      ["sargsyan family at bedside", "[NAME_1] family at bedside"],
    ];
    for (const [input, expected] of cases) expect(redact(input).text, input).toBe(expected);
    const clinical = [
      "vit d level low, recheck",
      "dispo pending pt/ot",
      "anal fissure, sitz baths",
      "bili 2.1 this am, rass -1",
      "pt with trach, on vent",
      "anca positive vasculitis",
      "koplik spots noted on exam",
      "hx of henoch schonlein purpura as a child",
    ];
    for (const t of clinical) {
      expect(redact(t).text, t).toBe(t);
    }
  });
});
