// The must-show path through the real `curbside` bin and a fresh data directory:
// exec "/remind me in 2 hours check potassium" answers with the exact due time,
// /remind list shows it, scheduler run-once --at <due + 1 s> delivers it (visible in
// outbox list), and a second run-once delivers nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "../src/db/database.ts";

const BIN = path.resolve(import.meta.dirname, "../bin/curbside.js");
const dataDir = mkdtempSync(path.join(tmpdir(), "curbside-remind-"));
const env = { ...process.env, CURBSIDE_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn", CURBSIDE_DEMO_SEED: "off", DEFAULT_TIMEZONE: "America/New_York" };

function curbside(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", timeout: 90_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The stored due instant (read after the CLI process has exited and closed the database). */
async function storedDueAt(): Promise<Date> {
  const handle = await openPglite(dataDir);
  try {
    const row = await handle.db.selectFrom("reminders").select("due_at").executeTakeFirstOrThrow();
    return row.due_at;
  } finally {
    await handle.close();
  }
}

describe("curbside CLI: /remind through scheduler run-once and outbox list", () => {
  it("sets, lists, delivers once at due + 1 s, and not again", async () => {
    const started = Date.now();
    const set = curbside("exec", "/remind me in 2 hours check potassium");
    expect(set.status, set.stderr).toBe(0);
    const expected = DateTime.fromMillis(started + 2 * 3_600_000, { zone: "America/New_York" });
    const shown = /set to you for ([^\n]+? \(America\/New_York\))/.exec(set.stdout)?.[1];
    expect(shown).toBeDefined();
    // The reply names the minute it understood (the command ran within a few seconds of `started`).
    const shownMinute = DateTime.fromFormat(shown!.replace(/ [A-Z]{3,4} \(America\/New_York\)$/, ""), "ccc d LLL yyyy, HH:mm", { zone: "America/New_York", locale: "en-US" });
    expect(Math.abs(shownMinute.toMillis() - expected.startOf("minute").toMillis())).toBeLessThanOrEqual(60_000);

    const list = curbside("exec", "/remind list");
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(shown!);
    expect(list.stdout).toContain("check potassium");

    const due = await storedDueAt();
    expect(Math.abs(due.getTime() - (started + 2 * 3_600_000))).toBeLessThan(60_000);
    const before = curbside("scheduler", "run-once", "--at", new Date(due.getTime() - 1000).toISOString());
    expect(before.status, before.stderr).toBe(0);
    expect(before.stdout).toContain("reminders.due: 0 processed");

    const first = curbside("scheduler", "run-once", "--at", new Date(due.getTime() + 1000).toISOString());
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("reminders.due: 1 processed");
    expect(first.stdout).toContain("outbox: 1 delivered");

    const outbox = curbside("outbox", "list");
    expect(outbox.status).toBe(0);
    expect(outbox.stdout).toMatch(/delivered\s+post\s+reminder\.due reminder \d+ → console:local @console-user/);
    expect(outbox.stdout).toContain("Reminder: check potassium");

    const second = curbside("scheduler", "run-once", "--at", new Date(due.getTime() + 2000).toISOString());
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("reminders.due: 0 processed");
    expect(second.stdout).toContain("outbox: 0 delivered");
    const json = JSON.parse(curbside("outbox", "list", "--json").stdout) as { deliveries: { topic: string }[] };
    expect(json.deliveries.filter((d) => d.topic === "reminder.due")).toHaveLength(1);
  }, 300_000);
});
