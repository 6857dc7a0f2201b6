// npm run bench -- slack [--rate 200] [--seconds 10] [--concurrency 64] [--command specialist]
// Signed `/specialist` slash commands over HTTP to Curbside's real server (Slack adapter
// mounted, demo directory; embedded PGlite, or PostgreSQL with BENCH_DATABASE_URL), and
// the same load to a bare Bolt app that acks "ok" (the ceiling). Each server runs in its
// own child process, one at a time, so the load generator never shares its event loop.
// Reports, side by side:
// - ack latency p50/p99 at a fixed rate (open loop);
// - throughput in a closed loop: for Curbside, *completed* replies per second (a reply the
//   clinician gets, in the ack or at the fake response_url server), against the bare app's
//   acks per second (its ack "ok" is its whole reply). Requests answered "busy" did nothing:
//   they are counted and shown on their own, never as throughput;
// - for Curbside, the work behind the acks at the fixed rate (completion latency, busy).
// BENCH_PGLITE_THREAD=worker runs PGlite in a worker thread (src/db/pglite-client.ts).
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import http from "node:http";
import { readFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

const SECRET = "bench-signing-secret-0123456789abcdef";
const TEAM = "T0BENCH";
const SELF = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------- servers (child mode)

async function serveCurbside(): Promise<number> {
  const { startFakeSlack } = await import("../test/helpers/fake-slack.ts");
  const { createCurbside } = await import("../cli/compose.ts");
  const { mountAdapters } = await import("../cli/adapters.ts");
  const { loadConfig } = await import("../src/config.ts");
  const { openPglite, openPostgres } = await import("../src/db/database.ts");
  const { createHttpServer } = await import("../src/http/server.ts");
  const fake = await startFakeSlack();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    CURBSIDE_DEMO_SEED: "auto",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_TEAM_ID: TEAM,
    SLACK_API_URL: fake.apiUrl,
    ...(process.env.BENCH_ACK_BUDGET_MS ? { SLACK_ACK_BUDGET_MS: process.env.BENCH_ACK_BUDGET_MS } : {}),
  });
  const thread = process.env.BENCH_PGLITE_THREAD === "worker" ? "worker" : "main";
  const app = await createCurbside(config, { database: process.env.BENCH_DATABASE_URL ? openPostgres(process.env.BENCH_DATABASE_URL, 20) : await openPglite(undefined, { thread }) });
  const server = createHttpServer();
  const tuning = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  const slack = { workSliceMs: tuning("BENCH_WORK_SLICE_MS"), workConcurrency: tuning("BENCH_WORK_CONCURRENCY"), maxWaitingWork: tuning("BENCH_MAX_WAITING") };
  const sharedReplays = process.env.BENCH_SHARED_REPLAYS ? { sharedReplays: process.env.BENCH_SHARED_REPLAYS === "on" } : {};
  await mountAdapters(app, server, { slack: { ...Object.fromEntries(Object.entries(slack).filter(([, v]) => v !== undefined)), ...sharedReplays } });
  const port = await server.listen(0, "127.0.0.1");
  process.stdout.write(JSON.stringify({ port, responseUrl: fake.responseUrl("bench") }) + "\n");
  return port;
}

async function serveBareBolt(): Promise<number> {
  const { App } = await import("@slack/bolt");
  const app = new App({ signingSecret: SECRET, authorize: async () => ({ botToken: "xoxb-bench" }), logLevel: "error" as never });
  app.command(/.+/, async ({ ack }) => ack("ok"));
  const server = (await app.start(0)) as http.Server;
  const port = (server.address() as { port: number }).port;
  process.stdout.write(JSON.stringify({ port, responseUrl: "" }) + "\n");
  return port;
}

// ---------------------------------------------------------------- load generator

interface Target {
  name: string;
  port: number;
  responseUrl: string;
  child: ChildProcess;
}

async function startChild(kind: "curbside" | "bare"): Promise<Target> {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server (read it for the top self-time functions).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}/${kind}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", SELF, "--serve", kind], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const nl = buffer.indexOf("\n");
      if (nl >= 0) resolve(buffer.slice(0, nl));
    });
    child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  const { port, responseUrl } = JSON.parse(line) as { port: number; responseUrl: string };
  return { name: kind === "curbside" ? "Curbside (Slack adapter)" : "bare Bolt app (ack \"ok\")", port, responseUrl, child };
}

const QUERIES = ["cardiology", "cardiology near 10001", "dermatology", "neurology near 60601", "endocrinology", "oncology near 94110", "pediatrics", "gastroenterology"];

function signedRequests(count: number, responseUrl: string, offset: number, command = "specialist"): { body: string; headers: Record<string, string> }[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: count }, (_, i) => {
    const body = new URLSearchParams({
      team_id: TEAM,
      channel_id: "C0BENCH",
      channel_name: "bench",
      user_id: `U0BENCH${i % 40}`,
      user_name: `bench${i % 40}`,
      command: `/${command}`,
      text: command === "specialist" ? QUERIES[i % QUERIES.length]! : "",
      response_url: responseUrl ? `${responseUrl}/${offset + i}` : "",
      trigger_id: `${offset + i}.bench.trigger`,
    }).toString();
    const signature = "v0=" + createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex");
    return {
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)), "x-slack-request-timestamp": timestamp, "x-slack-signature": signature },
    };
  });
}

const BUSY_MARK = "Curbside is busy";

interface Answer {
  /** Send -> HTTP answer, ms. */
  ms: number;
  status: number;
  /** The ack carried a reply (not an empty 200). */
  inAck: boolean;
  /** The ack said "busy" (refused by admission control; nothing was done). */
  busy: boolean;
}

function send(agent: http.Agent, port: number, req: { body: string; headers: Record<string, string> }): Promise<Answer> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const r = http.request({ host: "127.0.0.1", port, path: "/slack/events", method: "POST", headers: req.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0, inAck: text.length > 0, busy: text.includes(BUSY_MARK) });
      });
    });
    r.on("error", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: 0, inAck: false, busy: false }));
    r.end(req.body);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The fake response_url server: receives replies sent after the ack and notes when each arrived. */
async function startSink(): Promise<{ url: string; arrived: Map<number, number>; close(): void }> {
  const arrived = new Map<number, number>();
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const id = Number((req.url ?? "").split("/").pop());
      if (!arrived.has(id)) arrived.set(id, performance.now());
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/r`, arrived, close: () => server.close() };
}

/** Waits (up to `limitMs`) until every id has a reply at the sink. */
async function drain(sink: { arrived: Map<number, number> }, ids: number[], limitMs: number): Promise<void> {
  const until = performance.now() + limitMs;
  while (ids.some((id) => !sink.arrived.has(id)) && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
}

const FIXED_BASE = 1_000_000;
const CLOSED_BASE = 2_000_000;

async function fixedRate(target: Target, rate: number, seconds: number, command: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const sink = await startSink();
  const requests = signedRequests(total, sink.url, FIXED_BASE, command);
  // Warm-up: JIT, first-use users, caches (in small batches, not one burst).
  const warm = signedRequests(200, sink.url, 0, command);
  const warmAnswers: Answer[] = [];
  for (let i = 0; i < warm.length; i += 10) warmAnswers.push(...(await Promise.all(warm.slice(i, i + 10).map((r) => send(agent, target.port, r)))));
  await drain(sink, warmAnswers.flatMap((a, i) => (a.status === 200 && !a.inAck ? [i] : [])), 30_000);
  const sentAt: number[] = [];
  const results: Promise<Answer>[] = [];
  const cpuBefore = cpuSeconds(target.child.pid);
  const start = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
      while (sent < due) {
        sentAt.push(performance.now());
        results.push(send(agent, target.port, requests[sent++]!));
      }
      if (sent >= total) return resolve();
      setTimeout(tick, 1);
    };
    tick();
  });
  const done = await Promise.all(results);
  agent.destroy();
  const acks = done.map((d) => d.ms).sort((a, b) => a - b);
  // Replies that went to response_url: wait (up to 30 s) for them.
  const deferred = done.map((d, i) => (d.status === 200 && !d.inAck ? FIXED_BASE + i : -1)).filter((id) => id >= 0);
  await drain(sink, deferred, 30_000);
  const cpu = cpuSeconds(target.child.pid) - cpuBefore;
  const wall = (performance.now() - start) / 1000;
  sink.close();
  // A completed reply: in the ack body (not "busy"), or arrived at the response_url server.
  const completedAt: number[] = [];
  const completion: number[] = [];
  done.forEach((d, i) => {
    if (d.status !== 200 || d.busy) return;
    const arrived = d.inAck ? sentAt[i]! + d.ms : sink.arrived.get(FIXED_BASE + i);
    if (arrived === undefined) return;
    completedAt.push(arrived);
    completion.push(arrived - sentAt[i]!);
  });
  completion.sort((a, b) => a - b);
  const lastCompletion = Math.max(...completedAt, start);
  return {
    p50: percentile(acks, 50),
    p99: percentile(acks, 99),
    max: acks.at(-1)!,
    ok: done.filter((d) => d.status === 200).length,
    inAck: done.filter((d) => d.status === 200 && d.inAck && !d.busy).length,
    busy: done.filter((d) => d.busy).length,
    completed: completion.length,
    completionP50: percentile(completion, 50),
    completionP99: percentile(completion, 99),
    // Completed replies per second over the whole run: first send to last reply.
    completedPerSecond: completion.length / ((lastCompletion - start) / 1000),
    total,
    /** Server CPU per request (ms) and the share of one core it used over the phase (including the drain). */
    cpuMsPerRequest: (cpu * 1000) / total,
    cpuShare: cpu / wall,
  };
}

/** Closed loop: `concurrency` requests in flight for `seconds`; counts acks, busy answers and replies that reached the sink within the window. */
async function maxThroughput(target: Target, concurrency: number, seconds: number, command: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const sink = await startSink();
  const pool = signedRequests(40_000, sink.url, CLOSED_BASE, command);
  let next = 0;
  let acked = 0;
  let busy = 0;
  let inAck = 0;
  const cpuBefore = cpuSeconds(target.child.pid);
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && next < pool.length) {
        const res = await send(agent, target.port, pool[next++]!);
        if (res.status !== 200) continue;
        acked++;
        if (res.busy) busy++;
        else if (res.inAck) inAck++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const end = start + elapsed * 1000;
  const cpu = cpuSeconds(target.child.pid) - cpuBefore;
  // Replies sent after the ack count only if they reached the sink within the window.
  const completedInWindow = inAck + [...sink.arrived.values()].filter((t) => t <= end).length;
  agent.destroy();
  sink.close();
  return {
    acksPerSecond: acked / elapsed,
    busyPerSecond: busy / elapsed,
    busyShare: acked === 0 ? 0 : busy / acked,
    completedPerSecond: completedInWindow / elapsed,
    /** Server CPU (all its threads) as a share of one core over the window. */
    cpuShare: cpu / elapsed,
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of stat; after "comm) " they are at 11 and 12, in clock ticks (100/s on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function load(): string {
  try {
    return execSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`;
  }
}

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

export default async function bench(args: string[]): Promise<void> {
  const rate = flag(args, "rate", 200);
  const seconds = flag(args, "seconds", 10);
  const concurrency = flag(args, "concurrency", 64);
  const commandAt = args.indexOf("--command");
  const command = commandAt >= 0 ? args[commandAt + 1]! : "specialist";
  if (!/^[a-z-]+$/.test(command)) throw new Error("--command must be a command name such as help");
  const closedSeconds = Math.min(5, seconds);
  const loadBefore = load();
  const ackRows: string[] = [];
  const throughputRows: string[] = [];
  const workRows: string[] = [];
  let bareAcksPerSecond = 0;
  let completedPerSecond = 0;
  let worstP99 = 0;
  for (const kind of ["bare", "curbside"] as const) {
    const target = await startChild(kind);
    try {
      const fixed = await fixedRate(target, rate, seconds, command);
      const closed = await maxThroughput(target, concurrency, closedSeconds, command);
      const cores = `${(closed.cpuShare * 100).toFixed(0)}%`;
      ackRows.push(
        `| ${target.name} | ${rate}/s × ${seconds}s | ${fixed.p50.toFixed(2)} | ${fixed.p99.toFixed(2)} | ${fixed.max.toFixed(1)} | ${fixed.ok}/${fixed.total} | ${fixed.busy} | ${fixed.cpuMsPerRequest.toFixed(2)} ms, ${(fixed.cpuShare * 100).toFixed(0)}% |`,
      );
      if (kind === "bare") {
        // The bare app's ack "ok" is its whole reply: every ack is a completed reply.
        bareAcksPerSecond = closed.acksPerSecond;
        throughputRows.push(`| ${target.name} | ${Math.round(closed.acksPerSecond)} (acks) | - | ${Math.round(closed.acksPerSecond)} | ${cores} | ${((closed.cpuShare * 1000) / closed.acksPerSecond).toFixed(2)} ms |`);
      } else {
        completedPerSecond = closed.completedPerSecond;
        worstP99 = fixed.p99;
        throughputRows.push(
          `| ${target.name} | ${Math.round(closed.completedPerSecond)} | ${Math.round(closed.busyPerSecond)} (${(closed.busyShare * 100).toFixed(1)}% of acks) | ${Math.round(closed.acksPerSecond)} | ${cores} | ${((closed.cpuShare * 1000) / closed.completedPerSecond).toFixed(2)} ms |`,
        );
        workRows.push(
          `| fixed ${rate}/s × ${seconds}s | ${fixed.inAck} | ${fixed.total - fixed.inAck - fixed.busy} | ${fixed.busy} (${((fixed.busy / fixed.total) * 100).toFixed(1)}%) | ${fixed.completed}/${fixed.total} | ${fixed.completedPerSecond.toFixed(0)} | ${fixed.completionP50.toFixed(1)} / ${fixed.completionP99.toFixed(1)} | ${((fixed.cpuMsPerRequest * fixed.total) / fixed.completed).toFixed(2)} ms |`,
        );
      }
    } finally {
      target.child.kill("SIGTERM");
    }
  }
  const loadAfter = load();
  const tuned = ["BENCH_WORK_SLICE_MS", "BENCH_WORK_CONCURRENCY", "BENCH_MAX_WAITING", "BENCH_SHARED_REPLAYS"].filter((n) => process.env[n]).map((n) => `${n}=${process.env[n]}`);
  console.log(`Command: /${command}; SLACK_ACK_BUDGET_MS=${process.env.BENCH_ACK_BUDGET_MS ?? "default"}; database: ${databaseLabel()}${tuned.length ? `; ${tuned.join(", ")}` : ""}`);
  console.log(`uptime before: ${loadBefore}\nuptime after:  ${loadAfter}\n`);
  const share = (completedPerSecond / bareAcksPerSecond) * 100;
  console.log(
    `Throughput: Curbside ${Math.round(completedPerSecond)} completed /${command} replies/s = ${share.toFixed(0)}% of the bare Bolt app's ${Math.round(bareAcksPerSecond)} acks/s (target >= 70%).`,
  );
  console.log(`Ack latency: Curbside p99 ${worstP99.toFixed(2)} ms at ${rate} req/s (target <= 20 ms).\n`);
  console.log(`Acks at a fixed rate (open loop; what Slack's 3-second limit and the p99 target are about):\n`);
  console.log("| server | load | ack p50 ms | ack p99 ms | max ms | 200 OK | answered busy | server CPU per request, share of a core |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of ackRows) console.log(row);
  console.log(`\nThroughput (closed loop, ${concurrency} requests in flight for ${closedSeconds} s). A "busy" ack did nothing and is not throughput:\n`);
  console.log("| server | completed replies/s | answered busy /s | all acks/s | server CPU, share of a core | server CPU per completed reply |");
  console.log("|---|---|---|---|---|---|");
  for (const row of throughputRows) console.log(row);
  console.log("\nThe work behind the acks at the fixed rate (Curbside only):\n");
  console.log("| phase | reply in ack | reply via response_url | answered busy | completed | completed replies/s | completion p50 / p99 ms (send -> reply) | server CPU per completed reply |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of workRows) console.log(row);
}

function databaseLabel(): string {
  return process.env.BENCH_DATABASE_URL ? "PostgreSQL" : `PGlite (in memory, SQL on the ${process.env.BENCH_PGLITE_THREAD === "worker" ? "worker thread" : "main thread"})`;
}

// Child mode: `tsx bench/slack.ts --serve curbside|bare` runs one server until killed.
if (process.argv[1] === SELF && process.argv[2] === "--serve") {
  // Exit cleanly on SIGTERM so --cpu-prof can write its profile.
  process.on("SIGTERM", () => process.exit(0));
  await (process.argv[3] === "bare" ? serveBareBolt() : serveCurbside());
}
