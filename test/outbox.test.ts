// The outbox: queued with the change that caused it, delivered once, retried with
// backoff, dead-lettered, and edits applied to the message a post created.
import { beforeEach, describe, expect, it } from "vitest";
import { createConsoleGateway } from "../adapters/console/gateway.ts";
import type { Reply } from "../src/chat/model.ts";
import { FakeClock, type ChatGateway, type DeliveryTarget, type MessageRef } from "../src/chat/ports.ts";
import { inChannel } from "../src/chat/reply.ts";
import { AppError } from "../src/errors.ts";
import { memoryLogger } from "../src/log.ts";
import { backoffMs, drainOutbox, enqueue, enqueueUpdate, failureCode, outboxStats } from "../src/outbox/index.ts";
import { describeEachEngine } from "./helpers/db.ts";

const target: DeliveryTarget = { platform: "console", workspace: "local", to: { channel: "triage-cardiology" } };

/** A gateway that records calls and fails while `failing` is set. */
function recordingGateway(): ChatGateway & { posts: Reply[]; updates: [MessageRef, Reply][]; failing: unknown } {
  const gw = {
    platform: "console" as const,
    posts: [] as Reply[],
    updates: [] as [MessageRef, Reply][],
    failing: undefined as unknown,
    async post(t: DeliveryTarget, reply: Reply): Promise<MessageRef> {
      await Promise.resolve();
      if (gw.failing) throw gw.failing;
      gw.posts.push(reply);
      return { platform: "console", workspace: t.workspace, channel: "c", messageId: String(gw.posts.length) };
    },
    async update(ref: MessageRef, reply: Reply): Promise<void> {
      if (gw.failing) throw gw.failing;
      gw.updates.push([ref, reply]);
    },
    async fetchThread() {
      return [];
    },
  };
  return gw;
}

describe("backoff and failure codes", () => {
  it("doubles the delay per try up to the cap", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
  });
  it("keeps codes and drops error text", () => {
    expect(failureCode(new AppError("UNAVAILABLE", "patient John Smith"))).toBe("UNAVAILABLE");
    expect(failureCode(Object.assign(new Error("channel for John Smith"), { code: "channel_not_found" }))).toBe("channel_not_found");
    expect(failureCode(new TypeError("John Smith"))).toBe("TypeError");
    expect(failureCode(Object.assign(new Error("x"), { code: "has spaces and John Smith" }))).toBe("Error");
  });
});

describeEachEngine("outbox", (database, engine) => {
  let org: number;
  let clock: FakeClock;
  beforeEach(async () => {
    const { db } = database();
    await db.deleteFrom("outbox").execute();
    await db.deleteFrom("console_messages").execute();
    org = (await db.insertInto("organizations").values({ name: "Outbox test org" }).returning("id").executeTakeFirstOrThrow()).id;
    clock = new FakeClock(new Date("2026-01-05T09:00:00Z"));
  });

  it("queues a delivery only when the caller's transaction commits", async () => {
    const { db } = database();
    await expect(
      db.transaction().execute(async (trx) => {
        await enqueue(trx, { organizationId: org, target, reply: inChannel("hello"), topic: "test", now: clock.now() });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(0);
    await db.transaction().execute((trx) => enqueue(trx, { organizationId: org, target, reply: inChannel("hello"), topic: "test", now: clock.now() }));
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(1);
  });

  it("ignores a second delivery with the same dedupe key", async () => {
    const { db } = database();
    const first = await enqueue(db, { organizationId: org, target, reply: inChannel("a"), topic: "test", dedupeKey: "k1", now: clock.now() });
    const second = await enqueue(db, { organizationId: org, target, reply: inChannel("b"), topic: "test", dedupeKey: "k1", now: clock.now() });
    expect(second).toBe(first);
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(1);
  });

  it("delivers through the console gateway into console_messages and records the message ref", async () => {
    const { db } = database();
    const id = await enqueue(db, { organizationId: org, target, reply: inChannel("New case #7"), topic: "case.posted", subject: { type: "case", id: 7 }, now: clock.now() });
    const dm = await enqueue(db, { organizationId: org, target: { platform: "console", workspace: "local", to: { user: "dr-a" } }, reply: inChannel("For you"), topic: "t", now: clock.now() });
    const result = await drainOutbox({ db, gateways: { console: createConsoleGateway(db, clock) }, clock, log: memoryLogger() });
    expect(result.delivered).toBe(2);
    const messages = await db.selectFrom("console_messages").selectAll().orderBy("id").execute();
    expect(messages.map((m) => [m.channel, m.user_external_id, m.text])).toEqual([
      ["triage-cardiology", null, "New case #7"],
      ["dm-dr-a", "dr-a", "For you"],
    ]);
    const row = await db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("delivered");
    expect(row.attempts).toBe(1);
    expect(row.message_ref).toEqual({ platform: "console", workspace: "local", channel: "triage-cardiology", messageId: String(messages[0]!.id) });
    expect(new Date(row.delivered_at!).toISOString()).toBe(clock.now().toISOString());
    expect((await db.selectFrom("outbox").select("status").where("id", "=", dm).executeTakeFirstOrThrow()).status).toBe("delivered");
    // Nothing left: a second drain delivers nothing again.
    expect((await drainOutbox({ db, gateways: { console: createConsoleGateway(db, clock) }, clock, log: memoryLogger() })).delivered).toBe(0);
    expect(await db.selectFrom("console_messages").select("id").execute()).toHaveLength(2);
  });

  it("retries a failed delivery after backoff, then dead-letters it after the last try, keeping only a code", async () => {
    const { db } = database();
    const gw = recordingGateway();
    gw.failing = Object.assign(new Error("channel of patient Jane Roe"), { code: "channel_not_found" });
    const log = memoryLogger();
    const services = { db, gateways: { console: gw }, clock, log };
    const id = await enqueue(db, { organizationId: org, target, reply: inChannel("x"), topic: "t", now: clock.now() });
    const opts = { maxAttempts: 3, baseDelayMs: 1000 };

    expect((await drainOutbox(services, opts)).retried).toBe(1);
    let row = await db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect([row.status, row.attempts, row.last_error_code]).toEqual(["pending", 1, "channel_not_found"]);
    expect(new Date(row.next_attempt_at).getTime() - clock.now().getTime()).toBe(1000);

    // Not due yet: nothing happens.
    clock.advance(999);
    expect((await drainOutbox(services, opts)).retried).toBe(0);
    clock.advance(1);
    expect((await drainOutbox(services, opts)).retried).toBe(1);
    row = await db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(new Date(row.next_attempt_at).getTime() - clock.now().getTime()).toBe(2000);
    clock.advance(2000);
    expect((await drainOutbox(services, opts)).dead).toBe(1);
    row = await db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect([row.status, row.attempts, row.last_error_code]).toEqual(["dead", 3, "channel_not_found"]);
    clock.advance(3_600_000);
    expect(await drainOutbox(services, opts)).toMatchObject({ delivered: 0, retried: 0, dead: 0 });
    expect(log.lines.join("\n")).not.toContain("Jane");
    expect(await outboxStats(db, clock.now())).toMatchObject({ pending: 0, dead: 1 });
  });

  it("recovers after a failure: the retry delivers", async () => {
    const { db } = database();
    const gw = recordingGateway();
    gw.failing = new AppError("UNAVAILABLE", "down");
    const services = { db, gateways: { console: gw }, clock, log: memoryLogger() };
    await enqueue(db, { organizationId: org, target, reply: inChannel("x"), topic: "t", now: clock.now() });
    await drainOutbox(services, { baseDelayMs: 1000 });
    gw.failing = undefined;
    clock.advance(1000);
    expect((await drainOutbox(services)).delivered).toBe(1);
    expect(gw.posts).toHaveLength(1);
  });

  it("fails a delivery for a platform without a gateway with code NO_GATEWAY", async () => {
    const { db } = database();
    const id = await enqueue(db, { organizationId: org, target: { ...target, platform: "slack" }, reply: inChannel("x"), topic: "t", now: clock.now() });
    await drainOutbox({ db, gateways: {}, clock, log: memoryLogger() });
    expect((await db.selectFrom("outbox").select("last_error_code").where("id", "=", id).executeTakeFirstOrThrow()).last_error_code).toBe("NO_GATEWAY");
  });

  it("edits the posted message in place; an edit waits for its post; only the newest of several edits is sent", async () => {
    const { db } = database();
    const gateway = createConsoleGateway(db, clock);
    const services = { db, gateways: { console: gateway }, clock, log: memoryLogger() };
    const post = await enqueue(db, { organizationId: org, target, reply: inChannel("Case #1 — open"), topic: "case.posted", now: clock.now(), notBefore: new Date(clock.now().getTime() + 60_000) });
    const edit1 = await enqueueUpdate(db, { organizationId: org, updateOf: post, reply: inChannel("Case #1 — claimed by Dr A"), topic: "case.claimed", now: clock.now() });
    // The post is not due yet, so the edit is deferred without spending a try.
    expect((await drainOutbox(services, { baseDelayMs: 1000 })).deferred).toBe(1);
    expect((await db.selectFrom("outbox").select(["status", "attempts"]).where("id", "=", edit1).executeTakeFirstOrThrow())).toEqual({ status: "pending", attempts: 0 });
    const edit2 = await enqueueUpdate(db, { organizationId: org, updateOf: post, reply: inChannel("Case #1 — answered"), topic: "case.answered", now: clock.now() });
    clock.advance(60_000);
    const result = await drainOutbox(services);
    expect(result).toMatchObject({ delivered: 2, superseded: 1 });
    const messages = await db.selectFrom("console_messages").selectAll().execute();
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toBe("Case #1 — answered");
    expect(messages[0]!.edits).toBe(1);
    const rows = await db.selectFrom("outbox").select(["id", "status", "last_error_code"]).where("id", "in", [edit1, edit2]).orderBy("id").execute();
    expect(rows.map((r) => [r.status, r.last_error_code])).toEqual([
      ["delivered", "SUPERSEDED"],
      ["delivered", null],
    ]);
  });

  it("refuses an edit of another organization's delivery", async () => {
    const { db } = database();
    const other = (await db.insertInto("organizations").values({ name: "Other" }).returning("id").executeTakeFirstOrThrow()).id;
    const post = await enqueue(db, { organizationId: other, target, reply: inChannel("x"), topic: "t", now: clock.now() });
    await expect(enqueueUpdate(db, { organizationId: org, updateOf: post, reply: inChannel("y"), topic: "t", now: clock.now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("delivers every row exactly once when two dispatchers drain at the same time", async () => {
    const { db } = database();
    const gw = recordingGateway();
    for (let i = 0; i < 120; i++) await enqueue(db, { organizationId: org, target, reply: inChannel(`m${i}`), topic: "t", now: clock.now() });
    const services = { db, gateways: { console: gw }, clock, log: memoryLogger() };
    const [a, b] = await Promise.all([drainOutbox(services, { batchSize: 10 }), drainOutbox(services, { batchSize: 10 })]);
    expect(a.delivered + b.delivered).toBe(120);
    expect(new Set(gw.posts.map((p) => p.text)).size).toBe(120);
    expect(gw.posts).toHaveLength(120);
    if (engine === "postgres") expect(a.delivered).toBeGreaterThan(0);
  });

  it("reports pending count and the age of the oldest pending delivery", async () => {
    const { db } = database();
    await enqueue(db, { organizationId: org, target, reply: inChannel("x"), topic: "t", now: clock.now() });
    clock.advance(90_000);
    await enqueue(db, { organizationId: org, target, reply: inChannel("y"), topic: "t", now: clock.now() });
    expect(await outboxStats(db, clock.now())).toEqual({ pending: 2, sending: 0, delivered: 0, dead: 0, oldestPendingAgeSeconds: 90 });
  });
});
