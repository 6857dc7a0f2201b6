// Look-alikes a reviewer found for session 12's date and age rules: doses changed to a fraction, a month's
// abbreviation before "first", intake fractions after a clock time, "2/2" for "secondary to", readings in brackets.
import { describe, it } from "vitest";
import { expectRedactions } from "./casings.ts";

describe("fractions, ordinals and bracketed readings that are no dates or ages", () => {
  it("keeps them", () => {
    expectRedactions(
      [],
      [
        "switched to 1/2 NS",
        "changed to 2/3 maintenance",
        "check the MAR first",
        "dec second dose of lasix",
        "May first try a fluid bolus",
        "breakfast 0800 3/4.",
        "pt interrogated 2/2 syncope",
        "Iron (95)",
        "Apgar (99)",
      ],
    );
  });

  it("still takes the dates and ages those rules are for", () => {
    expectRedactions(
      [
        ["appt changed to 3/14", "appt changed to [DATE_1]"],
        ["cab booked, pickup 0745 4/4", "cab booked, pickup 0745 [DATE_1]"],
        ["born Oct first, 1950", "born [DATE_1]"],
        ["seen by Stone (97) today", "seen by Stone ([AGE_1]) today"],
      ],
      [],
    );
  });
});
