// Adversarial review of organization scoping: people of another organization who type,
// press or submit hospital A's case ids, reminder ids and held-text ids get NOT_FOUND (or
// an empty list), learn nothing of A's cases, and change nothing stored.
import { beforeAll, expect, it } from "vitest";
import type { Reply } from "../src/chat/model.ts";
import { drainOutbox } from "../src/outbox/dispatcher.ts";
import { runSchedulerPass } from "../src/scheduler/runner.ts";
import { createTestApp, type As, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const A = "hospital-a";
const B = "hospital-b";
const GP_A = { user: "dr-gp-a", role: "clinician" as const, workspace: A };
const HEART_A = { user: "dr-heart-a", role: "specialist" as const, workspace: A };
const ADMIN_A = { user: "admin-a", role: "admin" as const, workspace: A };
const GP_B = { user: "dr-gp-b", role: "clinician" as const, workspace: B };
const HEART_B = { user: "dr-heart-b", role: "specialist" as const, workspace: B };
const ADMIN_B = { user: "admin-b", role: "admin" as const, workspace: B, channel: "triage-b" };
// A question only hospital A's case holds: it must never show in hospital B.
const A_QUESTION = "exertional chest pain with a zebra-striped ECG, stress test first?";

function idIn(reply: Reply): number {
  const m = /#(\d+)/.exec(reply.text);
  expect(m, reply.text).not.toBeNull();
  return Number(m![1]);
}

describeEachEngine("review: organization scoping", (database) => {
  let app: TestApp;
  let openCase: number;
  let claimedCase: number;
  let heldText: number;
  let myReminder: number;
  let channelReminder: number;
  let heldReminder: number;

  /** Everything stored that B's attempts could touch, as comparable JSON. */
  async function stored(): Promise<string> {
    const { db } = app.services;
    const [cases, events, pending, reminders, outbox, messages] = await Promise.all([
      db.selectFrom("cases").selectAll().orderBy("id").execute(),
      db.selectFrom("case_events").selectAll().orderBy("id").execute(),
      db.selectFrom("pending_texts").selectAll().orderBy("id").execute(),
      db.selectFrom("reminders").selectAll().orderBy("id").execute(),
      db.selectFrom("outbox").selectAll().orderBy("id").execute(),
      db.selectFrom("console_messages").selectAll().orderBy("id").execute(),
    ]);
    return JSON.stringify({ cases, events, pending, reminders, outbox, messages });
  }

  beforeAll(async () => {
    app = await createTestApp(database());
    for (const who of [HEART_A, HEART_B]) expect((await app.run("/profile specialty cardiology", who)).status).toBe("ok");
    expect((await app.run("/triage subscribe cardiology", { ...ADMIN_A, channel: "triage-a" })).status).toBe("ok");
    expect((await app.run("/triage subscribe cardiology", ADMIN_B)).status).toBe("ok");

    openCase = idIn(await app.run(`/consult cardiology urgent ${A_QUESTION}`, GP_A));
    claimedCase = idIn(await app.run(`/consult cardiology routine ${A_QUESTION}`, GP_A));
    expect((await app.run(`/consult claim ${claimedCase}`, HEART_A)).status).toBe("ok");
    // A held answer under hospital A's "warn" policy.
    expect((await app.run("/workspace phi warn", ADMIN_A)).status).toBe("ok");
    const held = await app.run(`/consult answer ${claimedCase} Mr Arthur Dent should have a stress test first`, HEART_A);
    heldText = Number(held.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])).find((b) => b.actionId === "consult:post")!.value);
    heldReminder = idIn(await app.run("/remind me in 2 hours call Mr Arthur Dent about the echo", GP_A));
    expect((await app.run("/workspace phi redact", ADMIN_A)).status).toBe("ok");
    myReminder = idIn(await app.run(`/remind me in 2 hours case ${claimedCase} check troponin`, GP_A));
    channelReminder = idIn(await app.run("/remind here in 1 hour review the zebra-striped ECG", { ...GP_A, channel: "ward-a" }));
    // Deliver, so Done / Snooze have delivered reminders to act on.
    app.clock.advance(3 * 60 * 60_000);
    await runSchedulerPass(app.services);
    await drainOutbox(app.services);
    const delivered = await app.services.db.selectFrom("reminders").select("id").where("status", "=", "delivered").execute();
    expect(delivered.map((r) => r.id)).toEqual(expect.arrayContaining([myReminder, channelReminder]));
    // The ids are live in hospital A, so a NOT_FOUND from B is the scoping at work.
    const { db } = app.services;
    expect((await db.selectFrom("reminders").select("status").where("id", "=", heldReminder).executeTakeFirstOrThrow()).status).toBe("held");
    expect(await db.selectFrom("pending_texts").select("id").where("id", "=", heldText).executeTakeFirst()).toBeDefined();
    expect((await app.run(`/consult show ${openCase}`, GP_A)).text).toContain("zebra");
  });

  it("refuses every case, reminder and held-text id of another organization with NOT_FOUND and changes nothing", async () => {
    const before = await stored();
    const attempts: [string, As, () => Promise<Reply>][] = [];
    const typed = (line: string, as: As) => attempts.push([line, as, () => app.run(line, as)]);
    const pressed = (action: string, value: string, as: As) => attempts.push([`press ${action} ${value}`, as, () => app.press(action, value, as)]);
    const submitted = (form: string, values: Record<string, string>, as: As) => attempts.push([`submit ${form}`, as, () => app.submit(form, values, as)]);

    for (const id of [openCase, claimedCase]) {
      typed(`/consult claim ${id}`, HEART_B);
      typed(`/consult answer ${id} stress test first`, HEART_B);
      typed(`/consult ask ${id} any prior echo?`, HEART_B);
      typed(`/consult reply ${id} no prior echo`, GP_B);
      typed(`/consult resolve ${id} referral-avoided`, ADMIN_B);
      typed(`/consult cancel ${id}`, ADMIN_B);
      typed(`/consult show ${id}`, GP_B);
      typed(`/summarize case ${id}`, GP_B);
      typed(`/remind me in 2 hours case ${id} check it`, GP_B);
      for (const action of ["claim", "cancel", "confirm", "discard", "show"]) pressed(`consult:${action}`, String(id), action === "claim" ? HEART_B : ADMIN_B);
      pressed("consult:resolve", `${id}:referral-avoided`, ADMIN_B);
      // Buttons that open a form about the case: the form is refused before it opens.
      for (const action of ["answer", "ask", "reply", "resolve"]) pressed(`consult:${action}`, String(id), HEART_B);
      for (const form of ["answer", "ask"]) submitted(`consult:${form}`, { case: String(id), text: "stress test first" }, HEART_B);
      submitted("consult:reply", { case: String(id), text: "no prior echo" }, GP_B);
    }
    for (const action of ["consult:post", "consult:edit"]) pressed(action, String(heldText), HEART_B);
    for (const id of [myReminder, channelReminder, heldReminder]) {
      typed(`/remind cancel ${id}`, ADMIN_B);
      for (const action of ["done", "snooze-hour", "snooze-tomorrow", "post", "edit"]) pressed(`remind:${action}`, String(id), ADMIN_B);
    }

    for (const [label, as, attempt] of attempts) {
      const reply = await attempt();
      expect(reply.errorCode, `${label} as ${as.user}: ${reply.text}`).toBe("NOT_FOUND");
      expect(reply.text, label).not.toContain("zebra");
    }
    expect(await stored()).toBe(before);
  });

  it("lists none of another organization's cases, reminders or subscriptions", async () => {
    for (const line of ["/consult list", "/consult list open", "/consult list cardiology", "/remind list", "/triage list", "/triage stats"]) {
      const reply = await app.run(line, ADMIN_B);
      expect(reply.status, line).toBe("ok");
      expect(reply.text, line).not.toContain("zebra");
      expect(reply.text, line).not.toMatch(new RegExp(`#(${openCase}|${claimedCase})\\b`));
      expect(reply.text, line).not.toContain("triage-a");
    }
    const stats = await app.run("/triage stats", ADMIN_B);
    expect(stats.text).toMatch(/Cases\W+0/);
  });
});
