// npm run bench -- slack [--rate 200] [--seconds 10] [--concurrency 64]
// Signed `/specialist` slash commands over HTTP to Curbside's real server (Slack adapter
// mounted, embedded PGlite with the demo directory), and the same load to a bare Bolt
// app that acks "ok" (the ceiling). Each server runs in its own child process, one at a
// time, so the load generator never shares its event loop. Reports ack latency p50/p99
// at a fixed rate (open loop) and the most requests per second a closed loop achieves.
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import http from "node:http";
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
  const app = await createCurbside(config, { database: process.env.BENCH_DATABASE_URL ? openPostgres(process.env.BENCH_DATABASE_URL, 20) : await openPglite() });
  const server = createHttpServer();
  await mountAdapters(app, server);
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
  const child = spawn(process.execPath, ["--import", "tsx", SELF, "--serve", kind], { stdio: ["ignore", "pipe", "inherit"] });
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

function send(agent: http.Agent, port: number, req: { body: string; headers: Record<string, string> }): Promise<{ ms: number; status: number; inAck: boolean }> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const r = http.request({ host: "127.0.0.1", port, path: "/slack/events", method: "POST", headers: req.headers, agent }, (res) => {
      let size = 0;
      res.on("data", (c: Buffer) => (size += c.length));
      res.on("end", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0, inAck: size > 2 }));
    });
    r.on("error", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: 0, inAck: false }));
    r.end(req.body);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Receives response_url posts (replies sent after the ack) and notes when each arrived. */
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

async function fixedRate(target: Target, rate: number, seconds: number, command: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const sink = await startSink();
  const requests = signedRequests(total, sink.url, 1_000_000, command);
  // Warm-up: JIT, first-use users, caches (in small batches, not one burst).
  const warm = signedRequests(200, sink.url, 0, command);
  for (let i = 0; i < warm.length; i += 10) await Promise.all(warm.slice(i, i + 10).map((r) => send(agent, target.port, r)));
  const sentAt: number[] = [];
  const results: Promise<{ ms: number; status: number; inAck: boolean }>[] = [];
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
  const latencies = done.map((d) => d.ms).sort((a, b) => a - b);
  // Replies that went to response_url: wait (up to 20 s) for them, then measure send -> arrival.
  const later = done.map((d, i) => (d.status === 200 && !d.inAck ? i : -1)).filter((i) => i >= 0);
  const waitUntil = performance.now() + 20_000;
  while (later.some((i) => !sink.arrived.has(1_000_000 + i)) && performance.now() < waitUntil) await new Promise((r) => setTimeout(r, 50));
  sink.close();
  const replies = done
    .map((d, i) => (d.status !== 200 ? undefined : d.inAck ? d.ms : sink.arrived.has(1_000_000 + i) ? sink.arrived.get(1_000_000 + i)! - sentAt[i]! : undefined))
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  return {
    replyP50: percentile(replies, 50),
    replyP99: percentile(replies, 99),
    replied: replies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1)!,
    ok: done.filter((d) => d.status === 200).length,
    inAck: done.filter((d) => d.status === 200 && d.inAck).length,
    total,
  };
}

async function maxThroughput(target: Target, concurrency: number, seconds: number, command: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const pool = signedRequests(20_000, "", 2_000_000, command);
  let next = 0;
  let completed = 0;
  const deadline = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && next < pool.length) {
        const res = await send(agent, target.port, pool[next++]!);
        if (res.status === 200) completed++;
      }
    }),
  );
  agent.destroy();
  return completed / ((performance.now() - start) / 1000);
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
  const rows: string[] = [];
  let bareThroughput = 0;
  let curbsideThroughput = 0;
  for (const kind of ["bare", "curbside"] as const) {
    const target = await startChild(kind);
    try {
      const fixed = await fixedRate(target, rate, seconds, command);
      const throughput = await maxThroughput(target, concurrency, Math.min(5, seconds), command);
      if (kind === "bare") bareThroughput = throughput;
      else curbsideThroughput = throughput;
      rows.push(
        `| ${target.name} | ${rate}/s × ${seconds}s | ${fixed.p50.toFixed(2)} | ${fixed.p99.toFixed(2)} | ${fixed.max.toFixed(1)} | ${fixed.ok}/${fixed.total} | ${kind === "curbside" ? `${fixed.inAck}/${fixed.ok}` : "-"} | ${kind === "curbside" ? `${fixed.replyP50.toFixed(1)} / ${fixed.replyP99.toFixed(1)} (${fixed.replied}/${fixed.total})` : "-"} | ${Math.round(throughput)} |`,
      );
    } finally {
      target.child.kill("SIGTERM");
    }
  }
  console.log(`Command: /${command}; SLACK_ACK_BUDGET_MS=${process.env.BENCH_ACK_BUDGET_MS ?? "default"}; database: ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "PGlite (in memory)"}`);
  console.log("| server | load | ack p50 ms | ack p99 ms | max ms | 200 OK | reply in ack body | full reply p50 / p99 ms (replies delivered) | max req/s (closed loop, " + concurrency + " in flight) |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log(`\nCurbside throughput = ${((curbsideThroughput / bareThroughput) * 100).toFixed(0)}% of the bare Bolt app (target >= 70%); target p99 ack <= 20 ms at 200 req/s.`);
}

// Child mode: `tsx bench/slack.ts --serve curbside|bare` runs one server until killed.
if (process.argv[1] === SELF && process.argv[2] === "--serve") {
  await (process.argv[3] === "bare" ? serveBareBolt() : serveCurbside());
}
