// The daily triage digest: at 08:00 in the channel's workspace zone, once per local day,
// open and overdue cases of the specialties the channel follows; a channel can opt out.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { FakeClock } from "../src/chat/ports.ts";
import { runSchedulerPass } from "../src/scheduler/runner.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { insertCase, type CaseRow } from "./helpers/cases.ts";
import { describeEachEngine } from "./helpers/db.ts";

// Monday 23 Nov 2026; New York is UTC-5, so 08:00 local is 13:00 UTC.
const MORNING = new Date("2026-11-23T13:00:00Z");
const HOUR = 3_600_000;

async function digestsIn(app: TestApp, workspace: string, channel: string) {
  return app.services.db.selectFrom("console_messages").select(["text", "posted_at"]).where("workspace", "=", workspace).where("channel", "=", channel).orderBy("id").execute();
}

function addCase(app: TestApp, externalId: string, values: CaseRow & { specialty: string; status: string }) {
  return insertCase(app.services.db, externalId, values);
}

describeEachEngine("daily triage digest", (database) => {
  it("posts open and overdue cases at 08:00 local, once a day, and not after opting out", async () => {
    const clock = new FakeClock(new Date(MORNING.getTime() - 2 * HOUR));
    const app = await createTestApp(database(), { clock });
    const admin = { user: "dr-admin", role: "admin" as const, workspace: "w-digest", channel: "C-cardio" };
    const sub = await app.run("/triage subscribe cardiology", admin);
    expect(sub.status, sub.text).toBe("ok");
    const code = (await app.services.db.selectFrom("triage_subscriptions").select("specialty_code").executeTakeFirstOrThrow()).specialty_code;

    const day = 24 * HOUR;
    const overdueOpen = await addCase(app, "dr-admin", { specialty: code, status: "open", urgency: "urgent", createdAt: new Date(MORNING.getTime() - 30 * HOUR), claimDeadlineAt: new Date(MORNING.getTime() - 6 * HOUR) });
    await addCase(app, "dr-admin", { specialty: code, status: "open", createdAt: new Date(MORNING.getTime() - HOUR), claimDeadlineAt: new Date(MORNING.getTime() + day) });
    const overdueClaimed = await addCase(app, "dr-admin", { specialty: code, status: "claimed", createdAt: new Date(MORNING.getTime() - 3 * day), claimDeadlineAt: new Date(MORNING.getTime() - 2 * day), escalationLevel: 1 });
    await addCase(app, "dr-admin", { specialty: code, status: "resolved", createdAt: new Date(MORNING.getTime() - 3 * day), claimDeadlineAt: new Date(MORNING.getTime() - 2 * day) });
    await addCase(app, "dr-admin", { specialty: "207X00000X", status: "open", createdAt: MORNING, claimDeadlineAt: new Date(MORNING.getTime() - HOUR) });

    const before = await runSchedulerPass(app.services, { at: new Date(MORNING.getTime() - 60_000) });
    expect(before.sweeps["triage.digest"]).toBe(0);
    expect(await digestsIn(app, "w-digest", "C-cardio")).toHaveLength(0);

    const at8 = await runSchedulerPass(app.services, { at: new Date(MORNING.getTime() + 5000) });
    expect(at8.sweeps["triage.digest"]).toBe(1);
    const [digest] = await digestsIn(app, "w-digest", "C-cardio");
    expect(digest!.text).toContain("Triage digest — 2026-11-23");
    expect(digest!.text).toContain("3 open (2 unclaimed), 2 overdue");
    expect(digest!.text).toContain(`#${overdueClaimed} routine · claimed, not answered · raised 3 d ago`);
    expect(digest!.text).toContain(`#${overdueOpen} urgent · unclaimed · raised 30 h ago`);
    expect(digest!.text).not.toContain("invented question");

    // Later the same day: nothing more.
    expect((await runSchedulerPass(app.services, { at: new Date(MORNING.getTime() + 4 * HOUR) })).sweeps["triage.digest"]).toBe(0);
    // The next morning: the next one.
    expect((await runSchedulerPass(app.services, { at: new Date(MORNING.getTime() + day + 1000) })).sweeps["triage.digest"]).toBe(1);
    expect(await digestsIn(app, "w-digest", "C-cardio")).toHaveLength(2);

    // Opt out in the channel (admins only).
    expect((await app.run("/remind digest off", { ...admin, role: "clinician", user: "dr-someone" })).errorCode).toBe("NOT_ALLOWED");
    expect((await app.run("/remind digest off", admin)).status).toBe("ok");
    expect((await runSchedulerPass(app.services, { at: new Date(MORNING.getTime() + 2 * day + 1000) })).sweeps["triage.digest"]).toBe(0);
    expect((await app.run("/remind digest on", admin)).status).toBe("ok");
    expect((await runSchedulerPass(app.services, { at: new Date(MORNING.getTime() + 3 * day + 1000) })).sweeps["triage.digest"]).toBe(1);
    expect(await digestsIn(app, "w-digest", "C-cardio")).toHaveLength(3);
  });

  it("follows the workspace's zone: 08:00 in London is 08:00 UTC in November", async () => {
    const app = await createTestApp(database(), { clock: new FakeClock(new Date("2026-11-23T06:00:00Z")) });
    const admin = { user: "dr-uk-admin", role: "admin" as const, workspace: "w-digest-uk", channel: "C-derm" };
    await app.run("/help", admin);
    await app.services.db.updateTable("workspaces").set({ timezone: "Europe/London" }).where("external_id", "=", "w-digest-uk").execute();
    expect((await app.run("/triage subscribe dermatology", admin)).status).toBe("ok");
    await runSchedulerPass(app.services, { at: new Date("2026-11-23T07:59:00Z") });
    expect(await digestsIn(app, "w-digest-uk", "C-derm")).toHaveLength(0);
    await runSchedulerPass(app.services, { at: new Date("2026-11-23T08:00:30Z") });
    const [digest] = await digestsIn(app, "w-digest-uk", "C-derm");
    expect(digest!.text).toContain("no open cases");
  });

  it("one channel whose digest fails does not cost the others theirs, and is retried on the next pass", async () => {
    const LATER = MORNING.getTime() + 10 * 24 * HOUR;
    const app = await createTestApp(database(), { clock: new FakeClock(new Date(LATER - HOUR)) });
    const db = app.services.db;
    for (const channel of ["C-broken", "C-fine-1", "C-fine-2"]) {
      expect((await app.run("/triage subscribe cardiology", { user: "dr-admin", role: "admin", workspace: "w-iso", channel })).status).toBe("ok");
    }
    await sql`create function fail_broken_digest() returns trigger language plpgsql as $$
      begin if new.channel_id = 'C-broken' then raise exception 'digest store failed'; end if; return new; end $$`.execute(db);
    await sql`create trigger fail_broken_digest before insert or update on triage_digests for each row execute function fail_broken_digest()`.execute(db);
    try {
      // (The suite's database is shared: channels of earlier tests may get a digest too.)
      await runSchedulerPass(app.services, { at: new Date(LATER + 5000) });
      expect(await digestsIn(app, "w-iso", "C-fine-1")).toHaveLength(1);
      expect(await digestsIn(app, "w-iso", "C-fine-2")).toHaveLength(1);
      expect(await digestsIn(app, "w-iso", "C-broken")).toHaveLength(0);
    } finally {
      await sql`drop trigger fail_broken_digest on triage_digests`.execute(db);
      await sql`drop function fail_broken_digest()`.execute(db);
    }
    await runSchedulerPass(app.services, { at: new Date(LATER + 60_000) });
    expect(await digestsIn(app, "w-iso", "C-broken")).toHaveLength(1);
    expect(await digestsIn(app, "w-iso", "C-fine-1")).toHaveLength(1);
  });
});
