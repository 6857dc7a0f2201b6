// A Bolt Receiver mounted on Curbside's own HTTP server (POST /slack/events): commands,
// interactivity and events arrive here. Before anything runs it refuses oversized
// bodies (413, via readBody), bad or missing signatures, stale timestamps and replays
// (401; replays across processes through the database when `sharedReplays` is given).
// A slash command refused as "busy" (work queue full, team installed) is answered here
// without running Bolt; other genuine requests go to Bolt's App.processEvent with an
// HTTP ack that answers the moment a listener calls ack() (so slow work never delays
// the response).
import type http from "node:http";
import { HTTPResponseAck, type App, type Receiver } from "@slack/bolt";
import type { Logger as BoltLogger } from "@slack/bolt";
import type { Clock } from "../../src/chat/ports.ts";
import { errorClass, type Logger } from "../../src/log.ts";
import { readBody, sendJson } from "../../src/http/server.ts";
import { ReplayGuard, verifySlackSignature } from "./verify.ts";

export interface ReceiverOptions {
  /** Slack signing secret. */
  signingSecret: string;
  /** Largest accepted body in bytes. */
  maxBodyBytes: number;
  /** Time source for the timestamp window. */
  clock: Clock;
  /** Curbside log (codes only). */
  log: Logger;
  /** Logger handed to Bolt's ack helper. */
  boltLogger: BoltLogger;
  /** Told about each request's processing, which can outlive the HTTP answer (tests wait on it). */
  track?: (work: Promise<void>) => void;
  /** An answer to send at once instead of running Bolt (a verified request refused as "busy"), or undefined. */
  answerBeforeBolt?: (body: Record<string, unknown>) => unknown;
  /** Replay protection shared with other processes (resolves false for a signature already used). */
  sharedReplays?: { firstSighting(signature: string, nowMs: number): Promise<boolean> };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Parses a Slack request body: JSON (events) or form-encoded (commands; interactivity as `payload`). */
export function parseSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const form = Object.fromEntries(new URLSearchParams(raw));
  if (typeof form.payload === "string") return JSON.parse(form.payload) as Record<string, unknown>;
  return form;
}

/** Receives Slack requests on a route of Curbside's HTTP server. */
export class CurbsideSlackReceiver implements Receiver {
  private bolt: App | undefined;
  private readonly replays = new ReplayGuard();

  constructor(private readonly options: ReceiverOptions) {}

  init(app: App): void {
    this.bolt = app;
  }

  /** Nothing to start: the route is served by Curbside's HTTP server. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  /** Nothing to stop. */
  stop(): Promise<void> {
    return Promise.resolve();
  }

  private reject(res: http.ServerResponse, status: number, reason: string): void {
    this.options.log.warn("slack.request_rejected", { reason });
    sendJson(res, status, { ok: false, error: reason });
  }

  /** The route handler for POST /slack/events. */
  readonly handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const raw = (await readBody(req, this.options.maxBodyBytes)).toString("utf8");
    const signature = header(req, "x-slack-signature");
    const nowMs = this.options.clock.now().getTime();
    const failure =
      verifySlackSignature({ signingSecret: this.options.signingSecret, body: raw, signature, timestamp: header(req, "x-slack-request-timestamp"), nowMs }) ??
      (this.replays.firstSighting(signature!, nowMs) ? undefined : "replayed");
    if (failure) return this.reject(res, 401, failure);
    // Accepting a request and recording its signature for every process are one step.
    if (this.options.sharedReplays) {
      let first: boolean;
      try {
        first = await this.options.sharedReplays.firstSighting(signature!, nowMs);
      } catch (error) {
        // Without the check a replay could slip through: refuse; Slack retries.
        this.options.log.error("slack.replay_check_failed", { error: errorClass(error) });
        return this.reject(res, 503, "replay_check_unavailable");
      }
      if (!first) return this.reject(res, 401, "replayed");
    }
    let body: Record<string, unknown>;
    try {
      body = parseSlackBody(raw, header(req, "content-type"));
    } catch {
      return this.reject(res, 400, "malformed_body");
    }
    if (body.ssl_check === "1") {
      res.writeHead(200).end();
      return;
    }
    if (body.type === "url_verification") {
      sendJson(res, 200, { challenge: body.challenge });
      return;
    }
    const early = this.options.answerBeforeBolt?.(body);
    if (early !== undefined) {
      sendJson(res, 200, early);
      return;
    }
    if (!this.bolt) throw new Error("Slack receiver used before Bolt initialised it");
    const ack = new HTTPResponseAck({ logger: this.options.boltLogger, processBeforeResponse: false, httpRequest: req, httpRequestBody: body, httpResponse: res });
    const retry = header(req, "x-slack-retry-num");
    try {
      const processing = this.bolt.processEvent({
        body,
        ack: ack.bind(),
        ...(retry ? { retryNum: Number(retry) } : {}),
        ...(header(req, "x-slack-retry-reason") ? { retryReason: header(req, "x-slack-retry-reason")! } : {}),
      });
      // Events are acked before their listeners run, so the answer can leave first.
      this.options.track?.(processing.catch(() => undefined));
      await processing;
    } catch (error) {
      this.options.log.error("slack.process_failed", { error: errorClass(error) });
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: "internal_error" });
    }
  };
}
