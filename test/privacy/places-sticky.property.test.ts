// Property: CITY_STATE_LOWER run sticky at cityStateLowerStarts' offsets finds exactly the
// matches a scan of the whole text finds (the speed change must change no output), on
// generated lower-case text dense in state codes, commas, word characters and spaces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CITY_STATE_LOWER, cityStateLowerStarts } from "../../src/privacy/detectors/places.ts";
import { execAt } from "../../src/privacy/scan.ts";
import { cpuMillis } from "./cpu-time.ts";

const FRAGMENTS = ["in", "ok", "me", "or", "ca", "tx", "wa", "fond", "du", "lac", "walla", "st.", "o'neil", "x-ray", "a", "b", "5", "54935", "54935-1234", "ca5", "ca_", "caé", "é", "in'", "tx.", "-", "'", "."];
const SEPARATORS = ["", " ", "  ", ", ", ",", " ,", "\n", "\t", "\u00a0", "\u2003", "-", "."];
const text = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(""));

function wholeScan(s: string): string[] {
  const re = new RegExp(CITY_STATE_LOWER.source, "g");
  const found: string[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) found.push(`${m.index}:${m[0]}:${m[2]}:${m[3]}`);
  return found;
}

function atStarts(s: string): string[] {
  const found: string[] = [];
  execAt(new RegExp(CITY_STATE_LOWER.source, "y"), s, cityStateLowerStarts(s), (m) => {
    found.push(`${m.index}:${m[0]}:${m[2]}:${m[3]}`);
  });
  return found;
}

describe("CITY_STATE_LOWER at its possible starts", () => {
  it("finds what a scan of the whole text finds", () => {
    fc.assert(fc.property(text, (s) => {
      expect(atStarts(s)).toEqual(wholeScan(s));
    }), { numRuns: 3000 });
  });

  it("finds a town before a code after an earlier code's words ('a b tx ca')", () => {
    for (const s of ["fond du lac wi 54935", "a b tx ca", "walla walla, wa", "x in me or ok"]) expect(atStarts(s)).toEqual(wholeScan(s));
    expect(atStarts("fond du lac wi 54935").length).toBe(1);
  });

  it("stays linear on 200,000 characters of words, codes and spaces", () => {
    for (const unit of ["in ", "ab ", "word ", "a".repeat(50) + " ", "x ca, "]) {
      const s = unit.repeat(Math.ceil(200_000 / unit.length));
      expect(cpuMillis(() => atStarts(s))).toBeLessThan(1000);
    }
  });
});
