// A triage notification reaches a Slack channel: a Slack admin makes a channel the
// cardiology triage channel, a clinician raises a case with /consult, the outbox is
// drained, and the fake Slack Web API sees chat.postMessage to that channel; claiming
// from the button edits the message with chat.update.
import { afterAll, beforeAll, expect, it } from "vitest";
import { drainOutbox } from "../src/outbox/index.ts";
import { describeEachEngine } from "./helpers/db.ts";
import { startSlackHarness, type SlackHarness } from "./helpers/fake-slack-server.ts";

const TEAM = "T0RIVERSIDE";

describeEachEngine("Slack triage notifications through the outbox", (db) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(db(), { SLACK_BOT_TOKEN: "xoxb-single-token", SLACK_TEAM_ID: TEAM });
  });
  afterAll(async () => h?.close());

  const drain = () => drainOutbox({ db: h.app.services.db, gateways: h.app.services.gateways, clock: h.app.clock, log: h.app.services.log });

  it("posts a new case to the subscribed channel with chat.postMessage and edits it when claimed", async () => {
    h.fake.admins.add("U0ADMIN");
    const subscribe = await h.requester.command("triage", "subscribe cardiology", { team: TEAM, user: "U0ADMIN", channel: "C0CARDIO" });
    expect(subscribe.status).toBe(200);
    expect(subscribe.json.text).not.toMatch(/Only admins/);

    const raised = await h.requester.command("consult", "cardiology routine Invented question: is an outpatient echo enough for a new murmur?", { team: TEAM, user: "U0GP", channel: "C0CLINIC", responseUrl: h.fake.responseUrl("raise") });
    expect(raised.status).toBe(200);
    await h.slack.idle();

    const result = await drain();
    expect(result.delivered).toBeGreaterThan(0);
    const posts = h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "C0CARDIO");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.token).toBe("xoxb-single-token");
    expect(posts[0]!.body.text).toMatch(/\S/);
    const buttons = posts[0]!.body.blocks.filter((b: any) => b.type === "actions").flatMap((b: any) => b.elements);
    const claim = buttons.find((b: any) => /claim/.test(b.action_id));
    expect(claim, "the triage message offers a claim button").toBeDefined();

    h.fake.admins.add("U0CARDIO");
    await h.requester.command("profile", "specialty cardiology", { team: TEAM, user: "U0CARDIO" });
    const click = await h.requester.interaction({
      type: "block_actions",
      team: { id: TEAM },
      user: { id: "U0CARDIO", username: "cardio" },
      channel: { id: "C0CARDIO", name: "cardiology-triage" },
      container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0CARDIO" },
      message: { ts: "1700000000.000100" },
      response_url: h.fake.responseUrl("claim"),
      trigger_id: "claim.trigger",
      actions: [{ type: "button", action_id: claim.action_id, value: claim.value, block_id: "b1" }],
    });
    expect(click.status).toBe(200);
    await h.slack.idle();
    await drain();
    const reply = h.fake.calls.find((c) => c.path.endsWith("/claim"));
    expect(reply?.body.text).toMatch(/You claimed case #\d+/);
    const edit = h.fake.callsTo("chat.update").find((c) => c.body.channel === "C0CARDIO");
    expect(edit?.body.ts).toMatch(/^\d+\.000100$/);
    expect(edit?.body.text).toMatch(/Claimed by cardio/);
  });
});
