// The redactor: the only place a RedactedText is made. Detectors find spans; this file
// merges them, gives each identifier a typed placeholder that stays the same for the same
// value within one text ("[NAME_1]" every time Mr Miller appears), and builds the output.
import { detectPhi } from "./detect.ts";
import type { Detection, PhiSpan, PhiType, RedactionPolicy } from "./phi-types.ts";

declare const redactedBrand: unique symbol;

/**
 * Text that went through `redact()`. Only this module can produce one, so a function that
 * takes `RedactedText` (the LLM port, triage posts) cannot be handed raw clinician text.
 */
export type RedactedText = string & { readonly [redactedBrand]: true };

/** What `redact()` returns. */
export interface RedactionResult {
  /** The input with every identifier replaced by its placeholder. */
  text: RedactedText;
  /** The identifiers found, in input order, with offsets into the input. */
  spans: PhiSpan[];
  /** Placeholder -> original text; only when the policy asked `reversible: true`. In memory only. */
  restoreMap?: Map<string, string>;
}

function brand(text: string): RedactedText {
  return text as RedactedText;
}

/**
 * Sorts and merges overlapping or touching-inside detections; the wider one gives the
 * type. Sorts `found` in place and reuses its objects (the detectors' own output).
 */
export function mergeDetections(found: Detection[]): Detection[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Detection[] = [];
  for (const d of found) {
    const last = merged[merged.length - 1];
    if (last && d.start < last.end) {
      if (d.end > last.end) {
        if (d.end - d.start > last.end - last.start) last.type = d.type;
        last.end = d.end;
      }
      continue;
    }
    merged.push(d);
  }
  return merged;
}

/** Words that open a name mention without being part of the person's name. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "pt", "patient"]);

/** `[\s.,]`: what separates the words of a name key. */
function isKeySeparator(c: number): boolean {
  return c === 32 || c === 46 || c === 44 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(String.fromCharCode(c)));
}
function isSpace(c: number): boolean {
  return c !== 46 && c !== 44 && isKeySeparator(c);
}

/** Lower-case words of a name without a leading honorific: "Mr. Miller" -> ["miller"]. */
function nameKey(value: string): string[] {
  const lower = value.toLowerCase();
  const n = lower.length;
  const words: string[] = [];
  let i = 0;
  while (i < n) {
    while (i < n && isKeySeparator(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isKeySeparator(lower.charCodeAt(i))) i++;
    if (i === start) continue;
    const word = lower.slice(start, i);
    // "Mr. Miller", "pt Miller": an honorific then a space is dropped ("Mr.Miller" keeps it).
    if (start === 0 && HONORIFICS.has(word)) {
      const next = lower.charCodeAt(i) === 46 ? i + 1 : i;
      if (next < n && isSpace(lower.charCodeAt(next))) continue;
    }
    words.push(word);
  }
  return words;
}

/** The key of a non-name value: lower case without spaces, hyphens, brackets and dots. */
function valueKey(type: PhiType, value: string): string {
  const lower = value.toLowerCase();
  let key = "";
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 45 || c === 40 || c === 41 || c === 46 || (isKeySeparator(c) && c !== 44)) {
      key += lower.slice(from, i);
      from = i + 1;
    }
  }
  return `${type}\u0000${from === 0 ? lower : key + lower.slice(from)}`;
}

/** Past this many distinct values, lookups switch from a linear search to Maps. */
const SMALL_BOOK = 8;

/**
 * Hands out placeholders: one number per distinct value of each type. A message holds a
 * handful of identifiers, so plain arrays searched in order beat building Maps per call;
 * a long text (a whole thread) switches to Maps so it stays linear.
 */
class PlaceholderBook {
  private readonly keys: string[] = [];
  private readonly placeholders: string[] = [];
  private byKey: Map<string, string> | undefined;
  private readonly counts: Partial<Record<PhiType, number>> = {};
  private readonly names: { tokens: string[]; joined: string; placeholder: string }[] = [];
  private namesByKey: Map<string, string> | undefined;
  /** Name word -> placeholders of the names holding it (built once names are many). */
  private holdersByWord: Map<string, Set<string>> | undefined;

  placeholderFor(type: PhiType, value: string): string {
    if (type === "NAME") return this.nameFor(value);
    const key = valueKey(type, value);
    if (this.byKey) return this.byKey.get(key) ?? this.assign(key, type);
    const k = this.keys.indexOf(key);
    return k >= 0 ? this.placeholders[k]! : this.assign(key, type);
  }

  private nameFor(value: string): string {
    const tokens = nameKey(value);
    const joined = tokens.join(" ");
    const exact = this.namesByKey ? this.namesByKey.get(joined) : this.names.find((n) => n.joined === joined)?.placeholder;
    if (exact) return exact;
    // "Miller" after "John Miller" is the same person when only one known name has it.
    if (tokens.length === 1) {
      if (this.holdersByWord) {
        const holders = this.holdersByWord.get(tokens[0]!);
        if (holders?.size === 1) return holders.values().next().value!;
      } else {
        const holders = this.names.filter((n) => n.tokens.includes(tokens[0]!));
        if (holders.length === 1) return holders[0]!.placeholder;
      }
    }
    const placeholder = this.assign(`NAME\u0000${joined}`, "NAME");
    this.names.push({ tokens, joined, placeholder });
    if (this.namesByKey) this.indexName(tokens, joined, placeholder);
    else if (this.names.length > SMALL_BOOK) {
      this.namesByKey = new Map();
      this.holdersByWord = new Map();
      for (const n of this.names) this.indexName(n.tokens, n.joined, n.placeholder);
    }
    return placeholder;
  }

  private indexName(tokens: string[], joined: string, placeholder: string): void {
    this.namesByKey!.set(joined, placeholder);
    for (const t of tokens) {
      const set = this.holdersByWord!.get(t) ?? new Set<string>();
      set.add(placeholder);
      this.holdersByWord!.set(t, set);
    }
  }

  private assign(key: string, type: PhiType): string {
    const n = (this.counts[type] ?? 0) + 1;
    this.counts[type] = n;
    const placeholder = `[${type}_${n}]`;
    if (this.byKey) this.byKey.set(key, placeholder);
    else {
      this.keys.push(key);
      this.placeholders.push(placeholder);
      if (this.keys.length > SMALL_BOOK) this.byKey = new Map(this.keys.map((k, i) => [k, this.placeholders[i]!]));
    }
    return placeholder;
  }
}

/**
 * Removes the 18 HIPAA Safe Harbor identifiers from `text`, keeping clinical content
 * (doses, lab values, vitals, scores, eponyms, staff names marked as staff).
 */
export function redact(text: string, policy: RedactionPolicy = {}): RedactionResult {
  const detections = mergeDetections(detectPhi(text));
  if (detections.length === 0) return policy.reversible ? { text: brand(text), spans: [], restoreMap: new Map() } : { text: brand(text), spans: [] };
  const book = new PlaceholderBook();
  const spans: PhiSpan[] = [];
  const restoreMap = policy.reversible ? new Map<string, string>() : undefined;
  let out = "";
  let cursor = 0;
  for (const d of detections) {
    const original = text.slice(d.start, d.end);
    const placeholder = book.placeholderFor(d.type, original);
    spans.push({ start: d.start, end: d.end, type: d.type, placeholder });
    if (restoreMap && !restoreMap.has(placeholder)) restoreMap.set(placeholder, original);
    out += text.slice(cursor, d.start) + placeholder;
    cursor = d.end;
  }
  out += text.slice(cursor);
  const result: RedactionResult = { text: brand(out), spans };
  if (restoreMap) result.restoreMap = restoreMap;
  return result;
}

/**
 * Joins redacted texts (a thread's messages for the summarizer). Placeholders are
 * numbered per text, so "[NAME_1]" in two parts may be two people; redact the joined
 * raw text instead when one numbering across messages matters.
 */
export function concatRedacted(...parts: RedactedText[]): RedactedText {
  return brand(parts.join(""));
}

/** Joins redacted texts with newlines (one message per line). */
export function joinRedactedLines(parts: readonly RedactedText[]): RedactedText {
  return brand(parts.join("\n"));
}

/**
 * Splits redacted text on `separator`. Every piece is a substring of redacted text, so it
 * holds no identifier the whole did not hold.
 */
export function splitRedacted(text: RedactedText, separator: string): RedactedText[] {
  return text.split(separator).map(brand);
}

/** Cuts redacted text into pieces of at most `maxChars` characters. */
export function sliceRedacted(text: RedactedText, maxChars: number): RedactedText[] {
  if (maxChars < 1) throw new RangeError("maxChars must be at least 1");
  const pieces: RedactedText[] = [];
  for (let i = 0; i < text.length; i += maxChars) pieces.push(brand(text.slice(i, i + maxChars)));
  return pieces.length > 0 ? pieces : [text];
}

/**
 * Puts originals back in place of placeholders (a summary shown inside a workspace that
 * allows it). The result is plain text again: it must not go to an LLM or a log.
 */
export function restorePlaceholders(text: string, restoreMap: ReadonlyMap<string, string>): string {
  return text.replace(/\[[A-Z_]+_\d+\]/g, (placeholder) => restoreMap.get(placeholder) ?? placeholder);
}
