// The in-memory name index (src/directory/name-index.ts) must find exactly what pg_trgm's
// `name % text` found, with the same scores, and see names added after it was loaded.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { individual, inventedName, nppesHeaderLine, nppesLine } from "../bench/_nppes-generate.ts";
import { seededRandom } from "../src/directory/demo-seed.ts";
import { NameIndex, nameIndex, type NameTable } from "../src/directory/name-index.ts";
import { importNppes } from "../src/directory/nppes/import.ts";
import { makeNpi } from "../src/directory/npi.ts";
import { searchSpecialists } from "../src/directory/search.ts";
import { describeEachEngine } from "./helpers/db.ts";

const npi = (n: number) => makeNpi(String(199_300_000 + n));
const neurology = ["2084N0400X"];
const springfield = { city: "Springfield", state: "IL", zip: "62701" };

// Census-drawn names (invented people) and hand-picked awkward ones: punctuation, two
// words, short names, letters outside ASCII, two names with the same trigram set.
const awkward = ["o'brien", "obrien", "smith-jones", "jones-smith", "van buren", "d'souza", "ng", "li", "xu", "müller", "nguyễn", "al-hassan", "st. john"];
const typed = ["smith", "smth", "nakamra", "o'brien", "jones smith", "van", "ng", "mueller", "müler", "nguyen", "garcia", "al hasan", "john", "x", "zzzz", "ma"];

describeEachEngine("the directory's in-memory name index", (database) => {
  const db = () => database().db;
  beforeAll(async () => {
    const random = seededRandom(11);
    const last = new Set(awkward);
    const first = new Set(awkward);
    // More last names than one page of the index's read (5,000), so the first read pages.
    for (let i = 0; i < 8000; i++) {
      const name = inventedName(random);
      last.add(name.last.toLowerCase());
      first.add(name.first.toLowerCase());
    }
    await sql`insert into specialist_last_names (name) select unnest(${[...last]}::text[])`.execute(db());
    await sql`insert into specialist_first_names (name) select unnest(${[...first]}::text[])`.execute(db());
  });

  /** Imports invented neurologists in Springfield through the NPPES importer. */
  const importPeople = async (people: { n: number; first: string; last: string }[]) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "name-index-")), "npidata.csv");
    const lines = people.map((p) => nppesLine(individual({ npi: npi(p.n), first: p.first, last: p.last, taxonomies: neurology, ...springfield })));
    writeFileSync(file, nppesHeaderLine() + lines.join(""));
    await importNppes(db(), file);
  };

  const fromSql = async (table: NameTable, text: string) => {
    const { rows } = await sql<{ name: string; score: number }>`select name, similarity(name, ${text}) as score from ${sql.table(table)} where name % ${text}`.execute(db());
    return rows
      .map((r) => ({ name: r.name, score: Math.fround(Number(r.score)) }))
      .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };

  it("finds the names pg_trgm's % finds, with its scores, best first", async () => {
    const index = await nameIndex(db());
    let compared = 0;
    for (const table of ["specialist_last_names", "specialist_first_names"] as const) {
      for (const text of typed) {
        const expected = await fromSql(table, text);
        expect(index.closest(table, text, 1_000_000), `${table} ${text}`).toEqual(expected);
        expect(index.closest(table, text, 3)).toEqual(expected.slice(0, 3));
        compared += expected.length;
      }
    }
    // The comparison is not vacuous: many names matched, and every name was read.
    expect(compared).toBeGreaterThan(50);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from specialist_last_names`.execute(db());
    expect(rows[0]!.n).toBeGreaterThan(5000);
    expect(index.size("specialist_last_names")).toBe(rows[0]!.n);
  });

  it("sees names imported after it was loaded at the next look-up, and an exact name it could not read", async () => {
    const before = await nameIndex(db());
    const held = before.size("specialist_last_names");
    // A name numbered below what the index has read (as a transaction committing out of
    // id order would leave it): the delta read skips it.
    await sql`insert into specialist_last_names (id, name) overriding system value values (-7, 'quillfeather')`.execute(db());
    await importPeople([
      { n: 1, first: "Ottoline", last: "Brackenbury" },
      { n: 2, first: "Ottoline", last: "Quillfeather" },
    ]);
    const search = (name: string) => searchSpecialists(db(), { taxonomyCodes: [], name, limit: 5, offset: 0 });
    // A typo of the new name: found through the index, read at this search.
    expect((await search("Brakenbury")).results.map((r) => r.lastName)).toEqual(["Brackenbury"]);
    const after = await nameIndex(db());
    expect(after).toBe(before);
    expect(after.size("specialist_last_names")).toBe(held + 1);
    // The name the index never read is still found when typed exactly...
    expect((await search("Quillfeather")).results.map((r) => r.lastName)).toEqual(["Quillfeather"]);
    // ...and, once the check for late commits has run, with a typo too.
    await after.readLateCommits(db());
    expect(after.size("specialist_last_names")).toBe(held + 2);
    expect((await search("Quilfeather")).results.map((r) => r.lastName)).toEqual(["Quillfeather"]);
  });

  it("looks for late commits on a refresh every 10 s, not on every one", async () => {
    let now = 0;
    const index = new NameIndex(() => now);
    await index.refresh(db());
    const held = index.size("specialist_last_names");
    await sql`insert into specialist_last_names (id, name) overriding system value values (-8, 'latecommitter')`.execute(db());
    now = 9_999;
    await index.refresh(db());
    expect(index.size("specialist_last_names")).toBe(held);
    now = 10_000;
    await index.refresh(db());
    expect(index.size("specialist_last_names")).toBe(held + 1);
    expect(index.closest("specialist_last_names", "latecomitter", 1)).toEqual([{ name: "latecommitter", score: expect.any(Number) }]);
  });

  it("lists a name spelled exactly as typed before one with the same trigrams", async () => {
    await importPeople([
      { n: 3, first: "Wren", last: "Ashcombe-Tully" },
      { n: 4, first: "Wren", last: "Tully-Ashcombe" },
    ]);
    const lastNames = async (name: string) => (await searchSpecialists(db(), { taxonomyCodes: [], name, limit: 5, offset: 0 })).results.map((r) => r.lastName);
    expect(await lastNames("Tully-Ashcombe")).toEqual(["Tully-Ashcombe", "Ashcombe-Tully"]);
    expect(await lastNames("Ashcombe-Tully")).toEqual(["Ashcombe-Tully", "Tully-Ashcombe"]);
    expect(await lastNames("Wren Tully-Ashcombe")).toEqual(["Tully-Ashcombe", "Ashcombe-Tully"]);
  });
});
