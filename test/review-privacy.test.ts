// Adversarial review of "no PHI in a log line or an error message": commands that fail
// in unexpected ways (a thrown Error quoting patient text, a PostgreSQL error whose
// detail echoes a row value, deferred work that fails, an unknown command or button
// named with patient details) give the user a generic safe reply, and the log carries
// codes only.
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import type { Command } from "../src/chat/command.ts";
import { createDispatcher } from "../src/chat/dispatch.ts";
import { createRegistry } from "../src/chat/registry.ts";
import { isDeferred, type Invocation, type Reply } from "../src/chat/model.ts";
import { ephemeral } from "../src/chat/reply.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

// Invented patient details; none of these may appear in a log line or an error reply.
const SECRETS = ["Smith", "84412973", "617-555-0142", "1957"];
const PHI = "Mr John Smith, MRN 84412973, phone 617-555-0142, born 03/14/1957";

function expectNoSecrets(where: string, text: string): void {
  for (const secret of SECRETS) expect(text, `${where} holds "${secret}"`).not.toContain(secret);
}

/** Commands that fail the ways real code can fail, each with patient text in the failure. */
function failingCommands(): Command[] {
  const command = (name: string, handler: Command["handler"]): Command => ({
    name,
    description: "fails",
    usage: "",
    permission: "clinician",
    options: [{ name: "text", type: "text", description: "text" }],
    handler,
  });
  return [
    command("boom", async () => {
      throw new Error(`could not parse ${PHI}`);
    }),
    command("boom-name", async () => {
      throw Object.assign(new Error("x"), { name: `Bad ${PHI}` });
    }),
    command("boom-string", async () => {
      throw `raw ${PHI}`;
    }),
    command("boom-code", async () => {
      throw Object.assign(new Error("x"), { code: PHI });
    }),
    // A unique violation: PostgreSQL's detail echoes the value ("Key (...)=(...) already exists").
    command("boom-sql", async (_args, ctx) => {
      const insert = () =>
        ctx.db.insertInto("users").values({ organization_id: ctx.actor.organizationId, workspace_id: ctx.actor.workspaceId, external_id: PHI, display_name: null, role: "clinician" }).execute();
      await insert();
      await insert();
      return ephemeral("unreachable");
    }),
    // An invalid cast: the message quotes the value.
    command("boom-cast", async (_args, ctx) => {
      await sql`select ${PHI}::integer`.execute(ctx.db);
      return ephemeral("unreachable");
    }),
    // Deferred work that fails after the acknowledgement.
    command("boom-later", async () => ({
      deferred: true,
      ack: ephemeral("working"),
      complete: async () => {
        throw new Error(`late ${PHI}`);
      },
    })),
  ];
}

describeEachEngine("review: privacy of failures", (database) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(database());
  });

  async function dispatchTo(commands: Command[], invocation: Invocation): Promise<Reply> {
    const dispatcher = createDispatcher(app.services, createRegistry(commands), { autoRegisterWorkspace: true });
    const result = await dispatcher.dispatch(invocation);
    return isDeferred(result) ? result.complete() : result;
  }

  const who = { actor: { platform: "console" as const, workspace: "local", user: "dr-gp", displayName: "dr-gp" }, channel: { id: "dm-dr-gp", kind: "dm" as const } };

  it("an unexpected failure quoting patient text gives a generic reply and a log line without the text", async () => {
    for (const command of failingCommands()) {
      const before = app.logLines.length;
      const reply = await dispatchTo(failingCommands(), { kind: "command", command: command.name, text: PHI, ...who });
      expect(reply.status, command.name).toBe("error");
      expect(reply.errorCode, command.name).toBe("INTERNAL");
      expectNoSecrets(`${command.name} reply`, JSON.stringify(reply));
      const lines = app.logLines.slice(before);
      expect(lines.some((l) => l.includes('"command.failed"')), command.name).toBe(true);
      expectNoSecrets(`${command.name} log`, lines.join("\n"));
    }
  });

  it("a PostgreSQL failure logs its SQLSTATE, not its message or detail", async () => {
    const before = app.logLines.length;
    await dispatchTo(failingCommands(), { kind: "command", command: "boom-sql", text: "", ...who });
    const line = app.logLines.slice(before).find((l) => l.includes('"command.failed"'));
    expect(JSON.parse(line!).sqlState).toBe("23505");
  });

  it("an unknown command or button named with patient details is neither echoed nor logged", async () => {
    const before = app.logLines.length;
    const unknown = await app.run("/MrSmith84412973 please", { user: "dr-gp" });
    expect(unknown.errorCode).toBe("UNKNOWN_COMMAND");
    expectNoSecrets("unknown command reply", unknown.text);
    const button = await app.press("Smith84412973:claim", "12", { user: "dr-gp" });
    expect(button.errorCode).toBe("UNKNOWN_ACTION");
    const form = await app.submit("Smith84412973:intake", { question: PHI }, { user: "dr-gp" });
    expect(form.errorCode).toBe("UNKNOWN_ACTION");
    expectNoSecrets("log", app.logLines.slice(before).join("\n").replace(/"t":"[^"]*"/g, ""));
  });
});
