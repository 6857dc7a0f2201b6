// Names in text typed all in lower case (held-out corpus 14): no capital shows a name there, so a slot, a cue, a listed
// name and what closes a person's name must. Invented names; lower-case clinical chat, eponyms, drugs and shorthand stay.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { expectRedactions } from "./casings.ts";

describe("names in lower case (holdout 14 classes)", () => {
  it("reads lower case as capitals for the capitals' slots: roles, contacts, possessive pairs, 'last, first' a record's field or date closes", () => {
    expectRedactions(
      [
        ["billing: guarantor sandy marsh, balance $1,200", "billing: guarantor [NAME_1], balance $1,200"],
        ["hospice: dnr; contact sandy hale 377.555.0142", "hospice: dnr; contact [NAME_1] [PHONE_1]"],
        ["emergency contact amber +1 555 201 7730", "emergency contact [NAME_1] [PHONE_1]"],
        ["cgm: blessing hale's dexcom receiver sn pending", "cgm: [NAME_1]'s dexcom receiver sn pending"],
        ["sign-out: okonjo, favour 12-mar-1961; sharp, hope 4/17/68. both on heparin", "sign-out: [NAME_1] [DATE_1]; [NAME_2] [DATE_2]. both on heparin"],
        ["registration - love, hazel address changed", "registration - [NAME_1] address changed"],
        ["sw: major pace needs bus pass", "sw: [NAME_1] needs bus pass"],
        ["summer lark (93 yo) refuses peg", "[NAME_1] ([AGE_1] yo) refuses peg"],
        ["reg: anatoly petrenko, dob 05/20/53", "reg: [NAME_1], dob [DATE_1]"],
      ],
      [
        "contact isolation, gown and gloves", "emergency contact on file", "guarantor info updated",
        "son will drive, wife aware", "mom may stay, dad aware", "grace period ends friday", "may hold eliquis tonight",
        "cgm: dexcom receiver sn pending", "registration - address changed, insurance pending", "ortho: wells, caprini low",
        "kernig, brudzinski neg", "skin warm, dry, intact", "white, fluffy exudate", "major bleed, transfuse 2u", "rocky course, now stable",
        "frank blood in stool", "summer heat, dehydrated", "sandy stool, guaiac neg", "rose bengal stain neg", "hope is to extubate tomorrow",
        "labs: na 131, k 5.9; bun 40", "abx: vanc, zosyn (day 2)", "family (son, daughter) at bedside",
      ],
    );
    expect(redact("contact derm 555-201-7730").text).toBe("contact derm [PHONE_1]");
  });

  it("keeps the capitals' rules from a question's modal, a list of eponymous tests and what a consult is for", () => {
    expectRedactions(
      [
        ["will okonkwo's inr be back by noon?", "will [NAME_1]'s inr be back by noon?"],
        ["WILL OKONKWO'S INR BE BACK BY NOON?", "WILL [NAME_1]'S INR BE BACK BY NOON?"],
        ["PALLIATIVE CONSULT FOR STROUD (98 Y/O)", "PALLIATIVE CONSULT FOR [NAME_1] ([AGE_1] Y/O)"],
      ],
      ["HAWKINS, NEER, JOBE TESTS POSITIVE", "ir consult for port (67yo) on chemo", "gi consult for melena (88 y/o) on eliquis"],
    );
    expect(redact("hawkins, neer, jobe tests positive").text).toContain("neer, jobe tests positive");
  });
});

describe("surnames an apostrophe opens, in lower case", () => {
  it("takes 'o'' surnames as capitals do; a staff title's surname, o'clock, blood groups and French elisions stay", () => {
    expectRedactions(
      [
        ["o'brennan - bday 4/11 (he'll be 101)", "[NAME_1] - bday [DATE_1] (he'll be [AGE_1])"],
      ],
      ["code blue, dr. o'connor leading", "rn o'hara at desk", "see you at 5 o'clock", "needs o'neg blood, then o'pos", "c'est la vie, n'est-ce pas", "n'importe quoi"],
    );
  });
});
