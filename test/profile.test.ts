import { beforeAll, describe, expect, it } from "vitest";
import { isAway, userSpecialtyCodes } from "../src/directory/profiles.ts";
import { makeNpi } from "../src/directory/npi.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

async function userId(app: TestApp, external: string): Promise<number> {
  const row = await app.services.db.selectFrom("users").select("id").where("external_id", "=", external).executeTakeFirstOrThrow();
  return row.id;
}

describeEachEngine("/profile", (database) => {
  let app: TestApp;
  const npi = makeNpi("177000001");
  beforeAll(async () => {
    app = await createTestApp(database());
    await app.services.db
      .insertInto("specialists")
      .values({ npi, first_name: "Odile", last_name: "Brannock", credential: "MD", primary_taxonomy: "207RC0000X", taxonomy_codes: ["207RC0000X", "207RI0011X"], verified: true, source: "nppes" })
      .execute();
  });

  it("rejects an NPI with a wrong check digit and stores nothing", async () => {
    const bad = npi.slice(0, 9) + String((Number(npi[9]) + 1) % 10);
    const reply = await app.run(`/profile npi ${bad}`, { user: "dr-odile", role: "specialist" });
    expect(reply.status).toBe("error");
    expect(reply.errorCode).toBe("BAD_ARGUMENT");
    expect(await app.services.db.selectFrom("user_npi_links").selectAll().execute()).toHaveLength(0);
  });

  it("keeps a claimed NPI untrusted until an admin confirms it", async () => {
    const reply = await app.run(`/profile npi ${npi}`, { user: "dr-odile", role: "specialist" });
    expect(reply.status).toBe("ok");
    const id = await userId(app, "dr-odile");
    expect(await userSpecialtyCodes(app.services.db, id)).toEqual([]);
    const show = await app.run("/profile show", { user: "dr-odile" });
    expect(show.text).toContain("pending admin confirmation");
    expect(show.text).toContain("Odile Brannock");

    const denied = await app.run("/profile confirm dr-odile", { user: "dr-odile", role: "specialist" });
    expect(denied.errorCode).toBe("NOT_ALLOWED");

    const pending = await app.run("/profile pending", { user: "it-admin", role: "admin" });
    const button = pending.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])).find((b) => b.actionId === "profile:confirm");
    expect(button?.value).toBe(String(id));
    const pressedByClinician = await app.press("profile:confirm", button!.value, { user: "dr-odile", role: "specialist" });
    expect(pressedByClinician.errorCode).toBe("NOT_ALLOWED");
    const confirmed = await app.press("profile:confirm", button!.value, { user: "it-admin", role: "admin" });
    expect(confirmed.text).toContain(`NPI ${npi}`);
    expect(await userSpecialtyCodes(app.services.db, id)).toEqual(["207RC0000X", "207RI0011X"]);
  });

  it("a second user cannot be confirmed for an NPI someone already holds", async () => {
    await app.run(`/profile npi ${npi}`, { user: "impostor" });
    const reply = await app.run("/profile confirm impostor", { user: "it-admin", role: "admin" });
    expect(reply.errorCode).toBe("CONFLICT");
    expect(await userSpecialtyCodes(app.services.db, await userId(app, "impostor"))).toEqual([]);
  });

  it("uses declared specialties, needing an admin only where the organization says so", async () => {
    const reply = await app.run("/profile specialty nephrolgy", { user: "dr-nef" });
    expect(reply.status).toBe("ok");
    const id = await userId(app, "dr-nef");
    expect(await userSpecialtyCodes(app.services.db, id)).toEqual(["207RN0300X"]);

    expect((await app.run("/profile confirmation required", { user: "dr-nef" })).errorCode).toBe("NOT_ALLOWED");
    await app.run("/profile confirmation required", { user: "it-admin", role: "admin" });
    const pendingReply = await app.run("/profile specialty dermatology", { user: "dr-nef" });
    expect(pendingReply.text).toContain("pending");
    expect(await userSpecialtyCodes(app.services.db, id)).toEqual(["207RN0300X"]);
    await app.run("/profile confirm dr-nef", { user: "it-admin", role: "admin" });
    expect(await userSpecialtyCodes(app.services.db, id)).toEqual(["207N00000X", "207RN0300X"]);
    await app.run("/profile specialty clear", { user: "dr-nef" });
    expect(await userSpecialtyCodes(app.services.db, id)).toEqual([]);
  });

  it("sets a time zone and refuses an unknown one", async () => {
    expect((await app.run("/profile timezone Mars/Olympus", { user: "dr-tz" })).errorCode).toBe("BAD_ARGUMENT");
    expect((await app.run("/profile timezone America/Chicago", { user: "dr-tz" })).status).toBe("ok");
    const row = await app.services.db.selectFrom("users").select("timezone").where("external_id", "=", "dr-tz").executeTakeFirstOrThrow();
    expect(row.timezone).toBe("America/Chicago");
  });

  it("is away until the given day and back afterwards", async () => {
    app.clock.set(new Date("2026-01-05T15:00:00Z")); // Monday 10:00 New York
    const reply = await app.run("/profile away until friday", { user: "dr-away" });
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain("Fri 9 Jan 2026, 00:00");
    const id = await userId(app, "dr-away");
    expect(await isAway(app.services.db, id, app.clock.now())).toBe(true);
    expect(await isAway(app.services.db, id, new Date("2026-01-09T05:00:01Z"))).toBe(false);
    expect((await app.run("/profile away until yesterday", { user: "dr-away" })).errorCode).toBe("BAD_ARGUMENT");
    await app.run("/profile back", { user: "dr-away" });
    expect(await isAway(app.services.db, id, app.clock.now())).toBe(false);
  });
});

describe("profile parsing", () => {
  it("needs a date", async () => {
    const { parseAwayUntil } = await import("../commands/profile.ts");
    expect(() => parseAwayUntil("until", "America/New_York", new Date())).toThrow();
  });

  it("takes a date up to a year ahead and turns away one past it with a clear error", async () => {
    const { parseAwayUntil } = await import("../commands/profile.ts");
    const now = new Date("2026-01-05T12:00:00Z");
    expect(parseAwayUntil("5 H", "America/New_York", now).toISOString()).toBe("2026-01-05T17:00:00.000Z");
    expect(parseAwayUntil("until 2026-12-20", "America/New_York", now).getTime()).toBeGreaterThan(now.getTime());
    // (The fuzz found "69898527 H": the year 10000, which the database cannot store, answered INTERNAL.)
    for (const far of ["69898527 H", "99999 days", "until 2027-06-01"]) {
      expect(() => parseAwayUntil(far, "America/New_York", now), far).toThrow(/at most a year ahead/);
    }
  });
});
