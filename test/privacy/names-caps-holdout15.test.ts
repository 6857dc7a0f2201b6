// Names in text typed all in capitals (held-out corpus 15): a capital shows nothing there, so a slot, a cue, a listed name
// and what closes a person's name must. Invented names; clinical capitals, eponyms, drugs, units and headers must stay.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { expectRedactions, found, leavesNames } from "./casings.ts";

describe("names in capitals (holdout 15 classes)", () => {
  it("takes a census row of surnames each before a bracketed bed, two of them surely names, an eponym too", () => {
    expectRedactions(
      [
        ["MICU CENSUS: OKONKWO (12B), HALVORSEN (4N-7), BABINSKI (3)", "MICU CENSUS: [NAME_1] (12B), [NAME_2] (4N-7), [NAME_3] (3)"],
        ["BURN UNIT CENSUS: KOWALCZYK (22), ABERNATHY (9A)", "BURN UNIT CENSUS: [NAME_1] (22), [NAME_2] (9A)"],
      ],
      ["MEDS: LASIX (40), COREG (6), KEPPRA (500)", "SCORES: WELLS (4), CAPRINI (3), BRADEN (14)", "ELYTES: NA (134), K (3), MG (2)", "CENSUS: ICU (12), STEPDOWN (8), FLOOR (30)"],
    );
  });

  it("takes one or two name words a slot opens before a bracketed record's cue", () => {
    expectRedactions(
      [
        ["NEURO: HALVORSEN (MRN 448-120-771) NEW WEAKNESS", "NEURO: [NAME_1] (MRN [MRN_1]) NEW WEAKNESS"],
        ["CARDS - TEODORA VUKOVIC (DOB 3/4/1950) AFIB", "CARDS - [NAME_1] (DOB [DATE_1]) AFIB"],
      ],
      ["NEURO: NIHSS 4 (DOB VERIFIED)", "CARDS: ECHO (DOB VERIFIED) DONE"],
    );
    leavesNames(["LABS (MRN 448-120-771) PENDING", "CT HEAD (MRN 448120771) NEG", "URO: CYSTO (MRN 448120771) TMRW"]);
  });

  it("takes a name after an owner's or signer's cue ('REGISTERED TO', 'BELONGING TO', 'SIGNED BY') that punctuation closes", () => {
    expectRedactions(
      [
        ["SCOOTER BELONGING TO DRAGOMIR PETRESCU, AT SECURITY", "SCOOTER BELONGING TO [NAME_1], AT SECURITY"],
        ["CAR REGISTERED TO OKONKWO, TOWED", "CAR REGISTERED TO [NAME_1], TOWED"],
        ["WAIVER SIGNED BY ILEANA MORETTI-VOSS, MBI PENDING", "WAIVER SIGNED BY [NAME_1], MBI PENDING"],
      ],
      ["CONSENT SIGNED BY ATTENDING, OK", "REGISTERED TO VOTE", "BELONGS TO THE PHARMACY, RETURN IT", "SIGNED BY DR. OKAFOR, IN CHART", "ISSUED TO NURSING, 2 PUMPS"],
    );
  });

  it("takes a given name and a surname between a giving verb and 'HER'/'HIS', and after a verb whose object is a patient", () => {
    expectRedactions(
      [
        ["PLS BRING WAYOLE MENSAH HIS GLASSES FROM HOME", "PLS BRING [NAME_1] HIS GLASSES FROM HOME"],
        ["SEEING WAYOLE OKONJO (91) TODAY", "SEEING [NAME_1] ([AGE_1]) TODAY"],
        ["ADMITTING WAYOLE MENSAH, 71M, FROM ED", "ADMITTING [NAME_1], 71M, FROM ED"],
      ],
      ["PLS GIVE PT HER MEDS", "BRING GRACE PERIOD HER FORMS", "PLS GIVE TYLENOL HER DOSE IS DUE", "SEEING PATIENTS IN CLINIC", "ADMITTING TEAM AWARE, MRN PENDING", "SAW CARDIOLOGY (TODAY) FOR AF"],
    );
  });

  it("takes a two-word Native American surname a line opens before what a patient does", () => {
    expectRedactions(
      [["UPDATE: SPOTTED BEAR EXTUBATED AT 0300", "UPDATE: [NAME_1] EXTUBATED AT 0300"]],
      ["UPDATE: RED BULL ON THE TRAY", "LITTLE BIRD TOLD ME", "BLACK BEAR SIGHTED IN LOT"],
    );
  });

  it("takes a surname surely one a sentence or slot opens before what a person does, a bed, a device's serial or a record's cue", () => {
    expectRedactions(
      [
        ["HALVORSEN CAN'T GO HOME TODAY", "[NAME_1] CAN'T GO HOME TODAY"],
        ["TRANSPORT: NGUYEN-TRAN NEEDS A WHEELCHAIR VAN", "TRANSPORT: [NAME_1] NEEDS A WHEELCHAIR VAN"],
        ["CNA: VIRTANEN BED 14: I&O 300/200", "CNA: [NAME_1] BED 14: I&O 300/200"],
        ["CHARGE: OKONKWO 512B TO MICU", "CHARGE: [NAME_1] 512B TO MICU"],
        ["INS VERIFIED — KOWALCZYK, DOB 1/2/1950", "INS VERIFIED — [NAME_1], DOB [DATE_1]"],
        ["INSULIN PUMP HALVORSEN SN 4470918823, RECALLED", "INSULIN PUMP [NAME_1] SN [DEVICE_1], RECALLED"],
      ],
      ["LASIX CAN'T GO IV", "TRANSPORT: STRETCHER NEEDS O2", "CNA: HALLWAY BED 14: I&O", "PEDS: WEIGHT-BASED PRECEDEX, DOUBLE CHECK", "CO SAYS HE WILL RETURN"],
    );
    leavesNames(["PUMP SN 4470918823 RECALLED", "ALARIS SN 4470918823 RECALLED"]);
  });

  it("takes a surname surely one owning anything (not a sign's or a disease's eponym), and a stimulator or breathing machine as a person's", () => {
    expectRedactions(
      [
        ["CAN SOMEONE CHECK ON HALVORSEN'S BACTRIM?", "CAN SOMEONE CHECK ON [NAME_1]'S BACTRIM?"],
        ["ANNELI VIRTANEN'S VNS SERIAL PENDING", "[NAME_1]'S VNS SERIAL PENDING"],
      ],
      ["LEVINE'S SIGN + CHEST PAIN", "WILSON'S DISEASE - CERULOPLASMIN LOW", "CROHN'S FLARE AGAIN", "DR. HALVORSEN'S PATIENT", "GRAVES' DISEASE"],
    );
  });

  it("takes after 'FOR' a surname surely one a colon, a person's act or a record's cue closes, and a spoken word no list holds a colon closes", () => {
    expectRedactions(
      [
        ["ACCT 4410-2290 FOR HALVORSEN SHOWS SELF-PAY", "ACCT [ACCOUNT_1] FOR [NAME_1] SHOWS SELF-PAY"],
        ["MEDS TO BEDS FOR TEGWARADR: METFORMIN", "MEDS TO BEDS FOR [NAME_1]: METFORMIN"],
        ["AMBULANCE BILL FOR WAYOLE KOWALCZYK, RUN # R1234567", "AMBULANCE BILL FOR [NAME_1], RUN # [ID_1]"],
      ],
      ["CONSULT FOR TAVI: YES", "ORDERS FOR LASIX: 40 IV", "RX FOR SEMAGLUTIDE: DENIED", "WORKUP FOR MALIGNANCY: CT", "CRITERIA FOR SEPSIS: MET", "PLAN FOR TONIGHT: NPO"],
    );
  });

  it("takes a given name and a surname a sentence or slot opens before what a person does, after a room's code, or before a person's predicate with an eponym as the surname", () => {
    expectRedactions(
      [
        ["ANNELI VIRTANEN NEEDS A RIDE HOME", "[NAME_1] NEEDS A RIDE HOME"],
        ["FALL RISK 512B DRAGOMIR PETRESCU - YELLOW SOCKS", "FALL RISK 512B [NAME_1] - YELLOW SOCKS"],
        ["THANKS! ROGER ADDISON IS RESTING NOW", "THANKS! [NAME_1] IS RESTING NOW"],
      ],
      ["GRACE PERIOD ENDS FRIDAY", "BELL PALSY IS RESOLVING", "HOPE LODGE NEEDS A FORM", "ROOM 512B LASIX - GIVEN", "BED 4 HOT PACK - APPLIED", "GENE THERAPY IS PENDING"],
    );
  });

  it("takes a nickname before a bracket holding a found name, a particle's hyphenated surname, and a surname after a consulting service's label", () => {
    expectRedactions(
      [
        ["BISCUIT (ANNELI VIRTANEN) IS BACK AGAIN", "[NAME_1] ([NAME_2]) IS BACK AGAIN"],
        ["TER-MINASYAN: LAST SEEN WELL AT 0100", "[NAME_1]: LAST SEEN WELL AT 0100"],
        ["RHEUM: HALVORSEN GOUT FLARE, ON COLCHICINE", "RHEUM: [NAME_1] GOUT FLARE, ON COLCHICINE"],
      ],
      ["RHEUM: GOUT FLARE, ON COLCHICINE", "GI: EGD TMRW", "NEURO: NIHSS 4", "AL-ANON MEETING TONIGHT", "DE-ESCALATE ABX", "PEDS: TYLENOL IS OK"],
    );
  });

  it("takes a surname before 'FAMILY (' or 'FAMILY FROM', never English words a hyphen joins", () => {
    expectRedactions(
      [
        ["KOWALCZYK FAMILY (WIFE AND KIDS) VISITING", "[NAME_1] FAMILY (WIFE AND KIDS) VISITING"],
        ["HALVORSEN FAMILY FROM OUT OF STATE", "[NAME_1] FAMILY FROM OUT OF STATE"],
      ],
      ["SINGLE-PARENT FAMILY, NEEDS SW", "HOST FAMILY FROM CHURCH", "NAVAJO FAMILY (4) VISITING", "single-parent family, needs sw"],
    );
  });

  it("takes 'Last, First' after a verb whose object is a patient or a consult, and a name after a manager's or a proxy's role before a phone", () => {
    expectRedactions(
      [
        ["ADMITTING KOWALCZYK, ANNELI FROM ED", "ADMITTING [NAME_1] FROM ED"],
        ["PALLIATIVE CONSULT GELADZE, TAMRIKO, 99M, CHF", "PALLIATIVE CONSULT [NAME_1], [AGE_1]M, CHF"],
        ["GROUP HOME MGR YVETTAR 453-7758", "GROUP HOME MGR [NAME_1] [PHONE_1]"],
      ],
      ["ADMITTING TEAM, PLEASE CALL", "PALLIATIVE CONSULT PLACED, FAMILY AWARE"],
    );
    leavesNames(["CASE MGR THERE: 555-201-7730", "MGR ON DUTY 555-201-7730", "HCP ON FILE 555-201-7730"]);
    expect(found("GROUP HOME MGR YVETTAR 453-7758", "NAME")).toEqual(["YVETTAR"]);
  });

  it("takes the first words of a label's comma list of 'NAME STATUS' items, two surely names, and a surname surely one after a device's word and ON", () => {
    expectRedactions(
      [
        ["HUDDLE: OKONKWO FALL RISK, ETXEBARRENA NPO, HALVORSEN ISOLATION", "HUDDLE: [NAME_1] FALL RISK, [NAME_2] NPO, [NAME_3] ISOLATION"],
        ["PUMP 7B22QX ON KOWALCZYK ALARMED TWICE", "PUMP [DEVICE_1] ON [NAME_1] ALARMED TWICE"],
      ],
      ["ABX: CEFTRIAXONE DAY 3, AZITHRO DAY 2, VANC STOPPED", "HUDDLE: BED 4 FALL RISK, BED 7 NPO, BED 9 ISOLATION", "PUMP ON HOLD ALARMED", "PUMP ON LASIX DRIP ALARMED"],
    );
    // ("Last, First" and what follows is no list of items: "PHAM, KALINDA, UNHCR NO.".)
    expect(redact("REFUGEE CLINIC: OKONKWO, ADAEZE, UNHCR NO. 285-13C03443").text).toContain("UNHCR");
    leavesNames(["RNS: TODAY FLOAT, CHARGE, SITTER"]);
  });

  it("takes a pair a line opens before a dash or comma and an age over 89 (a bracketed nickname between), and an eponym found as a name again before what a person does", () => {
    expectRedactions(
      [
        ["OKONKWO-ABARA TEMITOPE (SUNNY) — 93, MEMORY CARE", "[NAME_1] ([NAME_2]) — 93, MEMORY CARE"],
        ["MICU CENSUS: OKONKWO (12B), HALVORSEN (4N-7), BABINSKI (3) — BABINSKI GOING TO REHAB", "MICU CENSUS: [NAME_1] (12B), [NAME_2] (4N-7), [NAME_3] (3) — [NAME_3] GOING TO REHAB"],
      ],
      ["PLATELETS LOW — 91, RECHECK", "BP CUFF — 95, ON RA", "BABINSKI UPGOING, HOFFMAN NEG", "GRACE PERIOD — 90, DAYS LEFT"],
    );
  });

  it("takes a two-word Native American surname before a bed, an age or a record's cue, a spoken word no list holds before what only a patient undergoes, and particles' surnames", () => {
    expectRedactions(
      [
        ["SPOTTED BEAR (HALL BED 3) AGITATED OVERNIGHT", "[NAME_1] (HALL BED 3) AGITATED OVERNIGHT"],
        ["DYANI SPOTTED BEAR, 31F, CHEST PAIN", "[NAME_1], 31F, CHEST PAIN"],
        ["UPDATE: TAUOLOHEMA EXTUBATED AT 2 PM", "UPDATE: [NAME_1] EXTUBATED AT 2 PM"],
        ["VAN DER MOLENAAR CASE: AUTH DENIED", "[NAME_1] CASE: AUTH DENIED"],
        ["PLS UPDATE ADDRESS FOR DE LOS REYES: NEW ONE ON FILE", "PLS UPDATE ADDRESS FOR [NAME_1]: NEW ONE ON FILE"],
        ["TRANSPORT: PICKUP WAYOLE MENSAH AT 48 ELM ST", "TRANSPORT: PICKUP [NAME_1] AT [ADDRESS_1]"],
      ],
      ["UPDATE: VENTILATOR EXTUBATED? NO", "VAN PICKUP AT 3", "SHARPS BIN FULL", "DE NOVO AF, RVR", "BLACK BEAR (BED BUG?) NO", "PT INTUBATED AT 2 PM", "UPDATE: PROPOFOL EXTUBATED"],
    );
  });

  it("takes after 'W' (with) a surname surely one that punctuation or the end closes", () => {
    expectRedactions(
      [["PLS RECHECK THE SSN W HALVORSEN.", "PLS RECHECK THE SSN W [NAME_1]."]],
      ["WON'T TAKE HIM W CAP.", "SPOKE W FAMILY.", "ON ABX W VANC.", "F/U W DERM.", "D/C HOME W HH.", "SPOKE W GRACE."],
    );
  });

  it("takes the first words of a list's lines when two of them are surely names, and a surname after VISIT a colon or a date closes", () => {
    expectRedactions(
      [
        ["LIST FOR AM:\n- HALVORSEN (101) AMS\n- KOWALCZYK GUILLAIN-BARRÉ\n- OKONKWO - DC HOME", "LIST FOR AM:\n- [NAME_1] ([AGE_1]) AMS\n- [NAME_2] GUILLAIN-BARRÉ\n- [NAME_3] - DC HOME"],
        ["HOME VISIT ETXEBARRENA: GATE CODE 4411, DOG FRIENDLY", "HOME VISIT [NAME_1]: GATE CODE 4411, DOG FRIENDLY"],
        ["HOSPICE VISIT HALVORSEN 12 AUG: RR 18", "HOSPICE VISIT [NAME_1] [DATE_1]: RR 18"],
      ],
      ["MEDS:\n- LASIX 40\n- KEPPRA 500\n- COREG 6.25", "PROBLEMS:\n- SEPSIS - IMPROVING\n- AKI - BETTER\n- CHF - DIURESING", "TODO:\n- CALL PHARMACY\n- WEAN O2\n- PT/OT",
        "HOME VISIT: GATE CODE 4411", "HOME VISIT TOMORROW: 10 AM", "CLINIC VISIT NEXT WEEK: OK", "HOME VISIT SCHEDULED 2 WEEKS OUT"],
    );
  });
});
