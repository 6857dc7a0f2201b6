import { describe, expect, it } from "vitest";
import { readTypedName } from "../src/directory/typed-name.ts";

describe("readTypedName", () => {
  it("reads one word as a last name or a first name", () => {
    expect(readTypedName("  Nadia ")).toEqual({ readings: [{ last: "nadia" }], firstOnly: "nadia" });
  });

  it("reads two words as a two-word last name, first then last, or last then first", () => {
    expect(readTypedName("Nadia Brannigan").readings).toEqual([{ last: "nadia brannigan" }, { first: "nadia", last: "brannigan" }, { last: "nadia", first: "brannigan" }]);
    expect(readTypedName("Nadia Brannigan").firstOnly).toBeUndefined();
  });

  it("reads 'Last, First' one way only", () => {
    expect(readTypedName("Brannigan, Nadia")).toEqual({ readings: [{ last: "brannigan", first: "nadia" }] });
    expect(readTypedName("Van Buren, Nadia K")).toEqual({ readings: [{ last: "van buren", first: "nadia k" }] });
  });

  it("drops honorifics in front and credentials behind", () => {
    const plain = readTypedName("Nadia Brannigan");
    for (const text of ["Dr. Nadia Brannigan", "dr nadia brannigan md", "Doctor Nadia Brannigan, M.D.", "Dr. Nadia Brannigan, MD, PhD", "Nadia Brannigan MD FACC"]) {
      expect(readTypedName(text), text).toEqual(plain);
    }
    expect(readTypedName("Brannigan, Nadia, MD")).toEqual(readTypedName("Brannigan, Nadia"));
    expect(readTypedName("Dr Brannigan")).toEqual(readTypedName("Brannigan"));
  });

  it("keeps DO as a last name unless it follows a comma, and never drops the only word", () => {
    expect(readTypedName("Nadia Do").readings).toContainEqual({ first: "nadia", last: "do" });
    expect(readTypedName("Nadia Brannigan, DO")).toEqual(readTypedName("Nadia Brannigan"));
    expect(readTypedName("Dr")).toEqual({ readings: [{ last: "dr" }], firstOnly: "dr" });
    expect(readTypedName("MD")).toEqual({ readings: [{ last: "md" }], firstOnly: "md" });
  });

  it("keeps hyphens and apostrophes inside a name, and reads at most four words", () => {
    expect(readTypedName("Nadia O'Sullivan-Reyes").readings).toContainEqual({ first: "nadia", last: "o'sullivan-reyes" });
    const long = readTypedName("a b c d e f g h");
    expect(long.readings[0]).toEqual({ last: "a b c d" });
    expect(long.readings).toHaveLength(1 + 2 * 3);
    expect(readTypedName(" , ")).toEqual({ readings: [] });
  });
});
