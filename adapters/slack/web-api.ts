// A small Slack Web API client: JSON POSTs to `${apiUrl}${method}` with a bot token.
// On 429 it waits Retry-After seconds (through an injectable sleep, so tests never
// wait for real) and retries; Slack's `ok: false` answers become SlackApiError.
import { createPostJson, type PostJson } from "./http-post.ts";

/** A Slack Web API error: `error` is Slack's code ("channel_not_found"); never message text. */
export class SlackApiError extends Error {
  /** The same code under the name `failureCode()` reads, so logs can carry it. */
  readonly code: string;

  constructor(
    /** Web API method. */
    readonly method: string,
    /** Slack's error code, or "http_<status>". */
    readonly error: string,
  ) {
    super(`Slack ${method} failed: ${error}`);
    this.name = "SlackApiError";
    this.code = error;
  }
}

/** How to reach Slack. */
export interface WebApiOptions {
  /** Base URL ending in "/" (https://slack.com/api/ or SLACK_API_URL). */
  apiUrl: string;
  /** Waits `ms` milliseconds (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** How many 429 answers to wait out before giving up. */
  maxRateLimitRetries?: number;
  /** How to POST (default: node:http(s) with kept-alive connections). */
  post?: PostJson;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Normalises a base URL so method names can be appended. */
export function apiBase(url: string | undefined): string {
  const base = url ?? "https://slack.com/api/";
  return base.endsWith("/") ? base : base + "/";
}

/** Calls Slack Web API methods. */
export class SlackWebApi {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly post: PostJson;

  constructor(private readonly options: WebApiOptions) {
    this.sleep = options.sleep ?? realSleep;
    this.post = options.post ?? createPostJson();
  }

  /** Calls `method` with `args`; returns Slack's JSON answer when ok. */
  async call<T = Record<string, unknown>>(method: string, token: string | undefined, args: Record<string, unknown>): Promise<T & { ok: true }> {
    const retries = this.options.maxRateLimitRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const response = await this.post(apiBase(this.options.apiUrl) + method, JSON.stringify(args), token ? { authorization: `Bearer ${token}` } : {});
      if (response.status === 429 && attempt < retries) {
        const seconds = Number(response.retryAfter ?? "1");
        await this.sleep(Math.max(0, Number.isFinite(seconds) ? seconds : 1) * 1000);
        continue;
      }
      if (response.status < 200 || response.status > 299) throw new SlackApiError(method, `http_${response.status}`);
      const body = JSON.parse(response.text) as { ok?: boolean; error?: string };
      if (!body.ok) throw new SlackApiError(method, typeof body.error === "string" ? body.error.slice(0, 64) : "unknown_error");
      return body as T & { ok: true };
    }
  }

  /** POSTs a message to a response_url (no token; Slack accepts up to five per URL). */
  async respond(responseUrl: string, message: Record<string, unknown>): Promise<void> {
    const response = await this.post(responseUrl, JSON.stringify(message));
    if (response.status < 200 || response.status > 299) throw new SlackApiError("response_url", `http_${response.status}`);
  }
}
