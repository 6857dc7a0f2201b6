// The summary pipeline: redact the whole discussion in one pass, hand only RedactedText
// to the model (or the local extractive summarizer), scrub what comes back.
import type { Logger } from "../log.ts";
import type { RedactedText } from "../privacy/index.ts";
import type { Discussion } from "./discussion.ts";
import { extractiveSummary } from "./extractive.ts";
import type { Llm, LlmUsage } from "./llm.ts";
import { redactDiscussion } from "./redacted-parts.ts";
import { scrubSections } from "./scrub.ts";
import type { SummarySections } from "./sections.ts";

/** How the summary was made. */
export type SummaryMethod =
  /** By the language model. */
  | "model"
  /** Locally, because no model is configured. */
  | "extractive"
  /** Locally, because the model's answer could not be read. */
  | "extractive-fallback";

/** A finished summary; every item is redacted text. */
export interface SummaryOutcome {
  /** The five sections. */
  sections: Record<keyof SummarySections, RedactedText[]>;
  /** How it was made. */
  method: SummaryMethod;
  /** Model usage, when a model was called. */
  usage: LlmUsage | undefined;
  /** Identifiers removed from the discussion before summarising. */
  redactedSpans: number;
  /** Identifiers the model wrote on its own and the scrub removed. */
  modelRemoved: number;
  /** Messages summarised. */
  messageCount: number;
  /** Placeholder -> original (when asked for); in memory only. */
  restoreMap: Map<string, string> | undefined;
}

/** Summarises a discussion. Throws the Llm's AppErrors (UNAVAILABLE…) unchanged. */
export async function summarizeDiscussion(
  discussion: Discussion,
  deps: { llm: Llm | undefined; log: Logger; reversible: boolean },
): Promise<SummaryOutcome> {
  const redacted = redactDiscussion(
    discussion.messages.map((m) => `${m.speaker}: ${m.text}`),
    { reversible: deps.reversible },
  );
  let sections: SummarySections | undefined;
  let usage: LlmUsage | undefined;
  let method: SummaryMethod = "extractive";
  if (deps.llm && redacted.messages.length > 0) {
    const answer = await deps.llm.summarize(redacted.messages, discussion.subject);
    usage = answer.usage;
    sections = answer.sections;
    method = sections ? "model" : "extractive-fallback";
    if (!sections) deps.log.warn("summarize.malformed_model_output", { model: usage.model, subject: discussion.subject });
  }
  sections ??= extractiveSummary(redacted.messages);
  const scrubbed = scrubSections(sections);
  return {
    sections: scrubbed.sections,
    method,
    usage,
    redactedSpans: redacted.spanCount,
    modelRemoved: scrubbed.removed,
    messageCount: discussion.messages.length,
    restoreMap: redacted.restoreMap,
  };
}
