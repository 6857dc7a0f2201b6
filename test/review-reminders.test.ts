// Adversarial review of held reminders ("warn" PHI policy): only "Post redacted" by the
// author sets one. Done and Snooze on a held (or cancelled) reminder's id, by anyone,
// change nothing and do not show its text.
import { beforeAll, expect, it } from "vitest";
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
});
