// npm run bench -- directory [--rows 1000000] [--pglite-rows 100000] [--queries 1000] [--invocations 300]
//                             [--skip-postgres] [--skip-pglite] [--skip-invocation] [--keep-file]
//
// 1. Generates an NPPES-format file of invented people and imports it into a fresh
//    PostgreSQL database (TEST_DATABASE_URL or DATABASE_URL; created and dropped here),
//    in a child process running the real importer, whose peak RSS is reported (the
//    child runs with a 128 MB V8 heap cap: the import streams, so it needs no more).
// 2. Runs mixed /specialist searches (specialty, typo, near ZIP, language, name) through the
//    same code path as the command, on PostgreSQL and on PGlite.
// 3. Times whole `/specialist cardiology near 10001` invocations through the dispatcher
//    on the 500-row demo directory in PGlite, and counts the SQL statements each costs
//    (PGlite has one connection on the main thread, so every statement delays the bot).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CompiledQuery, sql, type Kysely, type KyselyPlugin, type RootOperationNode } from "kysely";
import pg from "pg";
import { createCurbside } from "../cli/compose.ts";
import type { Invocation } from "../src/chat/model.ts";
import { testConfig } from "../src/config.ts";
import { openPglite, openPostgres } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { Database } from "../src/db/schema.ts";
import { importNppes, type ImportReport } from "../src/directory/nppes/import.ts";
import { resolvePlace } from "../src/directory/places.ts";
import { searchSpecialists } from "../src/directory/search.ts";
import { resolveSpecialty } from "../src/directory/specialties.ts";
import { seededRandom } from "../src/directory/demo-seed.ts";
import { nameIndex } from "../src/directory/name-index.ts";
import { inventedName, writeNppesFile } from "./_nppes-generate.ts";

const here = import.meta.dirname;

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: samples.reduce((s, x) => s + x, 0) / samples.length };
}

const SPECIALTY_WORDS = ["cardiology", "dermatology", "gastro", "endocrinology", "nephrology", "pulmonology", "rheumatology", "oncology", "neurology", "psychiatry", "ob/gyn", "ophthalmology", "orthopedic surgery", "infectious disease", "urology", "heart doctor", "skin", "kidney", "207RC0000X"];
const TYPOS = ["cardiolgy", "dermatolgy", "gastroenterolgy", "endocrinolgy", "nefrology", "rheumatolgy", "oncolgy", "nuerology", "psychiatary", "opthalmology", "urolgy"];
const ZIPS = ["10001", "60601", "90012", "77002", "19103", "94102", "98101", "02108", "30303", "62701", "33130", "55401", "80202", "20001", "48226"];
const LANGUAGES = ["Spanish", "Chinese", "Vietnamese", "French", "Arabic"];

/**
 * A person's name as a clinician types it: a last name, with a typo, first and last,
 * last then first (with or without a comma), a title and credentials, or a first name
 * alone (kind "first name": a first name is shared by far more people than a last name).
 */
function typedName(random: () => number): { q: string; kind: string } {
  const { first, last } = inventedName(random);
  const title = (w: string) => w.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
  const r = random();
  if (r < 0.3) return { kind: "name", q: title(last) };
  if (r < 0.5) {
    // One letter dropped: "Whitwood" -> "Whitwod".
    const at = 1 + Math.floor(random() * (last.length - 2));
    return { kind: "name", q: title(last.slice(0, at) + last.slice(at + 1)) };
  }
  if (r < 0.65) return { kind: "name", q: `${title(first)} ${title(last)}` };
  if (r < 0.75) return { kind: "name", q: random() < 0.5 ? `${title(last)} ${title(first)}` : `${title(last)}, ${title(first)}` };
  if (r < 0.8) return { kind: "name", q: `Dr. ${title(first)} ${title(last)}, MD` };
  return { kind: "first name", q: title(first) };
}

/** A mixed query list: a fifth each of specialty, typo, near ZIP (half with `within`), language, and a person's name. */
function queries(count: number, seed = 7): { q: string; near?: string; within?: number; lang?: string; kind: string }[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    switch (i % 5) {
      case 0:
        return { kind: "specialty", q: pick(SPECIALTY_WORDS) };
      case 1:
        return { kind: "typo", q: pick(TYPOS) };
      case 2:
        return { kind: "near", q: pick([...SPECIALTY_WORDS, ...TYPOS]), near: pick(ZIPS), within: random() < 0.5 ? pick([10, 25, 50]) : undefined };
      case 3:
        return { ...typedName(random), near: random() < 0.3 ? pick(ZIPS) : undefined };
      default:
        return { kind: "language", q: pick(SPECIALTY_WORDS), lang: pick(LANGUAGES), near: random() < 0.5 ? pick(ZIPS) : undefined };
    }
  });
}

type SearchCase = ReturnType<typeof queries>[number];

/** What /specialist does for one query: resolve the specialty, then search (first page). */
async function searchOnce(db: Kysely<Database>, query: SearchCase, now: Date): Promise<number> {
  const { chosen } = await resolveSpecialty(db, query.q);
  const result = await searchSpecialists(db, {
    taxonomyCodes: chosen.map((c) => c.code),
    name: chosen.length === 0 ? query.q : undefined,
    near: query.near ? resolvePlace(query.near) : undefined,
    withinMiles: query.within,
    language: query.lang,
    limit: 5,
    offset: 0,
    awayAt: now,
  });
  return result.results.length;
}

/** The first name search in a process reads every distinct name into memory (name-index.ts): its one-off cost. */
async function nameIndexLoad(db: Kysely<Database>, engine: string): Promise<[string, string, string]> {
  const heap = process.memoryUsage().heapUsed;
  const t = performance.now();
  const index = await nameIndex(db);
  const ms = performance.now() - t;
  const grown = (process.memoryUsage().heapUsed - heap) / 1e6;
  const names = `${num(index.size("specialist_last_names"))} last + ${num(index.size("specialist_first_names"))} first names`;
  return [`name index load, ${engine} (first name search only)`, `${names} in ${fmt(ms)} ms, heap +${grown.toFixed(0)} MB`, ""];
}

export async function measureSearch(db: Kysely<Database>, count: number): Promise<{ all: Latency; byKind: Record<string, Latency>; empty: number }> {
  const list = queries(count);
  const now = new Date();
  for (const q of queries(50, 99)) await searchOnce(db, q, now); // warm caches and plans
  const samples: number[] = [];
  const byKind: Record<string, number[]> = {};
  let empty = 0;
  for (const q of list) {
    const t = performance.now();
    const n = await searchOnce(db, q, now);
    const ms = performance.now() - t;
    samples.push(ms);
    (byKind[q.kind] ??= []).push(ms);
    if (n === 0) empty++;
  }
  return { all: percentiles(samples), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, percentiles(v)])), empty };
}

/** NPPES has no languages or telehealth; give a deterministic share of rows some, as a directory would after profiles are filled in. */
async function addProfileData(db: Kysely<Database>): Promise<void> {
  await sql`update specialists set languages = array['English', (array['Spanish','Chinese','Vietnamese','French','Arabic'])[1 + (id % 5)]]::text[],
    telehealth = (id % 2 = 0) where id % 4 = 0`.execute(db);
  await sql`analyze specialists`.execute(db);
}

/** Runs the importer in a child process and returns its report and peak RSS. */
function importInChild(file: string, url: string): Promise<{ report: ImportReport; maxRssMb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=128", "--max-semi-space-size=4", "--import", "tsx", path.join(here, "_directory-import-child.ts"), file, url], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`import child exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split("\n").pop()!));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** EXPLAIN ANALYZE of the statements the real search sends for a few query shapes, to show which indexes they use. */
export async function explain(db: Kysely<Database>): Promise<string[]> {
  const shapes: SearchCase[] = [
    { kind: "specialty", q: "cardiology" },
    { kind: "near", q: "cardiology", near: "10001", lang: "Spanish" },
    { kind: "near", q: "dermatology", near: "60601", within: 25 },
    { kind: "name", q: "Nakamra" },
    { kind: "name", q: "Smith" },
    { kind: "name", q: "Maria Garcia", near: "10001" },
    { kind: "name", q: "Garcia, Maria" },
    { kind: "first name", q: "Maria" },
    { kind: "first name", q: "Maria", near: "60601" },
  ];
  const captured: { node: RootOperationNode }[] = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      captured.push({ node: args.node });
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const out: string[] = [];
  for (const shape of shapes) {
    captured.length = 0;
    await searchOnce(db.withPlugin(capture), shape, new Date());
    for (const { node } of captured) {
      const compiled = db.getExecutor().compileQuery(node, { queryId: "explain" });
      if (!compiled.sql.includes("specialists")) continue;
      const { rows } = await db.executeQuery<{ "QUERY PLAN": string }>(CompiledQuery.raw(`explain analyze ${compiled.sql}`, [...compiled.parameters]));
      const plan = rows.map((r) => r["QUERY PLAN"].trim());
      const steps = plan.filter((l) => /Index|Scan|Sort|Limit|Loop|Join/.test(l)).slice(0, 8).join(" | ");
      out.push(`${shape.q}${shape.near ? ` near ${shape.near}` : ""}${shape.within ? ` within ${shape.within}` : ""}: ${plan.find((l) => l.startsWith("Execution"))} | ${steps}`);
    }
  }
  return out;
}

/** Counts the statements sent through a Kysely instance. */
function statementCounter(): KyselyPlugin & { count: number } {
  return {
    count: 0,
    transformQuery(args) {
      this.count++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

/** Per-invocation time and statements of `/specialist <text>` on the demo directory in PGlite. */
export async function measureInvocation(text: string, count: number): Promise<{ latency: Latency; statements: number; searchStatements: number }> {
  const handle = await openPglite();
  const counter = statementCounter();
  const app = await createCurbside(testConfig({ CURBSIDE_DEMO_SEED: "auto" }), { database: { ...handle, db: handle.db.withPlugin(counter) } });
  try {
    const invocation: Invocation = {
      kind: "command",
      command: "specialist",
      text,
      actor: { platform: "console", workspace: "bench", user: "gp-1", displayName: "gp-1", roleHint: "clinician", roleIsAuthoritative: true },
      channel: { id: "dm-gp-1", kind: "dm" },
    };
    for (let i = 0; i < 20; i++) await app.dispatcher.dispatch(invocation, { autoRegisterWorkspace: true }); // warm up
    const samples: number[] = [];
    const before = counter.count;
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      const reply = await app.dispatcher.dispatch(invocation, { autoRegisterWorkspace: true });
      samples.push(performance.now() - t);
      if ((reply as { status?: string }).status !== "ok") throw new Error(`/specialist ${text} failed: ${JSON.stringify(reply)}`);
    }
    const statements = (counter.count - before) / count;
    // The same search without the dispatcher's own statements (identity, audit).
    const searchBefore = counter.count;
    await searchOnce(app.services.db, { kind: "near", q: "cardiology", near: "10001" }, new Date());
    return { latency: percentiles(samples), statements, searchStatements: counter.count - searchBefore };
  } finally {
    await app.close();
  }
}

const fmt = (n: number) => n.toFixed(1);
const num = (n: number) => Math.round(n).toLocaleString("en-US");

export default async function directoryBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: "string", default: "1000000" },
      "pglite-rows": { type: "string", default: "100000" },
      queries: { type: "string", default: "1000" },
      "skip-pglite": { type: "boolean", default: false },
      "skip-postgres": { type: "boolean", default: false },
      "keep-file": { type: "boolean", default: false },
      invocations: { type: "string", default: "300" },
      "skip-invocation": { type: "boolean", default: false },
    },
  });
  const rows = Number(values.rows);
  const pgliteRows = Number(values["pglite-rows"]);
  const queryCount = Number(values.queries);
  const baseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const table: [string, string, string][] = [];
  console.log(`sizes: PostgreSQL ${num(rows)} generated NPPES rows, PGlite ${num(pgliteRows)} rows, ${num(queryCount)} queries`);

  if (!values["skip-postgres"]) {
    if (!baseUrl) throw new Error("Set TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server for this benchmark (or pass --skip-postgres).");
    const file = path.join(tmpdir(), `nppes-bench-${rows}.csv`);
    let t = performance.now();
    const generated = await writeNppesFile(file, { rows });
    console.log(`generated ${file}: ${num(generated.lines)} rows, ${(statSync(file).size / 1e6).toFixed(0)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const name = `curbside_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const handle = openPostgres(url.toString(), 4);
    try {
      await migrateToLatest(handle.db);
      t = performance.now();
      const { report, maxRssMb } = await importInChild(file, url.toString());
      const seconds = (performance.now() - t) / 1000;
      console.log(`imported: ${JSON.stringify({ ...report, rejectedRows: report.rejectedRows.length })}`);
      table.push(["import into PostgreSQL", `${num(report.rows)} rows in ${seconds.toFixed(1)} s = ${num(report.rows / seconds)} rows/s (${num(report.inserted)} specialists)`, ">= 20,000 rows/s"]);
      table.push(["import peak RSS", `${maxRssMb.toFixed(0)} MB`, "<= 300 MB"]);
      t = performance.now();
      const again = await importInChild(file, url.toString());
      const seconds2 = (performance.now() - t) / 1000;
      table.push(["re-import same file", `${num(again.report.rows)} rows in ${seconds2.toFixed(1)} s = ${num(again.report.rows / seconds2)} rows/s, ${again.report.inserted + again.report.updated} changed`, "0 changed"]);
      await addProfileData(handle.db);
      // That update rewrote every row at once, which no live directory does (profiles are
      // filled one by one); vacuumed, the rows are as the import left them.
      await sql`vacuum (analyze) specialists`.execute(handle.db);
      const count = Number((await sql<{ n: number }>`select count(*)::int as n from specialists where active`.execute(handle.db)).rows[0]!.n);
      table.push(await nameIndexLoad(handle.db, "PostgreSQL"));
      const s = await measureSearch(handle.db, queryCount);
      table.push([`search PostgreSQL (${num(count)} specialists)`, `p50 ${fmt(s.all.p50)} ms · p95 ${fmt(s.all.p95)} ms · p99 ${fmt(s.all.p99)} ms`, "p95 <= 15 ms"]);
      for (const [kind, l] of Object.entries(s.byKind)) table.push([`  ${kind}`, `p50 ${fmt(l.p50)} · p95 ${fmt(l.p95)} · p99 ${fmt(l.p99)} ms`, ""]);
      table.push(["  queries with no result", String(s.empty), ""]);
      for (const line of await explain(handle.db)) console.log(`plan: ${line}`);
    } finally {
      await handle.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      if (!values["keep-file"]) rmSync(file, { force: true });
    }
  }

  if (!values["skip-pglite"]) {
    const file = path.join(tmpdir(), `nppes-bench-pglite-${pgliteRows}.csv`);
    await writeNppesFile(file, { rows: pgliteRows, seed: 99 });
    const handle = await openPglite();
    try {
      await migrateToLatest(handle.db);
      const t = performance.now();
      const report = await importNppes(handle.db, file);
      const seconds = (performance.now() - t) / 1000;
      table.push(["import into PGlite", `${num(report.rows)} rows in ${seconds.toFixed(1)} s = ${num(report.rows / seconds)} rows/s`, ""]);
      await addProfileData(handle.db);
      // That update rewrote every row at once, which no live directory does (profiles are
      // filled one by one); vacuumed, the rows are as the import left them.
      await sql`vacuum (analyze) specialists`.execute(handle.db);
      const count = Number((await sql<{ n: number }>`select count(*)::int as n from specialists where active`.execute(handle.db)).rows[0]!.n);
      table.push(await nameIndexLoad(handle.db, "PGlite"));
      const s = await measureSearch(handle.db, queryCount);
      table.push([`search PGlite (${num(count)} specialists)`, `p50 ${fmt(s.all.p50)} ms · p95 ${fmt(s.all.p95)} ms · p99 ${fmt(s.all.p99)} ms`, "p95 <= 50 ms"]);
      for (const [kind, l] of Object.entries(s.byKind)) table.push([`  ${kind}`, `p50 ${fmt(l.p50)} · p95 ${fmt(l.p95)} · p99 ${fmt(l.p99)} ms`, ""]);
    } finally {
      await handle.close();
      rmSync(file, { force: true });
    }
  }

  if (!values["skip-invocation"]) {
    const text = "cardiology near 10001";
    const m = await measureInvocation(text, Number(values.invocations));
    table.push([`/specialist ${text} (PGlite demo, 500)`, `p50 ${fmt(m.latency.p50)} ms · p95 ${fmt(m.latency.p95)} ms · mean ${fmt(m.latency.mean)} ms per invocation`, ""]);
    table.push(["  statements per invocation", `${fmt(m.statements)} in all (${m.searchStatements} for the search itself)`, ""]);
  }

  const w0 = Math.max(...table.map((r) => r[0].length));
  const w1 = Math.max(...table.map((r) => r[1].length));
  console.log(`\n| ${"measure".padEnd(w0)} | ${"result".padEnd(w1)} | target |`);
  console.log(`|${"-".repeat(w0 + 2)}|${"-".repeat(w1 + 2)}|--------|`);
  for (const [a, b, c] of table) console.log(`| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c} |`);
}
