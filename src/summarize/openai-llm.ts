// The Llm port over the official OpenAI SDK. OPENAI_BASE_URL makes it work with Azure
// OpenAI, vLLM, Ollama or any OpenAI-compatible server. The SDK retries 408/409/429/5xx
// and connection failures with exponential backoff (honouring retry-after headers) up to
// OPENAI_MAX_RETRIES; OPENAI_TIMEOUT_MS bounds each attempt. Failures become AppErrors
// with user-safe messages; logs carry token counts and timings, never text.
import OpenAI from "openai";
import { AppError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { RedactedText } from "../privacy/index.ts";
import { chunkMessages } from "./chunk.ts";
import type { Llm, LlmSummary, LlmUsage, SummarySubject } from "./llm.ts";
import { chunkRequest, mergeRequest, type PromptMessage } from "./prompt.ts";
import { scrubbedPartial } from "./scrub.ts";
import { parseModelSummary, type SummarySections } from "./sections.ts";

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
  /** Estimated prompt tokens per chunk before a discussion is split. */
  chunkTokens: number;
  /** Logger for usage lines. */
  log: Logger;
}

/** Turns an SDK error into a user-safe AppError; the SDK's message is never shown (it may echo input). */
export function toModelError(error: unknown, timeoutMs: number): AppError {
  const lost = "Nothing was lost; try /summarize again in a moment.";
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AppError("UNAVAILABLE", `The summary model did not answer within ${Math.round(timeoutMs / 100) / 10} s. ${lost}`, { reason: "timeout" });
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
  if (error instanceof OpenAI.APIError) {
    return new AppError("UNAVAILABLE", `The summary model failed to answer. ${lost}`, { reason: "api", status: error.status ?? 0 });
  }
  return new AppError("UNAVAILABLE", `The summary model failed to answer. ${lost}`, { reason: error instanceof Error ? error.name : "unknown" });
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

  async function complete(messages: PromptMessage[], usage: LlmUsage): Promise<SummarySections | undefined> {
    const started = Date.now();
    let response;
    try {
      response = await client.chat.completions.create({
        model: options.model,
        messages,
        response_format: { type: "json_object" },
        temperature: 0.1,
      });
    } catch (error) {
      const appError = toModelError(error, options.timeoutMs);
      options.log.warn("summarize.llm_failed", { model: options.model, code: appError.code, ms: Date.now() - started, ...appError.meta });
      throw appError;
    }
    usage.calls += 1;
    usage.latencyMs += Date.now() - started;
    usage.promptTokens += response.usage?.prompt_tokens ?? 0;
    usage.completionTokens += response.usage?.completion_tokens ?? 0;
    return parseModelSummary(response.choices[0]?.message?.content);
  }

  return {
    model: options.model,
    async summarize(messages: readonly RedactedText[], subject: SummarySubject): Promise<LlmSummary> {
      const chunks = chunkMessages(messages, options.chunkTokens);
      const usage: LlmUsage = { model: options.model, promptTokens: 0, completionTokens: 0, calls: 0, chunks: chunks.length, latencyMs: 0 };
      let sections: SummarySections | undefined;
      let malformed = 0;
      if (chunks.length <= 1) {
        sections = await complete(chunkRequest(chunks[0] ?? [], subject, 1, 1), usage);
        if (!sections) malformed++;
      } else {
        // Map: one partial summary per chunk, in order. Reduce: merge the partials.
        const partials: RedactedText[] = [];
        for (const [i, chunk] of chunks.entries()) {
          const partial = await complete(chunkRequest(chunk, subject, i + 1, chunks.length), usage);
          if (partial) partials.push(scrubbedPartial(partial).text);
          else malformed++;
        }
        // Merge in groups that fit the budget until one summary is left.
        let level = partials;
        while (level.length > 1 && chunkMessages(level, options.chunkTokens).length > 1) {
          const next: RedactedText[] = [];
          for (const group of chunkMessages(level, options.chunkTokens)) {
            const merged = group.length === 1 ? undefined : await complete(mergeRequest(group, subject), usage);
            if (merged) next.push(scrubbedPartial(merged).text);
            else next.push(...group);
          }
          // Stop if a pass merged nothing (every group was one part or malformed).
          if (next.length >= level.length) break;
          level = next;
        }
        if (level.length > 0) {
          sections = await complete(mergeRequest(level, subject), usage);
          if (!sections) malformed++;
        }
      }
      options.log.info("summarize.llm_usage", {
        model: usage.model,
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        calls: usage.calls,
        chunks: usage.chunks,
        latencyMs: usage.latencyMs,
        malformed,
      });
      return { sections, usage };
    },
  };
}
