// npm run bench -- summarize [--sizes 50,200,500] [--chunk-tokens 6000]
//
// Threads built from the labelled PHI corpus (test/fixtures/phi/corpus.jsonl), summarised
// through the same pipeline as /summarize (one-pass redaction, Llm port, output scrub):
// 1. extractive (no model): wall time per summary;
// 2. the OpenAI adapter against a local OpenAI-compatible server answering at once:
//    model calls (map + merge), prompt bytes sent, wall time of Curbside's own work, and
//    labelled identifiers that reached the server (the redactor's misses, if any).
import { parseArgs } from "node:util";
import { memoryLogger } from "../src/log.ts";
import { createOpenAiLlm } from "../src/summarize/openai-llm.ts";
import { summarizeDiscussion } from "../src/summarize/summarize.ts";
import { decodeDataTurn, systemPrompt } from "../src/summarize/prompt.ts";
import type { Discussion } from "../src/summarize/discussion.ts";
import { loadCorpus } from "../test/fixtures/phi/score.ts";
import { startFakeOpenAi, summaryCompletion } from "../test/helpers/fake-openai.ts";
import { leakedIdentifiers } from "../test/helpers/summarize-fixtures.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export default async function bench(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { sizes: { type: "string", default: "50,200,500" }, "chunk-tokens": { type: "string", default: "6000" } } });
  const sizes = values.sizes.split(",").map(Number);
  const chunkTokens = Number(values["chunk-tokens"]);
  const corpus = loadCorpus();
  const log = memoryLogger();
  const fake = await startFakeOpenAi(() => summaryCompletion({ question: "q", key_findings: ["f"], plan_and_follow_ups: ["p"] }));
  const llm = createOpenAiLlm({ baseURL: fake.url, model: "bench", timeoutMs: 5000, maxRetries: 0, deadlineMs: 60_000, chunkTokens, log });
  const rows: string[][] = [];
  try {
    for (const size of sizes) {
      const messages = Array.from({ length: size }, (_, i) => corpus[i % corpus.length]!);
      const discussion: Discussion = { subject: "thread", subjectId: "bench", messages: messages.map((m, i) => ({ speaker: `Participant ${(i % 4) + 1}`, text: m.text })) };
      const extractive: number[] = [];
      for (let r = 0; r < 5; r++) {
        const t = performance.now();
        await summarizeDiscussion(discussion, { llm: undefined, log, reversible: true });
        extractive.push(performance.now() - t);
      }
      fake.requests.length = 0;
      const t = performance.now();
      const outcome = await summarizeDiscussion(discussion, { llm, log, reversible: true });
      const modelMs = performance.now() - t;
      const sentBytes = fake.requests.reduce((n, r) => n + r.raw.length, 0);
      // Pair each message sent (map requests, in order) with its corpus message, so a
      // name that is also an ordinary word elsewhere in the thread is not miscounted.
      const sent = fake.requests
        .filter((r) => r.body.messages?.[0]?.content === systemPrompt("thread"))
        .flatMap((r) => (decodeDataTurn(r.body.messages![1]!.content) as { messages: { text: string }[] }).messages.map((m) => m.text));
      const leaks =
        sent.length === messages.length
          ? sent.flatMap((text, i) => leakedIdentifiers(text, [messages[i]!]))
          : leakedIdentifiers(fake.allSent(), messages);
      rows.push([
        String(size),
        String(messages.reduce((n, m) => n + m.spans.length, 0)),
        String(outcome.redactedSpans),
        median(extractive).toFixed(1),
        String(outcome.usage?.chunks ?? 0),
        String(outcome.usage?.calls ?? 0),
        (sentBytes / 1024).toFixed(0),
        modelMs.toFixed(0),
        String(leaks.length),
      ]);
    }
  } finally {
    await fake.close();
  }
  const head = ["messages", "labelled ids", "spans redacted", "extractive ms (p50)", "chunks", "model calls", "KiB sent", "model path ms", "ids reaching server"];
  console.log(`chunk budget: ${chunkTokens} estimated tokens; local server answers at once, so "model path ms" is Curbside's own work plus loopback HTTP.\n`);
  console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}
