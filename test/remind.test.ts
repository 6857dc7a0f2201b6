// /remind end to end inside one process: set, list, deliver through the scheduler pass
// and the outbox exactly once, late marking, recurring DST-correct rescheduling, the
// Done / Snooze buttons, cancel, the limits, and PHI kept out of storage and logs.
import { expect, it } from "vitest";
import { FakeClock } from "../src/chat/ports.ts";
import { runSchedulerPass } from "../src/scheduler/runner.ts";
import { MAX_ACTIVE_REMINDERS, tableExists } from "../src/reminders/service.ts";
import { sweepReminders } from "../src/reminders/sweep.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { insertCase } from "./helpers/cases.ts";
import { describeEachEngine } from "./helpers/db.ts";

// Monday 23 Nov 2026, 11:42 in New York (the default workspace zone).
const NOW = new Date("2026-11-23T16:42:00Z");
const HOUR = 3_600_000;

async function messagesIn(app: TestApp, workspace: string) {
  return app.services.db.selectFrom("console_messages").selectAll().where("workspace", "=", workspace).orderBy("id").execute();
}

async function remindersOf(app: TestApp, workspace: string) {
  return app.services.db.selectFrom("reminders").selectAll().where("workspace", "=", workspace).orderBy("id").execute();
}

describeEachEngine("/remind", (database) => {
  it("answers with the exact due time, lists it, and delivers it once when due", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-osei", workspace: "w-basic" };
    const set = await app.run("/remind me in 2 hours check potassium", as);
    expect(set.status).toBe("ok");
    expect(set.text).toContain("Mon 23 Nov 2026, 13:42 EST (America/New_York)");
    const id = Number(/#(\d+)/.exec(set.text)![1]);

    const list = await app.run("/remind list", as);
    expect(list.text).toContain(`#${id} Mon 23 Nov 2026, 13:42 EST (America/New_York)`);
    expect(list.text).toContain("check potassium");

    const due = new Date(NOW.getTime() + 2 * HOUR);
    const early = await runSchedulerPass(app.services, { at: new Date(due.getTime() - 1000) });
    expect(early.sweeps["reminders.due"]).toBe(0);
    expect(await messagesIn(app, "w-basic")).toHaveLength(0);

    const first = await runSchedulerPass(app.services, { at: new Date(due.getTime() + 1000) });
    expect(first.sweeps["reminders.due"]).toBe(1);
    const messages = await messagesIn(app, "w-basic");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ user_external_id: "dr-osei" });
    expect(messages[0]!.text).toContain("Reminder: check potassium");
    expect(messages[0]!.text).toContain("Due 13:42");
    expect(messages[0]!.text).not.toContain("Late");
    const buttons = messages[0]!.payload.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : []));
    expect(buttons.map((b) => [b.actionId, b.label, b.value])).toEqual([
      ["remind:done", "Done", String(id)],
      ["remind:snooze-hour", "Snooze 1 h", String(id)],
      ["remind:snooze-tomorrow", "Snooze until tomorrow", String(id)],
    ]);

    const second = await runSchedulerPass(app.services, { at: new Date(due.getTime() + 2000) });
    expect(second.sweeps["reminders.due"]).toBe(0);
    expect(await messagesIn(app, "w-basic")).toHaveLength(1);
    expect((await app.run("/remind list", as)).text).toContain("No active reminders");
    expect(app.logLines.join("\n")).not.toContain("potassium");
  });

  it("delivers reminders that came due during downtime on the next pass, marked late", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-late", workspace: "w-late" };
    expect((await app.run("/remind me tomorrow 9am call the lab", as)).text).toContain("Tue 24 Nov 2026, 09:00 EST");
    // Everything was down from 08:55 to 09:42 local.
    await runSchedulerPass(app.services, { at: new Date("2026-11-24T14:42:00Z") });
    const [message] = await messagesIn(app, "w-late");
    expect(message!.text).toContain("Late: due 09:00, delivered 09:42");
  });

  it("reschedules a recurring channel reminder in its zone across the November change", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(new Date("2026-10-29T15:00:00Z")) });
    const as = { user: "dr-ward", workspace: "w-recur", channel: "C-ward" };
    const set = await app.run("/remind here every weekday at 8am review open consults", as);
    expect(set.text).toContain("every weekday at 08:00");
    expect(set.text).toContain("Fri 30 Oct 2026, 08:00 EDT (America/New_York)");
    const delivered: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [row] = await remindersOf(app, "w-recur");
      await runSchedulerPass(app.services, { at: new Date(row!.due_at.getTime() + 1000) });
      const [after] = await remindersOf(app, "w-recur");
      delivered.push(row!.due_at.toISOString());
      expect(after!.status).toBe("pending");
      expect(after!.occurrence).toBe(i + 1);
    }
    // Fri 08:00 EDT, Mon 08:00 EST, Tue 08:00 EST: same wall clock, different UTC.
    expect(delivered).toEqual(["2026-10-30T12:00:00.000Z", "2026-11-02T13:00:00.000Z", "2026-11-03T13:00:00.000Z"]);
    const messages = await messagesIn(app, "w-recur");
    expect(messages.map((m) => m.channel)).toEqual(["C-ward", "C-ward", "C-ward"]);
    expect(messages[0]!.text).toContain("Repeats");
  });

  it("delivers a recurring reminder missed for days once, late, then continues from the next occurrence", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-away", workspace: "w-away" };
    expect((await app.run("/remind me every day at 7 check drains", as)).text).toContain("Tue 24 Nov 2026, 07:00 EST");
    // Down from Monday evening until Friday 10:15 local: Tue, Wed, Thu and Fri 07:00 were missed.
    const back = new Date("2026-11-27T15:15:00Z");
    await runSchedulerPass(app.services, { at: back });
    expect(await messagesIn(app, "w-away")).toHaveLength(1);
    const [message] = await messagesIn(app, "w-away");
    expect(message!.text).toContain("Late: due Tue 24 Nov, 07:00, delivered 10:15");
    const [row] = await remindersOf(app, "w-away");
    expect(row!.due_at.toISOString()).toBe("2026-11-28T12:00:00.000Z");
    await runSchedulerPass(app.services, { at: new Date(back.getTime() + 1000) });
    expect(await messagesIn(app, "w-away")).toHaveLength(1);
  });

  it("handles Done, Snooze 1 h and Snooze until tomorrow on a delivered reminder", async () => {
    const clock = new FakeClock(NOW);
    const app = await createTestApp(database(), { clock });
    const as = { user: "dr-snooze", workspace: "w-snooze" };
    const id = Number(/#(\d+)/.exec((await app.run("/remind me in 1 hour recheck lactate", as)).text)![1]);
    clock.set(new Date(NOW.getTime() + HOUR + 5000));
    await runSchedulerPass(app.services);

    const snoozed = await app.press("remind:snooze-hour", String(id), as);
    expect(snoozed.replaceOriginal).toBe(true);
    expect(snoozed.text).toContain("Snoozed until");
    let [row] = await remindersOf(app, "w-snooze");
    expect(row).toMatchObject({ status: "pending" });
    expect(row!.due_at.getTime()).toBe(clock.now().getTime() + HOUR);
    clock.advance(HOUR + 1000);
    await runSchedulerPass(app.services);
    expect(await messagesIn(app, "w-snooze")).toHaveLength(2);

    const tomorrow = await app.press("remind:snooze-tomorrow", String(id), as);
    expect(tomorrow.text).toContain("Tue 24 Nov 2026, 09:00 EST");
    [row] = await remindersOf(app, "w-snooze");
    expect(row!.due_at.toISOString()).toBe("2026-11-24T14:00:00.000Z");
    clock.set(new Date("2026-11-24T14:00:01Z"));
    await runSchedulerPass(app.services);
    expect(await messagesIn(app, "w-snooze")).toHaveLength(3);

    const done = await app.press("remind:done", String(id), as);
    expect(done.text).toContain("Done");
    [row] = await remindersOf(app, "w-snooze");
    expect(row!.status).toBe("done");
    // Someone else cannot press another person's DM reminder buttons.
    const other = await app.press("remind:snooze-hour", String(id), { user: "dr-other", workspace: "w-snooze" });
    expect(other.errorCode).toBe("NOT_FOUND");
  });

  it("snoozing one occurrence of a recurring reminder leaves the series on schedule", async () => {
    const clock = new FakeClock(NOW);
    const app = await createTestApp(database(), { clock });
    const as = { user: "dr-series", workspace: "w-series" };
    await app.run("/remind me every day at 7 check drains", as);
    const [series] = await remindersOf(app, "w-series");
    clock.set(new Date(series!.due_at.getTime() + 1000));
    await runSchedulerPass(app.services);
    await app.press("remind:snooze-hour", String(series!.id), as);
    const rows = await remindersOf(app, "w-series");
    expect(rows).toHaveLength(2);
    expect(rows[0]!.due_at.toISOString()).toBe("2026-11-25T12:00:00.000Z");
    expect(rows[1]).toMatchObject({ snoozed_from: series!.id, rrule: null, status: "pending" });
  });

  it("cancels only your own reminder, and a cancelled one is never delivered", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-cancel", workspace: "w-cancel" };
    const id = Number(/#(\d+)/.exec((await app.run("/remind me in 10 minutes call pharmacy", as)).text)![1]);
    expect((await app.run(`/remind cancel ${id}`, { user: "dr-nosy", workspace: "w-cancel" })).errorCode).toBe("NOT_FOUND");
    expect((await app.run(`/remind cancel ${id}`, as)).text).toContain(`Cancelled reminder #${id}`);
    expect((await app.run(`/remind cancel ${id}`, as)).errorCode).toBe("CONFLICT");
    expect((await app.run("/remind cancel twelve", as)).errorCode).toBe("BAD_ARGUMENT");
    await runSchedulerPass(app.services, { at: new Date(NOW.getTime() + HOUR) });
    expect(await messagesIn(app, "w-cancel")).toHaveLength(0);
  });

  it("rejects bad input with what to type instead, storing nothing", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-bad", workspace: "w-bad" };
    const cases: [string, string][] = [
      ["/remind me on Jan 3 2025 at 9am check INR", "already passed"],
      ["/remind me sometime check INR", "in 2 hours"],
      ["/remind me in 2 years check INR", "at most one year"],
      ["/remind me in 2 hours", "What should I remind you about"],
      ["/remind", "Tell me when and what"],
    ];
    for (const [line, hint] of cases) {
      const reply = await app.run(line, as);
      expect(reply.status, line).toBe("error");
      expect(reply.text, line).toContain(hint);
      expect(reply.text, line).not.toContain("INR");
    }
    expect(await remindersOf(app, "w-bad")).toHaveLength(0);
  });

  it(`refuses the ${MAX_ACTIVE_REMINDERS + 1}th active reminder of one person`, async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-busy", workspace: "w-busy" };
    await app.run("/remind me in 1 hour first", as);
    const [first] = await remindersOf(app, "w-busy");
    const { id: _id, ...template } = first!;
    const copies = Array.from({ length: MAX_ACTIVE_REMINDERS - 1 }, () => ({ ...template, target: JSON.stringify(template.target) }));
    await app.services.db.insertInto("reminders").values(copies).execute();
    const refused = await app.run("/remind me in 2 hours one more", as);
    expect(refused.errorCode).toBe("CONFLICT");
    expect(refused.text).toContain("/remind cancel");
    expect(await remindersOf(app, "w-busy")).toHaveLength(MAX_ACTIVE_REMINDERS);
    // Cancelling one makes room again.
    await app.run(`/remind cancel ${first!.id}`, as);
    expect((await app.run("/remind me in 2 hours one more", as)).status).toBe("ok");
  });

  it("uses the user's own time zone and reminds a colleague by mention", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-london", workspace: "w-zone" };
    await app.run("/help", as);
    await app.services.db.updateTable("users").set({ timezone: "Europe/London" }).where("external_id", "=", "dr-london").execute();
    const set = await app.run("/remind @dr-khan tomorrow 9am review the echo", as);
    expect(set.text).toContain("Tue 24 Nov 2026, 09:00 GMT (Europe/London)");
    expect(set.text).toContain("to <@dr-khan>");
    await runSchedulerPass(app.services, { at: new Date("2026-11-24T09:00:01Z") });
    const [message] = await messagesIn(app, "w-zone");
    expect(message).toMatchObject({ user_external_id: "dr-khan" });
    expect(message!.text).toContain("Set by <@dr-london>");
  });

  it("ties a reminder to a case of the user's organization, and links back to it", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-case", workspace: "w-case" };
    const other = { user: "dr-elsewhere", workspace: "w-case-other" };
    await app.run("/help", as);
    await app.run("/help", other);
    const { db } = app.services;
    const addCase = (externalId: string) => insertCase(db, externalId, { createdAt: NOW, claimDeadlineAt: NOW });
    const mine = await addCase("dr-case");
    const theirs = await addCase("dr-elsewhere");

    const reply = await app.run(`/remind in 2d case ${mine} check echo`, as);
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain(`Case #${mine} (/consult show ${mine})`);
    const [row] = await remindersOf(app, "w-case");
    expect(row).toMatchObject({ case_id: mine, text: "check echo" });
    await runSchedulerPass(app.services, { at: new Date(row!.due_at.getTime() + 1000) });
    expect((await messagesIn(app, "w-case"))[0]!.text).toContain(`Case #${mine} (/consult show ${mine})`);

    // Another organization's case, or one that does not exist, is refused and nothing is stored.
    expect((await app.run(`/remind in 2d case ${theirs} check echo`, as)).errorCode).toBe("NOT_FOUND");
    expect((await app.run("/remind in 2d case 999999 check echo", as)).errorCode).toBe("NOT_FOUND");
    expect(await remindersOf(app, "w-case")).toHaveLength(1);
    expect(await tableExists(db, "cases")).toBe(true);
  });

  it("stores and posts reminder text with identifiers redacted, and logs no text", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-phi", workspace: "w-phi" };
    const reply = await app.run("/remind me in 1 hour call Mrs Jane Doloresdottir back on 617-555-0143 about her potassium", as);
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain("Removed before saving:");
    expect(reply.text).toContain("phone number");
    const [row] = await remindersOf(app, "w-phi");
    expect(row!.text).not.toContain("617-555-0143");
    expect(row!.text).toContain("potassium");
    expect(app.logLines.join("\n")).not.toContain("potassium");
    const audit = await app.services.db.selectFrom("audit_log").select("meta").where("subject_type", "=", "reminder").execute();
    expect(JSON.stringify(audit)).not.toContain("potassium");
  });

  it("refuses text with identifiers where the workspace policy is block, storing nothing", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-strict", workspace: "w-strict" };
    await app.run("/help", as);
    await app.services.db.updateTable("workspaces").set({ phi_policy: "block" }).where("external_id", "=", "w-strict").execute();
    const refused = await app.run("/remind me in 1 hour call back on 617-555-0143", as);
    expect(refused.errorCode).toBe("PHI_BLOCKED");
    expect(refused.text).not.toContain("617");
    expect(await remindersOf(app, "w-strict")).toHaveLength(0);
    expect((await app.run("/remind me in 1 hour recheck potassium", as)).status).toBe("ok");
  });

  it("holds a reminder with identifiers under a warn policy until its author posts the redacted text", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-careful", workspace: "w-warn" };
    await app.run("/help", as);
    await app.services.db.updateTable("workspaces").set({ phi_policy: "warn" }).where("external_id", "=", "w-warn").execute();
    const held = await app.run("/remind here in 1 hour call Mr Ford Prefect back on 617-555-0177 about his INR", as);
    expect(held.status).toBe("ok");
    expect(held.text).toMatch(/Check reminder #(\d+) before it is set/);
    expect(held.text).not.toContain("617-555-0177");
    expect(held.text).toContain("about his INR");
    const id = Number(/#(\d+)/.exec(held.text)![1]);
    const [row] = await remindersOf(app, "w-warn");
    expect(row!.status).toBe("held");
    expect(row!.text).not.toContain("617-555-0177");
    // A held reminder is not listed, not delivered and not someone else's to post.
    expect((await app.run("/remind list", as)).text).not.toContain(`#${id}`);
    await runSchedulerPass(app.services, { at: new Date(NOW.getTime() + 2 * HOUR) });
    expect(await messagesIn(app, "w-warn")).toHaveLength(0);
    expect((await app.press("remind:post", String(id), { user: "dr-other", workspace: "w-warn" })).errorCode).toBe("NOT_FOUND");

    app.clock.set(new Date(NOW.getTime() + 10 * 60_000));
    const posted = await app.press("remind:post", String(id), as);
    expect(posted.status).toBe("ok");
    expect(posted.text).toContain(`Reminder #${id} set`);
    expect((await app.press("remind:post", String(id), as)).errorCode).toBe("NOT_FOUND");
    await runSchedulerPass(app.services, { at: new Date(NOW.getTime() + HOUR + 1000) });
    const delivered = await messagesIn(app, "w-warn");
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.text).toContain("about his INR");
    expect(delivered[0]!.text).not.toContain("617-555-0177");

    // "Edit" discards; an unconfirmed one expires after an hour.
    const second = await app.run("/remind me tomorrow 9am ask Mr Ford Prefect about bleeding", as);
    const secondId = Number(/#(\d+)/.exec(second.text)![1]);
    expect((await app.press("remind:edit", String(secondId), as)).text).toContain("discarded");
    expect((await remindersOf(app, "w-warn")).map((r) => r.id)).not.toContain(secondId);
    const third = await app.run("/remind me tomorrow 9am ask Mr Ford Prefect about bleeding", as);
    const thirdId = Number(/#(\d+)/.exec(third.text)![1]);
    app.clock.advance(61 * 60_000);
    expect((await app.press("remind:post", String(thirdId), as)).errorCode).toBe("NOT_FOUND");
  });

  it("delivers a batch larger than one claim and each occurrence once", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(NOW) });
    const as = { user: "dr-batch", workspace: "w-batch" };
    await app.run("/remind me in 5 minutes x-ray", as);
    const [first] = await remindersOf(app, "w-batch");
    const { id: _id, ...template } = first!;
    await app.services.db
      .insertInto("reminders")
      .values(Array.from({ length: 49 }, () => ({ ...template, target: JSON.stringify(template.target) })))
      .execute();
    // Other tests in this database have reminders due later than this.
    const at = new Date(NOW.getTime() + 6 * 60_000);
    const swept = await sweepReminders(app.services.db, at, app.services.log, { batchSize: 7 });
    expect(swept).toMatchObject({ delivered: 50, batches: 8 });
    expect((await sweepReminders(app.services.db, at, app.services.log)).delivered).toBe(0);
    const outbox = await app.services.db.selectFrom("outbox").select("dedupe_key").where("workspace", "=", "w-batch").execute();
    expect(new Set(outbox.map((o) => o.dedupe_key)).size).toBe(50);
  });
});
