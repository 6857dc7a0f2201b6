// Look-alikes a reviewer found for session 12's place rules: towns that are English words after "from" or "to"
// ("Drain", "Nitro", "Normal", "Chloride") where a drain, a drip or a lab value is meant.
import { describe, it } from "vitest";
import { expectRedactions } from "./casings.ts";

describe("towns that are English words after 'from' and 'to'", () => {
  it("keeps drains, drips and returns to normal", () => {
    expectRedactions([], ["lfts returned to normal", "output from drain, 50 cc", "bleeding from drain.", "transitioned from nitro.", "switched from chloride.", "magnesium back to normal"]);
  });

  it("keeps body parts, devices and ward places a fluid, reading or fall comes from", () => {
    expectRedactions([], ["bright red blood from colon, gi aware.", "pulse ox from finger.", "alarm from monitor. rn aware.", "fell from walker, hit his head.", "pain from stone, gave toradol.", "ambulated 200 ft (in hall) with pt.", "bleeding from temple, pressure held."]);
  });

  it("still takes such a town after a person or a move", () => {
    expectRedactions(
      [
        // (The person is a name too: in lower case a surname by its ending, "-czyk", is taken wherever it stands.)
        ["kowalczyk from normal again", "[NAME_1] from [LOCATION_1] again"],
        ["moving to paradise next month", "moving to [LOCATION_1] next month"],
      ],
      [],
    );
  });
});
