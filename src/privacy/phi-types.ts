// The identifier kinds Curbside removes: the 18 HIPAA Safe Harbor identifiers as they
// show up in clinical chat, grouped into placeholder types a reader can follow.

/** A kind of protected health identifier; also the stem of its placeholder (`[NAME_1]`). */
export type PhiType =
  /** Names of patients, relatives, household members (never staff marked as such). */
  | "NAME"
  /** Any date more precise than a year: "4/12/1957", "Jan 14", "born in March 1962". */
  | "DATE"
  /** Ages over 89 ("93yo", "age 93"). */
  | "AGE"
  /** Telephone and fax numbers, US and international. */
  | "PHONE"
  /** Email addresses. */
  | "EMAIL"
  /** Social security numbers. */
  | "SSN"
  /** Medical record numbers. */
  | "MRN"
  /** Health plan beneficiary / member / policy numbers. */
  | "HEALTH_PLAN"
  /** Account numbers. */
  | "ACCOUNT"
  /** Certificate and licence numbers (driver's licence, passport...). */
  | "LICENSE"
  /** Vehicle identifiers: VINs and licence plates. */
  | "VEHICLE"
  /** Device identifiers and serial numbers (implants, pumps, phones' IMEI). */
  | "DEVICE"
  /** Web URLs. */
  | "URL"
  /** IPv4 and IPv6 addresses. */
  | "IP"
  /** Street addresses. */
  | "ADDRESS"
  /** Cities, towns, counties and facility names below state level. */
  | "LOCATION"
  /** ZIP codes. */
  | "ZIP"
  /** Any other unique identifying number or code (case numbers, claim numbers...). */
  | "ID";

/** Every PhiType, in a stable order (reports, benchmarks). */
export const PHI_TYPES: readonly PhiType[] = [
  "NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT",
  "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "ID",
];

/** One identifier found in the input. */
export interface PhiSpan {
  /** Offset of the first character in the input (UTF-16 code units). */
  start: number;
  /** Offset just past the last character in the input. */
  end: number;
  /** Kind of identifier. */
  type: PhiType;
  /** What replaced it in the redacted text, e.g. "[NAME_1]". */
  placeholder: string;
}

/** What a caller may ask of the redactor. */
export interface RedactionPolicy {
  /** Keep a placeholder -> original map in memory for restoring text later (never store it). */
  reversible?: boolean;
}

/** A span found by a detector, before placeholders are assigned. */
export interface Detection {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** Kind of identifier. */
  type: PhiType;
}
