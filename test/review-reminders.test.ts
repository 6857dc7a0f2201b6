// Adversarial review of held reminders ("warn" PHI policy): only "Post redacted" by the
// author sets one. Done and Snooze on a held (or cancelled) reminder's id, by anyone,
// change nothing and do not show its text.
import { beforeAll, expect, it } from "vitest";
import { sweepReminders } from "../src/reminders/sweep.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const WS = "w-review-held";
const AUTHOR = { user: "dr-author", workspace: WS, channel: "ward-7" };
const COLLEAGUE = { user: "dr-colleague", workspace: WS, channel: "ward-7" };
const ADMIN = { user: "it-admin", role: "admin" as const, workspace: WS };

describeEachEngine("review: held reminders", (database) => {
  let app: TestApp;
  let held: number[];

  async function snapshot(): Promise<string> {
    const { db } = app.services;
    const reminders = await db.selectFrom("reminders").selectAll().orderBy("id").execute();
    const outbox = await db.selectFrom("outbox").selectAll().orderBy("id").execute();
    return JSON.stringify({ reminders, outbox });
  }

  beforeAll(async () => {
    app = await createTestApp(database());
    expect((await app.run("/workspace phi warn", ADMIN)).status).toBe("ok");
    held = [];
    for (const line of ["/remind here every weekday at 8am call Mr Ford Prefect on 617-555-0177", "/remind here in 2 hours call Mr Ford Prefect on 617-555-0177", "/remind me every day at 9am ask Mr Ford Prefect about bleeding"]) {
      const reply = await app.run(line, AUTHOR);
      expect(reply.text).toMatch(/Check reminder #\d+ before it is set/);
      held.push(Number(/#(\d+)/.exec(reply.text)![1]));
    }
  });

  it("Done and Snooze on a held reminder's id are refused for everyone and change nothing", async () => {
    const before = await snapshot();
    for (const id of held) {
      for (const as of [AUTHOR, COLLEAGUE, ADMIN]) {
        for (const action of ["remind:done", "remind:snooze-hour", "remind:snooze-tomorrow"]) {
          const reply = await app.press(action, String(id), as);
          expect(reply.errorCode, `${action} #${id} by ${as.user}`).toBe("NOT_FOUND");
          expect(reply.text).not.toContain("Prefect");
        }
      }
    }
    expect(await snapshot()).toBe(before);
  });

  it("Done and Snooze on a cancelled reminder change nothing", async () => {
    const set = await app.run("/remind me in 3 hours recheck potassium", { user: "dr-plain", workspace: "w-review-plain" });
    const id = Number(/#(\d+)/.exec(set.text)![1]);
    expect((await app.run(`/remind cancel ${id}`, { user: "dr-plain", workspace: "w-review-plain" })).status).toBe("ok");
    const before = await snapshot();
    for (const action of ["remind:done", "remind:snooze-hour", "remind:snooze-tomorrow"]) {
      const reply = await app.press(action, String(id), { user: "dr-plain", workspace: "w-review-plain" });
      expect(reply.errorCode, action).toMatch(/^(CONFLICT|NOT_FOUND)$/);
    }
    expect(await snapshot()).toBe(before);
  });

  it("a stored repeat rule that cannot be read does not hold up the reminders due after it", async () => {
    const as = { user: "dr-sweep", workspace: "w-review-sweep" };
    for (const line of ["/remind me every day at 9am check the ward list", "/remind me in 2 days recheck potassium"]) expect((await app.run(line, as)).status).toBe("ok");
    const { db } = app.services;
    const [broken, plain] = await db.selectFrom("reminders").selectAll().where("workspace", "=", "w-review-sweep").orderBy("due_at").execute();
    await db.updateTable("reminders").set({ rrule: "DTSTART;TZID=Mars/Olympus:garbage\nRRULE:FREQ=SOMETIMES" }).where("id", "=", broken!.id).execute();
    const before = app.logLines.length;

    const swept = await sweepReminders(db, new Date(plain!.due_at.getTime() + 1000), app.services.log);
    expect(swept.delivered).toBeGreaterThanOrEqual(2);
    const queued = await db.selectFrom("outbox").select("subject_id").where("topic", "=", "reminder.due").execute();
    expect(queued.map((q) => q.subject_id)).toEqual(expect.arrayContaining([String(broken!.id), String(plain!.id)]));
    // The unreadable series is delivered once and stops; the log names its id, not its text.
    expect((await db.selectFrom("reminders").select("status").where("id", "=", broken!.id).executeTakeFirstOrThrow()).status).toBe("delivered");
    const lines = app.logLines.slice(before).join("\n");
    expect(lines).toContain('"reminders.unreadable_rule"');
    expect(lines).not.toContain("ward list");
  });
});
