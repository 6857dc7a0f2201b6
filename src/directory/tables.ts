// Directory tables: specialties (NUCC taxonomy) and specialists.
import type { Generated } from "kysely";
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

export interface DirectoryTables {
  specialties: SpecialtiesTable;
  specialists: SpecialistsTable;
}
