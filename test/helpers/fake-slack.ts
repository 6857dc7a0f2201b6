// A local stand-in for Slack: its Web API (pointed at with SLACK_API_URL), response_url
// endpoints, and a client that sends signed requests the way Slack does. Every call it
// receives is recorded, so tests read what reached "Slack".
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake received. */
export interface RecordedCall {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  /** Path requested. */
  path: string;
  /** Parsed body (JSON or form-encoded). */
  body: Record<string, any>;
  /** Bearer token, when one was sent. */
  token?: string;
}

export interface FakeSlack {
  /** Base URL of the Web API, with the trailing slash Bolt needs. */
  apiUrl: string;
  /** A fresh response_url on the fake. */
  responseUrl(id?: string): string;
  /** Every call so far. */
  calls: RecordedCall[];
  /** Calls to one method. */
  callsTo(method: string): RecordedCall[];
  /** Slack users who are workspace admins (users.info answers is_admin). */
  admins: Set<string>;
  /** Messages conversations.replies / history return. */
  history: { user: string; ts: string; text: string }[];
  /** Answers the next call to `method` with 429 and this Retry-After (seconds). */
  rateLimitNext(method: string, retryAfterSeconds: number): void;
  /** Team oauth.v2.access installs into. */
  oauthTeam: { id: string; name: string };
  /** ws:// URL apps.connections.open returns (set when a fake Socket Mode server runs). */
  socketModeUrl?: string;
  /** Stops the server. */
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (!raw) return {};
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, any>;
  const form: Record<string, any> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ["blocks", "view"]) if (typeof form[key] === "string") form[key] = JSON.parse(form[key]);
  return form;
}

/** Starts the fake on a free port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const rateLimits = new Map<string, number>();
  let ts = 1_700_000_000;
  const fake = {
    calls,
    admins: new Set<string>(),
    history: [] as FakeSlack["history"],
    oauthTeam: { id: "T0INSTALL", name: "Riverside Clinic" },
    socketModeUrl: undefined as string | undefined,
  };
  const answer = (method: string, body: Record<string, any>): Record<string, unknown> => {
    switch (method) {
      case "chat.postMessage":
        return { ok: true, channel: body.channel, ts: `${ts++}.000100`, message: { text: body.text } };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${ts++}.000200` };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(body.users).replace(/^U/, "")}` } };
      case "conversations.replies":
      case "conversations.history":
        return { ok: true, messages: method === "conversations.history" ? [...fake.history].reverse() : fake.history, has_more: false };
      case "users.info":
        return { ok: true, user: { id: body.user, is_admin: fake.admins.has(String(body.user)), is_owner: false } };
      case "views.open":
        return { ok: true, view: { id: `V${ts++}` } };
      case "apps.connections.open":
        return fake.socketModeUrl ? { ok: true, url: fake.socketModeUrl } : { ok: false, error: "invalid_auth" };
      case "auth.test":
        return { ok: true, team_id: fake.oauthTeam.id, team: fake.oauthTeam.name, user_id: "UBOT", bot_id: "BBOT", url: "https://example.slack.com/" };
      case "oauth.v2.access":
        if (body.code !== "good-code") return { ok: false, error: "invalid_code" };
        return {
          ok: true,
          access_token: "xoxb-installed-secret-token",
          token_type: "bot",
          scope: "commands,chat:write",
          bot_user_id: "UBOT",
          app_id: "A0CURBSIDE",
          team: fake.oauthTeam,
          enterprise: null,
          is_enterprise_install: false,
          authed_user: { id: "UINSTALLER" },
        };
      default:
        return { ok: false, error: "unknown_method" };
    }
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0]!;
      const body = parseBody(Buffer.concat(chunks).toString("utf8"), req.headers["content-type"]);
      const auth = req.headers.authorization;
      const token = auth?.startsWith("Bearer ") ? auth.slice(7) : (body.token as string | undefined);
      const method = path.startsWith("/api/") ? path.slice(5) : "response_url";
      const limited = rateLimits.get(method);
      if (limited !== undefined) {
        rateLimits.delete(method);
        calls.push({ method: `${method} (429)`, path, body, ...(token ? { token } : {}) });
        res.writeHead(429, { "retry-after": String(limited), "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      calls.push({ method, path, body, ...(token ? { token } : {}) });
      const reply = method === "response_url" ? { ok: true } : answer(method, body);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responseIds = 0;
  return Object.assign(fake, {
    apiUrl: `${base}/api/`,
    responseUrl: (id?: string) => `${base}/response/${id ?? `r${++responseIds}`}`,
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    rateLimitNext: (method: string, seconds: number) => void rateLimits.set(method, seconds),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

/** Signs and sends requests to a Curbside server the way Slack does. */
export class SlackRequester {
  private triggers = 0;

  constructor(
    /** Base URL of the Curbside server. */
    readonly baseUrl: string,
    /** Signing secret. */
    readonly signingSecret: string,
    /** Seconds since the epoch to stamp requests with. */
    readonly now: () => number,
  ) {}

  /** The v0 signature for a body at a timestamp. */
  sign(timestamp: number, body: string, secret = this.signingSecret): string {
    return "v0=" + createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  }

  /** POSTs a raw body with chosen headers to /slack/events. */
  async send(body: string, contentType: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; json: any }> {
    const timestamp = this.now();
    const response = await fetch(`${this.baseUrl}/slack/events`, {
      method: "POST",
      headers: { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": this.sign(timestamp, body), ...headers },
      body,
    });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  }

  /** Form-encodes a slash command body. */
  commandBody(command: string, text: string, who: { team: string; user: string; channel?: string; responseUrl?: string; triggerId?: string }): string {
    return new URLSearchParams({
      token: "deprecated-verification-token",
      team_id: who.team,
      team_domain: "clinic",
      channel_id: who.channel ?? "C0TRIAGE",
      channel_name: "triage",
      user_id: who.user,
      user_name: who.user.toLowerCase(),
      command: `/${command}`,
      text,
      api_app_id: "A0CURBSIDE",
      response_url: who.responseUrl ?? "",
      // Slack's trigger ids are unique per request, so no two genuine requests share a signature.
      trigger_id: who.triggerId ?? `1337.${++this.triggers}.trigger`,
    }).toString();
  }

  /** Sends a signed slash command. */
  command(command: string, text: string, who: Parameters<SlackRequester["commandBody"]>[2]) {
    return this.send(this.commandBody(command, text, who), "application/x-www-form-urlencoded");
  }

  /** Sends a signed interactivity payload (block_actions, view_submission). */
  interaction(payload: Record<string, unknown>) {
    return this.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded");
  }

  /** Sends a signed Events API callback. */
  event(teamId: string, event: Record<string, unknown>) {
    return this.send(JSON.stringify({ type: "event_callback", team_id: teamId, api_app_id: "A0CURBSIDE", event, event_id: `Ev${Math.random().toString(36).slice(2)}`, event_time: this.now() }), "application/json");
  }
}
