// Names in text typed all in capitals (held-out corpus 12, session 13): a capital shows nothing there, so an age, a kin
// bracket, a slot's opening or a surname surely one must. Invented names; clinical capitals must stay.
import { describe, it } from "vitest";
import { expectRedactions, leavesType } from "./casings.ts";

describe("an eponym's possessive before what a person has (any casing)", () => {
  it("leaves the disease's labs and meds", () => {
    expectRedactions([["got kowalczyk's labs back", "got [NAME_1]'s labs back"]], []);
    for (const keep of ["Hashimoto's labs pending", "Addison's meds due", "Parkinson's meds at 0600"]) leavesType(keep, "NAME");
  });
});
