// A local stand-in for Slack's Socket Mode endpoint: a WebSocket server that greets each
// connection with "hello" (as Slack does), sends envelopes the test chooses and records
// what the app sends back (acks carry the envelope_id and an optional payload).
// The fake Web API's apps.connections.open hands its ws:// URL to the app.
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/** What the app sent back for one envelope. */
export interface SocketAck {
  /** The envelope acknowledged. */
  envelope_id: string;
  /** Response payload (a slash command's reply when answered in the ack). */
  payload?: Record<string, any>;
}

export interface FakeSocketMode {
  /** ws:// URL apps.connections.open returns. */
  url: string;
  /** Resolves when an app has connected and been greeted. */
  connected: Promise<void>;
  /** Sends an envelope of `type` ("slash_commands", "interactive", "events_api") and resolves with the app's ack. */
  send(type: string, payload: Record<string, unknown>): Promise<SocketAck>;
  /** Every message the app sent. */
  received: Record<string, any>[];
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts the fake Socket Mode server on a free port. */
export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const received: Record<string, any>[] = [];
  const waiting = new Map<string, (ack: SocketAck) => void>();
  let socket: WebSocket | undefined;
  let envelopes = 0;
  let greeted!: () => void;
  const connected = new Promise<void>((resolve) => (greeted = resolve));
  server.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => {
      const message = JSON.parse(data.toString()) as SocketAck;
      received.push(message);
      waiting.get(message.envelope_id)?.(message);
      waiting.delete(message.envelope_id);
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0CURBSIDE" }, debug_info: { host: "fake" } }));
    greeted();
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected,
    received,
    send: async (type, payload) => {
      await connected;
      const envelopeId = `env-${++envelopes}`;
      const acked = new Promise<SocketAck>((resolve) => waiting.set(envelopeId, resolve));
      socket!.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== "events_api" }));
      return acked;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
