// The Llm port over the official OpenAI SDK. OPENAI_BASE_URL makes it work with Azure
// OpenAI, vLLM, Ollama or any OpenAI-compatible server. The SDK retries 408/409/429/5xx
// and connection failures with exponential backoff (honouring retry-after headers) up to
// OPENAI_MAX_RETRIES; OPENAI_TIMEOUT_MS bounds each attempt and OPENAI_DEADLINE_MS the
// whole summary (every chunk, merge and retry), so a slow server cannot keep a clinician
// waiting for retries × timeout × chunks. Failures become AppErrors
// with user-safe messages; logs carry token counts and timings, never text.
import OpenAI from "openai";
import { AppError } from "../errors.ts";
import { errorClass, type Logger } from "../log.ts";
import type { RedactedText } from "../privacy/index.ts";
import { chunkMessages } from "./chunk.ts";
import type { Llm, LlmSummary, LlmUsage, SummarySubject } from "./llm.ts";
import { chunkRequest, mergeRequest, type PromptMessage } from "./prompt.ts";
import { scrubbedPartial } from "./scrub.ts";
import { parseModelSummary, type SummarySections } from "./sections.ts";

/** Chunks summarised at once (map step); more would mostly meet rate limits. */
const MAP_CONCURRENCY = 3;
/** Smallest chunk budget tried after the server reports its context was exceeded. */
const MIN_CHUNK_TOKENS = 128;

/** How to reach the model. */
export interface OpenAiLlmOptions {
  /** API key; local servers that need none get a dummy one. */
  apiKey?: string | undefined;
  /** Base URL of an OpenAI-compatible API. */
  baseURL?: string | undefined;
  /** Model name. */
  model: string;
  /** Timeout of one attempt, in milliseconds. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Deadline of one whole summary (all chunks, merges and retries), in milliseconds. */
  deadlineMs: number;
  /** Estimated prompt tokens per chunk before a discussion is split. */
  chunkTokens: number;
  /** Logger for usage lines. */
  log: Logger;
}

/** Turns an SDK error into a user-safe AppError; the SDK's message is never shown (it may echo input). */
export function toModelError(error: unknown, timeoutMs: number, deadlineMs?: number): AppError {
  const lost = "Nothing was lost; try /summarize again in a moment.";
  if (error instanceof OpenAI.APIUserAbortError && deadlineMs !== undefined) {
    return new AppError("UNAVAILABLE", `The summary model did not finish within ${seconds(deadlineMs)} s. ${lost}`, { reason: "deadline" });
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AppError("UNAVAILABLE", `The summary model did not answer within ${seconds(timeoutMs)} s. ${lost}`, { reason: "timeout" });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new AppError("UNAVAILABLE", `The summary model could not be reached. ${lost}`, { reason: "connection" });
  }
  if (error instanceof OpenAI.RateLimitError) {
    return new AppError("RATE_LIMITED", `The summary model is busy (rate limited). ${lost}`, { reason: "rate_limited" });
  }
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return new AppError("CONFIG", "The summary model refused Curbside's credentials. Ask an admin to check OPENAI_API_KEY.", { reason: "auth", status: error.status });
  }
  if (error instanceof OpenAI.NotFoundError) {
    return new AppError("CONFIG", "The summary model was not found. Ask an admin to check OPENAI_MODEL and OPENAI_BASE_URL.", { reason: "not_found", status: 404 });
  }
  if (error instanceof OpenAI.BadRequestError && /context_length|maximum context|too many tokens/i.test(`${error.code ?? ""} ${error.type ?? ""} ${error.message}`)) {
    return new AppError("PAYLOAD_TOO_LARGE", "The discussion is too long for the summary model, even in parts. Try `/summarize last 20`.", { reason: "context_length", status: 400 });
  }
  if (error instanceof OpenAI.APIError) {
    return new AppError("UNAVAILABLE", `The summary model failed to answer. ${lost}`, { reason: "api", status: error.status ?? 0 });
  }
  return new AppError("UNAVAILABLE", `The summary model failed to answer. ${lost}`, { reason: errorClass(error) });
}

/** Milliseconds as seconds with one decimal, for messages. */
function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** Builds the OpenAI-backed Llm. */
export function createOpenAiLlm(options: OpenAiLlmOptions): Llm {
  const client = new OpenAI({
    apiKey: options.apiKey ?? "not-needed",
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    // The SDK's own logger could print request details; Curbside logs usage itself.
    logLevel: "off",
  });

  async function complete(messages: PromptMessage[], usage: LlmUsage, signal: AbortSignal): Promise<SummarySections | undefined> {
    const started = Date.now();
    let response;
    try {
      response = await client.chat.completions.create(
        {
          model: options.model,
          messages,
          response_format: { type: "json_object" },
          temperature: 0.1,
        },
        { signal },
      );
    } catch (error) {
      const appError = toModelError(error, options.timeoutMs, signal.aborted ? options.deadlineMs : undefined);
      options.log.warn("summarize.llm_failed", { model: options.model, code: appError.code, ms: Date.now() - started, ...appError.meta });
      throw appError;
    }
    usage.calls += 1;
    usage.promptTokens += response.usage?.prompt_tokens ?? 0;
    usage.completionTokens += response.usage?.completion_tokens ?? 0;
    return parseModelSummary(response.choices[0]?.message?.content);
  }

  /** Summarises with one chunk budget: map over chunks (a few at a time), then merge. */
  async function mapReduce(messages: readonly RedactedText[], subject: SummarySubject, budget: number, usage: LlmUsage, signal: AbortSignal): Promise<{ sections: SummarySections | undefined; malformed: number }> {
    const chunks = chunkMessages(messages, budget);
    usage.chunks = chunks.length;
    if (chunks.length <= 1) {
      const sections = await complete(chunkRequest(chunks[0] ?? [], subject, 1, 1), usage, signal);
      return { sections, malformed: sections ? 0 : 1 };
    }
    // Map: one partial summary per chunk, MAP_CONCURRENCY at a time, kept in order.
    const results: (SummarySections | undefined)[] = new Array(chunks.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const i = next++;
        results[i] = await complete(chunkRequest(chunks[i]!, subject, i + 1, chunks.length), usage, signal);
      }
    };
    await Promise.all(Array.from({ length: Math.min(MAP_CONCURRENCY, chunks.length) }, worker));
    let malformed = results.filter((r) => !r).length;
    const partials = results.filter((r): r is SummarySections => r !== undefined).map((r) => scrubbedPartial(r).text);
    // Reduce: merge in groups that fit the budget until one summary is left.
    let level = partials;
    while (level.length > 1 && chunkMessages(level, budget).length > 1) {
      const merged: RedactedText[] = [];
      for (const group of chunkMessages(level, budget)) {
        const one = group.length === 1 ? undefined : await complete(mergeRequest(group, subject), usage, signal);
        if (one) merged.push(scrubbedPartial(one).text);
        else merged.push(...group);
      }
      // Stop if a pass merged nothing (every group was one part or malformed).
      if (merged.length >= level.length) break;
      level = merged;
    }
    if (level.length === 0) return { sections: undefined, malformed };
    const sections = await complete(mergeRequest(level, subject), usage, signal);
    if (!sections) malformed++;
    return { sections, malformed };
  }

  return {
    model: options.model,
    async summarize(messages: readonly RedactedText[], subject: SummarySubject): Promise<LlmSummary> {
      const started = Date.now();
      const usage: LlmUsage = { model: options.model, promptTokens: 0, completionTokens: 0, calls: 0, chunks: 0, latencyMs: 0 };
      let result: { sections: SummarySections | undefined; malformed: number } | undefined;
      // One deadline for everything this summary sends; a map step in flight when it
      // passes is cancelled rather than left running.
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), options.deadlineMs);
      try {
        // A server with a smaller context than the budget assumes says so: halve and retry.
        for (let budget = options.chunkTokens; result === undefined; budget = Math.floor(budget / 2)) {
          try {
            result = await mapReduce(messages, subject, budget, usage, deadline.signal);
          } catch (error) {
            const tooLong = error instanceof AppError && error.meta.reason === "context_length";
            if (!tooLong || budget / 2 < MIN_CHUNK_TOKENS) throw error;
            options.log.warn("summarize.context_exceeded", { model: options.model, budget });
          }
        }
      } finally {
        clearTimeout(timer);
        deadline.abort();
      }
      usage.latencyMs = Date.now() - started;
      options.log.info("summarize.llm_usage", {
        model: usage.model,
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        calls: usage.calls,
        chunks: usage.chunks,
        latencyMs: usage.latencyMs,
        malformed: result.malformed,
      });
      return { sections: result.sections, usage };
    },
  };
}
