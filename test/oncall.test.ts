import { beforeAll, expect, it } from "vitest";
import { importOncallCsv } from "../src/directory/oncall-import.ts";
import { whoIsOnCall } from "../src/directory/oncall.ts";
import { makeNpi } from "../src/directory/npi.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const admin = { user: "it-admin", role: "admin" as const };

describeEachEngine("/oncall", (database) => {
  let app: TestApp;
  let org: number;
  const npi = makeNpi("198000001");
  beforeAll(async () => {
    app = await createTestApp(database());
    app.clock.set(new Date("2026-01-05T15:00:00Z")); // Monday 10:00 in New York
    await app.services.db
      .insertInto("specialists")
      .values({ npi, first_name: "Marisol", last_name: "Quenneville", credential: "MD", primary_taxonomy: "207RC0000X", taxonomy_codes: ["207RC0000X"], verified: true, source: "nppes" })
      .execute();
    // Users exist once they have used Curbside.
    for (const user of ["dr-ahn", "dr-bello"]) await app.run("/profile show", { user, role: "specialist" });
    org = (await app.services.db.selectFrom("users").select("organization_id").where("external_id", "=", "dr-ahn").executeTakeFirstOrThrow()).organization_id;
  });

  it("only admins set shifts", async () => {
    const reply = await app.run("/oncall set cardiology who dr-ahn from 2026-01-05 08:00 to 2026-01-05 20:00", { user: "dr-ahn", role: "specialist" });
    expect(reply.errorCode).toBe("NOT_ALLOWED");
  });

  it("shows who is on call now and who is next", async () => {
    expect((await app.run("/oncall set cardiology who dr-ahn from 2026-01-05 08:00 to 2026-01-05 20:00 note pager 5550101", admin)).status).toBe("ok");
    expect((await app.run("/oncall set cardiology who @dr-bello from 2026-01-05 20:00 to 2026-01-06 08:00", admin)).status).toBe("ok");
    expect((await app.run(`/oncall set cardio who ${npi} from 2026-01-06 08:00 to 2026-01-06 20:00`, admin)).status).toBe("ok");
    const reply = await app.run("/oncall cardiolgy", { user: "gp-1" });
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain("On call: Cardiovascular Disease");
    expect(reply.text).toMatch(/Now: dr-ahn — Mon 5 Jan 08:00 → Mon 5 Jan 20:00 · pager 5550101/);
    expect(reply.text).toMatch(/Next: dr-bello — Mon 5 Jan 20:00/);
  });

  it("skips people who are away and gives triage a contact", async () => {
    await app.run("/profile away until 2026-01-06 12:00", { user: "dr-bello" });
    const answer = await whoIsOnCall(app.services.db, org, ["207RC0000X"], app.clock.now());
    expect(answer.now.map((p) => p.name)).toEqual(["dr-ahn"]);
    expect(answer.now[0]!.contact).toMatchObject({ platform: "console", workspace: "local", user: "dr-ahn" });
    expect(answer.next.map((p) => p.name)).toEqual(["Dr. Marisol Quenneville, MD"]);
    await app.run("/profile back", { user: "dr-bello" });
    // Later that night Dr. Bello is on call.
    const night = await whoIsOnCall(app.services.db, org, ["207RC0000X"], new Date("2026-01-06T03:00:00Z"));
    expect(night.now.map((p) => p.name)).toEqual(["dr-bello"]);
  });

  it("says so when nobody is on call, and keeps organizations apart", async () => {
    const reply = await app.run("/oncall nephrology", { user: "gp-1" });
    expect(reply.text).toContain("Nobody is on call right now.");
    const elsewhere = await app.run("/oncall cardiology", { user: "gp-2", workspace: "other-hospital" });
    expect(elsewhere.text).toContain("Nobody is on call right now.");
  });

  it("imports a rota CSV, reporting bad rows by line, and updates on re-import", async () => {
    const csv = [
      "specialty,who,from,to,note,timezone",
      "nephrology,dr-ahn,2026-01-05 07:00,2026-01-05 19:00,ext 4411,America/New_York",
      "nephrology,nobody-here,2026-01-05 19:00,2026-01-06 07:00,,",
      "basket weaving,dr-ahn,2026-01-06 07:00,2026-01-06 19:00,,",
      `renal,${npi},2026-01-05T19:00:00-05:00,2026-01-06T07:00:00-05:00,,`,
      "nephrology,dr-bello,2026-01-07 07:00,2026-01-07 06:00,,",
    ].join("\n");
    const report = await importOncallCsv(app.services.db, csv, { organizationId: org, defaultTimezone: "America/New_York" });
    expect(report.added).toBe(2);
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4, 6]);
    const again = await importOncallCsv(app.services.db, csv.replace("ext 4411", "ext 4412"), { organizationId: org, defaultTimezone: "America/New_York" });
    expect(again).toMatchObject({ added: 0, updated: 2 });
    const reply = await app.run("/oncall kidney", { user: "gp-1" });
    expect(reply.text).toContain("Now: dr-ahn");
    expect(reply.text).toContain("ext 4412");
    expect(reply.text).toContain("Next: Dr. Marisol Quenneville");
  });
});
