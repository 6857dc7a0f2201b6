// /workspace: admins set the PHI policy, restore and time zone of their workspace; the
// guard applies the policy at once; Discord never leaves "redact"; every change is audited.
import { beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const ADMIN = { user: "it-admin", role: "admin" as const, workspace: "ward-3" };
const GP = { user: "dr-gp", role: "clinician" as const, workspace: "ward-3" };

describeEachEngine("/workspace", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(database());
  });

  it("shows the settings to anyone and lets only admins change them", async () => {
    const shown = await app.run("/workspace", GP);
    expect(shown.status).toBe("ok");
    expect(shown.text).toContain("PHI policy");
    expect(shown.text).toContain("redact: identifiers are removed");
    const refused = await app.run("/workspace phi block", GP);
    expect(refused.errorCode).toBe("NOT_ALLOWED");
    const { db } = app.services;
    const row = await db.selectFrom("workspaces").select(["phi_policy"]).where("external_id", "=", "ward-3").executeTakeFirstOrThrow();
    expect(row.phi_policy).toBe("redact");
  });

  it("rejects a bad policy, restore setting or time zone and keeps the stored one", async () => {
    const bad = await app.run("/workspace phi sometimes", ADMIN);
    expect(bad.errorCode).toBe("BAD_ARGUMENT");
    expect(bad.text).toMatch(/redact\|warn\|block|redact, warn|one of/);
    expect((await app.run("/workspace restore maybe", ADMIN)).errorCode).toBe("BAD_ARGUMENT");
    const zone = await app.run("/workspace timezone Mars/Olympus_Mons", ADMIN);
    expect(zone.errorCode).toBe("BAD_ARGUMENT");
    expect(zone.text).toContain("IANA");
    const row = await app.services.db.selectFrom("workspaces").select(["phi_policy", "allow_phi_restore", "timezone"]).where("external_id", "=", "ward-3").executeTakeFirstOrThrow();
    expect(row.phi_policy).toBe("redact");
    expect(row.allow_phi_restore).toBe(false);
    expect(row.timezone).not.toBe("Mars/Olympus_Mons");
  });

  it("applies a new policy to the next text submitted, and audits the change without text", async () => {
    expect((await app.run("/workspace phi block", ADMIN)).text).toContain("PHI policy is now block");
    const blocked = await app.run("/consult cardiology routine Mr Arthur Dent, DOB 3/4/1950, has new AF, anticoagulate?", GP);
    expect(blocked.errorCode).toBe("PHI_BLOCKED");
    expect(blocked.text).not.toContain("Dent");
    expect(await app.services.db.selectFrom("cases").select("id").execute()).toHaveLength(0);

    expect((await app.run("/workspace phi warn", ADMIN)).status).toBe("ok");
    const draft = await app.run("/consult cardiology routine Mr Arthur Dent, DOB 3/4/1950, has new AF, anticoagulate?", GP);
    expect(draft.text).toMatch(/Check case #\d+ before it is posted/);

    expect((await app.run("/workspace restore on", ADMIN)).status).toBe("ok");
    expect((await app.run("/workspace timezone america/chicago", ADMIN)).text).toContain("America/Chicago");
    const shown = await app.run("/workspace", GP);
    expect(shown.text).toContain("warn: the author sees the redacted text first");
    expect(shown.text).toContain("America/Chicago");
    expect(shown.text).toMatch(/Restore in summaries\W+on/);

    const audits = await app.services.db.selectFrom("audit_log").select(["action", "meta"]).where("action", "like", "workspace.%").orderBy("id").execute();
    expect(audits.map((a) => a.action)).toEqual(["workspace.phi_policy", "workspace.phi_policy", "workspace.phi_restore", "workspace.timezone"]);
    expect(audits[0]!.meta).toEqual({ policy: "block" });
  });

  it("keeps Discord on redact and never restores there", async () => {
    const discordAdmin = { user: "mod", role: "admin" as const, platform: "discord" as const, workspace: "G-1" };
    const refused = await app.run("/workspace phi warn", discordAdmin);
    expect(refused.errorCode).toBe("NOT_ALLOWED");
    expect(refused.text).toContain("Discord");
    expect((await app.run("/workspace restore on", discordAdmin)).errorCode).toBe("NOT_ALLOWED");
    expect((await app.run("/workspace phi redact", discordAdmin)).status).toBe("ok");
    const shown = await app.run("/workspace", discordAdmin);
    expect(shown.text).toContain("redact: identifiers are removed");
  });
});
