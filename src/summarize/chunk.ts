// Splits a long discussion into chunks that fit the model's context (map-reduce).
import type { RedactedText } from "../privacy/index.ts";
import { sliceRedacted } from "../privacy/index.ts";

/** Rough token count: ~4 characters a token for English, plus per-message overhead. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4) + 8;
}

/** Groups messages, in order, into chunks of at most `budget` estimated tokens. */
export function chunkMessages(messages: readonly RedactedText[], budget: number): RedactedText[][] {
  const chunks: RedactedText[][] = [];
  let current: RedactedText[] = [];
  let used = 0;
  const maxChars = Math.max((budget - 8) * 4, 64);
  for (const message of messages) {
    for (const piece of sliceRedacted(message, maxChars)) {
      const cost = estimateTokens(piece);
      if (current.length > 0 && used + cost > budget) {
        chunks.push(current);
        current = [];
        used = 0;
      }
      current.push(piece);
      used += cost;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
