// Name classes the held-out corpus 13 still showed missing after the first pass (session 15, second pass),
// each on invented examples, with the everyday and clinical readings of the same words that must stay.
import { describe, it } from "vitest";
import { expectRedactions } from "./casings.ts";

describe("a second given name after 'and' where a plural relative opens the list", () => {
  it("takes a one-syllable name no list holds and the plural shorthand 'dtrs', 'sibs', 'nieces'", () => {
    expectRedactions(
      [
        ["wife oksana, dtrs mireille and htoo, interpreter booked", "wife [NAME_1], dtrs [NAME_2] and [NAME_3], interpreter booked"],
        ["sons kwabena and dorje, both aware of plan", "sons [NAME_1] and [NAME_2], both aware of plan"],
        ["Husband Tevita, dtrs Hope and Wayra, chaplain booked", "Husband [NAME_1], dtrs [NAME_2] and [NAME_3], chaplain booked"],
        ["nieces Amaru and Kalinda at bedside", "nieces [NAME_1] and [NAME_2] at bedside"],
      ],
      [
        // A drug, an antibiotic's shorthand, a diagnosis or a pronoun after "and" stays; so does a plural relative with no name.
        "dtrs aware of plan, will visit",
        "vanc and zosyn, cultures pending",
        "sepsis and aki, cr 2.1",
        "lisinopril and abx, holding tonight",
      ],
    );
  });
});

describe("Catalan 'i' between two surnames and Faroese 'á' before a farm's name", () => {
  it("joins the second surname to a found name, and a Faroese given name to its place-surname", () => {
    expectRedactions(
      [
        ["guardian mireia puig i serra, 555-201-4433", "guardian [NAME_1], [PHONE_1]"],
        ["rx for marta vidal i pujol sent to the wrong pharmacy", "rx for [NAME_1] sent to the wrong pharmacy"],
        ["pt Maria Lopez i Cruz at bedside", "pt [NAME_1] at bedside"],
        ["Heðin á Hamri (Faroese sailor) HR 120, on 2L", "[NAME_1] (Faroese sailor) HR 120, on 2L"],
        ["turið á brekku (faroese visitor) hr 118", "[NAME_1] (faroese visitor) hr 118"],
      ],
      [
        // English "i" after a name, ECG leads, Spanish and French "á la", a type's numeral stay.
        "called pt jones i guess",
        "ecg: qrs i avl aVF, st changes",
        "lead i and avl st elevation",
        "à la carte tray ordered, á la carte menu",
        "Type í Diabetes on insulin",
      ],
    );
  });
});

describe("Māori 'te' and Spanish 'de los', 'de las' as particles inside a name", () => {
  it("joins them like 'de la' and 'van der', and lets 'te' open a surname after a cue", () => {
    expectRedactions(
      [
        ["wife anahera te kooti at bedside, aware of plan", "wife [NAME_1] at bedside, aware of plan"],
        ["Anahera te Kooti-Walker, 93m, urinary retention", "[NAME_1], [AGE_1]m, urinary retention"],
        ["pt te kooti works nights, can't afford copay", "pt [NAME_1] works nights, can't afford copay"],
        ["guardian for te kooti, 555-201-3344", "guardian for [NAME_1], [PHONE_1]"],
        ["Hemi te Kanawa, 60m, chest pain", "[NAME_1], 60m, chest pain"],
        ["Lucía de las Heras, 45f", "[NAME_1], 45f"],
      ],
      [
        // Spanish and French "te" ("you"), Spanish "de los" before body parts, and a Māori phrase after "for" stay.
        "si te sientes mal, llama al 911",
        "pt says je te vois demain",
        "dolor de los pies, no trauma",
        "for te reo interpreter, family prefers",
        "pt ok, te amo written on card",
      ],
    );
  });
});

describe("a guardian is a relative's word: a name no list holds before a comma and a phone", () => {
  it("takes the name between 'guardian' and the number", () => {
    expectRedactions(
      [
        ["pt on 72hr hold, guardian ruksana, (212) 555-0142 call first", "pt on 72hr hold, guardian [NAME_1], [PHONE_1] call first"],
        ["legal guardian tavita, +1 808 555 0199", "legal guardian [NAME_1], [PHONE_1]"],
        // A guardian's role, where one is, a relative with no name, a phone's label or a modal before the number: only the number goes.
        ["guardian ad litem 555-201-4433", "guardian ad litem [PHONE_1]"],
        ["guardian at bedside, (212) 555-0142", "guardian at bedside, [PHONE_1]"],
        ["legal guardian: 555-201-4433", "legal guardian: [PHONE_1]"],
        ["son will (478) 555-3307", "son will [PHONE_1]"],
        ["dtr cell 555-201-4433", "dtr cell [PHONE_1]"],
        ["son notified (478) 555-3307", "son notified [PHONE_1]"],
      ],
      [
        "guardian at bedside, aware of plan",
        "guardian ad litem assigned by court",
      ],
    );
  });
});
