// The Llm port: the only way text leaves the process for a language model. It accepts
// RedactedText and nothing else, so raw clinician text passed here is a compile error
// (test/summarize-types.test.ts checks that with @ts-expect-error under tsc).
import type { RedactedText } from "../privacy/redact.ts";
import type { SummarySections } from "./sections.ts";

/** What is being summarised; shapes the prompt. */
export type SummarySubject = "thread" | "case";

/** Token and timing figures of one summary (logged and audited; never text). */
export interface LlmUsage {
  /** Model name as configured. */
  model: string;
  /** Prompt tokens over every call. */
  promptTokens: number;
  /** Completion tokens over every call. */
  completionTokens: number;
  /** Number of model calls (chunks plus the merge). */
  calls: number;
  /** Number of chunks the input was split into. */
  chunks: number;
  /** Wall time of the whole summary (map calls overlap), in milliseconds. */
  latencyMs: number;
}

/** What a model returned. Sections are untrusted model output and must be scrubbed. */
export interface LlmSummary {
  /** The five sections; undefined when the model's answer was malformed. */
  sections: SummarySections | undefined;
  /** Usage figures. */
  usage: LlmUsage;
}

/** A language model that summarises redacted clinical discussions. */
export interface Llm {
  /** Model name, for logs and the audit row. */
  readonly model: string;
  /**
   * Summarises messages, oldest first. Only RedactedText is accepted. Throws AppError
   * (UNAVAILABLE, RATE_LIMITED, CONFIG) with a user-safe message when the model fails.
   */
  summarize(messages: readonly RedactedText[], subject: SummarySubject): Promise<LlmSummary>;
}
