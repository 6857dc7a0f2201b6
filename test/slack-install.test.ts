// Multi-workspace install over OAuth against the fake oauth.v2.access, token encryption
// at rest, uninstall events, and the outbound gateway (post, DM, update, 429, pacing,
// fetchThread).
import { afterAll, beforeAll, expect, it } from "vitest";
import { linkSlackWorkspace } from "../adapters/slack/installations.ts";
import { slackDb } from "../adapters/slack/tables.ts";
import { inChannel } from "../src/chat/reply.ts";
import { describeEachEngine } from "./helpers/db.ts";
import { startSlackHarness, type SlackHarness } from "./helpers/fake-slack-server.ts";

const OAUTH_ENV = {
  SLACK_CLIENT_ID: "1234.5678",
  SLACK_CLIENT_SECRET: "client-secret-for-tests",
  SLACK_STATE_SECRET: "state-secret-for-tests-0123456789",
  CURBSIDE_ENCRYPTION_KEY: "encryption-key-for-tests-0123456789abcdef",
};

describeEachEngine("Slack OAuth install, uninstall and gateway", (db) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(db(), OAUTH_ENV);
  });
  afterAll(async () => h?.close());

  it("refuses commands from a team before it installs", async () => {
    const res = await h.requester.command("help", "", { team: h.fake.oauthTeam.id, user: "U0GP" });
    expect(res.status).toBe(200);
    expect(res.json.text).toMatch(/not installed/);
  });

  it("rejects a callback whose state does not match the browser's cookie", async () => {
    const res = await fetch(`${h.baseUrl}/slack/oauth_redirect?code=good-code&state=forged`, { headers: { cookie: "slack-app-oauth-state=other" } });
    expect(res.status).toBe(400);
    expect(h.fake.callsTo("oauth.v2.access")).toHaveLength(0);
    expect(await slackDb(h.app.services.db).selectFrom("slack_installations").selectAll().execute()).toHaveLength(0);
  });

  it("installs a workspace: /slack/install -> oauth_redirect -> oauth.v2.access -> encrypted installation + organization", async () => {
    const page = await fetch(`${h.baseUrl}/slack/install`, { redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    const cookie = page.headers.get("set-cookie") ?? "";
    const state = /slack-app-oauth-state=([^;]+)/.exec(cookie)?.[1];
    expect(state).toBeDefined();
    expect(html).toContain("client_id=1234.5678");
    expect(html).toContain("chat%3Awrite");

    const callback = await fetch(`${h.baseUrl}/slack/oauth_redirect?code=good-code&state=${state}`, { headers: { cookie: `slack-app-oauth-state=${state}` } });
    expect(callback.status).toBe(200);
    expect(await callback.text()).toContain("Curbside is installed");
    const exchange = h.fake.callsTo("oauth.v2.access");
    expect(exchange).toHaveLength(1);
    expect(exchange[0]!.body.code).toBe("good-code");

    const rows = await slackDb(h.app.services.db).selectFrom("slack_installations").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.team_id).toBe(h.fake.oauthTeam.id);
    expect(rows[0]!.bot_token_enc).not.toContain("xoxb");
    expect(rows[0]!.bot_token_enc).toMatch(/^v1:/);
    const workspace = await h.app.services.db.selectFrom("workspaces").selectAll().where("id", "=", rows[0]!.workspace_id).executeTakeFirstOrThrow();
    expect(workspace.platform).toBe("slack");
    expect(workspace.name).toBe("Riverside Clinic");

    // The installed team now runs commands, with the decrypted token used for Web API calls.
    const res = await h.requester.command("help", "", { team: h.fake.oauthTeam.id, user: "U0GP" });
    expect(res.status).toBe(200);
    expect(res.json.blocks[0].text.text).toBe("Curbside commands");
    expect(h.fake.callsTo("users.info").at(-1)?.token).toBe("xoxb-installed-secret-token");
  });

  it("posts to a channel with chat.postMessage, waiting out 429 Retry-After and pacing one message per second per channel", async () => {
    const gateway = h.app.services.gateways.slack!;
    const team = h.fake.oauthTeam.id;
    h.fake.rateLimitNext("chat.postMessage", 3);
    const sleepsBefore = h.sleeps.length;
    const first = await gateway.post({ platform: "slack", workspace: team, to: { channel: "C0CARDIO" } }, inChannel("New **cardiology** case #7", [{ type: "section", text: "New **cardiology** case #7" }]));
    expect(first).toMatchObject({ platform: "slack", workspace: team, channel: "C0CARDIO" });
    expect(h.fake.callsTo("chat.postMessage (429)")).toHaveLength(1);
    const posted = h.fake.callsTo("chat.postMessage");
    expect(posted.at(-1)!.body).toMatchObject({ channel: "C0CARDIO", text: "New **cardiology** case #7" });
    expect(posted.at(-1)!.body.blocks[0].text.text).toBe("New *cardiology* case #7");
    expect(h.sleeps.slice(sleepsBefore)).toContain(3000);

    const paceStart = h.sleeps.length;
    const a = await gateway.post({ platform: "slack", workspace: team, to: { channel: "C0PACE" } }, inChannel("one"));
    expect(h.sleeps.length).toBe(paceStart);
    const b = await gateway.post({ platform: "slack", workspace: team, to: { channel: "C0PACE" } }, inChannel("two"));
    expect(b.messageId).not.toBe(a.messageId);
    expect(h.sleeps.slice(paceStart)).toEqual([1000]);
    await gateway.post({ platform: "slack", workspace: team, to: { channel: "C0OTHER" } }, inChannel("elsewhere"));
    expect(h.sleeps.slice(paceStart)).toEqual([1000]);

    await gateway.update(first, inChannel("Claimed by Dr. Invented"));
    expect(h.fake.callsTo("chat.update").at(-1)!.body).toMatchObject({ channel: "C0CARDIO", ts: first.messageId, text: "Claimed by Dr. Invented" });
  });

  it("DMs a user through conversations.open and fetches a thread oldest first", async () => {
    const gateway = h.app.services.gateways.slack!;
    const team = h.fake.oauthTeam.id;
    const dm = await gateway.post({ platform: "slack", workspace: team, to: { user: "U0SPECIALIST" } }, inChannel("You have a case"));
    expect(h.fake.callsTo("conversations.open").at(-1)!.body.users).toBe("U0SPECIALIST");
    expect(dm.channel).toBe("D0SPECIALIST");
    h.fake.history.push({ user: "U1", ts: "1700000001.000100", text: "first" }, { user: "U2", ts: "1700000002.000100", text: "second" });
    const thread = await gateway.fetchThread(team, { id: "C0CARDIO", kind: "channel", threadId: "1700000001.000100" }, 10);
    expect(thread.map((m) => m.text)).toEqual(["first", "second"]);
    expect(thread[0]!.at.toISOString()).toBe(new Date(1700000001000).toISOString());
    const channel = await gateway.fetchThread(team, { id: "C0CARDIO", kind: "channel" }, 1);
    expect(channel.map((m) => m.text)).toEqual(["second"]);
  });

  it("links a second installed workspace into the first one's organization", async () => {
    const first = (await h.slack.installations.access(h.fake.oauthTeam.id))!;
    const second = await h.slack.installations.save({ teamId: "T0SECOND", teamName: "Second Campus", botToken: "xoxb-second" });
    expect(second.organizationId).not.toBe(first.organizationId);
    await h.requester.command("help", "", { team: "T0SECOND", user: "U0NURSE" });
    const { organizationId } = await linkSlackWorkspace(h.app.services.db, "T0SECOND", h.fake.oauthTeam.id);
    expect(organizationId).toBe(first.organizationId);
    const nurse = await h.app.services.db.selectFrom("users").select("organization_id").where("external_id", "=", "U0NURSE").executeTakeFirstOrThrow();
    expect(nurse.organization_id).toBe(first.organizationId);
  });

  it("forgets the token on app_uninstalled: the next command says not installed", async () => {
    const team = h.fake.oauthTeam.id;
    const res = await h.requester.event(team, { type: "app_uninstalled" });
    expect(res.status).toBe(200);
    await h.slack.idle(); // Slack events are acked before their listener runs
    const left = await slackDb(h.app.services.db).selectFrom("slack_installations").select("team_id").execute();
    expect(left.map((r) => r.team_id)).toEqual(["T0SECOND"]);
    const after = await h.requester.command("help", "", { team, user: "U0GP" });
    expect(after.json.text).toMatch(/not installed/);
    await expect(h.app.services.gateways.slack!.post({ platform: "slack", workspace: team, to: { channel: "C0CARDIO" } }, inChannel("x"))).rejects.toThrow(/not installed/);
  });

  it("keeps the installation when tokens_revoked names only user tokens, removes it when the bot token is revoked", async () => {
    const installed = async () => (await slackDb(h.app.services.db).selectFrom("slack_installations").select("team_id").execute()).map((r) => r.team_id);
    const userOnly = await h.requester.event("T0SECOND", { type: "tokens_revoked", tokens: { oauth: ["U0SOMEONE"] } });
    expect(userOnly.status).toBe(200);
    await h.slack.idle();
    expect(await installed()).toEqual(["T0SECOND"]);
    const bot = await h.requester.event("T0SECOND", { type: "tokens_revoked", tokens: { bot: ["UBOT"] } });
    expect(bot.status).toBe(200);
    await h.slack.idle();
    expect(await installed()).toEqual([]);
    const audit = await h.app.services.db.selectFrom("audit_log").select("action").where("action", "=", "slack.uninstalled").execute();
    expect(audit).toHaveLength(2);
    const after = await h.requester.command("help", "", { team: "T0SECOND", user: "U0NURSE" });
    expect(after.json.text).toMatch(/not installed/);
  });
});
