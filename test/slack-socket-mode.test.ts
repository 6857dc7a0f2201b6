// Socket Mode (SLACK_APP_TOKEN): the adapter asks the fake Web API for a connection
// (apps.connections.open with the app token), connects to the fake WebSocket server,
// acks each envelope by its envelope_id and delivers replies the same way as over HTTP.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "./helpers/db.ts";
import { startSlackHarness, type SlackHarness } from "./helpers/fake-slack-server.ts";

const TEAM = "T0RIVERSIDE";

function slashCommand(h: SlackHarness, command: string, text: string, responseId: string) {
  return {
    team_id: TEAM,
    team_domain: "clinic",
    channel_id: "C0TRIAGE",
    channel_name: "triage",
    user_id: "U0GP",
    user_name: "u0gp",
    command: `/${command}`,
    text,
    api_app_id: "A0CURBSIDE",
    response_url: h.fake.responseUrl(responseId),
    trigger_id: `socket.${responseId}.trigger`,
  };
}

describeEachEngine("Slack adapter over Socket Mode (answers in the ack within the budget)", (db) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(db(), { SLACK_BOT_TOKEN: "xoxb-single-token", SLACK_TEAM_ID: TEAM }, [], { socketMode: true });
  });
  afterAll(async () => h?.close());

  it("opens the connection with the app token and serves no HTTP endpoint", async () => {
    const open = h.fake.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe("xapp-1-test-app-token");
    const res = await fetch(`${h.baseUrl}/slack/events`, { method: "POST", body: "x" });
    expect(res.status).toBe(404);
  });

  it("acks a slash_commands envelope by its envelope_id with the rendered reply", async () => {
    const ack = await h.socket!.send("slash_commands", slashCommand(h, "help", "", "help-ack"));
    expect(ack.envelope_id).toMatch(/^env-/);
    expect(ack.payload).toMatchObject({ response_type: "ephemeral" });
    expect(ack.payload!.blocks[0].text.text).toBe("Curbside commands");
  });
});

describeEachEngine("Slack adapter over Socket Mode (ack first: SLACK_ACK_BUDGET_MS=0)", (db) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(db(), { SLACK_BOT_TOKEN: "xoxb-single-token", SLACK_TEAM_ID: TEAM, SLACK_ACK_BUDGET_MS: "0" }, [], { socketMode: true });
  });
  afterAll(async () => h?.close());

  it("acks the envelope empty at once and delivers /specialist's reply on response_url", async () => {
    const ack = await h.socket!.send("slash_commands", slashCommand(h, "specialist", "cardiology", "specialist-late"));
    expect(ack.envelope_id).toMatch(/^env-/);
    expect(ack.payload ?? {}).toEqual({});
    await h.slack.idle();
    const delivered = h.fake.calls.filter((c) => c.path.endsWith("/specialist-late"));
    expect(delivered).toHaveLength(1);
    expect(JSON.stringify(delivered[0]!.body.blocks)).toMatch(/Cardiology/i);
  });
});
