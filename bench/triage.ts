// npm run bench -- triage [--cases 10000] [--subscribers 5] [--concurrency 50] [--latency-requests 2000]
//
// Raises N cases through the real dispatcher (/consult, PHI guard, one transaction with
// the outbox writes) for a specialty with S subscribers (channels and followers), drains
// the outbox through the console gateway (which writes each delivery to the database), and
// measures /consult latency under C concurrent requests. PostgreSQL when TEST_DATABASE_URL
// or DATABASE_URL is set (in a fresh database, dropped afterwards), else embedded PGlite.
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createCurbside } from "../cli/compose.ts";
import type { Invocation } from "../src/chat/model.ts";
import { loadConfig } from "../src/config.ts";
import { openPglite, openPostgres, type DatabaseHandle } from "../src/db/database.ts";
import { drainOutbox } from "../src/outbox/dispatcher.ts";
import { outboxStats } from "../src/outbox/stats.ts";

const QUESTIONS = [
  "Mr Alan Price, DOB 04/02/1961, exertional chest pain, troponin negative x2, ECG normal. Stress test or CTCA first?",
  "New AF rate 130 in a 72F with CHA2DS2-VASc 4, on no anticoagulant. Start apixaban now or wait for echo?",
  "Incidental aortic root 4.2 cm on CT, BP controlled. Follow-up imaging interval? MRN 77120045.",
  "Syncope on exertion, LBBB new since last year. Admit for telemetry or outpatient Holter?",
];

/** CPU seconds this process used since `since` (with PGlite this includes the database's work). */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function openBenchDatabase(): Promise<{ handle: DatabaseHandle; label: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!base) {
    const handle = await openPglite();
    return { handle, label: "PGlite (embedded, in memory)", drop: () => handle.close() };
  }
  const name = `curbside_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 60);
  return {
    handle,
    label: `PostgreSQL ${url.host} (fresh database ${name}, pool 60)`,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

function consult(i: number, workspace: string): Invocation {
  const user = `gp-${i % 200}`;
  return {
    kind: "command",
    command: "consult",
    text: `cardiology ${i % 4 === 0 ? "urgent" : "routine"} ${QUESTIONS[i % QUESTIONS.length]}`,
    actor: { platform: "console", workspace, user, displayName: user, roleHint: "clinician", roleIsAuthoritative: true },
    channel: { id: `dm-${user}`, kind: "dm" },
  };
}

/** Runs `count` jobs with `concurrency` workers; returns each job's latency in ms. */
async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await job(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies;
}

export default async function bench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      cases: { type: "string", default: "10000" },
      subscribers: { type: "string", default: "5" },
      concurrency: { type: "string", default: "50" },
      "latency-requests": { type: "string", default: "2000" },
    },
  });
  const cases = Number(values.cases);
  const subscribers = Number(values.subscribers);
  const concurrency = Number(values.concurrency);
  const latencyRequests = Number(values["latency-requests"]);
  const { handle, label, drop } = await openBenchDatabase();
  const postgres = handle.engine === "postgres";
  console.log(`Database: ${label}; ${cpus().length} CPUs; Node ${process.version}`);
  const app = await createCurbside(loadConfig({ LOG_LEVEL: "silent", CURBSIDE_DEMO_SEED: "off" }), { database: handle });
  const workspace = "bench";
  try {
    // Subscribers: channels set by an admin, the rest followers (specialists, DMs).
    const admin = { platform: "console" as const, workspace, user: "admin", roleHint: "admin" as const, roleIsAuthoritative: true };
    for (let s = 0; s < subscribers; s++) {
      const isChannel = s < Math.ceil(subscribers / 2);
      const who = isChannel ? admin : { ...admin, user: `cardio-${s}`, roleHint: "specialist" as const };
      const reply = await app.dispatcher.dispatch(
        { kind: "command", command: "triage", text: `${isChannel ? "subscribe" : "follow"} cardiology`, actor: who, channel: isChannel ? { id: `triage-cardio-${s}`, kind: "channel" } : { id: `dm-${who.user}`, kind: "dm" } },
        { autoRegisterWorkspace: true },
      );
      if ((reply as { status?: string }).status !== "ok") throw new Error(`subscribe failed: ${JSON.stringify(reply)}`);
    }

    // 1. Raise N cases through the dispatcher (workers: 16 on PostgreSQL; PGlite has one connection).
    const workers = postgres ? 16 : 4;
    let failures = 0;
    const raiseStart = performance.now();
    const raiseCpu = process.cpuUsage();
    await pool(cases, workers, async (i) => {
      const r = await app.dispatcher.dispatch(consult(i, workspace), { autoRegisterWorkspace: true });
      if ((r as { status?: string }).status !== "ok") failures++;
    });
    const raiseS = (performance.now() - raiseStart) / 1000;
    const raiseCpuS = cpuSeconds(raiseCpu);
    const queued = (await outboxStats(handle.db, new Date())).pending;

    // 2. Drain the outbox (4 dispatchers at once on PostgreSQL, as 4 processes would).
    const drainStart = performance.now();
    const drainCpu = process.cpuUsage();
    const drains = await Promise.all(Array.from({ length: postgres ? 4 : 1 }, () => drainOutbox(app.services, { limit: 10_000_000, batchSize: 200 })));
    const drainS = (performance.now() - drainStart) / 1000;
    const drainCpuS = cpuSeconds(drainCpu);
    const delivered = drains.reduce((n, d) => n + d.delivered, 0);
    const consoleRows = Number((await handle.db.selectFrom("console_messages").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

    // 3. /consult latency with `concurrency` requests in flight.
    const latencies = (await pool(latencyRequests, concurrency, async (i) => {
      await app.dispatcher.dispatch(consult(cases + i, workspace), { autoRegisterWorkspace: true });
    })).sort((a, b) => a - b);

    const rows = [
      ["cases raised", String(cases), `${raiseS.toFixed(1)} s`, `${(cases / raiseS).toFixed(0)} cases/s`, `${(cases / raiseCpuS).toFixed(0)} per CPU-s of this process; ${workers} concurrent, ${failures} failed`],
      ["outbox deliveries", String(delivered), `${drainS.toFixed(1)} s`, `${(delivered / drainS).toFixed(0)} deliveries/s`, `${(delivered / drainCpuS).toFixed(0)} per CPU-s; ${queued} queued, ${consoleRows} console messages written`],
      [
        `/consult latency (${concurrency} in flight)`,
        String(latencyRequests),
        `p50 ${percentile(latencies, 50).toFixed(1)} ms`,
        `p99 ${percentile(latencies, 99).toFixed(1)} ms`,
        `max ${latencies.at(-1)!.toFixed(1)} ms`,
      ],
    ];
    console.log(`Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (shared machine: wall-clock rates drop with load; per-CPU-second rates less so)`);
    console.log(`\n| phase | count | time | rate | notes |\n|---|---|---|---|---|`);
    for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  } finally {
    await app.close();
    await drop();
  }
}
