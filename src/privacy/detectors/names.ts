// Names of patients and relatives. Evidence, strongest first:
// 1. a patient or relative cue ("pt", "Mrs", "daughter", "name is") before the name;
// 2. census name lists: a given name followed by a capitalised word, "Last, First",
//    a lone given name, a lone family name mid-sentence;
// 3. any other mention of a word already found as a name in the same text.
// Staff marked as staff ("Dr. Patel", "@dr.kim", "RN Jones") are never patient names,
// and eponyms ("Bell palsy", "Parkinson disease") are clinical words.
import * as lexicon from "../lexicon.ts";
import type { Detection } from "../phi-types.ts";
import { isEnglishWord } from "../english.ts";
import { isSpaceCode, type Scan, type Token, type Tokens } from "../scan.ts";

// Local bindings: read in hot loops, once per token.
const { AMBIGUOUS_NAMES, EPONYMS, NOT_A_NAME, isFamilyName, isGivenName, lowerCode } = lexicon;
const { GIVEN, FAMILY, NOT_NAME, AMBIGUOUS, EPONYM, EPONYM_CTX, CUE, STAFF, BED, PRESENCE_VERB, RELATIVE, HONORIFIC, STRONG_CUE, NAME_LINK, CONSULT_WORD } = lexicon;

function hasFlag(t: Token, flag: number): boolean {
  return (t.flags & flag) !== 0;
}

/** ", 104," after a name: group 1 is the age (sticky; a comma, stop, bracket or the end follows). */
const NAME_AGE = /,\s*(9\d|1[0-2]\d)(?=\s*(?:[,;)]|\.(?!\d)|$))/y;

/** Particles between a given name and a surname ("Van der Berg", "de la Cruz", "bin Salman"). */
const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "dos", "das", "bin", "ibn", "al", "el", "ter", "ten", "y"]);
/** Generational suffixes after a name ("Jr.", "III"). */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
// A token longer than every particle or suffix is none (lower-casing never shortens a word):
// its lower-case string is then never cut to look it up.
const PARTICLE_MAX = Math.max(...Array.from(PARTICLES, (p) => p.length)), SUFFIX_MAX = Math.max(...Array.from(SUFFIXES, (p) => p.length));
function isParticle(t: Token): boolean {
  return t.length <= PARTICLE_MAX && PARTICLES.has(t.lower);
}
function isSuffix(t: Token): boolean {
  return t.length <= SUFFIX_MAX && SUFFIXES.has(t.lower);
}
/** Ambiguous given names that are also verbs or modals ("Will Keppra help?", "May Thurner"). */
const MODAL_NAMES = new Set(["will", "may", "mark", "bill", "grant", "chase", "carry", "sue", "pat", "hope", "case", "chance", "don", "long", "rich", "page", "ward"]);

/** Titles that mark staff only in capitals ("PA Jones", not "pa"). */
const CAPITALS_ONLY_TITLES = new Set(["pa", "do", "rt", "ot", "sw", "np", "rn", "md"]);

/** `^(?:\s?|-|\.\s?)$` over text[from, to): what may join two words of one name span. */
function joinsNameWords(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len === 0) return true;
  const a = text.charCodeAt(from);
  if (len === 1) return a === 45 || a === 46 || isSpaceCode(a);
  return len === 2 && a === 46 && isSpaceCode(text.charCodeAt(from + 1));
}

function isInitial(t: Token): boolean {
  if (t.length !== 1) return false;
  const c = t.codeAt(0);
  return c >= 65 && c <= 90;
}
/** A joined word with a hyphen ("garcia-lopez"); its parts are cut only then. */
function hyphenated(t: Token): boolean {
  if (!t.joined) return false;
  // "Z-score", "C-spine", "T-cell": a single letter before the hyphen makes a clinical word.
  if (t.length > 2 && t.codeAt(1) === 45) return false;
  for (let k = 0; k < t.length; k++) if (t.codeAt(k) === 45) return true;
  return false;
}
/** An eponym token, or a hyphenated one with an eponym in it ("Crohn", "Guillain-Barré", "Child-Pugh"). */
function isEponymTok(t: Token): boolean {
  return hasFlag(t, EPONYM) || (hyphenated(t) && t.hyphenParts.some((p) => EPONYMS.has(p)));
}
/** Census given name, or a hyphenated one ("mary-kate", "jean-luc"). */
function givenTok(t: Token): boolean {
  return hasFlag(t, GIVEN) || (hyphenated(t) && t.hyphenParts.some((p) => p.length > 2 && isGivenName(p) && !NOT_A_NAME.has(p) && !AMBIGUOUS_NAMES.has(p)));
}
/** Census family name, or a hyphenated name with a census family name in it ("garcia-lopez"). */
function familyTok(t: Token): boolean {
  return hasFlag(t, FAMILY) || (hyphenated(t) && t.hyphenParts.some((p) => p.length > 1 && isFamilyName(p) && !NOT_A_NAME.has(p) && !AMBIGUOUS_NAMES.has(p)));
}
function lexiconTok(t: Token): boolean {
  return givenTok(t) || familyTok(t);
}

/** Whether the token after `i` shows an eponym ("Bell palsy", "Wells score", "Crohn's disease"). */
function eponymAt(tokens: Tokens, i: number): boolean {
  const t = tokens[i]!;
  if (hasFlag(t, EPONYM) || (t.rawEnd !== t.end && EPONYMS.has(t.rawLower))) return true;
  if (hyphenated(t) && t.hyphenParts.some((p) => EPONYMS.has(p))) return true;
  const next = tokens[i + 1];
  return !!next && hasFlag(next, EPONYM_CTX);
}

/** A word that may continue a name already started. */
function continuesName(t: Token): boolean {
  if (!t.wordGap && !t.gapIs("") && !t.gapIs("-")) return false;
  if (t.handle) return false;
  if (isInitial(t)) return true;
  if (hasFlag(t, NOT_NAME) || isEponymTok(t)) return false;
  if (t.upper) return lexiconTok(t);
  if (t.cap) return true;
  return lexiconTok(t);
}

/** Verb-like words ("reports", "admitted", "refusing") that follow a cue instead of a name. */
function looksLikeVerb(t: Token): boolean {
  const n = t.length;
  const last = lowerCode(t.codeAt(n - 1));
  const beforeLast = n >= 2 ? lowerCode(t.codeAt(n - 2)) : NaN;
  if (last === 100 && beforeLast === 101) return true; // -ed
  if (last === 121 && beforeLast === 108) return true; // -ly
  if (last === 103 && beforeLast === 110 && n >= 3 && lowerCode(t.codeAt(n - 3)) === 105) return true; // -ing
  if (last === 115 && n >= 2 && beforeLast !== 115 && !hasFlag(t, GIVEN)) return true; // -s, not -ss
  return hasFlag(t, NOT_NAME);
}

const NAME_SHAPE = /^(?:\p{Lu}\p{M}*(?:\p{Ll}\p{M}*)+(?:['’-][\p{L}\p{M}]+)*|(?:Mc|Mac|O'|D')\p{Lu}\p{Ll}+)$/u;

/** Shape of a capitalised name word: "Haukeland", "O'Neil", "Garcia-Lopez", "McAllister". */
function looksLikeName(t: Token): boolean {
  return t.length >= 3 && !hasFlag(t, NOT_NAME) && !isEponymTok(t) && nameShaped(t);
}

/**
 * NAME_SHAPE.test(t.word), read from the token's codes when they are ASCII (no word is cut):
 * there the pattern is [A-Z][a-z]+(?:['-][A-Za-z]+)* or (?:Mc|Mac|O'|D')[A-Z][a-z]+.
 */
function nameShaped(t: Token): boolean {
  const n = t.length;
  for (let k = 0; k < n; k++) if (t.codeAt(k) >= 128) return NAME_SHAPE.test(t.word);
  return asciiNameRun(t, 0) || ((t.codeAt(0) === 77 && t.codeAt(1) === 99) && asciiCapitalised(t, 2)) || ((t.codeAt(0) === 77 && t.codeAt(1) === 97 && t.codeAt(2) === 99) && asciiCapitalised(t, 3)) ||
    ((t.codeAt(0) === 79 || t.codeAt(0) === 68) && t.codeAt(1) === 39 && asciiCapitalised(t, 2));
}

/** [A-Z][a-z]+(?:['-][A-Za-z]+)* from character `k` to the end of the (ASCII) token. */
function asciiNameRun(t: Token, k: number): boolean {
  const n = t.length;
  if (!isAsciiUpper(t.codeAt(k))) return false;
  let i = k + 1;
  const lowerFrom = i;
  while (i < n && isAsciiLower(t.codeAt(i))) i++;
  if (i === lowerFrom) return false;
  while (i < n) {
    const c = t.codeAt(i++);
    if (c !== 39 && c !== 45) return false;
    const from = i;
    while (i < n && (isAsciiLower(t.codeAt(i)) || isAsciiUpper(t.codeAt(i)))) i++;
    if (i === from) return false;
  }
  return true;
}

/** [A-Z][a-z]+ from character `k` to the end of the (ASCII) token. */
function asciiCapitalised(t: Token, k: number): boolean {
  const n = t.length;
  if (k + 1 >= n || !isAsciiUpper(t.codeAt(k))) return false;
  for (let i = k + 1; i < n; i++) if (!isAsciiLower(t.codeAt(i))) return false;
  return true;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether a word next to a found name is part of it. */
function extendsName(t: Token): boolean {
  if (t.handle || hasFlag(t, NOT_NAME) || isEponymTok(t) || hasFlag(t, AMBIGUOUS)) return false;
  if (isInitial(t)) return true;
  if (t.upper) return lexiconTok(t);
  return t.cap ? looksLikeName(t) : lexiconTok(t);
}

const AGE_AFTER = /^,?\s*\(?\d{1,3}\s?(?:[mfy]|yo|y\/o|-year|years?|yrs?)\b/i;
const CLOSES = /^(?:\s*\d{1,3}\s?(?:[mf]|yo|y\/o|-year)\b|\s*[,;(]|\s*$)/i;

/** Whether an age, a comma or the end follows token `t` (supports a name). */
function closes(text: string, t: Token): boolean {
  return closesAt(text, t.rawEnd);
}

/**
 * CLOSES.test(text.slice(at, at + 12)) read in place: after spaces, the end of those 12
 * characters, a "," ";" or "(", or 1-3 digits, a space maybe, and "m", "f", "yo", "y/o" or
 * "-year" (any case) ending a word. (The pattern is kept for the gate property test.)
 */
function closesAt(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 12);
  let k = at;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  if (k === end) return true;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 59 || c === 40) return true;
  let p = k;
  while (p < end && p - k < 3 && isAsciiDigit(text.charCodeAt(p))) p++;
  if (p === k || (p < end && isAsciiDigit(text.charCodeAt(p)))) return false;
  if (p < end && isSpaceCode(text.charCodeAt(p))) p++;
  if (p >= end) return false;
  const u = text.charCodeAt(p) | 32;
  // The unit's length, then whether a word ends after it (the 12 characters' end counts).
  let n = 0;
  if (u === 109 || u === 102) n = 1;
  else if (u === 121 && p + 1 < end && (text.charCodeAt(p + 1) | 32) === 111) n = 2;
  else if (u === 121 && p + 2 < end && text.charCodeAt(p + 1) === 47 && (text.charCodeAt(p + 2) | 32) === 111) n = 3;
  else if (text.charCodeAt(p) === 45 && p + 4 < end && (text.charCodeAt(p + 1) | 32) === 121 && (text.charCodeAt(p + 2) | 32) === 101 && (text.charCodeAt(p + 3) | 32) === 97 && (text.charCodeAt(p + 4) | 32) === 114) n = 5;
  if (n === 0) return false;
  return p + n === end || !isAsciiWordChar(text.charCodeAt(p + n));
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** `\w`. */
function isAsciiWordChar(c: number): boolean {
  return isAsciiDigit(c) || isAsciiUpper(c) || isAsciiLower(c) || c === 95;
}

/** Marks every other mention of a word already found as a name. */
function propagate(tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  let found: Token[] | undefined;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] && t.length > 1 && !hasFlag(t, NOT_NAME)) (found ??= []).push(t);
  }
  if (!found) return;
  // A few names (a message): compare in place. Many (a long thread): grouped by hash, so it stays linear.
  const byHash = found.length > 8 ? groupByHash(found) : undefined;
  for (let i = 0; i < n; i++) {
    if (name[i] || staff[i]) continue;
    const t = tokens[i]!;
    const candidates = byHash ? byHash.get(hashKey(t)) : found;
    if (candidates && sameWordIn(t, candidates) && !eponymAt(tokens, i)) name[i] = 1;
  }
}

function sameWordIn(t: Token, words: Token[]): boolean {
  for (const w of words) if (t.sameWord(w)) return true;
  return false;
}

function groupByHash(found: Token[]): Map<number, Token[]> {
  const byHash = new Map<number, Token[]>();
  for (const f of found) {
    const group = byHash.get(hashKey(f));
    if (group) group.push(f);
    else byHash.set(hashKey(f), [f]);
  }
  return byHash;
}

/** A token's hash cut to 30 bits: a small integer, which a Map hashes without boxing it. */
function hashKey(t: Token): number {
  return t.hash & 0x3fffffff;
}

// Per-token marks (staff, name, joined to the next token), reused across calls: typed
// array allocation costs more than the rest of a short message's name detection.
const markBuffers = [new Uint8Array(256), new Uint8Array(256), new Uint8Array(256)];

/** Mark buffer `k`, cleared for `n` tokens (only indices below `n` are read). */
function marks(k: number, n: number): Uint8Array {
  const buffer = markBuffers[k]!;
  if (buffer.length < n) return (markBuffers[k] = new Uint8Array(Math.max(n, 2 * buffer.length)));
  // A message's few dozen stores cost less than fill(), a call into the runtime.
  if (n <= 64) for (let i = 0; i < n; i++) buffer[i] = 0;
  else buffer.fill(0, 0, n);
  return buffer;
}

/** Age units ("82 yo", "67 M") read as initials when a number follows instead ("pt YO 82 yo"). */
const AGE_UNITS = new Set(["yo", "y", "m", "f", "yr", "yrs"]);
function unitBeforeNumber(text: string, t: Token): boolean {
  return AGE_UNITS.has(t.lower) && /^\s+\d/.test(text.slice(t.rawEnd, t.rawEnd + 3));
}

/** Words after which "in ..." says where a patient is ("got X in 12", "in triage"). */
// Not "in ED", "today" or "again": "got Keppra in ED", "got Lasix today" are drugs.
const WHERE_WORDS = new Set(["bed", "room", "rm", "bay", "triage", "resus", "majors", "minors", "cubicle"]);
const HERE_WORDS = new Set(["here", "downstairs", "upstairs"]);

/** A capitalised word no list knows as a word, shaped like a name ("Quillane", "Ximena"). */
function unknownNameWord(t: Token): boolean {
  return t.cap && !t.upper && !t.handle && !hasFlag(t, NOT_NAME) && !isEponymTok(t) && !hasFlag(t, AMBIGUOUS) && looksLikeName(t);
}

/**
 * A word no list knows, no English word and no verb: a surname after a given name
 * ("ekwueme", "o'connor"), where "ana titre" is clinical.
 */
function unlistedWord(text: string, t: Token): boolean {
  // ("spo2", "a1c": letters glued to digits are no name.)
  const after = text.charCodeAt(t.rawEnd);
  if (after >= 48 && after <= 57) return false;
  return t.flags === 0 && !t.handle && t.length >= 2 && !looksLikeVerb(t) && !isEponymTok(t) && !contraction(text, t) && !isEnglishWord(text, t.start, t.end);
}

/** "ok'd", "she'll", "we've": a word with a contracted ending. */
function contraction(text: string, t: Token): boolean {
  if (!t.joined) return false;
  // The apostrophe is one to two letters before the end.
  for (let at = t.end - 2; at >= t.end - 3 && at > t.start; at--) {
    const c = text.charCodeAt(at);
    if (c === 39 || c === 8217) return /^(?:d|s|ll|re|ve|m|t)$/i.test(text.slice(at + 1, t.end));
  }
  return false;
}

/** A lower-case surname: listed, or a word no list knows. */
function lowerSurname(text: string, t: Token): boolean {
  return t.wordGap && !t.cap && !hasFlag(t, NOT_NAME | AMBIGUOUS) && (familyTok(t) || unlistedWord(text, t));
}

/** Endings of clinical and abstract words ("anticoagulation", "pyelonephritis", "hyperkalemia"), which surnames rarely have. */
const CLINICAL_ENDING = /(?:tion|sion|osis|itis|emia|aemia|ology|ectomy|otomy|ostomy|plasty|scopy|pathy|algia|uria|ism|ics|ive|ous|ment|ness)$/;

/**
 * After a patient cue in lower case, initials an age follows: single letters each with a
 * period ("t.p.", "v. a."), or one word of 2-3 letters no list knows ("ls", "ju"). The
 * index of the last token, or -1.
 */
function lowerInitials(text: string, tokens: Tokens, n: number, j: number): number {
  const first = tokens[j]!;
  let last = j;
  if (first.length === 1) {
    while (tokens[last]!.rawEnd > tokens[last]!.end && last + 1 < n && tokens[last + 1]!.length === 1 && !tokens[last + 1]!.cap && (tokens[last + 1]!.gapIs("") || tokens[last + 1]!.gapIs(" "))) last++;
    if (last === j) return -1;
  } else if (first.length > 3 || first.flags !== 0 || first.joined) return -1;
  const end = tokens[last]!.rawEnd;
  return AGE_AFTER.test(text.slice(end, end + 14)) ? last : -1;
}

/** "Miller's", "Jones'": the word ends in a possessive. */
function isPossessive(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end);
  return t.rawEnd > t.end && (c === 39 || c === 8217);
}

/** "(JM)": the token alone inside brackets. */
function bracketed(text: string, t: Token): boolean {
  return t.start > 0 && text.charCodeAt(t.start - 1) === 40 && text.charCodeAt(t.rawEnd) === 41;
}

/** A patient cue, honorific or bed/room word among the three tokens before `i`. */
function patientNearby(tokens: Tokens, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const t = tokens[k]!;
    if (hasFlag(t, CUE | BED)) return true;
  }
  return false;
}

/** Whether "here", "again", "in 12", "in triage" follows token `k`. */
function presentAfter(text: string, tokens: Tokens, k: number): boolean {
  if (/^\s+in\s+\d/.test(text.slice(tokens[k]!.rawEnd, tokens[k]!.rawEnd + 6))) return true;
  const next = tokens[k + 1];
  if (!next || !next.wordGap) return false;
  if (HERE_WORDS.has(next.lower)) return true;
  const after = tokens[k + 2];
  return next.lower === "in" && !!after && after.wordGap && WHERE_WORDS.has(after.lower);
}

const BED_NUMBER = /\s*#?\s*\d{1,4}[A-Za-z]?\s*([:(,–-])\s*/y;

/** After "bed 12:" / "rm 4 (" the index of the first token of the occupant, or -1. */
function bedOccupant(text: string, tokens: Tokens, n: number, i: number): number {
  BED_NUMBER.lastIndex = tokens[i]!.rawEnd;
  const m = BED_NUMBER.exec(text);
  if (!m) return -1;
  const at = BED_NUMBER.lastIndex;
  for (let k = i + 1; k < n && k <= i + 2; k++) if (tokens[k]!.start === at) return k;
  return -1;
}

/** Marks the occupant after a bed number: bracketed initials, or a name-shaped word. */
function markOccupant(text: string, tokens: Tokens, k: number, name: Uint8Array, staff: Uint8Array): void {
  const t = tokens[k]!;
  if (staff[k] || t.handle) return;
  const opened = text.charCodeAt(t.start - 1) === 40;
  // "(HO)", "(T.R.)": initials in brackets.
  if (opened && t.cap && t.length <= 3 && (t.upper || isInitial(t))) {
    let last = k;
    while (isInitial(tokens[last]!) && tokens[last + 1] && tokens[last + 1]!.gapIs("") && isInitial(tokens[last + 1]!)) last++;
    if (text.charCodeAt(tokens[last]!.rawEnd) === 41) name.fill(1, k, last + 1);
    return;
  }
  // "bed 22: Quillane, Crohn's flare", "Bed 3 - Oduya, NSTEMI", "JM 67M". Census names
  // are left to the list rules, which also join "Campbell, Hamza".
  if (unknownNameWord(t) && !lexiconTok(t) && closes(text, t)) name[k] = 1;
  else if (t.upper && t.length <= 3 && !hasFlag(t, NOT_NAME) && AGE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 10))) name[k] = 1;
}

/** Whether token i + 1 may join a name at token i (not staff, one or two spaces away, no ordinary word or eponym). */
function nextMayJoin(tokens: Tokens, i: number, staff: Uint8Array, staffWords: Set<string> | undefined): boolean {
  const next = tokens[i + 1];
  return !!next && !staff[i + 1] && next.wordGap && (isInitial(next) || !hasFlag(next, NOT_NAME)) && !eponymAt(tokens, i + 1) && !staffWords?.has(next.lower);
}

/** `^[:,(\-"'“]+$` for a non-empty gap: the marks allowed between a cue and a name. */
function onlyCueGapMarks(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c !== 58 && c !== 44 && c !== 40 && c !== 45 && c !== 34 && c !== 39 && c !== 8220) return false;
  }
  return true;
}

/** `/["“']/.test(gap)`. */
function hasOpeningQuote(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c === 34 || c === 8220 || c === 39) return true;
  }
  return false;
}
/** `["”']` (NaN past the text's end is none). */
function isClosingQuote(c: number): boolean {
  return c === 34 || c === 8221 || c === 39;
}

/** Whether the comma at `at` may open NAME_AGE: after spaces, a "9" or a "1" (90-129). */
function ageDigitAfterComma(text: string, at: number): boolean {
  let k = at + 1;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return c === 57 || c === 49;
}

/** Finds patient and relative names. */
export function detectNames(scan: Scan, out: Detection[]): void {
  const { text, tokens } = scan;
  const n = scan.count;
  const staff = marks(0, n);
  const name = marks(1, n);
  let staffWords: Set<string> | undefined;
  // Text typed all in lower case: there a name is lower case too, and rules that ask for a
  // capital ask for other evidence instead.
  const lowered = scan.lowerCase;

  // Each pass below over the tokens runs only when some token has a flag it looks for.
  const flags = scan.tokenFlags;

  // Staff: a title then up to two name words; chat handles (each counted in scan.at).
  if (flags & STAFF || scan.at > 0) for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.handle) {
      staff[i] = 1;
      continue;
    }
    // The lexicon holds each dotted title ("dr.") undotted too: the flag covers both.
    const title = hasFlag(t, STAFF);
    // "PA", "DO", "RT", "OT", "SW" are titles only in capitals, or in text typed all in lower
    // case ("rn bethany ok'd"), where "do" is still a verb.
    if (!title || (CAPITALS_ONLY_TITLES.has(t.lower) && !t.upper && (t.is("do") || !lowered))) continue;
    for (let j = i + 1; j <= i + 2 && j < n; j++) {
      const w = tokens[j]!;
      if (!(w.wordGap || w.gapIs("") || w.gapIs(". ")) || hasFlag(w, NOT_NAME)) break;
      if (!(w.cap || lexiconTok(w))) break;
      staff[j] = 1;
      if (!isInitial(w)) (staffWords ??= new Set()).add(w.lower);
    }
  }

  // "Miller, John": the comma is inside the name's span.
  const joinNext = marks(2, n);

  // 1. Cues.
  let shouted: boolean | undefined;
  if (flags & (CUE | CONSULT_WORD)) for (let i = 0; i < n; i++) {
    const cue = tokens[i]!;
    // "curbside on Mr X", "question on ...".
    const afterConsult = i > 0 && hasFlag(tokens[i - 1]!, CONSULT_WORD) && cue.is("on");
    // As with titles, each dotted cue ("mrs.") is in the lexicon undotted.
    if (!(hasFlag(cue, CUE) || afterConsult)) continue;
    const honorific = hasFlag(cue, HONORIFIC);
    // After a strong cue a name is expected, so weaker evidence suffices.
    const strong = honorific || hasFlag(cue, STRONG_CUE);
    // "re" and "regarding" introduce a capitalised name only ("re: K 3.2" is not one).
    const capitalOnly = afterConsult || cue.lower === "re" || cue.lower === "regarding";
    let j = i + 1;
    // Words between a cue and the name ("name is", "goes by").
    while (j < n && hasFlag(tokens[j]!, NAME_LINK) && j - i <= 3) j++;
    const first = tokens[j];
    if (!first || staff[j] || first.handle || name[j]) continue;
    const gap = first.gap.trim();
    if (gap !== "" && !onlyCueGapMarks(gap)) continue;
    const after = tokens[j + 1];
    // In text typed all in lower case a name after them is one the lists know or one an age
    // follows ("curbside on haddad, 89m").
    const lowerAfterCapitalOnly =
      capitalOnly && !first.cap && lowered && !hasFlag(first, NOT_NAME | EPONYM | AMBIGUOUS) && !looksLikeVerb(first) &&
      (lexiconTok(first) || (unlistedWord(text, first) && !CLINICAL_ENDING.test(first.lower) && AGE_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 14))));
    if (capitalOnly && !lowerAfterCapitalOnly && (!first.cap || first.upper || isInitial(first))) continue;
    // "pt t.p. 71-year-old", "pt ls 67m": initials typed in lower case, an age after them.
    if (strong && !first.cap) {
      const last = lowerInitials(text, tokens, n, j);
      if (last >= 0) {
        name.fill(1, j, last + 1);
        continue;
      }
    }
    // "MR", "MS" in capitals amid lower-case text are mitral regurgitation or stenosis and
    // multiple sclerosis ("moderate MR, refer or watch?", "severe MR. Refer?"): there, an
    // honorific only when a capitalised word follows directly ("MR Haukeland"), or after a
    // full stop one the lexicon knows or an age or a comma closes ("MR. Smith 67M").
    if (honorific && cue.upper && (shouted ??= !/[a-z]/.test(text)) === false) {
      const dotted = cue.rawEnd !== cue.end;
      if (gap !== "" || !first.cap || (dotted && !lexiconTok(first) && !closes(text, first))) continue;
    }
    // Text right after a candidate word: an age, a comma or the end supports a name.
    let accepted: boolean;
    if (lowerAfterCapitalOnly) accepted = true;
    // 'goes by "pip"', 'aka "junebug"': a quoted word after a naming cue is a name.
    else if (j > i + 1 && hasOpeningQuote(gap) && !hasFlag(first, NOT_NAME) && isClosingQuote(text.charCodeAt(first.rawEnd))) accepted = true;
    else if (isInitial(first)) accepted = honorific || strong || after?.gapIs("") || text[first.end] === ".";
    else if (first.upper && first.length <= 3 && (!hasFlag(first, NOT_NAME) || unitBeforeNumber(text, first))) accepted = true;
    else if (hasFlag(first, NOT_NAME) || hasFlag(first, EPONYM)) accepted = false;
    else if (first.upper) accepted = lexiconTok(first) || (!!after && after.upper && (after.wordGap || after.gapIs(", ")) && lexiconTok(after));
    // ("partner Hunter;", "son Will, 45": an ambiguous name a relative cue and a comma or age frame.)
    else if (first.cap) accepted = honorific || !hasFlag(first, AMBIGUOUS) || (!!after && after.wordGap && continuesName(after)) || (hasFlag(cue, RELATIVE) && closes(text, first));
    // "mrs fitzgerald": after an honorific any plain word is the surname.
    // (A listed surname ending in "s" is no verb after one: "mr. ramos", "mrs. smith-jones".)
    else if (honorific) accepted = first.length >= 2 && (!looksLikeVerb(first) || (lexiconTok(first) && !hasFlag(first, AMBIGUOUS)));
    else {
      // Lower case: a given name, or any plain word followed by a family name, or a
      // non-verb word right after a relative ("husband tariq called").
      accepted =
        (givenTok(first) && !hasFlag(first, AMBIGUOUS)) ||
        (!looksLikeVerb(first) && !!after && after.wordGap && !hasFlag(after, NOT_NAME) && hasFlag(after, FAMILY) && !hasFlag(after, AMBIGUOUS)) ||
        (!strong && !looksLikeVerb(first) && first.length >= 3 && !!after && (hasFlag(after, NOT_NAME) || looksLikeVerb(after))) ||
        (strong && hyphenated(first) && first.hyphenParts.every((p) => p.length >= 3 && !isEnglishWord(p, 0, p.length))) ||
        (strong && !looksLikeVerb(first) && first.length >= 3 && (lexiconTok(first) || !isEnglishWord(text, first.start, first.end)) && (closes(text, first) || (!!after && after.wordGap && !after.cap && !looksLikeVerb(after) && after.length >= 3 && closes(text, after))));
    }
    if (!accepted) continue;
    let last = j;
    // (A possessive ends a name: "haddad's car".)
    while (last + 1 < n && last - j < 3 && !staff[last + 1] && !isPossessive(text, tokens[last]!)) {
      const next = tokens[last + 1]!;
      // An unknown word continues a lower-case or capitals name only when an age or a comma follows it.
      const unknownOk = strong && next.wordGap && !hasFlag(next, NOT_NAME) && !isEponymTok(next) && !looksLikeVerb(next) && next.length >= 3 && closes(text, next);
      // "thandiwe z. diaz": a middle initial in lower case, then a surname.
      if (!first.cap && !next.cap && next.length === 1 && next.rawEnd > next.end && next.wordGap && last + 2 < n && lowerSurname(text, tokens[last + 2]!)) {
        last += 2;
        continue;
      }
      // ("sister robert tshabalala": a lower-case surname no list knows after a listed given name.)
      const lowerNext = !first.cap && !next.cap && givenTok(first) && lowerSurname(text, next);
      if (!continuesName(next) && !unknownOk && !lowerNext) break;
      if (!first.cap && !next.cap && !lexiconTok(next) && !unknownOk && !lowerNext) break;
      if (first.cap && !next.cap) break;
      last++;
    }
    // "Miller, Walter" after a cue.
    const comma = tokens[last + 1];
    // ("campbell, valentina" in lower case when the list knows the given name.)
    // ("BRANNIGAN, ODESSA" in capitals likewise.)
    if (comma && comma.gapIs(", ") && ((comma.cap && !comma.upper) || ((first.upper || !first.cap) && comma.upper === first.upper && givenTok(comma) && !hasFlag(comma, AMBIGUOUS))) && last === j && !hasFlag(comma, NOT_NAME) && !hasFlag(comma, EPONYM) && (hasFlag(comma, GIVEN) || closes(text, comma))) {
      joinNext[last] = 1;
      last++;
    }
    name.fill(1, j, last + 1);
  }

  // 1b. Context without a cue word: bed and room numbers, bracketed initials, "X's wife",
  // "got X here". (Bracketed initials follow a "(".)
  if (flags & (BED | PRESENCE_VERB | RELATIVE) || scan.parens > 0) for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle) continue;
    const f = t.flags;
    if (f & BED) {
      const k = bedOccupant(text, tokens, n, i);
      if (k >= 0) markOccupant(text, tokens, k, name, staff);
    } else if (f & PRESENCE_VERB) {
      const next = tokens[i + 1];
      // "got ximena in triage": a listed given name in lower case too.
      if (next && !name[i + 1] && !staff[i + 1] && next.wordGap && (unknownNameWord(next) || (!next.cap && givenTok(next) && !hasFlag(next, NOT_NAME | AMBIGUOUS))) && presentAfter(text, tokens, i + 1)) name[i + 1] = 1;
    }
    // "pt (JM)", "Bed 7 (HO)", "(KF) 67M": initials in brackets next to a patient cue or an age.
    if (t.cap && t.upper && t.length <= 3 && bracketed(text, t) && (patientNearby(tokens, i) || AGE_AFTER.test(text.slice(t.rawEnd + 1, t.rawEnd + 11)))) name[i] = 1;
    // "bed 7 (ho)", "pt (rk)" in text typed all in lower case.
    else if (!t.cap && t.length >= 2 && t.length <= 3 && !(f & NOT_NAME) && bracketed(text, t) && lowered && (patientNearby(tokens, i) || AGE_AFTER.test(text.slice(t.rawEnd + 1, t.rawEnd + 11)))) name[i] = 1;
    else if (t.cap && !t.upper && isPossessive(text, t) && i + 1 < n && hasFlag(tokens[i + 1]!, RELATIVE) && unknownNameWord(t)) name[i] = 1;
  }

  // 2. Census lists.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle) continue;
    const given = givenTok(t);
    // Most words are lower case and neither given nor family names: nothing below can match them.
    if (!t.cap && !given && !hasFlag(t, FAMILY)) continue;
    const next = tokens[i + 1];
    // "T. Mensah", "re: U. Al-Hashimi": an initial, its period, then a surname (before the word
    // lists, which hold single letters: "T" is a temperature).
    // (Not a grade or unit closing a sentence: "36°C. Epi", "Child-Pugh C. Hepatology".)
    if (isInitial(t) && t.rawEnd === t.end + 1 && next && next.wordGap && !staff[i + 1] && next.cap && !next.upper && looksLikeName(next) && !eponymAt(tokens, i + 1) &&
      (familyTok(next) || (next.flags === 0 && !isEnglishWord(text, next.start, next.end))) && !(i > 0 && (!isSpaceCode(text.charCodeAt(t.start - 1)) || isEponymTok(tokens[i - 1]!)))) {
      name.fill(1, i, i + 2);
      continue;
    }
    if (hasFlag(t, NOT_NAME) || staffWords?.has(t.lower) || eponymAt(tokens, i)) continue;
    // Whether the next word may join a name, worked out on first use (most words need no next word).
    let nextOk: boolean | undefined;
    const family = familyTok(t);
    const ambiguous = hasFlag(t, AMBIGUOUS);
    if (t.upper) {
      // "LINDA PETERSON": capitals carry no signal, so both words must be census names.
      if (given && !ambiguous && next && next.upper && (nextOk ??= nextMayJoin(tokens, i, staff, staffWords)) && familyTok(next)) name.fill(1, i, i + 2);
      continue;
    }
    if (t.cap) {
      // "John Miller", "John Q. Miller", "Mary-Kate O'Neil".
      if (given && next && next.cap && !next.upper && (nextOk ??= nextMayJoin(tokens, i, staff, staffWords)) && (!ambiguous || hasFlag(next, FAMILY) || (!MODAL_NAMES.has(t.lower) && unknownNameWord(next) && next.flags === 0 && !isEnglishWord(text, next.start, next.end)))) {
        let last = i + 1;
        const third = tokens[i + 2];
        if (isInitial(next) && third?.cap && third.wordGap && !hasFlag(third, NOT_NAME)) last = i + 2;
        name.fill(1, i, last + 1);
        continue;
      }
      // "Miller, John" / "Lewis, Xiomara 82 yo".
      // ("Virtanen, Joaquín": a surname no list or English word holds, before a listed given name.)
      if ((family || (unknownNameWord(t) && t.flags === 0 && !isEnglishWord(text, t.start, t.end) && !!next && givenTok(next))) && !ambiguous && next && next.gapIs(", ") && next.cap && !next.upper && !hasFlag(next, NOT_NAME) && !eponymAt(tokens, i + 1) &&
        ((hasFlag(next, GIVEN) && !hasFlag(next, AMBIGUOUS)) || /^(?:\s*\d|\s*[,;]|\s*$)/.test(text.slice(next.rawEnd, next.rawEnd + 4)))) {
        joinNext[i] = 1;
        name.fill(1, i, i + 2);
        continue;
      }
      // "April (5y)": an ambiguous given name an age follows.
      if (ambiguous && given && !MODAL_NAMES.has(t.lower) && AGE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 12))) {
        name[i] = 1;
        continue;
      }
      if (ambiguous) continue;
      // A lone given name; a lone family name only mid-sentence.
      if (given || (family && !t.sentenceStart)) {
        name.fill(1, i, i + 1);
        continue;
      }
      // Two capitalised words no list knows, mid-sentence ("cc Keanu Haukeland in MICU"),
      // or anywhere when an age follows ("Perpetua Adeyemi, 33M").
      if (next && next.cap && !next.upper && (nextOk ??= nextMayJoin(tokens, i, staff, staffWords)) && looksLikeName(t) && looksLikeName(next) && AGE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 10))) name.fill(1, i, i + 2);
      else if (!t.sentenceStart && next && next.cap && !next.upper && (nextOk ??= nextMayJoin(tokens, i, staff, staffWords)) && looksLikeName(t) && looksLikeName(next)) name.fill(1, i, i + 2);
      // "Zeynep Y. D'Angelo": a middle initial between two capitalised words.
      else if (next && isInitial(next) && next.wordGap && looksLikeName(t) && tokens[i + 2] && tokens[i + 2]!.wordGap && looksLikeName(tokens[i + 2]!)) name.fill(1, i, i + 3);
    } else if (given && !ambiguous && next && !next.cap && (nextOk ??= nextMayJoin(tokens, i, staff, staffWords)) && ((hasFlag(next, FAMILY) && !hasFlag(next, AMBIGUOUS)) || unlistedWord(text, next))) {
      // "siddharth ortiz", "ignatius ekwueme": a given name, then a family name or a word no list knows.
      name.fill(1, i, i + 2);
    } else if (given && ambiguous && !MODAL_NAMES.has(t.lower) && !isParticle(t) && next && !next.cap && (nextOk ??= nextMayJoin(tokens, i, staff, staffWords)) && !isParticle(next) && ((hasFlag(next, FAMILY) && !hasFlag(next, AMBIGUOUS) && !isEnglishWord(text, next.start, next.end)) || unlistedWord(text, next))) {
      // "dawn papadakis", "sunny yazzie": an ambiguous given name, then a surname no English list holds.
      name.fill(1, i, i + 2);
    } else if (given && !ambiguous && next && next.wordGap && isParticle(next) && !hasFlag(t, NOT_NAME)) {
      // "rosalind van der berg": the particles and surname join below.
      name[i] = 1;
    } else if (given && !ambiguous && isPossessive(text, t)) {
      // "interrogated keoni's icd": a listed given name, possessive, in lower case.
      name[i] = 1;
    } else if (family && !ambiguous && !t.cap && next && next.gapIs(", ") && !next.cap && givenTok(next) && !hasFlag(next, NOT_NAME | AMBIGUOUS) && !eponymAt(tokens, i + 1)) {
      // "campbell, valentina" in lower case.
      joinNext[i] = 1;
      name.fill(1, i, i + 2);
    } else if (given && !ambiguous && !t.cap && t.length >= 4 && lowered && !isEnglishWord(text, t.start, t.end)) {
      // "tell rosalind not to post": in text typed all in lower case, a listed given name no English list holds.
      name[i] = 1;
    }
  }

  // Most messages name no one: every step below starts from a marked name.
  let named = false;
  for (let i = 0; i < n && !named; i++) named = name[i] !== 0;
  if (!named) return;

  // 3. Mark other mentions of words found as names, grow found names over adjacent
  // capitalised words no list knows ("Priya" in "Priya Phillips"), and mark again.
  propagate(tokens, n, name, staff);
  let grew = false;
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    const t = tokens[i]!;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (prev && !name[i - 1] && !staff[i - 1] && t.wordGap && prev.cap === t.cap && prev.upper === t.upper && extendsName(prev)) {
      name[i - 1] = 1;
      grew = true;
    }
    const next = tokens[i + 1];
    if (next && !name[i + 1] && !staff[i + 1] && next.wordGap && next.cap && next.cap === t.cap && next.upper === t.upper && extendsName(next)) {
      name[i + 1] = 1;
      grew = true;
    }
  }
  // Marking again finds something only when a name grew: the first pass marked every other mention already.
  if (grew) propagate(tokens, n, name, staff);

  // "Van der Berg", "de la Cruz", "Villanueva Jr.": particles before a surname and
  // generational suffixes after a name belong to it.
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    let k = i + 1;
    while (k < n && !name[k] && tokens[k]!.wordGap && isParticle(tokens[k]!) && k - i <= 2) k++;
    const after = tokens[k];
    if (k > i + 1 && after && after.wordGap && !staff[k] && (name[k] || (after.cap && looksLikeName(after)) || (!after.cap && lowerSurname(text, after)))) {
      name.fill(1, i + 1, k + 1);
      i = k - 1;
      continue;
    }
    const next = tokens[i + 1];
    if (next && !name[i + 1] && next.wordGap && (next.rawEnd > next.end || i + 2 >= n || !tokens[i + 2]!.cap) && isSuffix(next)) name[i + 1] = 1;
  }

  // Emit runs of name tokens as one span each.
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    let j = i;
    while (j + 1 < n && name[j + 1] && (joinNext[j] || joinsNameWords(text, tokens[j]!.end, tokens[j + 1]!.start))) j++;
    const endToken = tokens[j]!;
    // Keep an initial's or a suffix's period inside the span ("J." -> placeholder).
    const end = endToken.rawEnd > endToken.end && (endToken.length === 1 || isSuffix(endToken)) ? endToken.rawEnd : endToken.end;
    out.push({ start: tokens[i]!.start, end, type: "NAME" });
    // "Ines Ashworth, 104, hypotensive": a bare number over 89 right after a patient's name is the age.
    if (text.charCodeAt(end) === 44 && ageDigitAfterComma(text, end)) {
      NAME_AGE.lastIndex = end;
      const m = NAME_AGE.exec(text);
      if (m) out.push({ start: NAME_AGE.lastIndex - m[1]!.length, end: NAME_AGE.lastIndex, type: "AGE" });
    }
    i = j;
  }
}

// For the gate property tests (test/privacy/pattern-gates.property.test.ts).
export { CLOSES, closesAt };
