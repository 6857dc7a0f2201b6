// `curbside serve` wiring: mountAdapters enables Slack when SLACK_SIGNING_SECRET is set
// and registers the Slack gateway for the outbox; the verifier stands alone.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { mountAdapters } from "../cli/adapters.ts";
import { createHttpServer, type HttpServer } from "../src/http/server.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

describeEachEngine("Slack mounted by mountAdapters", (db) => {
  let app: TestApp;
  let http: HttpServer;
  let base: string;
  beforeAll(async () => {
    app = await createTestApp(db(), { env: { SLACK_SIGNING_SECRET: "mount-test-secret", SLACK_BOT_TOKEN: "xoxb-mount", SLACK_API_URL: "http://127.0.0.1:9/api/" } });
    http = createHttpServer();
    const mounted = await mountAdapters(app, http);
    expect(mounted.map((m) => m.endpoints).flat()).toContain("POST /slack/events");
    base = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
  });
  afterAll(async () => {
    await http?.close();
    await app?.close();
  });

  it("registers the Slack ChatGateway for the outbox dispatcher", () => {
    expect(app.services.gateways.slack?.platform).toBe("slack");
  });

  it("serves POST /slack/events and refuses an unsigned request with 401", async () => {
    const res = await fetch(`${base}/slack/events`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "command=%2Fhelp&team_id=T1&user_id=U1" });
    expect(res.status).toBe(401);
  });
});

it("the Slack signature verifier imports nothing of the core", () => {
  const source = readFileSync(path.resolve(import.meta.dirname, "../adapters/slack/verify.ts"), "utf8");
  expect(source.match(/^import .*$/gm)).toEqual(['import { createHmac, timingSafeEqual } from "node:crypto";']);
});
