// False positives a review found in this session's new rules (dates, places, structured ids, the lexicon), as classes:
// beside each class, what its rule must still take and the look-alikes it must leave. Every string here is invented.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { expectRedactions } from "./casings.ts";

/** Expects no span of redact(`text`) to touch `fragment` (its first occurrence). */
function keeps(text: string, fragment: string): void {
  const at = text.indexOf(fragment);
  expect(at, `${fragment} in ${text}`).toBeGreaterThanOrEqual(0);
  const touched = redact(text).spans.filter((s) => s.start < at + fragment.length && at < s.end).map((s) => text.slice(s.start, s.end));
  expect(touched, text).toEqual([]);
}

/** Expects `value` taken as `type` from `text`. */
function takes(text: string, value: string, type: string): void {
  expect(redact(text).spans.filter((s) => s.type === type).map((s) => text.slice(s.start, s.end)), text).toContain(value);
}

describe("a measure's range before a clock time or between spaced dashes is no month-day", () => {
  it.each([
    ["RR 14-18 at 2300, on 2L", "14-18"],
    ["UOP 4-22 at 0500 per foley", "4-22"],
    ["insulin 3-16 at 1900 per scale", "3-16"],
    ["gtt 11-19 at 2100, titrating", "11-19"],
    ["CIWA 7-15 at 0200, ativan given", "7-15"],
    ["Tmax 2-17 at 1300 then afebrile", "2-17"],
    ["titrate 1-24 at 1600 to goal", "1-24"],
    ["K 5-13 at 0400 on the BMP", "5-13"],
    ["hr 4-19 0800 resting", "4-19"],
    ["NRS - 4-16 - dilaudid given", "4-16"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["back home 3-17 at 1640 with son", "3-17"],
    ["okafor - 8-21 - soft restraints", "8-21"],
    ["heparin stopped 2-19 at 1500 for OR", "2-19"],
    ["insulin started 9-14 at 0700", "9-14"],
    ["last dose 5-23 at 2100", "5-23"],
  ])("still takes the day in %s", (text, value) => takes(text, value, "DATE"));
});

describe("'coming up', 'presented' and 'transmitted' before a hyphenated pair", () => {
  it.each([
    ["plt coming up 6-9 after transfusion", "6-9"],
    ["room coming up 3-11 per flow", "3-11"],
    ["pt presented 2-4 episodes of hematemesis", "2-4"],
    ["mag presented 1-2 grams iv", "1-2"],
    ["ILR transmitted 2-3 pauses overnight", "2-3"],
    ["given 2-3 gm cefazolin", "2-3"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["follow up coming up 4-7, needs ride", "4-7"],
    ["court hearing is coming up 10-3", "10-3"],
    ["rehab day 18 coming up 4-21, copay then", "4-21"],
    ["pt presented 6-18 with syncope", "6-18"],
    ["device transmitted 9-27, afib burden low", "9-27"],
  ])("still takes the day in %s", (text, value) => takes(text, value, "DATE"));
});

describe("'turning' and a number over 89 are an age only after a person or a name", () => {
  it.each([
    ["map turning 97 after the fluid", "97"],
    ["Pulse is turning 104 again", "104"],
    ["the hallway turning ninety degrees left", "ninety"],
    ["Traffic is turning 100 mph out there", "100"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["pt turning 96 next month", "96"],
    ["he is turning 103 on friday", "103"],
    ["Grandpa turning 91 this weekend", "91"],
    ["Mr. Vasquez-Lind turning 98 soon", "98"],
    ["she's turning ninety-seven", "ninety-seven"],
  ])("still takes the age in %s", (text, value) => takes(text, value, "AGE"));
});

describe("modifiers that sort a facility's kind name none", () => {
  it.each([
    ["spent 3 wks in immigration detention last yr", "immigration detention"],
    ["was held in ice detention in march", "ice detention"],
    ["hx of years in federal detention", "federal detention"],
    ["transferred from state correctional, no records", "state correctional"],
    ["plan: post-acute transitional care vs home", "post-acute transitional care"],
    ["may need long term transitional care", "long term transitional care"],
    ["dispo home health vs transitional care, pending", "health vs transitional"],
    ["son goes to montessori preschool", "montessori preschool"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["released from cedar ridge correctional last wk", "cedar ridge correctional"],
    ["d/c to larkspur transitional care", "larkspur transitional care"],
    ["daughter attends tiny oaks preschool", "tiny oaks preschool"],
    ["held at yellow pine county detention", "yellow pine county detention"],
  ])("still takes the facility in %s", (text, value) => takes(text, value, "LOCATION"));
});

describe("a lot's number is an implant's only with the implant's word just before the cue", () => {
  it.each([
    ["mesh lot QP7781C, enoxaparin lot 44K19", "44K19"],
    ["knee films show rods intact; insulin lot B5512D", "B5512D"],
    ["valve placed yesterday and the vancomycin lot VX3309 was recalled", "VX3309"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["mesh lot QP7781C, enoxaparin lot 44K19", "QP7781C"],
    ["shoulder implant, lot 8TT412M", "8TT412M"],
    ["R knee total arthroplasty lot 5JK202P", "5JK202P"],
  ])("still takes the lot in %s", (text, value) => takes(text, value, "DEVICE"));
});

describe("a mission's name is no purpose, count or verb", () => {
  it.each([
    ["hurt on a rescue mission in the hills", "rescue mission"],
    ["mountain search and rescue mission, frostbite", "rescue mission"],
    ["Navy veteran, flew one combat mission", "combat mission"],
    ["back from a dental mission abroad", "dental mission"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["sleeps at harborlight mission most nights", "harborlight mission"],
    ["lives at open gate mission", "open gate mission"],
    ["meals from Quiet Waters Mission", "Quiet Waters Mission"],
  ])("still takes the mission in %s", (text, value) => takes(text, value, "LOCATION"));
});

describe("a processor's or packing plant's name holds a word no English list holds", () => {
  it.each([
    ["works at sterile processing, days", "sterile processing"],
    ["works at specimen processing, nights", "specimen processing"],
    ["employed at food processing since 2019", "food processing"],
    ["job at fruit packing, seasonal", "fruit packing"],
    ["works at catfish processors", "catfish processors"],
    ["works at turkey processors, nights", "turkey processors"],
    ["works at chicken farms in summer", "chicken farms"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["works at fenwright processing, back strain", "fenwright processing"],
    ["lost job at Quenby Packing", "Quenby Packing"],
    ["works nights at oskaby processors", "oskaby processors"],
    ["works at liberty trucking, cdl", "liberty"],
  ])("still takes the employer in %s", (text, value) => takes(text, value, "LOCATION"));
});

describe("smaller classes: a road's English word, our own managers' numbers, a home's way of living, accents, drugs", () => {
  it.each([
    ["county rd 14 rollover", "rollover"],
    ["County rd 7 accident, ejected", "accident"],
    ["bed mgr says 5E beds 501-5012 open", "501-5012"],
    ["case manager 555-2871 will call son", "555-2871"],
    ["nurse manager 555-6043 aware", "555-6043"],
    ["lives with husband in harmony, no issues", "harmony"],
    ["lives alone in squalor per aps", "squalor"],
    ["walked to café downstairs", "café"],
    ["nimbex vecuronium (100) in the pyxis", "(100)"],
  ])("keeps %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["lives at county rd 9, accident md", "accident", "LOCATION"],
    ["mail to 88 quail run rd\nhope, ar 71801", "hope", "LOCATION"],
    ["county rd 3 accident, md", "accident", "LOCATION"],
    ["group home manager 555-4729", "555-4729", "PHONE"],
    ["apt mgr 555-3306 has a key", "555-3306", "PHONE"],
    ["lives with wife in Harmony, MN", "Harmony", "LOCATION"],
    ["traveled to oñati in july", "oñati", "LOCATION"],
    ["tovah brannigan (93) dnr", "93", "AGE"],
  ])("still takes %s", (text, value, type) => takes(text, value, type));
});

describe("an ECG's leads or a study's vessels before ST or CT are no street", () => {
  it("leaves '12 lead st elevation' and '3 vessel ct angio' alone and still takes a Lead St address", () => {
    expectRedactions(
      [["lives at 12 Lead St, Tulsa OK 74103", "lives at [ADDRESS_1], [LOCATION_1] OK [ZIP_1]"]],
      ["12 lead st elevation in II III aVF", "12 lead ST elevation, cath lab activated", "3 vessel ct angio tomorrow", "12 LEAD ST ELEVATION", "12 lead st depression v4-v6"],
    );
  });
});

describe("two gates a reread found closed too early", () => {
  it("reads a census row's age between en dashes, and a town after an age and sex when a comma opens the text", () => {
    expectRedactions(
      [
        ["census:\nOakley Fenwick – bed 12A – 96 – comfort care", "census:\n[NAME_1] – bed 12A – [AGE_1] – comfort care"],
        ["A, Tolani Roe, 25M, Bluefield, NSTEMI", "A, [NAME_1], 25M, [LOCATION_1], NSTEMI"],
      ],
      ["census:\nbed 12A – 96 – comfort care – stable"],
    );
  });
});
