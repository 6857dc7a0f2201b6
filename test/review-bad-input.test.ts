// Adversarial review: odd characters and out-of-range numbers in commands, button values
// and forms get a clear answer (or a BAD_ARGUMENT), never the generic INTERNAL error, and
// leave stored rows as they were.
import { beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const GP = { user: "dr-gp", role: "clinician" as const };
const HEART = { user: "dr-heart", role: "specialist" as const };
const ADMIN = { user: "it-admin", role: "admin" as const };

describeEachEngine("review: bad input", (database) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(database());
    expect((await app.run("/profile specialty cardiology", HEART)).status).toBe("ok");
    expect((await app.run("/triage subscribe cardiology", { ...ADMIN, channel: "triage-heart" })).status).toBe("ok");
  });

  it("a NUL character in typed text is dropped, not a database error: the case, answer and reminder are stored without it", async () => {
    const raised = await app.run("/consult cardiology urgent exertional chest pain\u0000, troponin negative: stress test first?", GP);
    expect(raised.errorCode).toBeUndefined();
    const caseId = Number(/#(\d+)/.exec(raised.text)![1]);
    const { db } = app.services;
    const stored = await db.selectFrom("cases").select("question").where("id", "=", caseId).executeTakeFirstOrThrow();
    expect(stored.question).toBe("exertional chest pain, troponin negative: stress test first?");

    expect((await app.run(`/consult claim ${caseId}`, HEART)).status).toBe("ok");
    const answered = await app.run(`/consult answer ${caseId} stress\u0000 test first`, HEART);
    expect(answered.errorCode).toBeUndefined();
    const after = await db.selectFrom("cases").select("answer").where("id", "=", caseId).executeTakeFirstOrThrow();
    expect(after.answer).toBe("stress test first");

    const reminded = await app.run("/remind me in 2 hours check\u0000 potassium", GP);
    expect(reminded.errorCode).toBeUndefined();
    const reminder = await db.selectFrom("reminders").select("text").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(reminder.text).toBe("check potassium");
  });

  it("a NUL character in a search, a filter, a button value or a form field is dropped", async () => {
    for (const line of ["/specialist cardio\u0000logy", "/consult list\u0000", "/triage stats cardiology\u0000", "/help consult\u0000"]) {
      const reply = await app.run(line, GP);
      expect(reply.errorCode, line).not.toBe("INTERNAL");
    }
    expect((await app.run("/triage follow cardio\u0000logy", HEART)).status).toBe("ok");
    expect((await app.press("consult:request", "\u0000", GP)).errorCode).toBe("NOT_FOUND");
    const form = await app.submit("consult:intake", { specialty: "cardiology\u0000", urgency: "routine\u0000", question: "murmur on\u0000 exam, echo next?" }, GP);
    expect(form.errorCode).toBeUndefined();
  });

  it("a NUL character in a platform id is refused as a bad request, not a database error", async () => {
    const reply = await app.run("/help", { user: "dr-\u0000x" });
    expect(reply.errorCode).toBe("BAD_ARGUMENT");
    const channel = await app.run("/remind here in 2 hours audit", { ...GP, channel: "c\u0000" });
    expect(channel.errorCode).toBe("BAD_ARGUMENT");
  });

  it("a held-text button value beyond the id range is an out-of-date button, not a database error", async () => {
    for (const value of ["2147483648", "999999999999", "0"]) {
      for (const action of ["consult:post", "consult:edit"]) {
        const reply = await app.press(action, value, HEART);
        expect(reply.errorCode, `${action} ${value}`).toMatch(/^(BAD_ARGUMENT|NOT_FOUND)$/);
      }
    }
  });

  it("an integer option beyond the integer column range is a bad argument, not a database error", async () => {
    for (const line of ["/oncall remove 2147483648", "/oncall remove -2147483649", "/oncall remove 999999999999999999999999999999", "/triage stats days 99999999999", "/summarize last 99999999999"]) {
      const reply = await app.run(line, ADMIN);
      expect(reply.errorCode, line).toBe("BAD_ARGUMENT");
      expect(reply.text, line).toMatch(/must be a whole number/);
    }
    expect((await app.run("/oncall remove 2147483647", ADMIN)).errorCode).toBe("NOT_FOUND");
  });

  it("a pasted paragraph where a specialty belongs is refused at once, before any fuzzy search", async () => {
    const paragraph = "exertional chest pain, troponin negative twice, ECG normal; ".repeat(20);
    for (const line of [`/consult list ${paragraph}`, `/triage follow ${paragraph}`, `/triage stats ${paragraph}`, `/triage unsubscribe ${paragraph}`]) {
      const reply = await app.run(line, HEART);
      expect(reply.errorCode, line).toBe("BAD_ARGUMENT");
      expect(reply.text, line).toContain("too long for a specialty");
    }
    const form = await app.submit("consult:intake", { specialty: paragraph, urgency: "routine", question: "murmur on exam, echo next?" }, GP);
    expect(form.fieldErrors?.specialty).toContain("too long for a specialty");
  });
});
