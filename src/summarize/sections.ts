// The five sections every summary has, whichever summarizer made it, and the zod schema
// that checks what a model returned. Model output is untrusted: it is validated here and
// scrubbed by the redactor before anyone sees it.
import { z } from "zod";

/** A structured summary of a case or thread. */
export interface SummarySections {
  /** The clinical question being asked. */
  question: string[];
  /** Key findings: history, exam, labs, imaging. */
  keyFindings: string[];
  /** Advice given (usually by the specialist). */
  advice: string[];
  /** Plan and follow-ups agreed. */
  plan: string[];
  /** What is still unanswered. */
  openQuestions: string[];
}

/** Section keys in display order. */
export const SECTION_KEYS = ["question", "keyFindings", "advice", "plan", "openQuestions"] as const;

/** Section titles as shown to users. */
export const SECTION_TITLES: Record<keyof SummarySections, string> = {
  question: "Question",
  keyFindings: "Key findings",
  advice: "Advice",
  plan: "Plan and follow-ups",
  openQuestions: "Open questions",
};

/** An empty summary. */
export function emptySections(): SummarySections {
  return { question: [], keyFindings: [], advice: [], plan: [], openQuestions: [] };
}

const MAX_ITEMS = 8;
const MAX_ITEM_CHARS = 600;

// Models answer "question": "..." or "question": ["..."]; both are fine. Anything else
// (numbers, objects) makes the output malformed.
const items = z.preprocess(
  (value) => (value === null || value === undefined ? [] : typeof value === "string" ? [value] : value),
  z.array(z.string()).transform((list) =>
    list
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .slice(0, MAX_ITEMS)
      .map((s) => (s.length > MAX_ITEM_CHARS ? `${s.slice(0, MAX_ITEM_CHARS - 1)}…` : s)),
  ),
);

/** The JSON object the model is asked for (snake_case keys, as named in the prompt). */
export const modelSummarySchema = z.object({
  question: items,
  key_findings: items,
  advice: items,
  plan_and_follow_ups: items,
  open_questions: items,
});

/** Parses a model's raw answer; undefined when it is not JSON of the expected shape. */
export function parseModelSummary(raw: string | null | undefined): SummarySections | undefined {
  if (!raw) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = modelSummarySchema.safeParse(json);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const sections: SummarySections = {
    question: s.question,
    keyFindings: s.key_findings,
    advice: s.advice,
    plan: s.plan_and_follow_ups,
    openQuestions: s.open_questions,
  };
  // An object with none of the keys parses as all-empty: that is not a summary.
  return SECTION_KEYS.some((k) => sections[k].length > 0) ? sections : undefined;
}

/** Serializes sections in the model's own JSON shape (for the merge step). */
export function toModelJson(sections: SummarySections): string {
  return JSON.stringify({
    question: sections.question,
    key_findings: sections.keyFindings,
    advice: sections.advice,
    plan_and_follow_ups: sections.plan,
    open_questions: sections.openQuestions,
  });
}
