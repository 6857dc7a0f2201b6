// Names in text typed all in capitals (held-out corpus 10, session 11): no case shows a name there, so the slot does —
// an initial and its period before a surname, an age and sex after one. Invented names; clinical capitals must stay.
import { describe, it } from "vitest";
import { expectRedactions } from "./casings.ts";

describe("names in capitals", () => {
  it("takes an initial and a listed surname no English word, anywhere", () => {
    expectRedactions(
      [
        ["K. NAKASHIMA PLS SEE RE RASH", "[NAME_1] PLS SEE RE RASH"],
        ["CALL BACK RE B. ORTIZ-RAMOS IN 3C, SATS 88", "CALL BACK RE [NAME_1] IN 3C, SATS 88"],
        // "M." is also the French "Monsieur": the surname alone.
        ["M. HALVORSEN — PATIENT FRANCOPHONE", "M. [NAME_1] — PATIENT FRANCOPHONE"],
      ],
      ["E. COLI IN URINE, K. PNEUMONIAE IN BLOOD", "C. DIFF NEG", "S. AUREUS BACTEREMIA", "H. PYLORI POS", "VIT. D. LEVEL LOW", "PT ON 2L NC", "RE K 3.2"],
    );
  });

  it("takes an initial and a surname that is also a word, or none list holds, where a slot or cue opens it or beside a sure one", () => {
    expectRedactions(
      [
        ["STROKE PLS: R. MOSS NIHSS 4", "STROKE PLS: [NAME_1] NIHSS 4"],
        ["4 - L. PRICE (ORTHO)", "4 - [NAME_1] (ORTHO)"],
        ["CONTACT PRECAUTIONS: W. HALVORSEN, G. STONE, J. MWANGI (MRSA)", "CONTACT PRECAUTIONS: [NAME_1], [NAME_2], [NAME_3] (MRSA)"],
        // After a patient's cue whatever follows.
        ["CALL BACK RE D. MOSS IN BAY 2", "CALL BACK RE [NAME_1] IN BAY 2"],
      ],
      ["PLAN: A. STONE ANALYSIS PENDING", "OPTION B. PRICE CHECK", "CULTURES: E. COLI, K. OXYTOCA", "T. WAVE INVERSION", "CHANGES ON T. WAVE INVERSION", "GRACE SCORE 140", "FRANK HEMATURIA"],
    );
  });

  it("takes a surname a cue or slot opens and a bracketed or comma'd age and sex closes", () => {
    expectRedactions(
      [
        ["ED BOARD: KAUR (71F) SYNCOPE | MOSS (45M) FALL", "ED BOARD: [NAME_1] (71F) SYNCOPE | [NAME_2] (45M) FALL"],
        ["CT READ ON SZABO, 52M: NO BLEED", "CT READ ON [NAME_1], 52M: NO BLEED"],
        ["CT READ ON LINDQVIST, 52M: NO BLEED", "CT READ ON [NAME_1], 52M: NO BLEED"],
      ],
      ["ED BOARD: CHEST PAIN (67F) | SOB (80M)", "READ ON CT: NO PE", "READ ON CT, 52M: NO PE", "FALL (67F) ON THINNERS", "LONG COVID", "BELL PALSY", "MAX DOSE", "PT, OT, SLP"],
    );
  });

  it("takes 'Last, First' after a bed's, room's or time's number and before a tab, dash, bracket or slash", () => {
    expectRedactions(
      [
        ["RM 9\tHALVORSEN, INGRID\t55120934\tADM 2/2", "RM 9\t[NAME_1]\t[ID_1]\tADM [DATE_1]"],
        ["- BAY 3 SZABO, HUGO — SEPSIS, LACTATE 3.1", "- BAY 3 [NAME_1] — SEPSIS, LACTATE 3.1"],
        ["CLINIC: 0830 NAKASHIMA, KENJI / 0900 FERREIRA, LUCIA", "CLINIC: 0830 [NAME_1] / 0900 [NAME_2]"],
        // After a chat mention, or a list's semicolon.
        ["@HERE KAUR, ILSE 94F ESRD", "@HERE [NAME_1] [AGE_1]F ESRD"],
        ["CENSUS: MOSS, GRETA; SZABO, HUGO; NAKASHIMA, KENJI", "CENSUS: [NAME_1]; [NAME_2]; [NAME_3]"],
        // Two everyday words, a listed surname then a listed given name.
        ["BED 4\tSTONE, HOPE\t55120934", "BED 4\t[NAME_1]\t[ID_1]"],
      ],
      ["TELE 18 WARM, DRY — OK", "4 WHITE, GREEN — SPUTUM", "0800 CBC, BMP / 0900 CXR", "K 3.2, NA 130 — OK", "BAY 3 PAIN, NAUSEA — BETTER", "BED 2\tSTABLE, AFEBRILE\t1234", "X 2 DAYS, THEN STOP", "ABX: VANC; PIP, TAZO (DAY 3)", "MEDS: ASA; PLAVIX, HEPARIN; STATIN", "@HERE K 3.2, NA 130 — REPLETE", "PT, OT, SLP"],
    );
  });
});
