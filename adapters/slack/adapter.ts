// Assembles the Slack adapter from configuration: install mode, Web API client,
// gateway, Bolt app on Curbside's HTTP server (or Socket Mode) and the OAuth routes.
import type { AppServices } from "../../src/chat/command.ts";
import type { Dispatcher } from "../../src/chat/dispatch.ts";
import type { HttpServer } from "../../src/http/server.ts";
import { errorClass } from "../../src/log.ts";
import { busyAnswerBeforeBolt, createSlackBoltApp } from "./bolt-app.ts";
import { boltLogger } from "./bolt-logger.ts";
import { SlackDelivery } from "./delivery.ts";
import { SlackGateway } from "./gateway.ts";
import { SlackInstallations, type InstallMode } from "./installations.ts";
import { oauthRoutes } from "./oauth.ts";
import { CurbsideSlackReceiver } from "./receiver.ts";
import { SharedReplayGuard } from "./seen-requests.ts";
import { createTokenCipher } from "./token-cipher.ts";
import { apiBase, SlackWebApi } from "./web-api.ts";
import { WorkQueue } from "./work-queue.ts";

/** The running Slack adapter. */
export interface SlackAdapter {
  /** Routes it serves, for the start-up banner. */
  endpoints: string[];
  /** The outbound gateway (registered as gateways.slack). */
  gateway: SlackGateway;
  /** Installed teams. */
  installations: SlackInstallations;
  /** "oauth" (multi-workspace) or "single". */
  mode: InstallMode["kind"];
  /** Resolves when every background delivery started so far has finished (tests). */
  idle(): Promise<void>;
  /** Stops Socket Mode, if running. */
  stop(): Promise<void>;
}

export interface SlackAdapterOptions {
  /** Waits between retries and paced posts (tests inject a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** Minimum spacing of posts per channel (default 1000 ms). */
  minPostIntervalMs?: number;
  /** Command/button/form jobs run at once (default 1: right for PGlite, which runs queries on the main thread). */
  workConcurrency?: number;
  /** Jobs that may wait before requests are answered "busy" (default 100). */
  maxWaitingWork?: number;
  /** How long jobs run back to back before acks get a turn (ms, default WORK_SLICE_MS). */
  workSliceMs?: number;
  /** Record accepted signatures in the database so other processes refuse replays (default true; see sharedReplaysByDefault). */
  sharedReplays?: boolean;
}

/** Replay protection across processes is worth a write per request only where several processes can share the database (PostgreSQL); PGlite is one process, and the in-memory guard covers it. */
export function sharedReplaysByDefault(engine: "pglite" | "postgres"): boolean {
  return engine === "postgres";
}

/** Default time slice for back-to-back jobs (see work-queue.ts). */
export const WORK_SLICE_MS = 5;

/** Work slots per database engine: PGlite runs one query at a time on the main thread; PostgreSQL works in parallel (keep a few pool connections for acks and the outbox). */
export function defaultWorkConcurrency(engine: "pglite" | "postgres"): number {
  return engine === "pglite" ? 1 : 8;
}

/** Whether the configuration enables Slack. */
export function slackEnabled(config: AppServices["config"]): boolean {
  return Boolean(config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN);
}

/** Chooses the install mode; throws a clear error on an incomplete OAuth setup. */
export function installMode(config: AppServices["config"]): InstallMode {
  const oauth = [config.SLACK_CLIENT_ID, config.SLACK_CLIENT_SECRET, config.SLACK_STATE_SECRET];
  if (oauth.some(Boolean)) {
    if (!oauth.every(Boolean)) throw new Error("Slack OAuth needs all of SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET");
    if (!config.CURBSIDE_ENCRYPTION_KEY) throw new Error("Slack OAuth stores bot tokens encrypted: set CURBSIDE_ENCRYPTION_KEY (32+ characters)");
    return { kind: "multi", cipher: createTokenCipher(config.CURBSIDE_ENCRYPTION_KEY) };
  }
  return { kind: "single", ...(config.SLACK_BOT_TOKEN ? { botToken: config.SLACK_BOT_TOKEN } : {}), ...(config.SLACK_TEAM_ID ? { teamId: config.SLACK_TEAM_ID } : {}) };
}

/** Mounts Slack on `http` and returns the adapter. */
export async function mountSlack(services: AppServices, dispatcher: Dispatcher, http: HttpServer, options: SlackAdapterOptions = {}): Promise<SlackAdapter> {
  const { config, log, clock, db } = services;
  const mode = installMode(config);
  const apiUrl = apiBase(config.SLACK_API_URL);
  const api = new SlackWebApi({ apiUrl, ...(options.sleep ? { sleep: options.sleep } : {}) });
  const installations = new SlackInstallations(db, mode, clock, config.DEFAULT_TIMEZONE);
  const gateway = new SlackGateway(api, installations, clock, { ...(options.sleep ? { sleep: options.sleep } : {}), ...(options.minPostIntervalMs !== undefined ? { minIntervalMs: options.minPostIntervalMs } : {}) });
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const deps = {
    db,
    dispatcher,
    installations,
    api,
    delivery: new SlackDelivery(api, log),
    log,
    apiUrl,
    ackBudgetMs: config.SLACK_ACK_BUDGET_MS,
    work: new WorkQueue({ concurrency: options.workConcurrency ?? 1, maxWaiting: options.maxWaitingWork ?? 100, sliceMs: options.workSliceMs ?? WORK_SLICE_MS }),
    adminRoleFromSlack: config.SLACK_ADMIN_ROLE_FROM_SLACK,
    track,
  };
  const sharedReplays = options.sharedReplays === false ? undefined : new SharedReplayGuard(db, (error) => log.warn("slack.replay_sweep_failed", { error: errorClass(error) }));
  const endpoints: string[] = [];
  let stop = async () => {};
  if (config.SLACK_APP_TOKEN) {
    const app = createSlackBoltApp(deps, { kind: "socket", appToken: config.SLACK_APP_TOKEN });
    await app.start();
    stop = async () => void (await app.stop());
    endpoints.push("Socket Mode (SLACK_APP_TOKEN)");
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new Error("Slack over HTTP needs SLACK_SIGNING_SECRET");
    const receiver = new CurbsideSlackReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      maxBodyBytes: config.MAX_BODY_BYTES,
      clock,
      log,
      boltLogger: boltLogger(log),
      track,
      answerBeforeBolt: (body) => busyAnswerBeforeBolt(deps, body),
      ...(sharedReplays ? { sharedReplays } : {}),
    });
    createSlackBoltApp(deps, { kind: "http", receiver });
    http.mount({ method: "POST", path: "/slack/events", handler: receiver.handle });
    endpoints.push("POST /slack/events");
  }
  if (mode.kind === "multi") {
    for (const route of oauthRoutes({ clientId: config.SLACK_CLIENT_ID!, clientSecret: config.SLACK_CLIENT_SECRET!, stateSecret: config.SLACK_STATE_SECRET!, apiUrl, installations, log })) {
      http.mount(route);
      endpoints.push(`${route.method} ${route.path}`);
    }
  }
  return {
    endpoints,
    gateway,
    installations,
    mode: mode.kind,
    idle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await sharedReplays?.settled();
    },
    stop,
  };
}
