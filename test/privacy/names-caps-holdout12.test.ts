// Names in text typed all in capitals (held-out corpus 12, session 13): a capital shows nothing there, so an age, a kin
// bracket, a slot's opening or a surname surely one must. Invented names; clinical capitals must stay.
import { describe, expect, it } from "vitest";
import { expectRedactions, found, leavesType } from "./casings.ts";

/** No name taken from any of `texts` (they may hold other identifiers). */
function leavesNames(texts: string[]): void {
  for (const t of texts) expect(found(t, "NAME"), t).toEqual([]);
}

describe("names in capitals (holdout 12 classes)", () => {
  it("takes two name words a line or a dash opens and an age after a dash, a bracket or a comma closes", () => {
    expectRedactions(
      [
        ["GRANT HOLLOWAY - 88YO - WRIST FX - FOR REHAB", "[NAME_1] - 88YO - WRIST FX - FOR REHAB"],
        ["NEPHRO Q - DARIUSZ KOWALCZYK (77M), CR 3.1", "NEPHRO Q - [NAME_1] (77M), CR 3.1"],
        ["ADMIT: IVY MARSH, 64F, CELLULITIS", "ADMIT: [NAME_1], 64F, CELLULITIS"],
      ],
      ["HIP FX - 88YO - FOR REHAB", "CHEST PAIN - 45M", "CODE BROWN - 88F", "BELL PALSY - 45F", "LASIX DRIP - 80YO", "NEW ADMIT - 72YO - SEPSIS",
        "ED TRIAGE: SYNCOPE, 78M", "GRANT ROAD - 80YO"],
    );
    leavesNames(["DR. PATEL - 90YO", "FALL RISK - 90YO", "DR PATEL (71F) CONSULTED"]);
  });

  it("takes a word no list or English list holds before a listed surname no English word, where a sentence or label opens or after 'IS'", () => {
    expectRedactions(
      [
        ["TSEGAYE KOWALCZYK: LABS DRAWN, K 5.9", "[NAME_1]: LABS DRAWN, K 5.9"],
        ["DAUGHTER CALLED. SHE IS ZINHLE VIRTANEN. CALL BACK", "DAUGHTER CALLED. SHE IS [NAME_1]. CALL BACK"],
      ],
      ["ROLLATOR WALKER IS BROKEN", "MOUNJARO COVERAGE: DENIED", "KEYTRUDA CYCLE 3: HELD", "TIKOSYN LOAD IS DONE", "GENTAMICIN TROUGH: 2", "HE IS AFEBRILE TODAY",
        "HE IS NPO AFTER MN", "ABILIFY MAINTENA: DUE"],
    );
  });

  it("takes a name a bracket its kin opens as an apposition: a comma after the kin, or a name found after it", () => {
    expectRedactions(
      [
        ["TALKED TO HARMONY (PT'S NIECE, NOT STAFF) AT BEDSIDE", "TALKED TO [NAME_1] (PT'S NIECE, NOT STAFF) AT BEDSIDE"],
        ["CALL GURPREET (HUSBAND, SPEAKS PUNJABI) FIRST", "CALL [NAME_1] (HUSBAND, SPEAKS PUNJABI) FIRST"],
        ["NICU: BABY BOY TUIASOSOPO (MOM ROSA KOWALCZYK) AT 31W", "NICU: BABY BOY [NAME_1] (MOM [NAME_2]) AT 31W"],
      ],
      ["CALLED HOME (WIFE ANSWERED)", "UPDATED FAMILY (WIFE) AT BEDSIDE", "DISCUSSED WITH POA (DAUGHTER)", "SPOKE TO CHAPLAIN (PT'S SISTER ASKED)",
        "LEFT VM FOR SISTER (PT'S SISTER)", "CONSENT BY PHONE (SON)", "ORDERED UBER (SON TO PAY)", "USE MYCHART (SON HAS ACCESS)", "SIGNED MOLST (SON, HCP)",
        "VIA DOXY (SON, ABROAD)", "REVIEWED WILL (SON, EXECUTOR)", "CALLED BACK (WIFE, NO ANSWER)"],
    );
  });

  it("takes one to three single name words in brackets after a relative's word, one of them no English word", () => {
    expectRedactions(
      [
        ["FAMILY (GURPREET, OLUMIDE) AT BEDSIDE", "FAMILY ([NAME_1]) AT BEDSIDE"],
        ["PLS ASK FAMILY (THANH) ABOUT THE PHOTOS", "PLS ASK FAMILY ([NAME_1]) ABOUT THE PHOTOS"],
      ],
      ["FAMILY (NONE AT BEDSIDE)", "FAMILY (ZOOM) UPDATED", "FAMILY (SPANISH, TAGALOG)", "SON (ICU RN) AWARE", "FAMILY (HTN, DM) HX", "FAMILY (DAUGHTER, SON) AWARE",
        "FAMILY (ABSENT)", "FAMILY (SAMOAN, TONGAN)", "FAMILY (NAVAJO) AT BEDSIDE", "FAMILY (MYCHART)", "SON (TELECONF)", "FAMILY (KINYARWANDA)"],
    );
  });

  it("takes a listed given name and a listed surname no English word right after an age", () => {
    expectRedactions(
      [
        ["EIGHTY-YEAR-OLD GRANT KOWALCZYK FELL AT HOME", "EIGHTY-YEAR-OLD [NAME_1] FELL AT HOME"],
        ["72 YO ROSE VIRTANEN IN 4", "72 YO [NAME_1] IN 4"],
      ],
      ["80 YO WHITE MALE", "80-YEAR-OLD WHITE FEMALE", "80 YO MALE HOMELESS", "THE 78-YEAR-OLD JUNE ADMIT", "72 YO GRAVES DISEASE"],
    );
  });

  it("takes a listed surname no English word whose room, bed or PEG a possessive names, no eponym's", () => {
    expectRedactions(
      [
        ["CONSENT FOR KOWALCZYK'S PEG SIGNED", "CONSENT FOR [NAME_1]'S PEG SIGNED"],
        ["SOMEONE SHARED VIRTANEN'S ROOM NUMBER", "SOMEONE SHARED [NAME_1]'S ROOM NUMBER"],
      ],
      ["CROHN'S SURGERY CONSULT", "BELL'S ROOM", "GRAVES' LABS PENDING", "HASHIMOTO'S LABS PENDING", "ADDISON'S MEDS DUE", "ASHERMAN'S SURGERY",
        "SCHATZKI'S DISCHARGE", "PATIENT'S ROOM", "CHAPLAIN'S ROOM", "TODAY'S PEG", "FOLEY'S BED"],
    );
  });

  it("takes a nickname that is an everyday word before a sure surname, a slot opening and an age closing them", () => {
    expectRedactions([["ED TRIAGE: BUD KOWALCZYK, 88M, FALL", "ED TRIAGE: [NAME_1], 88M, FALL"]],
      ["ED TRIAGE: CHEST PAIN, 88M", "TRIAGE: FALL RISK, 88F", "DX: LEFT HIP FX, 88M", "ADMIT: RIGHT OKAFOR, 80F"]);
  });

  it("takes a given name, a dotted initial and a surname a line or bullet opens before what closes a slot", () => {
    expectRedactions([["• ROSA M. TUIASOSOPO - DC TMRW TO SNF", "• [NAME_1] - DC TMRW TO SNF"]],
      ["• VITAMIN D. LEVEL - LOW", "• KLEBSIELLA K. PNEUMONIAE - ESBL", "• HEPATITIS B. SEROLOGY - PENDING", "• STAGE C. HF - GDMT", "• TYPE A. DISSECTION - CT", "• E. COLI UTI - CTX"]);
  });

  it("takes a listed name no English word a line opens before a bracketed bed", () => {
    expectRedactions([["• KOWALCZYK (BED 12) - T 39.2", "• [NAME_1] (BED 12) - T 39.2"]],
      ["• PACU (BED 3) - HOLD", "• ISOLATION (RM 4)", "• FOLEY (BED 3)", "• TELE (BED 3)", "• DIALYSIS (BED 3)", "• NICU (BED 3)"]);
  });

  it("takes a sure surname a line opens before a stay's word and its date", () => {
    expectRedactions([["SZCZEPANSKI READMITTED 2023-01-04", "[NAME_1] READMITTED [DATE_1]"]], []);
    leavesNames(["CHF ADM 2023-01-04", "HIP ADM 2023-01-04", "COVID ADM 2023-01-04, DC 2023-01-09"]);
  });

  it("takes a label's subject who died or eloped as a sentence's", () => {
    expectRedactions([["HOSPICE RN: KOWALCZYK DIED AT HOME", "HOSPICE RN: [NAME_1] DIED AT HOME"]], ["PLAN: VANCO DIED?", "UPDATE: ZOLL DIED AGAIN", "NOTE: GLUCOMETER DIED"]);
  });
  it("takes two everyday words before a date only as a listed given name and a listed surname, no stay's word as a name", () => {
    expectRedactions([["ROSE WHITE 04SEP1950 FOR LABS", "[NAME_1] [DATE_1] FOR LABS"]], []);
    leavesNames(["PDMP: 2 PRESCRIBERS, LAST FILL 12-10-2019 AT CVS", "LATE DOSE 3/4/2024 GIVEN", "CHF ADM 3/2/21"]);
  });
  it("takes a word no list holds before a surname after a verb whose object is a person, and a surname that is a word when a person's predicate or a letter beyond ASCII shows it", () => {
    expectRedactions(
      [
        ["EMS BROUGHT ZBYSZKO KOWALCZYK FROM HOME", "EMS BROUGHT [NAME_1] FROM HOME"],
        ["EMS BROUGHT BOGUSŁAW LONG FROM THE FARM", "EMS BROUGHT [NAME_1] FROM THE FARM"],
        ["TAMIZHARASI WHITE IS READY, RIDE IS NOT", "[NAME_1] IS READY, RIDE IS NOT"],
      ],
      ["ROLLATOR WALKER IS BROKEN", "PYXIS CART IS READY", "BIPAP MASK IS READY", "OMNICELL CART IS HERE", "EMS BROUGHT NARCAN KIT FROM HOME", "BROUGHT BIPAP MASK FROM HOME",
        "BROUGHT ROLLATOR WALKER FROM HOME", "PT BROUGHT ELIQUIS BROWN BAG"],
    );
  });

  it("joins a Welsh particle and a listed name no English word to a found name; AP stays a view", () => {
    expectRedactions([["PT ROSA AP GWILYM LEFT AMA", "PT [NAME_1] LEFT AMA"]], []);
    // (Main's particle runs since e27632b take "AP VIEW" as a surname that is also a word after a found name: left to that rule.)
    for (const t of ["PT ROSA KOWALCZYK AP LATERAL", "PT ROSA KOWALCZYK AP PELVIS"]) expect(found(t, "NAME"), t).toEqual(["ROSA KOWALCZYK"]);
  });
  it("takes reported speech's subject who turned an age or died, and a listed given name and surname, both words, a person's predicate follows", () => {
    expectRedactions(
      [
        ["DAD SAYS HUNTER TURNED 93 LAST WEEK", "DAD SAYS [NAME_1] TURNED [AGE_1] LAST WEEK"],
        ["ED: GRACE FIELDS BROUGHT BY EMS, ON ELIQUIS", "ED: [NAME_1] BROUGHT BY EMS, ON ELIQUIS"],
      ],
      ["RN SAYS PUMP DIED AGAIN", "HE SAID IT TURNED 4 TODAY", "PLAN: WILL PAGE IS READY", "TELE: CRYSTAL LAKE CALLED", "NOTE: CODE BLUE CALLED", "UPDATE: GRANT FUNDING IS READY",
        "TODAY: AUGUST GREEN IS HERE"],
    );
  });

  it("takes no verb's shorthand in 'D as a name before an ID cue", () => {
    leavesNames(["PULLED HIS IV AGAIN. SITTER REQ'D. MRN 5320666"]);
  });
  it("takes what a person goes by before a bracket holding a found name, and a nickname in brackets between a given name and a surname an age closes", () => {
    expectRedactions(
      [
        ["FREQUENT FLYER TITO (ROSA M KOWALCZYK) BACK AGAIN", "FREQUENT FLYER [NAME_1] ([NAME_2]) BACK AGAIN"],
        ["S: AUTUMN (SULLY) TUIASOSOPO, 88M", "S: [NAME_1] ([NAME_2]) [NAME_3], 88M"],
      ],
      ["S: CHEST (PA) XRAY, 88M", "ADMIT: HIP (LEFT) FX, 80F", "ADMIT: CHF (HFREF) EXACERBATION, 80F", "LASIX (FUROSEMIDE) GTT, 80F", "DX: LEFT (DOMINANT) HEMIPARESIS, 80F"],
    );
    leavesNames(["PCP (DR ROSA KOWALCZYK) AWARE"]);
  });
});

describe("an eponym's possessive before what a person has (any casing)", () => {
  it("leaves the disease's labs and meds", () => {
    expectRedactions([["got kowalczyk's labs back", "got [NAME_1]'s labs back"]], []);
    for (const keep of ["Hashimoto's labs pending", "Addison's meds due", "Parkinson's meds at 0600"]) leavesType(keep, "NAME");
  });
});
