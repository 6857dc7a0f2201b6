// Redacts a whole discussion in one pass, so a placeholder means the same person or
// date in every message ("[NAME_1]" is Mr Miller throughout) and one restore map covers
// the summary, then splits the result back into messages.
//
// Splitting uses the redactor's own splitRedacted, so nothing here mints RedactedText.
// The separator is checked to have survived redaction intact; if a detector ever swallowed one, each message is redacted
// on its own instead (numbering then restarts per message, which is safe, only less tidy).
import { redact, splitRedacted, type RedactedText } from "../privacy/index.ts";

/** Record separator between messages: a control character no detector matches. */
const SEPARATOR = "\n\u001e\n";

/** A discussion redacted as one text. */
export interface RedactedDiscussion {
  /** One RedactedText per input message, in order. */
  messages: RedactedText[];
  /** Identifiers replaced. */
  spanCount: number;
  /** Placeholder -> original, when asked for (kept in memory only). */
  restoreMap: Map<string, string> | undefined;
}

/** Redacts `texts` as one discussion. */
export function redactDiscussion(texts: readonly string[], options: { reversible: boolean }): RedactedDiscussion {
  // A separator typed inside a message would split it; remove it from the input first.
  const clean = texts.map((t) => t.replaceAll("\u001e", " "));
  const joined = redact(clean.join(SEPARATOR), { reversible: options.reversible });
  const parts = splitRedacted(joined.text, SEPARATOR);
  if (parts.length === clean.length) {
    return { messages: parts, spanCount: joined.spans.length, restoreMap: withoutPreexisting(joined.restoreMap, clean) };
  }
  const each = clean.map((t) => redact(t));
  return { messages: each.map((r) => r.text), spanCount: each.reduce((n, r) => n + r.spans.length, 0), restoreMap: undefined };
}

/**
 * Text stored redacted earlier (a case) already holds placeholders such as "[NAME_1]"; a
 * new detection in the same text can be numbered "[NAME_1]" too. Such a placeholder is
 * never restored, so one person is never shown as another.
 */
function withoutPreexisting(map: Map<string, string> | undefined, texts: readonly string[]): Map<string, string> | undefined {
  if (!map) return map;
  for (const text of texts) for (const [placeholder] of text.matchAll(/\[[A-Z_]+_\d+\]/g)) map.delete(placeholder);
  return map;
}
