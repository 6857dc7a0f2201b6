import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { individual, nppesHeaderLine, nppesLine } from "../bench/_nppes-generate.ts";
import { importNppes } from "../src/directory/nppes/import.ts";
import { makeNpi } from "../src/directory/npi.ts";
import type { Reply } from "../src/chat/model.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const npi = (n: number) => makeNpi(String(199_100_000 + n));
// Springfield, IL is 62701; Chatham (62629) is ~8 mi away; Chicago (60601) ~185 mi.
const people = [
  individual({ npi: npi(1), first: "Odalys", last: "Fenwright", taxonomies: ["207RC0000X"], city: "Springfield", state: "IL", zip: "62701" }),
  individual({ npi: npi(2), first: "Casimir", last: "Abernathy", taxonomies: ["207RC0000X"], city: "Chatham", state: "IL", zip: "626290000" }),
  individual({ npi: npi(3), first: "Delphine", last: "Marchetti", taxonomies: ["207RC0000X"], city: "Chicago", state: "IL", zip: "60601" }),
  individual({ npi: npi(4), first: "Hanako", last: "Lindqvist", taxonomies: ["207RC0000X"], city: "Chicago", state: "IL", zip: "60601" }),
  // Nephrologists who also list cardiology: ranked after every primary cardiologist, even when closer.
  individual({ npi: npi(5), first: "Emeka", last: "Rasmussen", taxonomies: ["207RN0300X", "207RC0000X"], city: "Springfield", state: "IL", zip: "62701" }),
  individual({ npi: npi(6), first: "Fenella", last: "Solberg", taxonomies: ["207RN0300X", "207RC0000X"], city: "Springfield", state: "IL", zip: "62702" }),
  individual({ npi: npi(7), first: "Gideon", last: "Thorne", taxonomies: ["207RN0300X", "207RC0000X"], city: "Chicago", state: "IL", zip: "60601" }),
  // Namesakes for name searches: one last name twice, and a near-miss spelling of it.
  individual({ npi: npi(8), first: "Zoriah", last: "Quillfeather", taxonomies: ["207N00000X"], city: "Springfield", state: "IL", zip: "62701" }),
  individual({ npi: npi(9), first: "Amara", last: "Quillfeather", taxonomies: ["207N00000X"], city: "Chicago", state: "IL", zip: "60601" }),
  individual({ npi: npi(10), first: "Bronwen", last: "Quillfether", taxonomies: ["207N00000X"], city: "Springfield", state: "IL", zip: "62702" }),
];

const names = (reply: Reply) => [...reply.text.matchAll(/Dr\. \w+ (\w+)/g)].map((m) => m[1]);
const fullNames = (reply: Reply) => [...reply.text.matchAll(/Dr\. (\w+ \w+)/g)].map((m) => m[1]);

describeEachEngine("/specialist over an imported directory", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(database());
    const dir = mkdtempSync(path.join(tmpdir(), "dir-search-"));
    const file = path.join(dir, "npidata.csv");
    writeFileSync(file, nppesHeaderLine() + people.map(nppesLine).join(""));
    await importNppes(app.services.db, file);
  });

  it("finds imported specialists by a typo'd specialty near a city, nearest first, verified", async () => {
    const reply = await app.run("/specialist cardiolgy near Springfield, IL");
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain("Cardiovascular Disease — near Springfield, IL");
    const found = names(reply);
    expect(found.slice(0, 2)).toEqual(["Fenwright", "Abernathy"]);
    expect(new Set(found.slice(2, 4))).toEqual(new Set(["Lindqvist", "Marchetti"])); // same ZIP: equal distance
    expect(found[4]).toBe("Rasmussen");
    expect(reply.text).toContain(`NPI ${npi(1)} ✓ verified`);
  });

  it("pages on from the exact-specialty tier into the secondary one", async () => {
    const first = await app.run("/specialist cardiology near 62701");
    const more = first.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])).find((b) => b.actionId === "specialist:more");
    expect(more).toBeDefined();
    const second = await app.press("specialist:more", more!.value);
    expect(names(second)).toEqual(["Solberg", "Thorne"]);
    expect(second.text).toContain("end of results");
  });

  it("limits to a radius with `within`", async () => {
    const reply = await app.run("/specialist heart doctor near Springfield, IL within 20 mi");
    expect(names(reply)).toEqual(["Fenwright", "Abernathy", "Rasmussen", "Solberg"]);
  });

  it("finds a person by name, and filters by language and accepting consults", async () => {
    expect(names(await app.run("/specialist Fenwrite"))).toEqual(["Fenwright"]);
    await app.services.db.updateTable("specialists").set({ languages: ["English", "Spanish"] }).where("npi", "=", npi(3)).execute();
    await app.services.db.updateTable("specialists").set({ accepting_consults: false }).where("npi", "=", npi(1)).execute();
    expect(names(await app.run("/specialist cardiology lang spanish"))).toEqual(["Marchetti"]);
    expect(names(await app.run("/specialist cardiology near 62701 within 20 mi accepting"))).toEqual(["Abernathy", "Rasmussen", "Solberg"]);
    await app.services.db.updateTable("specialists").set({ accepting_consults: true }).where("npi", "=", npi(1)).execute();
  });

  it("ranks a name search: the exact last name, then near-miss spellings; a typed first name or a place orders namesakes", async () => {
    expect(fullNames(await app.run("/specialist Quillfeather"))).toEqual(["Amara Quillfeather", "Zoriah Quillfeather", "Bronwen Quillfether"]);
    expect(fullNames(await app.run("/specialist Quillfether"))).toEqual(["Bronwen Quillfether", "Amara Quillfeather", "Zoriah Quillfeather"]);
    expect(fullNames(await app.run("/specialist Zoriah Quillfeather"))).toEqual(["Zoriah Quillfeather", "Amara Quillfeather", "Bronwen Quillfether"]);
    const near = await app.run("/specialist Quillfeather near 62701");
    expect(fullNames(near)).toEqual(["Zoriah Quillfeather", "Amara Quillfeather", "Bronwen Quillfether"]);
    expect(near.text).toContain("Dr. Zoriah Quillfeather, M.D. — Dermatology · 0.0 mi");
  });

  it("pages a name search across last names", async () => {
    // The "More" button carries the query and the offset; pages may start inside a name's group or past it.
    const page = async (offset: number) => fullNames(await app.press("specialist:more", JSON.stringify({ q: "Quillfeather", offset })));
    expect(await page(1)).toEqual(["Zoriah Quillfeather", "Bronwen Quillfether"]);
    expect(await page(2)).toEqual(["Bronwen Quillfether"]);
    expect(await page(3)).toEqual([]);
  });

  it("shows one profile, and leaves out specialists whose linked user is away", async () => {
    const show = await app.run(`/specialist show ${npi(5)}`);
    expect(show.text).toContain("Dr. Emeka Rasmussen");
    expect(show.text).toContain("Nephrology · Cardiovascular Disease");
    expect(show.text).toContain("✓ verified");
    expect((await app.run("/specialist show 1234567890")).errorCode).toBe("BAD_ARGUMENT");

    await app.run(`/profile npi ${npi(2)}`, { user: "dr-abernathy", role: "specialist" });
    await app.run("/profile confirm dr-abernathy", { user: "it-admin", role: "admin" });
    app.clock.set(new Date("2026-01-05T15:00:00Z"));
    await app.run("/profile away until 2026-01-09", { user: "dr-abernathy" });
    expect(names(await app.run("/specialist cardiology near 62701 within 20 mi"))).toEqual(["Fenwright", "Rasmussen", "Solberg"]);
    expect((await app.run(`/specialist show ${npi(2)}`)).text).toContain("Away until Fri 9 Jan 00:00");
    app.clock.set(new Date("2026-01-10T15:00:00Z"));
    expect(names(await app.run("/specialist cardiology near 62701 within 20 mi"))).toContain("Abernathy");
  });
});
