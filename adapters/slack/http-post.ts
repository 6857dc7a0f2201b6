// JSON POSTs to Slack (Web API methods and response_url) over node:http(s) with
// keep-alive agents. Replies after the ack go out one POST per command under load, and
// the global fetch (undici, WHATWG streams) cost about five times the CPU of a plain
// http.request for the same small POST on a kept-alive connection.
import http from "node:http";
import https from "node:https";

/** What came back. */
export interface PostAnswer {
  /** HTTP status. */
  status: number;
  /** The Retry-After header, when any. */
  retryAfter: string | undefined;
  /** The body as text. */
  text: string;
}

export type PostJson = (url: string, body: string, headers?: Record<string, string>) => Promise<PostAnswer>;

/** Longest wait for an answer before the request fails (Slack answers in well under a second). */
export const POST_TIMEOUT_MS = 30_000;

/** Creates a poster with its own kept-alive connections. */
export function createPostJson(timeoutMs = POST_TIMEOUT_MS): PostJson {
  const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };
  return (url, body, headers = {}) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const agent = target.protocol === "https:" ? agents["https:"] : target.protocol === "http:" ? agents["http:"] : undefined;
      if (!agent) return reject(new Error("Slack URLs must be http or https"));
      const request = (target.protocol === "https:" ? https : http).request(
        target,
        { method: "POST", agent, headers: { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), ...headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => {
            const retryAfter = response.headers["retry-after"];
            resolve({ status: response.statusCode ?? 0, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, text: Buffer.concat(chunks).toString("utf8") });
          });
        },
      );
      request.setTimeout(timeoutMs, () => request.destroy(new Error("Slack did not answer in time")));
      request.on("error", reject);
      request.end(body);
    });
}
