// Names in text typed all in capitals (held-out corpus 14): a capital shows nothing there, so a slot, a cue, a listed name
// and what closes a person's name must. Invented names; clinical capitals, eponyms, drugs, units and headers must stay.
import { describe, expect, it } from "vitest";
import { expectRedactions, found, leavesNames } from "./casings.ts";

describe("names in capitals (holdout 14 classes)", () => {
  it("reads stroked and dotless letters as their plain letter, as the lists write the names ('MAŁGORZATA' is 'malgorzata')", () => {
    expectRedactions(
      [
        ["REGISTRATION - WIŚNIEWSKA, MAŁGORZATA ADDRESS CHANGED", "REGISTRATION - [NAME_1] ADDRESS CHANGED"],
        ["ED PEDS: MAŁGORZATA SWALLOWED A COIN", "ED PEDS: [NAME_1] SWALLOWED A COIN"],
        ["Updated Łukasz by phone", "Updated [NAME_1] by phone"],
        ["pt łukasz nowicki", "pt [NAME_1]"],
      ],
      ["ŁÓDŹ TRIP, BACK MONDAY", "ŁAŃCUT CLINIC FAXED", "Łódź trip, back Monday", "HOLD LASIX, K 3.1"],
    );
    // ("Đ" stays itself: the Vietnamese surname "Đỗ" is no "do".)
    expect(found("interpreter: vietnamese, pt thảo đỗ, 5n-22b", "NAME").join(" ")).toContain("đỗ");
  });

  it("knows virtue given names that are words ('Blessing', 'Favour') and 'Anil' as given names that need a name's slot", () => {
    expectRedactions(
      [
        ["HIM: REQUEST RE DESAI, ANIL, DOB 1/14/2003", "HIM: REQUEST RE [NAME_1], DOB [DATE_1]"],
        ["SW: BLESSING OKONKWO NEEDS BUS PASS", "SW: [NAME_1] NEEDS BUS PASS"],
        ["pt blessing okafor in bed 4", "pt [NAME_1] in bed 4"],
        ["Accepted from Blessing Hospital on 1/9, Kawasaki disease.", "Accepted from [LOCATION_1] on [DATE_1], Kawasaki disease."],
      ],
      ["Chaplain gave a blessing at bedside, family grateful", "CHAPLAIN GAVE A BLESSING AT BEDSIDE", "FAMILY WANTS BLESSING BEFORE EXTUBATION",
        "would favour CAP over aspiration, start ceftriaxone", "I'D FAVOUR CAP OVER ASPIRATION", "IN FAVOUR OF DC TMRW", "mixed blessing - rate control better, BP lower",
        "BLESSING OF THE HANDS TODAY 3PM", "favour, please call me back"],
    );
  });
});
