// Directory tables: specialties (NUCC taxonomy) and specialists.
import type { ColumnType, Generated } from "kysely";
import type { CreatedAt } from "../db/schema.ts";

export interface SpecialtiesTable {
  code: string;
  name: string;
  grouping: string;
  synonyms: string[];
  search_terms: string;
}

export interface SpecialistsTable {
  id: Generated<number>;
  npi: string;
  first_name: string;
  last_name: string;
  credential: string | null;
  primary_taxonomy: string;
  taxonomy_codes: string[];
  address_line: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  phone: string | null;
  latitude: number | null;
  longitude: number | null;
  languages: Generated<string[]>;
  telehealth: Generated<boolean>;
  accepting_consults: Generated<boolean>;
  verified: Generated<boolean>;
  active: Generated<boolean>;
  source: Generated<string>;
  nppes_updated_on: string | null;
  updated_at: CreatedAt;
}

/** One practice ZIP and its centroid; carries the earth-distance index for "near" searches. */
export interface PracticeLocationsTable {
  zip: string;
  latitude: number;
  longitude: number;
}

/** Each distinct lower-cased specialist last name once, matched in memory by name searches (name-index.ts). */
export interface SpecialistLastNamesTable {
  name: string;
  /** Increasing, for reading only the names added since (migration 0310). */
  id: Generated<number>;
  /** Active specialists with this last name as of the last import (null before one). */
  specialists: number | null;
}

/** Each distinct lower-cased specialist first name once, matched in memory by name searches (name-index.ts). */
export interface SpecialistFirstNamesTable {
  name: string;
  /** Increasing, for reading only the names added since (migration 0310). */
  id: Generated<number>;
  /** Active specialists with this first name as of the last import (null before one). */
  specialists: number | null;
}

/** A user's claim to an NPI; trusted only once an admin confirms it. */
export interface UserNpiLinksTable {
  user_id: number;
  organization_id: number;
  npi: string;
  /** "pending" | "confirmed". */
  status: Generated<string>;
  requested_at: CreatedAt;
  confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  confirmed_by: number | null;
}

/** A specialty a user declared for themselves (confirmed by an admin where required). */
export interface UserSpecialtiesTable {
  user_id: number;
  organization_id: number;
  code: string;
  confirmed: Generated<boolean>;
  confirmed_by: number | null;
  created_at: CreatedAt;
}

/** One on-call shift: who covers a specialty for an organization, from when to when. */
export interface OncallShiftsTable {
  id: Generated<number>;
  organization_id: number;
  specialty_code: string;
  user_id: number | null;
  specialist_npi: string | null;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  note: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface DirectoryTables {
  specialties: SpecialtiesTable;
  specialists: SpecialistsTable;
  practice_locations: PracticeLocationsTable;
  specialist_last_names: SpecialistLastNamesTable;
  specialist_first_names: SpecialistFirstNamesTable;
  user_npi_links: UserNpiLinksTable;
  user_specialties: UserSpecialtiesTable;
  oncall_shifts: OncallShiftsTable;
}
