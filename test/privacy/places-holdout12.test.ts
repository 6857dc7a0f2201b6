// Places: classes of LOCATION, ADDRESS and ZIP missed on holdout12, and its place-related false positives, with
// invented strings (other towns, facilities and streets than the corpus holds), in every casing where the class
// is readable there, and the clinical look-alikes the new rules must leave alone.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { casings, expectRedactions, found, leavesType, takes } from "./casings.ts";

/** Each [text, place] pair: the place is taken as a LOCATION from the text in every casing. */
function takesPlaces(pairs: [string, string][]): void {
  for (const [text, place] of pairs) takes(text, place, "LOCATION");
}

/** Each clinical text comes back unchanged in every casing. */
function leavesAlone(texts: string[]): void {
  expectRedactions([], texts.flatMap(casings));
}

describe("facility kinds added for holdout12", () => {
  it("takes treatment, nursing and justice centres, dialysis units, group homes and mobile home parks", () => {
    takesPlaces([
      ["back to marigold treatment center today", "marigold treatment center"],
      ["lives at harbor pines nursing center, fall", "harbor pines nursing center"],
      ["court date at lakeland justice center 3/2", "lakeland justice center"],
      ["missed hd at brookside dialysis unit mwf", "brookside dialysis unit"],
      ["lives at willow bend group home", "willow bend group home"],
      ["LIVES AT Juniper Adult Group Home", "Juniper Adult Group Home"],
      ["moved to pine acres mobile home park", "pine acres mobile home park"],
    ]);
  });
  it("takes recovery and halfway houses, trailer parks, a county's workhouse and a Head Start by their names", () => {
    takesPlaces([
      ["sleeps near lantern hill recovery house. no phone", "lantern hill recovery house"],
      ["lives at maple halfway house", "maple halfway house"],
      ["lives in cedar acres trailer park", "cedar acres trailer park"],
      ["released from Dane County Workhouse 3/2", "Dane County Workhouse"],
      ["son attends Okmulgee Head Start", "Okmulgee Head Start"],
    ]);
    // (The word the text calls it by is no part of the name: "school".)
    expect(found("twin Kaia, school Okmulgee Head Start. dad 555-201-3344", "LOCATION")).toEqual(["Okmulgee Head Start"]);
  });
  it("leaves the kinds alone as common nouns, services and treatments", () => {
    leavesAlone([
      "pt lives at the group home",
      "talk to group home staff",
      "discussed group home placement",
      "adult family group home referral",
      "intellectual disability group home",
      "got a head start on meds",
      "early head start",
      "needs residential treatment center",
      "adolescent residential treatment center",
      "dual diagnosis treatment center",
      "long term treatment center",
      "sent to dialysis unit",
      "hospital based dialysis unit",
      "lives in a trailer park",
      "in a halfway house",
      "moved to a recovery house",
      "in sober living now",
      "eating disorder clinic",
      "the county workhouse",
    ]);
  });
  it("leaves a kind of care talked over alone", () => {
    leavesAlone(["daughter wants to talk hospice.", "will discuss rehab", "family considering assisted living"]);
  });
});

describe("streets named after their kind, routes with a direction, and runs of an arrhythmia (holdout12)", () => {
  it("takes a street named after its kind with a lot or trailer, and a numbered route's direction before its unit", () => {
    takes("ships to 4410 Calle Las Flores Lot 12 Tucson", "4410 Calle Las Flores Lot 12", "ADDRESS");
    takes("mail to 1201 Rue Royale Trlr 8 Boise", "1201 Rue Royale Trlr 8", "ADDRESS");
    takes("mail returned, 77 hwy 9 s, unit 4, austin 73301", "77 hwy 9 s, unit 4", "ADDRESS");
    takes("address 88 Hwy 12 W Apt 3", "88 Hwy 12 W Apt 3", "ADDRESS");
  });
  it("leaves the town a street named after its kind runs into out of the address", () => {
    for (const t of casings("mail to 8957 calle las palmas tuba city")) {
      expect(found(t, "ADDRESS"), t).toEqual([t.slice(8, 29)]);
      expect(found(t, "LOCATION"), t).toEqual([t.slice(30)]);
    }
  });
  it("leaves runs of an arrhythmia alone", () => {
    leavesAlone(["tele: 8 beat run of VT overnight", "had 12 beat run of NSVT", "5 short runs of SVT"]);
  });
});

describe("a word state code that reads on into its clause (holdout12)", () => {
  it("leaves an ordinary word before ', or' and ', in' alone", () => {
    leavesAlone(["npo after midnight, or around 0730", "per dr. lee, npo after midnight, or sooner"]);
    leavesType("walks to the bathroom, in the evening", "LOCATION");
  });
  it("still takes a town before a state code that no clause reads on from", () => {
    takesPlaces([["lives in hazard, ky with son", "hazard"]]);
  });
});
