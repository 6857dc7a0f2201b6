// Helpers for the held-out class tests: a text as typed, in lower case and in capitals, what redact() takes from each,
// and whole redactions against their expected texts.
import { expect } from "vitest";
import { redact } from "../../src/privacy/index.ts";

/** The text as typed, in lower case and in capitals. */
export function casings(s: string): string[] {
  return [s, s.toLowerCase(), s.toUpperCase()];
}

/** `value` in the casing of `cased`, one of casings(`text`). */
export function cased(text: string, cased: string, value: string): string {
  return cased === text ? value : cased === text.toLowerCase() ? value.toLowerCase() : value.toUpperCase();
}

/** The values of `type` that redact() removes from `text`. */
export function found(text: string, type: string): string[] {
  return redact(text).spans.filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
}

/** Expects `value` to be taken as `type` from `text` in every casing. */
export function takes(text: string, value: string, type: string): void {
  for (const t of casings(text)) expect(found(t, type), t).toContain(cased(text, t, value));
}

/** Expects no span of `type` in `text` in any casing. */
export function leavesType(text: string, type: string): void {
  for (const t of casings(text)) expect(found(t, type), t).toEqual([]);
}

/** Each input redacts to its expected text, and each clinical text comes back unchanged. */
export function expectRedactions(cases: [string, string][], clinical: string[]): void {
  for (const [input, expected] of cases) expect(redact(input).text, input).toBe(expected);
  for (const t of clinical) expect(redact(t).text, t).toBe(t);
}

/** Each [text, place] pair: the place is taken as a LOCATION from the text in every casing. */
export function takesPlaces(pairs: [string, string][]): void {
  for (const [text, place] of pairs) takes(text, place, "LOCATION");
}

/** Each clinical text comes back unchanged in every casing. */
export function leavesAlone(texts: string[]): void {
  expectRedactions([], texts.flatMap(casings));
}

/** No name taken from any of `texts` (they may hold other identifiers). */
export function leavesNames(texts: string[]): void {
  for (const t of texts) expect(found(t, "NAME"), t).toEqual([]);
}
