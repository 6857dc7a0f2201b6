// Model output is untrusted: a model can echo or invent identifiers. Everything it writes
// goes through the redactor before it is shown or sent back to a model (the merge step).
// Identifiers the model introduced become an unnumbered "[NAME]" so they can never be
// confused with, or restored as, a placeholder of the input ("[NAME_1]").
import { redact, type RedactedText } from "../privacy/index.ts";
import { SECTION_KEYS, toModelJson, type SummarySections } from "./sections.ts";

/** Redacted model text and how many identifiers the model had introduced. */
export interface ScrubbedText {
  /** Safe text. */
  text: RedactedText;
  /** Identifiers removed from the model's output. */
  removed: number;
}

/** Scrubs one piece of model output. */
export function scrubModelText(text: string): ScrubbedText {
  const first = redact(text);
  if (first.spans.length === 0) return { text: first.text, removed: 0 };
  let out = "";
  let cursor = 0;
  for (const span of first.spans) {
    out += text.slice(cursor, span.start) + `[${span.type}]`;
    cursor = span.end;
  }
  out += text.slice(cursor);
  // Second pass mints the RedactedText (and catches anything the rewrite exposed).
  return { text: redact(out).text, removed: first.spans.length };
}

/** Scrubbed sections: every item is RedactedText. */
export interface ScrubbedSections {
  /** The sections. */
  sections: Record<keyof SummarySections, RedactedText[]>;
  /** Identifiers the model had introduced. */
  removed: number;
}

/** Scrubs every item of every section. */
export function scrubSections(sections: SummarySections): ScrubbedSections {
  let removed = 0;
  const out = {} as Record<keyof SummarySections, RedactedText[]>;
  for (const key of SECTION_KEYS) {
    out[key] = sections[key].map((item) => {
      const scrubbed = scrubModelText(item);
      removed += scrubbed.removed;
      return scrubbed.text;
    });
  }
  return { sections: out, removed };
}

/** A partial summary as RedactedText, ready to go back to a model for merging. */
export function scrubbedPartial(sections: SummarySections): ScrubbedText {
  return scrubModelText(toModelJson(sections));
}
