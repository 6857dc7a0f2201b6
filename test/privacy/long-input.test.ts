// Inputs shaped to make backtracking patterns quadratic must still finish (the suite's
// 60 s timeout is the guard; a quadratic pattern takes hours on these).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";

const SHAPES: Record<string, string> = {
  "numbers then words on one long line": "12 ab ".repeat(30_000) + "Oak St",
  "whitespace after an id cue": "mrn" + " ".repeat(100_000) + "x",
  "dotted numbers before a domain": "1.".repeat(50_000) + "com",
  "colons": "1:".repeat(100_000),
  "one capitalised word repeated": "John ".repeat(30_000),
};

describe("redact on long adversarial input", () => {
  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`finishes on ${shape}`, () => {
      const { text: out } = redact(text);
      expect(out.length).toBeGreaterThan(0);
    });
  }

  it("still finds identifiers at the end of a long text", () => {
    const text = "K 3.2, BNP 840. ".repeat(20_000) + "pt John Miller DOB 4/12/1957";
    expect(redact(text).text.endsWith("pt [NAME_1] DOB [DATE_1]")).toBe(true);
  });
});
