import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { deactivationStub, individual, nppesHeaderLine, nppesLine, organization, withBadCheckDigit } from "../bench/_nppes-generate.ts";
import { importNppes } from "../src/directory/nppes/import.ts";
import { makeNpi } from "../src/directory/npi.ts";
import { describeEachEngine } from "./helpers/db.ts";
import { writeZip } from "./fixtures/nppes/write-zip.ts";

const dir = mkdtempSync(path.join(tmpdir(), "nppes-"));
const CARDIO = makeNpi("197000001");
const DERM = makeNpi("197000002");
const GONE = makeNpi("197000003");
const BACK = makeNpi("197000004");
const ORG = makeNpi("197000005");
const NURSE = makeNpi("197000006");
const BAD = withBadCheckDigit(makeNpi("197000007"));

function file(name: string, rows: Record<string, string>[]): string {
  const p = path.join(dir, name);
  writeFileSync(p, nppesHeaderLine() + rows.map(nppesLine).join(""));
  return p;
}

const july = [
  individual({ npi: CARDIO, first: "Odalys", last: "Fenwright", taxonomies: ["207RC0000X"], city: "Springfield", state: "IL", zip: "62701", lastUpdate: "07/01/2025" }),
  // A family physician who is also a dermatologist: the specialist taxonomy wins even though primary is family medicine.
  individual({ npi: DERM, first: "Bartholomew", last: "O'Quillan", taxonomies: ["207Q00000X", "207N00000X"], primaryIndex: 0, city: "Chicago", state: "IL", zip: "606011234", lastUpdate: "07/01/2025" }),
  individual({ npi: BAD, first: "Typo", last: "Npi", taxonomies: ["207RC0000X"], city: "Springfield", state: "IL", zip: "62701" }),
  organization({ npi: ORG, name: "Prairie Heart Group", taxonomy: "207RC0000X", city: "Springfield", state: "IL", zip: "62701" }),
  deactivationStub(GONE, "05/15/2025"),
  individual({ npi: NURSE, first: "Nell", last: "Practitioner", taxonomies: ["363L00000X"], city: "Springfield", state: "IL", zip: "62701" }),
  individual({ npi: BACK, first: "Renata", last: "Returnwell", taxonomies: ["207RN0300X"], city: "Peoria", state: "IL", zip: "61602", deactivated: "01/01/2020", reactivated: "02/01/2021", lastUpdate: "07/01/2025" }),
];

describeEachEngine("NPPES import", (database) => {
  const db = () => database().db;
  const snapshot = async () => (await db().selectFrom("specialists").selectAll().orderBy("npi").execute()).map((r) => JSON.stringify(r));

  beforeAll(async () => {
    // GONE was imported from an earlier file and is deactivated by a stub in this one.
    await db()
      .insertInto("specialists")
      .values({ npi: GONE, first_name: "Gideon", last_name: "Leftwich", primary_taxonomy: "207RG0100X", taxonomy_codes: ["207RG0100X"], verified: true, source: "nppes" })
      .execute();
  });

  it("imports specialists and reports the bad check digit, the stub and the organization", async () => {
    const report = await importNppes(db(), file("july.csv", july));
    expect(report).toMatchObject({
      rows: 7,
      specialists: 3,
      inserted: 3,
      updated: 0,
      organizations: 1,
      notSpecialists: 1,
      deactivations: 1,
      deactivated: 1,
      rejected: 1,
      rejectedRows: [{ line: 4, reason: "NPI check digit is wrong" }],
    });
    const rows = await db().selectFrom("specialists").selectAll().orderBy("npi").execute();
    expect(rows.map((r) => r.npi)).toEqual([CARDIO, DERM, GONE, BACK].sort());
    const cardio = rows.find((r) => r.npi === CARDIO)!;
    expect(cardio).toMatchObject({ first_name: "Odalys", last_name: "Fenwright", city: "Springfield", state: "IL", zip: "62701", verified: true, active: true, source: "nppes" });
    expect(cardio.latitude).toBeCloseTo(39.8, 0);
    const derm = rows.find((r) => r.npi === DERM)!;
    expect(derm).toMatchObject({ primary_taxonomy: "207N00000X", taxonomy_codes: ["207N00000X"], zip: "60601", last_name: "O'Quillan" });
    expect(rows.find((r) => r.npi === GONE)).toMatchObject({ active: false, verified: false });
    expect(rows.find((r) => r.npi === BACK)).toMatchObject({ active: true, verified: true });
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await snapshot();
    const report = await importNppes(db(), path.join(dir, "july.csv"));
    expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, deactivated: 0, rejected: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it("updates from a newer file and ignores an older one", async () => {
    const moved = individual({ npi: CARDIO, first: "Odalys", last: "Fenwright", taxonomies: ["207RC0000X", "207RI0011X"], city: "Chicago", state: "IL", zip: "60601", lastUpdate: "09/01/2025" });
    const report = await importNppes(db(), file("september.csv", [moved, deactivationStub(DERM, "08/20/2025")]));
    expect(report).toMatchObject({ inserted: 0, updated: 1, deactivated: 1, rejected: 0 });
    const cardio = await db().selectFrom("specialists").selectAll().where("npi", "=", CARDIO).executeTakeFirstOrThrow();
    expect(cardio).toMatchObject({ city: "Chicago", taxonomy_codes: ["207RC0000X", "207RI0011X"] });
    expect(await db().selectFrom("specialists").select(["active", "verified"]).where("npi", "=", DERM).executeTakeFirstOrThrow()).toEqual({ active: false, verified: false });
    // Re-importing the older July file neither moves Dr. Fenwright back nor revives the deactivated NPI.
    const again = await importNppes(db(), path.join(dir, "july.csv"));
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
    expect((await db().selectFrom("specialists").select("city").where("npi", "=", CARDIO).executeTakeFirstOrThrow()).city).toBe("Chicago");
    expect((await db().selectFrom("specialists").select("active").where("npi", "=", DERM).executeTakeFirstOrThrow()).active).toBe(false);
  });

  it("reads the data CSV out of a CMS-style zip, ignoring the FileHeader CSV", async () => {
    const zip = path.join(dir, "NPPES_Data_Dissemination.zip");
    const person = individual({ npi: makeNpi("197000010"), first: "Zinnia", last: "Ziparelli", taxonomies: ["2084N0400X"], city: "Springfield", state: "IL", zip: "62702" });
    writeZip(zip, {
      "npidata_pfile_20250701-20250707_fileheader.csv": nppesHeaderLine(),
      "npidata_pfile_20250701-20250707.csv": nppesHeaderLine() + nppesLine(person),
      "othername_pfile_20250701-20250707.csv": '"NPI","Provider Other Organization Name"\n',
    });
    const report = await importNppes(db(), zip);
    expect(report).toMatchObject({ rows: 1, inserted: 1 });
  });

  it("keeps going past unreadable rows and refuses a file that is not NPPES", async () => {
    const p = path.join(dir, "broken.csv");
    const good = individual({ npi: makeNpi("197000011"), first: "Ivo", last: "Intact", taxonomies: ["207RC0000X"], city: "Springfield", state: "IL", zip: "62701" });
    writeFileSync(p, nppesHeaderLine() + '"1234"x,"oops"\n' + nppesLine(good));
    const report = await importNppes(db(), p);
    expect(report).toMatchObject({ rows: 2, inserted: 1, rejected: 1 });
    expect(report.rejectedRows[0]!.line).toBe(2);

    const other = path.join(dir, "other.csv");
    writeFileSync(other, '"a","b"\n"1","2"\n');
    await expect(importNppes(db(), other)).rejects.toThrow(/not an NPPES data file/);
  });
});
