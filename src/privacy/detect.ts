// Scans a text once (src/privacy/scan.ts) and runs every detector over the scan.
// Detections may overlap; the redactor merges them.
import { detectDates } from "./detectors/dates.ts";
import { detectNames } from "./detectors/names.ts";
import { detectPlaces } from "./detectors/places.ts";
import { detectStructured } from "./detectors/structured.ts";
import type { Detection } from "./phi-types.ts";
import { isWordLetter, releaseScan, scanText } from "./scan.ts";

/** All identifier spans found in `text`, unsorted and possibly overlapping. */
export function detectPhi(text: string): Detection[] {
  const out: Detection[] = [];
  const scan = scanText(text);
  try {
    detectStructured(scan, out);
    detectDates(scan, out);
    detectPlaces(scan, out);
    detectNames(scan, out);
  } finally {
    releaseScan(scan);
  }
  wholeWords(text, out);
  return out;
}

/**
 * Widens every span that cuts a word of letters to the whole word, so no part of an
 * identifier is left ("nukuʻalofa" where a pattern stopped at the ʻokina). Digits do not
 * count: a code glued to a cue word ("DOB19831005") keeps its edge.
 */
function wholeWords(text: string, found: Detection[]): void {
  for (const d of found) {
    while (d.end < text.length && isWordLetter(text.charCodeAt(d.end)) && isWordLetter(text.charCodeAt(d.end - 1))) d.end++;
    while (d.start > 0 && isWordLetter(text.charCodeAt(d.start - 1)) && isWordLetter(text.charCodeAt(d.start))) d.start--;
    if (d.start > 0 && text.charCodeAt(d.start - 1) === 35 && CODE_TYPES.has(d.type) && hashOpensWord(text, d.start - 1)) d.start--;
  }
}

/** Types whose value is a code: a "#" glued to one is part of its number ("specimen #60179715"). */
const CODE_TYPES = new Set(["ID", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE", "VEHICLE"]);

/** Whether the "#" at `at` opens a word (after a space, bracket or the start), not a cue's tail ("mrn#"). */
function hashOpensWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c === 32 || c === 9 || c === 10 || c === 40;
}
