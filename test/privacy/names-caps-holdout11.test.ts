// Names in text typed all in capitals (held-out corpus 11, session 12): a capital shows nothing there, so a slot, a list's
// shape or the name lists must. Invented names; clinical capitals must stay.
import { describe, expect, it } from "vitest";
import { expectRedactions, found } from "./casings.ts";

/** No name taken from any of `texts` (they may hold other identifiers). */
function leavesNames(texts: string[]): void {
  for (const t of texts) expect(found(t, "NAME"), t).toEqual([]);
}

describe("names in capitals (holdout 11 classes)", () => {
  it("takes a list of three surnames 'all' or 'both' sums up, a word no list or English list holds among them", () => {
    expectRedactions(
      [
        ["SZABO / SUNDQVIST / NAKASHIMA ALL NEED AM LABS", "[NAME_1] / [NAME_2] / [NAME_3] ALL NEED AM LABS"],
        ["KAUR, OYELARAN, HALVORSEN ALL NPO AFTER MN", "[NAME_1], [NAME_2], [NAME_3] ALL NPO AFTER MN"],
        // (Summed up, one surname listed and no English word is enough.)
        ["PARK / SZABO / OYELARAN ALL NEED AM LABS", "[NAME_1] / [NAME_2] / [NAME_3] ALL NEED AM LABS"],
      ],
      ["CBC / BMP / LFTS ALL NEED REDRAW", "VANC / ZOSYN / FLAGYL ALL STOPPED", "PT / OT / SLP ALL SIGNED OFF", "LASIX / METOPROLOL / LISINOPRIL ALL HELD",
        "CEFEPIME / DAPTOMYCIN / MICAFUNGIN ALL DC'D", "MICU / SICU / CVICU ALL FULL", "KEPPRA / VIMPAT / ONFI ALL GIVEN", "LASIX / KAUR / METOPROLOL ALL HELD", "BROWN / GREEN / CLEAR ALL SEEN"],
    );
  });

  it("takes two name words before 'JR.' or 'SR.', one of them listed, the suffix with them", () => {
    expectRedactions(
      [
        ["WILLIAM OYELARAN JR. VS SR. — SR. IS THE PT", "[NAME_1] VS SR. — SR. IS THE PT"],
        ["PT IS HUGO STONE SR., 88", "PT IS [NAME_1], 88"],
      ],
      ["CONTINUE BUPROPION SR. 150", "HOME WELLBUTRIN SR. AND METOPROLOL SR.", "START NIFEDIPINE SR. 30", "GAVE KEPPRA SR. TODAY", "NSR SR. 70S", "SR. IS THE PT"],
    );
  });

  it("takes who a patient is after 'WHO HAS' and before the question mark: a listed name no English word, or any name-shaped word when an age follows", () => {
    expectRedactions(
      [
        ["WHO HAS SUNDQVIST? THE 93 YO IN BED 4", "WHO HAS [NAME_1]? THE [AGE_1] YO IN BED 4"],
        ["WHO HAS KAUR?", "WHO HAS [NAME_1]?"],
        ["WHO SAW OYELARAN-BEN? 88 Y/O IN RM 3", "WHO SAW [NAME_1]? 88 Y/O IN RM 3"],
      ],
      ["WHO HAS COVID? BED 4 AND BED 6", "WHO HAS THE PAGER?", "WHO HAS MICU? BED 4 CRASHING", "WHO HAS COVERAGE?", "WHO HAS CARDS? BED 9 TROP UP", "WHO HAS NEURO? 40 YO STROKE", "WHO HAS PACU TODAY?"],
    );
  });

  it("takes the word opening a sentence before 'eloped', in any case: only a person elopes", () => {
    expectRedactions(
      [
        ["URGENT!! OYELARAN ELOPED, LAST SEEN 0400", "URGENT!! [NAME_1] ELOPED, LAST SEEN 0400"],
        ["urgent!! sundqvist eloped", "urgent!! [NAME_1] eloped"],
        ["Nakashima eloped from 4W", "[NAME_1] eloped from 4W"],
      ],
      ["URGENT!! PT ELOPED", "URGENT!! SHE ELOPED", "RESIDENT ELOPED FROM 4W", "CODE GREEN: 4W ELOPED", "TELE ELOPED?", "Pt eloped overnight"],
    );
  });

  it("takes the words opening a contact list's line before a dash, a relative's word and a phone number", () => {
    expectRedactions(
      [
        ["CONTACTS\nROSALIND OYELARAN — SISTER — 555 201 7730\nHUGO STONE - SON - (555) 201-7731", "CONTACTS\n[NAME_1] — SISTER — [PHONE_1]\n[NAME_2] - SON - [PHONE_2]"],
        ["- TAVITA SUNDQVIST — NIECE — 1-555-201-7730", "- [NAME_1] — NIECE — [PHONE_1]"],
      ],
      ["UPDATE GIVEN — SON — AT BEDSIDE", "NO CONTACT — MOTHER — DECEASED"],
    );
    leavesNames(["EMERGENCY CONTACT — MOTHER — 555 201 7730", "CALL BACK — SON — 555 201 7730", "PCP OFFICE — DAUGHTER — 555 201 7730", "CONTACTS\nHOME — WIFE — 555 201 7730"]);
  });

  it("takes, after a name found and 'AND', a name word and a surname surely one, or a list's last given name a bracket closes", () => {
    expectRedactions(
      [
        ["NAME ALERT 4W: TAVITA KAUR AND GRANT OYELARAN BOTH HERE", "NAME ALERT 4W: [NAME_1] AND [NAME_2] BOTH HERE"],
        ["SONS: TOMAS, LEIF, AND SUNNIVA (TWINS) — AWARE", "SONS: [NAME_1], AND [NAME_2] (TWINS) — AWARE"],
      ],
      ["SEEN KAUR AND CHASE LABS", "KAUR ON LASIX AND GRANT PROTOCOL", "KAUR AND PICC LINE TEAM", "KAUR AND MAY NEED CT", "KAUR AND MARK SITE"],
    );
  });

  it("takes a list of kin after their label in the plural and its colon, one name there no English word", () => {
    expectRedactions(
      [
        ["SONS: HUGO, PATIENCE, AND SUNNIVA (TWINS) — AWARE", "SONS: [NAME_1], AND [NAME_2] (TWINS) — AWARE"],
        ["DAUGHTERS: WILL AND BJØRN", "DAUGHTERS: [NAME_1] AND [NAME_2]"],
      ],
      ["CHILDREN: NONE", "KIDS: 2, BOTH AT SCHOOL", "SONS: AWARE AND AGREE", "PARENTS: MOM AND DAD", "PARENTS: AWARE, AGREE WITH PLAN", "SISTERS: MAY AND JUNE VISITS", "ALLERGIES: PCN, SULFA"],
    );
  });

  it("takes 'Last, First' in capitals a bracket holds, one of the two listed and no other word", () => {
    expectRedactions(
      [
        ["MRN 123 AND MRN 456 ARE SAME PT (KAUR, MIN-JI)", "MRN [MRN_1] AND MRN [MRN_2] ARE SAME PT ([NAME_1])"],
        ["[SZABO, HOPE] [RM 4]", "[[NAME_1]] [RM 4]"],
      ],
      ["ABX (VANC, ZOSYN)", "(CBC, BMP)", "(LASIX, KCL)", "(PAIN, NAUSEA)", "ALLERGIES (PCN, SULFA)", "(RICE, BEANS) DIET", "(MOSS, LICHEN)", "URINE (FRANK, BLOODY)", "(KAUR, CX)", "(LONG, SHORT)", "(BROWN, GREEN) SPUTUM"],
    );
  });
  it("takes a name where a patient is, 'IN' a bed or unit, in capitals as in lower case", () => {
    expectRedactions(
      [
        ["HEY, KAUR IN MICU 3 — K 2.9", "HEY, [NAME_1] IN MICU 3 — K 2.9"],
        ["TWO KAURS ON 4W — TAVITA IN 5N-14, SUNNIVA IN PACU 2", "TWO [NAME_1] ON 4W — [NAME_2] IN 5N-14, [NAME_3] IN PACU 2"],
        // (After "see" too, in any case.)
        ["CAN U SEE SUNNIVA IN MICU 3?", "CAN U SEE [NAME_1] IN MICU 3?"],
        ["can u see sunniva in micu 3?", "can u see [NAME_1] in micu 3?"],
      ],
      ["NSTEMI IN MICU 3", "HEY, PT IN BED 4 NEEDS TYLENOL", "- SEPSIS IN BED 3", "VANC IN BED 4 DUE", "CODE IN PACU 2", "DKA IN 5N-14", "HEPARIN IN BED 2 PAUSED", "SIGNOUT: STEMI IN MICU 2, DKA IN 5N-14", "- AKI IN BED 3", "PLS SEE PT IN BED 4", "SEE SEPSIS IN BED 3"],
    );
  });

  it("leaves labels, shorthand, contractions, a sex and short English words after a patient's cue in capitals", () => {
    expectRedactions(
      [
        ["GUARDIAN: SZABO, TOMAS; WARD: KAUR, ILSE", "GUARDIAN: [NAME_1]; WARD: [NAME_2]"],
        ['PER SON: "TAVITA HASN\'T EATEN"', 'PER SON: "[NAME_1] HASN\'T EATEN"'],
        ["CALL GRANDDAUGHTER TUI ON 555 201 7730", "CALL GRANDDAUGHTER [NAME_1] ON [PHONE_1]"],
      ],
      ["LE PATIENT EST STABLE", "FAMILY MTG AT 3 IN CONF RM", "BED MGMT: NO BEDS", "PT (F, 71) FROM HOME", "PT (M, 64) FROM SNF"],
    );
  });

  it("takes, after a label's colon, a given name, a middle initial and a surname that is also a word, an age closing them", () => {
    expectRedactions(
      [
        ["TEAM: ACHIENG K. RANGI, 90 YO", "TEAM: [NAME_1], [AGE_1] YO"],
        ["RE: TAVITA J. STONE (71F)", "RE: [NAME_1] (71F)"],
      ],
      ["PLAN: VIT K. LEVEL (DAILY)", "LABS: MG 1.6, K. LOW (2.9)"],
    );
  });

  it("takes a listed given name no English word, listed as a surname too, where a sentence, line or label opens it", () => {
    expectRedactions(
      [
        ["YUSUF FROM BOISE AGAIN, 3RD VISIT", "[NAME_1] FROM [LOCATION_1] AGAIN, 3RD VISIT"],
        ["D/C PLANNING: OMAR BACK TO SNF FRIDAY", "D/C PLANNING: [NAME_1] BACK TO SNF FRIDAY"],
        ["- LEIF STILL INTUBATED", "- [NAME_1] STILL INTUBATED"],
        ["DC PLANNING: KAUR, YUSUF GOING HOME", "DC PLANNING: [NAME_1] GOING HOME"],
      ],
      ["ON CALL: OMAR SAT, YUSUF SUN", "KEPT CALLIN ALL NIGHT", "ENSURE BY ABBOTT BID", "ABBOTT PUMP ALARM", "RNS: NGUYEN / TANAKA / YOUNG"],
    );
  });

  it("takes the name in a quoted message's header before 'WROTE:'", () => {
    expectRedactions(
      [
        ["ON FRI, JAN 3, 2025, GRACE OYELARAN WROTE:", "ON FRI, [DATE_1], [NAME_1] WROTE:"],
        ["> SUNNIVA KAUR WROTE:\n> IS MOM OK?", "> [NAME_1] WROTE:\n> IS MOM OK?"],
      ],
      ["SHE WROTE: CALL ME", "PT WROTE: PAIN 8/10", "ON MON, DR. KAUR WROTE: OK", "CARDS WROTE: SEE NOTE", "NEURO ONC WROTE: NO CHANGE"],
    );
  });

  it("takes 'Last, First' in capitals anywhere when the surname is listed and no English word nor given name, the given name listed and no English word nor surname", () => {
    expectRedactions(
      [
        ["REHAB ACCEPTED! OKAFOR, SUNNIVA TO SNF ON 8/1", "REHAB ACCEPTED! [NAME_1] TO SNF ON [DATE_1]"],
        ["L&D FULL; SZABO, IMRAN HOLDING IN PACU", "L&D FULL; [NAME_1] HOLDING IN PACU"],
      ],
      ["KAUR, MAY NEED CT", "OKAFOR, WILL CALL", "SZABO, GRANT PENDING", "KEPPRA, VIMPAT, ONFI", "FOLEY, PICC, ETT OUT"],
    );
  });

  it("takes a surname before 'family' and what a family does after 'for' too, in any case", () => {
    expectRedactions(
      [
        ["INTERPRETER BOOKED FOR OYELARAN FAMILY MTG THU", "INTERPRETER BOOKED FOR [NAME_1] FAMILY MTG THU"],
        ["interpreter booked for oyelaran family mtg thu", "interpreter booked for [NAME_1] family mtg thu"],
      ],
      ["DINNER FOR THE FAMILY MTG", "BOOKED FOR FOSTER FAMILY MTG", "ROOM FOR HOST FAMILY HERE"],
    );
  });

  it("takes initials without stops in a bed slot in text all in capitals too, when no English word", () => {
    expectRedactions(
      [
        ["OVERNIGHT: KQ MICU 3 K 2.9; TJ PACU BAY 2 AGITATED", "OVERNIGHT: [NAME_1] MICU 3 K 2.9; [NAME_2] PACU BAY 2 AGITATED"],
        ["SWAP A.K. TO ED HALLWAY 6, RZ TO ISO", "SWAP [NAME_1] TO ED HALLWAY 6, [NAME_2] TO ISO"],
      ],
      ["OVERNIGHT: PT MICU 3 STABLE", "- GI BED 4 CONSULT", "- ED BAY 2 FULL", "- CT RM 4 DOWN", "- OR BED 3", "- IR ROOM 2 BUSY", "- DKA BED 4", "- MRI RM 2", "OVERNIGHT: HR MICU 3 120S"],
    );
  });

  it("takes a surname no English word whose doctor, chart or records a possessive names", () => {
    expectRedactions(
      [
        ["CALL SUNDQVIST'S PCP TODAY", "CALL [NAME_1]'S PCP TODAY"],
        ["SEND OYELARAN'S RECORDS TO SNF", "SEND [NAME_1]'S RECORDS TO SNF"],
      ],
      ["THE PATIENT'S PCP", "DERM'S CHART", "ICU'S CHART", "NEURO'S RECORDS", "CALL PT'S PCP", "SNF'S PHARMACY", "MICU'S MEDS", "TEAM'S PHONE"],
    );
  });
});
