// The `curbside` bin as a user runs it: a fresh data directory, real processes.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = path.resolve(import.meta.dirname, "../bin/curbside.js");
const dataDir = mkdtempSync(path.join(tmpdir(), "curbside-cli-"));
const env = { ...process.env, CURBSIDE_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" };

function curbside(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", timeout: 240_000 });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Generous timeouts: each call is a fresh process (TypeScript load, embedded database
// start, migrations) and CI shares two cores with the rest of the suite.
describe("curbside CLI", { timeout: 300_000 }, () => {
  it("answers /specialist cardiology near 10001 on a fresh data directory, nearest first", () => {
    const run = curbside("exec", "/specialist cardiology near 10001");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("seeded 500 invented demo specialists");
    const distances = [...run.stdout.matchAll(/Cardiovascular Disease · ([\d.]+) mi/g)].map((m) => Number(m[1]));
    expect(distances.length).toBeGreaterThan(1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("keeps state between calls and prints JSON replies with --json", () => {
    const run = curbside("exec", "--json", "/help");
    expect(run.status).toBe(0);
    const reply = JSON.parse(run.stdout) as { status: string; visibility: string };
    expect(reply).toMatchObject({ status: "ok", visibility: "ephemeral" });
    expect(run.stderr).not.toContain("seeded");
  });

  it("exits non-zero for an unknown command and names the ones that exist", () => {
    const run = curbside("exec", "/nope");
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain("Unknown command /nope");
    expect(run.stdout).toContain("/specialist");
  });

  it("explains a bad option and bad CLI usage", () => {
    const bad = curbside("exec", "/specialist cardiology near");
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/near`? needs a value/);
    const role = curbside("exec", "--role", "superuser", "/help");
    expect(role.status).toBe(2);
    expect(role.stderr).toContain("--role must be one of");
    expect(curbside("frobnicate").status).toBe(2);
  });

  it("serves GET /healthz within a few seconds of start", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--no-prompt"], { env: { ...env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let err = "";
        const timer = setTimeout(() => reject(new Error(`no start banner: ${err}`)), 180_000);
        child.stderr.on("data", (chunk: Buffer) => {
          err += chunk.toString();
          const m = /running on http:\/\/[\d.]+:(\d+)/.exec(err);
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        });
      });
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, database: { engine: "pglite", ok: true } });
      expect((await fetch(`http://127.0.0.1:${port}/nowhere`)).status).toBe(404);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
