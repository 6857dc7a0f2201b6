// `curbside exec "/summarize case <id>"` as a user runs it: a fresh data directory, no
// model configured, a case raised through exec first. The reply is an extractive summary.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = path.resolve(import.meta.dirname, "../bin/curbside.js");
const dataDir = mkdtempSync(path.join(tmpdir(), "curbside-summarize-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  CURBSIDE_DATA_DIR: dataDir,
  CURBSIDE_DEMO_SEED: "off",
  DATABASE_URL: "",
  OPENAI_API_KEY: "",
  OPENAI_BASE_URL: "",
  LOG_LEVEL: "warn",
};

function curbside(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", timeout: 100_000 });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("curbside exec /summarize", () => {
  it("returns an extractive summary of a case raised through exec, without identifiers", () => {
    const raised = curbside(
      "exec",
      "/consult cardiology routine 74M Harold Pemberton MRN 48213377, new atrial fibrillation on ECG, eGFR 48, creatinine 1.4. Should we start apixaban or warfarin?",
    );
    expect(raised.status, raised.stdout + raised.stderr).toBe(0);
    const id = /Case #(\d+)/.exec(raised.stdout)?.[1];
    expect(id).toBeDefined();

    const run = curbside("exec", `/summarize case ${id}`);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`Summarising case #${id}`);
    expect(run.stdout).toContain(`Summary of case #${id}`);
    expect(run.stdout).toContain("Extractive summary (no language model is configured)");
    expect(run.stdout).toContain("Should we start apixaban or warfarin?");
    expect(run.stdout).toMatch(/eGFR 48/);
    expect(run.stdout).not.toMatch(/Pemberton|48213377/);
  }, 200_000);

  it("answers an unknown case with a clear error and a non-zero exit", () => {
    const run = curbside("exec", "/summarize case 4242");
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain("Case #4242 was not found in your organization.");
  }, 100_000);
});
