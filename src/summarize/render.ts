// Renders a summary as a neutral Reply. Placeholders are put back only when the caller
// says so (the workspace allows it and the reply is ephemeral to the requester).
import type { Reply, Visibility } from "../chat/model.ts";
import { ReplyBuilder } from "../chat/reply.ts";
import { restorePlaceholders } from "../privacy/index.ts";
import { SECTION_KEYS, SECTION_TITLES } from "./sections.ts";
import type { SummaryOutcome } from "./summarize.ts";

/** How to show a summary. */
export interface RenderOptions {
  /** Heading, e.g. "Summary of case #12" (no patient text). */
  title: string;
  /** Who sees it. */
  visibility: Visibility;
  /** Restore placeholders (only for an ephemeral reply in a workspace that allows it). */
  restore: boolean;
}

function methodLine(outcome: SummaryOutcome): string {
  const removed = `${outcome.redactedSpans} identifier${outcome.redactedSpans === 1 ? "" : "s"} removed`;
  const n = `${outcome.messageCount} message${outcome.messageCount === 1 ? "" : "s"}`;
  switch (outcome.method) {
    case "model":
      return `Summarised ${n} with ${outcome.usage?.model ?? "the model"} · ${removed} before the model saw the text.`;
    case "extractive":
      return `Extractive summary (no language model is configured): sentences picked from ${n} of redacted text · ${removed}.`;
    case "extractive-fallback":
      return `Extractive summary: the model's answer could not be read, so sentences were picked from ${n} of redacted text · ${removed}.`;
  }
}

/** The summary reply. */
export function renderSummary(outcome: SummaryOutcome, options: RenderOptions): Reply {
  const restore = options.restore && options.visibility === "ephemeral" && outcome.restoreMap !== undefined && outcome.restoreMap.size > 0;
  let restored = 0;
  const show = (item: string) => {
    if (!restore) return item;
    const out = restorePlaceholders(item, outcome.restoreMap!);
    if (out !== item) restored++;
    return out;
  };
  const builder = new ReplyBuilder(options.visibility).header(options.title);
  let empty = true;
  for (const key of SECTION_KEYS) {
    const items = outcome.sections[key];
    if (items.length === 0) continue;
    empty = false;
    const body = key === "question" ? items.map(show).join(" ") : items.map((item) => `• ${show(item)}`).join("\n");
    builder.section(`**${SECTION_TITLES[key]}**\n${body}`);
  }
  if (empty) builder.section("There was nothing to summarise.");
  builder.context(methodLine(outcome));
  if (restored > 0) builder.context("Identifiers are shown because this workspace allows it; this reply is visible only to you.");
  else if (outcome.redactedSpans > 0) builder.context("Placeholders such as [NAME_1] stand for identifiers removed before summarising.");
  return builder.build();
}
