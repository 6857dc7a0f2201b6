// Place classes that holdout14 (measured once, then opened) showed missing. Beside each, the clinical look-alikes it
// must leave. Every string here is invented.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { cased, casings, leavesAlone, leavesType } from "./casings.ts";

/** Expects `value` gone from the redacted text in every casing (whatever type took it). */
function removes(text: string, value: string): void {
  for (const t of casings(text)) expect(redact(t).text, t).not.toContain(cased(text, t, value));
}

/** One class: values it must remove from each text (in every casing), and texts that must come back unchanged. */
function classOf(taken: [string, string][], left: string[]): void {
  it.each(taken)("%s", (text, value) => removes(text, value));
  it("leaves the look-alikes", () => leavesAlone(left));
}

describe("a basement closing a street address, with its comma or not", () => classOf([
  ["lives alone at 20417 Tanner's Circle Bsmt; no phone", "Bsmt"],
  ["Odile lives at 4410 Quarry Terrace, Bsmt with a roommate", "Bsmt"],
  ["new address 7712 se 41st dr bsmt, springfield 65802. update chart", "bsmt"],
  ["old address 18B Kettle Ln basement; new one pending", "basement"],
], [
  "pt in 4 west basement for MRI",
  "bsmt storage has the spare pumps",
  "flooded basement, 2 falls this week",
]));

describe("a chain's branch named by its town or part of town, after or before the chain's name", () => classOf([
  ["pt works at tyson foods gainesville, worried about bills", "tyson foods gainesville"],
  ["employer ace hardware westside", "ace hardware westside"],
  ["HD MWF at DCI Albany fax 555-201-7788", "DCI Albany"],
  ["guest tx at US Renal Care Brookhollow", "US Renal Care Brookhollow"],
  ["outside mrn 27-40015 (baptist health paducah); our mrn", "baptist health paducah"],
  ["prior imaging from kaiser fresno, accession pending", "kaiser fresno"],
  ["needs a ride to Planned Parenthood Tulsa; lives alone", "Planned Parenthood Tulsa"],
  ["fills at Kroger Pharmacy Lexington on May 2", "Kroger Pharmacy Lexington"],
  ["fell at the mall, then syncope at fresno walmart yesterday", "fresno walmart"],
], [
  "went to walmart today.",
  "the kaiser plan covers it",
  "planned parenthood visit.",
  "fell at home depot, hit head on shelf",
  "dci scan pending",
  "providence health plan denied it",
  "ace hardware sells the grab bars",
]));

describe("a facility named without a kind: estate homes and residences after 'from', 'at' or 'to'", () => classOf([
  ["wound care f/u for the pt at willow gardens, photos emailed", "willow gardens"],
  ["EMS: PT FROM SILVER LAKE GARDENS, DNR PAPERWORK W/ PT", "SILVER LAKE GARDENS"],
  ["d/c'd to kestrel manor\nnext pt", "kestrel manor"],
  ["bh ed: from pine ridge residence, aggressive", "pine ridge residence"],
], [
  "fell from great heights.",
  "came from the woods.",
  "transferred from the gardens.",
  "lives at her residence.",
  "from primary residence.",
  "fell at home gardens.",
]));

describe("a church named by a word of its own and its denomination, after a place's word", () => classOf([
  ["family mtg w/ pastor from Hope Lutheran; goals of care", "Hope Lutheran"],
  ["chaplain from Bethel AME, will visit", "Bethel AME"],
  ["congregation at second zion ame (contact the deacon)", "second zion ame"],
], [
  "second opinion clinic on friday",
  "raised greek orthodox.",
  "converted to Greek Orthodox.",
  "she is catholic.",
  "wife is lutheran, wants chaplain",
]));

describe("facility names with an opener or a people's word, a town of a word, a service through it, a pharmacy abroad", () => classOf([
  ["mom at New Horizons Sober Living, house manager on site", "New Horizons Sober Living"],
  ["congregation at Karen Alliance Church (contact the pastor)", "Karen Alliance Church"],
  ["family attends hmong bible church; pastor visiting", "hmong bible church"],
  ["home health through cedar nursing & rehab", "cedar nursing & rehab"],
  ["script to farmacia santa rosa", "farmacia santa rosa"],
], [
  "referred to new sober living",
  "sent to new dialysis center",
  "switched to Normal saline 1L",
  "got through rehab fine",
  "went through hospice.",
  "fue a la farmacia ayer",
  "la farmacia cerca de casa",
  "Spanish Speaking Clinic hours changed",
]));

it("takes a town of a word before a capitalised kind only capitalised, in text typed in both cases", () => {
  expect(redact("needs bus pass to get to Normal Family Medicine; lives at shelter").text).not.toContain("Normal");
  // ("Medicine" there is taken as a name by names.ts before this change too: only no place is asserted.)
  leavesType("needs Family Medicine f/u in 2 wk", "LOCATION");
  leavesAlone(["bolus of Normal saline"]);
});

describe("a listed US town written with its accents after a place cue", () => classOf([
  ["pt needs ride home to Peñasco; daughter can't drive", "Peñasco"],
  ["dad drove from Española, car in the fire lane", "Española"],
  ["brother called from cañon city, wants an update", "cañon city"],
], [
  "empezó desde mañana, dolor leve",
  "vive en la calle, sin casa",
]));

describe("an employer by its trade: seafood, dairy, food and farm companies, meatpacking", () => classOf([
  ["guarantor's employer cascade seafood, work ph on file", "cascade seafood"],
  ["he welds at coastal seafoods", "coastal seafoods"],
  ["pt works nights at redfield meatpacking, lives alone", "redfield meatpacking"],
  ["syncope at green meadows dairy on the line", "green meadows dairy"],
], [
  "seafood allergy, carries epi",
  "dairy intake high, on calcium",
  "no frozen foods at home",
  "lives on a farm with goats",
  "avoid dairy at home",
  "shellfish and seafood at dinner",
]));

describe("a county's hospital after the county's name", () => classOf([
  ["cochlear implant placed at lyon county memorial hospital", "lyon county memorial hospital"],
  ["records from Adair County Medical Center pending", "Adair County Medical Center"],
], [
  "via county van to the clinic",
  "county hospital records pending",
]));

it("leaves the kind after a county's name when it is the county's service, no name of its own", () => {
  expect(redact("out at the yavapai county clinic today").text).toBe("out at the [LOCATION_1] clinic today");
});

describe("a facility abroad named after its kind with a longer name", () => {
  it("takes the whole name closing the clause", () => removes("family attends iglesia bautista monte de sion; pastor visiting", "iglesia bautista monte de sion"));
  it("stops before a preposition or a word of time", () => {
    expect(redact("staying at hotel Marisol near the beach.").text).toBe("staying at [LOCATION_1] near the beach.");
    expect(redact("went to clinica del pueblo yesterday.").text).toBe("went to [LOCATION_1] yesterday.");
  });
});
