// Property: whatever clinical text surrounds them, inserted identifiers never survive.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { FAMILY, GIVEN } from "../fixtures/phi/people.ts";

const CLINICAL = [
  "K 3.2", "BNP 840", "BP 140/90", "HR 112", "ECG at 14:30", "CHA2DS2-VASc 5", "I21.4", "apixaban 5 mg BID", "Parkinson disease",
  "Bell palsy", "GCS 15", "67M", "45F", "pain 7/10", "4/5 power", "Dr. Patel agrees", "@dr.kim", "since 2019", "Cr 1.8", "on lasix",
  "Crohn's flare", "trop 0.04", "pls advise", "thoughts?", "afebrile", "2/6 murmur", "INR 3.4", "Glasgow coma scale 13",
];

const d = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));
const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["January", "Feb", "March", "Apr", "May", "June", "Jul", "August", "Sept", "October", "Nov", "December"];

/** [text to insert, the identifying parts that must not survive]. */
type Inserted = [string, string[]];

const phone = fc.tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 201, max: 989 }), d(4), fc.integer({ min: 0, max: 4 })).map(([a, e, l, style]): Inserted => {
  const v = [`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `${a}${e}${l}`][style]!;
  return [`call ${v}`, [v]];
});
const intlPhone = fc.tuple(fc.constantFrom("+44 20", "+33 1", "+49 30", "+61 2", "+52 55"), d(4), d(4)).map(([cc, a, b]): Inserted => [`${cc} ${a} ${b}`, [`${cc} ${a} ${b}`]]);
const email = fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), fc.constantFrom("gmail.com", "example.org", "aol.com")).map(([g, f, dom]): Inserted => {
  const v = `${g}.${f}`.toLowerCase().replace(/[^a-z.]/g, "") + `@${dom}`;
  return [v, [v]];
});
const ssn = fc.tuple(fc.integer({ min: 100, max: 665 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b, c]): Inserted => [`SSN ${a}-${b}-${c}`, [`${a}-${b}-${c}`]]);
const mrn = fc.tuple(fc.constantFrom("MRN", "MRN:", "MR#", "mrn"), d(8)).map(([cue, v]): Inserted => [`${cue} ${v}`, [v]]);
const date = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1920, max: 2026 }), fc.integer({ min: 0, max: 5 })).map(([m, day, y, style]): Inserted => {
  const v = [`${m}/${day}/${y}`, `${y}-${pad(m)}-${pad(day)}`, `${MONTHS[m - 1]} ${day}, ${y}`, `${day} ${MONTHS[m - 1]} ${y}`, `${pad(m)}/${pad(day)}/${String(y).slice(2)}`, `${MONTHS[m - 1]} ${day}`][style]!;
  return [`seen ${v}`, [v]];
});
const name = fc.tuple(fc.constantFrom("Pt", "pt", "Patient", "Mr.", "Mrs", "daughter", "son", "wife"), fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), fc.boolean()).map(([cue, g, f, both]): Inserted => {
  const v = both ? `${g} ${f}` : /^(?:Mr|Mrs)/.test(cue) ? f : g;
  return [`${cue} ${v}`, v.split(/\s+/).filter((w) => w.length > 1 && !/^[A-Z]\.$/.test(w))];
});
const oldAge = fc.tuple(fc.integer({ min: 90, max: 110 }), fc.constantFrom("yo", " y/o", "-year-old", "F", "M")).map(([a, unit]): Inserted => [`${a}${unit}`, [`${a}${unit}`]]);
const ip = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map(([a, b, c, e]): Inserted => [`from ${a}.${b}.${c}.${e}`, [`${a}.${b}.${c}.${e}`]]);
// Shapes added in session 7: device MAC addresses, Medicare MBIs, national numbers with a trunk 0,
// cities abroad after a place cue, and a Canadian postal code closing an address line.
const hex = fc.array(fc.constantFrom(..."0123456789abcdef"), { minLength: 2, maxLength: 2 }).map((a) => a.join(""));
const mac = fc.tuple(fc.array(hex, { minLength: 6, maxLength: 6 }), fc.constantFrom(":", "-")).filter(([pairs]) => /[a-f]/.test(pairs.join(""))).map(([pairs, sep]): Inserted => [`modem mac ${pairs.join(sep)}`, [pairs.join(sep)]]);
const mbiLetter = fc.constantFrom(..."ACDEFGHJKMNPQRTUVWXY");
const mbi = fc.tuple(fc.integer({ min: 1, max: 9 }), mbiLetter, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), mbiLetter, mbiLetter, fc.integer({ min: 0, max: 9 }), mbiLetter, mbiLetter, d(2)).map(([a, b, c, e, f, g, h, i, j, k]): Inserted => {
  const v = `${a}${b}${c}${e}-${f}${g}${h}-${i}${j}${k}`;
  return [`Medicare MBI ${v}`, [v]];
});
const nationalPhone = fc.tuple(d(2), d(3), d(3)).map(([a, b, c]): Inserted => [`her cell 04${a} ${b} ${c}`, [`04${a} ${b} ${c}`]]);
const abroad = fc.tuple(fc.constantFrom("records from", "flew in from", "lives in", "back from"), fc.constantFrom("Kumasi", "Pune", "Ibadan", "Cebu", "Da Nang", "Addis Ababa", "Mombasa", "Izmir", "Lahore")).map(([cue, city]): Inserted => [`${cue} ${city}`, [city]]);
const canadian = fc.tuple(fc.integer({ min: 10, max: 9999 }), fc.constantFrom("Birch Way", "Maple Dr", "Cedar Cres"), fc.constantFrom("Moncton", "Sudbury", "Thunder Bay", "Kingston"), fc.constantFrom("E1C 4B9", "P3A 2K1", "P7B 5E1", "K7L 3N6")).map(([n, street, town, postal]): Inserted => [`home at ${n} ${street}, ${town} ${postal}`, [`${n} ${street}`, town, postal]]);
const identifier = fc.oneof(phone, intlPhone, email, ssn, mrn, date, name, oldAge, ip, mac, mbi, nationalPhone, abroad, canadian);

const message = fc.tuple(fc.array(fc.constantFrom(...CLINICAL), { maxLength: 4 }), identifier, fc.array(fc.constantFrom(...CLINICAL), { maxLength: 4 }), fc.constantFrom(", ", "; ", ". ", " ", "\n"));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("redact on generated messages", () => {
  it("never lets an inserted identifier survive", () => {
    fc.assert(
      fc.property(message, ([before, [inserted, parts], after, sep]) => {
        const text = [...before, inserted, ...after].join(sep);
        // Staff mentions from the clinical fillers ("Dr. Patel", "@dr.kim") stay by design.
        const out = redact(text).text.replace(/@[\w.]+|Dr\. \w+/g, "");
        for (const part of parts) {
          expect(out, `${text}\n-> ${out}`).not.toMatch(new RegExp(`(?<![\\w])${escape(part)}(?![\\w])`, "i"));
        }
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});
