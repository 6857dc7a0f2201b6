// Builds the Llm the composition root hands to commands, or none when no model is
// configured (then /summarize uses the local extractive summarizer).
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Llm } from "./llm.ts";
import { createOpenAiLlm } from "./openai-llm.ts";

/** An OpenAI(-compatible) Llm when OPENAI_API_KEY or OPENAI_BASE_URL is set. */
export function createLlmFromConfig(config: Config, log: Logger): Llm | undefined {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return undefined;
  return createOpenAiLlm({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    deadlineMs: config.OPENAI_DEADLINE_MS,
    chunkTokens: config.SUMMARIZE_CHUNK_TOKENS,
    log,
  });
}
