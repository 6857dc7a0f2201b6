// Curbside's one HTTP server. Adapters mount routes on it (Slack events, Discord
// interactions, Teams messages); the core adds /healthz.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { AppError } from "../errors.ts";

/** Handles one request; `next` is not offered: a matched route owns the response. */
export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

/** A route: exact path match, or prefix match when `prefix` is true. */
export interface Route {
  /** HTTP method, or "*" for any. */
  method: string;
  /** Path (no query string). */
  path: string;
  /** Match every path under `path`. */
  prefix?: boolean;
  /** The handler. */
  handler: RouteHandler;
}

/** Reads a request body, refusing bodies over `maxBytes` with PAYLOAD_TOO_LARGE. */
export async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "Request body is too large.");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "Request body is too large.");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Sends a JSON response. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(payload) });
  res.end(payload);
}

export interface HttpServer {
  /** Adds a route. */
  mount(route: Route): void;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting connections and closes idle ones. */
  close(): Promise<void>;
  /** The underlying node server (for receivers that need it). */
  readonly server: http.Server;
}

/** Creates the server with a route table. Unmatched paths get 404 JSON. */
export function createHttpServer(onError: (error: unknown) => void = () => {}): HttpServer {
  const routes: Route[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
    const route = routes.find(
      (r) => (r.method === "*" || r.method === req.method) && (r.prefix ? path === r.path || path.startsWith(r.path + "/") : path === r.path),
    );
    if (!route) {
      sendJson(res, 404, { ok: false, error: "not_found" });
      return;
    }
    Promise.resolve()
      .then(() => route.handler(req, res))
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE") {
          if (!res.headersSent) sendJson(res, 413, { ok: false, error: "payload_too_large" });
          return;
        }
        onError(error);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: "internal_error" });
      });
  });
  return {
    server,
    mount: (route) => routes.push(route),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
