// Runs every detector over a text. Detections may overlap; the redactor merges them.
import { detectDates } from "./detectors/dates.ts";
import { detectNames } from "./detectors/names.ts";
import { detectPlaces } from "./detectors/places.ts";
import { detectStructured } from "./detectors/structured.ts";
import type { Detection } from "./phi-types.ts";

/** All identifier spans found in `text`, unsorted and possibly overlapping. */
export function detectPhi(text: string): Detection[] {
  const out: Detection[] = [];
  detectStructured(text, out);
  detectDates(text, out);
  detectPlaces(text, out);
  detectNames(text, out);
  return out;
}
