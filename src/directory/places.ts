// Turns "10001" or "Springfield, IL" into coordinates using the `zipcodes` data package
// (US ZIP code centroids).
import zipcodes from "zipcodes";
import { AppError } from "../errors.ts";

/** A resolved place. */
export interface Place {
  /** Human label ("10001 New York, NY"). */
  label: string;
  /** Latitude in degrees. */
  latitude: number;
  /** Longitude in degrees. */
  longitude: number;
}

const STATE_CODES = new Set(Object.keys(zipcodes.states.abbr ?? {}));

/** Resolves a ZIP (5 or ZIP+4) or "City, ST" to coordinates; throws BAD_ARGUMENT when unknown. */
export function resolvePlace(text: string): Place {
  const trimmed = text.trim();
  const zip = /^(\d{5})(?:-?\d{4})?$/.exec(trimmed);
  if (zip) {
    const found = zipcodes.lookup(zip[1]!);
    if (!found || found.country !== "US") throw new AppError("BAD_ARGUMENT", "That ZIP code is not one Curbside knows. Try a nearby ZIP or `City, ST`.");
    return { label: `${found.zip} ${found.city}, ${found.state}`, latitude: found.latitude, longitude: found.longitude };
  }
  const cityState = /^(.+?)[,\s]+([A-Za-z]{2})$/.exec(trimmed);
  if (cityState) {
    const state = cityState[2]!.toUpperCase();
    const city = cityState[1]!.replace(/,$/, "").trim();
    if (STATE_CODES.size === 0 || STATE_CODES.has(state)) {
      const matches = zipcodes.lookupByName(city, state);
      if (matches.length > 0) {
        const latitude = matches.reduce((s, m) => s + m.latitude, 0) / matches.length;
        const longitude = matches.reduce((s, m) => s + m.longitude, 0) / matches.length;
        return { label: `${matches[0]!.city}, ${state}`, latitude, longitude };
      }
    }
  }
  throw new AppError("BAD_ARGUMENT", "Curbside could not find that place. Use a 5-digit ZIP (`near 10001`) or a city and state (`near Springfield, IL`).");
}
