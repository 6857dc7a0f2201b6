// Escalation with a fake clock: an urgent unclaimed case is re-posted at 10 min and
// escalated to the requester and admins at 30 min, exactly once each, even when two
// scheduler processes (two database connections on PostgreSQL) sweep at the same instant.
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { AppServices } from "../src/chat/command.ts";
import { openPostgres, type DatabaseHandle } from "../src/db/database.ts";
import { upsertShift } from "../src/directory/oncall.ts";
import { runSchedulerPass } from "../src/scheduler/runner.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const ADMIN = { user: "it-admin", role: "admin" as const };
const GP = { user: "dr-gp", role: "clinician" as const };
const HEART = { user: "dr-heart", role: "specialist" as const };
const ONCALL = { user: "dr-oncall", role: "specialist" as const };
const MIN = 60_000;

describeEachEngine("triage escalation", (database, engine) => {
  let app: TestApp;
  let second: DatabaseHandle | undefined;
  let processB: AppServices;
  let t0: Date;

  beforeAll(async () => {
    app = await createTestApp(database());
    // The second "process": its own connection pool on PostgreSQL; PGlite has one connection.
    second = engine === "postgres" ? openPostgres(database().url!, 5) : undefined;
    processB = { ...app.services, db: second?.db ?? app.services.db };
    await app.run("/profile specialty cardiology", HEART);
    await app.run("/triage subscribe cardiology", { ...ADMIN, channel: "triage-cardio" });
    t0 = app.clock.now();
    // Someone on call for cardiology today (a Curbside user), paged at the first level.
    await app.run("/help", ONCALL);
    const oncall = await app.services.db.selectFrom("users").select(["id", "organization_id"]).where("external_id", "=", ONCALL.user).executeTakeFirstOrThrow();
    await upsertShift(app.services.db, { organizationId: oncall.organization_id, specialtyCode: "207RC0000X", who: { userId: oncall.id }, from: new Date(t0.getTime() - 60 * MIN), to: new Date(t0.getTime() + 24 * 60 * MIN), note: "pager 4417" });
  });
  afterAll(async () => {
    await second?.close();
  });

  async function bothProcessesAt(at: Date) {
    const [a, b] = await Promise.all([runSchedulerPass(app.services, { at }), runSchedulerPass(processB, { at })]);
    return (a.sweeps["triage.escalate"] ?? 0) + (b.sweeps["triage.escalate"] ?? 0);
  }

  async function countOf(caseId: number, topic: string) {
    const rows = await app.services.db.selectFrom("outbox").select("id").where("subject_id", "=", String(caseId)).where("topic", "=", topic).execute();
    return rows.length;
  }

  it("escalates an urgent unclaimed case at 10 and 30 minutes, once each, with two schedulers", async () => {
    const raised = await app.run("/consult cardiology urgent Syncope during exercise, ECG shows LBBB, echo pending", GP);
    const caseId = Number(/Case #(\d+)/.exec(raised.text)![1]);
    const { db } = app.services;

    expect(await bothProcessesAt(new Date(t0.getTime() + 9 * MIN))).toBe(0);
    expect(await countOf(caseId, "case.reposted")).toBe(0);

    expect(await bothProcessesAt(new Date(t0.getTime() + 10 * MIN))).toBe(1);
    expect(await bothProcessesAt(new Date(t0.getTime() + 10 * MIN + 1000))).toBe(0);
    expect(await countOf(caseId, "case.reposted")).toBe(1);
    expect(await countOf(caseId, "case.oncall")).toBe(1);
    expect(await countOf(caseId, "case.escalated")).toBe(0);

    expect(await bothProcessesAt(new Date(t0.getTime() + 29 * MIN))).toBe(0);
    expect(await bothProcessesAt(new Date(t0.getTime() + 30 * MIN))).toBe(1);
    // Requester and the admin each get one message.
    expect(await countOf(caseId, "case.escalated")).toBe(2);
    expect(await bothProcessesAt(new Date(t0.getTime() + 300 * MIN))).toBe(0);

    const events = await db.selectFrom("case_events").select(["event", "meta"]).where("case_id", "=", caseId).where("event", "=", "escalated").orderBy("id").execute();
    expect(events.map((e) => e.meta.level)).toEqual([1, 2]);
    // The passes also delivered: the re-post is in the triage channel, the DMs reached people.
    const repost = await db.selectFrom("console_messages").select("text").where("channel", "=", "triage-cardio").where("text", "like", "%Still unclaimed after 10 min%").execute();
    expect(repost).toHaveLength(1);
    const dms = await db.selectFrom("console_messages").select(["user_external_id"]).where("text", "like", `%#${caseId}%`).where("user_external_id", "in", [GP.user, ADMIN.user]).execute();
    expect(dms.map((d) => d.user_external_id).sort()).toEqual([ADMIN.user, GP.user].sort());
  });

  it("refuses an emergent case and shows who is on call", async () => {
    const reply = await app.run("/consult cardiology emergent STEMI in the waiting room", GP);
    expect(reply.errorCode).toBe("EMERGENT");
    expect(reply.text).toContain("On call for Cardiovascular Disease now: dr-oncall (pager 4417)");
  });

  it("stops escalating once claimed, and nudges the claimer after 48 h without an answer", async () => {
    const start = new Date(t0.getTime() + 1000 * MIN);
    app.clock.set(start);
    const raised = await app.run("/consult cardiology routine Incidental mild aortic root dilatation 4.1 cm, follow-up interval?", GP);
    const caseId = Number(/Case #(\d+)/.exec(raised.text)![1]);
    expect((await app.run(`/consult claim ${caseId}`, HEART)).status).toBe("ok");
    expect(await bothProcessesAt(new Date(start.getTime() + 24 * 60 * MIN))).toBe(0);
    expect(await countOf(caseId, "case.reposted")).toBe(0);
    expect(await bothProcessesAt(new Date(start.getTime() + 48 * 60 * MIN))).toBe(1);
    expect(await bothProcessesAt(new Date(start.getTime() + 96 * 60 * MIN))).toBe(0);
    expect(await countOf(caseId, "case.nudged")).toBe(1);
  });

  it("re-posts a routine case after 24 h only, and follows an admin's SLA for the specialty", async () => {
    const start = new Date(t0.getTime() + 10_000 * MIN);
    app.clock.set(start);
    const routine = await app.run("/consult cardiology routine Statin intolerance, options?", GP);
    const routineId = Number(/Case #(\d+)/.exec(routine.text)![1]);
    expect(await bothProcessesAt(new Date(start.getTime() + 24 * 60 * MIN - 1000))).toBe(0);
    expect(await bothProcessesAt(new Date(start.getTime() + 24 * 60 * MIN))).toBe(1);
    expect(await bothProcessesAt(new Date(start.getTime() + 30 * 24 * 60 * MIN))).toBe(0);
    expect(await countOf(routineId, "case.reposted")).toBe(1);
    expect(await countOf(routineId, "case.escalated")).toBe(0);

    expect((await app.run("/triage sla cardiology urgent 5 15", GP)).errorCode).toBe("NOT_ALLOWED");
    expect((await app.run("/triage sla cardiology urgent 5 15 answer 2h", ADMIN)).status).toBe("ok");
    const start2 = new Date(start.getTime() + 40 * 24 * 60 * MIN);
    app.clock.set(start2);
    const urgent = await app.run("/consult cardiology urgent New AF with rate 150, anticoagulate now?", GP);
    const urgentId = Number(/Case #(\d+)/.exec(urgent.text)![1]);
    expect(await bothProcessesAt(new Date(start2.getTime() + 5 * MIN))).toBe(1);
    expect(await bothProcessesAt(new Date(start2.getTime() + 15 * MIN))).toBe(1);
    expect(await countOf(urgentId, "case.escalated")).toBe(2);
  });

  it("keeps escalating other cases when one case fails, and retries the failed one on the next pass", async () => {
    const start = new Date(t0.getTime() + 100_000 * MIN);
    app.clock.set(start);
    const ids: number[] = [];
    for (const q of ["Bradycardia 38 on bisoprolol, stop it?", "QT 520 ms on citalopram, switch?"]) {
      ids.push(Number(/Case #(\d+)/.exec((await app.run(`/consult cardiology urgent ${q}`, GP)).text)![1]));
    }
    const { db } = app.services;
    // Make writing the first case's event fail, as a broken row would.
    await sql`create or replace function fail_case_event() returns trigger language plpgsql as $$ begin if new.case_id = ${sql.lit(ids[0]!)} and new.event = 'escalated' then raise exception 'broken'; end if; return new; end $$`.execute(db);
    await sql`create trigger fail_case_event before insert on case_events for each row execute function fail_case_event()`.execute(db);
    try {
      expect(await bothProcessesAt(new Date(start.getTime() + 10 * MIN))).toBe(1);
      const levels = await db.selectFrom("cases").select(["id", "escalation_level"]).where("id", "in", ids).orderBy("id").execute();
      expect(levels.map((l) => l.escalation_level)).toEqual([0, 1]);
      expect(await countOf(ids[0]!, "case.reposted")).toBe(0);
      expect(app.logLines.join("\n")).toContain("triage.escalation_failed");
    } finally {
      await sql`drop trigger fail_case_event on case_events`.execute(db);
    }
    expect(await bothProcessesAt(new Date(start.getTime() + 11 * MIN))).toBe(1);
    expect(await countOf(ids[0]!, "case.reposted")).toBe(1);
  });
});
