// The redactor: the only place a RedactedText is made. Detectors find spans; this file
// merges them, gives each identifier a typed placeholder that stays the same for the same
// value within one text ("[NAME_1]" every time Mr Miller appears), and builds the output.
import { detectPhi } from "./detect.ts";
import { PHI_TYPES, type Detection, type PhiSpan, type PhiType, type RedactionPolicy } from "./phi-types.ts";

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
  sortDetections(found);
  // Merged in place: found[0, kept) are the merged detections so far (no second array).
  let kept = 1;
  let last = found[0]!;
  for (let i = 1; i < found.length; i++) {
    const d = found[i]!;
    if (d.start < last.end) {
      if (d.end > last.end) {
        if (d.end - d.start > last.end - last.start) last.type = d.type;
        last.end = d.end;
      } else if (d.start === last.start && d.end === last.end && last.type === "ID") {
        // The same span found twice: "ID" (a code without a cue) is the least specific type.
        last.type = d.type;
      }
      continue;
    }
    found[kept++] = last = d;
  }
  // pop() rather than `length = kept`, which is a call into the runtime.
  while (found.length > kept) found.pop();
  return found;
}

/** Start order, the wider first at one start. */
function byStart(a: Detection, b: Detection): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Sorts detections by `byStart`, stably. A message holds a handful, and an insertion sort
 * of a handful costs less than Array.prototype.sort's setup; a long text uses that sort.
 */
function sortDetections(found: Detection[]): void {
  if (found.length > 16) {
    found.sort(byStart);
    return;
  }
  for (let i = 1; i < found.length; i++) {
    const d = found[i]!;
    let k = i - 1;
    while (k >= 0 && byStart(found[k]!, d) > 0) {
      found[k + 1] = found[k]!;
      k--;
    }
    found[k + 1] = d;
  }
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

/** Past this many distinct values (or names), lookups switch from a linear search to Maps. */
const SMALL_BOOK = 8;

/**
 * Per type: its index in PHI_TYPES and "[NAME_1]" to "[NAME_8]", made once (a message rarely
 * needs a ninth). An object read by key: one lookup per placeholder, where two Maps took two.
 */
const TYPE_INFO = Object.fromEntries(
  PHI_TYPES.map((type, index) => [type, { index, first: Array.from({ length: SMALL_BOOK }, (_, k) => `[${type}_${k + 1}]`) }]),
) as Record<PhiType, { index: number; first: string[] }>;

/** Placeholders handed out per type in the current redaction, by PHI_TYPES index (redaction is synchronous). */
const typeCounts = new Int32Array(PHI_TYPES.length);
/** Bit k: typeCounts[k] was counted since the counts were last cleared (with up to 30 types). */
let countedTypes = 0;

/**
 * Sets every count back to 0: only the counted types', most messages holding one or two
 * (every count when types are too many for the bits).
 */
function clearTypeCounts(): void {
  if (typeCounts.length > 30) {
    for (let k = 0; k < typeCounts.length; k++) typeCounts[k] = 0;
    return;
  }
  for (let m = countedTypes; m !== 0; m &= m - 1) typeCounts[31 - Math.clz32(m & -m)] = 0;
  countedTypes = 0;
}

/** A value already given a placeholder; its key is computed once another value of its type needs comparing. */
interface BookValue {
  type: PhiType;
  /** Where the value is in the text. */
  start: number;
  end: number;
  key: string | undefined;
  placeholder: string;
}

/** A name already given a placeholder; its key words likewise wait for a second name. */
interface BookName {
  start: number;
  end: number;
  tokens: string[] | undefined;
  joined: string;
  placeholder: string;
}

/**
 * Hands out placeholders: one number per distinct value of each type. A message holds a
 * handful of identifiers, mostly one of each type, so values are kept in arrays searched in
 * order and a value's key is only built when another of its type is compared with it; a
 * long text (a whole thread) switches to Maps so it stays linear.
 */
class PlaceholderBook {
  /** The text being redacted: values are cut from it only when a key needs them. */
  constructor(private readonly text: string) {
    // One book at a time: the counts per type start again at 0 (a loop: fill() is a call into
    // the runtime, which costs more than these few stores).
    clearTypeCounts();
  }

  private readonly values: BookValue[] = [];
  private byKey: Map<string, string> | undefined;
  private readonly names: BookName[] = [];
  private namesByKey: Map<string, string> | undefined;
  /** Name word -> placeholders of the names holding it (built once names are many). */
  private holdersByWord: Map<string, Set<string>> | undefined;

  /** The placeholder of the identifier text[start, end) of type `type`. */
  placeholderFor(type: PhiType, start: number, end: number): string {
    if (type === "NAME") return this.nameFor(start, end);
    if (this.byKey) {
      const key = this.keyOf(type, start, end);
      return this.byKey.get(key) ?? this.assignValue(type, start, end, key);
    }
    let key: string | undefined;
    for (const v of this.values) {
      if (v.type !== type) continue;
      key ??= this.keyOf(type, start, end);
      if ((v.key ??= this.keyOf(v.type, v.start, v.end)) === key) return v.placeholder;
    }
    return this.assignValue(type, start, end, key);
  }

  private keyOf(type: PhiType, start: number, end: number): string {
    return valueKey(type, this.text.slice(start, end));
  }

  private assignValue(type: PhiType, start: number, end: number, key: string | undefined): string {
    const placeholder = this.next(type);
    if (this.byKey) this.byKey.set(key!, placeholder);
    else {
      this.values.push({ type, start, end, key, placeholder });
      if (this.values.length > SMALL_BOOK) this.byKey = new Map(this.values.map((v) => [v.key ?? this.keyOf(v.type, v.start, v.end), v.placeholder]));
    }
    return placeholder;
  }

  private nameFor(start: number, end: number): string {
    // The first name of a text needs no key: there is nothing to compare it with yet.
    if (this.names.length === 0) {
      const placeholder = this.next("NAME");
      this.names.push({ start, end, tokens: undefined, joined: "", placeholder });
      return placeholder;
    }
    const tokens = nameKey(this.text.slice(start, end));
    const joined = tokens.join(" ");
    const exact = this.namesByKey ? this.namesByKey.get(joined) : this.knownNames().find((n) => n.joined === joined)?.placeholder;
    if (exact) return exact;
    // "Miller" after "John Miller" is the same person when only one known name has it.
    if (tokens.length === 1) {
      if (this.holdersByWord) {
        const holders = this.holdersByWord.get(tokens[0]!);
        if (holders?.size === 1) return holders.values().next().value!;
      } else {
        const holders = this.names.filter((n) => n.tokens!.includes(tokens[0]!));
        if (holders.length === 1) return holders[0]!.placeholder;
      }
    }
    const placeholder = this.next("NAME");
    this.names.push({ start, end, tokens, joined, placeholder });
    if (this.namesByKey) this.indexName(tokens, joined, placeholder);
    else if (this.names.length > SMALL_BOOK) {
      this.namesByKey = new Map();
      this.holdersByWord = new Map();
      for (const n of this.names) this.indexName(n.tokens!, n.joined, n.placeholder);
    }
    return placeholder;
  }

  /** The names so far, each with its key words. */
  private knownNames(): BookName[] {
    const first = this.names[0]!;
    if (!first.tokens) {
      first.tokens = nameKey(this.text.slice(first.start, first.end));
      first.joined = first.tokens.join(" ");
    }
    return this.names;
  }

  private indexName(tokens: string[], joined: string, placeholder: string): void {
    this.namesByKey!.set(joined, placeholder);
    for (const t of tokens) {
      const set = this.holdersByWord!.get(t) ?? new Set<string>();
      set.add(placeholder);
      this.holdersByWord!.set(t, set);
    }
  }

  private next(type: PhiType): string {
    const info = TYPE_INFO[type];
    countedTypes |= 1 << info.index;
    const n = ++typeCounts[info.index]!;
    return n <= SMALL_BOOK ? info.first[n - 1]! : `[${type}_${n}]`;
  }
}

/**
 * Removes the 18 HIPAA Safe Harbor identifiers from `text`, keeping clinical content
 * (doses, lab values, vitals, scores, eponyms, staff names marked as staff).
 */
export function redact(text: string, policy?: RedactionPolicy): RedactionResult {
  const detections = mergeDetections(detectPhi(text));
  if (detections.length === 0) return policy?.reversible ? { text: brand(text), spans: [], restoreMap: new Map() } : { text: brand(text), spans: [] };
  const book = new PlaceholderBook(text);
  // The merged detections are this call's own objects: each becomes its span once given its
  // placeholder, so a message's spans are no second set of objects.
  const spans = detections as PhiSpan[];
  const restoreMap = policy?.reversible ? new Map<string, string>() : undefined;
  let out = "";
  let cursor = 0;
  for (const d of detections) {
    const placeholder = book.placeholderFor(d.type, d.start, d.end);
    (d as PhiSpan).placeholder = placeholder;
    if (restoreMap && !restoreMap.has(placeholder)) restoreMap.set(placeholder, text.slice(d.start, d.end));
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
