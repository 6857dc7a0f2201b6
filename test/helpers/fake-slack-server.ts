// Starts Curbside's real HTTP server with the Slack adapter mounted, against a fake
// Slack Web API, on a test database. Tests then talk to it only over HTTP.
import { defaultWorkConcurrency, mountSlack, sharedReplaysByDefault, type SlackAdapter, type SlackAdapterOptions } from "../../adapters/slack/adapter.ts";
import type { Command } from "../../src/chat/command.ts";
import { createDispatcher } from "../../src/chat/dispatch.ts";
import { FakeClock } from "../../src/chat/ports.ts";
import { createRegistry } from "../../src/chat/registry.ts";
import { seedDemoDirectory } from "../../src/directory/demo-seed.ts";
import { createHttpServer, type HttpServer } from "../../src/http/server.ts";
import { createTestApp, type TestApp } from "./app.ts";
import type { TestDatabase } from "./db.ts";
import { startFakeSocketMode, type FakeSocketMode } from "./fake-slack-socket.ts";
import { SlackRequester, startFakeSlack, type FakeSlack } from "./fake-slack.ts";

export const SIGNING_SECRET = "test-signing-secret-0123456789abcdef";

export interface SlackHarness {
  app: TestApp;
  slack: SlackAdapter;
  fake: FakeSlack;
  http: HttpServer;
  baseUrl: string;
  requester: SlackRequester;
  /** Every sleep the adapter asked for (ms); sleeping advances the fake clock instead. */
  sleeps: number[];
  /** The fake Socket Mode server (when started with `socketMode`). */
  socket?: FakeSocketMode;
  close(): Promise<void>;
}

/** Curbside + Slack adapter on a random port. `extraCommands` join the real registry; `options` tune the adapter (work queue). */
export async function startSlackHarness(
  database: TestDatabase,
  env: Record<string, string>,
  extraCommands: Command[] = [],
  options: Pick<SlackAdapterOptions, "workConcurrency" | "maxWaitingWork" | "sharedReplays"> & { socketMode?: boolean } = {},
): Promise<SlackHarness> {
  const { socketMode, ...adapterOptions } = options;
  const fake = await startFakeSlack();
  const socket = socketMode ? await startFakeSocketMode() : undefined;
  if (socket) {
    fake.socketModeUrl = socket.url;
    env = { SLACK_APP_TOKEN: "xapp-1-test-app-token", ...env };
  }
  const clock = new FakeClock(new Date("2026-01-05T14:00:00Z"));
  // Tests read most replies from the ack body: a generous budget keeps a slow, loaded
  // machine from moving them to response_url (production's default is a few ms).
  const app = await createTestApp(database, { env: { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_ACK_BUDGET_MS: "2500", ...env }, clock });
  await seedDemoDirectory(app.services.db);
  const dispatcher = extraCommands.length > 0 ? createDispatcher(app.services, createRegistry([...app.registry.all, ...extraCommands])) : app.dispatcher;
  const http = createHttpServer();
  const sleeps: number[] = [];
  const slack = await mountSlack(app.services, dispatcher, http, {
    workConcurrency: defaultWorkConcurrency(database.engine),
    sharedReplays: sharedReplaysByDefault(database.engine),
    ...adapterOptions,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
    },
  });
  app.services.gateways.slack = slack.gateway;
  const port = await http.listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    slack,
    fake,
    http,
    baseUrl,
    requester: new SlackRequester(baseUrl, SIGNING_SECRET, () => Math.floor(clock.now().getTime() / 1000)),
    sleeps,
    ...(socket ? { socket } : {}),
    close: async () => {
      await slack.idle();
      await slack.stop();
      await socket?.close();
      await http.close();
      await fake.close();
      await app.close();
    },
  };
}
