// Place classes that holdout14 (measured once, then opened) showed missing. Beside each, the clinical look-alikes it
// must leave. Every string here is invented.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/privacy/index.ts";
import { cased, casings, leavesAlone } from "./casings.ts";

/** Expects `value` gone from the redacted text in every casing (whatever type took it). */
function removes(text: string, value: string): void {
  for (const t of casings(text)) expect(redact(t).text, t).not.toContain(cased(text, t, value));
}

/** One class: values it must remove from each text (in every casing), and texts that must come back unchanged. */
function classOf(taken: [string, string][], left: string[]): void {
  it.each(taken)("%s", (text, value) => removes(text, value));
  it("leaves the look-alikes", () => leavesAlone(left));
}

describe("a basement closing a street address, with its comma or not", () => classOf([
  ["lives alone at 20417 Tanner's Circle Bsmt; no phone", "Bsmt"],
  ["Odile lives at 4410 Quarry Terrace, Bsmt with a roommate", "Bsmt"],
  ["new address 7712 se 41st dr bsmt, springfield 65802. update chart", "bsmt"],
  ["old address 18B Kettle Ln basement; new one pending", "basement"],
], [
  "pt in 4 west basement for MRI",
  "bsmt storage has the spare pumps",
  "flooded basement, 2 falls this week",
]));
