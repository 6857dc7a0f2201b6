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

  it("takes 'Last, First' after a cue or label before a record's number, or after a sure name word before a comma, FROM, AT or '='", () => {
    expectRedactions(
      [
        ["THREAD FOR OKAFOR, LUMBANI M50202434 PLS", "THREAD FOR [NAME_1] [ID_1] PLS"],
        ["FROM SUNRISE SNF: WIŚNIEWSKA, AMARA, HIP FX", "FROM [LOCATION_1]: [NAME_1], HIP FX"],
        ["VIRTANEN, EERO FROM GRUNDY, MRN PENDING", "[NAME_1] FROM [LOCATION_1], MRN PENDING"],
        ["LEVEL FOR KOWALCZYK, ADJOA = 28, HELD", "LEVEL FOR [NAME_1] = 28, HELD"],
        ["OKAFOR, LUMBANI AT HOME, NEEDS RIDE", "[NAME_1] AT HOME, NEEDS RIDE"],
      ],
      ["HOME MEDS: ELIQUIS, LASIX, KEPPRA", "FOR LASIX, METOLAZONE = 2", "DX: SEPSIS, AKI FROM UTI", "CARDS: BNP, TROP = 0.04",
        "FOR VANC, ZOSYN = 2G", "PLAN: KEPPRA, VIMPAT FROM HOME", "NEURO: GCS 14, A&O X2"],
    );
    // (A ZIP code is no record's number, a pastor no given name, a country no given name after a town.)
    expect(found("MAIL TO YIGO, SD 690011", "NAME")).toEqual([]);
    expect(found("SON JAGO, PASTOR FROM CHURCH", "NAME")).toEqual(["JAGO"]);
    leavesNames(["FOR TOKYO, JAPAN AT 3", "FLIGHT FOR LIMA, PERU AT 3"]);
  });

  it("reads a capital past Latin-1 as a capital and 'İ' as 'I', in capitals and in mixed case", () => {
    expectRedactions(
      [
        ["KAYA İLKNUR, TURKISH INTERP", "[NAME_1], TURKISH INTERP"],
        ["SISTER HALINA ŻELAZNY AT BEDSIDE", "SISTER [NAME_1] AT BEDSIDE"],
        ["Sister Halina Żelazny at bedside", "Sister [NAME_1] at bedside"],
      ],
      ["İSTANBUL FLIGHT, BACK MONDAY", "ŁÓDŹ TRIP, BACK MONDAY", "ŞEKER HASTALIĞI, DM2"],
    );
  });

  it("counts an accented vowel as a vowel in a word no list holds ('XÓCHI' is spoken, as 'XOCHI' is)", () => {
    expectRedactions(
      [["MEDS FOR XÓCHI OKAFOR PICKED UP", "MEDS FOR [NAME_1] PICKED UP"]],
      ["PRIOR AUTH FOR ÉPCLUSA HARVONI DENIED", "RX FOR ÉLIQUIS REFILL SENT", "FOR ÆRØ FERRY TRIP"],
    );
  });

  it("takes a word no list or English list holds opening a line before a one-word name found ('PHROMMAS TAMAR — ...')", () => {
    expect(found("PHROMMAS TAMAR — GEORGIAN, DOB 5/5/1994", "NAME")).toContain("PHROMMAS TAMAR");
    expect(found("ZUKHRIDDIN TAMAR, 94, FALL", "NAME")).toEqual(["ZUKHRIDDIN TAMAR"]);
    // (Not a handoff's tool or a transfer's word before a name of more words, nor a drug.)
    expect(found("IPASS LUPE HALL I: WATCHER", "NAME")).toEqual(["LUPE HALL"]);
    expect(found("INTERFACILITY ANAND R. HADDAD DOB 5/15/1930", "NAME")).toEqual(["ANAND R. HADDAD"]);
    expect(found("ONDANSETRON TAMAR - GIVEN", "NAME")).toEqual(["TAMAR"]);
  });

  it("takes no language's or nationality's name for a person's ('GEORGIAN', 'THAI', 'KURMANJI')", () => {
    expect(found("ZUKHRIDDIN TAMAR — GEORGIAN, DOB 5/5/1994", "NAME")).toEqual(["ZUKHRIDDIN TAMAR"]);
    expect(found("Zukhriddin Tamar — Georgian, DOB 5/5/1994", "NAME")).toEqual(["Zukhriddin Tamar"]);
    expect(found("BAKHYT ROSALIND, MONGOLIAN SPEAKER", "NAME")).toEqual(["BAKHYT ROSALIND"]);
    leavesNames(["PT SPEAKS THAI, KURDISH (KURMANJI) AND LATVIAN", "NEEDS GALICIAN OR ESTONIAN INTERP", "WOLOF, MALAGASY, MARSHALLESE SPEAKERS"]);
  });

  it("takes a listed given name that is a surname too, no English word, after 'FOR' before a time word, what a person does or a past verb", () => {
    expectRedactions(
      [
        ["RESTART ELIQUIS FOR KOWALENKO AFTER THE BLEED", "RESTART ELIQUIS FOR [NAME_1] AFTER THE BLEED"],
        ["SECURITY: VISITOR FOR KOWALENKO PARKED IN FIRE LANE", "SECURITY: VISITOR FOR [NAME_1] PARKED IN FIRE LANE"],
      ],
      ["FLIGHT FOR DENVER LEAVES AT 6", "WAITING FOR HOUSTON METHODIST", "WAITING FOR HOUSTON.", "FOR ABBOTT PUMP", "ADMIT FOR SEPSIS AFTER FALL", "BOOKED FOR DIALYSIS TODAY",
        "READY FOR DISCHARGE AFTER LUNCH"],
    );
  });

  it("takes a surname a label opens before 'DECLINING' or 'ALLERGIC', as before 'REFUSED'", () => {
    expectRedactions(
      [
        ["HOSPICE: KOWALENKO DECLINING, WANTS HOME", "HOSPICE: [NAME_1] DECLINING, WANTS HOME"],
        ["PHARMACY: KOWALENKO ALLERGIC TO VANC?", "PHARMACY: [NAME_1] ALLERGIC TO VANC?"],
      ],
      ["HOSPICE: PT DECLINING", "SEPSIS: LACTATE DECLINING", "PHARMD: PT ALLERGIC TO PCN", "ED: PATIENT DECLINING MEDS", "ONC: PLATELETS DECLINING", "RENAL: GFR DECLINING"],
    );
  });

  it("takes a surname no English word whose Medicaid or Medicare a possessive names", () => {
    expectRedactions(
      [
        ["CM Q — ZUKHRIDDIN'S MEDICARE LAPSED", "CM Q — [NAME_1]'S MEDICARE LAPSED"],
        ["CM Q — KOWALCZYK'S MEDICAID LAPSED", "CM Q — [NAME_1]'S MEDICAID LAPSED"],
      ],
      ["GRAVES' MEDICAID", "BELL'S MEDICAID LAPSED", "PT'S MEDICAID LAPSED", "STATE'S MEDICAID RULES", "TEXAS'S MEDICAID RULES"],
    );
  });

  it("keeps an age written out and hyphenated out of the name before it", () => {
    expect(found("LINDQVIST ASTRID NINETY-TWO, SWEDISH", "NAME")).toEqual(["LINDQVIST ASTRID"]);
  });
});
