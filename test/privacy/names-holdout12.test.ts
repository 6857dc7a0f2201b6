// Name classes the held-out corpus 12 showed missing (session 13), each on invented examples,
// with the everyday and clinical readings of the same words that must stay.
import { describe, it } from "vitest";
import { expectRedactions } from "./casings.ts";

describe("'Last, First' closed by what a person does, a comma or a possessive", () => {
  it("takes the pair when both words are surely names", () => {
    expectRedactions(
      [
        ["okonkwo, temitope, esrd, on hd mwf", "[NAME_1], esrd, on hd mwf"],
        ["labs back. nakashima, yerlan also hypokalemic", "labs back. [NAME_1] also hypokalemic"],
        ["clinic confirms: Wiśniewski, Aigerim dosed at 0800", "clinic confirms: [NAME_1] dosed at 0800"],
        ["Tuilagi, Radu vs Okonkwo, Yerlan - same DOB", "[NAME_1] vs [NAME_2] - same DOB"],
        ["cards - eyes on kaczmarski, yerlan's ecg pls", "cards - eyes on [NAME_1]'s ecg pls"],
        // A state after a town stays out of the name.
        ["transfer from Houston, Texas, tonight", "transfer from [LOCATION_1], Texas, tonight"],
      ],
      [
        // Drugs, symptoms and places in the same shapes stay.
        "started on vimpat, keppra, lasix",
        "nausea, vomiting, diarrhea since friday",
        "meds: eliquis, metoprolol also held",
      ],
    );
  });
});

describe("a surname no list holds after a found given name, in lower case", () => {
  it("joins it to the given name", () => {
    expectRedactions(
      [["fyi, pt hamish oyelowo-tamm's gofundme is up", "fyi, pt [NAME_1]'s gofundme is up"]],
      [],
    );
    expectRedactions(
      [
        // A clinical adjective or shorthand after the name is no surname.
        ["pt hamish tachycardic overnight", "pt [NAME_1] tachycardic overnight"],
        ["pt hamish afebrile, hemodynamically stable", "pt [NAME_1] afebrile, hemodynamically stable"],
        ["pt hamish ecmo day 3", "pt [NAME_1] ecmo day 3"],
      ],
      [],
    );
  });
});
