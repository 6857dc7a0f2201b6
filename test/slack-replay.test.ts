// Replay protection shared across processes: a captured, correctly signed request is
// accepted once by whichever Curbside process sees it first, and refused by every
// other process on the same database. Signatures expire after the window.
import { afterAll, beforeAll, expect, it } from "vitest";
import { mountSlack, type SlackAdapter } from "../adapters/slack/adapter.ts";
import { CurbsideSlackReceiver } from "../adapters/slack/receiver.ts";
import { SEEN_FOR_MS, SharedReplayGuard } from "../adapters/slack/seen-requests.ts";
import { slackDb } from "../adapters/slack/tables.ts";
import { memoryLogger } from "../src/log.ts";
import { createHttpServer, type HttpServer } from "../src/http/server.ts";
import { describeEachEngine } from "./helpers/db.ts";
import { SlackRequester } from "./helpers/fake-slack.ts";
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from "./helpers/fake-slack-server.ts";

const TEAM = "T0RIVERSIDE";

describeEachEngine("Slack replay protection shared by every process", (db) => {
  let h: SlackHarness;
  let otherHttp: HttpServer;
  let other: SlackAdapter;
  let otherRequester: SlackRequester;
  beforeAll(async () => {
    // On by default only on PostgreSQL; forced on here so the logic is proven on both engines.
    h = await startSlackHarness(db(), { SLACK_BOT_TOKEN: "xoxb-single-token", SLACK_TEAM_ID: TEAM }, [], { sharedReplays: true });
    // A second "process": its own HTTP server, receiver and in-memory guard, the same database.
    otherHttp = createHttpServer();
    other = await mountSlack(h.app.services, h.app.dispatcher, otherHttp, { sharedReplays: true });
    otherRequester = new SlackRequester(`http://127.0.0.1:${await otherHttp.listen(0, "127.0.0.1")}`, SIGNING_SECRET, h.requester.now);
  });
  afterAll(async () => {
    await other?.idle();
    await otherHttp?.close();
    await h?.close();
  });

  const captured = (text: string) => {
    const body = h.requester.commandBody("specialist", text, { team: TEAM, user: "U0GP", responseUrl: h.fake.responseUrl() });
    const ts = h.requester.now();
    return { body, headers: { "x-slack-request-timestamp": String(ts), "x-slack-signature": h.requester.sign(ts, body) } };
  };

  it("refuses a request replayed to another process, with nothing run there", async () => {
    const request = captured("cardiology");
    const first = await h.requester.send(request.body, "application/x-www-form-urlencoded", request.headers);
    expect(first.status).toBe(200);
    await h.slack.idle();
    const callsBefore = h.fake.calls.length;
    const auditBefore = await h.app.services.db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const replay = await otherRequester.send(request.body, "application/x-www-form-urlencoded", request.headers);
    expect(replay.status).toBe(401);
    expect(replay.json.error).toBe("replayed");
    await other.idle();
    expect(h.fake.calls.length).toBe(callsBefore);
    expect(await h.app.services.db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).toEqual(auditBefore);
  });

  it("accepts a request racing to two processes exactly once", async () => {
    const request = captured("dermatology");
    const answers = await Promise.all([
      h.requester.send(request.body, "application/x-www-form-urlencoded", request.headers),
      otherRequester.send(request.body, "application/x-www-form-urlencoded", request.headers),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
  });

  it("forgets signatures after the window: the sweep deletes them, and an expired row is taken over", async () => {
    const guard = new SharedReplayGuard(h.app.services.db);
    const t = Date.parse("2026-01-05T15:00:00Z");
    expect(await guard.firstSighting("v0=sweep-test", t)).toBe(true);
    expect(await guard.firstSighting("v0=sweep-test", t + SEEN_FOR_MS - 1)).toBe(false);
    expect(await guard.firstSighting("v0=expired-test", t)).toBe(true);
    expect(await guard.firstSighting("v0=expired-test", t + SEEN_FOR_MS)).toBe(true);
    await guard.settled();
    await guard.sweep(t + SEEN_FOR_MS);
    const left = await slackDb(h.app.services.db).selectFrom("slack_seen_requests").select("signature").where("signature", "in", ["v0=sweep-test", "v0=expired-test"]).execute();
    // sweep-test expired and was deleted; expired-test was taken over at t + window and lives on.
    expect(left.map((r) => r.signature)).toEqual(["v0=expired-test"]);
  });

  it("accepts each signature of a burst exactly once across two processes, duplicates in one batch included", async () => {
    const [a, b] = [new SharedReplayGuard(h.app.services.db), new SharedReplayGuard(h.app.services.db)];
    const t = Date.parse("2026-01-06T09:00:00Z");
    const signatures = Array.from({ length: 40 }, (_, i) => `v0=burst-${i}`);
    // Every signature offered twice to each guard in the same turn: 4 sightings, 1 winner.
    const sightings = signatures.flatMap((s) => [a.firstSighting(s, t), b.firstSighting(s, t), a.firstSighting(s, t), b.firstSighting(s, t)]);
    const results = await Promise.all(sightings);
    for (let i = 0; i < signatures.length; i++) expect(results.slice(i * 4, i * 4 + 4).filter(Boolean), signatures[i]).toHaveLength(1);
    // Recorded for later requests too.
    expect(await a.firstSighting("v0=burst-7", t + 1000)).toBe(false);
    expect(await b.firstSighting("v0=burst-new", t + 1000)).toBe(true);
  });

  it("refuses every request of a batch with 503 when its statement fails", async () => {
    const guard = new SharedReplayGuard(h.app.services.db.withSchema("no_such_schema"));
    const results = await Promise.allSettled([guard.firstSighting("v0=fail-1", Date.now()), guard.firstSighting("v0=fail-2", Date.now())]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });

  it("refuses with 503 (Slack retries) when the shared check cannot be made", async () => {
    const log = memoryLogger();
    const receiver = new CurbsideSlackReceiver({
      signingSecret: SIGNING_SECRET,
      maxBodyBytes: 10_000,
      clock: h.app.clock,
      log,
      boltLogger: { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => "error" as never, setName() {} },
      sharedReplays: { firstSighting: async () => Promise.reject(new Error("connection refused")) },
    });
    const server = createHttpServer();
    server.mount({ method: "POST", path: "/slack/events", handler: receiver.handle });
    const requester = new SlackRequester(`http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`, SIGNING_SECRET, h.requester.now);
    const res = await requester.command("help", "", { team: TEAM, user: "U0GP" });
    await server.close();
    expect(res.status).toBe(503);
    expect(res.json.error).toBe("replay_check_unavailable");
    expect(log.lines.join("\n")).not.toContain("connection refused");
  });
});
