// A local OpenAI-compatible chat-completions server (node:http on port 0) that records
// every request body, so tests drive the real SDK over real HTTP and read exactly what
// left the process.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One recorded request. */
export interface RecordedRequest {
  /** Path, e.g. "/v1/chat/completions". */
  path: string;
  /** Raw body as received. */
  raw: string;
  /** Parsed JSON body. */
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: { type: string } } & Record<string, unknown>;
}

/** What the server does with a request. */
export type FakeAnswer =
  /** Answer with this status and JSON body (and headers). */
  | { status: number; json: unknown; headers?: Record<string, string> }
  /** Never answer (the socket stays open until the server closes). */
  | "hang";

/** A running fake server. */
export interface FakeOpenAi {
  /** Base URL to give OPENAI_BASE_URL ("http://127.0.0.1:PORT/v1"). */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Answers to use for the next requests, in order; afterwards `fallback` answers. */
  queue: FakeAnswer[];
  /** Answer used when the queue is empty. */
  fallback: (request: RecordedRequest) => FakeAnswer;
  /** Everything every request sent, joined (for "no identifier left the process" checks). */
  allSent(): string;
  /** Stops the server and drops hanging connections. */
  close(): Promise<void>;
}

/** A chat-completions response whose message content is `content`. */
export function completion(content: string, usage = { prompt_tokens: 120, completion_tokens: 40 }): FakeAnswer {
  return {
    status: 200,
    json: {
      id: "chatcmpl-test",
      object: "chat.completion",
      created: 1_760_000_000,
      model: "fake-model",
      choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    },
  };
}

/** A summary JSON answer with the five sections. */
export function summaryCompletion(sections: Partial<Record<"question" | "key_findings" | "advice" | "plan_and_follow_ups" | "open_questions", string | string[]>>): FakeAnswer {
  return completion(JSON.stringify({ question: "", key_findings: [], advice: [], plan_and_follow_ups: [], open_questions: [], ...sections }));
}

/** Starts the server. */
export async function startFakeOpenAi(fallback: (request: RecordedRequest) => FakeAnswer = () => summaryCompletion({ question: "Fake question" })): Promise<FakeOpenAi> {
  const sockets = new Set<Socket>();
  const fake: FakeOpenAi = {
    url: "",
    requests: [],
    queue: [],
    fallback,
    allSent: () => fake.requests.map((r) => r.raw).join("\n"),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: RecordedRequest["body"] = {};
      try {
        body = JSON.parse(raw) as RecordedRequest["body"];
      } catch {
        // Recorded as raw only.
      }
      const request: RecordedRequest = { path: req.url ?? "", raw, body };
      fake.requests.push(request);
      const answer = fake.queue.shift() ?? fake.fallback(request);
      if (answer === "hang") return;
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(JSON.stringify(answer.json));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
