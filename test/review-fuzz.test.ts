// Property-based review of bad input over the whole command registry: every command,
// subcommand, button and form, fed odd text (empty, very long, unicode, quotes, --flags,
// negative and huge numbers, SQL-ish text) by people of every role, answers with a reply
// or a clear error: never INTERNAL, never an error quoting a long run of what was typed,
// and an error leaves stored rows exactly as they were.
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import type { Reply, Role } from "../src/chat/model.ts";
import { createTestApp, type As, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

/** Pieces of hostile or odd input; the generator strings several together. */
const ODD = [
  "", " ", "0", "-1", "-2147483649", "2147483647", "2147483648", "99999999999", "9".repeat(40), "1e9", "0x1F", "1.5", "NaN", "#0", "#-3", "#12",
  "'", '"', '"unterminated', "“curly”", "‘", "`", "--help", "--role=admin", "-x", "'; drop table cases; --", "1 or 1=1", "%s%n", "${x}", "<script>", "\\", "\\u0000",
  "\u0000", "\u202e", "\u200b", "\ufeff", "\ud800", "🙂", "👩🏽‍⚕️", "Ünïcödé", "مرحبا", "漢字", "a\nb", "\t", "\r\n",
  "near", "within", "lang", "telehealth", "case", "days", "answer", "urgent", "routine", "emergent", "me", "here", "@dr-x", "<@U123|x>", "every", "in 2 hours", "tomorrow 9am",
  "cardiology", "derm", "default", "*", "on", "off", "warn", "block", "redact", "open", "mine", "referral-avoided", "last", "share", "America/Chicago", "1234567893",
];


const ROLES: Role[] = ["clinician", "specialist", "admin"];
const PEOPLE: Record<Role, string> = { clinician: "fz-gp", specialist: "fz-heart", admin: "fz-admin" };

/** Typed text: odd pieces and random strings, joined by spaces. */
const typedText = fc
  .array(fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.integer().map(String), fc.bigInt().map(String)), { maxLength: 6 })
  .map((parts) => parts.join(" "));

describeEachEngine("review: fuzzing the registry", (database) => {
  let app: TestApp;
  let known: string;

  /** Rows a failed command must not have changed. */
  async function stored(): Promise<string> {
    const { db } = app.services;
    const tables = ["cases", "case_events", "pending_texts", "reminders", "outbox", "triage_subscriptions", "workspaces", "audit_log"] as const;
    const rows = await Promise.all(tables.map((t) => db.selectFrom(t).selectAll().execute().catch(() => [])));
    return JSON.stringify(rows);
  }

  /** Fails when the error reply quotes a run of 25 characters of `input` that no help text holds. */
  function expectNoEcho(reply: Reply, input: string, label: string): void {
    if (reply.status !== "error") return;
    for (let i = 0; i + 25 <= input.length; i += 5) {
      const run = input.slice(i, i + 25);
      if (run.trim().length < 10 || known.includes(run)) continue;
      expect(reply.text.includes(run), `${label}: error quotes "${run}"`).toBe(false);
    }
  }

  beforeAll(async () => {
    app = await createTestApp(database());
    for (const role of ROLES) expect((await app.run("/help", { user: PEOPLE[role], role })).status).toBe("ok");
    expect((await app.run("/profile specialty cardiology", { user: PEOPLE.specialist, role: "specialist" })).status).toBe("ok");
    expect((await app.run("/consult cardiology routine murmur on exam, echo first?", { user: PEOPLE.clinician })).status).toBe("ok");
    known = JSON.stringify(app.registry.all);
  });

  async function check(label: string, input: string, attempt: () => Promise<Reply>): Promise<void> {
    const before = await stored();
    const reply = await attempt();
    expect(reply.errorCode, `${label}: ${reply.text}`).not.toBe("INTERNAL");
    expect(typeof reply.text, label).toBe("string");
    expectNoEcho(reply, input, label);
    if (reply.status === "error") expect(await stored(), `${label} (${reply.errorCode}) changed stored rows`).toBe(before);
  }

  it("answers every command and subcommand with a reply or a clear error", async () => {
    const commands = app.registry.all.flatMap((c) => [c.name, ...(c.subcommands ?? []).map((s) => `${c.name} ${s.name}`)]);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commands), typedText, fc.constantFrom(...ROLES), fc.boolean(), async (command, text, role, inChannel) => {
        const as: As = { user: PEOPLE[role], role, ...(inChannel ? { channel: "fz-channel" } : {}) };
        await check(`/${command} ${JSON.stringify(text)} as ${role}`, text, () => app.run(`/${command} ${text}`, as));
      }),
      { numRuns: 250 },
    );
  }, 300_000);

  it("answers every button and form with a reply or a clear error", async () => {
    const actions = app.registry.all.flatMap((c) => Object.keys(c.actions ?? {}).map((a) => `${c.name}:${a}`));
    const forms = app.registry.all.flatMap((c) => Object.keys(c.forms ?? {}).map((f) => `${c.name}:${f}`));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), typedText, fc.constantFrom(...ROLES), async (action, value, role) => {
        const as: As = { user: PEOPLE[role], role };
        await check(`press ${action} ${JSON.stringify(value)} as ${role}`, value, () => app.press(action, value, as));
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...forms), fc.dictionary(fc.constantFrom("case", "text", "specialty", "urgency", "question", "age", "sex", "tried"), typedText), fc.constantFrom(...ROLES), async (form, values, role) => {
        const as: As = { user: PEOPLE[role], role };
        await check(`submit ${form} ${JSON.stringify(values)} as ${role}`, Object.values(values).join(" "), () => app.submit(form, values, as));
      }),
      { numRuns: 100 },
    );
  }, 300_000);

  it("profile:confirm with a value beyond the integer range is an expired button, and a clinician pressing it is refused first", async () => {
    for (const value of ["2147483648", "-2147483649", "9".repeat(30), "0"]) {
      expect((await app.press("profile:confirm", value, { user: PEOPLE.admin, role: "admin" })).errorCode, value).toBe("UNKNOWN_ACTION");
      expect((await app.press("profile:confirm", value, { user: PEOPLE.clinician, role: "clinician" })).errorCode, value).toBe("NOT_ALLOWED");
    }
  });

  it("answers 100 kB of text to every command with a reply or a clear error that does not quote it", async () => {
    const long = "chest pain on exertion, troponin negative; ".repeat(2400).slice(0, 100_000);
    for (const command of app.registry.all) {
      for (const prefix of ["", ...(command.subcommands ?? []).map((s) => `${s.name} `)]) {
        const as: As = { user: PEOPLE.admin, role: "admin", channel: "fz-channel" };
        await check(`/${command.name} ${prefix}<100 kB>`, long, () => app.run(`/${command.name} ${prefix}${long}`, as));
      }
    }
  }, 300_000);
});
