// Mounts every configured chat adapter on the HTTP server. Each adapter decides from
// the configuration whether it is enabled; the console is always available.
import { defaultWorkConcurrency, mountSlack, sharedReplaysByDefault, slackEnabled, type SlackAdapterOptions } from "../adapters/slack/adapter.ts";
import type { HttpServer } from "../src/http/server.ts";
import type { Curbside } from "./compose.ts";

/** A running adapter that must be stopped on shutdown. */
export interface MountedAdapter {
  /** Platform name, for the start-up banner. */
  name: string;
  /** What it listens on, for the banner. */
  endpoints: string[];
  /** Stops background work (sockets, timers). */
  stop(): Promise<void>;
}

/** Per-adapter tuning (the benchmark varies it; `serve` uses the defaults). */
export interface AdapterOverrides {
  /** Slack work-queue settings. */
  slack?: Pick<SlackAdapterOptions, "workConcurrency" | "maxWaitingWork" | "workSliceMs" | "sharedReplays">;
}

/** Mounts the adapters the configuration enables; returns them for the banner and shutdown. */
export async function mountAdapters(app: Curbside, http: HttpServer, overrides: AdapterOverrides = {}): Promise<MountedAdapter[]> {
  const mounted: MountedAdapter[] = [];
  if (slackEnabled(app.services.config)) {
    const slack = await mountSlack(app.services, app.dispatcher, http, {
      workConcurrency: defaultWorkConcurrency(app.database.engine),
      sharedReplays: sharedReplaysByDefault(app.database.engine),
      ...overrides.slack,
    });
    // The outbox dispatcher delivers through services.gateways[platform].
    app.services.gateways.slack = slack.gateway;
    mounted.push({ name: `slack (${slack.mode === "multi" ? "OAuth, multi-workspace" : "single workspace"})`, endpoints: slack.endpoints, stop: slack.stop });
  }
  return mounted;
}
