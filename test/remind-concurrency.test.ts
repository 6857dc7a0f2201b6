// Three sweep workers, each with its own PostgreSQL pool (as three processes would
// have), drain 10,000 due reminders at once: every occurrence reaches the outbox exactly
// once and no row is handled by two workers; and three reaching 08:00 together send each
// channel's digest once. PostgreSQL only: PGlite is one connection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type DatabaseHandle } from "../src/db/database.ts";
import { memoryLogger } from "../src/log.ts";
import { anchorRecurrence, matchRecurrence } from "../src/reminders/recurrence.ts";
import { sweepReminders } from "../src/reminders/sweep.ts";
import { sweepDigests } from "../src/reminders/digest.ts";
import { insertCase } from "./helpers/cases.ts";
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from "./helpers/db.ts";

const TOTAL = 10_000;
const RECURRING = 1_000;
const AT = new Date("2026-11-23T14:00:00Z");

describe.skipIf(!TEST_DATABASE_URL)("reminder sweep with three workers on one PostgreSQL", () => {
  let database: TestDatabase;
  const workers: DatabaseHandle[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const { db } = database;
    const org = (await db.insertInto("organizations").values({ name: "Concurrency org" }).returning("id").executeTakeFirstOrThrow()).id;
    const ws = (await db.insertInto("workspaces").values({ organization_id: org, platform: "console", external_id: "w-many", name: null }).returning("id").executeTakeFirstOrThrow()).id;
    const user = (await db.insertInto("users").values({ organization_id: org, workspace_id: ws, external_id: "dr-many", display_name: null }).returning("id").executeTakeFirstOrThrow()).id;
    const daily = anchorRecurrence(matchRecurrence("every day at 9am x")!.spec, new Date("2026-11-22T12:00:00Z"), "America/New_York")!;
    for (let start = 0; start < TOTAL; start += 1000) {
      await db
        .insertInto("reminders")
        .values(
          Array.from({ length: 1000 }, (_, k) => {
            const i = start + k;
            return {
              organization_id: org,
              workspace_id: ws,
              creator_user_id: user,
              platform: "console",
              workspace: "w-many",
              target: JSON.stringify({ user: "dr-many" }),
              target_user_id: user,
              text: `invented reminder ${i}`,
              case_id: null,
              timezone: "America/New_York",
              rrule: i < RECURRING ? daily.rule : null,
              // Due times spread over the hour before AT.
              due_at: new Date(AT.getTime() - ((i * 360) % 3_600_000)),
            };
          }),
        )
        .execute();
    }
    for (let w = 0; w < 3; w++) workers.push(openPostgres(database.url!, 4));
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await database?.drop();
  });

  it("delivers each of 10,000 due reminders exactly once", async () => {
    const log = memoryLogger();
    const results = await Promise.all(workers.map((w) => sweepReminders(w.db, AT, log, { batchSize: 100 })));
    const delivered = results.map((r) => r.delivered);
    // No row was claimed twice: the workers' counts add up to exactly the total...
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    // ...and the work was really shared.
    for (const count of delivered) expect(count).toBeGreaterThan(0);

    const { db } = database;
    const outbox = await db
      .selectFrom("outbox")
      .select(({ fn }) => [fn.countAll<number>().as("rows"), fn.count<number>("subject_id").distinct().as("reminders")])
      .where("topic", "=", "reminder.due")
      .executeTakeFirstOrThrow();
    expect(Number(outbox.rows)).toBe(TOTAL);
    expect(Number(outbox.reminders)).toBe(TOTAL);

    const states = await db.selectFrom("reminders").select(["status", "occurrence"]).select(({ fn }) => fn.countAll<number>().as("n")).groupBy(["status", "occurrence"]).execute();
    const byState = Object.fromEntries(states.map((s) => [`${s.status}/${s.occurrence}`, Number(s.n)]));
    // One-offs are delivered; recurring ones moved to their next occurrence (after AT).
    expect(byState).toEqual({ "delivered/1": TOTAL - RECURRING, "pending/1": RECURRING });
    const stillDue = await db.selectFrom("reminders").select("id").where("status", "=", "pending").where("due_at", "<=", AT).execute();
    expect(stillDue).toHaveLength(0);

    // A second round of all three finds nothing.
    const again = await Promise.all(workers.map((w) => sweepReminders(w.db, AT, log)));
    expect(again.map((r) => r.delivered)).toEqual([0, 0, 0]);
  }, 240_000);
});

describe.skipIf(!TEST_DATABASE_URL)("triage digest with three workers on one PostgreSQL", () => {
  const CHANNELS = 40;
  // Monday 23 Nov 2026, 08:00:05 in New York.
  const MORNING = new Date("2026-11-23T13:00:05Z");
  let database: TestDatabase;
  const workers: DatabaseHandle[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const { db } = database;
    const org = (await db.insertInto("organizations").values({ name: "Digest org" }).returning("id").executeTakeFirstOrThrow()).id;
    const ws = (await db.insertInto("workspaces").values({ organization_id: org, platform: "console", external_id: "w-digests", name: null, timezone: "America/New_York" }).returning("id").executeTakeFirstOrThrow()).id;
    const user = (await db.insertInto("users").values({ organization_id: org, workspace_id: ws, external_id: "dr-digest", display_name: null }).returning("id").executeTakeFirstOrThrow()).id;
    await db
      .insertInto("triage_subscriptions")
      .values(Array.from({ length: CHANNELS }, (_, i) => ({ organization_id: org, specialty_code: "207RC0000X", kind: "channel" as const, platform: "console", workspace: "w-digests", channel_id: `C-${i}`, user_id: null, user_external_id: null, created_by: user })))
      .execute();
    await insertCase(db, "dr-digest", { specialty: "207RC0000X", status: "open", createdAt: new Date(MORNING.getTime() - 3_600_000), claimDeadlineAt: new Date(MORNING.getTime() - 60_000) });
    for (let w = 0; w < 3; w++) workers.push(openPostgres(database.url!, 4));
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await database?.drop();
  });

  it("sends each channel's digest exactly once when three schedulers reach 08:00 together", async () => {
    const log = memoryLogger();
    const sent = await Promise.all(workers.map((w) => sweepDigests(w.db, MORNING, log)));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(CHANNELS);
    const rows = await database.db.selectFrom("outbox").select(["target"]).where("topic", "=", "triage.digest").execute();
    expect(rows).toHaveLength(CHANNELS);
    expect(new Set(rows.map((r) => JSON.stringify(r.target))).size).toBe(CHANNELS);
    // Running again the same morning sends nothing.
    const again = await Promise.all(workers.map((w) => sweepDigests(w.db, new Date(MORNING.getTime() + 60_000), log)));
    expect(again).toEqual([0, 0, 0]);
  }, 120_000);
});
