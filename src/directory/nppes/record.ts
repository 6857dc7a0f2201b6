// Turns one NPPES record into what the import does with it: upsert a specialist,
// deactivate an NPI, skip it (organization, no specialist taxonomy) or reject it.
import zipcodes from "zipcodes";
import { isValidNpi } from "../npi.ts";
import { COL, TAXONOMY_SLOTS } from "./columns.ts";

/** A specialist row as the import writes it. */
export interface ImportedSpecialist {
  /** NPI. */
  npi: string;
  /** First name (title case). */
  firstName: string;
  /** Last name (title case). */
  lastName: string;
  /** Credential text as filed. */
  credential: string | null;
  /** Primary specialist taxonomy. */
  primaryTaxonomy: string;
  /** Specialist taxonomies, primary first. */
  taxonomyCodes: string[];
  /** Practice address line. */
  addressLine: string | null;
  /** Practice city. */
  city: string | null;
  /** Practice state. */
  state: string | null;
  /** 5-digit ZIP. */
  zip: string | null;
  /** Practice phone digits. */
  phone: string | null;
  /** ZIP centroid latitude. */
  latitude: number | null;
  /** ZIP centroid longitude. */
  longitude: number | null;
  /** Last Update Date (ISO). */
  updatedOn: string | null;
}

/** What to do with one record. */
export type RecordAction =
  | { kind: "upsert"; specialist: ImportedSpecialist }
  | { kind: "deactivate"; npi: string; on: string }
  | { kind: "organization" }
  | { kind: "not-specialist"; npi: string }
  | { kind: "reject"; reason: string };

/** Column positions found in the header. */
export interface ColumnMap {
  npi: number;
  entityType: number;
  lastName: number;
  firstName: number;
  credential: number;
  practiceAddress: number;
  practiceCity: number;
  practiceState: number;
  practicePostalCode: number;
  practicePhone: number;
  lastUpdate: number;
  deactivationDate: number;
  reactivationDate: number;
  taxonomies: number[];
  switches: number[];
}

/** Finds the columns by header name; returns the names that are missing. */
export function mapColumns(header: string[]): { map: ColumnMap; missing: string[] } {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing: string[] = [];
  const at = (name: string, required = true) => {
    const i = index.get(name.toLowerCase());
    if (i === undefined) {
      if (required) missing.push(name);
      return -1;
    }
    return i;
  };
  const map: ColumnMap = {
    npi: at(COL.npi),
    entityType: at(COL.entityType),
    lastName: at(COL.lastName),
    firstName: at(COL.firstName),
    credential: at(COL.credential, false),
    practiceAddress: at(COL.practiceAddress, false),
    practiceCity: at(COL.practiceCity),
    practiceState: at(COL.practiceState),
    practicePostalCode: at(COL.practicePostalCode),
    practicePhone: at(COL.practicePhone, false),
    lastUpdate: at(COL.lastUpdate, false),
    deactivationDate: at(COL.deactivationDate),
    reactivationDate: at(COL.reactivationDate, false),
    taxonomies: [],
    switches: [],
  };
  for (let i = 1; i <= TAXONOMY_SLOTS; i++) {
    const t = at(COL.taxonomy(i), i === 1);
    if (t < 0) continue;
    map.taxonomies.push(t);
    map.switches.push(at(COL.primarySwitch(i), false));
  }
  return { map, missing };
}

/** "MM/DD/YYYY" (NPPES) or "YYYY-MM-DD" to ISO; null when empty or malformed. */
export function nppesDate(value: string | undefined): string | null {
  if (!value) return null;
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (us) return `${us[3]}-${us[1]}-${us[2]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** "O'NEIL-SMITH" -> "O'Neil-Smith", "MCDONALD" -> "Mcdonald". */
export function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'\-.])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const coordinates = new Map<string, { latitude: number; longitude: number } | null>();
function locate(zip5: string): { latitude: number; longitude: number } | null {
  let found = coordinates.get(zip5);
  if (found === undefined) {
    const z = zipcodes.lookup(zip5);
    found = z && z.country === "US" ? { latitude: z.latitude, longitude: z.longitude } : null;
    coordinates.set(zip5, found);
  }
  return found;
}

const get = (fields: string[], i: number): string => (i >= 0 ? (fields[i] ?? "").trim() : "");

/** Decides what to do with a record; `specialistCodes` are the taxonomies Curbside lists. */
export function classify(fields: string[], map: ColumnMap, specialistCodes: ReadonlySet<string>): RecordAction {
  const npi = get(fields, map.npi);
  if (!npi) return { kind: "reject", reason: "no NPI" };
  if (!/^\d{10}$/.test(npi)) return { kind: "reject", reason: "NPI is not 10 digits" };
  if (!isValidNpi(npi)) return { kind: "reject", reason: "NPI check digit is wrong" };

  const deactivated = nppesDate(get(fields, map.deactivationDate));
  if (deactivated) {
    const reactivated = nppesDate(get(fields, map.reactivationDate));
    // Deactivation stubs carry only the NPI and this date.
    if (!reactivated || reactivated < deactivated) return { kind: "deactivate", npi, on: deactivated };
  }

  const entity = get(fields, map.entityType);
  if (entity === "2") return { kind: "organization" };
  if (entity !== "1") return { kind: "reject", reason: "entity type is neither 1 nor 2" };

  const codes: string[] = [];
  let primary: string | undefined;
  for (let s = 0; s < map.taxonomies.length; s++) {
    const code = get(fields, map.taxonomies[s]!).toUpperCase();
    if (!code || !specialistCodes.has(code)) continue;
    if (!codes.includes(code)) codes.push(code);
    if (!primary && get(fields, map.switches[s]!).toUpperCase() === "Y") primary = code;
  }
  if (codes.length === 0) return { kind: "not-specialist", npi };
  primary ??= codes[0]!;
  const taxonomyCodes = [primary, ...codes.filter((c) => c !== primary)];

  const last = get(fields, map.lastName);
  if (!last) return { kind: "reject", reason: "no last name" };
  const postal = get(fields, map.practicePostalCode).replace(/\D/g, "");
  const zip = postal.length === 5 || postal.length === 9 ? postal.slice(0, 5) : null;
  const place = zip ? locate(zip) : null;
  const phone = get(fields, map.practicePhone).replace(/\D/g, "");
  const credential = get(fields, map.credential);
  const address = get(fields, map.practiceAddress);
  const city = get(fields, map.practiceCity);
  const state = get(fields, map.practiceState).toUpperCase();
  return {
    kind: "upsert",
    specialist: {
      npi,
      firstName: titleCase(get(fields, map.firstName)),
      lastName: titleCase(last),
      credential: credential || null,
      primaryTaxonomy: primary,
      taxonomyCodes,
      addressLine: address ? titleCase(address) : null,
      city: city ? titleCase(city) : null,
      state: state || null,
      zip,
      phone: phone || null,
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      updatedOn: nppesDate(get(fields, map.lastUpdate)),
    },
  };
}
