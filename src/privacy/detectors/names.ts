// Names of patients and relatives. Evidence, strongest first:
// 1. a patient or relative cue ("pt", "Mrs", "daughter", "name is") before the name;
// 2. census name lists: a given name followed by a capitalised word, "Last, First",
//    a lone given name, a lone family name mid-sentence;
// 3. any other mention of a word already found as a name in the same text.
// Staff marked as staff ("Dr. Patel", "@dr.kim", "RN Jones") are never patient names,
// and eponyms ("Bell palsy", "Parkinson disease") are clinical words.
import {
  AMBIGUOUS_NAMES, EPONYM_CONTEXT, EPONYMS, isFamilyName, isGivenName, NOT_A_NAME, PATIENT_CUES, STAFF_TITLES,
} from "../lexicon.ts";
import type { Detection } from "../phi-types.ts";

interface Token {
  /** Offset of the first character. */
  start: number;
  /** Offset past the name part (a possessive "'s" and a trailing "." are outside). */
  end: number;
  /** Offset past the whole token. */
  rawEnd: number;
  /** The word without possessive and trailing period. */
  word: string;
  /** Lower-case word. */
  lower: string;
  /** Token as typed, lower case (keeps "pt." and "mr."). */
  rawLower: string;
  /** First letter is upper case. */
  cap: boolean;
  /** Text between the previous token and this one. */
  gap: string;
  /** Starts a sentence (first token, or after . ! ? or a line break). */
  sentenceStart: boolean;
  /** A chat handle such as "@dr.kim". */
  handle: boolean;
}

const TOKEN = /@[\w.-]+|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*\.?/g;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    let word = raw.endsWith(".") ? raw.slice(0, -1) : raw;
    if (/['’]s$/i.test(word)) word = word.slice(0, -2);
    else if (/s['’]$/i.test(word)) word = word.slice(0, -1);
    const gap = text.slice(prevEnd, m.index);
    const prev = tokens[tokens.length - 1];
    const sentenceStart = !prev || /[.!?\n]|^\s*[-*•>]/.test(gap) || (prev.rawLower.endsWith(".") && !/^(?:dr|mr|mrs|ms|st|pt|prof|mx)\.$/.test(prev.rawLower) && prev.word.length > 1);
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      rawEnd: m.index + raw.length,
      word,
      lower: word.toLowerCase(),
      rawLower: raw.toLowerCase(),
      cap: /^[A-ZÀ-ÖØ-Þ]/.test(word),
      gap,
      sentenceStart,
      handle: raw.startsWith("@"),
    });
    prevEnd = m.index + raw.length;
  }
  return tokens;
}

const isInitial = (t: Token): boolean => /^[A-Z]$/.test(t.word);
const isInitials = (t: Token): boolean => /^[A-Z]{2,3}$/.test(t.word) && !NOT_A_NAME.has(t.lower);
const isWordGap = (gap: string): boolean => gap === " " || gap === "  ";
const lexiconName = (lower: string): boolean => isGivenName(lower) || isFamilyName(lower);

/** Whether the token after `i` shows an eponym ("Bell palsy", "Wells score", "Crohn's disease"). */
function eponymAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (EPONYMS.has(t.lower) || EPONYMS.has(t.rawLower)) return true;
  const next = tokens[i + 1];
  return !!next && EPONYM_CONTEXT.has(next.lower);
}

/** A word that may continue a name already started. */
function continuesName(t: Token, gap: string): boolean {
  if (!isWordGap(gap) && gap !== "" && gap !== "-") return false;
  if (t.handle || NOT_A_NAME.has(t.lower)) return false;
  if (isInitial(t)) return true;
  if (t.cap) return /^[A-Z][a-z'’-]|^(?:Mc|Mac|O'|D'|De|Van|Von)[A-Z]/.test(t.word) || /^[A-Z]{2,}$/.test(t.word) === false;
  return lexiconName(t.lower);
}

/** Finds patient and relative names. */
export function detectNames(text: string, out: Detection[]): void {
  const tokens = tokenize(text);
  const n = tokens.length;
  const staff = new Uint8Array(n);
  const name = new Uint8Array(n);
  const staffWords = new Set<string>();

  // Staff: a title then up to two name words; chat handles.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.handle) {
      staff[i] = 1;
      continue;
    }
    const title = STAFF_TITLES.has(t.rawLower) || STAFF_TITLES.has(t.lower);
    // "PA", "DO", "RT", "OT", "SW" are titles only in capitals.
    if (!title || (/^(?:pa|do|rt|ot|sw|np|rn|md)$/.test(t.lower) && t.word !== t.word.toUpperCase())) continue;
    for (let j = i + 1; j <= i + 2 && j < n; j++) {
      const w = tokens[j]!;
      if (!(isWordGap(w.gap) || w.gap === "" || w.gap === ". ") || NOT_A_NAME.has(w.lower)) break;
      if (!(w.cap || lexiconName(w.lower))) break;
      staff[j] = 1;
      if (!isInitial(w)) staffWords.add(w.lower);
    }
  }

  const mark = (from: number, to: number) => {
    for (let k = from; k <= to; k++) name[k] = 1;
  };

  // 1. Cues.
  for (let i = 0; i < n; i++) {
    const cue = tokens[i]!;
    if (!(PATIENT_CUES.has(cue.rawLower) || PATIENT_CUES.has(cue.lower))) continue;
    const honorific = /^(?:mr|mrs|ms|miss|mx|mister)$/.test(cue.lower);
    let j = i + 1;
    while (j < n && /^(?:is|was|named|called|name|aka|goes|by|:)$/.test(tokens[j]!.lower) && j - i <= 3) j++;
    const first = tokens[j];
    if (!first || staff[j] || first.handle) continue;
    const gap = first.gap.trim();
    if (gap !== "" && !/^[:,(\-"'“]+$/.test(gap)) continue;
    let accepted = false;
    if (isInitial(first) || isInitials(first)) accepted = first.cap && (honorific || isInitials(first) || tokens[j + 1]?.gap === "" || /^[A-Z]\.$/.test(text.slice(first.start, first.rawEnd)));
    else if (NOT_A_NAME.has(first.lower)) accepted = false;
    else if (first.cap) accepted = honorific || !AMBIGUOUS_NAMES.has(first.lower) || lexiconName(first.lower) || (tokens[j + 1] ? continuesName(tokens[j + 1]!, tokens[j + 1]!.gap) : false);
    else accepted = isGivenName(first.lower) && !AMBIGUOUS_NAMES.has(first.lower);
    if (!accepted) continue;
    let last = j;
    while (last + 1 < n && last - j < 3 && !staff[last + 1] && continuesName(tokens[last + 1]!, tokens[last + 1]!.gap)) {
      const next = tokens[last + 1]!;
      // Lower-case continuation must itself look like a name; capitals need no lexicon.
      if (!next.cap && !lexiconName(next.lower)) break;
      if (next.cap !== first.cap && !isInitial(next) && !isInitial(first)) break;
      last++;
    }
    mark(j, last);
  }

  // 2. Census lists.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle || NOT_A_NAME.has(t.lower) || staffWords.has(t.lower)) continue;
    if (eponymAt(tokens, i)) continue;
    const next = tokens[i + 1];
    const nextOk = next && !staff[i + 1] && isWordGap(next.gap) && !NOT_A_NAME.has(next.lower) && !eponymAt(tokens, i + 1);
    const given = isGivenName(t.lower);
    const family = isFamilyName(t.lower);
    const ambiguous = AMBIGUOUS_NAMES.has(t.lower);
    if (t.cap) {
      // "John Miller", "John Q. Miller", "Mary-Kate O'Neil".
      if (given && next && nextOk && next.cap && (!ambiguous || isFamilyName(next.lower)) && !/^[A-Z]{2,}$/.test(next.word)) {
        let last = i + 1;
        if (isInitial(next) && tokens[i + 2]?.cap && isWordGap(tokens[i + 2]!.gap) && !NOT_A_NAME.has(tokens[i + 2]!.lower)) last = i + 2;
        mark(i, last);
        continue;
      }
      // "Miller, John".
      if (family && !ambiguous && next && next.gap === ", " && next.cap && isGivenName(next.lower) && !AMBIGUOUS_NAMES.has(next.lower)) {
        mark(i, i + 1);
        continue;
      }
      if (ambiguous || /^[A-Z]{2,}$/.test(t.word)) continue;
      // A lone given name; a lone family name only mid-sentence.
      if (given || (family && !t.sentenceStart)) mark(i, i);
    } else if (given && !ambiguous && next && nextOk && !next.cap && isFamilyName(next.lower) && !AMBIGUOUS_NAMES.has(next.lower)) {
      mark(i, i + 1);
    }
  }

  // 3. Other mentions of words already found as names.
  const found = new Set<string>();
  for (let i = 0; i < n; i++) if (name[i] && tokens[i]!.word.length > 1) found.add(tokens[i]!.lower);
  if (found.size > 0) {
    for (let i = 0; i < n; i++) {
      if (name[i] || staff[i]) continue;
      const t = tokens[i]!;
      if (found.has(t.lower) && !eponymAt(tokens, i)) name[i] = 1;
    }
  }

  // Emit runs of name tokens as one span each.
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    let j = i;
    while (j + 1 < n && name[j + 1] && /^(?:\s?|-|\.\s?)$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start).replace(/^['’]s/, "x"))) j++;
    const endToken = tokens[j]!;
    // Keep an initial's period inside the span ("J." -> placeholder).
    const end = isInitial(endToken) && endToken.rawEnd > endToken.end ? endToken.rawEnd : endToken.end;
    out.push({ start: tokens[i]!.start, end, type: "NAME" });
    i = j;
  }
}
