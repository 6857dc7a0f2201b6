// Names in text typed all in capitals (held-out corpus 14): a capital shows nothing there, so a slot, a cue, a listed name
// and what closes a person's name must. Invented names; clinical capitals, eponyms, drugs, units and headers must stay.
import { describe, expect, it } from "vitest";
import { expectRedactions, found, leavesNames } from "./casings.ts";

describe("names in capitals (holdout 14 classes)", () => {
  it("reads stroked and dotless letters as their plain letter, as the lists write the names ('MAŁGORZATA' is 'malgorzata')", () => {
    expectRedactions(
      [
        ["REGISTRATION - WIŚNIEWSKA, MAŁGORZATA ADDRESS CHANGED", "REGISTRATION - [NAME_1] ADDRESS CHANGED"],
        ["ED PEDS: MAŁGORZATA SWALLOWED A COIN", "ED PEDS: [NAME_1] SWALLOWED A COIN"],
        ["Updated Łukasz by phone", "Updated [NAME_1] by phone"],
        ["pt łukasz nowicki", "pt [NAME_1]"],
      ],
      ["ŁÓDŹ TRIP, BACK MONDAY", "ŁAŃCUT CLINIC FAXED", "Łódź trip, back Monday", "HOLD LASIX, K 3.1"],
    );
    // ("Đ" stays itself: the Vietnamese surname "Đỗ" is no "do".)
    expect(found("interpreter: vietnamese, pt thảo đỗ, 5n-22b", "NAME").join(" ")).toContain("đỗ");
  });

  it("knows virtue given names that are words ('Blessing', 'Favour') and 'Anil' as given names that need a name's slot", () => {
    expectRedactions(
      [
        ["HIM: REQUEST RE DESAI, ANIL, DOB 1/14/2003", "HIM: REQUEST RE [NAME_1], DOB [DATE_1]"],
        ["SW: BLESSING OKONKWO NEEDS BUS PASS", "SW: [NAME_1] NEEDS BUS PASS"],
        ["pt blessing okafor in bed 4", "pt [NAME_1] in bed 4"],
        ["Accepted from Blessing Hospital on 1/9, Kawasaki disease.", "Accepted from [LOCATION_1] on [DATE_1], Kawasaki disease."],
      ],
      ["Chaplain gave a blessing at bedside, family grateful", "CHAPLAIN GAVE A BLESSING AT BEDSIDE", "FAMILY WANTS BLESSING BEFORE EXTUBATION",
        "would favour CAP over aspiration, start ceftriaxone", "I'D FAVOUR CAP OVER ASPIRATION", "IN FAVOUR OF DC TMRW", "mixed blessing - rate control better, BP lower",
        "BLESSING OF THE HANDS TODAY 3PM", "favour, please call me back"],
    );
  });

  it("takes a name after a role (GUARANTOR, VISITOR, PETITIONER, COWORKERS, LAWYER) as after a cue, an English word there only as a given name", () => {
    expectRedactions(
      [
        ["REG: GUARANTOR WISLANDE DORVIL, SSN 511-14-0650", "REG: GUARANTOR [NAME_1], SSN [SSN_1]"],
        ["GUARDIANSHIP HEARING FOR X, PETITIONER DIEUDONNÉ SAINT-LOUIS", "GUARDIANSHIP HEARING FOR X, PETITIONER [NAME_1]"],
        ["PT'S LAWYER GRACE COOK, GC@EXAMPLE.COM", "PT'S LAWYER [NAME_1], [EMAIL_1]"],
      ],
      ["VISITOR PARKING IS FULL", "GUARANTOR INFO UPDATED", "ATTORNEY BAR # PENDING", "3 COWORKERS SICK TOO", "LAWYER CALLED AGAIN", "VISITOR POLICY: 2 AT BEDSIDE"],
    );
  });

  it("takes a given name (even an everyday word) and a surname after a cue, a role or CONTACT when a phone number, an email or a comma closes them", () => {
    expectRedactions(
      [
        ["FUNERAL HOME CONTACT VIA SON ART HARDY 8298512407", "FUNERAL HOME CONTACT VIA SON [NAME_1] [PHONE_1]"],
        ["HOSPICE: DNR; CONTACT SANDY GRAY 377.423.1582", "HOSPICE: DNR; CONTACT [NAME_1] [PHONE_1]"],
        ["EMERGENCY CONTACT AMBER +84 90 860 0373", "EMERGENCY CONTACT [NAME_1] [PHONE_1]"],
        ["PEDS: FOSTER MOM MAY OYELARAN, DCFS CASE", "PEDS: FOSTER MOM [NAME_1], DCFS CASE"],
        ["BILLING: GUARANTOR ROCKY BANKS, BALANCE $2,340", "BILLING: GUARANTOR [NAME_1], BALANCE $2,340"],
      ],
      ["CONTACT ISOLATION, GOWN AND GLOVES", "CONTACT TRACING: 3 CASES, CDC AWARE", "SON AT BEDSIDE, AWARE OF PLAN", "WIFE IN TOWN, VISITING LATER", "MOM WILL STAY, DAD GOING HOME", "MOM MAY STAY, DAD AWARE", "SON WILL DRIVE, WIFE AWARE"],
    );
    // (A service, a desk, a staff member, a pager or a place after the cue is no one's name; the phone number stays a phone number.)
    leavesNames(["CONTACT DERM 555-201-7730", "DAUGHTER CELL 555-201-7730", "CONTACT DR PATEL 555-201-7730", "CONTACT POISON CONTROL 1-800-222-1222",
      "CONTACT MEDICAL RECORDS 555-201-7730", "CONTACT FRONT DESK 555-201-7730", "CONTACT CHARGE RN 555-201-7730", "CONTACT ON CALL 555-201-7730",
      "CONTACT PCP 555-201-7730", "SON PAGER 555-201-7730", "CONTACT MAIN LINE 555-201-7730", "CONTACT HOPE HOUSE 555-201-7730", "CONTACT PRIMARY TEAM 555-201-7730",
      "CONTACT SOCIAL WORK 555-201-7730", "SON WILL CALL 555-201-7730", "EMERGENCY CONTACT WORK 555-201-7730", "CONTACT PHARMACY 555-201-7730",
      "CONTACT BILLING 555-201-7730", "SON WILL BRING 555-201-7730", "CONTACT SUNNY ACRES 555-201-7730"]);
  });

  it("takes a given name and a surname (everyday words too) owning what only a person has, and a sure name owning a sensor, a wound or a hand", () => {
    expectRedactions(
      [
        ["CGM: BLESSING WHITE'S DEXCOM RECEIVER SN PENDING", "CGM: [NAME_1]'S DEXCOM RECEIVER SN PENDING"],
        ["KOREAN INTERP FOR JI-WOO SHIN'S CONSENT, OK", "KOREAN INTERP FOR [NAME_1]'S CONSENT, OK"],
        ["WOUND RN: TESFAYE'S DFU LOOKS BETTER", "WOUND RN: [NAME_1]'S DFU LOOKS BETTER"],
        ["XR SHOWS METAL FB IN NGOZI'S HAND", "XR SHOWS METAL FB IN [NAME_1]'S HAND"],
      ],
      ["CAN YOU RE-SEND PAT'S CONSENT?", "GOOD SAMARITAN'S RECORDS ARRIVED", "MERCY GENERAL'S PHONE IS DOWN", "HOLY CROSS'S PHONE", "CROHN'S MEDS", "GRAVES' DISEASE",
        "PARKINSON'S HAND TREMOR", "MEDTRONIC'S PUMP", "BLUE CROSS'S PLAN DENIED", "PT'S WIFE'S CAR", "X-RAY SMITH'S HAND", "FOLLOW-UP JONES'S RESULTS", "CHILD'S HAND XRAY",
        "RIGHT HAND'S WOUND", "DUPUYTREN'S HAND", "ON-CALL TEAM'S PHONE", "THE GRACE KELLY'S CAR"],
    );
  });

  it("takes 'Last, First' in capitals a record's field, a birth date's cue or a date closes, and after a list's ';' or ' / '", () => {
    expectRedactions(
      [
        ["HOSPICE REFERRAL CRANE, ROSE DOB 6.5.1983, LIVES ALONE", "HOSPICE REFERRAL [NAME_1] DOB [DATE_1], LIVES ALONE"],
        ["REGISTRATION - LOVE, TRINITY ADDRESS CHANGED", "REGISTRATION - [NAME_1] ADDRESS CHANGED"],
        ["SIGN-OUT: ADEBAYO, FAVOUR 15-FEB-1954; SHARP, PATIENCE 4/17/68. BOTH ON HEPARIN", "SIGN-OUT: [NAME_1] [DATE_1]; [NAME_2] [DATE_2]. BOTH ON HEPARIN"],
        ["AGE 92; DOB 1936-11-05; BOOTH, IRIS", "AGE [AGE_1]; DOB [DATE_1]; [NAME_1]"],
        ["DOB 11-DEC-1931 / ADM 18-MAR-2025 / DORVIL, WIDLINE", "DOB [DATE_1] / ADM [DATE_2] / [NAME_1]"],
        ["PSYCH EVAL: KERNIG, ROGER, DOB 8.12.1982", "PSYCH EVAL: [NAME_1], DOB [DATE_1]"],
        ["TRANSFER: WELLS, PATRICIA, INSURANCE PENDING", "TRANSFER: [NAME_1], INSURANCE PENDING"],
        ["SELF-PAY TEN BRINK, HUNTER, SSN PENDING", "SELF-PAY [NAME_1], SSN PENDING"],
      ],
      ["KERNIG, BRUDZINSKI NEG", "WELLS, CAPRINI LOW", "NEURO: ROMBERG, GAIT OK", "MEDS: LASIX, KEPPRA DOB CHECKED", "HOMANS, NEGATIVE", "BP 120/80; LASIX, KEPPRA",
        "REPORTS DV, SAFE ADDRESS ON FILE", "VITALS / PAIN, SWELLING / OK"],
    );
    // (A date's own label is no given name, nor a town's country; a surname found in a name before it takes no verb after its comma.)
    expect(found("L&D: G2P1 DEBRA CUSHING, EDD 3 FEB 2026, GBS NEG", "NAME").join()).not.toContain("EDD");
    expect(found("FROM TAMPERE, FINLAND 2/3/2024", "NAME")).toEqual([]);
    expect(found("MOM PITA O'DONNELL, BORN 2025-05-10 AT 34+2", "NAME").join()).not.toContain("BORN");
  });

  it("takes a surname 'O'', 'D'' or 'N'' opens wherever it stands in capitals, not 'O'CLOCK', a blood group or staff", () => {
    expectRedactions(
      [
        ["O'BRIEN - BDAY 4/11 (HE'LL BE 101)", "[NAME_1] - BDAY [DATE_1] (HE'LL BE [AGE_1])"],
        ["O'BRIEN / HALL BED 7 / DNR-DNI", "[NAME_1] / HALL BED 7 / DNR-DNI"],
        ["N'DIAYE FAMILY HERE", "[NAME_1] FAMILY HERE"],
      ],
      ["MEETING AT 3 O'CLOCK", "DR O'BRIEN AWARE", "L'HOPITAL'S RULE", "PT DIDN'T EAT, WON'T TAKE PO", "O'NEG BLOOD ON HOLD", "D'S AND C'S", "TYPE O'POS"],
    );
  });

  it("takes spaced initials a unit's bed, where the patient comes from, or an age and sex close in capitals", () => {
    expectRedactions(
      [
        ["RENAL Q: R. W. IN 4W-16, K 6.1", "RENAL Q: [NAME_1] IN 4W-16, K 6.1"],
        ["CT HEAD ON M. D., 105F, FALL", "CT HEAD ON [NAME_1], [AGE_1]F, FALL"],
        ["BH ED: H. K. FROM HOME, AGITATED", "BH ED: [NAME_1] FROM HOME, AGITATED"],
      ],
      ["SEEN BY M. D. FROM CARDS", "P. S. FROM THE FAMILY", "A. M. FROM HOME", "DR A. B. FROM CARDS", "VIT D. FROM DIET", "E. COLI FROM URINE", "B. P. FROM 180 TO 140",
        "I. V. FROM PHARMACY", "N. P. FROM CARDS", "O. T. FROM REHAB", "P. T. FROM REHAB", "S. W. FROM CM", "P. O. FROM TODAY"],
    );
  });

  it("takes a given name and a surname alone in brackets, one surely a name or a relative's word before, and a listed given name before them", () => {
    expectRedactions(
      [
        ["PLS WATCH EMMY (AMA BALOGUN) TONIGHT", "PLS WATCH [NAME_1] ([NAME_2]) TONIGHT"],
        ["FOR ICH; FAMILY (ROYAL YOUNG) DRIVING IN", "FOR ICH; FAMILY ([NAME_1]) DRIVING IN"],
      ],
      ["PAID (GRACE PERIOD) OK", "DISCHARGE (WILL CALL)", "ELIQUIS (MAY HOLD)", "COPAY (CHASE BANK) DECLINED", "RASH (ROSE BENGAL) STAIN", "TX (JACK KNIFE) POSITION",
        "SEDATION (MAX DOSE) REACHED", "KNEE (BAKER CYST)", "PAIN (SHARP, STABBING)", "HEART (SINUS RHYTHM)", "ABX (DREW CULTURES)", "PICC (ART LINE)", "CODE (RAY WHITE) ANNOUNCED"],
    );
  });
});
