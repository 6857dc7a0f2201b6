import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import zipcodes from "zipcodes";
import { individual, nppesHeaderLine, nppesLine } from "../bench/_nppes-generate.ts";
import type { Reply } from "../src/chat/model.ts";
import { seededRandom } from "../src/directory/demo-seed.ts";
import { importNppes } from "../src/directory/nppes/import.ts";
import { makeNpi } from "../src/directory/npi.ts";
import { resolvePlace } from "../src/directory/places.ts";
import { searchSpecialists } from "../src/directory/search.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const npi = (n: number) => makeNpi(String(199_200_000 + n));
const neurology = ["2084N0400X"];
// Springfield, IL is 62701 (62702 next door); Chatham (62629) is ~8 mi away; Chicago (60601) ~185 mi.
const springfield = { city: "Springfield", state: "IL", zip: "62701" };
const chatham = { city: "Chatham", state: "IL", zip: "62629" };
const chicago = { city: "Chicago", state: "IL", zip: "60601" };
// Invented people. Several share the first name Nadia; one has Nadia as a last name.
const people = [
  individual({ npi: npi(1), first: "Nadia", last: "Brannigan", taxonomies: neurology, ...chicago }),
  individual({ npi: npi(2), first: "Aurelio", last: "Brannigan", taxonomies: neurology, ...springfield }),
  individual({ npi: npi(3), first: "Nadine", last: "Brannigan", taxonomies: neurology, ...chicago }),
  individual({ npi: npi(4), first: "Nadia", last: "D'Souza", taxonomies: neurology, ...chatham }),
  individual({ npi: npi(5), first: "Nadia", last: "Okafor-Reyes", taxonomies: neurology, ...springfield }),
  individual({ npi: npi(6), first: "Kofi", last: "Van Buren", taxonomies: neurology, ...chicago }),
  individual({ npi: npi(7), first: "Nadia", last: "Van Buren", taxonomies: neurology, ...springfield, zip: "62702" }),
  individual({ npi: npi(8), first: "Hollis", last: "Nadia", taxonomies: neurology, ...chicago }),
  // Namesakes at one address: equal in every way but the NPI (the higher one imported first).
  individual({ npi: npi(10), first: "Imogen", last: "Whitcombe", taxonomies: neurology, ...springfield }),
  individual({ npi: npi(9), first: "Imogen", last: "Whitcombe", taxonomies: neurology, ...springfield }),
  // Three Palatine, IL ZIPs share one centroid: equal distances from different locations.
  individual({ npi: npi(11), first: "Yara", last: "Whitcombe", taxonomies: neurology, city: "Palatine", state: "IL", zip: "60078" }),
  individual({ npi: npi(12), first: "Bram", last: "Whitcombe", taxonomies: neurology, city: "Palatine", state: "IL", zip: "60094" }),
  individual({ npi: npi(13), first: "Mira", last: "Whitcombe", taxonomies: neurology, city: "Palatine", state: "IL", zip: "60095" }),
];

/** "First Last" of each result, in order (names may hold spaces, hyphens and apostrophes). */
const found = (reply: Reply) => [...reply.text.matchAll(/Dr\. (.+?)(?:, [^—\n]+)? — /g)].map((m) => m[1]);

describeEachEngine("/specialist by a person's name", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(database());
    const file = path.join(mkdtempSync(path.join(tmpdir(), "name-search-")), "npidata.csv");
    writeFileSync(file, nppesHeaderLine() + people.map(nppesLine).join(""));
    await importNppes(app.services.db, file);
    await app.services.db.updateTable("specialists").set({ languages: ["English", "Spanish"] }).where("npi", "=", npi(4)).execute();
    await app.services.db.updateTable("specialists").set({ telehealth: true }).where("npi", "=", npi(7)).execute();
    await app.services.db.updateTable("specialists").set({ telehealth: false }).where("npi", "<>", npi(7)).execute();
    await app.services.db.updateTable("specialists").set({ accepting_consults: false }).where("npi", "=", npi(5)).execute();
  });
  const search = async (text: string) => found(await app.run(`/specialist ${text}`));

  it("lists a first name alone: a matching last name first, then that first name's specialists by last name, then close first names", async () => {
    const first = await app.run("/specialist Nadia");
    expect(found(first)).toEqual(["Hollis Nadia", "Nadia Brannigan", "Nadia D'Souza", "Nadia Okafor-Reyes", "Nadia Van Buren"]);
    const more = first.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])).find((b) => b.actionId === "specialist:more");
    expect(found(await app.press("specialist:more", more!.value))).toEqual(["Nadine Brannigan"]);
  });

  it("finds first-then-last, last-then-first, 'Last, First' and titled names alike, the typed first name first", async () => {
    for (const text of ["Nadia Brannigan", "brannigan nadia", "Brannigan, Nadia", "Dr. Nadia Brannigan MD", "Dr Nadia Brannigan, M.D.", "BRANNIGAN, NADIA, MD"]) {
      expect((await search(text)).slice(0, 3), text).toEqual(["Nadia Brannigan", "Nadine Brannigan", "Aurelio Brannigan"]);
    }
    expect(await search("Dr Brannigan")).toEqual(["Aurelio Brannigan", "Nadia Brannigan", "Nadine Brannigan"]);
    expect((await search("Nadai Brannigan"))[0]).toBe("Nadia Brannigan");
  });

  it("finds hyphenated, apostrophe and two-word last names, typed with or without their punctuation", async () => {
    expect(await search("Okafor-Reyes")).toEqual(["Nadia Okafor-Reyes"]);
    expect((await search("okafor reyes"))[0]).toBe("Nadia Okafor-Reyes");
    expect(await search("D'Souza")).toEqual(["Nadia D'Souza"]);
    expect((await search("Dsouza"))[0]).toBe("Nadia D'Souza");
    expect((await search("Van Buren")).slice(0, 2)).toEqual(["Kofi Van Buren", "Nadia Van Buren"]);
    expect((await search("Nadia Van Buren")).slice(0, 2)).toEqual(["Nadia Van Buren", "Kofi Van Buren"]);
    expect((await search("Van Buren, Nadia"))[0]).toBe("Nadia Van Buren");
  });

  it("combines a name with a place, a radius and filters", async () => {
    expect(await search("Nadia near 62701")).toEqual(["Hollis Nadia", "Nadia Okafor-Reyes", "Nadia Van Buren", "Nadia D'Souza", "Nadia Brannigan"]);
    expect(await search("Nadia near 62701 within 20 mi")).toEqual(["Nadia Okafor-Reyes", "Nadia Van Buren", "Nadia D'Souza"]);
    expect(await search("Brannigan Nadia near Springfield, IL")).toEqual(["Nadia Brannigan", "Nadine Brannigan", "Aurelio Brannigan", "Hollis Nadia"]);
    expect(await search("Nadia lang spanish")).toEqual(["Nadia D'Souza"]);
    expect(await search("Nadia near 62701 telehealth")).toEqual(["Nadia Van Buren"]);
    expect(await search("Nadia near 62701 within 20 mi accepting")).toEqual(["Nadia Van Buren", "Nadia D'Souza"]);
  });

  it("orders equal scores by distance, then last name, first name and NPI", async () => {
    // Nadia and Nadine Brannigan share a ZIP: equal distance, so by first name.
    expect(await search("Brannigan near 62701")).toEqual(["Aurelio Brannigan", "Nadia Brannigan", "Nadine Brannigan"]);
    // Three locations at one distance: by first name, whatever order the locations are read in.
    for (const zip of ["60078", "60094", "60095"]) expect((await search(`Whitcombe near ${zip} within 5 mi`)), zip).toEqual(["Bram Whitcombe", "Mira Whitcombe", "Yara Whitcombe"]);
    const db = app.services.db;
    // The specialty search too, also when a page ends among specialists at one distance.
    expect((await search("neurology near 60078")).slice(0, 3)).toEqual(["Bram Whitcombe", "Mira Whitcombe", "Yara Whitcombe"]);
    for (const offset of [0, 1, 2]) {
      const { results } = await searchSpecialists(db, { taxonomyCodes: ["2084N0400X"], near: resolvePlace("60095"), limit: 1, offset });
      expect(results.map((r) => r.firstName)).toEqual([["Bram", "Mira", "Yara"][offset]]);
    }
    for (const near of [undefined, resolvePlace("62701")]) {
      const { results } = await searchSpecialists(db, { taxonomyCodes: [], name: "Imogen Whitcombe", near, limit: 5, offset: 0 });
      expect(results.slice(0, 2).map((r) => r.npi)).toEqual([npi(9), npi(10)]);
      // A page boundary between the namesakes keeps them apart and in order.
      const second = await searchSpecialists(db, { taxonomyCodes: [], name: "Imogen Whitcombe", near, limit: 1, offset: 1 });
      expect(second.results.map((r) => r.npi)).toEqual([npi(10)]);
    }
  });

  it("lists nobody twice when several readings match the same people", async () => {
    const { results } = await searchSpecialists(app.services.db, { taxonomyCodes: [], name: "Nadia Nadia Brannigan", limit: 50, offset: 0 });
    const npis = results.map((r) => r.npi);
    expect(new Set(npis).size).toBe(npis.length);
    expect(npis[0]).toBe(npi(1));
  });
});

describeEachEngine("/specialist by a first name shared by many", (database) => {
  // Many specialists share this first name: near a place they are read location by
  // location, nearest first, and farther away when that runs out.
  const zips = (zipcodes.radius("62701", 60) as string[]).filter((z) => zipcodes.lookup(z)?.country === "US").sort();
  const far = ["60601", "10001", "90012", "77002"];
  const random = seededRandom(3);
  const many = Array.from({ length: 1100 }, (_, i) => {
    const zip = i % 10 === 0 ? far[i % far.length]! : zips[Math.floor(random() * zips.length)]!;
    const place = zipcodes.lookup(zip)!;
    return individual({ npi: npi(1000 + i), first: "Quorra", last: ["Ashdown", "Bellweather", "Corrigan"][i % 3]!, taxonomies: neurology, city: place.city, state: place.state, zip });
  });

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "first-names-")), "npidata.csv");
    writeFileSync(file, nppesHeaderLine() + many.map(nppesLine).join(""));
    await importNppes(database().db, file);
    await database().db.updateTable("specialists").set({ languages: ["English", "Tagalog"] }).where(sql<boolean>`id % 97 = 0`).execute();
  });

  /** The same page by sorting every Quorra (or every one of a last name): distance, last name, first name, NPI. */
  async function sortedAll(zip: string, limit: number, offset: number, language?: string, lastName?: string): Promise<string[]> {
    const here = resolvePlace(zip)!;
    const name = lastName ? sql`lower(s.last_name) = ${lastName}` : sql`lower(s.first_name) = 'quorra'`;
    const { rows } = await sql<{ npi: string }>`select s.npi from specialists s join practice_locations l on l.zip = s.zip
      where ${name} and s.active and (${language ?? null}::text is null or s.languages @> array[${language ?? null}::text])
      order by l.earth <-> ll_to_earth(${here.latitude}, ${here.longitude}), lower(s.last_name), lower(s.first_name), s.npi
      limit ${limit} offset ${offset}`.execute(database().db);
    return rows.map((r) => r.npi);
  }

  it("lists the nearest first, in the order of sorting them all, on every page and with filters", async () => {
    // The import counted them, so they are walked location by location.
    const counted = await database().db.selectFrom("specialist_first_names").select("specialists").where("name", "=", "quorra").executeTakeFirst();
    expect(counted?.specialists).toBe(1100);
    for (const [zip, limit, offset, language] of [["62701", 5, 0], ["62702", 6, 40], ["10001", 5, 0], ["99501", 5, 0], ["62701", 5, 0, "Tagalog"]] as const) {
      const { results } = await searchSpecialists(database().db, { taxonomyCodes: [], name: "Quorra", near: resolvePlace(zip), language, limit, offset });
      expect(results, zip).toHaveLength(limit);
      expect(results.map((r) => r.npi), `${zip} ${offset} ${language ?? ""}`).toEqual(await sortedAll(zip, limit, offset, language));
    }
  });

  it("walks a common last name location by location, in the order of sorting them all", async () => {
    const counted = await database().db.selectFrom("specialist_last_names").select("specialists").where("name", "=", "corrigan").executeTakeFirst();
    expect(counted?.specialists).toBe(366);
    for (const [zip, limit, offset] of [["62701", 5, 0], ["62702", 6, 30], ["10001", 5, 0], ["99501", 5, 0]] as const) {
      const { results } = await searchSpecialists(database().db, { taxonomyCodes: [], name: "Corrigan", near: resolvePlace(zip), limit, offset });
      expect(results.map((r) => r.npi), `${zip} ${offset}`).toEqual(await sortedAll(zip, limit, offset, undefined, "corrigan"));
    }
  });
});
