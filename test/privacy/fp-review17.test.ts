// False positives of held-out corpus 15 (non-PHI words the redactor altered), as classes: beside each class, what its rule
// must still take and the look-alikes it must leave. Every string here is invented.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { casings, takes } from "./casings.ts";

/** Expects no span of redact(`text`) to touch `fragment` (its first occurrence). */
function keeps(text: string, fragment: string): void {
  const at = text.indexOf(fragment);
  expect(at, `${fragment} in ${text}`).toBeGreaterThanOrEqual(0);
  const touched = redact(text).spans.filter((s) => s.start < at + fragment.length && at < s.end).map((s) => text.slice(s.start, s.end));
  expect(touched, text).toEqual([]);
}

/** Expects `value` taken as `type` (a NAME unless said) from `text` as typed. */
function takesAsTyped(text: string, value: string, type = "NAME"): void {
  expect(redact(text).spans.filter((s) => s.type === type).map((s) => text.slice(s.start, s.end)), text).toContain(value);
}

describe("another mention of a found name that is an everyday word, written as the word", () => {
  // A writer who capitalises a name writes the everyday word in lower case.
  it.each([
    ["pt Pebble Arkwright, renal pebble on CT", "renal pebble"],
    ["Mrs. Honey's honey packets at bedside, Gwenda Honey", "honey packets"],
    ["Mr. Earnest Volkov w/ earnest effort on PFTs", "earnest effort"],
    ["pt Grace Okonjo, lost grace period on her plan", "grace period"],
    ["Harmony Lodge called, lodge mgr Tavi", "lodge mgr"],
    ["Westbrook Renal Center missed renal session, Ines Westbrook aware", "renal session"],
  ])("keeps the word in %s", (text, fragment) => keeps(text, fragment));
  // In one case, a determiner, "of" or a slash before the word shows it.
  it.each([
    ["pt patience ugwu ran out of patience, ama at 2210", "of patience"],
    ["BILL OYELOWO'S SON CALLED ABOUT THE BILL. ACCT 5511", "THE BILL"],
    ["pt penny arbuckle, self-pay/penny jar, acct 33ab1907", "/penny"],
    ["pt hope nakashima lost all her hope", "her hope"],
  ])("keeps the word in %s in every casing", (text, fragment) => {
    for (const t of casings(text)) keeps(t, t === text ? fragment : t === text.toLowerCase() ? fragment.toLowerCase() : fragment.toUpperCase());
  });
  // What stays a name: the same case, a possessive, a cue, a family.
  it.each([
    ["pt Pebble Arkwright in 4; Pebble's son at bedside", "Pebble"],
    ["pt hope nakashima in bay 5. hope's mom at bedside", "hope"],
    ["Mr. Earnest Volkov, 58M. spoke with Earnest today", "Earnest"],
    ["pt jade stone in 3, the stone family is here", "stone"],
  ])("still takes the name in %s", (text, value) => {
    const spans = redact(text).spans.filter((s) => s.type === "NAME").map((s) => text.slice(s.start, s.end));
    expect(spans.filter((v) => v.toLowerCase().includes(value.toLowerCase())).length, text).toBeGreaterThanOrEqual(2);
  });
});

describe("a verb after a relative's or patient's name is no part of it", () => {
  it.each([
    ["son ravi olawale stole her meds, sw aware", "stole"],
    ["wife ingrid takes them home at 5", "takes"],
    ["brother anselm picking him up at 3", "picking"],
    ["SON RAVI OLAWALE STOLE HER MEDS, SW AWARE", "STOLE"],
    ["pt can't swing it, copay too high", "can't swing"],
    ["pt won't take it, refusing po", "won't take"],
    ["pt tomas iwu homeless, staying at the shelter", "homeless"],
    ["pt tomas iwu tearful, family at bedside", "tearful"],
  ])("keeps the verb in %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["son ravi olawale stole her meds, sw aware", "ravi olawale"],
    ["wife ingrid takes them home at 5", "ingrid"],
    ["pt tomas iwu homeless, staying at the shelter", "tomas iwu"],
    ["pt tendai pelican 97yo", "tendai pelican"],
    ["wife lucia ferreira called him", "lucia ferreira"],
  ])("still takes the name in %s", (text, value) => takes(text, value, "NAME"));
  it("leaves a contraction after a cue in every casing", () => {
    for (const t of casings("pt can't swing it, copay too high")) expect(redact(t).text, t).toBe(t);
  });
});

describe("a billing code after a billing verb's phrase is no ZIP code, nor the codes said after it", () => {
  it.each([
    "bill it as 99215 please, not 99214. thx",
    "code this as 99233 or 99232",
    "billed the visit as 99285, not 99284",
  ])("leaves %s", (text) => {
    for (const t of casings(text)) expect(redact(t).text, t).toBe(t);
  });
  it.each([
    ["ada roe, 12 oak st, billing address zip 60614", "60614"],
    ["lives in 60614, bill it to her", "60614"],
  ])("still takes the ZIP in %s", (text, value) => takes(text, value, "ZIP"));
});

describe("a clinician's DEA or NPI number whose clinician follows the cue is no identifier", () => {
  it.each([
    "DEA for @dr.osei is AB1234563, NPI 1234567893 — for the rx pad",
    "dea for pharmd lim is FL7654321, npi 1987654320 — for the form",
    "DEA for NP Varga is MV2345678, NPI 1678901234",
  ])("leaves %s", (text) => {
    for (const t of casings(text)) expect(redact(t).text, t).toBe(t);
  });
  it.each([
    ["written under NPI 1234567893 for Ada Roe, prescriber says not theirs", "1234567893", "ID"],
    ["DEA for Ada Roe is AB1234563", "AB1234563", "ID"],
  ])("still takes %s", (text, value, type) => takes(text, value, type));
});

describe("one of our beds after a registration desk's label is no plate", () => {
  it.each([
    "registration: 7N-12 needs a new insurance card scan",
    "registration: bay 3 needs a new insurance card scan",
    "registration: rm 14 has the forms",
  ])("leaves %s", (text) => {
    for (const t of casings(text)) expect(redact(t).text, t).toBe(t);
  });
  it.each([
    ["registration KRP-3254 on the silver car", "KRP-3254"],
    ["plate 7N-12B, gray sedan", "7N-12B"],
  ])("still takes the plate in %s", (text, value) => takes(text, value, "VEHICLE"));
});

describe("a run of beats is no street", () => {
  it.each([
    "Tele: bed 4 8 beat run VT at 0300, K 3.1",
    "tele: rm 212 12 beats run nsvt, asymptomatic",
    "Tele: 5 run SVT then sinus",
  ])("leaves %s", (text) => {
    for (const t of casings(text)) expect(redact(t).text, t).toBe(t);
  });
  it.each([
    ["lives at 12 Deer Run, Paducah", "12 Deer Run"],
    ["home: 880 Quail Run, apt 2", "880 Quail Run, apt 2"],
  ])("still takes the street in %s", (text, value) => takes(text, value, "ADDRESS"));
});

describe("a town whose name opens with a unit's word is no unit", () => {
  it.each([
    ["Roe, Ada, 41 Elm Blvd, Unity, OH 80985", "Unity"],
    ["addr 7 pine st, suitland, md 20746", "suitland"],
  ])("takes the town of %s and leaves its state", (text, town) => {
    takes(text, town, "LOCATION");
    for (const t of casings(text)) {
      const state = t.slice(t.lastIndexOf(",") + 2, t.lastIndexOf(",") + 4);
      expect(redact(t).text, t).toContain(`, ${state} `);
    }
  });
  it.each([
    ["41 Elm Blvd Unit C, Dayton", "41 Elm Blvd Unit C"],
    ["41 Elm Blvd Apt. B, Dayton", "41 Elm Blvd Apt. B"],
  ])("still takes the unit in %s", (text, value) => takes(text, value, "ADDRESS"));
});

describe("a cue word is no name: an identifier's own cue in brackets, 'client' before a client's name", () => {
  it.each([
    ["acct # QX771204 (HAR) for the march visit", "(HAR)"],
    ["csn 88213409 (CSN) confirmed", "(CSN)"],
    ["sw: client Tamsin Holloway, dob 3/4/1961", "client"],
    ["client t.h. from the group home, uti", "client"],
  ])("keeps the cue in %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["sw: client Tamsin Holloway, dob 3/4/1961", "Tamsin Holloway"],
    ["specimen qq2031-11820 (nakashima) = adenocarcinoma", "nakashima"],
  ])("still takes the name in %s", (text, value) => takesAsTyped(text, value));
});

describe("English words joined by a hyphen before 'family' are no surname", () => {
  it.each([
    "kyaw — single-name family, no surname on file",
    "two-parent family at bedside",
  ])("leaves %s", (text) => {
    for (const t of casings(text)) expect(redact(t).text, t).toBe(t);
  });
  it("still takes a hyphenated surname of listed names", () => takes("update: long-hall family visiting today", "long-hall", "NAME"));
});

describe("a hallway's bed after a name is where the patient lies, no surname", () => {
  it.each([
    ["q for hospitalist: thandiwe hall bed 2 101f, hco3 10", "hall bed 2"],
    ["Q FOR HOSPITALIST: THANDIWE HALL BED 2 101F", "HALL BED 2"],
    ["tamsin hallway 3 needs a sitter", "hallway 3"],
  ])("keeps the hallway in %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["q for hospitalist: thandiwe hall bed 2 101f, hco3 10", "thandiwe"],
    ["Q FOR HOSPITALIST: THANDIWE HALL BED 2 101F", "THANDIWE"],
    ["thandiwe hall called back", "thandiwe hall"],
  ])("still takes the name in %s", (text, value) => takesAsTyped(text, value));
});

describe("a capitalised listed word alone that is a country's, a vehicle's or a maker's is no person's", () => {
  it.each([
    ["Ama Roe is a Costa Rica national, passport pending", "Costa Rica"],
    ["pt Ada Roe's car was a silver Sienna, plate pending", "Sienna"],
    ["towing: white Tacoma plate pending", "Tacoma"],
    ["implant card for Ada Roe: knee Stryker lot 4471AB", "Stryker"],
    ["Ada Roe brought her meds, labels in Karen, pharmacy checking", "Karen"],
  ])("keeps the word in %s", (text, fragment) => keeps(text, fragment));
  it.each([
    ["seen with Salvador today", "Salvador"],
    ["seen with Karen today", "Karen"],
    ["call Sienna Marsh re: labs", "Sienna Marsh"],
  ])("still takes the name in %s", (text, value) => takesAsTyped(text, value));
});

describe("a preposition, a birth's cue or what a person does after a name is no surname", () => {
  it.each([
    ["97m tamsin k. from the harbour care home", "from"],
    ["marisol del roble born in may 1931, peru", "born"],
    ["tavita speaks samoan, interpreter booked", "speaks"],
  ])("keeps the word in %s in every casing", (text, fragment) => {
    for (const t of casings(text)) keeps(t, t === text ? fragment : t === text.toLowerCase() ? fragment.toLowerCase() : fragment.toUpperCase());
  });
  it.each([
    ["97m tamsin k. from the harbour care home", "tamsin k."],
    ["marisol del roble born in may 1931, peru", "marisol del roble"],
    ["tavita speaks samoan, interpreter booked", "tavita"],
    ["carmen born 1938, lives alone", "carmen"],
  ])("still takes the name in %s", (text, value) => takes(text, value, "NAME"));
});

describe("one English word before '-based' is the compound's, though a small town shares it", () => {
  it.each([
    "faith-based objections to blood products, ok with albumin",
    "Faith-based objections to blood, discussed with family",
    "home-based care agency to call back",
  ])("leaves %s", (text) => {
    for (const t of casings(text)) expect(redact(t).text, t).toBe(t);
  });
  it.each([
    ["a glens falls-based trucker, 50m", "glens falls"],
    ["a Natchitoches-based trucker, 50M", "Natchitoches"],
    ["works for a portland-based firm", "portland"],
  ])("still takes the town in %s", (text, value) => takesAsTyped(text, value, "LOCATION"));
});
