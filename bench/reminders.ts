// npm run bench -- reminders [--count 100000] [--window 60] [--batch 500] [--recurring 0.1]
//                           [--database-url postgres://...]
// Reminder delivery: N pending reminders whose due times are spread over a window, and a
// scheduler that ticks once per second of simulated clock time (as `curbside serve`
// does with node-cron: a tick is skipped while a pass is still running). Reports real
// throughput (deliveries per second of sweep time) and lateness from due time to the
// outbox in simulated time, where a pass that takes real time delays the clock too.
// A second phase measures draining a backlog of N reminders all due at once (downtime).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { openPglite, openPostgres, type DatabaseHandle } from "../src/db/database.ts";
import type { Database } from "../src/db/schema.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { createLogger } from "../src/log.ts";
import { anchorRecurrence, matchRecurrence } from "../src/reminders/recurrence.ts";
import { sweepReminders } from "../src/reminders/sweep.ts";

const T0 = new Date("2026-11-23T14:00:00Z");
const log = createLogger("silent");

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function seed(db: Kysely<Database>, count: number, recurringShare: number, dueAt: (i: number) => Date, label: string): Promise<void> {
  const org = (await db.insertInto("organizations").values({ name: `Bench ${label}` }).returning("id").executeTakeFirstOrThrow()).id;
  const ws = (await db.insertInto("workspaces").values({ organization_id: org, platform: "console", external_id: `bench-${label}`, name: null }).returning("id").executeTakeFirstOrThrow()).id;
  const users = await db
    .insertInto("users")
    .values(Array.from({ length: 1000 }, (_, u) => ({ organization_id: org, workspace_id: ws, external_id: `u${u}`, display_name: null })))
    .returning(["id", "external_id"])
    .execute();
  const daily = anchorRecurrence(matchRecurrence("every day at 9am x")!.spec, new Date(T0.getTime() - 86_400_000), "America/New_York")!.rule;
  const chunk = 2000;
  for (let start = 0; start < count; start += chunk) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + chunk); i++) {
      const user = users[i % users.length]!;
      rows.push({
        organization_id: org,
        workspace_id: ws,
        creator_user_id: user.id,
        platform: "console",
        workspace: `bench-${label}`,
        target: JSON.stringify(i % 5 === 0 ? { channel: "C-ward" } : { user: user.external_id }),
        target_user_id: i % 5 === 0 ? null : user.id,
        text: `invented follow-up ${i}: recheck potassium`,
        case_id: i % 7 === 0 ? i : null,
        timezone: "America/New_York",
        rrule: i < count * recurringShare ? daily : null,
        due_at: dueAt(i),
      });
    }
    await db.insertInto("reminders").values(rows).execute();
  }
}

/** Deliveries per second of this process's CPU time: with the embedded database this
 * includes the database's work, and unlike wall time it does not drop when other
 * programs load the machine. */
let embedded = true;

function perCpuSecond(count: number, since: NodeJS.CpuUsage): string {
  // With PostgreSQL the database's work runs in other processes: this figure would flatter.
  if (!embedded) return "-";
  const used = process.cpuUsage(since);
  return (count / ((used.user + used.system) / 1e6)).toFixed(0);
}

interface Row {
  phase: string;
  reminders: number;
  "real s": string;
  "deliveries/s": string;
  "per CPU-s": string;
  "p50 late s": string;
  "p99 late s": string;
  "max late s": string;
  passes: number;
}

async function simulatedScheduler(db: Kysely<Database>, count: number, windowS: number, batchSize: number): Promise<Row> {
  const lateness: number[] = [];
  let simMs = T0.getTime();
  let busyMs = 0;
  let passes = 0;
  const cpuStart = process.cpuUsage();
  const end = T0.getTime() + windowS * 1000;
  while (lateness.length < count) {
    const tickStart = performance.now();
    const now = new Date(simMs);
    await sweepReminders(db, now, log, {
      batchSize,
      onBatch: (dueAts) => {
        // The batch reached the outbox at the tick's time plus the real time spent so far.
        const at = simMs + (performance.now() - tickStart);
        for (const due of dueAts) lateness.push((at - due.getTime()) / 1000);
      },
    });
    const elapsed = performance.now() - tickStart;
    busyMs += elapsed;
    passes++;
    // node-cron fires every whole second; a pass still running makes the runner skip ticks.
    simMs += Math.max(1, Math.ceil(elapsed / 1000)) * 1000;
    if (simMs > end + 3_600_000) throw new Error("reminders left undelivered an hour after the window");
  }
  lateness.sort((a, b) => a - b);
  return {
    phase: `scheduler, due over ${windowS} s`,
    reminders: lateness.length,
    "real s": (busyMs / 1000).toFixed(1),
    "deliveries/s": (lateness.length / (busyMs / 1000)).toFixed(0),
    "per CPU-s": perCpuSecond(lateness.length, cpuStart),
    "p50 late s": percentile(lateness, 50).toFixed(2),
    "p99 late s": percentile(lateness, 99).toFixed(2),
    "max late s": lateness.at(-1)!.toFixed(2),
    passes,
  };
}

async function backlog(db: Kysely<Database>, count: number, batchSize: number): Promise<Row> {
  const at = new Date(T0.getTime() + 86_400_000 * 2);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await sweepReminders(db, at, log, { batchSize });
  const s = (performance.now() - started) / 1000;
  return {
    phase: "backlog, all due at once",
    reminders: result.delivered,
    "real s": s.toFixed(1),
    "deliveries/s": (result.delivered / s).toFixed(0),
    "per CPU-s": perCpuSecond(result.delivered, cpuStart),
    "p50 late s": "-",
    "p99 late s": "-",
    "max late s": "-",
    passes: 1,
  };
}

export default async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: "string", default: "100000" },
      window: { type: "string", default: "60" },
      batch: { type: "string", default: "500" },
      recurring: { type: "string", default: "0.1" },
      "database-url": { type: "string" },
    },
  });
  const count = Number(values.count);
  const windowS = Number(values.window);
  const batchSize = Number(values.batch);
  const recurringShare = Number(values.recurring);
  const url = values["database-url"];
  const handle: DatabaseHandle = url ? openPostgres(url) : await openPglite();
  embedded = handle.engine === "pglite";
  try {
    await migrateToLatest(handle.db);
    const seedStart = performance.now();
    await seed(handle.db, count, recurringShare, (i) => new Date(T0.getTime() + Math.floor((i * windowS * 1000) / count)), "spread");
    console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    console.log(`engine ${handle.engine}; seeded ${count} pending reminders (${(recurringShare * 100).toFixed(0)}% recurring) due over ${windowS} s in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; batch ${batchSize}\n`);
    const rows: Row[] = [await simulatedScheduler(handle.db, count, windowS, batchSize)];
    // Phase 2 on its own database: PGlite has no autovacuum, so phase 1's 100,000 dead row
    // versions would otherwise be measured too. (On PostgreSQL the same database is reused
    // and the recurring rows of phase 1, due again the next morning, join the backlog.)
    const second = url ? handle : await openPglite();
    try {
      if (second !== handle) await migrateToLatest(second.db);
      await seed(second.db, count, recurringShare, () => new Date(T0.getTime() + 3_600_000), "backlog");
      rows.push(await backlog(second.db, count, batchSize));
    } finally {
      if (second !== handle) await second.close();
    }
    console.table(rows);
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (wall-clock figures and simulated lateness degrade on a loaded machine)`);
    console.log("targets: >= 2,000 deliveries/s; p99 lateness (due -> outbox) <= 2 s");
  } finally {
    if (url) {
      // A bench run leaves its rows behind on PostgreSQL; say so rather than delete data.
      console.log("note: rows were written to the given PostgreSQL database (use a scratch database)");
    }
    await handle.close();
  }
}
