// A deterministic invented directory for demos and tests. Every person here is made
// up; NPIs carry valid check digits but are flagged source = 'demo' and never verified.
import type { Kysely } from "kysely";
import zipcodes from "zipcodes";
import type { Database } from "../db/schema.ts";
import { makeNpi } from "./npi.ts";

const FIRST_NAMES = [
  "Amara", "Ben", "Carmen", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonah", "Kavya", "Luis", "Mei", "Nadia",
  "Omar", "Priya", "Quinn", "Rosa", "Samir", "Tessa", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Aidan", "Bianca",
  "Caleb", "Dana", "Emeka", "Fiona", "Gabriel", "Hana", "Ivan", "Julia", "Kofi", "Leah", "Marco", "Noor",
];
const LAST_NAMES = [
  "Abernathy", "Baptiste", "Castellano", "Dunmore", "Eriksen", "Fairweather", "Galloway", "Hollis", "Ibarra", "Jablonski",
  "Kettering", "Lindqvist", "Marchetti", "Nakamura", "Okonkwo", "Pellegrino", "Quayle", "Rasmussen", "Solberg", "Thorne",
  "Underwood", "Valdivia", "Whitcombe", "Xiong", "Yardley", "Zeller", "Ashby", "Brannigan", "Calloway", "Delacroix",
  "Espinoza", "Fenwick", "Greenhalgh", "Hartigan", "Iverson", "Jaramillo", "Kowalczyk", "Lachance", "Mbeki", "Northcott",
];
const CREDENTIALS = ["MD", "MD", "MD", "DO", "MD, PhD", "MD, MPH"];
const EXTRA_LANGUAGES = ["Spanish", "Chinese", "Vietnamese", "Tagalog", "Arabic", "French", "Korean", "Russian", "Hindi", "Portuguese", "Haitian Creole", "Polish"];

// Metro centres spread over the country; New York weighs more so demos near 10001 are full.
const METROS: [zip: string, weight: number][] = [
  ["10001", 6], ["90012", 4], ["60601", 4], ["77002", 3], ["85004", 2], ["19103", 3], ["78205", 2], ["92101", 2],
  ["75201", 3], ["95113", 2], ["78701", 2], ["32202", 1], ["94102", 3], ["43215", 2], ["46204", 2], ["28202", 2],
  ["98101", 3], ["80202", 2], ["20001", 3], ["02108", 3], ["37203", 2], ["48226", 2], ["97204", 2], ["89101", 1],
  ["38103", 1], ["40202", 1], ["21202", 2], ["53202", 1], ["87102", 1], ["95814", 1], ["64106", 1], ["30303", 3],
  ["33130", 2], ["55401", 2], ["70112", 1], ["44113", 1], ["15222", 2], ["63101", 1], ["84101", 1], ["62701", 1],
  ["27601", 1], ["73102", 1], ["68102", 1], ["06103", 1], ["04101", 1], ["99501", 1], ["96813", 1], ["59601", 1],
];

// Relative frequency of specialties in the demo (common consult targets weigh more).
const SPECIALTY_WEIGHTS: Record<string, number> = {
  "207RC0000X": 8, "207N00000X": 5, "207RG0100X": 5, "207RE0101X": 4, "207RN0300X": 4, "207RP1001X": 4, "207RR0500X": 3,
  "207RX0202X": 4, "2084N0400X": 5, "2084P0800X": 5, "207X00000X": 5, "207Y00000X": 3, "207W00000X": 3, "208800000X": 3,
  "207RI0200X": 3, "207RH0003X": 2, "207V00000X": 4, "208600000X": 3,
};

/** A seeded PRNG (mulberry32) so the demo directory is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** Inserts `count` invented specialists (idempotent by NPI). Returns how many were new. */
export async function seedDemoDirectory(db: Kysely<Database>, count = 500, seed = 20261123): Promise<number> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const codes = (await db.selectFrom("specialties").select("code").orderBy("code").execute()).map((r) => r.code);
  const specialtyWeights: [string, number][] = codes.map((c) => [c, SPECIALTY_WEIGHTS[c] ?? 1]);
  const nearby = new Map<string, string[]>();
  const zipsNear = (center: string) => {
    let list = nearby.get(center);
    if (!list) {
      const found = (zipcodes.radius(center, 25) as string[]).filter((z) => zipcodes.lookup(z)?.country === "US").sort();
      list = found.length > 0 ? found : [center];
      nearby.set(center, list);
    }
    return list;
  };

  const rows = [];
  for (let i = 0; i < count; i++) {
    const zip = pick(zipsNear(weighted(random, METROS)));
    const place = zipcodes.lookup(zip)!;
    const primary = weighted(random, specialtyWeights);
    const languages = ["English"];
    if (random() < 0.35) languages.push(pick(EXTRA_LANGUAGES));
    if (random() < 0.08) languages.push(pick(EXTRA_LANGUAGES.filter((l) => !languages.includes(l))));
    rows.push({
      // 1 9xx xxx xxx: a block we use only for invented people.
      npi: makeNpi(String(190_000_000 + i * 7 + (seed % 7))),
      first_name: pick(FIRST_NAMES),
      last_name: pick(LAST_NAMES),
      credential: pick(CREDENTIALS),
      primary_taxonomy: primary,
      taxonomy_codes: [primary],
      address_line: `${100 + Math.floor(random() * 9000)} ${pick(["Medical Center Dr", "Health Plaza", "Hospital Way", "Clinic Rd"])}`,
      city: place.city,
      state: place.state,
      zip,
      phone: null,
      latitude: place.latitude,
      longitude: place.longitude,
      languages,
      telehealth: random() < 0.55,
      accepting_consults: random() < 0.9,
      verified: false,
      source: "demo",
    });
  }
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const result = await db
      .insertInto("specialists")
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column("npi").doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Number of specialists in the directory. */
export async function countSpecialists(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("specialists").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
