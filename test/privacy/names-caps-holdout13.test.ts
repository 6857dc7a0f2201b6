// Names in text typed all in capitals (held-out corpus 13): a capital shows nothing there, so a slot's opening, a listed name no
// English word and what closes a record's name must. Invented names; clinical capitals, devices and hospitals must stay.
import { describe, expect, it } from "vitest";
import { expectRedactions, found, leavesNames } from "./casings.ts";

describe("names in capitals (holdout 13 classes)", () => {
  it("takes two name words opening a line or label, one listed and no English word, before a comma, a dash, FROM, AT or an age", () => {
    expectRedactions(
      [
        ["LINDQVIST ASTRID, SATS 88% RA", "[NAME_1], SATS 88% RA"],
        ["PAJARI TOIVO FROM TAMPERE, CALL 4412", "[NAME_1] FROM [LOCATION_1], CALL 4412"],
        ["HALVORSEN SIGRID - NORWEGIAN SPEAKER", "[NAME_1] - NORWEGIAN SPEAKER"],
        ["ADMITS:\nOKONKWO CHIDI, FALL AT HOME", "ADMITS:\n[NAME_1], FALL AT HOME"],
        ["KOWALCZYK ANNELI VISITING FROM ABROAD", "[NAME_1] VISITING FROM ABROAD"],
      ],
      ["LASIX DRIP, 10MG/H", "KEPPRA LEVEL, PENDING", "ZOSYN DOSE - HELD", "CHEST PAIN, 45M", "GRANT ROAD - 80YO", "BELL PALSY, 45F", "NORCO PRN, GIVEN",
        "ELIQUIS HELD, INR 2", "DILAUDID PCA, 0.2", "FOLEY CATH - OUT", "SWAN GANZ - IN", "PICC LINE, RUE", "HOLTER MONITOR FROM CARDS", "MEDTRONIC PUMP - ALARM",
        "HEPARIN GTT - STOPPED", "PENROSE DRAIN, OUT", "WELLS SCORE, 4", "KOCHER INCISION - OK", "EKG: OSBORN WAVES, TEMP 31.5, BAIR HUGGER"],
    );
    // (A title without a vowel is staff's; a hyphenated word listed only by a part, a hospital's name: no name.)
    leavesNames(["MSW DUARTE - CAREGIVER AWARE", "SELF-PAY OKONKWO, ACCT PENDING", "JOHNS HOPKINS, BALTIMORE", "MEDS: LISINOPRIL METFORMIN, HELD"]);
  });

  it("keeps an age written out and hyphenated out of the name before it", () => {
    expect(found("LINDQVIST ASTRID NINETY-TWO, SWEDISH", "NAME")).toEqual(["LINDQVIST ASTRID"]);
  });
});
