// Scans a text once (src/privacy/scan.ts) and runs every detector over the scan.
// Detections may overlap; the redactor merges them.
import { detectDates } from "./detectors/dates.ts";
import { detectNames } from "./detectors/names.ts";
import { detectPlaces } from "./detectors/places.ts";
import { detectStructured } from "./detectors/structured.ts";
import type { Detection } from "./phi-types.ts";
import { releaseScan, scanText } from "./scan.ts";

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
  return out;
}
