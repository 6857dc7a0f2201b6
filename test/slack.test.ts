// The Slack adapter over its real wire protocol: signed HTTP requests into the running
// server's POST /slack/events, and a local fake Slack Web API recording every call.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../src/chat/command.ts";
import { ephemeral, errorReply, inChannel } from "../src/chat/reply.ts";
import { BUSY_TEXT } from "../adapters/slack/work-queue.ts";
import { describeEachEngine } from "./helpers/db.ts";
import { startSlackHarness, type SlackHarness } from "./helpers/fake-slack-server.ts";

const TEAM = "T0RIVERSIDE";
const BLOCK_KIT_TYPES = new Set(["header", "section", "context", "divider", "actions", "input"]);

/** A test-only command with a form, so modals are covered whatever commands exist. */
const intakeCommand: Command = {
  name: "intake-test",
  description: "Opens a test intake form",
  usage: "",
  permission: "clinician",
  options: [],
  handler: async () =>
    ephemeral("Fill in the case", [
      {
        type: "form",
        form: {
          formId: "intake-test:case",
          title: "New case",
          submitLabel: "Send",
          fields: [
            { id: "question", label: "Question", input: "textarea", required: true, maxLength: 500 },
            { id: "urgency", label: "Urgency", input: "select", required: true, choices: [{ value: "routine", label: "Routine" }, { value: "urgent", label: "Urgent" }] },
          ],
        },
      },
    ]),
  forms: {
    case: async (values) => {
      if ((values.question ?? "").trim().length < 10) return errorReply("BAD_ARGUMENT", "Check the form", { question: "Describe the question in at least 10 characters." });
      return inChannel(`New **${values.urgency}** case received`, [{ type: "section", text: `New **${values.urgency}** case received` }]);
    },
  },
};

/** A slow command (an LLM summary stand-in): acks at once, completes when the test says. */
let finishSummary: (() => void) | undefined;
const slowCommand: Command = {
  name: "slow-test",
  description: "Deferred work delivered after the ack",
  usage: "",
  permission: "clinician",
  options: [],
  handler: async () => ({
    deferred: true,
    ack: ephemeral("Summarising…"),
    complete: async () => {
      await new Promise<void>((resolve) => (finishSummary = resolve));
      return ephemeral("Summary: **3** messages", [{ type: "section", text: "Summary: **3** messages" }]);
    },
  }),
};

async function counts(h: SlackHarness): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ["organizations", "workspaces", "users", "audit_log", "slack_installations"]) {
    const row = await (h.app.services.db as any).selectFrom(table).select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

function expectBlockKit(blocks: any[]): void {
  expect(Array.isArray(blocks)).toBe(true);
  for (const block of blocks) expect(BLOCK_KIT_TYPES.has(block.type)).toBe(true);
  expect(JSON.stringify(blocks)).not.toContain("**");
}

describeEachEngine("Slack adapter (single workspace, SLACK_TEAM_ID)", (db) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(db(), { SLACK_BOT_TOKEN: "xoxb-single-token", SLACK_TEAM_ID: TEAM }, [intakeCommand, slowCommand]);
  });
  afterAll(async () => h?.close());

  it("answers every registered command with a 200 and a rendered reply", async () => {
    const names = h.app.registry.all.map((c) => c.name);
    expect(names).toContain("specialist");
    for (const command of h.app.registry.all) {
      const responseUrl = h.fake.responseUrl(`every-${command.name}`);
      const res = await h.requester.command(command.name, "", { team: TEAM, user: "U0GP", responseUrl });
      expect(res.status, `/${command.name}`).toBe(200);
      await h.slack.idle();
      const later = h.fake.calls.filter((c) => c.path.endsWith(`/every-${command.name}`) || c.method === "views.open");
      const rendered = res.json ?? later[0]?.body;
      expect(rendered, `/${command.name} reply`).toBeDefined();
      if (rendered.blocks) expectBlockKit(rendered.blocks);
      if (rendered.text !== undefined) expect(String(rendered.text).length).toBeGreaterThan(0);
    }
  });

  it("renders /specialist as Block Kit with Slack mrkdwn and button ids in the ack body", async () => {
    const res = await h.requester.command("specialist", "cardiology", { team: TEAM, user: "U0GP" });
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe("ephemeral");
    expect(res.json.text.length).toBeGreaterThan(0);
    expectBlockKit(res.json.blocks);
    expect(res.json.blocks[0].type).toBe("header");
    const buttons = res.json.blocks.filter((b: any) => b.type === "actions").flatMap((b: any) => b.elements);
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(button.action_id).toMatch(/^[a-z-]+:[a-z-]+$/);
  });

  it("turns a button click (block_actions) into an action and answers on response_url", async () => {
    const res = await h.requester.command("specialist", "cardiology", { team: TEAM, user: "U0GP" });
    const more = res.json.blocks.filter((b: any) => b.type === "actions").flatMap((b: any) => b.elements).find((e: any) => e.action_id === "specialist:more");
    expect(more, "the first page of cardiology results offers More").toBeDefined();
    const responseUrl = h.fake.responseUrl("more-click");
    const click = await h.requester.interaction({
      type: "block_actions",
      team: { id: TEAM },
      user: { id: "U0GP", username: "gp" },
      channel: { id: "C0TRIAGE", name: "triage" },
      container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0TRIAGE" },
      message: { ts: "1700000000.000100" },
      response_url: responseUrl,
      trigger_id: "1337.43.trigger",
      actions: [{ type: "button", action_id: more.action_id, value: more.value, block_id: "b1" }],
    });
    expect(click.status).toBe(200);
    await h.slack.idle();
    const answer = h.fake.calls.find((c) => c.path.endsWith("/more-click"));
    expect(answer).toBeDefined();
    expectBlockKit(answer!.body.blocks);
    expect(answer!.body.text).toMatch(/\S/);
  });

  it("opens a form as a modal, puts validation errors on the right field, and delivers the submission", async () => {
    const responseUrl = h.fake.responseUrl("intake");
    const res = await h.requester.command("intake-test", "", { team: TEAM, user: "U0GP", responseUrl, triggerId: "trigger-intake" });
    expect(res.status).toBe(200);
    await h.slack.idle();
    const opened = h.fake.callsTo("views.open").find((c) => c.body.trigger_id === "trigger-intake");
    expect(opened?.token).toBe("xoxb-single-token");
    const view = opened!.body.view;
    expect(view.type).toBe("modal");
    expect(view.callback_id).toBe("intake-test:case");
    expect(view.blocks.map((b: any) => b.block_id)).toEqual(["question", "urgency"]);
    expect(view.blocks[1].element.type).toBe("static_select");

    const submit = (question: string) =>
      h.requester.interaction({
        type: "view_submission",
        team: { id: TEAM },
        user: { id: "U0GP", username: "gp" },
        view: {
          callback_id: view.callback_id,
          private_metadata: view.private_metadata,
          state: { values: { question: { question: { type: "plain_text_input", value: question } }, urgency: { urgency: { type: "static_select", selected_option: { value: "urgent" } } } } },
        },
      });
    const bad = await submit("short");
    expect(bad.status).toBe(200);
    expect(bad.json).toEqual({ response_action: "errors", errors: { question: "Describe the question in at least 10 characters." } });

    const good = await submit("Invented patient question about an irregular rhythm");
    expect(good.status).toBe(200);
    expect(good.text).toBe("");
    await h.slack.idle();
    const delivered = h.fake.calls.filter((c) => c.path.endsWith("/intake"));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.body.response_type).toBe("in_channel");
    expect(delivered[0]!.body.blocks[0].text.text).toBe("New *urgent* case received");
  });

  it("makes a Slack workspace admin a Curbside admin on first use (users.info)", async () => {
    h.fake.admins.add("U0ADMIN");
    const res = await h.requester.command("help", "", { team: TEAM, user: "U0ADMIN" });
    expect(res.status).toBe(200);
    const user = await h.app.services.db.selectFrom("users").select("role").where("external_id", "=", "U0ADMIN").executeTakeFirstOrThrow();
    expect(user.role).toBe("admin");
    const plain = await h.app.services.db.selectFrom("users").select("role").where("external_id", "=", "U0GP").executeTakeFirstOrThrow();
    expect(plain.role).toBe("clinician");
  });

  it("applies a role changed in the database to the very next request, both ways (identity is read per request, never cached)", async () => {
    const phi = async () => (await h.requester.command("workspace", "phi redact", { team: TEAM, user: "U0ROLE" })).json.text as string;
    expect(await phi()).toMatch(/^Only admins can do that/);
    const setRole = (role: string) => h.app.services.db.updateTable("users").set({ role }).where("external_id", "=", "U0ROLE").execute();
    await setRole("admin");
    expect(await phi()).not.toMatch(/^Only admins/);
    await setRole("clinician");
    expect(await phi()).toMatch(/^Only admins can do that/);
  });

  it("acks deferred work at once and delivers the final reply on response_url (DeferredReply)", async () => {
    const res = await h.requester.command("slow-test", "", { team: TEAM, user: "U0GP", responseUrl: h.fake.responseUrl("slow") });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: "ephemeral", text: "Summarising…" });
    expect(h.fake.calls.filter((c) => c.path.endsWith("/slow"))).toHaveLength(0);
    finishSummary!();
    await h.slack.idle();
    const delivered = h.fake.calls.filter((c) => c.path.endsWith("/slow"));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.body.blocks[0].text.text).toBe("Summary: *3* messages");
  });

  it("logs no message text, tokens or patient words", () => {
    const logs = h.app.logLines.join("\n");
    expect(logs).not.toContain("Invented patient question");
    expect(logs).not.toContain("cardiology");
    expect(logs).not.toContain("xoxb-");
  });

  describe("refuses bad requests with no side effects", () => {
    const body = () => h.requester.commandBody("help", "", { team: TEAM, user: "U0NEWCOMER" });
    const newcomer = () => h.app.services.db.selectFrom("users").select("id").where("external_id", "=", "U0NEWCOMER").executeTakeFirst();

    it("forged signature -> 401", async () => {
      const before = await counts(h);
      const callsBefore = h.fake.calls.length;
      const res = await h.requester.send(body(), "application/x-www-form-urlencoded", { "x-slack-signature": h.requester.sign(h.requester.now(), body(), "wrong-secret") });
      expect(res.status).toBe(401);
      expect(await counts(h)).toEqual(before);
      expect(await newcomer()).toBeUndefined();
      expect(h.fake.calls.length).toBe(callsBefore);
    });

    it("stale timestamp (6 minutes old, correctly signed) -> 401", async () => {
      const before = await counts(h);
      const old = h.requester.now() - 6 * 60;
      const res = await h.requester.send(body(), "application/x-www-form-urlencoded", { "x-slack-request-timestamp": String(old), "x-slack-signature": h.requester.sign(old, body()) });
      expect(res.status).toBe(401);
      expect(res.json.error).toBe("stale_timestamp");
      expect(await counts(h)).toEqual(before);
      expect(await newcomer()).toBeUndefined();
    });

    it("replayed request -> 401 the second time", async () => {
      const replayBody = h.requester.commandBody("specialist", "cardiology", { team: TEAM, user: "U0GP" });
      const ts = h.requester.now();
      const headers = { "x-slack-request-timestamp": String(ts), "x-slack-signature": h.requester.sign(ts, replayBody) };
      const first = await h.requester.send(replayBody, "application/x-www-form-urlencoded", headers);
      expect(first.status).toBe(200);
      const before = await counts(h);
      const callsBefore = h.fake.calls.length;
      const second = await h.requester.send(replayBody, "application/x-www-form-urlencoded", headers);
      expect(second.status).toBe(401);
      expect(second.json.error).toBe("replayed");
      expect(await counts(h)).toEqual(before);
      expect(h.fake.calls.length).toBe(callsBefore);
    });

    it("unknown workspace -> clear ephemeral 'not installed' answer", async () => {
      const before = await counts(h);
      const res = await h.requester.command("specialist", "cardiology", { team: "T0STRANGER", user: "U0STRANGER" });
      expect(res.status).toBe(200);
      expect(res.json.response_type).toBe("ephemeral");
      expect(res.json.text).toMatch(/not installed in this Slack workspace/);
      expect(await counts(h)).toEqual(before);
    });

    it("oversized body -> 413", async () => {
      const before = await counts(h);
      const huge = h.requester.commandBody("help", "x".repeat(300 * 1024), { team: TEAM, user: "U0NEWCOMER" });
      const res = await h.requester.send(huge, "application/x-www-form-urlencoded");
      expect(res.status).toBe(413);
      expect(await counts(h)).toEqual(before);
      expect(await newcomer()).toBeUndefined();
    });
  });
});

describeEachEngine("Slack adapter (ack-first: SLACK_ACK_BUDGET_MS=0, first team pinned)", (db) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(db(), { SLACK_BOT_TOKEN: "xoxb-single-token", SLACK_ACK_BUDGET_MS: "0" });
  });
  afterAll(async () => h?.close());

  it("acks with an empty 200 and sends the reply to response_url", async () => {
    const res = await h.requester.command("help", "", { team: "T0FIRST", user: "U0GP", responseUrl: h.fake.responseUrl("late-help") });
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    await h.slack.idle();
    const delivered = h.fake.calls.filter((c) => c.path.endsWith("/late-help"));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.body.blocks[0].text.text).toBe("Curbside commands");
  });

  it("pins the first team without SLACK_TEAM_ID and tells any other team it is not installed", async () => {
    const other = await h.requester.command("help", "", { team: "T0SECOND", user: "U0GP" });
    expect(other.status).toBe(200);
    expect(other.json.text).toMatch(/not installed/);
    const slackWorkspaces = await h.app.services.db.selectFrom("workspaces").select("external_id").where("platform", "=", "slack").execute();
    expect(slackWorkspaces.map((w) => w.external_id)).toEqual(["T0FIRST"]);
  });
});

/** A command that holds its work slot until the test releases it. */
const hold: { entered?: () => void; release?: () => void } = {};
const holdCommand: Command = {
  name: "hold-test",
  description: "Keeps the work queue busy until released",
  usage: "",
  permission: "clinician",
  options: [],
  handler: async () => {
    hold.entered?.();
    await new Promise<void>((resolve) => (hold.release = resolve));
    return ephemeral("Held work finished");
  },
};

describeEachEngine("Slack adapter under load (one work slot, one waiting place)", (db) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(db(), { SLACK_BOT_TOKEN: "xoxb-single-token", SLACK_TEAM_ID: TEAM }, [holdCommand, intakeCommand], { workConcurrency: 1, maxWaitingWork: 1 });
  });
  afterAll(async () => h?.close());

  it("acks queued work at once, answers 'busy' beyond the queue with no side effects, and delivers the rest later", async () => {
    const entered = new Promise<void>((resolve) => (hold.entered = resolve));
    // A takes the only slot; its ack may wait (within the budget) for its own reply.
    const first = h.requester.command("hold-test", "", { team: TEAM, user: "U0GP", responseUrl: h.fake.responseUrl("held") });
    await entered;
    // B waits behind A: Slack gets an empty ack now, not after A.
    const queued = await h.requester.command("help", "", { team: TEAM, user: "U0GP", responseUrl: h.fake.responseUrl("queued") });
    expect(queued.status).toBe(200);
    expect(queued.text).toBe("");
    // C finds the waiting place taken: refused at once, nothing done.
    const refused = await h.requester.command("specialist", "cardiology", { team: TEAM, user: "U0BUSYNEWCOMER", responseUrl: h.fake.responseUrl("refused") });
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({ response_type: "ephemeral", text: BUSY_TEXT });
    // A team Curbside is not installed in is told so even now: "busy" is only said to installed teams.
    const stranger = await h.requester.command("specialist", "cardiology", { team: "T0STRANGER", user: "U0X", responseUrl: h.fake.responseUrl("stranger") });
    expect(stranger.json.text).toMatch(/not installed/);
    hold.release!();
    const firstAck = await first;
    expect(firstAck.json).toMatchObject({ response_type: "ephemeral", text: "Held work finished" });
    await h.slack.idle();
    const queuedReply = h.fake.calls.filter((c) => c.path.endsWith("/queued"));
    expect(queuedReply).toHaveLength(1);
    expect(queuedReply[0]!.body.blocks[0].text.text).toBe("Curbside commands");
    expect(h.fake.calls.filter((c) => c.path.endsWith("/refused") || c.path.endsWith("/held"))).toHaveLength(0);
    expect(await h.app.services.db.selectFrom("users").select("id").where("external_id", "=", "U0BUSYNEWCOMER").executeTakeFirst()).toBeUndefined();
    // Drained: the next command answers in its ack again.
    const after = await h.requester.command("help", "", { team: TEAM, user: "U0GP" });
    expect(after.json.blocks[0].text.text).toBe("Curbside commands");
  });

  it("keeps a modal open with 'busy' on its first field when the queue is full, and sends nothing", async () => {
    const entered = new Promise<void>((resolve) => (hold.entered = resolve));
    const first = h.requester.command("hold-test", "", { team: TEAM, user: "U0GP", responseUrl: h.fake.responseUrl("held-2") });
    await entered;
    await h.requester.command("help", "", { team: TEAM, user: "U0GP", responseUrl: h.fake.responseUrl("queued-2") });
    const submitted = await h.requester.interaction({
      type: "view_submission",
      team: { id: TEAM },
      user: { id: "U0GP", username: "gp" },
      view: {
        callback_id: "intake-test:case",
        private_metadata: JSON.stringify({ channel: { id: "C0TRIAGE", kind: "channel" }, responseUrl: h.fake.responseUrl("busy-form") }),
        state: { values: { question: { question: { type: "plain_text_input", value: "Invented question about a murmur" } }, urgency: { urgency: { type: "static_select", selected_option: { value: "routine" } } } } },
      },
    });
    expect(submitted.json).toEqual({ response_action: "errors", errors: { question: BUSY_TEXT } });
    hold.release!();
    await first;
    await h.slack.idle();
    expect(h.fake.calls.filter((c) => c.path.endsWith("/busy-form"))).toHaveLength(0);
    expect(h.app.logLines.some((l) => l.includes("slack.busy"))).toBe(true);
  });
});
