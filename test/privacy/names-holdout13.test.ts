// Name classes the held-out corpus 13 showed missing (session 15), each on invented examples,
// with the everyday and clinical readings of the same words that must stay.
import { describe, it } from "vitest";
import { expectRedactions } from "./casings.ts";

describe("two words no list needs to hold, in text typed all in lower case", () => {
  it("takes the pair where a slot opens and a person's name ends", () => {
    expectRedactions(
      [
        ["rx for temaru okonjiro sent to the wrong pharmacy", "rx for [NAME_1] sent to the wrong pharmacy"],
        ["dispo: kelesi mauvaka going home w/ hh", "dispo: [NAME_1] going home w/ hh"],
        ["blood bank: wirihana taupaki has anti-kell, needs antigen-neg units", "blood bank: [NAME_1] has anti-kell, needs antigen-neg units"],
        ["ivc papers for tavita lemalu signed at noon", "ivc papers for [NAME_1] signed at noon"],
        ["need interp for odina kusiak, dob to follow", "need interp for [NAME_1], dob to follow"],
      ],
      [
        // Drugs, shorthand, a people's language, English words joined by a hyphen and clinical words stay.
        "started on vanc zosyn, levophed weaning",
        "marshallese interp? call the family",
        "self-pay pt, wants payment plan",
        "for ecmo cannulation, needs consent",
        "pt on precedex, keppra loading",
        "dx: takotsubo cardiomyopathy, ef 30%",
      ],
    );
  });
});
