// The header of the NPPES "NPI Data Dissemination" file (v2, ~330 columns) as CMS
// publishes it. The importer finds columns by these names; the generator writes them.

/** Repeated groups are numbered "_1".."_N". */
function numbered(names: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) for (const name of names) out.push(`${name}_${i}`);
  return out;
}

/** Column names the importer reads. */
export const COL = {
  npi: "NPI",
  entityType: "Entity Type Code",
  organizationName: "Provider Organization Name (Legal Business Name)",
  lastName: "Provider Last Name (Legal Name)",
  firstName: "Provider First Name",
  credential: "Provider Credential Text",
  practiceAddress: "Provider First Line Business Practice Location Address",
  practiceCity: "Provider Business Practice Location Address City Name",
  practiceState: "Provider Business Practice Location Address State Name",
  practicePostalCode: "Provider Business Practice Location Address Postal Code",
  practicePhone: "Provider Business Practice Location Address Telephone Number",
  lastUpdate: "Last Update Date",
  deactivationDate: "NPI Deactivation Date",
  reactivationDate: "NPI Reactivation Date",
  taxonomy: (i: number) => `Healthcare Provider Taxonomy Code_${i}`,
  primarySwitch: (i: number) => `Healthcare Provider Primary Taxonomy Switch_${i}`,
} as const;

/** How many taxonomy slots a row has. */
export const TAXONOMY_SLOTS = 15;

/** The full header, in CMS order. */
export const NPPES_HEADER: readonly string[] = [
  "NPI",
  "Entity Type Code",
  "Replacement NPI",
  "Employer Identification Number (EIN)",
  "Provider Organization Name (Legal Business Name)",
  "Provider Last Name (Legal Name)",
  "Provider First Name",
  "Provider Middle Name",
  "Provider Name Prefix Text",
  "Provider Name Suffix Text",
  "Provider Credential Text",
  "Provider Other Organization Name",
  "Provider Other Organization Name Type Code",
  "Provider Other Last Name",
  "Provider Other First Name",
  "Provider Other Middle Name",
  "Provider Other Name Prefix Text",
  "Provider Other Name Suffix Text",
  "Provider Other Credential Text",
  "Provider Other Last Name Type Code",
  "Provider First Line Business Mailing Address",
  "Provider Second Line Business Mailing Address",
  "Provider Business Mailing Address City Name",
  "Provider Business Mailing Address State Name",
  "Provider Business Mailing Address Postal Code",
  "Provider Business Mailing Address Country Code (If outside U.S.)",
  "Provider Business Mailing Address Telephone Number",
  "Provider Business Mailing Address Fax Number",
  "Provider First Line Business Practice Location Address",
  "Provider Second Line Business Practice Location Address",
  "Provider Business Practice Location Address City Name",
  "Provider Business Practice Location Address State Name",
  "Provider Business Practice Location Address Postal Code",
  "Provider Business Practice Location Address Country Code (If outside U.S.)",
  "Provider Business Practice Location Address Telephone Number",
  "Provider Business Practice Location Address Fax Number",
  "Provider Enumeration Date",
  "Last Update Date",
  "NPI Deactivation Reason Code",
  "NPI Deactivation Date",
  "NPI Reactivation Date",
  "Provider Sex Code",
  "Authorized Official Last Name",
  "Authorized Official First Name",
  "Authorized Official Middle Name",
  "Authorized Official Title or Position",
  "Authorized Official Telephone Number",
  ...numbered(["Healthcare Provider Taxonomy Code", "Provider License Number", "Provider License Number State Code", "Healthcare Provider Primary Taxonomy Switch"], TAXONOMY_SLOTS),
  ...numbered(["Other Provider Identifier", "Other Provider Identifier Type Code", "Other Provider Identifier State", "Other Provider Identifier Issuer"], 50),
  "Is Sole Proprietor",
  "Is Organization Subpart",
  "Parent Organization LBN",
  "Parent Organization TIN",
  "Authorized Official Name Prefix Text",
  "Authorized Official Name Suffix Text",
  "Authorized Official Credential Text",
  ...Array.from({ length: TAXONOMY_SLOTS }, (_, i) => `Healthcare Provider Taxonomy Group_${i + 1}`),
  "Certification Date",
];
