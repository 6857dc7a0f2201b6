// The command framework end to end on each engine: dispatch, roles, help, /specialist.
import { beforeAll, expect, it } from "vitest";
import { seedDemoDirectory } from "../src/directory/demo-seed.ts";
import { isValidNpi, makeNpi, npiCheckDigit } from "../src/directory/npi.ts";
import { createRegistry } from "../src/chat/registry.ts";
import { createDispatcher } from "../src/chat/dispatch.ts";
import { inChannel } from "../src/chat/reply.ts";
import { describeEachEngine } from "./helpers/db.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";

it("computes NPI check digits with the 80840 prefix (CMS example 1234567893)", () => {
  expect(npiCheckDigit("123456789")).toBe(3);
  expect(isValidNpi("1234567893")).toBe(true);
  expect(isValidNpi("1234567890")).toBe(false);
  expect(isValidNpi(makeNpi("190000001"))).toBe(true);
});

describeEachEngine("foundation", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(database());
    await seedDemoDirectory(database().db, 500);
  });

  it("names the existing commands for an unknown one", async () => {
    const reply = await app.run("/nope");
    expect(reply.status).toBe("error");
    expect(reply.errorCode).toBe("UNKNOWN_COMMAND");
    expect(reply.text).toContain("/specialist");
    expect(reply.text).toContain("/help");
  });

  it("lists commands with /help and explains one with /help specialist", async () => {
    const all = await app.run("/help");
    expect(all.status).toBe("ok");
    expect(all.text).toContain("/specialist");
    const one = await app.run("/help specialist");
    expect(one.text).toContain("near");
    expect(one.text).toContain("telehealth");
    expect((await app.run("/help nothing-here")).status).toBe("error");
  });

  it("finds cardiologists nearest 10001 first, with distances", async () => {
    const reply = await app.run("/specialist cardiology near 10001");
    expect(reply.status).toBe("ok");
    const distances = [...reply.text.matchAll(/— Cardiovascular Disease · ([\d.]+) mi/g)].map((m) => Number(m[1]));
    expect(distances.length).toBeGreaterThan(1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const button = reply.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])).find((b) => b.actionId === "consult:request");
    expect(button?.value).toMatch(/^\d{10}$/);
  });

  it("understands synonyms and typos for specialties", async () => {
    for (const [query, name] of [
      ["cardio", "Cardiovascular Disease"],
      ["heart doctor", "Cardiovascular Disease"],
      ["dermatolgy", "Dermatology"],
      ["207RG0100X", "Gastroenterology"],
      ["ear nose throat", "Otolaryngology"],
    ] as const) {
      const reply = await app.run(`/specialist ${query}`);
      expect(reply.blocks[0], query).toEqual({ type: "header", text: name });
    }
  });

  it("filters by language, telehealth and radius", async () => {
    const reply = await app.run("/specialist cardiology near 10001 within 200 mi lang english telehealth");
    expect(reply.status).toBe("ok");
    const distances = [...reply.text.matchAll(/· ([\d.]+) mi/g)].map((m) => Number(m[1]));
    const telehealth = reply.text.split("\n").filter((l) => l.includes("Telehealth:"));
    // Without results the checks below would pass vacuously.
    expect(distances.length).toBeGreaterThan(0);
    expect(telehealth.length).toBe(distances.length);
    for (const d of distances) expect(d).toBeLessThanOrEqual(200);
    for (const line of telehealth) expect(line).toContain("Telehealth: yes");
  });

  it("pages with the More button", async () => {
    const first = await app.run("/specialist cardiology near 10001");
    const more = first.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])).find((b) => b.actionId === "specialist:more");
    expect(more).toBeDefined();
    const second = await app.press("specialist:more", more!.value);
    expect(second.status).toBe("ok");
    expect(second.text).toContain("Showing 6–");
    expect((await app.press("specialist:more", "not json")).errorCode).toBe("UNKNOWN_ACTION");
  });

  it("explains a bad place and a bad option", async () => {
    expect((await app.run("/specialist cardiology near 00000")).text).toContain("ZIP code");
    const within = await app.run("/specialist cardiology within 20 mi");
    expect(within.text).toContain("`within` needs a place");
    const bad = await app.run("/specialist cardiology near 10001 within lots");
    expect(bad.errorCode).toBe("BAD_ARGUMENT");
    expect(bad.text).toContain("`within`");
  });

  it("registers a console user once and keeps an authoritative role", async () => {
    await app.run("/help", { user: "it-admin", role: "admin" });
    await app.run("/help", { user: "it-admin" });
    const rows = await database().db.selectFrom("users").selectAll().where("external_id", "=", "it-admin").execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.role).toBe("admin");
  });

  it("refuses unknown workspaces on platforms that need an install", async () => {
    const result = await app.dispatcher.dispatch(
      { kind: "command", command: "help", text: "", actor: { platform: "slack", workspace: "T-UNKNOWN", user: "U1" }, channel: { id: "C1", kind: "channel" } },
      { autoRegisterWorkspace: false },
    );
    expect("status" in result && result.errorCode).toBe("UNKNOWN_WORKSPACE");
    expect(await database().db.selectFrom("workspaces").selectAll().where("external_id", "=", "T-UNKNOWN").execute()).toEqual([]);
  });

  it("checks roles before running a command and hides internal errors", async () => {
    const registry = createRegistry([
      { name: "admin-only", description: "d", usage: "", permission: "admin", options: [], handler: async () => inChannel("ran") },
      { name: "boom", description: "d", usage: "", permission: "clinician", options: [], handler: async () => { throw new Error("secret detail Jane Doe"); } },
    ]);
    const dispatcher = createDispatcher(app.services, registry, { autoRegisterWorkspace: true });
    const actor = { platform: "console" as const, workspace: "local", user: "gp-1" };
    const channel = { id: "c", kind: "channel" as const };
    const denied = await dispatcher.dispatch({ kind: "command", command: "admin-only", text: "", actor, channel });
    expect("errorCode" in denied && denied.errorCode).toBe("NOT_ALLOWED");
    const boom = await dispatcher.dispatch({ kind: "command", command: "boom", text: "", actor, channel });
    expect("errorCode" in boom && boom.errorCode).toBe("INTERNAL");
    expect("text" in boom && boom.text).not.toContain("Jane");
    expect(app.logLines.join("\n")).not.toContain("Jane");
  });
});
