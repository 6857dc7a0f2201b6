// Place classes that holdout15 (measured once, then opened) showed missing: rural addresses without a house number
// (a county road, a highway's mile marker), half house numbers and a park's space, facility kinds (a hospice's home,
// transitional care, a warming centre, a youth home, a home for the aged, a preschool, an intermediate school, a
// prison or jail named by its adjective, a yeshiva and a congregation named after their kind, a church's "greater",
// accented names), employers by their trade, towns after a home's "in", a tow, an age and sex, and towns written with
// letters past Latin-1. Beside each, the clinical look-alikes it must leave. Every string here is invented.
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

describe("a county road or a highway's mile marker without a house number", () => classOf([
  ["home visit: County Rd 518, Larkspur. no phone", "County Rd 518"],
  ["lives off county road 12b, long drive", "county road 12b"],
  ["ems: rollover on hwy 41 mile marker 203, 2 pts", "hwy 41 mile marker 203"],
  ["found at Route 16 MM 88 near the rest stop", "Route 16 MM 88"],
], [
  "took hwy 41 to get here",
  "route 2 of iv access failed, use io",
  "walked a mile, marker placed on left leg",
  "county rd crew plowed",
]));

describe("a half house number, and a park's space after the street", () => classOf([
  ["new address 417½ Quarry Ln, Oxbow", "417½ Quarry Ln"],
  ["drop meds at 88½ miller's way, back door", "88½ miller's way"],
  ["moved to 2210 tern ct space 14 last week", "2210 tern ct space 14"],
], [
  "ate ½ of lunch",
  "1½ tabs of metoprolol",
  "needs space 14 days from last dose",
]));

describe("facility kinds: a hospice's home, transitional care, a warming centre, a youth home, a home for the aged", () => classOf([
  ["bed offered at quillfeather hospice home tonight", "quillfeather hospice home"],
  ["accepted at Larchview Transitional Care, bed friday", "Larchview Transitional Care"],
  ["staying nights at st. ansgar's warming center", "st. ansgar's warming center"],
  ["placed at Tamsin Ridge Youth Home, CPS aware", "Tamsin Ridge Youth Home"],
  ["from st. odile's home for the aged, ftt", "st. odile's home for the aged"],
], [
  "needs transitional care after discharge",
  "home for the holidays, family aware",
  "hospice home visit tomorrow",
  "youth home visits are supervised",
]));

describe("a school by its kind: a preschool, an intermediate school", () => classOf([
  ["ems: 4yo from bright acorn preschool, wheezing", "bright acorn preschool"],
  ["seizure at Kahikolu Intermediate during PE", "Kahikolu Intermediate"],
], [
  "intermediate risk, at intermediate risk per TIMI",
  "goes to preschool 3 days a week",
  "intermediate dose ok",
]));

describe("a prison or jail named by its adjective", () => classOf([
  ["released from Cottonmouth Ridge Correctional last week", "Cottonmouth Ridge Correctional"],
  ["transfer from Dunmore County Detention, shackled", "Dunmore County Detention"],
], [
  "held in detention for 3 days",
  "correctional health notified",
]));

describe("an Indian Health Service unit by its place, a county's detention centre", () => classOf([
  ["from: rosebud creek ihs transfer center", "rosebud creek ihs"],
  ["seen at Fort Wenlock IHS, hx of dm", "Fort Wenlock IHS"],
  ["back to dunmore county detention, shackled", "dunmore county detention"],
  ["goes back to tri-county detention center after dc", "tri-county detention center"],
], [
  "per ihs policy, chart 4471",
  "county detention policy applies",
]));
it("leaves the service as a payer", () => leavesType("insurance ihs-880129, secondary tribal ihs.", "LOCATION"));

describe("a yeshiva or a congregation named after its kind, an article before a kind abroad, a church's 'greater'", () => classOf([
  ["well child visit, yeshiva toras chaim, mom present", "yeshiva toras chaim"],
  ["from congregation beth tikvah, declines blood", "congregation beth tikvah"],
  ["TRANSFER FROM LA CLÍNICA SAN ROQUE, DOB ON FILE", "LA CLÍNICA SAN ROQUE"],
  ["family wants greater mount pisgah baptist church to visit", "greater mount pisgah baptist church"],
  ["family wants greater bethel baptist church to visit", "greater bethel baptist church"],
  ["the iglesia cristiana monte horeb — yes, that one", "iglesia cristiana monte horeb"],
], [
  "the congregation prayed for her.",
  "her congregation visits weekly, ok",
  "yeshiva student, 14yo",
  "a greater church presence",
]));

describe("names with accents before a facility's kind, and a nursing & rehab center", () => classOf([
  ["filled at Añasco Pharmacy on the 3rd", "Añasco Pharmacy"],
  ["95m from veldhoven nursing & rehab center", "veldhoven nursing & rehab center"],
], [
  "pharmacy called, refill ok",
  "nursing & rehab center referral pending",
]));

describe("an employer by its trade: a packing plant, a processor, a distribution centre, a discount drug store, a dairy", () => classOf([
  ["lost job at kettleby packing after the fall", "kettleby packing"],
  ["works nights at Brindlewood Processors, back pain", "Brindlewood Processors"],
  ["(works at quarrytown distribution center), vip", "quarrytown distribution center"],
  ["works at Osterfield Discount Drugs lol", "Osterfield Discount Drugs"],
  ["needs a note for willow bend dairy, employee # 4471", "willow bend dairy"],
], [
  "wound packing changed daily",
  "infarct in left mca distribution, stable",
  "avoids street drugs lol",
  "no dairy, employee of the month",
]));

describe("a town after a home's 'in', a tow's 'to', and between an age and sex and a diagnosis", () => classOf([
  ["92m lives alone in Bonanza, neighbor checks", "Bonanza"],
  ["lives by herself in mystic; son in town", "mystic"],
  ["she lives alone in Accident, nephew visits", "Accident"],
  ["house in Welcome, flooded last week", "Welcome"],
  ["wants to go to her daughter's in Story, ok", "Story"],
  ["lives w grandson teo in liberty", "liberty"],
  ["car towed to fairplay", "fairplay"],
  ["Wren Talbot, 31F, Bluefield, pyelo", "Bluefield"],
  ["oak, 44m, pleasant hill, copd", "pleasant hill"],
], [
  "lives alone in pain.",
  "lives alone in fear, sister calls",
  "house in order.",
  "her son's in trouble, again",
  "towed to normal range",
  "pt, 25M, afib, nstemi",
  "pt, 67f, chest pain, trop neg",
]));

describe("towns written with letters past Latin-1 after a place cue, and after a journey's 'to'", () => classOf([
  ["family from Nukuʻalofa, speaks Tongan", "Nukuʻalofa"],
  ["travelled to Huế last month, fever", "Huế"],
  ["son tomas from huế, calls daily", "huế"],
  ["traveled to Zestoañe in may, fever since", "Zestoañe"],
], [
  "from ʻohana, aunt visiting",
  "coming to terms with dx",
  "travelled to ed by car",
]));

describe("in one case, English words after an unknown town are the sentence's", () => {
  it("keeps 'last week'", () => {
    for (const t of ["flew to tamarindo last week", "RETURNED FROM TAMARINDO LAST WEEK"]) {
      const out = redact(t).text.toLowerCase();
      expect(out, t).not.toContain("tamarindo");
      expect(out, t).toContain("last week");
    }
  });
});

describe("the town after a saint's facility's 'in', and a comprehensive health centre by its place", () => classOf([
  ["device clinic is at st. brendan in hope, sn on file", "hope"],
  ["daughter is a nurse at kalihiwai valley comprehensive", "kalihiwai valley comprehensive"],
  ["referral to Aldergrove Comprehensive Home Health, fax sent", "Aldergrove Comprehensive Home Health"],
], [
  "ordered comprehensive metabolic panel",
]));
it("leaves what follows a saint's facility's 'in' when it is no town", () => {
  for (const [t, kept] of [["at st. mary's in bed 4", "in bed 4"], ["from st. luke's in the er", "in the er"]] as const) expect(redact(t).text, t).toContain(kept);
});

describe("a mission by its name", () => classOf([
  ["lives at lantern street mission on 5th", "lantern street mission"],
  ["SLEEPS AT HARBORLIGHT RESCUE MISSION", "HARBORLIGHT RESCUE MISSION"],
], [
  "on a mission to quit smoking",
  "medical mission trip to haiti",
  "mission accomplished, k 4.0",
]));
