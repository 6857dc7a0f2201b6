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
import { isCountryName, isDemonym, isUsCity, startsCountryName } from "./places.ts";
import { includesAfterSpace, isAsciiAlnum, isAsciiLetter, isEmailLocalChar, isSpaceCode, isWordLetter, readAsCapitals, surnameEnding, tokenIndexAt, tokenLowerIs, TokenWords, type Scan, type Token, type Tokens } from "../scan.ts";

// Local bindings: read in hot loops, once per token.
const { AMBIGUOUS_NAMES, EPONYMS, NOT_A_NAME, isFamilyName, isGivenName, lowerCode } = lexicon;
const { F_DOB, F_FACILITY, F_MONTH, F_PLACE_CUE, F_STATE_NAME, F_STREET, AGE_WORD } = lexicon;
const { GIVEN, FAMILY, NOT_NAME, AMBIGUOUS, EPONYM, EPONYM_CTX, CUE, STAFF, BED, PRESENCE_VERB, RELATIVE, HONORIFIC, STRONG_CUE, NAME_LINK, CONSULT_WORD } = lexicon;

function hasFlag(t: Token, flag: number): boolean {
  return (t.flags & flag) !== 0;
}

/** ", 104," after a name: group 1 is the age (sticky; a comma, stop, bracket or the end follows). */
const NAME_AGE = /,\s*(9\d|1[0-2]\d)(?=\s*(?:[,;)]|\.(?!\d)|$))/y;
/** Whether NAME_AGE matches at the start of `slice` (sticky: its lastIndex is set here, or a match left by the last call would carry over). */
function nameAgeOpens(slice: string): boolean {
  NAME_AGE.lastIndex = 0;
  return NAME_AGE.test(slice);
}

/**
 * An age over 89 right after a patient's name: "Orrin A. Grewal 91. Stairs" (a stop, comma or the end
 * after it), "öztürk (96!!)", "Wongsakul (97)", "Mrs. X is 100,", "Mrs Wongsakul is ninety four"
 * (sticky; group 1, 2 or 3 is the age).
 */
const NAME_AGE_AFTER = /[^\S\n](9\d|1[01]\d)(?=[.,;](?:\s|$)|$)(?!\.\s*\d)|\s*\((9\d|1[0-2]\d)(?:!+|\s*y(?:o|rs?)?)?\)(?!\s*(?:on|%|sats?)\b)|\s+(?:is|was|turned|turns)\s+(9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w%/:-]|\.\d|[- ](?:one|two|three|four|five|six|seven|eight|nine|ten)\b|\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|\s*(?:mg|mcg|ml|units?|kg|lbs?|bpm|%|mmhg|percent|degrees?|over|on|out|at|after|now|systolic|diastolic|sats?|lying|sitting|standing|resting)\b)/iy;

/** Particles between a given name and a surname ("Van der Berg", "de la Cruz", "bin Salman"). */
// (TokenWords: most tokens are told apart without cutting their lower-case strings.)
/** Particles that may join a given name to a surname of several words ("de la", "de los", "van der", "ó", "bin", Māori "te"). */
const RUN_PARTICLE_WORDS = ["van", "von", "der", "den", "de", "del", "della", "dela", "la", "las", "los", "le", "te", "da", "di", "du", "dos", "das", "bin", "binti", "binte", "ibn", "al", "el", "ter", "ten", "ó", "ní", "nic", "ap", "giolla"];
const PARTICLES = new TokenWords([...RUN_PARTICLE_WORDS, "y", "mac", "mc", "st", "ste"]);
/** Generational suffixes after a name ("Jr.", "III"). */
const SUFFIXES = new TokenWords(["jr", "sr", "ii", "iii", "iv"]);
function isParticle(t: Token): boolean {
  return PARTICLES.has(t);
}
function isSuffix(t: Token): boolean {
  return SUFFIXES.has(t);
}
/**
 * `t.lower === lower`, read in the text (tokenLowerIs) unless the token holds a character past ASCII; a longer
 * token is never `lower` (lower-casing never shortens a word). particleRuns asks it about every token.
 */
export function lowerIs(t: Token, lower: string): boolean {
  if (t.length > lower.length) return false;
  const same = tokenLowerIs(t, lower);
  return same === 1 || (same === -1 && t.lower === lower);
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
  if (len !== 2) return false;
  const b = text.charCodeAt(from + 1);
  // ('emre "dee" tsosie': a quoted nickname between name words keeps its quotes inside the span.)
  return (a === 46 && isSpaceCode(b)) || (isSpaceCode(a) && (b === 34 || b === 8220)) || ((a === 34 || a === 8221) && isSpaceCode(b));
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
  return eponymContextAfter(tokens, i);
}

/** Whether the word after token `i` shows an eponym is clinical ("Bell palsy", "Wells score"). */
function eponymContextAfter(tokens: Tokens, i: number): boolean {
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
  // -s, not -ss, and a word an English list holds ("reports"; "manygoats" is a surname).
  if (last === 115 && n >= 2 && beforeLast !== 115 && !hasFlag(t, GIVEN) && (n <= 4 || isEnglishWord(t.lower, 0, n) || CLINICAL_ENDING.test(t.lower))) return true;
  return hasFlag(t, NOT_NAME);
}

const NAME_SHAPE = /^(?:\p{Lu}\p{M}*(?:\p{Ll}\p{M}*)+(?:['’-][\p{L}\p{M}]+)*|(?:Mc|Mac|O'|D'|N')\p{Lu}\p{Ll}+)$/u;

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
    ((t.codeAt(0) === 79 || t.codeAt(0) === 68 || t.codeAt(0) === 78) && t.codeAt(1) === 39 && asciiCapitalised(t, 2));
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
  // (Nor a word an age follows: "kwame turns 95".)
  if (t.handle || hasFlag(t, NOT_NAME | CUE | RELATIVE | AGE_WORD) || isEponymTok(t) || hasFlag(t, AMBIGUOUS)) return false;
  if (isInitial(t)) return true;
  // (In lower case or in capitals a surname that is also an English word may be anything: "email on
  // file agnieszka54@...", "VIRTANEN DRIVER OF"; "STERLING ADEYEMI" is a given name.)
  // (Nor, there, a word hyphenated of English words of three letters or more, no given name: "SELF-PAY TEN BRINK, HUNTER"; "JUN-HO" is one.)
  if ((!t.cap || t.upper) && hyphenated(t) && t.hyphenParts.every((p) => p.length >= 3 && isEnglishWord(p, 0, p.length) && !isGivenName(p))) return false;
  if (!t.cap || t.upper) return givenTok(t) || (familyTok(t) && !isEnglishWord(t.lower, 0, t.length));
  return looksLikeName(t);
}

const AGE_AFTER = /^,?\s*\(?\d{1,3}\s?(?:[mfy]|yo|y\/o|-year|years?|yrs?)\b/i;
// (A "+" too: a list's "and" or an international number's start, "partner sirkka sapolu + her son", "niece morag x +1 (496) ...".)
const CLOSES = /^(?:\s*\d{1,3}\s?(?:[mf]|yo|y\/o|-year)\b|\s*[,;(+]|\s*$)/i;

/** Whether an age, a comma or the end follows token `t` (supports a name). */
function closes(text: string, t: Token): boolean {
  return closesAt(text, t.rawEnd);
}

/**
 * CLOSES.test(text.slice(at, at + 12)) read in place: after spaces, the end of those 12
 * characters, a "," ";" "(" or "+", or 1-3 digits, a space maybe, and "m", "f", "yo", "y/o" or
 * "-year" (any case) ending a word. (The pattern is kept for the gate property test.)
 */
function closesAt(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 12);
  let k = at;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  if (k === end) return true;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 59 || c === 40 || c === 43) return true;
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
function propagate(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  let found: Token[] | undefined;
  // Hashes of the words found in lower case (a word found only capitalised is read as an everyday word where written in lower case).
  let foundLower: Set<number> | undefined;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] && t.length > 1 && !hasFlag(t, NOT_NAME)) {
      (found ??= []).push(t);
      if (!t.cap) (foundLower ??= new Set()).add(hashKey(t));
    }
  }
  if (!found) return;
  // A few names (a message): compare in place. Many (a long thread): grouped by hash, so it stays linear.
  const byHash = found.length > 8 ? groupByHash(found) : undefined;
  for (let i = 0; i < n; i++) {
    if (name[i] || staff[i]) continue;
    const t = tokens[i]!;
    const candidates = byHash ? byHash.get(hashKey(t)) : found;
    if (!candidates || !sameWordIn(t, candidates) || eponymAt(tokens, i)) continue;
    // (Found capitalised only, and written here in lower case.)
    const lowerHere = !t.cap && !foundLower?.has(hashKey(t));
    if (!everydayMention(text, tokens, n, i, lowerHere)) name[i] = 1;
  }
}

function sameWordIn(t: Token, words: Token[]): boolean {
  for (const w of words) if (t.sameWord(w)) return true;
  return false;
}

/** Words before which a name's word that is also an everyday word is that word ("out of patience", "about the bill"). */
const EVERYDAY_BEFORE = new TokenWords(["the", "a", "an", "this", "that", "my", "his", "her", "our", "their", "your", "its", "of", "about", "some", "any"]);
/** Words after which a name's word after a determiner is a family's name still ("the stone family"). */
const FAMILY_AFTER = new TokenWords(["family", "fam", "families", "clan", "household", "kids", "twins"]);
/**
 * Whether another mention of a found name's word is an everyday English word standing as one: written in lower case
 * where the name was capitalised ("Mr. Frank Tuilagi w/ frank hematuria", "Mrs. Sugar's sugar 412", "Quillan Creek
 * Dialysis ... dialysis at"), or after a determiner or "of" ("ran out of patience", "ABOUT THE BILL"), or glued by "/" to an
 * English word ("self-pay/cash"). A possessive or a cue before it keeps it a name ("Hope Addison ... hope's mom", "pt frank").
 */
function everydayMention(text: string, tokens: Tokens, n: number, i: number, lowerHere: boolean): boolean {
  const t = tokens[i]!;
  if (!isEnglishWord(text, t.start, t.end) || isPossessive(text, t)) return false;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  if (prev && t.wordGap && hasFlag(prev, CUE | RELATIVE | HONORIFIC | STAFF)) return false;
  if (lowerHere) return true;
  if (!prev) return false;
  if (t.wordGap && EVERYDAY_BEFORE.has(prev)) return !(i + 1 < n && tokens[i + 1]!.wordGap && FAMILY_AFTER.has(tokens[i + 1]!));
  if (!t.gapIs("/") || prev.length < 3) return false;
  // ("self-pay/cash": the word after a hyphen.)
  const from = text.lastIndexOf("-", prev.end - 1);
  return isEnglishWord(text, from >= prev.start ? from + 1 : prev.start, prev.end);
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
  return t.flags === 0 && !t.handle && t.length >= 2 && !looksLikeVerb(t) && !isEponymTok(t) && !contraction(text, t) && !isEnglishWord(text, t.start, t.end) &&
    // (Nor English words joined by hyphens: "year-old", "follow-up".)
    !(hyphenated(t) && t.hyphenParts.every((p) => isEnglishWord(p, 0, p.length) && (NOT_A_NAME.has(p) || !(isGivenName(p) || isFamilyName(p)))));
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

/** "xiaoling", "zhiming": a word ending in "-ing" that no list or English list holds (unlistedWord takes it for a verb). */
function unlistedIng(text: string, t: Token): boolean {
  return t.flags === 0 && t.length >= 6 && !t.joined && t.lower.endsWith("ing") && !isEnglishWord(text, t.start, t.end) && !CLINICAL_SHORTHAND.has(t.lower);
}

/** A lower-case surname: listed, or a word no list knows. */
function lowerSurname(text: string, t: Token): boolean {
  // (No clinical adjective or shorthand no list holds: "pt hamish tachycardic", "ecmo".)
  return t.wordGap && !t.cap && !hasFlag(t, NOT_NAME | AMBIGUOUS) && !isEponymTok(t) && (familyTok(t) || (unlistedWord(text, t) && !ADJECTIVE_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower)));
}

/** Endings of clinical and abstract words ("anticoagulation", "pyelonephritis", "hyperkalemia"), which surnames rarely have. */
const CLINICAL_ENDING = /(?:tion|sion|osis|itis|emia|aemia|ology|ectomy|otomy|ostomy|plasty|scopy|pathy|algia|uria|ism|ics|ive|ous|ment|ness|sis|lysis|iasis)$/;
/** Latin endings of a species after a genus initial ("m. catarrhalis", "g. lamblia"), which a surname no list knows rarely has. */
const SPECIES_ENDING = /(?:alis|ia|ae|us|um|is|ii)$/;
/** Endings of clinical adjectives ("tachycardic", "hyperkalemic", "febrile"), which follow "pt" as a state, not a name. */
const ADJECTIVE_ENDING = /(?:ic|ous|al|ed|ile|ent|ant|ive)$/;
/** Endings of everyday adjectives ("homeless", "tearful", "agreeable"), adjectives only when an English list holds the word. */
const EVERYDAY_ADJECTIVE_ENDING = /(?:less|ful|able|ible)$/;

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

/**
 * Whether the text holds "'s ", "’s ", "'S ", " in " or " IN ", read at the tokens' ends (five
 * searches of the whole text cost more): each such "s" is the last letter of a token, a space
 * after it, and each such "in" is a token of its own between spaces.
 */
function possessiveOrInBetweenSpaces(text: string, tokens: Tokens, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const end = t.rawEnd;
    if (text.charCodeAt(end) !== 32) continue;
    const last = text.charCodeAt(end - 1), before = text.charCodeAt(end - 2);
    if (last === 115 ? before === 39 || before === 8217 : last === 83 && before === 39) return true;
    if (end - t.start === 2 && text.charCodeAt(t.start - 1) === 32 && (last === 110 ? before === 105 : last === 78 && before === 73)) return true;
  }
  return false;
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
  if (/^\s+in\s+\d/i.test(text.slice(tokens[k]!.rawEnd, tokens[k]!.rawEnd + 6))) return true;
  const next = tokens[k + 1];
  if (!next || !next.wordGap) return false;
  if (HERE_WORDS.has(next.lower)) return true;
  const after = tokens[k + 2];
  return next.lower === "in" && !!after && after.wordGap && WHERE_WORDS.has(after.lower);
}

// (At most a few spaces around the "#": a long run of spaces was read again from each of its characters.)
const BED_NUMBER = /[^\S\n]{0,3}#?[^\S\n]{0,3}\d{1,4}[A-Za-z]?\s*([:(,–-])\s*/y;
/** "rm 2 tsosie (the 92yo)": a bed number, a space, and a word a bracket, colon or comma closes. */
// (Or a dash between spaces, as a bed list writes it: "bed 1 Little - DKA".)
const BED_SPACE_OCCUPANT = /[^\S\n]{0,3}#?[^\S\n]{0,3}\d{1,4}[A-Za-z]?[^\S\n]{1,3}(?=[\p{L}'’-]+(?:\s*[(:,]|[^\S\n]{1,3}[-–—][^\S\n]))/uy;
/** " - " after a word (spaces around one dash). */
const SPACED_DASH_AFTER = /^[^\S\n]{1,3}[-–—][^\S\n]/;
/** " in bed 4", " in rm 12": where a patient is. */
// (Or a room number a verb follows: "anh in 437 pulled her picc".)
// (A pod, a hall bed, a trauma or peds bay too: "in pod B-7", "in hall bed h4", "in trauma 2".)
const IN_BED_AFTER = /^\s+in\s+(?:(?:bed|rm|room|bay|pod|peds|trauma|resus|hall\s+bed|hallway)\s*#?[a-z]?-?\d|\d{2,4}[a-z]?\s+(?:pulled|fell|refus\w*|want\w*|need\w*|is|was|has|had|asking|calling|called|says|said|keeps|left|removed|hit|threw|yelling|screaming|agitated|confused|crying|eloped|desatting|coding)\b)/i;

/** After "bed 12:" / "rm 4 (" the index of the first token of the occupant, or -1. */
function bedOccupant(text: string, tokens: Tokens, n: number, i: number): number {
  BED_NUMBER.lastIndex = tokens[i]!.rawEnd;
  let at = BED_NUMBER.exec(text) ? BED_NUMBER.lastIndex : -1;
  if (at < 0) {
    BED_SPACE_OCCUPANT.lastIndex = tokens[i]!.rawEnd;
    if (!BED_SPACE_OCCUPANT.exec(text)) return -1;
    at = BED_SPACE_OCCUPANT.lastIndex;
  }
  for (let k = i + 1; k < n && k <= i + 2; k++) if (tokens[k]!.start === at) return k;
  return -1;
}

/** Marks the occupant after a bed number: bracketed initials, or a name-shaped word. */
function markOccupant(text: string, tokens: Tokens, k: number, name: Uint8Array, staff: Uint8Array, shouted: boolean): void {
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
  // "bed 1 Little - DKA", "BED 1 WHITEHORSE - DKA": a listed surname a dash closes, one no English list holds,
  // or in mixed case one that is also a word when two lines or more open with a bed number, as a bed list's do
  // ("bed 10 Hall - overflow", "bed 26 Short - stay" alone stay).
  else if (t.cap && t.length >= 3 && hasFlag(t, FAMILY) && !hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED) && !isEponymTok(t) && (!t.upper || shouted) &&
    SPACED_DASH_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 6)) && (!isEnglishWord(text, t.start, t.end) || (!t.upper && bedDashList(text)))) name[k] = 1;
  else if (t.upper && t.length <= 3 && !hasFlag(t, NOT_NAME) && AGE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 10))) name[k] = 1;
  else if ((!t.cap || (shouted && t.upper)) && occupantWord(text, tokens, k)) {
    // In lower case: "bed 24: haddad, sbo", "bed 29: caspian abernathy, 89m" (a comma, an age
    // or the end closes the name). In text typed all in capitals likewise ("BED 25: COLLINS, ...").
    const next = tokens[k + 1];
    if (closes(text, t)) name[k] = 1;
    else if (next && next.wordGap && next.cap === t.cap && next.upper === t.upper && occupantWord(text, tokens, k + 1) && closes(text, next)) name.fill(1, k, k + 2);
  }
}

/** A line opening with a bed number ("bed 2 Pham - sepsis", "bed 3 empty"); global, from each line's start. */
const BED_NUMBER_LINE = /(?:^|\n)[^\S\n]*(?:bed|rm|room|bay)[^\S\n]{0,3}#?[^\S\n]{0,3}\d/gi;
/**
 * Whether two lines or more of `text` open with a bed number, as a bed list's do ("bed 1 X - ...", "bed 2 empty").
 * (Read again at each call, which only a word-surname before a spaced dash makes: no text is kept between calls.)
 */
function bedDashList(text: string): boolean {
  BED_NUMBER_LINE.lastIndex = 0;
  let lines = 0;
  while (lines < 2 && BED_NUMBER_LINE.exec(text)) lines++;
  BED_NUMBER_LINE.lastIndex = 0;
  return lines >= 2;
}

/** A lower-case word that may be a bed's occupant: a listed name or a word no list knows, not a clinical word or an eponym. */
/** " care" after a word: a kind of care ("comfort care", "charity care"), no surname. */
const CARE_AFTER = /^\s+care\b/i;
function occupantWord(text: string, tokens: Tokens, k: number): boolean {
  const t = tokens[k]!;
  if (t.handle || t.length < 2 || hasFlag(t, NOT_NAME | AMBIGUOUS) || isEponymTok(t) || eponymAt(tokens, k) || CLINICAL_SHORTHAND.has(t.lower)) return false;
  // (Nor a kind of care: "bed 12A - comfort care".)
  if (CARE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 6))) return false;
  return lexiconTok(t) || nameOrUnlisted(text, t, false);
}

/**
 * Slots and shapes that show a name, in one pass over the tokens; each test starts from a cheap
 * character check (a comma, a dash or a quote after the word, a stop after a letter):
 * - "• Al-Hashimi, Dragana —", "stat: fitzwilliam, seo-yeon mrn": "Last, First" opening a line
 *   or a label and closed by a dash, a bracket, an ID cue or an age (lastFirstAt);
 * - initials written with their stops ("l.t.h.", "N.B.Y."; not "a.m.", "b.i.d.");
 * - a bulleted name a room follows ("• Al-Hashimi — 4N-14");
 * - a nickname in quotes between two name words ('Venkatesh "Venky" Long'): all three;
 * - two name words before a generational suffix ("håkon wiśniewska sr.");
 * - "the okonkwo family", "the Graves family".
 * Kept out of detectNames, which is already as large as V8 optimises well.
 */
function slotsAndShapes(scan: Scan, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): void {
  const { text, tokens } = scan;
  // (A lab line's record number has six digits or more: most messages have none, and no token is tried.)
  // (The scan reads every digit run but a handle's: none of six and no handle, and the pattern is not run.)
  const sixDigits = (scan.longestDigitRun >= 6 || scan.at > 0) && SIX_DIGITS.test(text);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const after = text.charCodeAt(t.rawEnd);
    // "ED boarding: Kahananui 70M waiting", "BOARDING: DOS SANTOS 80M": a name an age and sex follow.
    if (after === 32 && isAsciiDigit(text.charCodeAt(t.rawEnd + 1)) && !name[i] && !staff[i] && ageSexAt(text, t.rawEnd + 1)) nameBeforeAgeSex(text, tokens, i, name, staff);
    // "quick one - WB (MRN 00316814)", "pt MG (MRN ...)", "D.L. 67F - SS 72M -", "uro: dl, 88m,": two letters a slot opens and a record's cue or an age and sex close.
    if ((after === 32 || after === 44) && t.length === 2 && !name[i] && !staff[i] && twoLetterInitials(text, tokens, i, scan.lowerCase)) name[i] = 1;
    if (after === 44) {
      if (i + 1 < n) lastFirstAt(text, tokens, n, i, name, staff, joinNext, scan.lowerCase);
      // "self-pay Tsiklauri, acct 3359-...", "re okonjo, mrn ...": a word no list or English list holds before ", " and a record's cue
      // (not a maker's or payer's "SN"/"member id": "Medtronic, SN ...", "Ambetter, member id").
      // (Mid-sentence: a brand opening a message is as likely, "Kcentra, DOB unknown".)
      // (After a person's slot: a cue, "for", "re", "pt", "self-pay" or a label; "Referral to Apria, acct created", "Gave Kcentra, DOB" stay.)
      if (!name[i] && !staff[i] && t.flags === 0 && !t.handle && t.length >= 4 && !t.sentenceStart && RECORD_CUE_AFTER_COMMA.test(text.slice(t.rawEnd, t.rawEnd + 10)) &&
        ((i > 0 && t.wordGap && (PERSON_SLOT_BEFORE.has(tokens[i - 1]!) || hasFlag(tokens[i - 1]!, CUE))) || slotOpensAt(text, Math.max(0, t.start - 4), t.start)) &&
        (t.cap && !t.upper ? unknownNameWord(t) && !isEnglishWord(text, t.start, t.end) && !DRUG_ENDING.test(t.lower) && !CLINICAL_ENDING.test(t.lower) : scan.lowerCase && bareNameWord(text, t))) name[i] = 1;
      // "transfer center: UT, DOB 5-7-57": two or three letters a slot opens and a birth-date cue closes are initials.
      // (Not a clinical abbreviation: "re: ICU, DOB", "pt: MI, DOB", "from: OR, DOB".)
      if (!name[i] && !staff[i] && t.length <= 3 && t.length >= 2 && (t.upper || !t.cap) && !hasFlag(t, CUE | STAFF | RELATIVE) && !INITIALS_NOT.has(t.lower) &&
        !DOTTED_ABBREVIATIONS.has(t.lower) && !(t.length === 3 && hasFlag(t, NOT_NAME)) &&
        INITIALS_BEFORE_DOB.test(text.slice(t.rawEnd, t.rawEnd + 8)) && slotOpensAt(text, Math.max(0, t.start - 4), t.start)) name[i] = 1;
      continue;
    }
    if (staff[i] || t.handle) continue;
    // "SBAR for Ramaswamy:", "handoff for le:": a report for one word a colon closes, the patient (a name or initials).
    // ("pacer check Sutrisno:", "ICD interrogation bautista:": a device's check and its patient, "for" left out.)
    if (after === 58 && !name[i] && i >= 2 && t.wordGap && ((tokens[i - 1]!.is("for") && tokens[i - 1]!.wordGap && REPORT_WORDS.has(tokens[i - 2]!)) ||
      ((tokens[i - 1]!.is("check") || tokens[i - 1]!.is("interrogation")) && DEVICE_CHECKED.has(tokens[i - 2]!) && t.length >= 4 && !(t.upper && !scan.upperCase) && !isEnglishWord(text, t.start, t.end) &&
        !CLINICAL_SHORTHAND.has(t.lower) && !DEVICE_BRANDS.has(t))) && reportSubject(text, t)) {
      name[i] = 1;
      continue;
    }
    // "secondary ins for szabo: subscriber id": after any "for", a listed surname no English list holds, a colon closing it.
    if (after === 58 && !name[i] && i >= 1 && t.wordGap && tokens[i - 1]!.is("for") && isSpaceCode(text.charCodeAt(t.end + 1)) && t.length >= 4 && hasFlag(t, FAMILY) &&
      !hasFlag(t, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF | BED) && !isEponymTok(t) && !isEnglishWord(text, t.start, t.end) && !REPORT_TOPICS.has(t.lower)) {
      name[i] = 1;
      continue;
    }
    // ('Xiomara "Xio" Tuilagi': the nickname and surname join a given name found already.)
    if (name[i]) {
      if (after === 32 && i + 2 < n && isQuoteCode(text.charCodeAt(t.rawEnd + 1)) && !staff[i + 2] && quoted(text, tokens[i + 1]!) && !hasFlag(tokens[i + 1]!, NOT_NAME) &&
        tokens[i + 2]!.cap === t.cap && nameOrUnlisted(text, tokens[i + 2]!, lexiconTok(tokens[i + 2]!) || hasFlag(tokens[i + 2]!, AMBIGUOUS))) name.fill(1, i, i + 3);
      // ("Tevita (Tash) Oyelaran, 103M": a nickname in brackets between a found given name and the surname, a closer after it.)
      else if (after === 32 && i + 2 < n && text.charCodeAt(t.rawEnd + 1) === 40 && nicknameThenSurname(text, tokens, i, staff)) name.fill(1, i, i + 3);
      continue;
    }
    if (t.length === 1 && t.rawEnd === t.end + 1) {
      const last = dottedInitials(text, tokens, n, i);
      if (last > i) {
        name.fill(1, i, last + 1);
        i = last;
        continue;
      }
      // "U. J. MRN 8711811", "P. D. —", "pt n. t.)": two initials, each with its stop, a space
      // between them, and an ID cue, a dash, a bracket or an age after them.
      const second = tokens[i + 1];
      // ("R. W. IN 4W-16", "H. K. FROM MAPLE RIDGE": in capitals a unit's bed or where the patient comes from closes them too; "ON M. D., 105F":
      // an age and sex after them makes even a dotted abbreviation's letters a patient's.)
      // (The shape first; what follows is cut only for a second letter with its stop.)
      const dotted = !!second && second.length === 1 && second.rawEnd === second.end + 1;
      const closeAfter = dotted ? text.slice(second.rawEnd, second.rawEnd + 16) : "";
      if (dotted && second!.gapIs(" ") && second!.cap === t.cap && !staff[i + 1] && !(i > 0 && hasFlag(tokens[i - 1]!, STAFF)) &&
        (INITIALS_CLOSE.test(closeAfter) || (scan.upperCase && SHOUTED_INITIALS_CLOSE.test(closeAfter) && !clinicalLetters(t, second!))) &&
        (!DOTTED_ABBREVIATIONS.has(String.fromCharCode(lowerCode(t.codeAt(0)), lowerCode(second!.codeAt(0)))) || (scan.upperCase && AGE_SEX_AFTER_INITIALS.test(closeAfter)))) {
        name.fill(1, i, i + 2);
        i++;
        continue;
      }
    }
    if (after !== 32 || i + 1 >= n) continue;
    // "overnight: sy micu 3 bnp 1840; wf pacu bay 2 agitated", "swap A.K. to ED hallway 6, WT to iso": two or three letters
    // without stops a list item opens and a bed (or a move to one) closes are initials.
    if (!name[i] && t.length <= 3 && t.length >= 2 && t.rawEnd === t.end && (!t.cap || (t.upper && (!scan.upperCase || !isEnglishWord(text, t.start, t.end)))) && initialsInBedSlot(text, tokens, i)) {
      name[i] = 1;
      continue;
    }
    const next = tokens[i + 1]!, third = tokens[i + 2];
    // "Sage Young in 4 is npo", "Will Church in bed 12": a capitalised given name, even a word or verb, and a listed
    // surname where a patient is (mixed case).
    if (t.cap && !t.upper && next.cap && !next.upper && third && !name[i] && third.is("in") && next.wordGap && third.wordGap && !staff[i + 1] &&
      hasFlag(t, GIVEN) && hasFlag(next, FAMILY) && !hasFlag(t, CUE | RELATIVE | STAFF | HONORIFIC) && !hasFlag(next, CUE | RELATIVE | STAFF | HONORIFIC) && !(t.flags & F_MONTH) &&
      !isEponymTok(next) && IN_ROOM_AFTER.test(text.slice(next.end, next.end + 24))) {
      name.fill(1, i, i + 2);
      i++;
      continue;
    }
    // "Rusty turns ninety-five on Feb 12", "Lungile died Oct 15": a word opening a sentence before an age over 89 it turns, or before "died".
    if (t.sentenceStart && next.wordGap && SUBJECT_EVENTS.has(next) && subjectOfEvent(text, t, next)) {
      name[i] = 1;
      continue;
    }
    // "s: koa tamsk, mrn ...": two name words a label opens and an ID cue, birth date or age closes.
    // ("Edurne Goikoetxea DOB 15 Dec 1944", "Nomvula Okoth (MRN ...": a record's cue right after them, no comma.)
    if (((text.charCodeAt(next.rawEnd) === 44 && text.charCodeAt(next.rawEnd + 1) === 32 && idCueOrNumberAfterSpaces(text, next.rawEnd + 1) && SLOT_CLOSES.test(text.slice(next.rawEnd, next.rawEnd + 10))) ||
      (next.rawEnd === next.end && text.charCodeAt(next.end) === 32 && RECORD_CUE_AFTER_PAIR.test(text.slice(next.end, next.end + 8)))) &&
      next.wordGap && !name[i + 1] && !staff[i + 1] && t.cap === next.cap && t.upper === next.upper && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start)) &&
      // ("alert: sunny frost, dob": two listed names that are also words, there.)
      (nameOrUnlisted(text, t, slotListed(t)) || (lexiconTok(t) && !hasFlag(t, NOT_NAME))) && (nameOrUnlisted(text, next, slotListed(next)) || (lexiconTok(next) && !hasFlag(next, NOT_NAME)))) {
      name.fill(1, i, i + 2);
      i++;
      continue;
    }
    // "öztürk semhar k46162826 troponin", "korhonen nou 66067681 mg 1.3": a lab or specimen line opening with two name words
    // and a record's number, one of the words no English word.
    if (sixDigits && text.charCodeAt(next.rawEnd) === 32 && recordNumberAt(text, next.rawEnd) && next.wordGap && !name[i + 1] && !staff[i + 1] && t.cap === next.cap && t.upper === next.upper &&
      (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start)) && labLineName(text, t) && labLineName(text, next) &&
      (!isEnglishWord(text, t.start, t.end) || !isEnglishWord(text, next.start, next.end))) {
      name.fill(1, i, i + 2);
      i++;
      continue;
    }
    const c = text.charCodeAt(t.rawEnd + 1);
    if (isDash(c)) {
      if (ROOM_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 16)) && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start)) && nameOrUnlisted(text, t, slotListed(t))) name[i] = 1;
    } else if (isQuoteCode(c)) {
      if (third && !staff[i + 2] && quoted(text, next) && t.cap === third.cap && !hasFlag(next, NOT_NAME) && nameOrUnlisted(text, t, lexiconTok(t)) &&
        nameOrUnlisted(text, third, lexiconTok(third) || hasFlag(third, AMBIGUOUS))) name.fill(1, i, i + 3);
    } else if (third && third.length <= 3 && third.length >= 2 && next.wordGap && third.wordGap && !name[i + 1] && !staff[i + 1] && isSuffix(third) &&
      (third.rawEnd > third.end || third.length > 2) && ((suffixedWord(text, t) && suffixedWord(text, next)) || shoutedSuffixedPair(text, t, next, third))) {
      name.fill(1, i, i + 3);
      i += 2;
    } else if (t.length === 3 && third && t.is("the") && third.is("family") && next.wordGap && third.wordGap && !name[i + 1] && !staff[i + 1]) {
      if (!next.upper && !hasFlag(next, NOT_NAME) && !(next.cap && !NAME_SHAPE.test(next.word)) && (familyTok(next) || isEponymTok(next) || nameOrUnlisted(text, next, false))) name[i + 1] = 1;
      // ("OMG THE OKONKWO FAMILY BROUGHT DONUTS": in capitals, all three in capitals, a listed surname or a word no list holds, no English word.)
      else if (next.upper && t.upper && third.upper && next.length >= 3 && !hasFlag(next, NOT_NAME | CUE | RELATIVE | STAFF) && (familyTok(next) || isEponymTok(next) || nameOrUnlisted(text, next, false)) &&
        !isEnglishWord(text, next.start, next.end)) name[i + 1] = 1;
    } else if (t.length === 3 && third && t.is("the") && next.is("whole") && i + 3 < n && (tokens[i + 3]!.is("family") || tokens[i + 3]!.is("clan")) && third.wordGap && tokens[i + 3]!.wordGap && !name[i + 2] && !staff[i + 2]) {
      // "the whole Al-Hashimi clan is coming", "the whole stone clan", "the whole Stone family". (Before "family" a
      // word an English list holds only capitalised in mixed case: "the whole care family", "THE WHOLE HOUSE FAMILY" stay.)
      if (!hasFlag(third, NOT_NAME | CUE | RELATIVE) && !(third.cap && !third.upper && !NAME_SHAPE.test(third.word)) && (familyTok(third) || isEponymTok(third) || nameOrUnlisted(text, third, false)) &&
        ((third.cap && !third.upper) || tokens[i + 3]!.is("clan") || !isEnglishWord(text, third.start, third.end))) name[i + 2] = 1;
    }
  }
}

/** Labels of clinical lists CLINICAL_LABEL lacks. */
const CLINICAL_LABEL_WORDS = new Set(["ppx", "abx", "diuretic", "diuretics", "antibiotics", "sedation", "pressors", "drips", "gtts", "lines", "micro", "cx", "cultures", "problems", "issues", "todo", "to-do"]);

/** Short names of lab values after a patient's name in a lab or pharmacy note ("heme: Sokolova plt 39k"). */
const LAB_READING = new Set(["plt", "plts", "platelets", "hgb", "hb", "wbc", "inr", "ptt", "bnp", "trop", "tni", "lactate", "ldh", "a1c", "tsh", "vanc", "trough", "ammonia", "lipase", "ferritin", "crp", "esr", "procal"]);
/** What closes a name a label opens: a spaced dash, or an account's, record's or birth date's cue. */
const LABELLED_NAME_CLOSES = /^(?:[^\S\n]+[-–—][^\S\n]|,?[^\S\n]+(?:acct|account|mrn|mr#|dob|member|policy|claim)\b)/i;

/**
 * "wound care: minji moody — wound vac", "handoff: kowalczyk-baptiste — admit", "billing q: wanjiru mahlangu-park acct":
 * after a label's colon at a line's start (one or two words before it), one to three words and then a spaced dash
 * or an ID cue. The words: particles, listed names or words no list or English list holds, no clinical word;
 * one word alone must be a listed surname no English list holds (a drug's name is one word no list holds:
 * "note: keppra — level"), two need one listed name.
 */
function labelledNames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i + 1 < n; i++) {
    const label = tokens[i]!;
    if (text.charCodeAt(label.rawEnd) !== 58 || text.charCodeAt(label.rawEnd + 1) !== 32) continue;
    // The label opens its line: its first word starts the text or follows a line break.
    const opener = i > 0 && tokens[i]!.wordGap && !tokens[i]!.sentenceStart ? i - 1 : i;
    const lineStart = tokens[opener]!.start;
    let b = lineStart - 1;
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    if (b >= 0 && text.charCodeAt(b) !== 10) continue;
    // (Not a clinical label, whose items are drugs and problems: "abx: mero — day 3", "plan: posa — level".)
    if (CLINICAL_LABEL.test(text.slice(lineStart, label.rawEnd + 1)) || CLINICAL_LABEL_WORDS.has(label.lower)) continue;
    let last = -1, reading = false;
    for (let k = i + 1; k < n && k <= i + 3; k++) {
      if (k > i + 1 && !tokens[k]!.wordGap) break;
      if (LABELLED_NAME_CLOSES.test(text.slice(tokens[k]!.rawEnd, tokens[k]!.rawEnd + 10))) {
        last = k;
        break;
      }
      // ("heme: Sokolova plt 39k": a lab's short name and its value close it too.)
      if (k + 1 < n && LAB_READING.has(tokens[k + 1]!.lower) && tokens[k + 1]!.wordGap && /^[^\n]{0,12}?\d/.test(text.slice(tokens[k + 1]!.rawEnd, tokens[k + 1]!.rawEnd + 14))) {
        last = k;
        reading = true;
        break;
      }
    }
    if (last < 0) continue;
    let listed = 0, ok = true;
    for (let k = i + 1; k <= last && ok; k++) {
      const t = tokens[k]!;
      if (name[k]) continue;
      if (isParticle(t) && k < last) continue;
      ok = !staff[k] && !t.handle && t.length >= 2 && !(t.upper && t.length <= 3) && !hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED | AGE_WORD) && !isEponymTok(t) &&
        !CLINICAL_SHORTHAND.has(t.lower) && !CLINICAL_ENDING.test(t.lower) && !DRUG_ENDING.test(t.lower) && (lexiconTok(t) || nameOrUnlisted(text, t, false));
      if (lexiconTok(t)) listed++;
    }
    const one = tokens[i + 1]!;
    // (Before a lab's value one word no list holds may be the name too: it is no drug's nor test's there.)
    if (!ok || (last === i + 1 ? !((familyTok(one) && !hasFlag(one, AMBIGUOUS) && !isEnglishWord(text, one.start, one.end)) || (reading && bareNameWord(text, one))) : listed === 0)) continue;
    name.fill(1, i + 1, last + 1);
    i = last;
  }
}

/** A vowel in a word in capitals: shorthand has none ("MTG", "CXR"). */
const SHOUTED_VOWEL = /[AEIOUYÀ-ÖØ-ÝĀ-ž]/i;
/** A comma and an age after a sex's letter: "F, 103". */
const SEX_AGE_AFTER = /^, ?\d/;
/** Verbs in -s a person does, which census lists hold as surnames ("SHOWS", "SPEAKS"). */
const PERSON_S_VERBS = new Set(["speaks", "shows", "needs", "wants", "says", "asks", "takes", "gets", "goes", "lives", "keeps", "refuses", "states", "reports", "denies", "prefers", "works", "walks", "sees"]);

/** A word after a given name that is what a person does ("speaks", "needs") or a birth's cue ("born"), though lists hold it as a surname. */
function personVerbAfterName(t: Token): boolean {
  return PERSON_S_VERBS.has(t.lower) || (t.flags & F_DOB) !== 0;
}

/** An English word in capitals ending in -ed (6+ letters) or -ing (7+ letters) that no name list holds: a verb ("POSTED", "VISITING"). */
function shoutedVerb(text: string, t: Token): boolean {
  const n = t.length;
  const l1 = t.codeAt(n - 1) | 32, l2 = t.codeAt(n - 2) | 32;
  const ed = n >= 6 && l1 === 100 && l2 === 101;
  const ing = n >= 7 && l1 === 103 && l2 === 110 && (t.codeAt(n - 3) | 32) === 105;
  // (Not a listed name: "STERLING", "PT FLEMING IN 4", "MRS. MANNING CALLED".)
  return (ed || ing) && !hasFlag(t, GIVEN | FAMILY) && isEnglishWord(text, t.start, t.end);
}

/** A spoken word of 4+ letters no list or English list holds, and no clinical, adjective or drug ending. */
function bareNameWord(text: string, t: Token): boolean {
  return t.flags === 0 && t.length >= 4 && !t.handle && (!t.joined || isPossessive(text, t) || (hyphenated(t) && unlistedParts(t))) && SPOKEN_WORD.test(t.lower) && !CLINICAL_ENDING.test(t.lower) && !ADJECTIVE_ENDING.test(t.lower) &&
    !DRUG_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower) && !CLINICAL_PREFIX.test(t.lower) && !looksLikeVerb(t) && !isEnglishWord(text, t.start, t.end);
}

/** Words after "mr" or "ms" that grade or qualify MR imaging or a valve, not a surname ("mr safe", "ms mild"). */
const MR_STATES = new Set(["safe", "unsafe", "stable", "compatible", "mild", "severe", "moderate", "trace", "trivial", "worse", "better"]);

/**
 * `/^\d{1,3}\s?(?:[mf]|yo|y\/o)\b/i` at `at`, read from the codes (this runs after every word a number follows):
 * an age and sex ("70M", "13yo", "91 f").
 */
function ageSexAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at < 3 && isAsciiDigit(text.charCodeAt(k))) k++;
  if (k === at || isAsciiDigit(text.charCodeAt(k))) return false;
  if (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const c = text.charCodeAt(k) | 32;
  let end: number;
  if (c === 109 || c === 102) end = k + 1;
  else if (c === 121 && (text.charCodeAt(k + 1) | 32) === 111) end = k + 2;
  else if (c === 121 && text.charCodeAt(k + 1) === 47 && (text.charCodeAt(k + 2) | 32) === 111) end = k + 3;
  else return false;
  return end >= text.length || !isAsciiWordChar(text.charCodeAt(end));
}

/**
 * Token `i`, before an age and sex, is a surname: one word a slot opens (a line, a label's colon,
 * a bullet) that may be a name part and no English word; two such words, or a particle and a
 * listed surname ("DOS SANTOS 80M"); or a listed surname right after a found name ("yuki young 13yo").
 */
function nameBeforeAgeSex(text: string, tokens: Tokens, i: number, name: Uint8Array, staff: Uint8Array): void {
  const t = tokens[i]!;
  if (t.handle || t.length < 2 || hasFlag(t, CUE | RELATIVE | STAFF | BED | AGE_WORD) || isEponymTok(t) || CLINICAL_SHORTHAND.has(t.lower)) return;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  if (prev && name[i - 1] && t.wordGap && prev.cap === t.cap && familyTok(t)) {
    name[i] = 1;
    return;
  }
  // (A clinical adjective no list holds is no name: "• Tachycardic 80F on tele".)
  const sure = (w: Token) => nameOrUnlisted(text, w, slotListed(w)) && !isEnglishWord(text, w.start, w.end) && (slotListed(w) || !ADJECTIVE_ENDING.test(w.lower));
  if (!sure(t) && !(familyTok(t) && !hasFlag(t, NOT_NAME) && !!prev && isParticle(prev))) return;
  if (slotOpensAt(text, Math.max(0, t.start - 24), t.start)) name[i] = 1;
  else if (prev && t.wordGap && !staff[i - 1] && prev.cap === t.cap && (isParticle(prev) || sure(prev)) && slotOpensAt(text, Math.max(0, prev.start - 24), prev.start)) name.fill(1, i - 1, i + 1);
}

/** Six digits in a row: a message without them holds no lab line's record number. */
const SIX_DIGITS = /\d{6}/;
/** A record's number after a space: up to three letters glued to six digits or more ("k46162826", "66067681"), then a word's end. */
const RECORD_NUMBER_AT = / [a-z]{0,3}\d{6,}(?![\w.\/-])/iy;
/** RECORD_NUMBER_AT at `at`, tried only when a digit stands in its first four characters after the space. */
function recordNumberAt(text: string, at: number): boolean {
  let k = at + 1;
  while (k < at + 5 && k < text.length && !isAsciiDigit(text.charCodeAt(k))) k++;
  if (k >= at + 5 || k >= text.length) return false;
  return stickyAt(RECORD_NUMBER_AT, text, at);
}
/** A name word on a lab line: listed (not a word never a name) or a spoken word no list holds, no clinical word. */
function labLineName(text: string, t: Token): boolean {
  if (t.length < 2 || t.handle || hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) || CLINICAL_SHORTHAND.has(t.lower) || (t.flags & F_MONTH)) return false;
  return (lexiconTok(t) && !hasFlag(t, AMBIGUOUS)) || (unlistedWord(text, t) && SPOKEN_WORD.test(t.lower) && !CLINICAL_ENDING.test(t.lower) && !DRUG_ENDING.test(t.lower) && !ADJECTIVE_ENDING.test(t.lower));
}

/**
 * Whether the first character after the spaces at `at` is "m", "d" (any case) or a digit: after
 * a comma and a space SLOT_CLOSES matches only an ID cue ("mrn", "dob"), an age or a birth date,
 * and most commas after two words ("lives alone, no family") are followed by none.
 */
function idCueOrNumberAfterSpaces(text: string, at: number): boolean {
  let k = at;
  while (isSpaceCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return (c | 32) === 109 || (c | 32) === 100 || (c >= 48 && c <= 57);
}

/** After a found name at `i`: "(Nick) Surname" closed by a comma, bracket, ID cue or age, the words in the name's case. */
function nicknameThenSurname(text: string, tokens: Tokens, i: number, staff: Uint8Array): boolean {
  const t = tokens[i]!, nick = tokens[i + 1]!, last = tokens[i + 2]!;
  if (!bracketed(text, nick) || !last.gapIs(") ") || staff[i + 1] || staff[i + 2] || nick.cap !== t.cap || nick.upper !== t.upper || last.cap !== t.cap || last.upper !== t.upper) return false;
  if (nick.length < 2 || hasFlag(nick, NOT_NAME | CUE | RELATIVE | STAFF | BED) || hasFlag(last, CUE | RELATIVE | STAFF | BED) || isEponymTok(nick)) return false;
  // (A listed surname that is also a word too, the closer after it: "Tevita (Tash) Page, 95F" left "Page" after the nickname.)
  return (nameOrUnlisted(text, last, familyTok(last) && !hasFlag(last, AMBIGUOUS)) || (familyTok(last) && last.length >= 3 && !isEponymTok(last))) &&
    SLOT_CLOSES.test(text.slice(last.rawEnd, last.rawEnd + 14));
}

/** " turns 95", " turned ninety-one", " turns one hundred": an age over 89 turned. */
// (Not a reading's: "Weight turned 92 kg", "Score turns 95 percent", "Pressure turned 90s".)
const TURNS_AGE = /^\s+turn(?:s|ed|ing)\s+(?:9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred)(?![\d.%/]|s\b|\s*%|[- ](?:one|two|three|four|five|six|seven|eight|nine|ten)\b|\s*(?:mg|mcg|ml|cc|units?|kgs?|lbs?|pounds?|bpm|mmhg|percent|degrees?|deg|over|systolic|diastolic|sats?|beats|breaths|min|mins|minutes|cm|mm|points?)\b)/i;
/** After "is" or "was": an age over 89, in digits or words, and its years ("ninety-six years young", "101 yo", "one hundred three years old"). */
const IS_AGE_IN_YEARS = /^\s+(?:9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?:[\s-]*(?:years?|yrs?)[\s-]+(?:old|young)\b|\s*(?:yo|y\/o)\b)/i;
/** A record's cue right after a pair of name words: " DOB", " MRN", " (MRN", " mr#". */
const RECORD_CUE_AFTER_PAIR = /^ \(?(?:mrn|dob|mr#)(?![\p{L}])/iu;
/** A "y" between vowels, a consonant there ("WAYAN", "MAYAR"). */
const VOWEL_Y_VOWEL = /[aeiou]y[aeiou]/;
/** A word no list or English list holds, of four letters or more and two vowels: may be a given name. */
function unlistedGivenWord(text: string, t: Token): boolean {
  return t.flags === 0 && t.length >= 4 && (SPOKEN_WORD.test(t.lower) || VOWEL_Y_VOWEL.test(t.lower)) && !isEnglishWord(text, t.start, t.end) && !CLINICAL_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower);
}

/** A listed surname or a word no list knows, of four letters or more, that no English list holds. */
function surnameNoWord(text: string, t: Token): boolean {
  return t.length >= 4 && !isEnglishWord(text, t.start, t.end) && !hasFlag(t, NOT_NAME | AMBIGUOUS) && (familyTok(t) || (t.flags === 0 && !CLINICAL_ENDING.test(t.lower)) || (hyphenated(t) && unlistedParts(t)));
}

/** Words before "for" or a label's colon after which a drug, a germ or a test is named ("PRIOR AUTH FOR", "POSITIVE FOR", "RX:"). */
const DRUG_SLOT_WORDS = new TokenWords(["auth", "authorization", "pa", "refill", "refills", "rx", "script", "prescription", "order", "orders", "coverage", "approval", "formulary", "copay",
  "positive", "negative", "pos", "neg", "tested", "testing", "screen", "screened", "screening", "culture", "cultured", "cultures", "dose", "dosing", "level", "levels",
  "meds", "medications", "abx", "allergies", "allergy", "pmh", "hx", "dx", "ddx", "plan", "p", "a", "impression", "organism", "organisms", "bug", "bugs", "growing", "grew"]);
/** Endings of drugs' generic names ("risankizumab", "rimegepant", "lurasidone"). */
export const DRUG_ENDING = /(?:mab|tinib|citinib|gliflozin|gepant|previr|buvir|gravir|citabine|caftor|xaban|gatran|sartan|statin|prazole|floxacin|mycin|cillin|cycline|conazole|semide|thiazide|triptan|dronate|piprazole|peridone|ridone|sidone|ciguat|renone|milast|lukast|glutide|gliptin|parin|oxetine|pramine|triptyline|faxine|dipine|setron|profen|benazine|teperone|zepine|pril|olol|tide|sentan|ciclib|parib|rafenib|lisib)$/;

/** Whether the two words after "FOR" (or a label) at `i` may be a drug or a germ rather than a name: an order's or a test's word before, or a drug's ending. */
function drugSlot(tokens: Tokens, i: number, last: number): boolean {
  const cue = tokens[i]!;
  if (DRUG_SLOT_WORDS.has(cue) || (i > 0 && DRUG_SLOT_WORDS.has(tokens[i - 1]!))) return true;
  for (let k = i + 1; k <= last; k++) if (DRUG_ENDING.test(tokens[k]!.lower)) return true;
  return false;
}

/** Column headers of a table's name column. */
const NAME_HEADERS = new Set(["name", "patient", "pt", "patient name", "pt name", "full name"]);
/** Other headers that show a table of patients when the name column's header is only "name" (not "| Name | Dose |"). */
const PATIENT_HEADERS = new Set(["mrn", "mrn#", "dob", "age", "bed", "bed#", "rm", "room", "sex", "dx", "diagnosis", "issue", "issues", "problem", "problems", "admitted", "los", "attending"]);

/** The index of the first "|" at or after `from` and before `to`, or -1. */
function barIndex(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 124) return k;
  return -1;
}

/** Whether every line in text[from, to) holds a "|" (none when from >= to). */
function barsOnLines(text: string, from: number, to: number): boolean {
  let bar = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 124) bar = true;
    else if (c === 10) {
      if (!bar) return false;
      bar = false;
    }
  }
  return true;
}

/**
 * "| name | MRN | issue |" then "| Royal Oduya | 00568521 | AKI |": in a table written with bars
 * whose header names a name column (and, when that header is only "name", another column of
 * a patient's: "| Name | Dose |" lists drugs), the words of that column's cells: up to four,
 * every one a listed name or a name-shaped word no list knows, one of them no English word or a
 * given name and a surname ("| insulin glargine |", "| Heart failure |", "| TBD |" stay).
 */
function tableNameCells(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  // The header: the first line with two bars or more.
  let lineStart = 0, column = -1, headerEnd = -1;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const cells = line.split("|");
    if (cells.length >= 3) {
      const heads = cells.map((c) => c.trim().toLowerCase());
      column = heads.findIndex((c) => NAME_HEADERS.has(c));
      if (column >= 0 && heads[column] === "name" && !heads.some((c) => PATIENT_HEADERS.has(c))) column = -1;
      headerEnd = lineEnd;
      break;
    }
    lineStart = lineEnd + 1;
  }
  if (column < 0) return;
  let k = 0;
  while (k < n && tokens[k]!.start < headerEnd) k++;
  let lineEnd = headerEnd;
  while (k < n) {
    const from = text.lastIndexOf("\n", tokens[k]!.start - 1) + 1;
    let to = text.indexOf("\n", tokens[k]!.start);
    if (to < 0) to = text.length;
    // (The table ends at a line without a bar, a blank line too: "| drug | dose |" below is another table. Lines
    // between without words, "|---|---|", must hold a bar.)
    if (barIndex(text, from, to) < 0 || !barsOnLines(text, lineEnd + 1, from)) break;
    lineEnd = to;
    // The cell's bounds on this line. (Bars are looked for on the line alone: a search through the rest of
    // the text from each line was quadratic on lines without bars.)
    let cellStart = from, bars = 0;
    while (bars < column) {
      const bar = barIndex(text, cellStart, to);
      if (bar < 0) break;
      cellStart = bar + 1;
      bars++;
    }
    let cellEnd = bars === column ? barIndex(text, cellStart, to) : -1;
    if (cellEnd < 0) cellEnd = bars === column ? to : cellStart;
    const first = k;
    while (k < n && tokens[k]!.start < to) k++;
    if (bars !== column) continue;
    let words = 0, ok = true, strong = false;
    for (let j = first; j < k && ok; j++) {
      const t = tokens[j]!;
      if (t.start < cellStart || t.end > cellEnd) continue;
      words++;
      if (staff[j] || t.handle || hasFlag(t, CUE | RELATIVE | STAFF | BED) || !(t.length >= 2 || isInitial(t))) ok = false;
      else if (isInitial(t) || hasFlag(t, HONORIFIC)) continue;
      // (A name no English list holds: "Oduya", "AIGERIM".)
      else if (!isEnglishWord(text, t.start, t.end) && !hasFlag(t, NOT_NAME) && !CLINICAL_SHORTHAND.has(t.lower) && (lexiconTok(t) || (t.length >= 4 && SPOKEN_WORD.test(t.lower) && nameOrUnlisted(text, t, false)))) strong = true;
      // (With others a surname that is also a word: "| AIGERIM YOUNG |", "| Mahalia Strong |".)
      else if (!(lexiconTok(t) && (!hasFlag(t, NOT_NAME) || (hasFlag(t, FAMILY) && t.length >= 3)))) ok = false;
    }
    if (!ok || words === 0 || words > 4) continue;
    // (One word alone must be a name no English list holds: "| unknown |", "| Stable |" are none; a given name
    // and a surname need none: "| Grant Page |".)
    if (!strong) {
      let given = -1, family = -1;
      for (let j = first; j < k; j++) {
        const t = tokens[j]!;
        if (t.start < cellStart || t.end > cellEnd || isInitial(t) || hasFlag(t, HONORIFIC)) continue;
        if (given < 0) given = j;
        family = j;
      }
      if (given < 0 || given === family || !givenTok(tokens[given]!) || !familyTok(tokens[family]!) || hasFlag(tokens[given]!, NOT_NAME)) continue;
    }
    for (let j = first; j < k; j++) {
      const t = tokens[j]!;
      if (t.start >= cellStart && t.end <= cellEnd && !hasFlag(t, HONORIFIC)) name[j] = 1;
    }
  }
}

/** Reports written for one patient ("SBAR for X:"). */
/** Linking verbs in "-ing" after a word ("pt ill appearing", "pt well looking"): no person's act. */
const LINKING_ING = new TokenWords(["appearing", "looking", "smelling", "sounding", "feeling", "seeming", "being", "becoming", "getting", "acting"]);
/** Devices whose check or interrogation names its patient after it ("pacer check Sutrisno:"). */
const DEVICE_BRANDS = new TokenWords(["biotronik", "medtronic", "abbott", "boston", "evera", "azure", "heartware", "heartmate", "tslim", "t-slim", "carelink", "latitude", "merlin", "stjude", "linq", "reveal",
  "micra", "aveir", "omnipod", "dexcom", "libre", "tandem", "insulet", "inpt", "outpt", "remote", "today", "results", "normal", "done", "pending"]);
const DEVICE_CHECKED = new TokenWords(["pacer", "pacemaker", "icd", "device", "lvad", "vad", "ilr", "loop", "crt", "crt-d", "aicd", "pump", "stimulator", "dbs"]);
const REPORT_WORDS = new TokenWords(["sbar", "handoff", "hand-off", "update", "summary", "signout", "sign-out", "note", "curbside", "consult"]);

/** Services and teams in short that a report is written for ("note for IR:", "update for CM:"). */
const REPORT_TEAMS = new Set(["ir", "cm", "sw", "ur", "ep", "cv", "ent", "icu", "ccu", "cvicu", "micu", "sicu", "nicu", "picu", "pacu", "pcu", "tcu", "obs", "er", "ed", "or", "ot", "pt", "rt", "slp", "np", "pa", "rn", "md", "do", "dc", "snf", "ltc", "ltac", "irf", "qa", "qi", "it", "im", "fm", "em", "nsg", "rrt", "hd", "gi", "id"]);

/** Topics a report is written for that are listed surnames too. */
const REPORT_TOPICS = new Set(["file", "chart", "comfort", "sitter", "knee", "swallow", "field", "code", "room", "floor", "unit", "ward", "team", "transfer", "transport", "discharge", "admission", "rehab", "stroke", "sepsis", "trauma", "surgery", "pharmacy", "nursing", "dialysis", "hospice"]);

/**
 * The subject of a report: a listed name no English list holds or a word no list knows ("SBAR for
 * Ramaswamy:"), a listed surname that is also a word in the singular and no topic ("sbar for marsh:"), or two or three letters that are no clinical abbreviation or team ("handoff for
 * le:"); not "SBAR for rounds:", "note for file:", "handoff for cross-cover:", "note for IR:".
 */
function reportSubject(text: string, t: Token): boolean {
  if (hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED) || isEponymTok(t) || CLINICAL_SHORTHAND.has(t.lower) || REPORT_TEAMS.has(t.lower)) return false;
  if (t.length <= 3) return t.length >= 2 && (t.upper || !t.cap) && !INITIALS_NOT.has(t.lower) && !DOTTED_ABBREVIATIONS.has(t.lower) && !(t.length === 3 && isEnglishWord(text, t.start, t.end));
  if (hyphenated(t) && t.hyphenParts.every((p) => isEnglishWord(p, 0, p.length))) return false;
  // (A listed surname that is also a word only in the singular and no topic's: "sbar for marsh:"; not "SBAR for
  // rounds:", "summary for records:", "update for billing:", "note for file:".)
  if (isEnglishWord(text, t.start, t.end)) return familyTok(t) && !hasFlag(t, AMBIGUOUS) && !/(?:s|ing|ed)$/.test(t.lower) && !REPORT_TOPICS.has(t.lower);
  return familyTok(t) || givenTok(t) || nameOrUnlisted(text, t, false);
}

/** When a death was, after "died" or "passed" ("passed away" is read before). */
const DIED_WHEN = /^(?:\s+away)?\s+(?:on|at|in|this|last|early|late|yesterday|today|tonight|overnight|peacefully|suddenly|unexpectedly|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

/** " in 4 is", " in bed 12", " in rm 3b": where a patient is, not a dose or a time ("in 2 weeks", "in 5 min"). */
const IN_ROOM_AFTER = /^\s+in\s+(?:(?:bed|rm|room|bay)\s*#?\d{1,4}|\d{1,3})[a-z]?\b(?!\s*(?:mg|mcg|ml|min|mins|minutes?|h|hrs?|hours?|days?|d|wks?|weeks?|months?|yrs?|years?|%|\/|:|\.\d))/i;
/** Events only a person has, after a name opening a sentence. */
const SUBJECT_EVENTS = new TokenWords(["turns", "turned", "turning", "died", "passed", "eloped", "is", "was"]);

/** Whether `t`, opening a sentence before `event`, is a name: "Rusty turns ninety-five", "Lungile died"; not "Pt died", "She turns 95". */
function subjectOfEvent(text: string, t: Token, event: Token): boolean {
  if (t.length < 3 || t.handle || hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED | HONORIFIC) || isEponymTok(t)) return false;
  if (event.is("turns") || event.is("turned") || event.is("turning")) {
    return TURNS_AGE.test(text.slice(t.end, t.end + 48)) && (lexiconTok(t) || nameOrUnlisted(text, t, false));
  }
  // ("Ray is ninety-six years young", "Wanjiru was 101 yo": an age over 89 in years; not a reading, "HR is 96", "Temp was 99.1".)
  if (event.is("is") || event.is("was")) return IS_AGE_IN_YEARS.test(text.slice(event.end, event.end + 48)) && (lexiconTok(t) || nameOrUnlisted(text, t, false));
  // ("passed away", not "passed the swallow test".)
  if (event.is("passed") && !/^\s+away\b/i.test(text.slice(event.end, event.end + 6))) return false;
  // (A word no list knows only when the death has a when: "Nikolai died peacefully", "Lungile died Oct 15"; devices and drugs
  // "die" too: "Zoll died", "glucometer died again", "Vanco died? no". Only a person elopes: "URGENT!! OYELARAN ELOPED".)
  return (lexiconTok(t) && !hasFlag(t, AMBIGUOUS) && !isEnglishWord(text, t.start, t.end)) ||
    (t.flags === 0 && !CLINICAL_SHORTHAND.has(t.lower) && nameOrUnlisted(text, t, false) && (event.is("eloped") || DIED_WHEN.test(text.slice(event.end, event.end + 24))));
}

/** RUN_PARTICLE_WORDS, tested by token hash before a word is cut out. */
const RUN_PARTICLES = new TokenWords(RUN_PARTICLE_WORDS);
/** Particles that open a surname after a cue with no given name before them. */
const OPENING_PARTICLES = new TokenWords(["ó", "ní", "nic", "van", "von", "al", "el", "bin", "ibn", "dos", "das", "da", "ap", "te"]);
/** Welsh "ap" before a word an English list holds and no name found: an x-ray's projection ("AP view", "ap portable"), not "ap Rhys". */
function apBeforeWord(text: string, p: Token, after: Token, afterFound: boolean): boolean {
  return lowerIs(p, "ap") && !afterFound && isEnglishWord(text, after.start, after.end);
}
/** Particles that say "son of" or "daughter of": a name follows them, even one that is also a word ("Ceridwen bin Said"). */
const PATRONYMIC_PARTICLES = new TokenWords(["bin", "binti", "binte", "ibn", "ap"]);


/**
 * "June de la Cruz", "Summer Ó Súilleabháin", "faith de la cruz", "van der Berg was seen": one or two
 * particles and a surname after them (a found name, a capitalised word no English list holds, or in
 * lower case a surname after a given name), with the given name before them when there is one.
 */
function particleRuns(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const p = tokens[i]!;
    // ("Mc Intyre, Tunde", "MAC LEOD": "Mc" or "Mac" typed apart from a surname the lists hold whole.)
    if (i + 1 < n && (lowerIs(p, "mc") || lowerIs(p, "mac")) && !name[i] && !staff[i] && !(i > 0 && staff[i - 1])) {
      const rest = tokens[i + 1]!;
      // (Not an eponym: "mc murray test", "mc ardle disease".)
      if (rest.wordGap && rest.cap === p.cap && rest.length >= 3 && !staff[i + 1] && isFamilyName(p.lower + rest.lower) && !EPONYMS.has(p.lower + rest.lower) && !eponymContextAfter(tokens, i + 1)) name.fill(1, i, i + 2);
      continue;
    }
    if (!RUN_PARTICLES.has(p) || name[i] || staff[i] || (i > 0 && staff[i - 1])) continue;
    let last = i;
    while (last + 1 < n && last - i < 1 && tokens[last + 1]!.wordGap && RUN_PARTICLES.has(tokens[last + 1]!)) last++;
    const after = tokens[last + 1];
    if (!after || !after.wordGap || staff[last + 1] || after.handle) continue;
    const before = i > 0 && p.wordGap && !staff[i - 1] ? tokens[i - 1] : undefined;
    // (Māori "te" inside a name, "ngaio te whare", "pt te whare"; after a short word no name found it is Spanish or French
    // "you": "que te duele", "si te sientes", "je te vois".)
    if (lowerIs(p, "te") && !!before && before.length < 4 && !name[i - 1] && !hasFlag(before, CUE) && !before.is("for")) continue;
    if (hasFlag(after, NOT_NAME)) {
      // ("Ceridwen bin Said", "bhavna bin said's": after a found given name, "son of" and a listed surname, a word or not.)
      // (In one case a word after "bin" may be the verb it is: "hamid bin said he would come"; there a possessive or a closer after it.)
      if (last === i && !!before && name[i - 1] === 1 && givenTok(before) && PATRONYMIC_PARTICLES.has(p) && after.cap === before.cap && after.upper === before.upper && familyTok(after) && after.length >= 3 &&
        ((after.cap && !after.upper) || isPossessive(text, after) || closes(text, after) || text.charCodeAt(after.end) === 58)) {
        name.fill(1, i, i + 2);
        i++;
      }
      continue;
    }
    // ("Hope le Roux", "Kat van der Berg": in mixed case a lower-case particle between two capitalised words
    // joins them whatever else they are; an eponym after it is the surname then.)
    const between = !!before && !p.cap && before.cap && !before.upper && after.cap && !after.upper && before.length >= 3 && nameShaped(before) && nameShaped(after) &&
      !hasFlag(before, NOT_NAME | CUE | RELATIVE | STAFF | BED | HONORIFIC) && !(before.sentenceStart && looksLikeVerb(before)) && !eponymAt(tokens, i - 1) && !eponymContextAfter(tokens, last + 1);
    if (between) {
      name.fill(1, i - 1, last + 2);
      i = last + 1;
      continue;
    }
    if (eponymAt(tokens, last + 1)) continue;
    // ("guardian for Ó Súilleabháin", "RE Ó SÚILLEABHÁIN BED 18": after a cue an Irish, Arabic or Dutch particle opens a
    // surname no English list holds; not "de", "le", "du": "for de Quervain", "Le Fort" are clinical.)
    if (!!before && (before.is("for") || hasFlag(before, CUE)) && !hasFlag(before, RELATIVE) && OPENING_PARTICLES.has(p) && after.length >= 3 && after.cap === p.cap &&
      nameOrUnlisted(text, after, familyTok(after)) && !isEnglishWord(text, after.start, after.end)) {
      name.fill(1, i, last + 2);
      i = last + 1;
      continue;
    }
    // The given name: listed (a month that is one too: "June"), found, or capitalised no-list word.
    // ("R. van der Hoeven": an initial with its stop too.)
    const given = !!before && !before.handle && (name[i - 1] === 1 || givenTok(before) || (before.flags & F_MONTH && MONTH_NAMES.has(before.lower)) || (isInitial(before) && before.rawEnd > before.end) || (before.cap && !before.upper && unknownNameWord(before) && !isEnglishWord(text, before.start, before.end)) ||
      // ("gökhan van der berg" in lower case: a word no list knows before a surname found already.)
      (!before.cap && name[last + 1] === 1 && nameOrUnlisted(text, before, false)) ||
      // ("wiesław van dijk": a word no list or English list holds before the particle and a listed surname no English word.)
      (!before.cap && !after.cap && familyTok(after) && !hasFlag(after, AMBIGUOUS) && !isEnglishWord(text, after.start, after.end) && nameOrUnlisted(text, before, false) && !isEnglishWord(text, before.start, before.end)) ||
      // ("hospice: dieter de vries, 102yo": a listed name that is also a word, where a slot opens, before such a surname.)
      (!before.cap && !after.cap && familyTok(after) && !hasFlag(after, AMBIGUOUS | NOT_NAME) && !isEnglishWord(text, after.start, after.end) && lexiconTok(before) && !hasFlag(before, NOT_NAME | AMBIGUOUS) &&
        before.length >= 4 && slotOpensAt(text, Math.max(0, before.start - 4), before.start))) && !hasFlag(before, CUE | RELATIVE | STAFF | BED);
    // (Without a given name only a surname found already: "Le Fort fracture", "de Quervain" are clinical.)
    const surname = name[last + 1] === 1 || (given && ((after.cap && !after.upper && nameShaped(after) && after.length >= 3 && !isEnglishWord(text, after.start, after.end)) ||
      (after.upper && after.length >= 3 && (familyTok(after) || nameOrUnlisted(text, after, false))) || (!after.cap && lowerSurname(text, after))));
    if (!surname || apBeforeWord(text, p, after, name[last + 1] === 1)) continue;
    name.fill(1, given ? i - 1 : i, last + 2);
    i = last + 1;
  }
}

/**
 * A lower-case word that may be one part of a name no list needs to hold: a listed name no English list holds, or a
 * spoken word (two vowels apart) no list or English list holds, with no clinical, adjective or drug ending.
 */
function pairPart(text: string, t: Token, capitalised = false): boolean {
  if (t.cap !== capitalised || t.length < 3 || hasFlag(t, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF | HONORIFIC | BED | EPONYM) || t.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE)) return false;
  // (Nor English words joined by a hyphen, "self-pay", nor a people's language, "marshallese".)
  if (isEnglishWord(text, t.start, t.end) || (hyphenated(t) && t.hyphenParts.every((p) => isEnglishWord(p, 0, p.length))) || t.lower.endsWith("ese")) return false;
  if (lexiconTok(t)) return true;
  // (Nor a germ's genus or species, "naegleria fowleri", "achromobacter", nor a drug's stem: "avibactam", "patisiran".)
  return unlistedWord(text, t) && SPOKEN_WORD.test(t.lower) && !CLINICAL_ENDING.test(t.lower) && !ADJECTIVE_ENDING.test(t.lower) && !DRUG_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower) &&
    !GERM_OR_DRUG_STEM.test(t.lower);
}
/** Endings of germs' genera and species and of drugs' stems DRUG_ENDING lacks (not "-is", "-us", "-ia", which surnames and given names have). */
export const GERM_OR_DRUG_STEM = /(?:alis|ae|um|ii|ei|eria|bacter|coccus|myces|ella|thrix|monas|bactam|siran|phed)$/;

/**
 * "karimi shirin — farsi, dob", "Randrianarisoa Hery — Malagasy/French, DOB", "agbayani inday, cebuano, 100": two words (three
 * with a particle or middle word) opening a line or a label's slot, right before the language the person speaks, are a name
 * when each may be a name part in the text's case: capitalised and name-shaped, or a listed name or a spoken word no English
 * list holds.
 */
function pairBeforeLanguage(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i + 2 < n; i++) {
    const t = tokens[i]!;
    if (!(i === 0 || t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start))) continue;
    let last = i + 1;
    while (last < n && last - i < 3 && !languageAfter(text, tokens, n, last)) last++;
    if (last >= n || last - i > 2 || !languageAfter(text, tokens, n, last)) continue;
    let ok = true;
    for (let k = i; k <= last && ok; k++) {
      const w = tokens[k]!;
      ok = !staff[k] && (k === i || w.wordGap) && !isLanguage(w) && !PERSON_S_VERBS.has(w.lower) && !looksLikeVerb(w) && w.cap === t.cap && w.upper === t.upper && !w.handle && !hasFlag(w, CUE | STAFF | RELATIVE | HONORIFIC | BED | EPONYM) && !(w.flags & (F_MONTH | F_STATE_NAME)) &&
        (isParticle(w) && k > i && k < last ? true : w.cap && !w.upper ? looksLikeName(w) && !(hasFlag(w, NOT_NAME) && !hasFlag(w, FAMILY)) :
          w.upper ? nameOrUnlisted(text, w, lexiconTok(w) && !hasFlag(w, AMBIGUOUS)) : pairPart(text, w) || (lexiconTok(w) && !hasFlag(w, NOT_NAME | AMBIGUOUS) && !isEnglishWord(text, w.start, w.end)));
    // (Not two everyday words in capitals or capitalised: "Remote Video - Somali", "Diet Menu, Russian".)
    if (ok && t.cap) {
      let plain = true;
      for (let k = i; k <= last && plain; k++) plain = isEnglishWord(text, tokens[k]!.start, tokens[k]!.end) && !lexiconTok(tokens[k]!);
      if (plain) ok = false;
    }
    }
    if (ok) name.fill(1, i, last + 1);
    i = last;
  }
}

/**
 * "rx for nodin langrine sent to", "blood bank: wideline kaniho has anti-kell", "ivc papers for cudjo achakzai signed": in text
 * typed all in lower case two words in a row that may each be part of a name (pairPart) are one, when a line, a sentence, a
 * label, a cue or "for"/"on"/"re" opens the slot and punctuation, what a person does or a small word closes it.
 */
function unknownPairs(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, mixed: boolean): void {
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    // (In mixed case both capitalised: "Sutrisno Budi from Malang", "Arrieta Miren visiting from Donostia".)
    if (mixed && !(t.cap && !t.upper && next.cap && !next.upper)) continue;
    if ((name[i] && name[i + 1]) || staff[i] || staff[i + 1] || !next.wordGap || (i > 0 && !isSpaceCode(text.charCodeAt(t.start - 1))) || !pairPart(text, next, mixed) || !pairPart(text, t, mixed)) continue;
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    const slotOrCue = !!prev && (slotOpensAt(text, Math.max(0, t.start - 24), t.start) || BEFORE_SURNAME.has(prev.lower) || hasFlag(prev, CUE | RELATIVE));
    if (!(!prev || t.sentenceStart || slotOrCue)) continue;
    const after = i + 2 < n && tokens[i + 2]!.wordGap ? tokens[i + 2]! : undefined;
    // (In mixed case only what a person does or comes from closes them, a place capitalised after "from": not a colon, a bracket or a small word.)
    if (mixed) {
      const third = i + 3 < n ? tokens[i + 3]! : undefined;
      const from = !!after && (after.is("from") || (after.is("visiting") && !!third && third.is("from"))) && !!tokens[after.is("from") ? i + 3 : i + 4]?.cap;
      // (Before a person's verb one of the two listed: "Trelegy Ellipta needs teaching", "Tegaderm Mepilex needs changing" stay.)
      if (!(from || (!!after && (PERSON_VERBS.has(after.lower) || PERSON_ACTS_AFTER.has(after)) && !after.is("from") && (lexiconTok(t) || lexiconTok(next))))) continue;
    }
    else {
      // (Two words no list holds opening a sentence need what a person does, an age, a record's cue or a bracket after them;
      // punctuation is enough after a label, a cue or "for": "obrigado doutor, will call" stays.)
      const strong = (!!after && (PERSON_VERBS.has(after.lower) || PERSON_ACTS_AFTER.has(after))) || AGE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 10)) || ID_CUE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 8)) ||
        text.charCodeAt(next.end) === 58 || (text.charCodeAt(next.end) === 32 && text.charCodeAt(next.end + 1) === 40) || isPossessive(text, next);
      // (Only a sentence's or the text's start opens the slot: the weak opening.)
      if (!(strong || ((slotOrCue || lexiconTok(t) || lexiconTok(next)) && personNameEndsAt(text, tokens, n, i + 1, NameEnd.Loose)))) continue;
    }
    name.fill(1, i, i + 2);
    i++;
  }
}

/** Languages no name list holds as a word, spoken by patients an interpreter is booked for (NOT_A_NAME holds the commonest; places keep these, "N Navajo St"). */
const LANGUAGES = new TokenWords(["galician", "khmer", "kurdish", "kurmanji", "sorani", "marshallese", "tongan", "samoan", "fijian", "malagasy", "wolof", "fulani", "mandinka", "soninke",
  "lingala", "kinyarwanda", "kirundi", "faroese", "albanian", "yupik", "inupiaq", "basque", "slovak", "ukrainian", "romanian", "serbian", "croatian",
  "bosnian", "hungarian", "lithuanian", "latvian", "estonian", "armenian", "azerbaijani", "uzbek", "kazakh", "quechua", "aymara", "kiche", "palauan", "pohnpeian", "kosraean",
  "yapese", "hiligaynon", "waray", "bisaya", "mixtec", "zapotec", "triqui", "gullah"]);
/** Languages that are given names or surnames too ("Karen", "Shona", "Lao"); where they are spoken they are no one's name. */
const NAMED_LANGUAGES = new TokenWords(["karen", "shona", "lao", "thai", "georgian", "dari", "mongolian", "lakota", "cherokee", "tonga", "ewe", "mam", "chin", "kachin", "hmar",
  "chamorro", "catalan", "navajo", "czech", "twi"]);
/** What is done to a drug, a device or an order, not by a person ("Pitocin started", "dofetilide load", "Dupixent approved"). */
const ORDER_WORDS = new TokenWords(["started", "restarted", "given", "load", "loading", "loaded", "approved", "denied", "held", "placed", "stopped", "dc'd", "increased", "decreased",
  "titrated", "ordered", "dose", "dosing", "drip", "gtt", "infusion", "pending", "running", "weaning", "weaned", "due", "hung", "bolus"]);

/** Languages NOT_A_NAME holds as no name, for languageAfter. */
const COMMON_LANGUAGES = new TokenWords(["spanish", "english", "french", "portuguese", "mandarin", "cantonese", "vietnamese", "arabic", "russian", "haitian", "creole", "somali", "tagalog",
  "korean", "polish", "hindi", "urdu", "punjabi", "amharic", "swahili", "farsi", "japanese", "italian", "german", "greek", "hmong", "nepali", "bengali", "pashto", "tamil", "telugu",
  "gujarati", "ilocano", "cebuano", "burmese", "tigrinya", "oromo", "yoruba", "igbo", "hausa", "kreyol", "yiddish", "chuukese", "dzongkha", "turkish", "dutch", "persian"]);
/** Whether token `k` names a language. */
function isLanguage(t: Token): boolean {
  return LANGUAGES.has(t) || COMMON_LANGUAGES.has(t) || NAMED_LANGUAGES.has(t);
}
/** ", Farsi", " — Malagasy/French", " (Kurmanji)", " Kurdish": a language right after a word, as a registration or interpreter line writes it. */
function languageAfter(text: string, tokens: Tokens, n: number, k: number): boolean {
  const next = k + 1 < n ? tokens[k + 1]! : undefined;
  if (!next || !isLanguage(next)) return false;
  // (Not a people's word inside a name: "CHURCH BETHEL TONGAN ASSEMBLY".)
  const after = k + 2 < n ? tokens[k + 2]! : undefined;
  if (after && after.wordGap && !LANGUAGE_AFTER.has(after) && !after.is("only") && !after.is("speaking")) return false;
  return next.wordGap || next.gapIs(", ") || next.gapIs(" (") || next.gapIs(" — ") || next.gapIs(" - ") || next.gapIs(" – ");
}

/** Words after a language that say it is spoken ("Karen speaker", "Shona only"). */
/** What is written in a language ("labels in Dari", "translated into Karen"). */
const WRITTEN_IN = new TokenWords(["labels", "label", "written", "printed", "papers", "paperwork", "forms", "instructions", "handouts", "materials", "documents", "translated", "translation", "letters", "letter", "signs"]);
const LANGUAGE_AFTER = new TokenWords(["speaker", "speakers", "interp", "interpreter", "interpreters", "preferred", "pref"]);

/** Staff on a list: "RNS: NGUYEN / TANAKA / YOUNG", "Drs Nguyen, Tanaka" (a title or a staff word up to two words before). */
const STAFF_LIST_WORDS = new TokenWords(["rns", "nurses", "drs", "docs", "doctors", "staff", "attendings", "residents", "hospitalists", "pharmacists", "techs", "providers", "team", "oncall", "call"]);
function staffBefore(tokens: Tokens, i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (hasFlag(tokens[k]!, STAFF) || STAFF_LIST_WORDS.has(tokens[k]!)) return true;
  return false;
}

/** Whether the gap before token `t` separates the items of a list of names (", ", "; ", " / ", "/", " & "). */
function listGap(t: Token): boolean {
  return t.gapIs(", ") || t.gapIs("; ") || t.gapIs(" / ") || t.gapIs("/") || t.gapIs(" & ");
}
/** A word that may be a surname in a list of them: found, or listed as one, or surely one; no cue, title or eponym. */
function listSurname(text: string, tokens: Tokens, k: number, name: Uint8Array, staff: Uint8Array): 0 | 1 | 2 {
  const t = tokens[k]!;
  if (staff[k] || t.handle || t.length < 2 || hasFlag(t, CUE | RELATIVE | STAFF | HONORIFIC | EPONYM | BED) || t.flags & (F_MONTH | F_STATE_NAME)) return 0;
  // (A word the lists hold as no name before a colon is a label: "GUARDIAN: SZABO, TOMAS; WARD: KAUR, ILSE".)
  if (hasFlag(t, NOT_NAME) && text.charCodeAt(t.rawEnd) === 58) return 0;
  if (name[k] || (t.length >= 4 && familyTok(t) && surnameAfterAmbiguous(text, tokens, k))) return 2;
  // (A word the lists hold as no name only when it is a name-that-is-a-word too: "young", not "found", "he".)
  if (t.length >= 3 && hasFlag(t, FAMILY) && !(hasFlag(t, NOT_NAME) && !hasFlag(t, AMBIGUOUS))) return 1;
  // (In capitals, a spoken word no list or English list holds too: "SUNDQVIST / KAUR / OYELARAN".)
  return shoutedListWord(text, t) ? 1 : 0;
}
/** In capitals, a word of four letters or more no list or English list holds, with two vowels, no clinical or drug ending: may be a surname in a list. */
function shoutedListWord(text: string, t: Token): boolean {
  return t.upper && t.length >= 4 && unlistedWord(text, t) && SPOKEN_WORD.test(t.lower) && !CLINICAL_ENDING.test(t.lower) && !DRUG_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower);
}

/** Words after a list of surnames that sum its items up ("... ALL NEED AM LABS"). */
const LIST_SUMS = new TokenWords(["all", "both"]);
/**
 * "rounds list: sandhu, o'neil, grewal, young", "CASTILLO / LONG / TANAKA: ALL NEED": three or more one-word items, each a
 * surname a list holds or one found, at least two of them surely names, in one case: every item is a name; not after a place cue.
 */
function surnameLists(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i + 2 < n; i++) {
    // (A list opens with a separator right after its first item: ",", ";", "/", " /", " &".)
    const e = tokens[i]!.rawEnd, c = text.charCodeAt(e), c2 = text.charCodeAt(e + 1);
    if (c !== 44 && c !== 59 && c !== 47 && !(c === 32 && (c2 === 47 || c2 === 38))) continue;
    if (!listSurname(text, tokens, i, name, staff) || placeCueBefore(tokens, i)) continue;
    const first = tokens[i]!;
    let last = i, sure = 0, items = 0;
    for (let k = i; k < n; k++) {
      const t = tokens[k]!;
      if (k > i && (!listGap(t) || t.cap !== first.cap || t.upper !== first.upper)) break;
      const kind = listSurname(text, tokens, k, name, staff);
      if (!kind) break;
      items++;
      if (kind === 2) sure++;
      last = k;
    }
    // (What ends the list: punctuation, a bracket, the end, or a small word; not a word going on: "Hill, Long, Rose Garden".)
    // ("KAUR / SZABO / MOSS ALL NEED": "all" or "both" after the list sums its items up.)
    const summed = last + 1 < n && tokens[last + 1]!.wordGap && LIST_SUMS.has(tokens[last + 1]!);
    // (Summed up, one sure surname is enough: "PARK / CASTILLO / OYELARAN ALL NEED".)
    if (items >= 3 && (sure >= 2 || (summed && sure >= 1)) && (summed || personNameEndsAt(text, tokens, n, last, NameEnd.Acts)) && !staffBefore(tokens, i)) {
      for (let k = i; k <= last; k++) name[k] = 1;
    }
    i = last;
  }
}

/** "kemar and hunter,": a listed given name after "and" and a found name, closed by punctuation or the end; "wanjiru and zofia" after a relative. */
function namesJoinedByAnd(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let k = 1; k < n; k++) {
    // "X and Y" (the "and" is token k) or "X & Y" (token k is Y).
    const and = tokens[k]!;
    const ampersand = and.gapIs(" & ");
    if (!ampersand && (k + 1 >= n || !and.is("and") || !and.wordGap)) continue;
    const li = k - 1, ri = ampersand ? k : k + 1;
    const left = tokens[li]!, right = tokens[ri]!;
    if ((!ampersand && !right.wordGap) || left.cap !== right.cap || staff[li] || staff[ri]) continue;
    joinedPair(text, tokens, li, ri, name);
  }
}

/** namesJoinedByAnd's rules for one pair: the names at `li` and `ri`, a relative before the left one. */
function joinedPair(text: string, tokens: Tokens, li: number, ri: number, name: Uint8Array): void {
  const left = tokens[li]!, right = tokens[ri]!;
  const relative = li >= 1 && hasFlag(tokens[li - 1]!, RELATIVE);
  if (name[li] && !name[ri] && !right.handle && givenTok(right) && !MODAL_NAMES.has(right.lower) && !hasFlag(right, NOT_NAME) && !eponymAt(tokens, ri) && closes(text, right)) name[ri] = 1;
  // ("daughters Lungile and Rangi;": after a relative and a found name, any capitalised name-shaped word punctuation closes.)
  // ("sons Matteo & Will,": a capitalised given name that is also a word too.)
  else if (name[li] && !name[ri] && relative && right.cap && !right.upper && (looksLikeName(right) || (givenTok(right) && right.length >= 3 && nameShaped(right))) && !hasFlag(right, CUE | RELATIVE | STAFF) && closes(text, right)) name[ri] = 1;
  // ("DAUGHTERS LISA AND MARY HERE", "daughters lisa and mary here": there, in any case, a listed given name that is no
  // other word, with no closer; "wife Lisa and Will here", "son Tom and May" stay.)
  else if (name[li] && !name[ri] && relative && !right.handle && hasFlag(right, GIVEN) && !hasFlag(right, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF) &&
    !MODAL_NAMES.has(right.lower) && !(right.flags & F_MONTH) && !eponymAt(tokens, ri)) name[ri] = 1;
  // ("kids Zinnia and Tenzin": in mixed case a capitalised word before "and" and a found name after a relative, a word or not.)
  else if (name[ri] && !name[li] && relative && !left.handle && (givenTok(left) || nameOrUnlisted(text, left, false) || (left.cap && !left.upper && !left.sentenceStart && left.length >= 3 && nameShaped(left) && !isEponymTok(left))) &&
    !hasFlag(left, NOT_NAME | CUE | RELATIVE | STAFF)) name[li] = 1;
  // ("dtrs winona and htet,": after a relative in the plural and a found name, a given name or a word no list knows, punctuation closing it.)
  // (One syllable is enough there: Burmese and Karen given names are often one, "htet", "paw".)
  else if (name[li] && !name[ri] && relative && tokens[li - 1]!.lower.endsWith("s") && closes(text, right) &&
    (pairedGiven(text, right) || (right.length >= 3 && unlistedWord(text, right) && HAS_VOWEL.test(right.lower) && !CLINICAL_SHORTHAND.has(right.lower) && !CLINICAL_ENDING.test(right.lower)))) name[ri] = 1;
  // ("sons abebe & earl,": after a relative in the plural two words that may be given names, punctuation closing them, neither found yet.)
  else if (!name[li] && !name[ri] && relative && tokens[li - 1]!.lower.endsWith("s") && left.wordGap && pairedGiven(text, left) && pairedGiven(text, right) && closes(text, right)) {
    name[li] = 1;
    name[ri] = 1;
  }
}
/** A given name no other word, or a word no list or English list knows, for joinedPair. */
function pairedGiven(text: string, t: Token): boolean {
  return !t.handle && ((givenTok(t) && !hasFlag(t, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF)) || (t.length >= 4 && SPOKEN_WORD.test(t.lower) && unlistedWord(text, t) && !CLINICAL_ENDING.test(t.lower)));
}

/**
 * Marks words of 3+ letters that may be names and appear in the local part of an email address
 * within 150 characters of them (the nearest address only, so a long text stays linear).
 */
function namesInEmails(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, shouted: boolean): void {
  const ats: number[] = [], locals: string[] = [];
  for (let at = text.indexOf("@"); at > 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isEmailLocalChar(text.charCodeAt(start - 1))) start--;
    if (start < at && text.charCodeAt(at + 1) !== 32) {
      ats.push(at);
      locals.push(text.slice(start, at).toLowerCase());
    }
  }
  if (ats.length === 0) return;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle || t.length < 3 || (t.upper && !shouted) || hasFlag(t, NOT_NAME | CUE | STAFF)) continue;
    // (Not the address itself: a word right before the "@" or a dot inside it.)
    if (text.charCodeAt(t.rawEnd) === 64 || (text.charCodeAt(t.end) === 46 && text.charCodeAt(t.end + 1) !== 32)) continue;
    while (k + 1 < ats.length && ats[k + 1]! < t.start) k++;
    const near = Math.abs(ats[k]! - t.start) <= 150 ? k : k + 1 < ats.length && ats[k + 1]! - t.start <= 150 ? k + 1 : -1;
    if (near < 0 || !locals[near]!.includes(t.lower)) continue;
    if (lexiconTok(t) || nameOrUnlisted(text, t, false) || isEponymTok(t)) name[i] = 1;
  }
}

/**
 * A handoff or census list ("census:\n- church 4a", "1) Stone - DKA closing gap"): the word
 * opening an item is the patient's surname when a room, a dash or the line's end follows.
 */
function listItems(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (A line break within the five characters before the word first: most words have none.)
    if (name[i] || staff[i] || t.handle || (t.start > 5 && !lineBreakWithin(text, t.start, 6)) || !ITEM_OPENS.test(text.slice(Math.max(0, t.start - 5), t.start))) continue;
    if (!ITEM_CLOSES.test(text.slice(t.rawEnd, t.rawEnd + 12)) || hasFlag(t, NOT_NAME | BED | CUE) || t.length < 2) continue;
    if (lexiconTok(t) || isEponymTok(t) || nameOrUnlisted(text, t, false) || (t.upper && t.length <= 3)) name[i] = 1;
  }
}

/** Whether a line break is among the `span` characters before `at` (read back no further: linear on a long line). */
function lineBreakWithin(text: string, at: number, span: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - span; k--) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** A numbered or bulleted line up to its spaced dash: "1) Stone - ", "2) bin Rashid — ", "• kavanagh - ". */
const NUMBERED_DASH_LINE = /(?:^|\n)[^\S\n]*(\d{1,2}\)|[•◦▪‣*])[^\S\n]+([^\n]{2,48}?)[^\S\n]+[-–—][^\S\n]/g;

/**
 * "1) Stone - DKA closing gap\n2) bin Rashid - PE on heparin\n3) Thilini Hardy-O'Donnell - awaiting placement":
 * in a list of two numbered or bulleted lines or more, each "N) words - ..." or "• words - ...", the one to three words before the dash are a
 * patient's name when each may be a name part (a particle, a listed name, even an everyday word, or a word no
 * list or English list holds) and no clinical word; one item at least must be surely a name (two words, or a
 * listed given name), so a numbered problem or drug list ("1) AKI - improving 2) CAP - ceftriaxone", "1) Cipro - uti
 * 2) Spiro - ascites") stays.
 */
function numberedDashList(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  const items: [number, number][] = [];
  let lines = 0, sure = false, givenItem = false, bulleted = false;
  // (Matches come in text order: one cursor over the tokens keeps this linear.)
  let k = 0;
  NUMBERED_DASH_LINE.lastIndex = 0;
  for (let m = NUMBERED_DASH_LINE.exec(text); m; m = NUMBERED_DASH_LINE.exec(text)) {
    lines++;
    if (m[1]!.length === 1) bulleted = true;
    const from = m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length), to = from + m[2]!.length;
    while (k < n && tokens[k]!.start < from) k++;
    let first = -1, last = -1;
    for (let j = k; j < n && tokens[j]!.start < to; j++) {
      if (first < 0) first = j;
      last = j;
    }
    if (first < 0 || last - first > 2) continue;
    let ok = true;
    for (let j = first; j <= last && ok; j++) {
      const t = tokens[j]!;
      if (j > first && !t.wordGap) ok = false;
      else if (isParticle(t) && j < last) continue;
      else ok = !staff[j] && listItemNameWord(text, t);
    }
    if (!ok) continue;
    // (Surely a name: two words, or one listed given name; one word no English list holds is a drug's as often: "1) Mero - ID approval".)
    if (last > first || (givenTok(tokens[first]!) && !hasFlag(tokens[first]!, AMBIGUOUS | NOT_NAME))) sure = true;
    for (let j = first; j <= last; j++) if (givenTok(tokens[j]!) && !hasFlag(tokens[j]!, AMBIGUOUS | NOT_NAME)) givenItem = true;
    items.push([first, last]);
  }
  NUMBERED_DASH_LINE.lastIndex = 0;
  // (A bulleted list needs an item with a listed given name: two words no list holds are a device's as often, "• bair hugger - on".)
  if (lines < 2 || items.length < 2 || !sure || (bulleted && !givenItem)) return;
  for (const [first, last] of items) name.fill(1, first, last + 1);
}

/** A line's opening before its first word: the line break, spaces, and a bullet or number if any; group 1 the bullet. */
const LINE_ITEM_OPENS = /^[^\S\n]*([-–—•*◦▪]|\d{1,2}[).])?[^\S\n]*$/;
/** After an unbulleted line's first word under a list's header: a spaced dash ("Thein - C diff - INR 3.4"). */
const ITEM_DASH_AFTER = /^[^\S\n]+[-–—][^\S\n]/;

/**
 * "list for AM:\n- Kobayashi (106) AMS\n- Novák Guillain-Barré\n- Begum dc home": in a list whose lines open alike (the same
 * bullet, or none), when two items' first words are names found already (one, when the message opens with a list's word), the first word of each other item is one too if it
 * may be a name part (listItemNameWord: no clinical word, drug shorthand, staff or kin); under a patient list's header
 * ("night float list", "census") unbulleted lines "Word - ..." are items as well, two of them at least.
 */
function listSiblings(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  if (staffListHeader(text, tokens, n)) return;
  const items: number[] = [], bullets: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (A line's first word: at most seven characters of spaces and a bullet or number between the line's start and it.)
    // (Read back at most eight characters: a long line's words do not each search back to its start.)
    let lineStart = t.start;
    while (lineStart > 0 && t.start - lineStart <= 7 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    const m = t.start - lineStart <= 7 ? LINE_ITEM_OPENS.exec(text.slice(lineStart, t.start)) : null;
    if (!m) continue;
    items.push(i);
    bullets.push(!m[1] ? "" : isAsciiDigit(m[1].charCodeAt(0)) ? "1" : m[1]);
  }
  for (const bullet of new Set(bullets)) {
    const group = items.filter((_, k) => bullets[k] === bullet);
    if (group.length < 3) continue;
    let found = 0;
    for (const i of group) if (name[i]) found++;
    const headed = bullet === "" && listHeaderIn(text);
    const dashItems = headed ? group.filter((i) => ITEM_DASH_AFTER.test(text.slice(tokens[i]!.rawEnd, tokens[i]!.rawEnd + 4))) : [];
    // (One found is enough when the message opens with a list's word: "list for PM:", "census".)
    const enough = found >= 2 || (found === 1 && (LIST_WORDS.has(tokens[0]!) || LIST_WORDS.has(tokens[1]!)));
    if (!enough && dashItems.length < 2) continue;
    const taken = enough && bullet !== "" ? group : dashItems;
    // (A word no list holds only where half the items at least are found or listed names: a ward's list of products,
    // "- Prevnar given", "- Mepilex on sacrum", "- Jevity at 50", after two patients stays.)
    let sure = 0;
    for (const i of taken) if (name[i] || lexiconTok(tokens[i]!)) sure++;
    const unlistedToo = 2 * sure >= taken.length;
    for (const i of taken) {
      const t = tokens[i]!;
      if (name[i] || staff[i] || text.charCodeAt(t.rawEnd) === 58 || !listItemNameWord(text, t) || (t.length <= 3 && !lexiconTok(t)) || (!unlistedToo && !lexiconTok(t))) continue;
      name[i] = 1;
    }
  }
}

/** A word of a list item's name: a listed name (even an everyday word, not one never a name but a surname) or one no list or English list holds; no clinical word. */
function listItemNameWord(text: string, t: Token): boolean {
  return !t.handle && t.length >= 2 && !(t.upper && t.length <= 3) && !hasFlag(t, CUE | RELATIVE | STAFF | BED | AGE_WORD) && !isEponymTok(t) && !CLINICAL_SHORTHAND.has(t.lower) && !CLINICAL_ENDING.test(t.lower) &&
    (lexiconTok(t) ? !hasFlag(t, NOT_NAME) || hasFlag(t, FAMILY) : nameOrUnlisted(text, t, false));
}

/** "O'Brien", "d'amico", "N'Diaye": a surname an apostrophe opens after one letter. */
const APOSTROPHE_SURNAME = /^[odn]['’][a-z\u00c0-\u024f]{3,}$/i;
/** A bed or a unit's room as a row's field after " / ": "hall bed 7", "rm 12", "4W-24", "micu 3". */
const BED_FIELD_AFTER = /^[^\S\n]*\/[^\S\n]*(?:(?:hall(?:way)?[^\S\n]+)?(?:bed|rm|room|bay)[^\S\n]*#?[a-z]?\d{1,4}[a-z]?|\d{1,2}[a-z]{1,2}[- ]?\d{1,3}[a-z]?|(?:micu|sicu|icu|ccu|cvicu|picu|nicu|pcu|ed|er|obs|tele)[^\S\n]*#?\d{1,3}[a-z]?)[^\S\n]*\//i;
/**
 * "o'brien / hall bed 7 / 90 / dnr-dni / daughter ...", "OAKLEY / 4W-24 / 96 / DNR-DNI": a row of fields " / " divides, opening a
 * line with one or two words and a bed or room field next: the words are the patient's name when each may be a name part.
 */
function slashRowNames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (Only a line's first word: the start of the text or a line break before it.)
    let r = t.start;
    while (r > 0 && isSpaceCode(text.charCodeAt(r - 1)) && text.charCodeAt(r - 1) !== 10) r--;
    if (name[i] || staff[i] || (r > 0 && text.charCodeAt(r - 1) !== 10)) continue;
    let last = i;
    if (i + 1 < n && tokens[i + 1]!.wordGap && text.charCodeAt(t.rawEnd) === 32 && text.charCodeAt(t.rawEnd + 1) !== 47) last = i + 1;
    const end = tokens[last]!;
    if (!BED_FIELD_AFTER.test(text.slice(end.rawEnd, end.rawEnd + 24))) continue;
    let ok = true;
    let listed = false;
    for (let j = i; j <= last && ok; j++) {
      ok = !staff[j] && (listItemNameWord(text, tokens[j]!) || (j < last && isParticle(tokens[j]!))) && !(tokens[j]!.flags & (F_MONTH | F_STATE_NAME));
      // (One word a listed name no English word, or a name's apostrophe: "Kcentra / bed 3", "Optiflow / MICU 3" stay.)
      if ((lexiconTok(tokens[j]!) && !hasFlag(tokens[j]!, NOT_NAME | AMBIGUOUS) && !isEnglishWord(text, tokens[j]!.start, tokens[j]!.end)) || APOSTROPHE_SURNAME.test(tokens[j]!.word)) listed = true;
    }
    if (ok && listed) name.fill(1, i, last + 1);
  }
}

/**
 * Syllables of Korean and Chinese given names written romanised and hyphenated ("ji-woo", "hye-jin", "young-ja", "shu-fen",
 * "mei-ling"). Two-letter English words ("in", "on", "do", "so", "to", "go", "no", "me", "we", "he") are left out.
 */
const GIVEN_SYLLABLES = new Set(["ji", "min", "seo", "soo", "su", "hye", "jin", "young", "yeong", "ja", "woo", "jun", "joon", "hyun", "hyeon", "eun", "ha", "yoon",
  "yun", "jae", "sung", "seong", "hee", "ho", "kyung", "gyeong", "mi", "sook", "suk", "hwa", "jung", "jeong", "won", "yeon", "dong", "sang", "chul", "cheol", "na", "rim",
  "bin", "bo", "da", "il", "tae", "seok", "hoon", "hun", "kyu", "gyu", "chan", "nam", "myung", "myeong", "geun", "ju", "joo", "hyo", "wook", "ye", "yu", "yi", "li",
  "shu", "fen", "mei", "ling", "xiao", "wei", "hui", "yan", "hua", "ying", "qing", "zhi", "hong", "ming", "jia", "xin", "lan", "feng", "chun", "hai", "jie",
  "ping", "zhen", "xiu", "chia", "hao", "chih", "hsin", "hsiu", "yen", "tzu", "pei", "wen", "kai", "chen", "yong", "hyuk", "kwang", "seung", "soon", "ok", "ae"]);
/** Korean and Chinese surnames that are English words too, or too short for the lists ("park", "lee", "han", "wong", "ng"). */
const EAST_ASIAN_SURNAMES = new TokenWords(["park", "lee", "kim", "han", "shin", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "oh", "seo", "kwon", "hwang", "ahn", "song", "yoo",
  "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "sim", "noh", "kwak", "sung", "cha", "joo", "woo", "min", "ryu", "jin", "chae", "won", "chun", "bang",
  "gong", "hyun", "li", "wang", "zhang", "liu", "chen", "huang", "zhao", "wu", "zhou", "xu", "zhu", "hu", "guo", "lin", "luo", "gao", "liang", "zheng", "xie", "tang", "deng",
  "cao", "peng", "zeng", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "liao",
  "fu", "lai", "chang", "tsai", "hsu", "wong", "chan", "leung", "cheung", "lau", "kwok", "ng", "chow", "yip", "lam", "tse", "tsang", "fung", "mak"]);
/** Whether `t` is a hyphenated pair of two different given-name syllables ("ji-woo", "SHU-FEN"). */
function syllableGivenName(t: Token): boolean {
  if (!t.joined || t.length < 4 || t.length > 13 || t.handle) return false;
  const parts = t.hyphenParts;
  return parts.length === 2 && parts[0] !== parts[1] && GIVEN_SYLLABLES.has(parts[0]!) && GIVEN_SYLLABLES.has(parts[1]!);
}
/**
 * "family ji-woo park signing", "neighbor min-jun lee feeding", "DAUGHTER HYE-JIN WILL", "shu-fen in hall bed 4": a hyphenated
 * pair of given-name syllables is a given name, and a short surname right after it in its case joins it.
 */
function syllableGivenNames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || !syllableGivenName(t)) continue;
    name[i] = 1;
    const next = tokens[i + 1];
    // (A listed surname that is no English word, or a Korean or Chinese one: "park", "lee", "han"; not "seo-yeon on 72h hold".)
    if (next && !staff[i + 1] && next.wordGap && next.length <= 6 && next.cap === t.cap && next.upper === t.upper && !hasFlag(next, CUE | RELATIVE | STAFF | BED | HONORIFIC) &&
      (EAST_ASIAN_SURNAMES.has(next) || (hasFlag(next, FAMILY) && !hasFlag(next, NOT_NAME) && !isEnglishWord(text, next.start, next.end)))) name[i + 1] = 1;
  }
}

/** Letters only Vietnamese writes: ă, đ, ơ, ư and the vowels with two marks (U+1EA0-U+1EF9), in either case. */
function vietnameseLetterIn(t: Token): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.codeAt(k);
    if (c < 0x102) continue;
    if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0) return true;
  }
  return false;
}
/** Vietnamese surnames that are also English words or titles, written without their marks ("Do", "Ho", "Le"). */
const VIETNAMESE_SHORT_SURNAMES = new TokenWords(["do", "ho", "le", "vu", "vo", "ly", "bui", "ngo", "lam", "mai", "ha", "ta", "la"]);
/**
 * "asl interpreter for đỗ thi thảo", "Bảo Do called from": next to a found name, a word with a letter only Vietnamese writes
 * is a name part too, and after a found name with one, a short Vietnamese surname written without its marks or a short
 * capitalised word mid-sentence in mixed case ("Bảo Do", "Nguyễn Văn An"; not "Bảo DO", a title).
 */
function vietnameseNameParts(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): boolean {
  let grew = false;
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    const t = tokens[i]!, prev = i > 0 ? tokens[i - 1]! : undefined, next = i + 1 < n ? tokens[i + 1]! : undefined;
    if (prev && !name[i - 1] && !staff[i - 1] && t.wordGap && prev.cap === t.cap && !hasFlag(prev, CUE | RELATIVE | STAFF | HONORIFIC | BED) && vietnameseLetterIn(prev)) {
      name[i - 1] = 1;
      grew = true;
    }
    if (!next || name[i + 1] || staff[i + 1] || !next.wordGap || next.sentenceStart || hasFlag(next, CUE | RELATIVE | HONORIFIC | BED)) continue;
    if ((next.cap === t.cap && vietnameseLetterIn(next)) || (t.cap && !t.upper && next.cap && !next.upper && (VIETNAMESE_SHORT_SURNAMES.has(next) || (next.length <= 4 && !hasFlag(next, STAFF | NOT_NAME) && !LAB_READING.has(next.lower) && !CLINICAL_SHORTHAND.has(next.lower) && !isAsciiDigit(text.charCodeAt(next.rawEnd + 1)))) && vietnameseLetterIn(t))) {
      name[i + 1] = 1;
      grew = true;
    }
  }
  return grew;
}

/**
 * "niece xiaoming li (+1 277 ...)", "mom blessing balogun", "son tamsin wu, 555-...": in lower case after a relative, a word that
 * may be a given name (a listed one, even a verb's form, or a spoken word no list or English list holds) and a surname that is
 * surely one (listed and no English word, or a Korean or Chinese one), a comma, bracket, "+", age or the end closing them.
 */
function relativeGivenAndSurname(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i + 2 < n; i++) {
    const cue = tokens[i]!;
    if (!hasFlag(cue, RELATIVE) || cue.cap || isPossessive(text, cue)) continue;
    const first = tokens[i + 1]!, last = tokens[i + 2]!;
    if (name[i + 1] || name[i + 2] || staff[i + 1] || staff[i + 2] || !first.wordGap || !last.wordGap || first.cap || last.cap || first.handle || last.handle) continue;
    if (hasFlag(first, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF | BED | EPONYM) || MODAL_NAMES.has(first.lower) || first.length < 3) continue;
    const firstOk = (lexiconTok(first) && (givenTok(first) || !isEnglishWord(text, first.start, first.end) || looksLikeVerb(first))) ||
      // (A word no English list holds may end in "-ing" too: "xiaoming".)
      (first.length >= 4 && first.flags === 0 && !first.joined && !isAsciiDigit(text.charCodeAt(first.rawEnd)) && !isEnglishWord(text, first.start, first.end) && SPOKEN_WORD.test(first.lower) && !CLINICAL_ENDING.test(first.lower) && !CLINICAL_SHORTHAND.has(first.lower) && !ADJECTIVE_ENDING.test(first.lower));
    if (!firstOk || hasFlag(last, CUE | RELATIVE | STAFF | BED | EPONYM)) continue;
    // (A Korean or Chinese surname even when it is a word too: "li", "lee", "park".)
    const lastOk = EAST_ASIAN_SURNAMES.has(last) || (familyTok(last) && last.length >= 3 && !hasFlag(last, NOT_NAME | AMBIGUOUS) && !isEnglishWord(text, last.start, last.end) && !CLINICAL_SHORTHAND.has(last.lower));
    if (lastOk && closes(text, last)) name.fill(1, i + 1, i + 3);
  }
}

/** First words of two-word Native American surnames ("Old Coyote", "Many Goats", "Two Bulls", "Spotted Elk"). */
const COMPOUND_SURNAME_FIRST = new TokenWords(["old", "medicine", "many", "two", "three", "four", "little", "black", "white", "red", "yellow", "spotted", "running", "standing", "sitting", "crazy",
  "iron", "lone", "big", "tall", "young", "brave", "kills", "afraid", "long", "good", "plenty", "chasing", "walking", "flying", "swift", "gray", "grey", "bad", "high", "whistling", "laughing"]);
/** Second words of those surnames: animals and things ("Coyote", "Goats", "Bulls", "Crow", "Feather", "Cloud"). */
const COMPOUND_SURNAME_SECOND = new TokenWords(["coyote", "goats", "goat", "bulls", "bull", "crow", "crows", "horse", "horses", "eagle", "eagles", "bear", "bears", "elk", "wolf", "hawk",
  "feather", "feathers", "cloud", "clouds", "bird", "birds", "buffalo", "thunder", "deer", "fox", "owl", "whirlwind", "shield", "arrow", "arrows", "moon", "hair", "robe", "knife",
  "tail", "turtle", "calf", "antelope", "beaver", "otter", "weasel", "raven", "magpie", "mule", "plume", "lance", "elk", "kettle", "lodge", "pipe", "mountain"]);
/** Whether tokens k and k+1 are such a surname, in one case and a word's gap between them. */
function compoundSurnameAt(tokens: Tokens, n: number, k: number): boolean {
  if (k + 1 >= n) return false;
  const a = tokens[k]!, b = tokens[k + 1]!;
  return b.wordGap && a.cap === b.cap && a.upper === b.upper && COMPOUND_SURNAME_FIRST.has(a) && COMPOUND_SURNAME_SECOND.has(b);
}
/**
 * "pt winona old coyote has", "ahiga many goats from", "Old Coyote, Shandiin to", "old coyote, delbert -": a two-word Native American
 * surname (a word such as "old", "many", "two" and an animal's or thing's name) right after a found given name in its case, or
 * before ", " and a found or listed given name that a closer follows.
 */
function compoundSurnames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): boolean {
  let grew = false;
  for (let i = 0; i + 1 < n; i++) {
    // (The cheap test first: a found name before the pair, or a comma after it.)
    if (!(i > 0 && name[i - 1]) && text.charCodeAt(tokens[i + 1]!.rawEnd) !== 44) continue;
    if (staff[i] || staff[i + 1] || !compoundSurnameAt(tokens, n, i)) continue;
    const a = tokens[i]!, b = tokens[i + 1]!;
    const before = i > 0 ? tokens[i - 1]! : undefined;
    const afterGiven = !!before && name[i - 1] === 1 && a.wordGap && before.cap === a.cap && before.upper === a.upper && !isPossessive(text, before) && (givenTok(before) || !lexiconTok(before));
    const first = i + 2 < n ? tokens[i + 2]! : undefined;
    const lastFirst = !!first && !staff[i + 2] && first.gapIs(", ") && first.cap === a.cap && first.upper === a.upper && (name[i + 2] === 1 || (givenTok(first) && !hasFlag(first, NOT_NAME | AMBIGUOUS))) &&
      !hasFlag(first, CUE | RELATIVE | STAFF | BED) && (name[i + 2] === 1 || NAME_PUNCT_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 4)) || personNameEndsAt(text, tokens, n, i + 2, NameEnd.Loose));
    if (!afterGiven && !lastFirst) continue;
    if (!name[i] || !name[i + 1]) grew = true;
    name[i] = name[i + 1] = 1;
    if (lastFirst) {
      if (!name[i + 2]) grew = true;
      name[i + 2] = 1;
      joinNext[i + 1] = 1;
    }
  }
  return grew;
}

/** A record's number or birth date after "Last, First": " (mr-604036)", " (00768352)", ", dob", " mrn". */
const RECORD_AFTER_PAIR = /^(?:\s*\((?:mrn?\b|mr-|#?\d{5,})|,?\s+(?:dob|mrn|mr#)\b)/i;
/**
 * "her, adaeze (mr-604036) declined", "Anbu Her (00768352)": the Hmong surname "Her", which is also a pronoun, before ", " and a
 * found or listed given name that a record's number or birth date closes, where a slot opens; or capitalised mid-sentence in mixed
 * case right after a found given name. "told her, maria said" and "gave her, Maria" stay.
 */
function herSurnames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): boolean {
  let grew = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.length !== 3 || !t.is("her")) continue;
    const next = i + 1 < n ? tokens[i + 1]! : undefined;
    if (next && next.gapIs(", ") && !staff[i + 1] && next.cap === t.cap && (name[i + 1] === 1 || (givenTok(next) && !hasFlag(next, NOT_NAME | AMBIGUOUS))) &&
      RECORD_AFTER_PAIR.test(text.slice(next.rawEnd, next.rawEnd + 12)) && slotOpensAt(text, Math.max(0, t.start - 4), t.start)) {
      name[i] = name[i + 1] = 1;
      joinNext[i] = 1;
      grew = true;
    } else if (t.cap && !t.upper && !t.sentenceStart && i > 0 && name[i - 1] && t.wordGap && tokens[i - 1]!.cap && !tokens[i - 1]!.upper && !isPossessive(text, tokens[i - 1]!) &&
      // (A closer after it: "Anbu Her (0076...)", "Anbu Her, 67M"; not "Updated Maria Her husband".)
      (NAME_PUNCT_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 4)) || DIGIT_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 3)))) {
      name[i] = 1;
      grew = true;
    }
  }
  return grew;
}

/** "twin A Xuereb", "twin b zhakupov", "baby B Wade": a twin's or baby's letter, then a listed name or a word no list or English list holds. */
const TWIN_WORDS = new TokenWords(["twin", "baby", "twins"]);
/** What a twin's letter is followed by in obstetrics: a presentation, a score, a weight ("twin A breech", "baby B apgars 8/9"). */
const TWIN_CLINICAL = new TokenWords(["breech", "vertex", "transverse", "footling", "frank", "complete", "incomplete", "cephalic", "oblique", "apgar", "apgars", "presenting",
  "delivered", "born", "weight", "wt", "efw", "afi", "bpp", "nst", "nicu", "stable", "vigorous", "crying", "intubated", "male", "female", "boy", "girl"]);
function twinLetterNames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, lowered: boolean): void {
  for (let i = 0; i + 2 < n; i++) {
    if (!TWIN_WORDS.has(tokens[i]!)) continue;
    const letter = tokens[i + 1]!, w = tokens[i + 2]!;
    if (letter.length !== 1 || !letter.wordGap || !w.wordGap || name[i + 2] || staff[i + 2] || w.handle || w.length < 3) continue;
    const c = letter.codeAt(0) | 32;
    if (c < 97 || c > 99 || hasFlag(w, CUE | RELATIVE | STAFF | BED | AGE_WORD) || isEponymTok(w) || CLINICAL_SHORTHAND.has(w.lower) || TWIN_CLINICAL.has(w)) continue;
    // (A listed word that is English only before a closer; a word no list holds capitalised in mixed case and of no clinical shape:
    // "twin B polyhydramnios", "baby A will need", "twin A hyperbili" stay.)
    const listed = lexiconTok(w) && (!hasFlag(w, NOT_NAME) || hasFlag(w, AMBIGUOUS)) && !(w.flags & F_MONTH) && !MODAL_NAMES.has(w.lower) && (!isEnglishWord(text, w.start, w.end) || closes(text, w));
    const unlisted = unlistedGivenWord(text, w) && (w.cap || lowered) && !ADJECTIVE_ENDING.test(w.lower) && !CLINICAL_PREFIX.test(w.lower) && !/^(?:hyper|hypo|poly|oligo|non|mono|di|tri)/.test(w.lower);
    if (listed || unlisted) {
      name[i + 2] = 1;
      // (The letter is the twin's, no middle initial: "twin B Zhakupov" keeps "B".)
      staff[i + 1] = 1;
    }
  }
}

/**
 * Text typed all in capitals: "POA IS SON YEVGENIA TAUFA", "FAMILY OBINNA AT ...", "CONSENT FOR
 * SANDOVAL JOAQUÍN —". Capitals say nothing there, so words that may be a name (listed, or no
 * list knows them) after a patient or relative cue, or after "for" in a slot a dash or bracket
 * closes (scan.upperCase: no lower-case letter anywhere).
 */
function shoutedNames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): void {
  for (let i = 0; i + 1 < n; i++) {
    const cue = tokens[i]!;
    // "CRITICAL K 7 ON THILINI RICH MRN 0604", "FAITH STONE 04SEP2004": two words that may be a
    // name (one of them listed) before an ID or birth-date cue or a date.
    const second = tokens[i + 1]!;
    if (!name[i] && !name[i + 1] && !staff[i] && !staff[i + 1] && cue.upper && second.upper && second.wordGap && cue.length >= 3 && second.length >= 3 &&
      !hasFlag(cue, NOT_NAME | CUE | RELATIVE) && !hasFlag(second, NOT_NAME | CUE | RELATIVE) && (lexiconTok(cue) || lexiconTok(second)) &&
      SHOUTED_NAME_CLOSE.test(text.slice(second.rawEnd, second.rawEnd + 12)) && nameOrUnlisted(text, cue, lexiconTok(cue) || hasFlag(cue, AMBIGUOUS)) &&
      nameOrUnlisted(text, second, lexiconTok(second) || hasFlag(second, AMBIGUOUS)) && shoutedPairBeforeDate(text, cue, second)) {
      name.fill(1, i, i + 2);
      i++;
      continue;
    }
    // (All of the text in capitals: "MR YELLOWHORSE" is no mitral regurgitation there.)
    // ("FAM MTG TMRW": after "fam" only a name a phone number follows, as in nameAfterCues.)
    // ("GUARANTOR WISLANDE DORVIL,", "PETITIONER DIEUDONNÉ SAINT-LOUIS": a person's role in a record opens the name as a cue does.)
    // (Not our own managers: "CASE MANAGER PATEL CALLED", "UNIT MGR GARCIA APPROVED OT".)
    const byCue = (hasFlag(cue, CUE | RELATIVE) || (cue.upper && SHOUTED_ROLES.has(cue) && !staffManager(tokens, i))) && !isPossessive(text, cue) && !(cue.is("fam") && !famPhoneAfter(text, tokens, i + 1));
    // ("DERM Q: LUNGILE MACASKILL, PICS": a label's colon opens the slot as "for" does.)
    const labelled = !byCue && (cue.upper || (cue.length === 1 && isAsciiUpper(cue.codeAt(0)))) && cue.rawEnd === cue.end && second.gapIs(": ");
    if (!byCue && !cue.is("for") && !labelled) continue;
    let last = i;
    // (The word a comma follows inside the name, joined to the next only when the name is taken: "FOR OKAFOR, LUMBANI".)
    let comma = -1;
    // (A possessive ends the name: "SEND MRS MANYGOATS'S RECORDS".)
    while (last + 1 < n && last - i < 4 && !(last > i && isPossessive(text, tokens[last]!))) {
      const w = tokens[last + 1]!;
      // ("MIROSLAV J. VIRTANEN": a middle initial; "MANSOUR, SIONE": a comma after the surname.)
      // ("THANDIWE G. DELACROIX": a surname after an initial and its period.)
      const joins = w.wordGap || (labelled && last === i) || (last === i + 1 && w.gapIs(", ") && !name[i + 1]) || (last > i && isInitial(tokens[last]!) && w.gapIs(". "));
      if (staff[last + 1] || !(w.upper || isInitial(w)) || !joins) break;
      // (A word found already, by a cue: the words after it join it.)
      if (name[last + 1] && w.wordGap) {
        last++;
        continue;
      }
      if (isInitial(w) && last > i && w.rawEnd === w.end + 1) {
        last++;
        continue;
      }
      // ("PT APRIL CROSS": a month that is a given name, when a name word follows.)
      // ("PT MAY DIALLO": "May" too, when a surname no English list holds follows.)
      const month = w.flags & F_MONTH && (MONTH_NAMES.has(w.lower) || (w.is("may") && !!tokens[last + 2] && surnameAfterAmbiguous(text, tokens, last + 2))) && last === i && !!tokens[last + 2] && tokens[last + 2]!.upper && tokens[last + 2]!.wordGap;
      // ("MOM MAMADOU BELL, BORN": after a name word an eponym is the surname when a closer follows and no clinical word.)
      const eponymSurname = last > i && isEponymTok(w) && hasFlag(w, FAMILY) && !hyphenated(w) && !hasFlag(w, NOT_NAME | CUE | RELATIVE) && w.length >= 3 && !eponymContextAfter(tokens, last + 1) && closes(text, w);
      // (Nor a contraction: "FOR MATEUS GOODNIGHT DOESN'T MATCH".)
      // (Nor a verb: "WIFE POSTED ON FB", "MAVIS TAKAHASHI SPEAKS UKRAINIAN".)
      // (Nor shorthand without a vowel: "FAMILY MTG AT 3".)
      // (After a middle initial an English word too is the surname: "TEAM: ACHIENG K. RANGI, 90 YO".)
      const afterInitial = last > i && isInitial(tokens[last]!);
      // (Nor, as a third word, an English verb's form: "FOSTER MOM GRACE SARKER PICKING UP".)
      // (Nor a birth's cue: "MARISOL DEL CARMEN BORN IN 1938".)
      if (!month && !eponymSurname && (w.length < 3 || hasFlag(w, NOT_NAME | CUE | RELATIVE) || contraction(text, w) || shoutedVerb(text, w) || personVerbAfterName(w) ||
        (last > i + 1 && thirdWordVerb(text, w)) || (last > i && verbBeforeObject(text, tokens, n, last + 1)) || !SHOUTED_VOWEL.test(w.word) || !nameOrUnlisted(text, w, lexiconTok(w) || afterInitial))) break;
      if (w.gapIs(", ")) comma = last;
      last++;
      // (The surname after a middle initial ends the name: "MIROSLAV J. VIRTANEN DRIVER OF".)
      if (last - 1 > i && isInitial(tokens[last - 1]!)) break;
    }
    if (last > i && isInitial(tokens[last]!)) last--;
    if (byCue && last > i && !hasFlag(cue, CUE | RELATIVE)) {
      const first = tokens[i + 1]!, english = isEnglishWord(text, first.start, first.end);
      // (After a role an English word only as a listed given name: "ATTORNEY BAR #", "3 COWORKERS SICK TOO" stay.)
      if (!givenTok(first) && english) continue;
      // (A listed given name that is an everyday word, alone after a role, only before a phone: "VISITOR MAX 2 PER ROOM",
      // "COWORKER DREW BLOOD", "LAWYER BILL FOR GUARDIANSHIP" stay.)
      if (last === i + 1 && (hasFlag(first, AMBIGUOUS) || english) && !PHONE_NUMBER_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 24))) continue;
    }
    // ("FOR FATIMA WIŚNIEWSKA: WOUND IMPROVING": a colon closes the slot too.)
    // ("VIDEO VISIT DROPPED FOR DAWN GOODNIGHT, THEIR IP": a comma too, after a listed given name.)
    if (last === i || (!byCue && (last === i + 1 || !(SLOT_CLOSES.test(text.slice(tokens[last]!.rawEnd, tokens[last]!.rawEnd + 8)) || text.charCodeAt(tokens[last]!.end) === 58 ||
      // ("PRIOR AUTH FOR EFUA TAKAHASHI DENIED": a given name and a surname no English list holds need no closer.
      // Two words no list knows are a drug's or a germ's as often after an order's or a test's word: "PRIOR AUTH FOR
      // INVEGA SUSTENNA DENIED", "POSITIVE FOR TRICHOMONAS VAGINALIS"; there one must be listed.)
      ((givenTok(tokens[i + 1]!) || (unlistedGivenWord(text, tokens[i + 1]!) && (familyTok(tokens[last]!) || !drugSlot(tokens, i, last)))) && surnameNoWord(text, tokens[last]!)) ||
      (text.charCodeAt(tokens[last]!.end) === 44 && (givenTok(tokens[i + 1]!) || (familyTok(tokens[last]!) && !isEnglishWord(text, tokens[last]!.start, tokens[last]!.end)) ||
        // ("AMBULANCE BILL FOR WAYAN RAHMAT, RUN #": a spoken word no list holds before a listed name no English word.)
        (last === i + 2 && unlistedGivenWord(text, tokens[i + 1]!) && lexiconTok(tokens[last]!) && !hasFlag(tokens[last]!, AMBIGUOUS) && !isEnglishWord(text, tokens[last]!.start, tokens[last]!.end) && !drugSlot(tokens, i, last)) ||
        // ("BED REQUEST: WAIRIMU SWIFT, 94, FROM": a bare age over 89 after the comma.)
        (ageDigitAfterComma(text, tokens[last]!.end) && nameAgeOpens(text.slice(tokens[last]!.end, tokens[last]!.end + 8))))) ||
      ((comma === i + 1 || joinNext[i + 1] === 1) && givenTok(tokens[last]!)))))) continue;
    // (Nor, whatever closes them, words no list knows where a drug or a germ is named: "POSITIVE FOR TRICHOMONAS VAGINALIS".)
    if (!byCue && last > i + 1 && !name[i + 1] && drugSlot(tokens, i, last) && !tokens.slice(i + 1, last + 1).some((w) => lexiconTok(w!))) continue;
    if (comma >= 0 && comma < last) joinNext[comma] = 1;
    name.fill(1, i + 1, last + 1);
    i = last;
  }
}

/** Words before "manager"/"mgr" that make it one of our own staff ("case manager", "unit mgr", "bed manager", "nurse manager"). */
const STAFF_MANAGER_KINDS = new TokenWords(["case", "nurse", "nursing", "unit", "bed", "office", "care", "practice", "clinic", "floor", "charge", "program", "utilization"]);
/** Whether token `i`, "manager" or "mgr", is a member of staff's title by the word before it. */
function staffManager(tokens: Tokens, i: number): boolean {
  return (tokens[i]!.is("manager") || tokens[i]!.is("mgr")) && i > 0 && tokens[i]!.wordGap && STAFF_MANAGER_KINDS.has(tokens[i - 1]!);
}
/** A person's role in a record or a visit, in capitals a cue for the name after it ("GUARANTOR WISLANDE DORVIL", "VISITOR RIVER ..."). */
const SHOUTED_ROLES = new TokenWords(["mgr", "manager", "hcp", "visitor", "guarantor", "petitioner", "respondent", "coworker", "coworkers", "co-worker", "co-workers", "lawyer", "attorney", "executor", "executrix", "beneficiary"]);
/** A phone number after a name ("+84 90 860 0373", "377.423.1582", "(212) 555-0142"), no date ("12-03-2024"). */
const PHONE_NUMBER_AFTER = /^[^\S\n]*[:,]?[^\S\n]*(?:\+\d[\d ().-]{7,}\d|\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?!\d))/;
/** An email address after a name, a comma or a space between. */
const EMAIL_AFTER = /^,?[^\S\n]+[\w.+-]+@/;
/** Kinds of places the lexicon's facility and street words lack, which end a place's name after a given name ("HOPE HOUSE", "GRACE LODGE"). */
// (And firms a contact names: "CONTACT CHASE BANK 800-...", "CONTACT HUNTER WATER 555-...".)
const PLACE_KIND_WORDS = new TokenWords(["house", "lodge", "place", "gardens", "acres", "ranch", "farm", "farms", "inn", "cottage", "cottages", "residence", "towers", "point", "haven",
  "bank", "water", "financial", "finance", "credit", "savings", "mortgage", "insurance", "energy", "electric", "gas", "power", "utilities", "telecom"]);
/** Cues in capitals after which a name a phone number or an email closes is a contact's ("EMERGENCY CONTACT AMBER +84 ...", "ESTATE CONTACT FRANK TEMPLE 684-..."). */
const CONTACT_CUES = new TokenWords(["contact", "contacts"]);

/**
 * In capitals, after a relative's or patient's cue, a role or "CONTACT": a listed given name (even an everyday word or one the
 * lists hold as no name, "ART", "SANDY", "WILL") and a listed surname (even a word, "HARDY", "GRAY"), or a given name alone, that
 * a phone number or an email closes ("VIA SON ART HARDY 829...", "CONTACT SANDY GRAY 377.423.1582", "EMERGENCY CONTACT AMBER +84
 * ..."); two words a comma closes too after a relative's or role's cue ("FOSTER MOM MAY OYELARAN, DCFS", "GUARANTOR ROCKY BANKS,").
 * No verb nor month ("SON WILL CALL 555-...", "MOM MAY 12-03-2024" stay).
 */
function shoutedContactName(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array, staff: Uint8Array): void {
  const cue = tokens[i]!, first = tokens[i + 1]!;
  const contact = CONTACT_CUES.has(cue);
  if (!cue.upper || !first.upper || !first.wordGap || name[i + 1] || staff[i + 1] || isPossessive(text, cue) || first.rawEnd !== first.end || first.length < 2) return;
  if (hasFlag(first, CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(first) || CLINICAL_SHORTHAND.has(first.lower) || first.flags & F_STATE_NAME) return;
  // (A word the lists hold as no name only when a name that is a word too, "ART", "WILL": "WIFE IN HOPE, PT IN DESPAIR" stays.)
  const listedGiven = givenTok(first) && (!hasFlag(first, NOT_NAME) || hasFlag(first, AMBIGUOUS));
  if (!listedGiven && !(unlistedGivenWord(text, first) && !DRUG_ENDING.test(first.lower))) return;
  const second = i + 2 < n ? tokens[i + 2]! : undefined;
  const pair = !!second && second.wordGap && second.upper && !staff[i + 2] && second.length >= 2 && familyTok(second) && !hasFlag(second, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) &&
    !isEponymTok(second) && !CLINICAL_SHORTHAND.has(second.lower) && !shoutedVerb(text, second) && !PERSON_S_VERBS.has(second.lower) && !thirdWordVerb(text, second) && !(second.flags & (F_MONTH | F_STATE_NAME));
  // (A place's kind after a contact's or role's cue names a place: "CONTACT HOPE HOUSE 555-...", "CONTACT GRACE HOSPICE"; after a relative it may be a surname, "MOM MAY TEMPLE,".)
  if (pair && !hasFlag(cue, RELATIVE) && (second!.flags & (F_FACILITY | F_STREET) || PLACE_KIND_WORDS.has(second!))) return;
  const last = pair ? second! : first;
  const after = text.slice(last.rawEnd, last.rawEnd + 24);
  const modal = first.flags & F_MONTH || MODAL_NAMES.has(first.lower);
  const phoned = PHONE_NUMBER_AFTER.test(after) || EMAIL_AFTER.test(after);
  // (A comma after a modal or a month only after a surname no English word: "MOM WILL STAY, DAD GOING HOME" is no one.)
  const reached = phoned || (pair && !contact && text.charCodeAt(last.rawEnd) === 44 && last.rawEnd === last.end && (!modal || !isEnglishWord(text, last.start, last.end)));
  // (A month or a modal only as the given name of a pair: "SON WILL 555-..." is no one.)
  if (!reached || (modal && !pair)) return;
  // (Alone, a given name the lists hold as no name only after a relative: "EMERGENCY CONTACT WORK 555-..." stays.)
  if (!pair && !(listedGiven && !hasFlag(first, NOT_NAME)) && !hasFlag(cue, RELATIVE)) return;
  name.fill(1, i + 1, pair ? i + 3 : i + 2);
}

/** A congregation's clergy, listed as surnames too: "son tavita, pastor from Greater Mt. Olive" is a list of people, no "Last, First". */
const CLERGY = new Set(["pastor", "priest", "imam", "rabbi", "reverend", "deacon", "minister", "elder"]);

/**
 * "Last, First" at token `i` (a comma after it): in a slot a line, bullet or label opens and a
 * dash, bracket, ID cue or age closes, each word a listed name or one no list knows; particles
 * before the surname open the slot with it ("STAT: de la Fuente, Radoslav", "Ó Faoláin, Astrid").
 */
function lastFirstAt(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array, lowered: boolean): void {
  const t = tokens[i]!, next = tokens[i + 1]!;
  // (No generational suffix or lead's numeral in the pair: "ECG: STE II, III, aVF".)
  if (isSuffix(t) || isSuffix(next)) return;
  if (joinNext[i] && name[i] && i > 0 && !name[i - 1] && isParticle(tokens[i - 1]!) && t.wordGap && lastFirstSlot(text, tokens[i - 1]!, next, false)) name[i - 1] = 1;
  // ("VIRTANEN, Keoni": a surname in capitals before a capitalised given name, as records write it.)
  // ("vs al-Amin, Nagaraju": a lower-case particle and a hyphen open a capitalised surname.)
  const lastCap = t.cap || (t.joined && !next.upper && particleHyphenSurname(t));
  if (joinNext[i] || staff[i] || staff[i + 1] || !next.gapIs(", ") || CLERGY.has(next.lower) || lastCap !== next.cap || (t.upper !== next.upper && !(t.upper && t.length > 1))) return;
  let from = i;
  while (from > 0 && i - from < 2 && isParticle(tokens[from - 1]!) && tokens[from]!.wordGap) from--;
  // (One word of the two may be a listed name that is also a word when the other is surely one: "FOX, SUMMER", "short, tanvir".)
  const lastSure = name[i] === 1 || nameOrUnlisted(text, t, slotListed(t)), firstSure = name[i + 1] === 1 || nameOrUnlisted(text, next, slotListed(next));
  // ("re: pt Tuilagi, Wiremu —", "care for Etxeberria, Anzhela, 105yo": a cue before the surname opens the slot too.)
  const before = from > 0 ? tokens[from - 1]! : undefined;
  // (In lower case one of the two must be found or listed: "for vimpat, keppra —" is no name.)
  const cued = !!before && tokens[from]!.wordGap && (BEFORE_SURNAME.has(before.lower) || hasFlag(before, CUE | RELATIVE)) &&
    (name[i] === 1 || name[i + 1] === 1 || slotListed(t) || slotListed(next) || (t.cap && !t.upper && (!PREPOSITIONS_BEFORE_SURNAME.has(before.lower) || AGE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 12)) || ID_CUE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 8)))));
  // ("dtr Adeyemi, Soren 616 688 3468": two names found after a cue are one, whatever closes them.)
  // ("BOTH BELONG TO HAKIMI, ESPERANZA, MERGE": after a cue two sure name words need no closer.)
  // ("guidry, tuncay, esrd, z99.2": two sure words opening a line or a label may be closed by a comma too; not a state after a town,
  // nor a list of names: "hawkins, neer, jobe".)
  const commaCloses = lastSure && firstSure && !(next.flags & F_STATE_NAME) && !(i + 2 < n && (name[i + 2] || lexiconTok(tokens[i + 2]!)));
  if ((cued && (name[i] || lastSure) && (name[i + 1] || (firstSure && givenTok(next) && !isEnglishWord(text, next.start, next.end)))) || ((lastSure || (firstSure && familyTok(t) && !hasFlag(t, NOT_NAME))) && (firstSure || (lastSure && givenTok(next) && !hasFlag(next, NOT_NAME))) && lastFirstSlot(text, tokens[from]!, next, cued, commaCloses))) {
    joinNext[i] = 1;
    name.fill(1, from, i + 2);
  } else if (wordFirstAfterSureLast(text, tokens, n, from, i) || ((lowered || t.cap) && recordAfterPair(text, tokens, from, i, firstSure))) {
    // (recordAfterPair in mixed case only for capitalised words: "controls her money, bank acct" stays.)
    joinNext[i] = 1;
    name.fill(1, from, i + 2);
  }
}

/**
 * "resident Wójcik, Tiiu DOB 06/01/96", "case request: Squirrel, Thida MRN 14732107", "fall, awa — wolof speaker": a record's
 * or birth date's cue, or the language a person speaks, right after "Last, First" shows a person wherever the pair stands, when the given name is surely one and the surname a word
 * that may be one (a surname that is also a word too, "Squirrel", "Fall"); not after a clinical label ("meds: ...").
 */
function recordAfterPair(text: string, tokens: Tokens, from: number, i: number, firstSure: boolean): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (!firstSure || t.length < 3 || t.handle || hasFlag(t, EPONYM | CUE | STAFF | RELATIVE | HONORIFIC | BED) || (hasFlag(t, NOT_NAME) && !hasFlag(t, FAMILY)) || t.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE)) return false;
  if (t.cap && !t.upper ? !looksLikeName(t) : !SPOKEN_WORD.test(t.lower)) return false;
  if (!(ID_CUE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 8)) || LAST_FIRST_RECORD_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 14)) || languageAfter(text, tokens, tokens.length, i + 1))) return false;
  return !clinicalLabelBefore(text, Math.max(0, tokens[from]!.start - 24), tokens[from]!);
}

/**
 * "video visit w/ castillo, frank dropped", "Faleolo, Young, Bell palsy", "PT TRAN, MAY LOST HOUSING": a surname that is
 * surely one (found, or listed and no English word, or no list's word) and a listed given name, even an everyday word, when
 * what follows the pair shows a person's name ended; not a state or a country after a town a place cue opens.
 */
function wordFirstAfterSureLast(text: string, tokens: Tokens, n: number, from: number, i: number): boolean {
  const next = tokens[i + 1]!;
  if (next.length < 3 || next.handle || hasFlag(next, CUE | RELATIVE | STAFF | HONORIFIC | EPONYM | AGE_WORD) || next.flags & (F_STATE_NAME | F_DOB) || !hasFlag(next, GIVEN)) return false;
  // (A month a day follows is a date: "okafor, may 3".)
  if (next.flags & F_MONTH && DIGIT_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 3))) return false;
  if (!surnameAfterAmbiguous(text, tokens, i) || placeCueBefore(tokens, from) || startsCountryName(next)) return false;
  // (A modal after the comma only before punctuation: "okafor, will need dialysis" stays.)
  return personNameEndsAt(text, tokens, n, i + 1, MODAL_OPENERS.has(next.lower) ? NameEnd.Punct : NameEnd.Acts) && !CLINICAL_LABEL.test(text.slice(Math.max(0, tokens[from]!.start - 24), tokens[from]!.start));
}

/** What opens a "Last, First" slot: a line or sentence start, a label's colon, a bullet, "name". */
// (Or a bracket or bar closing a field, or a column's two spaces: "[MR958347] FOX, SUMMER", "1406354  DE SOUZA, GRACE".)
const SLOT_OPENS = /(?:^|[\n:•*>\]|]|\s[-–—]|\bname|\S {2,}|\t)\s*$/i;

/**
 * `SLOT_OPENS.test(text.slice(from, to))` without the slice, reading back from `to`: a pattern
 * anchored at the end is tried at every character of the slice, and this ran for most
 * capitalised words before a comma or a dash. After the trailing spaces: nothing (the
 * slice's start), a line break or tab among those spaces, two spaces right after a word, one of
 * ": • * > ] |", a dash after a space, or "name" as a whole word (the slice's start counting as a
 * word boundary, as it does there).
 */
function slotOpensAt(text: string, from: number, to: number): boolean {
  let r = to;
  while (r > from && isSpaceCode(text.charCodeAt(r - 1))) r--;
  if (r === from) return true;
  for (let k = r; k < to; k++) if (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 9) return true;
  if (to - r >= 2 && text.charCodeAt(r) === 32 && text.charCodeAt(r + 1) === 32) return true;
  const c = text.charCodeAt(r - 1);
  if (c === 58 || c === 8226 || c === 42 || c === 62 || c === 93 || c === 124) return true;
  if (isDash(c) && r - 2 >= from && isSpaceCode(text.charCodeAt(r - 2))) return true;
  return r - from >= 4 && wordIsAt(text, r - 4, "name") && (r - 4 === from || !isAsciiWordChar(text.charCodeAt(r - 5)));
}

/** Whether text at `at` reads `lower` in any ASCII case. */
function wordIsAt(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    if (c !== lower.charCodeAt(k) && c + 32 !== lower.charCodeAt(k)) return false;
  }
  return true;
}
/** What closes one: a dash, a bracket, a semicolon, an ID or birth-date cue, an age, the end. */
const SLOT_CLOSES = /^(?:\s+\p{L}\.)?(?:\s+[-–—]|\s*[(;|]|\s*$|\s*\n|,?\s+(?:mrn|dob|mr#|\d{1,3}\s?(?:[mf]|yo|y\/o|yrs?)\b|\d{1,2}\/\d{1,2}\/\d{2,4}\b))/iu;

/** A word before a generational suffix that may be a name: no acronym ("NYHA class III"), no everyday word unless a given name. */
function suffixedWord(text: string, t: Token): boolean {
  if (t.upper && t.length > 1) return false;
  return nameOrUnlisted(text, t, slotListed(t) && (givenTok(t) || !isEnglishWord(text, t.start, t.end)));
}

/**
 * In capitals, two words before "JR." or "SR." ("WILLIAM OYELARAN JR."): each a listed name (even a word) or one no list or
 * English list holds, one of them listed; no drug's ("BUPROPION SR.").
 */
function shoutedSuffixedPair(text: string, t: Token, next: Token, suffix: Token): boolean {
  if (!t.upper || !next.upper || !suffix.upper || t.length < 2 || next.length < 2 || suffix.length !== 2 || (!lexiconTok(t) && !lexiconTok(next))) return false;
  const word = (w: Token) => !hasFlag(w, CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) && !CLINICAL_SHORTHAND.has(w.lower) && !DRUG_ENDING.test(w.lower) && !(w.flags & F_MONTH) &&
    (nameOrUnlisted(text, w, lexiconTok(w)) || (hasFlag(w, AMBIGUOUS) && lexiconTok(w)));
  return word(t) && word(next);
}

/** Whether a verb follows a relative's ambiguous given name ("wife April wants a call"); not a modal ("son will call"). */
function relativeActs(first: Token, after: Token | undefined): boolean {
  // (In capitals the verb is in capitals too: "WIFE PAGE WANTS A CALL".)
  if (!after || !after.wordGap || (after.cap && !(after.upper && first.upper)) || !RELATIVE_VERBS.test(after.lower)) return false;
  // ("wife Page wants", "mom may says": a verb-like name before a verb in the third person or
  // the past is the name; "son will call" stays a modal.)
  return !MODAL_NAMES.has(first.lower) || /(?:[^s]s|ed)$/.test(after.lower);
}
/** A line's end and a bulleted or numbered item on the next line. */
const ITEM_NEXT_LINE = /^[^\S\n]*\n[^\S\n]*(?:[-*•☐✅]|\d{1,2}[.)])/;
/** A line's end (spaces, then a line break) right after a word. */
const LINE_END_AFTER = /^[^\S\n]*\n/;
/** A full stop that ends a sentence right after a word ("mom gwenllian. name pending"). */
const STOP_AFTER = /^[.!](?:\s|$)/;
/** A digit right after a word ("mom June 3" is a date). */
const DIGIT_AFTER = /^\s*\d/;
const RELATIVE_VERBS = /^(?:notified|informed|updated|aware|wants|wanted|asks|asked|says|said|is|was|dropped|called|calls|brought|left|visited|visits|agrees|agreed|declined|refuses|refused|prefers|requests|requested|reports|reported|thinks|knows|lives|works|came|comes|will|would|can|has|had|needs|signed|consented|drives|picked|stays|stayed|took|takes|gave|gives|disse|ligou|chegou|falou|dijo|llamó|llamo|llegó|llego)$/;

/** Two vowels apart, as a name has and a label's abbreviation has not ("mobl", "wkph"). */
// (Accented vowels count: "jákup", "xoán", "mägi".)
const VOWELS = "aeiouyà-æè-ïò-öø-üýÿāăąēĕėęěīĭįōŏőœūŭůűų";
const SPOKEN_WORD = new RegExp(`[${VOWELS}][^${VOWELS}]+[${VOWELS}]`);
/** A vowel anywhere in a lower-case word. */
const HAS_VOWEL = new RegExp(`[${VOWELS}]`);

/** Cues after which a name is given ("goes by", "aka", "named", "called"). */
const NAMING_CUES = new TokenWords(["goes", "aka", "named", "called"]);

/** " — ", " - " or a colon right after token `t`: what closes a name in a note ("husband major — sulfa", "re Love:"). */
function dashAfter(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end);
  if (c === 58) return true;
  return isSpaceCode(c) && isDash(text.charCodeAt(t.end + 1)) && isSpaceCode(text.charCodeAt(t.end + 2));
}

/** Verbs a person does that a clinical word rarely precedes ("Pt Love keeps posting"; not "Pt Black stools"). */
const PERSON_VERBS = new Set(["keeps", "kept", "continues", "insists", "posts", "posted", "sent", "sends", "texted", "texts", "messaged", "emailed", "ready", "staying", "hs", "asking", "wanting", "refusing", "declining", "requesting", "calling", "leaving", "going", "coming"]);
const SEASONS = new Set(["summer", "winter", "spring", "autumn", "fall"]);
/** Clinical prefixes of words no list holds ("nonrebreather", "hypoxemic", "bedbound"). */
const CLINICAL_PREFIX = /^(?:non|hypo|hyper|bed|pre|post|sub|trans|anti|intra|peri|para|pneumo|tachy|brady|hemo|neuro|cardio|nephro)/;
/** After a word no list knows, what says it is a person: a person's verb, or "in" and a room number. */
function personActs(text: string, after: Token): boolean {
  return RELATIVE_VERBS.test(after.lower) || PERSON_VERBS.has(after.lower) || (after.is("in") && /^\s+(?:rm\s*|room\s*|bed\s*)?\d/i.test(text.slice(after.end, after.end + 10)));
}

/**
 * Clinical shorthand no word list holds, which follows "pt" as a state ("pt afebr", "pt desatting").
 * (English words, "-ed" verbs and CLINICAL_PREFIX's words, "tachy", "hypox", are turned away before.)
 */
const CLINICAL_SHORTHAND = new Set(["tavi", "etoh", "ivig", "impella", "chorio", "ecmo", "cvvh", "cvvhd", "crrt", "afebr", "desat", "desats", "desatting", "satting", "sundowning", "tka", "tha", "tkr", "thr", "orif", "cabg", "turp", "appy", "chole", "lap", "ex-lap", "hemi", "lami", "acdf", "tavr", "pci", "ercp", "egd",
  // Specialties in short ("curbside for nephro:").
  "nephro", "neuro", "cards", "pulm", "endo", "heme", "onc", "derm", "ortho", "uro", "psych", "peds", "rheum", "gyn", "gastro", "hepato", "hepatology", "neurosurg", "gensurg", "vasc", "plastics", "optho", "ophtho", "anesth", "rads", "palliative", "hospice", "geri", "geriatrics",
  // Plans and roles in short ("SBAR for dispo:").
  "dispo", "nocturnist", "intensivist", "crosscover", "periop", "trach",
  // Drugs and devices in short ("Vanco in 305 was held").
  "vanco", "levo", "dilt", "amio", "bicarb"]);

/** What only a person has, after a possessive ("Taufa's proxy account", "yılmaz's photo"). */
// (Not "portal", "claim", "chart", "ride": "Aetna's portal", "Cigna's claim", "Lyft's ride". Relatives,
// "X's wife", are nameFromContext's rule for a possessive before a relative.)
// (And a patient's results, records and specimens: "Fonoti's results", "Delacroix's CT", "VILLANUEVA'S RECORDS".)
const POSSESSED = new Set(["photo", "photos", "picture", "pictures", "proxy", "insurance", "phone", "cell", "car", "keys", "belongings", "wallet", "purse", "dob", "mrn", "ssn", "license", "home", "house", "apartment", "dog", "cat",
  "results", "labs", "ct", "cta", "mri", "cxr", "imaging", "scan", "scans", "records", "biopsy", "pathology", "specimen", "sticker", "wristband", "armband", "meds", "medications", "vitals", "chart", "family", "relatives", "visitors",
  "truck", "vehicle", "suv", "wheelchair", "walker", "dentures", "hearing", "glasses",
  // ("anjain's na 118", "Uxía's INR was 4.1", "Somby's medicaid lapsed", "zhakupov's plan": a patient's values, cover and plans.)
  "na", "k", "inr", "cr", "hgb", "bp", "sats", "plan", "plans", "medicaid", "medicare", "coverage", "appt", "appointment", "dispo", "paperwork", "forms",
  "account", "bill", "claim", "rx", "prescriptions", "pharmacy", "address", "email", "portal", "room", "bed", "consent", "code",
  // ("Lovely Ngata's LVAD controller alarm": a patient's implanted or carried device.)
  "lvad", "icd", "pacemaker", "pacer", "device", "port", "trach", "picc", "pump", "monitor", "loop",
  // ("BLESSING WHITE'S DEXCOM", "TESFAYE'S DFU", "KIM'S GOFUNDME": a patient's sensor, wound, fundraiser, case worker and hand.)
  "dexcom", "dfu", "wound", "gofundme", "caseworker", "hand", "mychart",
  // ("Brown's video visit", "Setiawan's HH agency": a patient's visits, care at home and rides; no operation, which an eponym names too,
  // "ASHERMAN'S SURGERY".)
  "video", "visit", "telehealth", "hh", "ride", "tablet", "bday", "birthday", "stuff", "clothes", "bag", "bags",
  // ("WAYAN KUSUMA'S VNS SERIAL", "OYELARAN'S CPAP": a stimulator, a breathing machine, an implant.)
  "vns", "dbs", "cpap", "bipap", "implant", "stimulator", "laptop"]);

/** What POSSESSED holds that an organisation, a drug or a service owns too. */
// (A case worker too: "KAISER PERMANENTE'S CASEWORKER", "HOPE LODGE'S CASEWORKER".)
const ORG_POSSESSED = new TokenWords(["plan", "plans", "coverage", "appt", "appointment", "dispo", "paperwork", "forms", "account", "bill", "claim", "rx", "prescriptions", "pharmacy",
  "address", "email", "portal", "code", "consent", "device", "monitor", "pump", "caseworker",
  // (What a ride, telehealth, home health or drug store company owns too: "Uber's ride", "Doximity's video visit", "Bayada's HH nurse".)
  "ride", "video", "visit", "telehealth", "hh", "tablet", "bag", "bags"]);

/** Words after which "Surname, Given" stands in a sentence ("issued to gill, torbjørn", "guarantor is ní bhriain, padraig"). */
const BEFORE_SURNAME = new Set(["for", "to", "is", "pt", "patient", "re", "on", "about", "with", "guarantor", "named", "caller", "am", "pm", "vs", "versus"]);
/** BEFORE_SURNAME's words that lists of drugs follow too: after them two capitalised words need a list, an age or an ID cue ("for Keppra, Vimpat —"; "for Etxeberria, Anzhela, 105yo"). */
const PREPOSITIONS_BEFORE_SURNAME = new Set(["for", "to", "is", "on", "about", "with"]);

/**
 * Whether token `k`, before ", " and a found given name, is the surname: a listed surname or a word no
 * list knows, after such a word or a slot's opener. The index of the surname's first token
 * (a particle before it: "ní bhriain"), or -1.
 */
function surnameBeforeComma(text: string, tokens: Tokens, k: number): number {
  const t = tokens[k]!, given = tokens[k + 1]!;
  // ("housing: page, ilse evicted": a surname that is also a verb, when a label opens the slot.)
  const verbSurname = MODAL_NAMES.has(t.lower) && hasFlag(t, FAMILY) && slotOpensAt(text, Math.max(0, t.start - 24), t.start);
  if (eponymOrWordSurname(text, tokens, k)) return k;
  // (A found hyphenated given name of syllables too: "Chaiyaporn, Ji-ho lives in".)
  if (t.handle || t.length < 2 || (hasFlag(t, NOT_NAME) && !verbSurname) || hasFlag(t, CUE | RELATIVE | STAFF | BED) || isEponymTok(t) || !(givenTok(given) || nameOrUnlisted(text, given, false) || hyphenated(given))) return -1;
  if (t.upper !== given.upper && !(t.upper && t.length > 1)) return -1;
  if (!(familyTok(t) || nameOrUnlisted(text, t, false))) return -1;
  // ("guarantor is ní bhriain, padraig": particles before the surname.)
  let first = k;
  while (first > 1 && k - first < 2 && tokens[first]!.wordGap && isParticle(tokens[first - 1]!)) first--;
  const before = tokens[first - 1];
  // ("caller karamanlis, mehmet", "son mahlangu, akosua", "4:57 pm o'driscoll, saoirse": a cue, a relative or a time before it.)
  // ("UK visitor Hill, Cormac (NHS no": in mixed case a capitalised listed surname a bracket, ID cue or age closes after the given name.)
  // (In lower case or capitals likewise after a listed given name no other word: "uk visitor hill, cormac (nhs" left "hill".)
  if (((t.cap && !t.upper) || (t.cap === given.cap && t.upper === given.upper && givenTok(given) && !hasFlag(given, AMBIGUOUS | NOT_NAME) && !(given.flags & F_MONTH) && !isEnglishWord(text, given.start, given.end))) &&
    familyTok(t) && !hasFlag(t, NOT_NAME) && SLOT_CLOSES.test(text.slice(given.rawEnd, given.rawEnd + 14))) return first;
  // ("foster mom (ní bhriain, cormac)": a relative and a bracket before it.)
  return (before && (tokens[first]!.wordGap || tokens[first]!.gapIs(" (")) && (BEFORE_SURNAME.has(before.lower) || hasFlag(before, CUE | RELATIVE))) || slotOpensAt(text, Math.max(0, tokens[first]!.start - 24), tokens[first]!.start) ? first : -1;
}

/** What closes "Last, First" whose surname is an eponym or a word: a comma, semicolon, colon, bracket, line's end, ID cue, number. */
/** WORD_PAIR_CLOSES in lower case, where a comma closes a list's item as often: a comma only before an ID cue or a number. */
const LOWER_WORD_PAIR_CLOSES = /^(?:[;:]|\s*\(|[^\S\n]*(?:\n|$)|,?\s+(?:mrn|dob|mr#|member|acct|\d))/i;
const EXAM_RESULT_AFTER = /^\s*\((?:neg|pos|negative|positive|[+-]|no|yes|nl|normal|abnl)\b/i;
const LIST_GOES_ON = /^,\s*\p{Lu}\p{Ll}/u;
const WORD_PAIR_CLOSES = /^(?:[,;:]|\s*\(|[^\S\n]*(?:\n|$)|,?\s+(?:mrn|dob|mr#|member|acct|\d))/i;
/**
 * "TRANSFER: Wells, Patricia, insurance", "hemolyzed x2 on Romberg, Patricia, redraw", "psych eval: Kernig, Roger, DOB": in
 * mixed case a capitalised eponym or listed surname that is also a word, before ", " and a found listed given name (no word,
 * no month), in a slot (a label, a line, "for", "on", a cue), a closer after the given name; not after a clinical label
 * ("dx: Parkinson, Maria," is a list).
 */
function eponymOrWordSurname(text: string, tokens: Tokens, k: number): boolean {
  const t = tokens[k]!, given = tokens[k + 1]!;
  // (In lower case the same, the given name no English word and a stricter closer: "on romberg, patricia; redraw", "graves, robert dob".)
  const lower = !t.cap && !given.cap;
  if (!(lower || (t.cap && !t.upper && given.cap && !given.upper)) || t.handle || t.length < 4 || !(isEponymTok(t) || (hasFlag(t, FAMILY) && isEnglishWord(text, t.start, t.end)))) return false;
  if (lower && isEnglishWord(text, given.start, given.end)) return false;
  if (hasFlag(t, CUE | RELATIVE | STAFF | BED | HONORIFIC | AGE_WORD) || (hasFlag(t, NOT_NAME) && !hasFlag(t, AMBIGUOUS)) || MODAL_NAMES.has(t.lower) || t.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE)) return false;
  if (!givenTok(given) || hasFlag(given, AMBIGUOUS | NOT_NAME | CUE | RELATIVE | STAFF) || given.flags & F_MONTH || MODAL_NAMES.has(given.lower)) return false;
  const rest = text.slice(given.rawEnd, given.rawEnd + 10);
  // (Not a list of capitalised things: "Scores: Wells, Geneva, Caprini"; nor signs and their result: "Trendelenburg, Thomas (neg)".)
  if (!(lower ? LOWER_WORD_PAIR_CLOSES : WORD_PAIR_CLOSES).test(rest) || LIST_GOES_ON.test(rest) || EXAM_RESULT_AFTER.test(rest)) return false;
  const before = k > 0 ? tokens[k - 1] : undefined;
  const from = Math.max(0, t.start - 24);
  if (clinicalLabelBefore(text, from, t)) return false;
  let r = t.start;
  while (r > 0 && isSpaceCode(text.charCodeAt(r - 1))) r--;
  return (!!before && t.wordGap && (BEFORE_SURNAME.has(before.lower) || hasFlag(before, CUE))) || slotOpensAt(text, from, t.start) || (r > 0 && text.charCodeAt(r - 1) === 59);
}
/** What closes a two-word name in lower case: a colon, a comma and an age, or a bracketed ID ("(mrn", "(e4163576)"). */
const PAIR_CLOSES = /^(?::\s|,\s*(?:9\d|1[0-2]\d|\d{1,2}\s?(?:[mf]|yo|y\/o)\b)|\s*\((?:mrn|dob|[a-z]{0,3}\d{5,}))/i;
function pairClosed(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end);
  // (A semicolon too: "for aigerim tupou; secondary".)
  if (c === 58 || c === 59) return isSpaceCode(text.charCodeAt(t.end + 1));
  // (Most words are followed by a space and a word: the pattern runs only before a comma or a bracket.)
  let k = t.end;
  while (k < text.length && k - t.end < 3 && text.charCodeAt(k) === 32) k++;
  return (c === 44 || text.charCodeAt(k) === 40) && PAIR_CLOSES.test(text.slice(t.end, t.end + 16));
}

/** Kin words (no carers, friends or neighbours), and the opening of a bracket that may hold one. */
const KIN_WORDS = "(?:son|daughter|dtr|wife|husband|mother|mom|mum|father|dad|brother|sister|niece|nephew|grandson|granddaughter|grandkid|grandchild|cousin|aunt|uncle|stepson|stepdaughter)";
const BRACKET_OPEN = String.raw`^ \((?:the\s+|her\s+|his\s+|their\s+|pt'?s\s+|patient'?s\s+)?`;
/** A relative's or carer's kind: kin, spouse, partner, POA, carer, friend. */
const RELATIVE_KINDS = String.raw`(?:${KIN_WORDS}|spouse|partner|poa|hcp|caregiver|guardian|friend|neighbou?r|fianc[eé]e?|girlfriend|boyfriend|parents|grandparents|spouses|siblings)`;
/** " (the daughter)", " (son)", " (friend)": a relative or carer in brackets after a name. */
const RELATIVE_IN_BRACKETS = new RegExp(String.raw`${BRACKET_OPEN}${RELATIVE_KINDS}\)`, "i");

/** " (pt)", " (the patient)": the patient's own bracket after a name. */
const PATIENT_IN_BRACKETS = /^ \((?:the )?(?:pt|patient|pt\.|ptnt)\)/i;

/** " (grandkid)", " (son)": a kin word in brackets (RELATIVE_IN_BRACKETS without carers, friends and neighbours). */
const KIN_IN_BRACKETS = new RegExp(String.raw`${BRACKET_OPEN}${KIN_WORDS}\)`, "i");

/** A phone number right after a relative's name ("granddaughter Major 267-656-2755"). */
const PHONE_AFTER = /^[\s:,]*(?:\+?\d[\d\s().-]{5}|\(\d{3}\))/;
/** Whether a phone number follows the word at `j` or the word after it ("fam = al-hashimi 562...", "FAM YEVGENIA MOANA 861..."). */
function famPhoneAfter(text: string, tokens: Tokens, j: number): boolean {
  const t = tokens[j]!, next = tokens[j + 1];
  return PHONE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 8)) || (!!next && next.wordGap && PHONE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 8)));
}

/** What follows a name in a record typed in capitals: an ID or birth-date cue, or a date ("04SEP2004", "4/12/1957"). */
// (Or an age in brackets: "IS LORCAN OGUNLEYE (94) STILL FULL CODE?".)
const SHOUTED_NAME_CLOSE = /^(?:,?\s+(?:MRN|DOB|MR#)\b|\s+\d{1,2}(?:[A-Z]{3}\d{2,4}|[/-]\d{1,2}[/-]\d{2,4})\b|\s*\(\d{1,3}\s?[MF]?\))/;

/** What may follow spaced initials: an ID or birth-date cue, a dash, a bracket, an age, a bed they are in, the end. */
const INITIALS_CLOSE = /^(?::\s|\s+(?:mrn|dob|mr#|still)\b|\s+to\s+(?:bed|rm|room|bay|iso|isolation|hallway|ed)\b|\s+(?:in\s+(?:hall\s+)?(?:bed|rm|room|bay|pod|peds|trauma)|(?:hall\s+)?(?:bed|rm|room|bay))\s*#?[a-z]?-?\d|\s+w\/|\s+[-–—]|\s*[()]|'s\b|\s*$|,?\s+\d{1,3}\s?(?:[mf]|yo|y\/o|yrs?)\b|,\s|\s+and\s+\w{1,3}\s+in\s+\d)/i;
/** Two single letters that spell clinical shorthand ("B. P.", "O. T.", "I. V."), no initials. */
function clinicalLetters(a: Token, b: Token): boolean {
  const letters = String.fromCharCode(lowerCode(a.codeAt(0)), lowerCode(b.codeAt(0)));
  return INITIALS_NOT.has(letters) || TWO_LETTER_SHORTHAND.has(letters) || NOT_A_NAME.has(letters) || DOTTED_ABBREVIATIONS.has(letters);
}
/** In capitals, what closes spaced initials besides INITIALS_CLOSE: a unit's bed ("IN 4W-16", "IN 5N-22B"), where the patient comes from. */
const SHOUTED_INITIALS_CLOSE = /^(?:\s+IN\s+\d{1,2}[A-Z]{1,2}-\d|\s+FROM\s+(?!\d))/;
/** An age and sex right after initials ("M. D., 105F"). */
const AGE_SEX_AFTER_INITIALS = /^,?\s+\d{1,3}\s?[MF]\b/;
/** A birth-date cue after a comma: what closes initials written without stops ("UT, DOB"). */
const INITIALS_BEFORE_DOB = /^,\s*(?:dob|d\.o\.b)\b/i;
/** An ID or birth-date cue right after a word (" (mrn", ", DOB"): what makes short letters initials. */
// (A list's middle dot or bar between fields too: "ndlovu, sipho · mrn 006...".)
const ID_CUE_AFTER = /^,?\s*(?:[·|]\s*)?\(?\s*(?:mrn|dob|mr#)\b/i;
/** Short words a record writes before ", DOB" that are no initials. */
// (And two-letter clinical abbreviations; three-letter ones are found in NOT_A_NAME, which also holds
// initials a record writes, "BC".)
const INITIALS_NOT = new Set(["id", "mrn", "dob", "sex", "age", "ssn", "hx", "fyi", "re", "mi", "gi", "ct", "bp", "hr", "pt", "ot", "tb", "ua", "cc", "dm", "af", "hf", "ob", "uti", "pcp",
  // (Clinical shorthand dotted: "a.o" alert and oriented, "r.o" rule out, "s.p" status post, "n.v" nausea and vomiting, routes and eyes.)
  "ao", "ro", "sp", "nv", "po", "iv", "od", "os", "ou"]);
/** What may follow initials whose last letter has no stop ("T.T, 21M", "(F.D)", "c.g dob", "E.W in 6"): the same, or "in" and a bed. */
// (A question mark, a spaced dash or an IP address's cue too: "Hovsepyan, Rhiannon R.Y? no -", "Kontogiannis F.O - UNOS", "pt n.l ip 10.".)
// (A label's colon, "from", a possessive or an age and sex too: "bed search for Y.F: 102yo", "transport for W.B from", "a.v 93m".)
const UNDOTTED_INITIALS_CLOSE = /^(?::\s|\s+from\s|'s\b|\s+\d{1,3}\s?(?:[mf]|yo|y\/o)\b|\s+(?:mrn|dob|mr#|ip)\b|\s*[()?]|\s*$|,\s|\s+[-\u2013\u2014]\s|\s+in\s+(?:bed\s+|rm\s+|room\s+|bay\s+|pod\s+|peds\s+|trauma\s+)?[a-z]?-?\d)/i;
/** " in trauma 2 is", " in hall bed h4 —": where a patient is, then what the patient is or does. */
const IN_BED_PERSON_AFTER = /^\s+in\s+(?:bed|rm|room|bay|pod|peds|trauma|resus|hall\s+bed|hallway)\s*#?[a-z]?-?\d+[a-z]?\s+(?:is|was|has|had|wants|needs|says|said|pulled|fell|keeps|asking|refus\w*|[-–—]\s|\()/i;
/** Two letters that are clinical shorthand before a bed ("LP in bed 7", "tf in bed 6"), no initials. */
const TWO_LETTER_SHORTHAND = new Set(["tv", "uv", "pk", "lp", "us", "nc", "hd", "tf", "xr", "ep", "ir", "ns", "pn", "ra", "ng", "rt", "st", "sw", "tx", "bx", "fx", "dx", "rx", "lr", "cp", "sz", "ob", "pe", "mr", "ms"]);
/** Two-letter clinical shorthand that may stand before an age and sex ("Dx: PD, 72M", "hx: UC 45F"): no initials there. */
const SHORTHAND_BEFORE_AGE = new Set(["ca", "uc", "pd", "oa", "ad", "ef", "lv", "rv", "av", "gu", "rf", "ic", "sa", "va", "vf", "vt", "sb", "se", "bb", "pr", "ha", "mm", "cd", "ht", "sx", "fh", "sh",
  // (Diseases and labs: myasthenia gravis, sickle cell, breast cancer, pulmonary hypertension, cystic fibrosis.)
  "mg", "ss", "bc", "ph", "hb", "ck", "rd", "fu", "im", "pm", "cl", "sl", "cr", "cf"]);
/** Words before a person's name in a record's line ("self-pay Tsiklauri, acct", "re okonjo, mrn"). */
const PERSON_SLOT_BEFORE = new TokenWords(["for", "re", "pt", "patient", "self-pay", "selfpay", "about", "regarding", "guarantor", "subscriber", "insured"]);
/** A comma and a record's cue after a word: ", acct", ", MRN", ", DOB". */
const RECORD_CUE_AFTER_COMMA = /^,\s*(?:acct|account|mrn|mr#|dob|ssn)\b/i;
/** Two letters that are record words, not initials, before a record's cue ("pt ID (MRN", "re: DX, MRN"). */
const RECORD_WORDS_BEFORE_CUE = new Set(["id", "pt", "re", "dx", "hx", "fx", "no", "nr", "ed", "er", "or",
  // (A study's or a lab's letters: "Re: CT (MRN ...) final read".)
  "ct", "xr", "mr", "us", "ua", "bc", "cx", "cr", "ck", "hb", "ir", "ekg", "ecg", "ep", "pe", "tte"]);
/** After two letters: a record's cue in brackets or after a comma (" (MRN", ", mrn"). */
const RECORD_CUE_AFTER = /^,?\s*\(?\s*(?:mrn|mr#)\b/i;
/**
 * Token `i`, two letters with no stop, is a patient's initials: written in capitals in mixed case (or in text typed all in
 * lower case), a slot opening before it (a line, a label's colon, a bullet, a spaced dash, or "pt"/"re"/"for"), and a record
 * number's cue ("WB (MRN 00316814)", "pt MG (MRN") or an age and sex ("SS 72M -", "uro: dl, 88m,") right after it. Not clinical
 * shorthand before an age ("Dx: PD, 72M", "cc: CP, 55M"); before a record's cue any two letters a slot opens but a record's own word.
 */
function twoLetterInitials(text: string, tokens: Tokens, i: number, lowered: boolean): boolean {
  const t = tokens[i]!;
  // (The cheap test first: after a comma maybe and a space, a bracket, an "m" or a digit; or a word after "pt" and the letters.)
  let at = t.rawEnd;
  if (text.charCodeAt(at) === 44) at++;
  if (text.charCodeAt(at) !== 32) return false;
  const c = text.charCodeAt(at + 1);
  const recordOrAge = c === 40 || (c | 32) === 109 || isAsciiDigit(c);
  const next = tokens[i + 1];
  // ("pt df had colonoscopy": after "pt" what a person did; in lower case only what a person alone does: "pt og was advanced",
  // "pt gf called" are shorthand's.)
  const afterPt = !recordOrAge && at === t.rawEnd && i > 0 && t.wordGap && (tokens[i - 1]!.is("pt") || tokens[i - 1]!.is("patient")) && !!next && next.wordGap &&
    (t.upper ? PT_INITIALS_ACTS.has(next) : PERSON_ONLY_ACTS.has(next));
  if (!recordOrAge && !afterPt) return false;
  // (No two-letter word: "pt is 98yo", "PT IS 51 YO".)
  if (t.joined || !(t.upper || (lowered && !t.cap)) || !isAsciiLetter(t.codeAt(0)) || !isAsciiLetter(t.codeAt(1)) || hasFlag(t, CUE | STAFF | RELATIVE | BED | HONORIFIC) || isEnglishWord(text, t.start, t.end)) return false;
  const shorthand = INITIALS_NOT.has(t.lower) || TWO_LETTER_SHORTHAND.has(t.lower) || SHORTHAND_BEFORE_AGE.has(t.lower);
  if (afterPt) return !shorthand && !hasFlag(t, NOT_NAME);
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!(slotOpensAt(text, Math.max(0, t.start - 4), t.start) || (prev && t.wordGap && INITIALS_CUES.has(prev)))) return false;
  if (RECORD_CUE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 10))) return !RECORD_WORDS_BEFORE_CUE.has(t.lower);
  return ageSexAt(text, at + 1) && !shorthand;
}
/** What a person did or has, after "pt" and two letters ("pt df had colonoscopy", "pt KM refused"); in lower case what only a person does. */
const PERSON_ONLY_ACTS = new TokenWords(["refused", "refuses", "eloped", "fell", "declined", "wants", "says", "said", "denies", "reports", "states", "asking"]);
const PT_INITIALS_ACTS = new TokenWords(["had", "has", "is", "was", "refused", "refuses", "wants", "needs", "says", "said", "pulled", "fell", "left", "eloped", "declined", "denies", "reports", "states", "asking", "called"]);
/** Words before two letters that are a patient's initials where a bed follows ("re LL in bed 12", "for ft in rm 6112"). */
const INITIALS_CUES = new TokenWords(["re", "for", "pt", "patient", "about", "regarding"]);

/** Abbreviations written with stops between single letters ("a.m.", "b.i.d.", "e.g."), undotted. */
const DOTTED_ABBREVIATIONS = new Set(["wu", "hp", "ng", "cs", "bm", "tc", "am", "pm", "eg", "ie", "bid", "tid", "qid", "qd", "po", "pr", "npo", "qhs", "prn", "dob", "dnr", "doa", "usa", "us", "uk", "dc", "ms", "md", "rn", "np", "pa", "do", "od", "os", "ou", "ad", "as", "au", "ap", "iv", "im", "sc", "sq", "sl", "vs", "aka", "nb", "ps", "ok", "mr", "mrs", "st", "jr", "sr", "gp", "er", "ed", "or", "icu", "le", "ue", "sp", "rl", "lr", "nv", "rn", "cf", "fu", "ro", "ho", "co", "wo", "wc", "hs", "ac", "pc", "bd", "tds", "qds", "nd", "rd", "th", "yo", "mo", "wk", "yr"]);

/**
 * "l.t.h.", "N.B.Y.", "C.R.": two or three single letters, each with its stop and nothing
 * between them, that spell no dotted abbreviation. The index of the last, or -1.
 */
function dottedInitials(text: string, tokens: Tokens, n: number, i: number): number {
  let last = i;
  let letters = String.fromCharCode(lowerCode(tokens[i]!.codeAt(0)));
  while (last + 1 < n && last - i < 3) {
    const next = tokens[last + 1]!;
    if (next.length !== 1 || next.start !== tokens[last]!.rawEnd || next.cap !== tokens[i]!.cap) break;
    // ("T.T, 21M", "(F.D)", "c.g dob": the last letter's stop may be missing before a closer.)
    if (next.rawEnd !== next.end + 1 && !(isWordLetter(next.codeAt(0)) && UNDOTTED_INITIALS_CLOSE.test(text.slice(next.end, next.end + 12)))) break;
    letters += String.fromCharCode(lowerCode(next.codeAt(0)));
    last++;
    if (next.rawEnd === next.end) break;
  }
  if (last === i || last - i > 2 || DOTTED_ABBREVIATIONS.has(letters)) return -1;
  // (Without the last stop, no clinical abbreviation unless an ID cue follows: "(C.T) scheduled", "B.P, stable"; "pt c.r (mrn".)
  if (tokens[last]!.rawEnd === tokens[last]!.end && (NOT_A_NAME.has(letters) || INITIALS_NOT.has(letters)) && !ID_CUE_AFTER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 8))) return -1;
  // (Not inside a longer dotted run: "p.r.n.q.6" or a version "v.1.2".)
  const before = tokens[i]!.start > 0 ? text.charCodeAt(tokens[i]!.start - 1) : 32;
  return before === 46 || isAsciiAlnum(before) ? -1 : last;
}

/** `"` or `“`. */
function isQuoteCode(c: number): boolean {
  return c === 34 || c === 8220;
}

/** After a nickname in quotes, who calls a person so: '"dodong" is what the family calls him'. */
// (A person its object: "calls him", "call her", "calls mom"; not "calls it", "calls them" of spells or fits.)
const CALLS_AFTER = /^["\u201d] is what (?:the |his |her |their |all |everyone |we )?(?:family|everyone|everybody|they|we|staff|friends|kids|grandkids|people|nurses|folks)(?: all)? calls? (?:him|her|the pt|the patient|pt|mom|dad|grandma|grandpa|nana|papa)\b/i;
/** After a nickname, the name it stands for: "tootie (that's what penhaligon goes by, ...)". */
const GOES_BY_AFTER = /^ \((?:that'?s|that is|which is) what [\p{L}'-]+(?: [\p{L}'-]+){0,2} (?:goes|went) by\b/iu;

/**
 * A word quoted in brackets after a name that may be what the person is called: no word never a name, no clinical word or
 * code. (Text in one case, `oneCase`, shows nothing by its capitals: there '("BOO")', '("boo")' are nicknames too.)
 */
function bracketedNickname(text: string, t: Token, oneCase: boolean): boolean {
  if (hasFlag(t, NOT_NAME) || CLINICAL_SHORTHAND.has(t.lower) || ADJECTIVE_ENDING.test(t.lower) || looksLikeVerb(t) || (t.upper && t.length <= 4 && !oneCase)) return false;
  // (An everyday word only capitalised amid mixed case: '("Boo")', '("Tater")'; not '("sharp")'.)
  return oneCase || !isEnglishWord(text, t.start, t.end) || (t.cap && !t.upper) || lexiconTok(t);
}

/** A double quote, straight or curly, anywhere in `text`: where a quoted nickname may stand. */
function quotesIn(text: string): boolean {
  return text.indexOf("\"") >= 0 || text.indexOf("\u201c") >= 0;
}

/**
 * Nicknames: a word in quotes in brackets right after a found name ('Faadumo Buchanan ("Bebot")'), a word in quotes
 * before who calls a person so ('"dodong" is what the family calls him'), a word before "(that's what X goes by" and
 * the X in it ("tootie (that's what penhaligon goes by, pls use it)"). Any word: a family's pet name is often an
 * everyday one ("Tater", "Peaches").
 */
function nicknames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, oneCase: boolean): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.length < 2 || t.handle || hasFlag(t, CUE | RELATIVE | STAFF | HONORIFIC | BED)) continue;
    const open = text.charCodeAt(t.start - 1), close = text.charCodeAt(t.end);
    if (isQuoteCode(open) && (close === 34 || close === 8221)) {
      // ' ("Bebot")' after a found name, no clinical word, state or code ('("DNR")', '("confused")', '("sharp")');
      // '"dodong" is what ...' anywhere.
      if ((i > 0 && name[i - 1] && bracketedNickname(text, t, oneCase) && text.charCodeAt(t.end + 1) === 41 && text.charCodeAt(t.start - 2) === 40 && tokens[i - 1]!.rawEnd === t.start - 3 && text.charCodeAt(t.start - 3) === 32) ||
        CALLS_AFTER.test(text.slice(t.end, t.end + 48))) name[i] = 1;
      continue;
    }
    if (text.charCodeAt(t.rawEnd) === 32 && text.charCodeAt(t.rawEnd + 1) === 40 && !hasFlag(t, NOT_NAME) && !isEponymTok(t)) {
      const m = GOES_BY_AFTER.exec(text.slice(t.rawEnd, t.rawEnd + 48));
      if (!m) continue;
      name[i] = 1;
      // The name the nickname stands for: the word before "goes by", no English word.
      for (let k = i + 1; k < n && k <= i + 5; k++) {
        const w = tokens[k]!;
        if (w.end > t.rawEnd + m[0].length) break;
        if (k + 1 < n && (tokens[k + 1]!.is("goes") || tokens[k + 1]!.is("went"))) {
          if (!staff[k] && !hasFlag(w, NOT_NAME | CUE | RELATIVE | STAFF) && !isEnglishWord(text, w.start, w.end) && w.length >= 3) name[k] = 1;
          break;
        }
      }
    }
  }
}

/** "her name is Addison", "his last name is Nurse", "(surname Doctor,": group 1 opens the name a statement gives. */
const NAME_IS = /(?<![\p{L}'’])(?:his|her|their|pt'?s|patient'?s|the\s+pt'?s)\s+(?:(?:last|first|given|middle|maiden|legal|real|family|sur)[\s-]?)?name\s+(?:really\s+|actually\s+|literally\s+)?is\s+(?:really\s+|actually\s+|literally\s+)?(?=\p{L})/giu;
/** "(surname Doctor,": in mixed case, a capitalised word right after "surname" (group 1 opens it). */
const SURNAME_WORD = /(?<![\p{L}'’])surname:?\s+(?=\p{Lu}\p{Ll})/gu;
/** "Young is her last name", "Doctor is his surname": the word before is the name the statement gives. */
const IS_NAME_AFTER = /^\s+is\s+(?:(?:his|her|their|the\s+pt'?s)\s+(?:(?:last|first|given|middle|maiden|legal|real|family)[\s-]?name|surname))(?![\p{L}])/iu;
/** Words a naming statement may give that are no name: "her name is not on the list", "last name is spelled Ng". */
const NAMED_NOT_A_NAME = new TokenWords(["only", "none", "n/a", "tbd", "not", "unknown", "pending", "spelled", "spelt", "misspelled", "missing", "wrong", "correct", "listed", "different", "same", "also", "still",
  "on", "in", "the", "a", "an", "written", "hyphenated", "blank", "changed", "now", "just", "legally", "officially", "probably", "like", "similar", "there", "here", "hard", "long", "too", "very",
  "mispronounced", "first", "last", "alert", "flag", "flagged", "confusing", "tricky", "unusual", "common", "familiar", "illegible", "cut", "off", "printed", "shown", "typed", "entered", "under", "what", "who", "that", "this", "it"]);

/**
 * "yes her name is Addison", "Young is her last name, not a dx", "(surname Doctor, pt not staff!)": a word a statement gives as a
 * person's name is one, whatever else it is (an eponym, a staff title, an everyday word); other mentions follow by propagation.
 * In mixed case it must be capitalised; a word such statements give that is no name ("not", "spelled") stays.
 */
function namedOutright(scan: Scan, name: Uint8Array, staff: Uint8Array): void {
  const { text, tokens } = scan;
  const oneCase = scan.lowerCase || scan.upperCase;
  const take = (k: number): boolean => {
    const t = k >= 0 ? tokens[k] : undefined;
    if (!t || t.handle || t.length < 2 || NAMED_NOT_A_NAME.has(t) || hasFlag(t, RELATIVE | HONORIFIC) || (!oneCase && (!t.cap || t.upper))) return false;
    // (A member of staff named so stays staff: "his name is Dr. Okafor".)
    if (staff[k] || (hasFlag(t, STAFF) && (t.rawEnd > t.end || (k + 1 < scan.count && tokens[k + 1]!.cap)))) return false;
    // (Nor a participle: "her name is pronounced", "his last name is hyphenated".)
    if (t.length > 4 && t.lower.endsWith("ed") && !hasFlag(t, GIVEN | FAMILY) && isEnglishWord(text, t.start, t.end)) return false;
    name[k] = 1;
    staff[k] = 0;
    return true;
  };
  NAME_IS.lastIndex = 0;
  for (let m = NAME_IS.exec(text); m; m = NAME_IS.exec(text)) {
    const k = tokenIndexAt(scan, m.index + m[0].length);
    // (A second capitalised word of the same name: "her name is Ama Serwaa".)
    if (take(k) && !oneCase && k + 1 < scan.count && tokens[k + 1]!.wordGap && tokens[k + 1]!.cap && !tokens[k + 1]!.upper && !tokens[k + 1]!.sentenceStart && looksLikeName(tokens[k + 1]!)) take(k + 1);
  }
  if (!oneCase) {
    SURNAME_WORD.lastIndex = 0;
    for (let m = SURNAME_WORD.exec(text); m; m = SURNAME_WORD.exec(text)) {
      // (After "surname" alone an English word only when a listed name or a comma follows: "surname Change request", "pls fix surname
      // Spelling" stay; "(surname Graves, pt" is taken.)
      const k = tokenIndexAt(scan, m.index + m[0].length), t = k >= 0 ? tokens[k]! : undefined;
      if (t && (!isEnglishWord(text, t.start, t.end) || lexiconTok(t) || text.charCodeAt(t.end) === 44)) take(k);
    }
  }
  for (let i = 0; i < scan.count; i++) {
    const t = tokens[i]!;
    if (name[i] || text.charCodeAt(t.rawEnd) !== 32 || !(i + 1 < scan.count && tokens[i + 1]!.is("is"))) continue;
    if (IS_NAME_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 36))) take(i);
  }
}

/** " (real name Farai Huanca)": what the word before stands in for is a name, so it is one too. */
const REAL_NAME_AFTER = /^ \((?:real|legal|actual|birth) name:? /i;
/** " (goes by Chino) ", " (aka Tash) ": a nickname in brackets between a given name and a surname; group 1 the naming words, group 2 the nickname. */
const ALIAS_BRACKET_AFTER = /^ \((goes by|aka|a\.k\.a\.?|known as|called|nickname|nicknamed):? ([\p{L}'’-]+)(?: [\p{L}'’-]+)?\) /iuy;

/**
 * "sign-out: Doc (real name Farai Huanca)", "bubba (real name gergő hale)": any word before "(real name" is a nickname;
 * "peds: Rutendo (goes by Chino) Zhakupov, 4yo": the words around a nickname's brackets are the given name and the surname,
 * each a name part in the text's case.
 */
function aliasBrackets(scan: Scan, name: Uint8Array, staff: Uint8Array): void {
  const { text, tokens } = scan;
  for (let i = 0; i < scan.count; i++) {
    const t = tokens[i]!;
    if (text.charCodeAt(t.rawEnd) !== 32 || text.charCodeAt(t.rawEnd + 1) !== 40 || t.handle || t.length < 2 || hasFlag(t, CUE | RELATIVE | HONORIFIC | BED)) continue;
    const after = text.slice(t.rawEnd, t.rawEnd + 48);
    // (Not a thing's word: "check the chart (legal name differs)", "wristband (legal name) must match".)
    const realName = REAL_NAME_AFTER.exec(after);
    const named = realName ? tokens[tokenIndexAt(scan, t.rawEnd + realName[0].length)] : undefined;
    if (named && !(i > 0 && DETERMINERS.has(tokens[i - 1]!)) && aliasPart(text, named)) {
      name[i] = 1;
      staff[i] = 0;
      continue;
    }
    ALIAS_BRACKET_AFTER.lastIndex = 0;
    const m = ALIAS_BRACKET_AFTER.exec(after);
    // (The nickname must be a name's word too: "Nephrology (called 3x)", "Tazocin (known as Zosyn)", "MIS-C (aka Kawasaki-like)" stay.)
    // ("called" is a phone call's too: "(called rep)", "(called back)".)
    const alias = m && tokens[tokenIndexAt(scan, t.rawEnd + m[0].indexOf(m[2]!, m[1]!.length + 2))];
    if (!m || !alias || staff[i] || !aliasPart(text, t) || clinicalOrStaffWord(alias) || (m[1]!.toLowerCase() === "called" && !alias.cap && isEnglishWord(text, alias.start, alias.end))) continue;
    name[i] = 1;
    const k = tokenIndexAt(scan, t.rawEnd + m[0].length);
    const surname = k >= 0 ? tokens[k] : undefined;
    if (surname && !staff[k] && surname.cap === t.cap && surname.upper === t.upper && aliasPart(text, surname)) name[k] = 1;
  }
}

/** A staff title, an eponym, a drug or a word the lists hold as no name (unless a name too): no nickname. */
function clinicalOrStaffWord(t: Token): boolean {
  return hasFlag(t, STAFF | EPONYM) || isEponymTok(t) || (hasFlag(t, NOT_NAME) && !hasFlag(t, FAMILY | GIVEN)) || DRUG_ENDING.test(t.lower);
}

/** A word around a nickname's brackets that may be a name: capitalised and name-shaped, or a listed name or a spoken word no English list holds. */
function aliasPart(text: string, t: Token): boolean {
  if (clinicalOrStaffWord(t) || CLINICAL_SHORTHAND.has(t.lower) || CLINICAL_ENDING.test(t.lower)) return false;
  return t.cap && !t.upper ? looksLikeName(t) : t.upper ? nameOrUnlisted(text, t, lexiconTok(t)) : pairPart(text, t) || lexiconTok(t);
}

/** A single word in quotes: 'Venkatesh "Venky" Long'. */
function quoted(text: string, t: Token): boolean {
  const open = text.charCodeAt(t.start - 1), close = text.charCodeAt(t.end);
  return (open === 34 || open === 8220) && (close === 34 || close === 8221) && t.wordGap === false && /\s["“]$/.test(text.slice(t.start - 2, t.start));
}

/** First words of such a header (the message opens with it). */
const LIST_WORDS = new TokenWords(["handoff", "hand-off", "census", "sign", "signout", "pt", "patient", "board", "rounds", "list"]);
/** Words of a visit to someone's home ("to see X at 12 Elm St"). */
const SEE_WORDS = new TokenWords(["see", "seeing", "visit", "visiting", "visited"]);
/** Whether "old", "yo" or "y/o" and one space end at `at` (the cheap test before AGE_BEFORE_NAME). */
function ageWordEndsAt(text: string, at: number): boolean {
  if (!isSpaceCode(text.charCodeAt(at))) return false;
  const c1 = text.charCodeAt(at - 1) | 32, c2 = text.charCodeAt(at - 2) | 32;
  return (c1 === 100 && c2 === 108 && (text.charCodeAt(at - 3) | 32) === 111) || (c1 === 111 && (c2 === 121 || (c2 === 47 && (text.charCodeAt(at - 3) | 32) === 121)));
}
/** An age right before a name: "90-year-old ", "93 yo ", "101 y/o ". */
const AGE_BEFORE_NAME = /\d{2,3}(?:-year-old|-yo| ?yo| ?y\/o)\s$/i;
/** A bracketed age (and sex) right after a word: " (93)", " (99F)", " (67 m)". */
const BRACKETED_AGE_AFTER = /^ \(\d{1,3} ?[mf]?\)/i;
/** A lot, batch or drug code before an ID's number: its maker follows in brackets, no patient. */
const LOT_BEFORE = /\b(?:lot|batch|ndc|exp|mfr|manufacturer)\s*[#:]?\s*[\w-]+$/i;
/** Whether the ID ending at `end` (idEndsAt) holds two letters or more: an accession ("kk2022-08760"), not a phone number ("0724x2144"). */
function lettersInIdBefore(text: string, end: number): boolean {
  let letters = 0;
  for (let k = end - 1; k >= 0 && k >= end - 24; k--) {
    const c = text.charCodeAt(k);
    if (!(isAsciiAlnum(c) || c === 45)) break;
    if (!isAsciiDigit(c) && c !== 45) letters++;
  }
  return letters >= 2;
}
/** A bed or unit number, then a birth date or record number: " obs 31 dob", " bed 4, mrn". */
const BED_THEN_ID_AFTER = /^ (?:bed|rm|room|bay|obs|micu|sicu|cvicu|ccu|pacu|icu|pcu|tele)\s*#?\d{1,4}[a-z]?,? (?:dob|mrn|d\.o\.b)\b/i;
/** Whether an ID, accession or specimen number ends at `end`: six or more letters, digits and hyphens, three or more of them digits. */
function idEndsAt(text: string, end: number): boolean {
  let k = end - 1, digits = 0;
  while (k >= 0 && k >= end - 24) {
    const c = text.charCodeAt(k);
    if (isAsciiDigit(c)) digits++;
    else if (!(isAsciiAlnum(c) || c === 45)) break;
    k--;
  }
  return end - k - 1 >= 6 && digits >= 3;
}
/** Verbs whose "by" names who reported or brought something ("reported by", "dropped off by" is "off by"). */
const REPORTED_BY = new TokenWords(["reported", "requested", "brought", "signed", "witnessed", "found", "off", "filed", "called", "raised"]);
/** Lines and devices that are given names too ("get art out today" is the arterial line). */
const GET_OUT_DEVICES = new TokenWords(["art", "ted", "mac", "pat", "jp"]);
/** A discharge after the name: " out today", " out by noon", " home tonight". */
const GET_OUT_AFTER = /^ (?:out|home|discharged)(?: of here)? (?:today|tonight|tomorrow|tmrw|this am|this pm|by|before|asap)\b/i;
/** What a person quoted does: '"Wolf hates', '"Cathal hasn't'. */
const QUOTED_SUBJECT_ACTS = /^ (?:hates|loves|wants|says|needs|refuses|asks|thinks|knows|hasn['’]t|isn['’]t|doesn['’]t|won['’]t|can['’]t|wasn['’]t|didn['’]t)\b/;
/** An age or pronouns in brackets: " (age 2)", " (he/him)". */
/** An age with its unit or a bed in brackets: " (93yo)", " (98 y/o)", " (101 yrs)", " (bed 22)", " (rm 4b)". */
/** An age over 89 with its unit in brackets: " (93yo)", " (101 yrs)". */
const OLD_AGE_IN_BRACKETS_AFTER = /^ \((?:9\d|1[01]\d) ?(?:yo|y\/o|y\.o\.?|yrs?|years? old)\)/i;
const AGE_OR_BED_IN_BRACKETS_AFTER = /^ \((?:\d{1,3} ?(?:yo|y\/o|y\.o\.?|yrs?|years? old)|(?:bed|rm|room|bay) ?#?\d{1,4}[a-z]?)\)/i;
/** Three letters a person's name may be: consonant, vowel, and a vowel or consonant ("noa", "ama", "tui"), none an abbreviation's shape. */
const SHORT_SPOKEN = /^[b-df-hj-np-tv-z][aeiou][a-z]$/;
const AGE_OR_PRONOUNS_AFTER = /^ \((?:age \d{1,3}|(?:he\/him|she\/her|they\/them)(?:\/\w+)?)\)/i;
/** A bed or a unit and its number after "in": " in bed 12", " in micu 3", " in 5n-14", " in ed hallway 6", " in obs 31". */
const IN_UNIT_AFTER = /^ in (?:(?:bed|rm|room|bay)\s*#?\d|(?:micu|sicu|cvicu|ccu|picu|nicu|pacu|obs|icu|pcu|sdu|tele|l&d)\s*#?\d|(?:ed\s+)?hallway\s*\d|\d{1,2}[a-z]-\d{1,3}\b)/i;
/** What a family named by its surname does or where it is: "halvorsen fam visiting", "(Tuhiwai family):". */
/** A people's or a language's word, no surname before "family": "Navajo family requests", "Farsi-speaking family needs", "Congolese family". */
const PEOPLE_ENDING = /(?:ese|ean|ian|an|ish|ic|i)$/;
const PEOPLES = new TokenWords(["navajo", "hopi", "ojibwe", "rohingya", "mixteco", "mixtec", "zapotec", "hmong", "karen", "dine", "diné", "lakota", "apache", "cherokee", "sioux", "inuit", "yupik", "amish", "roma"]);
function peopleWord(text: string, t: Token): boolean {
  return PEOPLES.has(t) || isLanguage(t) || t.lower.endsWith("-speaking") || (PEOPLE_ENDING.test(t.lower) && (isEnglishWord(text, t.start, t.end) || isDemonym(t.lower)));
}
/** "w/ " right before a word: "with" written short. */
const W_SLASH_BEFORE = /(?:^|[^\w])w\/ ?$/i;
const FAMILY_WORD_AFTER = /^ (?:fam|family)(?:[):,]| \(| (?:visiting|from|moving|here|is|are|was|were|wants|want|at|in|asking|called|calling|aware|updated|notified|meeting|mtg|contact|contacts|contacted|needs|need|attends|attend|set up|prefers|prefer|requests|requested|declined|agrees|agreed|says|said|has|had)\b)/i;
/**
 * What a person does or is, after a surname opening a message, line or label: "bakker is ivc", "ed: cordeiro back again",
 * "PA Novak: Eze going home", "pangilinan was at", "aksoy, 100-year-old".
 */
// (Not a lab's value: "chol was 104", "ast is up".)
const SUBJECT_ACTS_AFTER = new RegExp(String.raw`(?: (?:(?:is|was|has|had)(?! (?:\d|[<>~]|up\b|down\b|high|low|elevated|normal|pending|trending|rising|falling|negative|positive|now\b))|refused|refuses|declined|declines|declining|allergic|wants|back|going|went|again|left|says|said|keeps|needs|asking|states|reports|denies|lives|still (?:npo|waiting|boarding|admitted|asking|refusing|confused|agitated|intubated|sedated|upset))\b|, (?:\d{2,3}|[a-z]+-[a-z]+)[- ]?(?:y\/?o\b|yo\b|year)|` +
  // ("Chenoweth - 91 - Guillain-Barré", "• Nwachukwu (4 West) - BP ...": an age between dashes, a unit or bed in brackets.)
  String.raw` [-\u2013\u2014] \d{2,3} ?(?:[mf]|yo)? [-\u2013\u2014] | \((?:\d{1,2} ?(?:west|east|north|south|[nsew])|(?:rm|room|bed|bay) ?\d{1,4}[a-z]?)\))`, "iy");
/** Where a person stayed or lives, after a surname: "pangilinan was at willow creek manor". */
const STAYED_AT_AFTER = / (?:was|stayed|lived|lives|has been|had been) (?:at|in) /iy;
/** A sticky pattern's test at `at`. */
function stickyAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
/** What a family named in the plural does or where it is: "the Lindqvists are here", "two horomonas on l&d". */
const PLURAL_FAMILY_AFTER = /^ (?:are|were|have|had|want|wanted|all|both|here|visiting|asking|called|say|said)\b/i;
/** Where a number of one family are, after "two": "two horomonas on l&d" (not after "the": "the Walgreens on 5th St"). */
const PLURAL_FAMILY_WHERE = /^ (?:on|in|at)\b/i;
const PLURAL_FAMILY_BEFORE = new TokenWords(["the", "two", "both", "three"]);

/** A word that may be a surname where a slot frames one: listed and no English word (or capitalised mid-sentence), or a spoken word no list or English list holds. */
function framedSurname(text: string, t: Token, start: number, end: number, flags: number, unlisted: Unlisted): boolean {
  if ((flags & (NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | EPONYM | BED | AGE_WORD)) || end - start < 3) return false;
  // (A name that is also a word only capitalised mid-sentence in mixed case: "see Stone at", not "- cipro in bed 4".)
  if (flags & AMBIGUOUS && !(t.cap && !t.upper && !t.sentenceStart)) return false;
  const english = isEnglishWord(text, start, end);
  if (flags & FAMILY) return !english || (t.cap && !t.upper && !t.sentenceStart);
  if (flags !== 0 || english) return false;
  // (Nor English words joined by hyphens, one of them no listed name: "single-name family", "SINGLE-NAME FAMILY", "two-parent
  // family"; "Long-Hall" may be a surname.)
  if (hyphenated(t) && t.hyphenParts.every((p) => isEnglishWord(p, 0, p.length)) && t.hyphenParts.some((p) => NOT_A_NAME.has(p) || !(isGivenName(p) || isFamilyName(p)))) return false;
  // (The word's own letters: a plural's stem is text[start, end).)
  const lower = text.slice(start, end).toLowerCase();
  // ("n'diaye", "d'almeida": a name's apostrophe after its first letter.)
  if (lower.length >= 5 && (lower.charCodeAt(1) === 39 || lower.charCodeAt(1) === 8217)) return true;
  // A word no list holds: where the slot allows one, capitalised mid-sentence in mixed case or (Unlisted.Any) in any case,
  // four letters or more, spoken, with no clinical, drug or adjective shape ("etoh", "ivig", "hypoNa", "impella" stay).
  if (unlisted === Unlisted.No || (unlisted === Unlisted.Capitalised && !(t.cap && !t.upper && !t.sentenceStart))) return false;
  return lower.length >= 4 && !(t.upper && !t.sentenceStart && lower.length <= 4) && SPOKEN_WORD.test(lower) && !CLINICAL_ENDING.test(lower) && !DRUG_ENDING.test(lower) &&
    !CLINICAL_SHORTHAND.has(lower) && !ADJECTIVE_ENDING.test(lower) && !CLINICAL_PREFIX.test(lower) && !hasUpperAfterFirst(t);
}

/** Which words no list holds a slot takes as a surname: none, capitalised ones mid-sentence in mixed case, or any. */
const enum Unlisted { No, Capitalised, Any }

/** A capital after a word's first letter in mixed case: "hypoNa", "eGFR" are clinical. */
function hasUpperAfterFirst(t: Token): boolean {
  if (t.upper) return false;
  for (let k = 1; k < t.length; k++) if (isAsciiUpper(t.codeAt(k))) return true;
  return false;
}

/**
 * "villalobos (100) — fall", "bed mgmt: Raghunathan (99F) boarding", "halvorsen fam visiting from", "Update (Tuhiwai family):",
 * "the Lindqvists are here", "two horomonas on l&d": a surname (framedSurname) that opens a message, line or label and an age
 * in brackets follows, or a family word and what a family does; or in the plural after "the" or "two", before what a family does.
 */
function framedSurnames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, parens: boolean, shouted: boolean): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (No slot below takes a cue, a title, a bed's or an age's word, or a word never a name but one that is also a name:
    // most words of a message stop at this one test.)
    const f = t.flags;
    if (f & (CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || (f & NOT_NAME && !(f & AMBIGUOUS))) continue;
    // (Joined only by a hyphen or a name's apostrophe: "el-amin", "d'souza"; not "it's".)
    if (name[i] || staff[i] || t.handle || t.length < 3 || (t.joined && !hyphenated(t) && (contraction(text, t) || isPossessive(text, t)))) continue;
    // (A listed given name the lists hold as no other word: what the slots below take besides a surname.)
    const given = givenTok(t) && !(f & NOT_NAME);
    // "imei 6205... reported by tsosie", "SSN ON FACESHEET IS WRONG PER Venkataraman": a surname after "per" or a reporting
    // verb's "by", punctuation or the end closing it.
    if (i > 0 && t.wordGap && t.length >= 4 && (tokens[i - 1]!.is("per") || (i > 1 && tokens[i - 1]!.is("by") && tokens[i - 1]!.wordGap && REPORTED_BY.has(tokens[i - 2]!))) &&
      NAME_PUNCT_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 4)) && framedSurname(text, t, t.start, t.end, f, Unlisted.No) && !(t.cap && !t.upper && !NAME_SHAPE.test(t.word))) {
      name[i] = 1;
      continue;
    }
    const after = text.charCodeAt(t.rawEnd);
    // "90-year-old halvorsen in 4 west", "104-year-old Mondragón, DNR": a surname or given name right after an age, where a
    // person is or what ends a name after it.
    if (t.start >= 4 && ageWordEndsAt(text, t.start - 1) && AGE_BEFORE_NAME.test(text.slice(Math.max(0, t.start - 14), t.start)) &&
      (framedSurname(text, t, t.start, t.end, f, Unlisted.Capitalised) || given) &&
      (personNameEndsAt(text, tokens, n, i, NameEnd.Acts) || (i + 1 < n && tokens[i + 1]!.is("in") && tokens[i + 1]!.wordGap))) {
      name[i] = 1;
      continue;
    }
    // "specimen kk2022-08760 (fox) = adenocarcinoma": a listed name or a surname in brackets right after an ID.
    // (An English word only a listed surname after an accession with letters: "(work)" after a phone, "(arizona)" after a licence stay.)
    if (after === 41 && parens && i > 0 && text.charCodeAt(t.start - 1) === 40 && text.charCodeAt(t.start - 2) === 32 && !(t.flags & F_STATE_NAME) && idEndsAt(text, t.start - 2) &&
      // (Not a vaccine's or drug's lot and its maker: "lot EL9262 (pfizer)"; nor an identifier's own cue: "acct # GA3230 (HAR)", "(CSN)".)
      !LOT_BEFORE.test(text.slice(Math.max(0, t.start - 34), t.start - 2)) && !(f & lexicon.F_ID_CUE) &&
      (framedSurname(text, t, t.start, t.end, f, Unlisted.No) || (lexiconTok(t) && !hasFlag(t, NOT_NAME | EPONYM) &&
        (!isEnglishWord(text, t.start, t.end) || (familyTok(t) && lettersInIdBefore(text, t.start - 2)))))) {
      name[i] = 1;
      continue;
    }
    // (A listed surname no English word only: "keppra is held", "ecmo was weaned" stay.)
    // (Anywhere before where a person stayed: "from jul 14 through 26th of january pangilinan was at willow creek manor".)
    if ((after === 32 || after === 44) && (f & FAMILY) !== 0 && t.length >= 4 && (((t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start)) && stickyAt(SUBJECT_ACTS_AFTER, text, t.rawEnd)) ||
      (t.wordGap && stickyAt(STAYED_AT_AFTER, text, t.rawEnd))) && !CLINICAL_SHORTHAND.has(t.lower) && framedSurname(text, t, t.start, t.end, f, Unlisted.No)) {
      name[i] = 1;
      continue;
    }
    if (after !== 32) continue;
    const next = i + 1 < n ? tokens[i + 1]! : undefined;
    if (!next) continue;
    // "Mondragón obs 31 dob 1-Jan-1920 needs ...": a surname opening a line before its bed and a birth date or record number.
    if ((hasFlag(next, BED) || UNIT_WORDS.has(next)) && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start)) && BED_THEN_ID_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 24)) && framedSurname(text, t, t.start, t.end, f, Unlisted.Any)) {
      name[i] = 1;
      continue;
    }
    // "can we get bill out today?", "get Summer out tonight": a listed given name, even an everyday word, a discharge frames.
    if (i > 0 && t.wordGap && (t.codeAt(0) | 32) !== 104 && tokens[i - 1]!.is("get") && givenTok(t) && !GET_OUT_DEVICES.has(t) &&
      GET_OUT_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 22))) {
      name[i] = 1;
      continue;
    }
    // '"Wolf hates the food" lol', 'per wife: "Cathal hasn't slept"': a listed name opening a quote, what a person does after it.
    if (t.cap && !t.upper && t.start > 0 && isQuoteCode(text.charCodeAt(t.start - 1)) && (t.start === 1 || isSpaceCode(text.charCodeAt(t.start - 2))) && lexiconTok(t) &&
      !hasFlag(t, NOT_NAME | EPONYM) && QUOTED_SUBJECT_ACTS.test(text.slice(t.rawEnd, t.rawEnd + 12)) && !MODAL_NAMES.has(t.lower)) {
      name[i] = 1;
      continue;
    }
    const c1 = text.charCodeAt(t.rawEnd + 1);
    // "home health to see Stone at 17967 Harbor Road": whom a visit is for, before the address's number.
    if (i > 0 && t.wordGap && SEE_WORDS.has(tokens[i - 1]!) && next.is("at") && isAsciiDigit(text.charCodeAt(next.rawEnd + 1)) && /^ \d{2,6} \D/.test(text.slice(next.rawEnd, next.rawEnd + 9)) &&
      framedSurname(text, t, t.start, t.end, f, Unlisted.No)) {
      name[i] = 1;
      continue;
    }
    // "chart says Smith-Tsosie but she uses Ngata now": the name a person goes by now.
    if (i > 0 && t.wordGap && next.is("now") && (tokens[i - 1]!.is("uses") || tokens[i - 1]!.is("using")) && framedSurname(text, t, t.start, t.end, f, Unlisted.Capitalised)) {
      name[i] = 1;
      continue;
    }
    // "ok so youssef goes by "kiki"": the name a nickname's cue follows.
    if ((c1 | 32) === 103 && next.is("goes") && i + 2 < n && tokens[i + 2]!.is("by") && (framedSurname(text, t, t.start, t.end, f, Unlisted.No) || given)) {
      name[i] = 1;
      continue;
    }
    if (c1 === 40 && parens) {
      const bracket = text.slice(t.rawEnd, t.rawEnd + 12);
      // (Not a lab's abbreviation in capitals amid lower case: "LFTs: AST (95)".)
      if (BRACKETED_AGE_AFTER.test(bracket) && (t.length >= 4 || !t.upper) && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start)) && framedSurname(text, t, t.start, t.end, f, Unlisted.Any)) name[i] = 1;
      // "guardian for mei (age 2)", "pt mere (he/him)": a given name or a surname an age or pronouns in brackets follow, anywhere.
      else if (AGE_OR_PRONOUNS_AFTER.test(bracket) && (given || framedSurname(text, t, t.start, t.end, f, Unlisted.Any))) name[i] = 1;
      // "nursing: noa (93yo) refused", "consult for stroud (98 y/o),", "handoff: tunde (bed 22) -": a word an age with its unit or a bed in
      // brackets follows, where a slot opens or after "for", "re", "pt": a listed name (a surname even a word) or one no list holds.
      else if (AGE_OR_BED_IN_BRACKETS_AFTER.test(bracket) && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start) || (i > 0 && t.wordGap && INITIALS_CUES.has(tokens[i - 1]!))) &&
        // (A listed surname no English word ("port (67yo)", "• FOLEY (BED 3)" stay); a word no list holds only before an age over 89, as things
        // and shorthand are in a bed and have a patient's age too: "Optiflow (bed 4)", "purewick (bed 7)", "hus (4yo)", "dic (bed 12)".)
        !(f & AMBIGUOUS) && (given || (familyTok(t) && !CLINICAL_SHORTHAND.has(t.lower) && !isEnglishWord(text, t.start, t.end)) ||
          (OLD_AGE_IN_BRACKETS_AFTER.test(bracket) && (framedSurname(text, t, t.start, t.end, f, Unlisted.Any) || (t.length === 3 && !t.upper && f === 0 && SHORT_SPOKEN.test(t.lower) && !isEnglishWord(text, t.start, t.end) && !CLINICAL_SHORTHAND.has(t.lower)))))) name[i] = 1;
    } else if ((c1 | 32) === 105 && next.is("in") && (isAsciiDigit(text.charCodeAt(next.rawEnd + 1)) || text.charCodeAt(next.rawEnd + 2) === 38 || (i + 2 < n && (hasFlag(tokens[i + 2]!, BED) || UNIT_WORDS.has(tokens[i + 2]!))))) {
      // "hey, d'souza in 5n-14", "- tahoma in bed 12", "aroha in ed hallway 6": a name where a patient is, a list item, a
      // label or a greeting's comma opening it; a given name that is also a word ("joy in room 22b") after a list's comma. (In
      // capitals too: "HEY, KA'AHANUI IN MICU 3".)
      // (An SBAR letter's bracket opens it too: "S) Małgorzata in L&D 5"; and "see": "CAN U SEE SUNNIVA IN MICU 3?".)
      if (IN_UNIT_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 24)) && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 4), t.start) || text.charCodeAt(t.start - 2) === 44 ||
        (i > 0 && t.wordGap && tokens[i - 1]!.is("see")) ||
        (text.charCodeAt(t.start - 2) === 41 && t.start >= 3 && isWordLetter(text.charCodeAt(t.start - 3)) && (t.start === 3 || !isWordLetter(text.charCodeAt(t.start - 4))))) &&
        // (In capitals a capital shows nothing: there any word no list holds that may be a name.)
        (framedSurname(text, t, t.start, t.end, f, shouted ? Unlisted.Any : Unlisted.Capitalised) || (givenTok(t) && !MODAL_NAMES.has(t.lower)))) name[i] = 1;
    } else if ((c1 | 32) === 102 && (next.is("fam") || next.is("family"))) {
      // (After "for" too: "INTERPRETER BOOKED FOR OYELARAN FAMILY MTG".)
      // ("fam mtg w/ Tu'ipulotu family at 14:30": after "with" too.)
      if (FAMILY_WORD_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 20)) && (t.sentenceStart || text.charCodeAt(t.start - 1) === 40 || slotOpensAt(text, Math.max(0, t.start - 4), t.start) || (i > 0 && t.wordGap && (tokens[i - 1]!.is("for") || tokens[i - 1]!.is("with"))) || W_SLASH_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))) &&
        framedSurname(text, t, t.start, t.end, f, Unlisted.Any) && !peopleWord(text, t)) name[i] = 1;
    } else if ((t.codeAt(t.length - 1) | 32) === 115 && t.length >= 5 && i > 0 && t.wordGap && PLURAL_FAMILY_BEFORE.has(tokens[i - 1]!) &&
      (PLURAL_FAMILY_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 12)) || (!tokens[i - 1]!.is("the") && PLURAL_FAMILY_WHERE.test(text.slice(t.rawEnd, t.rawEnd + 4)))) && !isEnglishWord(text, t.start, t.end)) {
      // The surname is the word without its "s" ("Lindqvists", "horomonas").
      if (framedSurname(text, t, t.start, t.end - 1, lexicon.wordFlags(t.lower.slice(0, -1)), Unlisted.Capitalised)) name[i] = 1;
    }
  }
}

/** A single letter after a bed's, bay's or unit's word: "NICU pod C Sefo Sapolu", "bay B Ana Ruiz". */
const BED_LETTER_BEFORE = new TokenWords(["pod", "bay", "bed", "rm", "room", "side", "wing", "zone", "hall", "area", "cubicle", "cube", "station"]);
function bedLetter(tokens: Tokens, k: number): boolean {
  return k > 0 && tokens[k]!.length === 1 && tokens[k]!.rawEnd === tokens[k]!.end && (BED_LETTER_BEFORE.has(tokens[k - 1]!) || hasFlag(tokens[k - 1]!, BED) || UNIT_WORDS.has(tokens[k - 1]!));
}

/** A bed, or a unit and a number, after initials: "room 22b", "micu 3", "pacu bay 2"; or a move to one: "to ED hallway 6", "to iso". */
const BED_SLOT_AFTER = /^\s+(?:(?:in\s+)?(?:hall\s+)?(?:bed|rm|room|bay)\s*#?\d+[a-z]?|(?:micu|sicu|cvicu|ccu|picu|nicu|pacu|obs|icu|pcu|sdu|tele)\s+(?:(?:bay|bed|rm|room)\s+)?\d+[a-z]?|to\s+(?:(?:the\s+)?(?:ed\s+)?hallway|iso|isolation|(?:bed|rm|room|bay)\s*\d+[a-z]?|ed\s+(?:hallway|bed|rm|room|bay)))\b/i;
/** Units a patient's bed number follows ("micu 3", "obs 31", "ed hallway 6"). */
const UNIT_WORDS = new TokenWords(["micu", "sicu", "cvicu", "ccu", "picu", "nicu", "pacu", "obs", "icu", "pcu", "sdu", "tele", "hallway", "ed"]);
/** A text that lists patients: a handoff, overnight or census header, or dotted initials ("k.q.n.", "Y.A."). */
const PATIENT_LIST_TEXT = /\b(?:overnight|handoff|hand-off|sign[- ]?out|census|board|rounds|night team)\b|(?:^|[^\w.])[a-z]\.[a-z]\.(?:[a-z]\.)?(?![\w.])/i;
/** Words that move a patient to a bed ("swap A.K. to ..."). */
const MOVE_WORDS = new TokenWords(["swap", "move", "moving", "switch", "bump", "put"]);

/**
 * Undotted initials in a bed slot (slotsAndShapes): a list item, a move word or a comma after found initials opens it, a
 * bed or a move to one closes it; no clinical abbreviation or cue ("pt micu 3", "OT bay 2" stay).
 */
function initialsInBedSlot(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  // (The cheap test first: a bed, a unit or "to" next.)
  if (!(hasFlag(next, BED) || UNIT_WORDS.has(next) || next.is("to") || next.is("in") || next.is("hall"))) return false;
  if (hasFlag(t, CUE | STAFF | RELATIVE | BED) || INITIALS_NOT.has(t.lower) || DOTTED_ABBREVIATIONS.has(t.lower) || (t.length === 3 && hasFlag(t, NOT_NAME))) return false;
  for (let k = t.start; k < t.end; k++) if (!isWordLetter(text.charCodeAt(k)) || isAsciiDigit(text.charCodeAt(k))) return false;
  if (!BED_SLOT_AFTER.test(text.slice(t.end, t.end + 32))) return false;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev && prev.wordGap && MOVE_WORDS.has(prev)) return true;
  // (Otherwise only in a list of patients: a handoff's or overnight header, or dotted initials elsewhere in the text;
  // "labs: na micu 3 118", "Procedures: LP bed 4" stay.)
  // ("ok ty. BW in bed 9 is asking", "...; KJ room 237 GOC pending": elsewhere two capitals in mixed case a clause opens, no shorthand's
  // letters; "CP in bed 4 troponin pending", "ED room 3", "CT room 2 down" stay.)
  if (!PATIENT_LIST_TEXT.test(text)) {
    return t.length === 2 && t.upper && !TWO_LETTER_SHORTHAND.has(t.lower) && !SHORTHAND_BEFORE_AGE.has(t.lower) && !RECORD_WORDS_BEFORE_CUE.has(t.lower) &&
      !isEnglishWord(text, t.start, t.end) && (slotOpensAt(text, Math.max(0, t.start - 4), t.start) || t.sentenceStart || t.gapIs("; "));
  }
  let k = t.start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = k >= 0 ? text.charCodeAt(k) : 10;
  // (After a comma only when the item before named initials too: "..., WT to iso".)
  return c === 10 || c === 58 || c === 59 || c === 8226 || c === 42 || (c === 44 && /\bto\b/i.test(text.slice(Math.max(0, k - 24), k)) && !!prev && prev.rawEnd <= k + 1 && /\d/.test(text.slice(Math.max(0, k - 4), k)));
}

/** "-", "–", "—". */
function isDash(c: number): boolean {
  return c === 45 || c === 8211 || c === 8212;
}
/** A list of patients: a handoff, census or sign-out header. */
// ("nights handoff", "WEEKEND LIST": a word may come first.)
// (A list of patients, not of drugs or problems: "weekend list", not "med list".)
const LIST_HEADER = /(?:^|\n)[^\S\n]*(?:(?:[a-z]+[^\S\n]+)?(?:handoff|hand-off|census|sign[- ]?out|signout)|(?:(?:night|day|weekend)[^\S\n]+)?(?:pt|patient|weekend|night|nights|float|team|service)[^\S\n]+list|board|rounds)\b/i;
const LIST_HEADER_AT = new RegExp(LIST_HEADER.source, "iy");

/** `LIST_HEADER.test(text)`, tried only where it can match (the start and each line break) rather than at every character. */
function listHeaderIn(text: string): boolean {
  LIST_HEADER_AT.lastIndex = 0;
  if (LIST_HEADER_AT.test(text)) return true;
  for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) {
    LIST_HEADER_AT.lastIndex = k;
    if (LIST_HEADER_AT.test(text)) return true;
  }
  return false;
}

/**
 * `text.includes(` ${word} `)` for a lower-case word of letters, read at the tokens (a search of
 * the whole text costs more): such a word between two spaces is a token of its own.
 */
function wordBetweenSpaces(text: string, tokens: Tokens, n: number, word: string): boolean {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.rawEnd - t.start !== word.length || text.charCodeAt(t.rawEnd) !== 32 || text.charCodeAt(t.start - 1) !== 32) continue;
    if (text.startsWith(word, t.start)) return true;
  }
  return false;
}
/** What opens an item of such a list: a line start, a bullet or a number ("- ", "• ", "1) "). */
const ITEM_OPENS = /(?:^|\n)\s*(?:[-–—•*]|\d{1,2}[).])\s*$/;
/** What closes an item's name: a room ("4a", "11"), a dash, a bracket, or the line's end. */
const ITEM_CLOSES = /^(?:\s+(?:in\s+)?\d{1,3}[a-z]?\b|\s+[-–—]\s|\s*\(|\s*(?:\n|$)|,)/i;

/** A room or bed after a dash: "— 4N-14", "- rm 12", "— bed 3". */
const ROOM_AFTER = /^\s+[-–—]\s+(?:(?:rm|room|bed|bay)\s*\d{1,4}[a-z]?\b|\d{1,2}[a-z]-\d{1,3}\b)/i;

/** Labels of lists of drugs, diagnoses and tests ("Meds: Ozempic, Mounjaro — ..."), which open no name slot. */
const CLINICAL_LABEL = /\b(?:meds?|medications?|rx|plan|dx|ddx|allerg\w*|hx|pmh|psh|abx|drugs?|tried|failed|started|trial|labs?|imaging|a\/?p|assessment|impression|recs?|on)\s*:?\s*$/i;

function lastFirstSlot(text: string, last: Token, first: Token, cued: boolean, commaCloses = false): boolean {
  const from = Math.max(0, last.start - 24);
  // ("AUDIT: YILMAZ, SAOIRSE'S CHART": a possessive closes it too.)
  // ("KAUR, ILSE: WOUND CARE": a colon too, as a note's heading.)
  const after = text.slice(first.rawEnd, first.rawEnd + 14);
  // ("clusters, RAGHUNATHAN, LORENZO acc # WU86": a specimen's or record's number after the pair opens it wherever it stands.)
  if (LAST_FIRST_RECORD_AFTER.test(after)) return !CLINICAL_LABEL.test(text.slice(from, last.start));
  // ("research: Tuilagi, Radu consented", "— SIDDIQUI, AROHA IS ACTUALLY IN 627": what a person does closes it too.)
  // (A comma only where the caller found both words sure and a line, sentence or label opens the pair.)
  const commaAfter = commaCloses && (last.sentenceStart || slotOpensAt(text, from, last.start)) && text.charCodeAt(first.rawEnd) === 44 && isSpaceCode(text.charCodeAt(first.rawEnd + 1));
  return (cued || last.sentenceStart || slotOpensAt(text, from, last.start)) && (SLOT_CLOSES.test(after) || isPossessive(text, first) || (text.charCodeAt(first.end) === 58 && isSpaceCode(text.charCodeAt(first.end + 1))) || LAST_FIRST_ACTS_AFTER.test(after) || commaAfter) && !clinicalLabelBefore(text, from, last);
}
/**
 * A clinical label before the pair ("meds: keppra, lasix", "started on vimpat, keppra"); "on" before a listed surname that is
 * no English word is a curbside's or a look's ("need your eyes on kaczmarek, tuncay's ecg").
 */
function clinicalLabelBefore(text: string, from: number, last: Token): boolean {
  const before = text.slice(from, last.start);
  return CLINICAL_LABEL.test(before) && !(ON_BEFORE.test(before) && familyTok(last) && !hasFlag(last, NOT_NAME) && !isEnglishWord(text, last.start, last.end));
}
const ON_BEFORE = /(?:^|[^\w:])on\s*$/i;
/** A record's number cue after "Last, First" ("acc #", "accession", "acct", "MRN"). */
const LAST_FIRST_RECORD_AFTER = /^,?\s+(?:acc(?:ession)?\s*(?:#|no\b|num)|accession\b|acct\b|mrn\b|mr#)/i;
/** What a person does, after "Last, First" in a slot. */
// ("psych: Sutrisno, Guðrún from Pine Ridge", "boarder update: Apaza, Htet still in hallway 7": where a person comes from or still is.)
// ("still" only before where or how a person still is, "from" not before a team's shorthand: "Kcentra, Andexxa still pending",
// "Optiflow, Airvo from RT" stay.)
const LAST_FIRST_ACTS_AFTER = /^\s+(?:is|was|has|had|from(?!\s+(?:rt|pt|ot|ed|or|er|icu|pharm|pharmacy|ir|gi|cards|nephro|pulm|home)\b)|still(?=\s+(?:in|on|at|here|waiting|boarding|admitted|inpatient|hospitalized)\b)|accepted|consented|enrolled|declined|refused|wants|needs|says|said|admitted|discharged|transferred|arrived|presents|presented|died|passed|called|left|eloped|(?:also|too)(?!\s+(?:positive|negative|pos|neg|normal|abnormal|present|absent|equivocal|elevated|low|high|intact|reproduced)\b)|dosed|got|received|missed|went|came|vs\.?|versus|pulled|fell|medevac(?:ed|'d)?|flown|lives|living|visiting|staying)\b/i;

/** A listed name (either list: "hamza" is listed as a surname only) that is no everyday word. */
function slotListed(t: Token): boolean {
  return lexiconTok(t) && !hasFlag(t, AMBIGUOUS);
}

/** A lower-case word either name list holds and NOT_A_NAME does not, an English word or not ("amin", "said" after "al-"). */
function listedNamePart(lower: string): boolean {
  return !NOT_A_NAME.has(lower) && (isFamilyName(lower) || isGivenName(lower));
}
/** Arabic articles hyphened to a surname ("al-Amin", "el-Said"). */
const ARTICLE_PARTICLES = new Set(["al", "el"]);
/**
 * A hyphenated word whose every part is a particle or a word no English list holds ("al-hashimi", "nguyen-tran"), or
 * an Arabic article before a listed name, English word or not ("al-Amin", "el-Said").
 */
function unlistedParts(t: Token): boolean {
  const parts = t.hyphenParts;
  if (parts.length === 2 && ARTICLE_PARTICLES.has(parts[0]!) && parts[1]!.length >= 3 && listedNamePart(parts[1]!)) return true;
  return parts.every((p) => PARTICLES.hasWord(p) || (p.length >= 2 && !isEnglishWord(p, 0, p.length)));
}

/** A word that may be one part of a name in a name slot: listed as that part, or a name-shaped word no list or English list knows. */
function nameOrUnlisted(text: string, t: Token, listed: boolean): boolean {
  if (t.handle || t.length < 2 || hasFlag(t, NOT_NAME) || isEponymTok(t)) return false;
  if (listed) return true;
  if (t.cap && !t.upper && !looksLikeName(t)) return false;
  // (A word of three letters or more with no vowel is shorthand: "CXR: RLL, LLL FROM ASPIRATION"; two may be initials.)
  if (t.length > 2 && !HAS_VOWEL.test(t.lower)) return false;
  // ("Al-Hashimi", "Nguyen-Tran": a particle or a word no English list holds on each side.)
  if (hyphenated(t)) return unlistedParts(t);
  // (In a name slot a word no English list holds is no verb, whatever its ending: "xiaoming".)
  // (Nor clinical shorthand: "mr tran, ivig still running".)
  return (unlistedWord(text, t) || (t.flags === 0 && !isEnglishWord(text, t.start, t.end))) && !CLINICAL_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower);
}

/** A word, then a phone number of 10 to 15 digits, and nothing else. */
const ONE_WORD_AND_PHONE = /^\s*[\p{L}'’-]+[:,]?\s+\+?\(?\d[\d\s().-]{8,18}\d\s*$/u;

/** "Kofis", "dmitris": a listed given name no English list holds, then "s", the whole no English word. */
function possessiveWithoutApostrophe(text: string, t: Token): boolean {
  const w = t.lower;
  if (w.length < 5 || w.charCodeAt(w.length - 1) !== 115 || t.joined) return false;
  const stem = w.slice(0, -1);
  // (Nor an eponym's: "hx of addisons disease", "Barretts esophagus".)
  return isGivenName(stem) && !NOT_A_NAME.has(stem) && !AMBIGUOUS_NAMES.has(stem) && !EPONYMS.has(stem) && !isEnglishWord(stem, 0, stem.length) && !isEnglishWord(text, t.start, t.end);
}

/** A word no list or English list holds that may be a given name before a surname: four letters or more, two vowels, no clinical ending or shorthand. */
function unlistedGivenBefore(text: string, t: Token): boolean {
  return t.flags === 0 && t.length >= 4 && !t.joined && !t.sentenceStart && SPOKEN_WORD.test(t.lower) && unlistedWord(text, t) && !CLINICAL_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower);
}

/** "callin", "comin": a verb's "-ing" typed without its "g" (the word with it is English). */
function droppedG(t: Token): boolean {
  const w = t.lower;
  return w.length >= 5 && w.endsWith("in") && isEnglishWord(w + "g", 0, w.length + 1);
}

/** What follows a section's letter (SBAR's "A - ", "R: "), not an initial's. */
const SECTION_LETTER_AFTER = /^(?:\s[-–—]\s|:\s|\)\s)/;

/** Words before a noun, not a name ("the card, nkechi"). */
const DETERMINERS = new TokenWords(["the", "a", "an", "this", "that", "my", "his", "her", "our", "their", "your", "its", "each", "every", "no"]);

/** Months that are given names too ("May" is a verb as well, and stays out). */
const MONTH_NAMES = new Set(["april", "june", "august"]);

/** A surname after an ambiguous given name: listed and no English word, no list's word at all, or hyphenated from such parts ("al-masri"). */
function surnameAfterAmbiguous(text: string, tokens: Tokens, k: number): boolean {
  const t = tokens[k]!;
  if (t.handle || hasFlag(t, NOT_NAME | AMBIGUOUS) || isEponymTok(t) || eponymAt(tokens, k)) return false;
  if (hyphenated(t)) return unlistedParts(t);
  // (A word listed as a given name only is a surname there too when no English word: "Grace Adeyemi".)
  return (lexiconTok(t) && !isEnglishWord(text, t.start, t.end)) || unlistedWord(text, t);
}

/** Whether token i + 1 may join a name at token i (not staff, one or two spaces away, no ordinary word or eponym). */
function nextMayJoin(text: string, tokens: Tokens, i: number, staff: Uint8Array, staffWords: Set<string> | undefined): boolean {
  const next = tokens[i + 1];
  // (A full stop between them ends a sentence: "lives in Moab. Hip fx".)
  // (Nor a word an age follows: "kwame turns 95", "ahmed aged 91".)
  // (Nor a relative: "su hija Rosalind" is "her daughter Rosalind".)
  // (Nor a hallway's bed: "hoang hall bed 2", "HALLWAY 3" are where a patient lies.)
  return !!next && !staff[i + 1] && next.wordGap && !next.sentenceStart && (isInitial(next) || !hasFlag(next, NOT_NAME | AGE_WORD | RELATIVE)) && !eponymAt(tokens, i + 1) && !staffWords?.has(next.lower) && !hallBed(text, next);
}
/** Whether `t` is a hallway a bed or its number follows ("hall bed 2", "HALLWAY 3"). */
function hallBed(text: string, t: Token): boolean {
  return HALL_WORDS.has(t) && HALL_BED_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 12));
}
/** A hallway, which a bed or its number may follow ("hall bed 2", "hallway 3"). */
const HALL_WORDS = new TokenWords(["hall", "hallway"]);
const HALL_BED_AFTER = /^[^\S\n]+(?:bed|bd|stretcher|chair|spot|space|\d)/i;

/** `^[:,(\-"'“]+$` for a non-empty gap: the marks allowed between a cue and a name. */
function onlyCueGapMarks(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    // (": , ( - \" ' “" and "=": "fam = al-hashimi 562...".)
    if (c !== 58 && c !== 44 && c !== 40 && c !== 45 && c !== 34 && c !== 39 && c !== 8220 && c !== 61) return false;
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

/** ", daughter)" after a bracketed name: a relative's kind closing the bracket. */
const KIN_CLOSES_BRACKET = new RegExp(String.raw`^,\s*(?:the\s+|her\s+|his\s+|pt'?s\s+)?${RELATIVE_KINDS}\)`, "i");

/**
 * "fam (rose, daughter) wants update", "FAM (LINH, DAUGHTER)": one word opening a bracket that a relative's kind
 * closes is the relative's name: a listed given name, even an everyday word, or a word no list holds.
 */
function relativeNamedInBrackets(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle || t.length < 2 || text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt(t.rawEnd) !== 44) continue;
    if (hasFlag(t, CUE | RELATIVE | STAFF | BED | EPONYM) || (hasFlag(t, NOT_NAME) && !hasFlag(t, AMBIGUOUS)) || !(hasFlag(t, GIVEN) || unlistedWord(text, t))) continue;
    if (KIN_CLOSES_BRACKET.test(text.slice(t.rawEnd, t.rawEnd + 24))) name[i] = 1;
  }
  // "dawn (wife, same last name)", "Summer (pt's sister, not the chaplain)", "siranush (roommate? no, sister)": a listed
  // given name, even an everyday word, or a word no list or English list holds, before a bracket a relative's kind opens.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle || t.length < 3 || text.charCodeAt(t.rawEnd) !== 32 || text.charCodeAt(t.rawEnd + 1) !== 40) continue;
    if (hasFlag(t, CUE | RELATIVE | STAFF | BED | EPONYM | HONORIFIC) || (t.flags & F_MONTH) || MODAL_NAMES.has(t.lower)) continue;
    if (!(givenTok(t) || (unlistedWord(text, t) && SPOKEN_WORD.test(t.lower) && !CLINICAL_ENDING.test(t.lower) && !CLINICAL_SHORTHAND.has(t.lower)))) continue;
    if (KIN_OPENS_BRACKET.test(text.slice(t.rawEnd, t.rawEnd + 32))) name[i] = 1;
  }
}
/** After a name: a bracket a relative's kind opens, a comma, "?", ";" or the bracket's end after it ("(wife, same last name)"). */
const KIN_OPENS_BRACKET = new RegExp(String.raw`${BRACKET_OPEN}(?:${RELATIVE_KINDS}|roommate)[,?;)]`, "i");

/** Finds patient and relative names. */
export function detectNames(scan: Scan, out: Detection[]): void {
  const { text, tokens } = scan;
  const n = scan.count;
  const staff = marks(0, n);
  const name = marks(1, n);
  // Text typed all in lower case: there a name is lower case too, and rules that ask for a
  // capital ask for other evidence instead.
  const lowered = scan.lowerCase;

  // Each pass below over the tokens runs only when some token has a flag it looks for. Each
  // is a function of its own: TurboFan compiled this one as a whole in ~0.4 s, which on one
  // core held the first messages back (warm-up).
  const flags = scan.tokenFlags;

  // Staff: a title then up to two name words; chat handles (each counted in scan.at).
  const staffWords = flags & STAFF || scan.at > 0 ? markStaff(tokens, n, staff, lowered) : undefined;

  // "Miller, John": the comma is inside the name's span.
  const joinNext = marks(2, n);
  // Pets' names are no person's: "their dog Chico", "a cat named Pepper".
  if (n > 1) petNames(text, tokens, n, staff);
  // A greeting of two words that are given names too is no one's name: "kia ora" (Māori).
  // A language's name before "interpreter" is no one's either: "need Dari interpreter".
  // Nor is a language ("Krasniqi Dritan, Albanian,", "Sokha, Khmer, DOB"); one that is a given name too only where
  // it is spoken: "Karen speaker needed", "Shona only", "speaks Thai".
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (Not after a given name, a title or a cue, nor before a given name and a record's cue: "Maria Chamorro", "Chamorro, Jesusa DOB".)
    if (LANGUAGES.has(t) && !(i > 0 && t.wordGap && hasFlag(tokens[i - 1]!, HONORIFIC | CUE)) && !(i + 1 < n && tokens[i + 1]!.gapIs(", ") && ID_CUE_AFTER.test(text.slice(tokens[i + 1]!.rawEnd, tokens[i + 1]!.rawEnd + 8)))) staff[i] = 1;
    // ("labels in Dari", "discharge papers printed in Karen": what is written in a language.)
    else if (NAMED_LANGUAGES.has(t) && i > 1 && t.wordGap && (tokens[i - 1]!.is("in") || tokens[i - 1]!.is("into")) && tokens[i - 1]!.wordGap && WRITTEN_IN.has(tokens[i - 2]!)) staff[i] = 1;
    else if (NAMED_LANGUAGES.has(t) && !(i > 0 && t.wordGap && hasFlag(tokens[i - 1]!, GIVEN | HONORIFIC)) && ((i > 0 && t.wordGap && (tokens[i - 1]!.is("speaks") || tokens[i - 1]!.is("speak"))) || (i + 1 < n && tokens[i + 1]!.wordGap && LANGUAGE_AFTER.has(tokens[i + 1]!)) ||
      // (A field of its own in a registration line, or one of two languages: "Tsiklauri Nino, Georgian, DOB", "Catalan/Spanish fine".)
      ((t.gapIs(", ") || t.gapIs(" — ") || t.gapIs(" - ")) && (i + 1 >= n || tokens[i + 1]!.gapIs(", ") || (tokens[i + 1]!.wordGap && tokens[i + 1]!.is("only")))) || (i + 1 < n && tokens[i + 1]!.gapIs("/") && isLanguage(tokens[i + 1]!)))) staff[i] = 1;
    const next = tokens[i + 1];
    if (!next || !next.wordGap) continue;
    if (t.is("kia") && next.is("ora")) staff[i] = staff[i + 1] = 1;
    else if (next.length >= 6 && (next.is("interpreter") || next.is("interpreters") || next.is("interp")) && !(i > 0 && hasFlag(tokens[i - 1]!, CUE))) staff[i] = 1;
  }

  // 1. Cues.
  if (flags & (CUE | CONSULT_WORD)) nameAfterCues(scan, n, name, staff, joinNext);
  // ("niece xiaoming li (+1 ...", "mom blessing balogun": a relative's given name and a sure surname in lower case.)
  if (flags & RELATIVE && n > 2) relativeGivenAndSurname(text, tokens, n, name, staff);

  // 1b. Context without a cue word: bed and room numbers, bracketed initials, "X's wife",
  // "got X here". (Bracketed initials follow a "(".)
  // ("X's photo" and "X in bed 4" need no flag.)
  if (flags & (BED | PRESENCE_VERB | RELATIVE) || scan.parens > 0 || possessiveOrInBetweenSpaces(text, tokens, n)) nameFromContext(text, tokens, n, name, staff, lowered, scan.upperCase);

  // 2. Census lists.
  nameFromLists(text, tokens, n, name, staff, joinNext, lowered, staffWords);

  // 2a. Words spelled out in an email address of the same text ("maelis peterson,
  // maelispeterson44@gmail.com"): the address is the person's.
  if (scan.at > 0) namesInEmails(text, tokens, n, name, staff, scan.upperCase);
  // 2b. Slots and shapes that show a name (slotsAndShapes); 2c. a handoff or census list
  // (listItems); 2d. text typed all in capitals (shoutedNames).
  slotsAndShapes(scan, n, name, staff, joinNext);
  if (n > 2 && (LIST_WORDS.has(tokens[0]!) || LIST_WORDS.has(tokens[1]!)) && listHeaderIn(text)) listItems(text, tokens, n, name, staff);
  // 2c''. A numbered list of patients, each a name and a dash ("1) Stone - DKA\n2) bin Rashid - PE").
  // ("• ibrahim - admitted\n• kavanagh - home w/ vna": bullets too.)
  if (n > 3 && (text.indexOf(") ") >= 0 || text.indexOf("• ") >= 0 || text.indexOf("* ") >= 0 || text.indexOf("◦ ") >= 0 || text.indexOf("▪ ") >= 0 || text.indexOf("‣ ") >= 0)) numberedDashList(text, tokens, n, name, staff);
  // 2c*. A row of fields " / " divides, a bed's field after the name: "o'brien / hall bed 7 / 90 / dnr-dni".
  if (n > 2 && text.indexOf(" / ") >= 0) slashRowNames(text, tokens, n, name, staff);
  // 2c'. A table with a name column ("| name | MRN | issue |").
  if (n > 3 && text.indexOf("|") >= 0) tableNameCells(text, tokens, n, name, staff);
  // (A message in capitals may open with a handle: "@TAN.PHARM DERM Q: ...".)
  if (n > 1 && scan.upperCase && ((tokens[0]!.upper && tokens[0]!.length > 1) || (tokens[0]!.handle && tokens[1]!.upper && tokens[1]!.length > 1))) shoutedNames(text, tokens, n, name, staff, joinNext);
  if (n > 1 && scan.upperCase) shoutedSlots(text, tokens, n, name, staff, joinNext, false);
  // (In lower case too, its words read as capitals: in either one case the case says nothing, and the slots, lists and
  // closers that find a name in capitals find it there.)
  else if (n > 1 && lowered) {
    readAsCapitals(scan, true);
    try {
      shoutedSlots(text, tokens, n, name, staff, joinNext, true);
    } finally {
      readAsCapitals(scan, false);
    }
  }

  // 2e. "June de la Cruz", "Gökhan van der Berg", "van der Berg was seen": particles before a
  // surname (particleRuns).
  particleRuns(text, tokens, n, name, staff);
  // 2e'''. "Doc (real name Farai Huanca)", "Rutendo (goes by Chino) Zhakupov": nicknames' brackets.
  if (scan.parens > 0) aliasBrackets(scan, name, staff);
  // 2e**. "twin A Xuereb", "twin b zhakupov": a twin's letter before a name (twin is a relative's cue).
  if (flags & RELATIVE && n > 2) twinLetterNames(text, tokens, n, name, staff, lowered);
  // 2e*. "family ji-woo park", "DAUGHTER HYE-JIN": hyphenated given-name syllables (when a hyphen joins some word: scan.hyphens).
  if (scan.hyphens > 0) syllableGivenNames(text, tokens, n, name, staff);
  // 2e''. "karimi shirin — farsi", "Randrianarisoa Hery — Malagasy/French": two words opening a line before a language.
  if (n > 2) pairBeforeLanguage(text, tokens, n, name, staff);
  // 2e'. "rx for nodin langrine sent to", "dispo: cudjo achakzai going home": in text typed all in lower case, two words
  // no English list holds, each a listed name or a spoken word no list knows, where a slot opens and a person's name ends.
  if ((lowered || !scan.upperCase) && n > 2) unknownPairs(text, tokens, n, name, staff, !lowered);
  // 2f. "rounds: sandhu, o'neil, grewal, young": a list of surnames (surnameLists).
  if (n > 2) surnameLists(text, tokens, n, name, staff);

  // "Delacroix 9875714272": a message of one word and a phone number; the word is whom to call.
  // (Not a short label: "ext 555-123-4567", "PCP 555-...".)
  if (n === 1 && !staff[0] && tokens[0]!.length >= 4 && ONE_WORD_AND_PHONE.test(text) && nameOrUnlisted(text, tokens[0]!, lexiconTok(tokens[0]!) && !hasFlag(tokens[0]!, AMBIGUOUS)) && !isEnglishWord(text, tokens[0]!.start, tokens[0]!.end)) name[0] = 1;

  // "wound care: minji moody — wound vac", "billing q: wanjiru mahlangu-park acct 317...": a name a label opens and a dash or an ID cue closes.
  if (n > 2 && text.indexOf(": ") >= 0) labelledNames(text, tokens, n, name, staff);
  // "WILL D. KEALOHA": a middle initial between two name words (again once names grew).
  if (scan.dots > 0 && n > 2) middleInitials(text, tokens, n, name, staff);
  // "WHO HAS OYELARAN?", "who's got begay?": whose patient a question asks.
  if (n > 2) for (let i = 0; i + 2 < n; i++) if (tokens[i]!.is("who")) whoHas(text, tokens, n, i, name, staff);
  // "link for blessing takahashi failed": after "for" a word that may be a given name and a listed surname no English list holds.
  if (n > 1) givenAndSurnameAfterFor(text, tokens, n, name, staff);
  // "villalobos (100) — fall", "halvorsen fam visiting", "the Lindqvists are here": a surname an age, a family or a plural frames.
  if (n > 1) framedSurnames(text, tokens, n, name, staff, scan.parens > 0, scan.upperCase);
  // "fam (rose, daughter)": a name a relative's kind closes in brackets.
  if (scan.parens > 0) relativeNamedInBrackets(text, tokens, n, name, staff);
  // "young okafor returned from", "may zielińska, 724-...": a given name that is also a word before a sure surname.
  if (n > 1 && flags & AMBIGUOUS) wordGivenPairs(text, tokens, n, name, staff);

  // "Núria Ferrer i Soler", "Rógvi á Rók": Catalan "i" between two surnames, Faroese "á" or "í" before a farm's name.
  if (n > 2 && (includesAfterSpace(text, "i ") || includesAfterSpace(text, "á ") || includesAfterSpace(text, "í "))) joinedSurnames(text, tokens, n, name, staff);
  // '"dodong" is what the family calls him', "tootie (that's what penhaligon goes by)": nicknames by what is said of them
  // (again after names grow, for a nickname in quotes after a name found: quotesIn).
  const quotes = quotesIn(text);
  const oneCase = scan.lowerCase || scan.upperCase;
  if (quotes || includesAfterSpace(text, "goes by") || includesAfterSpace(text, "GOES BY")) nicknames(text, tokens, n, name, staff, oneCase);
  if (n > 2 && (text.indexOf("name") >= 0 || text.indexOf("NAME") >= 0 || text.indexOf("Name") >= 0)) namedOutright(scan, name, staff);
  // Text typed all in lower case: slots no capital shows (lowerCaseSlots).
  if (lowered && n > 1) {
    lowerCaseSlots(text, tokens, n, name, staff);
    lowerCaseAfterFound(text, tokens, n, name, staff, joinNext);
  }
  // Most messages name no one: every step below starts from a marked name.
  if (n > 5 && text.indexOf("\n") >= 0) listSiblings(text, tokens, n, name, staff);
  let named = false;
  for (let i = 0; i < n && !named; i++) named = name[i] !== 0;
  if (!named) return;

  // 3. Mark other mentions of words found as names, grow found names over adjacent
  // capitalised words no list knows ("Priya" in "Priya Phillips"), and mark again.
  growNames(text, tokens, n, name, staff, joinNext, lowered, quotes, oneCase, scan.nonAscii);
  if (lowered) {
    lowerCaseAfterFound(text, tokens, n, name, staff, joinNext);
    propagate(text, tokens, n, name, staff);
  }
  // ("Austin Flint murmur", "Graham Steell murmur": the first word of a two-word eponym before its clinical word.)
  if (flags & EPONYM_CTX) eponymFirstWords(tokens, n, name);

  // Emit runs of name tokens as one span each.
  emitNames(text, tokens, n, name, joinNext, out);
}

/** Faroese particles before a farm's or village's name that is a surname ("Rógvi á Rók", "Jógvan í Skála"). */
const FAROESE_PARTICLES = new TokenWords(["á", "í"]);
/** A word that may be the surname after a joining particle: found already, or of 3+ letters a listed surname or a word no list or English list holds. */
function joinedSurname(text: string, t: Token, found: boolean): boolean {
  if (found) return true;
  if (t.length < 3 || hasFlag(t, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF | BED | HONORIFIC) || isEponymTok(t)) return false;
  // (A listed surname an English list holds too is one here: "ferrer i soler", "puig i serra".)
  return familyTok(t) || (nameOrUnlisted(text, t, false) && !isEnglishWord(text, t.start, t.end));
}
/**
 * "Núria Ferrer i Soler", "josep ferrer i soler": a Catalan "i" (lower case) joins a found name of two words or more to
 * a second surname; "Rógvi á Rók", "rógvi á rók": a Faroese "á" or "í" between a given name and a farm's name, each
 * found or a word no English list holds, in one case. ("pt Smith i think", "Sara á la carte" stay: English words after.)
 */
function joinedSurnames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let k = 1; k + 1 < n; k++) {
    const p = tokens[k]!, before = tokens[k - 1]!, after = tokens[k + 1]!;
    if (p.cap || !p.wordGap || !after.wordGap || name[k] || staff[k - 1] || staff[k + 1] || after.handle || before.cap !== after.cap || before.upper !== after.upper) continue;
    if (p.is("i")) {
      if (k >= 2 && name[k - 1] && name[k - 2] && before.wordGap && joinedSurname(text, after, name[k + 1] === 1)) name.fill(1, k, k + 2);
    } else if (FAROESE_PARTICLES.has(p) && !before.handle && before.length >= 3 && !hasFlag(before, CUE | RELATIVE | STAFF | BED | HONORIFIC) &&
      (name[k - 1] === 1 || ((nameOrUnlisted(text, before, givenTok(before) && !hasFlag(before, AMBIGUOUS)) || (before.cap && !before.upper && nameShaped(before))) && !isEnglishWord(text, before.start, before.end))) &&
      joinedSurname(text, after, name[k + 1] === 1)) {
      name.fill(1, k - 1, k + 2);
    }
  }
}

/** Endings of an English verb's forms ("picking", "speaks", "signed"). */
const THIRD_WORD_VERB = /(?:ing|[^s]s|ed)$/;
/**
 * A name's third word that is an English verb's form with more of the sentence after it ("GRACE SARKER PICKING UP");
 * a bracket, a stop or the end after it keep it a surname ("(bogdan haruto fields)").
 */
function thirdWordVerb(text: string, w: Token): boolean {
  if (!THIRD_WORD_VERB.test(w.lower) || !isEnglishWord(text, w.start, w.end)) return false;
  const c = text.charCodeAt(w.end);
  return !(w.end >= text.length || c === 41 || c === 44 || c === 59 || c === 46 || c === 58);
}
/** A verb's contraction ("can't", "won't", "they'll", "we're", "I'm"). */
const VERB_CONTRACTION = /(?:n['’]t|['’](?:ll|re|ve|m))$/i;
/** Object pronouns: a word right before one is a verb ("stole her meds", "takes them"). */
const OBJECT_PRONOUNS = new TokenWords(["him", "her", "them", "it", "me", "us"]);
/** Whether token `k` is an English word a verb's object follows ("stole her", "TAKES THEM", "picking him up"). */
function verbBeforeObject(text: string, tokens: Tokens, n: number, k: number): boolean {
  const t = tokens[k]!, after = k + 1 < n ? tokens[k + 1]! : undefined;
  return !!after && after.wordGap && after.cap === t.cap && OBJECT_PRONOUNS.has(after) && !hasFlag(t, GIVEN) && isEnglishWord(text, t.start, t.end);
}
/** Eponyms of two words whose second is a surname too, so no single-word list holds them. */
const TWO_WORD_EPONYMS = new Set(["austin flint", "argyll robertson", "marcus gunn", "graham steell", "carey coombs"]);
/**
 * Unmarks a name word right before an eponym not taken as a name and that eponym's clinical word ("Austin Flint murmur");
 * not after a cue ("pt Maria Bell palsy" names Maria).
 */
function eponymFirstWords(tokens: Tokens, n: number, name: Uint8Array): void {
  for (let i = 0; i + 2 < n; i++) {
    const t = tokens[i]!, e = tokens[i + 1]!;
    // ("Austin Flint murmur": both words of an eponym whose second word is a surname too, before its clinical word.)
    if (name[i] && e.wordGap && eponymContextAfter(tokens, i + 1) && TWO_WORD_EPONYMS.has(`${t.lower} ${e.lower}`)) {
      name[i] = name[i + 1] = 0;
      continue;
    }
    if (name[i] && !name[i + 1] && e.wordGap && t.rawEnd === t.end && e.cap === t.cap && isEponymTok(e) && eponymContextAfter(tokens, i + 1) && !(i > 0 && (name[i - 1] || hasFlag(tokens[i - 1]!, CUE | RELATIVE | HONORIFIC)))) name[i] = 0;
  }
}

/** Marks staff (a title, then up to two name words) and handles; the staff's name words, lower case. */
function markStaff(tokens: Tokens, n: number, staff: Uint8Array, lowered: boolean): Set<string> | undefined {
  let staffWords: Set<string> | undefined;
  for (let i = 0; i < n; i++) {
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
    // ("Dr. Maria van der Berg": particles do not count among the two words.)
    for (let j = i + 1, words = 0; words < 2 && j < n; j++) {
      const w = tokens[j]!;
      if (words > 0 && w.wordGap && isParticle(w) && j + 1 < n) {
        staff[j] = 1;
        continue;
      }
      words++;
      // (An initial is one even when it spells a word: "Dr. A. B.")
      if (!(w.wordGap || w.gapIs("") || w.gapIs(". ")) || (hasFlag(w, NOT_NAME) && !isInitial(w))) break;
      if (!(w.cap || lexiconTok(w))) break;
      // (Not a verb no list holds: "CHAPLAIN VISITED OLUWASEUN DELA CRUZ" in capitals.)
      if (w.upper && !lexiconTok(w) && looksLikeVerb(w)) break;
      staff[j] = 1;
      if (!isInitial(w)) (staffWords ??= new Set()).add(w.lower);
    }
  }
  return staffWords;
}

/** Animals a chat names ("their dog Chico"); the words that may come between ("named", "called"). */
const PETS = new TokenWords(["dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "parrot", "bird", "horse", "rabbit", "bunny"]);
const PET_NAMING = new TokenWords(["named", "called", "is"]);

/** Marks a pet's name (one word after a pet word, "named" or "called" between) as no patient's, as staff's are. */
function petNames(text: string, tokens: Tokens, n: number, staff: Uint8Array): void {
  for (let i = 0; i + 1 < n; i++) {
    if (!PETS.has(tokens[i]!)) continue;
    let j = i + 1;
    const named = PET_NAMING.has(tokens[j]!) && j + 1 < n && tokens[j + 1]!.wordGap;
    if (named) j++;
    // (A pet of someone's, or one named: "their dog Chico", "a cat named Pepper"; not "thrown from horse Okafor 45M".)
    const owned = i > 0 && tokens[i]!.wordGap && (DETERMINERS.has(tokens[i - 1]!) || isPossessive(text, tokens[i - 1]!));
    const pet = tokens[j]!, after = j + 1 < n ? tokens[j + 1]! : undefined;
    // (Capitalised in mixed case, as a name is: "dog bite", "cat scan" need nothing; no surname or age after it: "a dog Maria Nguyen 45F".)
    if ((owned || named) && pet.wordGap && pet.cap && !pet.upper && !(after && after.wordGap && after.cap) && !isPossessive(text, pet) && !AGE_AFTER.test(text.slice(pet.rawEnd, pet.rawEnd + 12))) staff[j] = 1;
  }
}

/** Names after a patient or relative cue ("pt", "Mrs", "daughter", "name is"). */
function nameAfterCues(scan: Scan, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): void {
  const { text, tokens } = scan;
  const lowered = scan.lowerCase;
  for (let i = 0; i < n; i++) {
    const cue = tokens[i]!;
    // "curbside on Mr X", "question on ...".
    const afterConsult = i > 0 && hasFlag(tokens[i - 1]!, CONSULT_WORD) && cue.is("on");
    // As with titles, each dotted cue ("mrs.") is in the lexicon undotted.
    // (A possessive is no cue: "PT'S CAR", "pt's wife".)
    if (!(hasFlag(cue, CUE) || afterConsult) || isPossessive(text, cue)) continue;
    const honorific = hasFlag(cue, HONORIFIC);
    // After a strong cue a name is expected, so weaker evidence suffices.
    const strong = honorific || hasFlag(cue, STRONG_CUE);
    // "re" and "regarding" introduce a capitalised name only ("re: K 3.2" is not one).
    const capitalOnly = afterConsult || lowerIs(cue, "re") || lowerIs(cue, "regarding");
    let j = i + 1;
    // Words between a cue and the name ("name is", "goes by").
    while (j < n && hasFlag(tokens[j]!, NAME_LINK) && j - i <= 3) j++;
    // "mrs ó faoláin", "Mr. de la Cruz": particles after an honorific or strong cue start the
    // name; the word after them is judged as its first.
    const from = j;
    // (Not "y": "pt y. t. 58f" are initials.)
    if (strong && !capitalOnly) while (j + 1 < n && j - from < 2 && !tokens[j]!.is("y") && isParticle(tokens[j]!) && tokens[j + 1]!.wordGap) j++;
    const first = tokens[j];
    // (A birth-date cue is no name: "baby girl born 02:10".)
    // (Nor a kin word after a cue: "eldest son is poa", "pt son at bedside".)
    if (!first || staff[j] || first.handle || name[j] || (first.flags & F_DOB && first.length > 1) || (hasFlag(first, RELATIVE) && j === i + 1)) continue;
    // (Nor a verb's contraction: "pt can't swing it", "pt won't eat".)
    if (first.joined && VERB_CONTRACTION.test(text.slice(first.start, first.end))) continue;
    // (A full word's stop ends its sentence, an abbreviation's does not: "her late husband. sitter redirects"; "dtr. amy", "pt. ruiz".)
    if (cue.rawEnd > cue.end && text.charCodeAt(cue.end) === 46 && cue.length >= 4 && !hasFlag(cue, HONORIFIC) && isEnglishWord(text, cue.start, cue.end)) continue;
    // (Nor a room's word before its number, though "Rm" is a census surname: "RRT CALLED RM 327".)
    if (hasFlag(first, BED) && DIGIT_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 3))) continue;
    const gap = tokens[from]!.gap.trim();
    if (gap !== "" && !onlyCueGapMarks(gap)) continue;
    // ("the drip goes by weight": after "goes by" a lower-case English word only in quotes.)
    if (cue.is("goes") && !first.cap && gap === "" && isEnglishWord(text, first.start, first.end) && !hasFlag(first, GIVEN)) continue;
    const after = tokens[j + 1];
    // In text typed all in lower case a name after them is one the lists know or one an age
    // follows ("curbside on haddad, 89m").
    // (In text typed all in capitals likewise: "CURBSIDE ON HADDAD, 89M".)
    const caselessAfterCapitalOnly =
      capitalOnly && (lowered ? !first.cap : scan.upperCase && first.upper && first.length > 1) && !hasFlag(first, NOT_NAME | EPONYM | AMBIGUOUS) && !looksLikeVerb(first) &&
      // ("re ng tube, placed": a listed word of two letters only when an age or a comma closes it.)
      ((lexiconTok(first) && (first.length > 2 || AGE_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 14)) || text.charCodeAt(first.end) === 44)) ||
        (unlistedWord(text, first) && !CLINICAL_ENDING.test(first.lower) && (AGE_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 14)) || text.charCodeAt(first.end) === 44 ||
        // ("re folake taufa, speaks": a second such word or a listed surname, then a comma.)
        (!!after && after.wordGap && !after.upper === !first.upper && text.charCodeAt(after.end) === 44 && ((familyTok(after) && !isEnglishWord(text, after.start, after.end)) || unlistedWord(text, after)) && !CLINICAL_ENDING.test(after.lower)))));
    if (capitalOnly && !caselessAfterCapitalOnly && (!first.cap || first.upper || isInitial(first))) continue;
    // "pt t.p. 71-year-old", "pt ls 67m": initials typed in lower case, an age after them.
    if (strong && !first.cap) {
      const last = lowerInitials(text, tokens, n, j);
      if (last >= 0) {
        name.fill(1, j, last + 1);
        continue;
      }
    }
    // "pt abebe hakobyan", "PT GULNARA LINDQVIST'S CARD": after "pt" two spoken words no list or English list holds,
    // in lower case or capitals, neither clinical ("pt afebrile tachycardic" stays).
    if (strong && !honorific && (!first.cap || first.upper) && after && after.wordGap && !after.cap === !first.cap && !staff[j + 1] && !name[j + 1] && bareNameWord(text, first) && bareNameWord(text, after)) {
      name.fill(1, j, j + 2);
      continue;
    }
    // "MR", "MS" in capitals amid lower-case text are mitral regurgitation or stenosis and
    // multiple sclerosis ("moderate MR, refer or watch?", "severe MR. Refer?"): there, an
    // honorific only when a capitalised word follows directly ("MR Haukeland"), or after a
    // full stop one the lexicon knows or an age or a comma closes ("MR. Smith 67M").
    if (honorific && cue.upper && !scan.upperCase) {
      const dotted = cue.rawEnd !== cue.end;
      if (gap !== "" || !first.cap || (dotted && !lexiconTok(first) && !closes(text, first))) continue;
    }
    // Text right after a candidate word: an age, a comma or the end supports a name.
    let accepted: boolean;
    if (caselessAfterCapitalOnly) accepted = true;
    // 'goes by "pip"', 'aka "junebug"': a quoted word after a naming cue is a name.
    else if (j > i + 1 && hasOpeningQuote(gap) && !hasFlag(first, NOT_NAME) && isClosingQuote(text.charCodeAt(first.rawEnd))) accepted = true;
    // (In capitals "A" and "I" without a stop are words: "PT IS A RESIDENT OF".)
    // (Nor in capitals a sex before an age: "PT (F, 103)".)
    else if (isInitial(first)) accepted = (honorific || strong || after?.gapIs("") || text[first.end] === ".") && !(scan.upperCase && first.rawEnd === first.end && (first.is("a") || first.is("i") || ((first.is("f") || first.is("m")) && SEX_AGE_AFTER.test(text.slice(first.end, first.end + 4)))));
    // (Not a discipline's title in a list of them: "PT, OT, SLP all saw him".)
    // (In text all in capitals no English word either after a patient's cue, unless a comma or age closes it: "LE PATIENT EST STABLE";
    // after a relative or a naming cue it may be: "GRANDDAUGHTER TUI ON +63 ...", 'AKA "BOO"'.)
    else if (first.upper && first.length <= 3 && !hasFlag(first, STAFF) && (!hasFlag(first, NOT_NAME) || unitBeforeNumber(text, first)) &&
      !(scan.upperCase && !hasFlag(cue, RELATIVE) && !NAMING_CUES.has(cue) && isEnglishWord(text, first.start, first.end) && !closes(text, first))) accepted = true;
    // "wife April wants a call", "wife Page wants": a month or word that is a given name, after a
    // relative and before a verb.
    else if (hasFlag(cue, RELATIVE) && ((first.flags & F_MONTH && MONTH_NAMES.has(first.lower)) || hasFlag(first, GIVEN)) && relativeActs(first, after)) accepted = true;
    // "pt june strong,", "wife dawn ó briain": after "pt" or a relative, a month or a given name
    // that is also a word, then a listed surname or a particle.
    // ("mom May Church": capitalised mid-sentence, any month is a name.)
    // (Not a preposition and a room: "pt in rm 412".)
    else if ((strong || hasFlag(cue, RELATIVE)) && !first.upper && ((first.flags & F_MONTH && (MONTH_NAMES.has(first.lower) || first.cap)) || (hasFlag(first, GIVEN) && !MODAL_NAMES.has(first.lower) && first.length >= 3)) &&
      !!after && after.wordGap && !after.upper && after.cap === first.cap && (isParticle(after) || (familyTok(after) && !hasFlag(after, NOT_NAME) && !isEponymTok(after)))) accepted = true;
    // "mrs whipple in bay 3", "Mr. Graves's records": after an honorific an eponym is a surname
    // unless its clinical word follows ("Mr. Parkinson disease" stays a disease).
    else if (honorific && hasFlag(first, EPONYM) && !hasFlag(first, NOT_NAME) && !eponymContextAfter(tokens, j) && first.length >= 3) accepted = true;
    // ("daughter Joy by phone", "mom June. name pending", "ride: son Will": in mixed case a capitalised given name
    // mid-sentence after a relative is the relative's, whatever else the word is; not a date's month: "mom June 3".)
    // (A modal capitalised before a bare verb stays one: "son Will see him tmrw".)
    else if (hasFlag(cue, RELATIVE) && first.cap && !first.upper && !first.sentenceStart && !scan.upperCase && givenTok(first) && first.length >= 3 && !hasFlag(first, EPONYM) && !DIGIT_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 3)) &&
      !(MODAL_NAMES.has(first.lower) && !!after && after.wordGap && !after.cap && hasFlag(after, NOT_NAME) && !AFTER_SURNAME_WORDS.has(after))) accepted = true;
    // ("* ride: son will": a given name that is also a word, closing a line after a relative.)
    // (A modal only before a list item's bullet or the end: "son will\nok to dc" is "son will ok".)
    else if (hasFlag(cue, RELATIVE) && !first.cap && givenTok(first) && first.length >= 3 && !hasFlag(first, EPONYM) &&
      (first.rawEnd === text.length || (LINE_END_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 4)) && (!MODAL_NAMES.has(first.lower) || ITEM_NEXT_LINE.test(text.slice(first.rawEnd, first.rawEnd + 8)))))) accepted = true;
    // ("wife may ferreira-lopes,", "pts will nakashima & ...": after "pt" or a relative a given name that is also a word or a
    // modal, then a surname that is surely one in the same case, what ends the name showing a person.)
    else if ((strong || hasFlag(cue, RELATIVE)) && !capitalOnly && first.length >= 3 && hasFlag(first, AMBIGUOUS) && hasFlag(first, GIVEN) && !!after && after.wordGap && after.cap === first.cap && after.upper === first.upper &&
      familyTok(after) && surnameAfterAmbiguous(text, tokens, j + 1) && personNameEndsAt(text, tokens, n, j + 1, NameEnd.Acts)) accepted = true;
    else if (hasFlag(first, NOT_NAME) || hasFlag(first, EPONYM)) accepted = false;
    // ("Name SIRIPORN WONGSAKUL, DOB": after a naming cue two words in capitals no English list holds.)
    // (In capitals a listed surname that is an English verb in -ed or -ing is the verb: "PT'S WIFE POSTED ON FB", "PT VISITING FROM".)
    // (Not a verb in capitals, unless a particle follows it: "NEPHEW BLESSING DE LA CRUZ"; after an honorific any word no English
    // list holds: "SRA. OGUNLEYE FOUND", not "MODERATE MR, REFER?".)
    // ("PT SPEAKS ONLY HMONG": what a person does in the third person is no name.)
    else if (first.upper) accepted = (honorific && first.length >= 3 && !looksLikeVerb(first) && !isEnglishWord(text, first.start, first.end)) || (!(shoutedVerb(text, first) && !(after && after.wordGap && isParticle(after))) && !PERSON_S_VERBS.has(first.lower) && (lexiconTok(first) || (!!after && after.upper && (after.wordGap || after.gapIs(", ")) && lexiconTok(after) && !hasFlag(after, NOT_NAME)) ||
      // ("FRIEND BUBBA CALLED 911": after a relative a word no list knows before what a person does.)
      (hasFlag(cue, RELATIVE) && first.length >= 4 && SPOKEN_WORD.test(first.lower) && unlistedWord(text, first) && !CLINICAL_ENDING.test(first.lower) && !CLINICAL_SHORTHAND.has(first.lower) &&
        !!after && after.wordGap && (RELATIVE_VERBS.test(after.lower) || PERSON_VERBS.has(after.lower) || RELATIVE_WHERE.has(after))) ||
      (strong && !capitalOnly && first.length >= 3 && !!after && after.upper && after.wordGap && after.length >= 3 && nameOrUnlisted(text, first, false) && nameOrUnlisted(text, after, lexiconTok(after)) && !isEnglishWord(text, first.start, first.end))));
    // ("partner Hunter;", "son Will, 45": an ambiguous name a relative cue and a comma or age frame.)
    // ("Pt Love keeps posting", "re Love: Eliquis": after "pt" a verb, after "re" a colon or comma.)
    // ("mom May Church", "husband Major — sulfa": a relative's ambiguous name a surname or a dash follows.)
    // ("goes by Ivy", "aka Pip": after a naming cue any capitalised word is the name.)
    else if (first.cap) accepted = honorific || !hasFlag(first, AMBIGUOUS) || NAMING_CUES.has(cue) || (!!after && after.wordGap && continuesName(after)) || (hasFlag(cue, RELATIVE) && (closes(text, first) || dashAfter(text, first) || relativeActs(first, after) || PHONE_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 8)))) ||
      (strong && !capitalOnly && !MODAL_NAMES.has(first.lower) && !!after && after.wordGap && !after.cap && (RELATIVE_VERBS.test(after.lower) || PERSON_VERBS.has(after.lower))) ||
      (capitalOnly && (text.charCodeAt(first.end) === 58 || text.charCodeAt(first.end) === 44) && !MODAL_NAMES.has(first.lower) && !(first.flags & F_MONTH) && !SEASONS.has(first.lower) &&
        // ("re: Allegra, Zyrtec.", "re: Cipro, Flagyl.": a list of drugs, a capitalised word no name holds after the comma.)
        !(!!after && after.gapIs(", ") && after.cap && !after.upper && hasFlag(after, NOT_NAME)));
    // "mrs fitzgerald": after an honorific any plain word is the surname.
    // (A listed surname ending in "s" is no verb after one: "mr. ramos", "mrs. smith-jones".)
    // (Not an English adjective no name list holds after an undotted lower-case "mr" or "ms", which is MR imaging or
    // mitral regurgitation as often: "mr conditional?", "ms stable"; "mr larkspur?" is a name.)
    else if (honorific) accepted = first.length >= 2 && (!looksLikeVerb(first) || (lexiconTok(first) && !hasFlag(first, AMBIGUOUS))) &&
      !(!cue.cap && cue.rawEnd === cue.end && cue.length === 2 && (MR_STATES.has(first.lower) || (!lexiconTok(first) && ADJECTIVE_ENDING.test(first.lower) && isEnglishWord(text, first.start, first.end))));
    else {
      // Lower case: a given name, or any plain word followed by a family name, or a
      // non-verb word right after a relative ("husband tariq called").
      accepted =
        (givenTok(first) && !hasFlag(first, AMBIGUOUS)) ||
        // "granddaughter june dropped off cookies", "wife page wants a call": a relative, a given
        // name that is also a word, and a verb.
        (hasFlag(cue, RELATIVE) && givenTok(first) && relativeActs(first, after)) ||
        // "wife comfort, 286-555-...": after a relative a given name that is also a word (no modal: "son will"), a phone number right after it.
        (hasFlag(cue, RELATIVE) && givenTok(first) && !MODAL_NAMES.has(first.lower) && !hasFlag(first, NOT_NAME) && PHONE_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 8))) ||
        // "partner anzhela +1 495 618 3457": a word no list knows right before a phone number.
        // (Not a phone's label: "bro ofc", "sis mobl", "son pcp", "partner whatsapp".)
        (hasFlag(cue, RELATIVE) && first.length >= 4 && SPOKEN_WORD.test(first.lower) && unlistedWord(text, first) && !CLINICAL_ENDING.test(first.lower) && PHONE_AFTER.test(text.slice(first.rawEnd, first.rawEnd + 8))) ||
        // "wife lungile en route", "son tamati called": a word no list or English list knows before what a person does or where one is.
        (hasFlag(cue, RELATIVE) && first.length >= 4 && SPOKEN_WORD.test(first.lower) && unlistedWord(text, first) && !CLINICAL_ENDING.test(first.lower) && !CLINICAL_SHORTHAND.has(first.lower) &&
          !!after && after.wordGap && (RELATIVE_VERBS.test(after.lower) || PERSON_VERBS.has(after.lower) || RELATIVE_WHERE.has(after))) ||
        // "niece morag tu'ipulotu +1 (496) ...", "partner sirkka sapolu + her son": after a relative two words no list or
        // English list holds, an age, a comma, a "+" or the end closing them.
        (hasFlag(cue, RELATIVE) && !!after && after.wordGap && !after.cap && first.length >= 4 && after.length >= 4 && SPOKEN_WORD.test(first.lower) && unlistedWord(text, first) && unlistedWord(text, after) &&
          !CLINICAL_ENDING.test(first.lower) && !CLINICAL_ENDING.test(after.lower) && !CLINICAL_SHORTHAND.has(first.lower) && !CLINICAL_SHORTHAND.has(after.lower) && !ADJECTIVE_ENDING.test(after.lower) && closes(text, after)) ||
        // "pt ramaswamy is staying", "pt manygoats is": after "pt" a listed surname or a word no list
        // knows, no English word, before a verb.
        (strong && !looksLikeVerb(first) && first.length >= 3 && !hasFlag(first, AMBIGUOUS) && (familyTok(first) || (first.length >= 5 && unlistedWord(text, first) && !CLINICAL_ENDING.test(first.lower) && !ADJECTIVE_ENDING.test(first.lower))) && !isEnglishWord(text, first.start, first.end) && !!after && RELATIVE_VERBS.test(after.lower)) ||
        // "pt sandhu ready 4 dc": after "pt" a listed surname no English list holds, whatever follows;
        // "pt tuilagi hs a rash", "pt farahani in 6": a word of 5+ letters no list knows, before what a
        // person does or where a person is ("pt keppra 500 bid", "pt vtach on tele" are clinical).
        (strong && j === from && !looksLikeVerb(first) && !hasFlag(first, AMBIGUOUS) && !isEnglishWord(text, first.start, first.end) && first.length >= 3 &&
          (familyTok(first) || (first.length >= 5 && !first.joined && unlistedWord(text, first) && !CLINICAL_ENDING.test(first.lower) && !ADJECTIVE_ENDING.test(first.lower) &&
            !CLINICAL_SHORTHAND.has(first.lower) && !CLINICAL_PREFIX.test(first.lower) && !!after && after.wordGap && personActs(text, after)))) ||
        // "pt love wants a payment plan", "pt fox has", "pt yip sundowning": a listed surname that is also a word, before a verb.
        (strong && familyTok(first) && !(first.flags & F_DOB) && !MODAL_NAMES.has(first.lower) && !!after && after.wordGap && !after.cap && (RELATIVE_VERBS.test(after.lower) || after.is("hs") || (/(?:[^s]s|ed)$/.test(after.lower) && isEnglishWord(text, after.start, after.end)) ||
          // (Before "-ing" only a surname no English word or a Korean or Chinese one, no linking verb: "pt yip sundowning"; "pt ill appearing", "pt walker ambulating" stay.)
          (/[^aeiou]ing$/.test(after.lower) && (!isEnglishWord(text, first.start, first.end) || EAST_ASIAN_SURNAMES.has(first)) && !LINKING_ING.has(after) && isEnglishWord(text, after.start, after.end)))) ||
        // "husband major — sulfa", "their son may": a relative's given name that is also a word, a dash or the end after it.
        (hasFlag(cue, RELATIVE) && givenTok(first) && (closes(text, first) || dashAfter(text, first)) && (!MODAL_NAMES.has(first.lower) || text.length - first.end < 3)) ||
        // "mom gwenllian. name pending", "baby yazzie, 4d old": a word no list knows, or a listed surname, no English word, after
        // a relative, a sentence's or line's end or a comma after it.
        (hasFlag(cue, RELATIVE) && first.length >= 4 && SPOKEN_WORD.test(first.lower) && (unlistedWord(text, first) || (familyTok(first) && !hasFlag(first, NOT_NAME | AMBIGUOUS) && !isEnglishWord(text, first.start, first.end))) &&
          !CLINICAL_ENDING.test(first.lower) && !CLINICAL_SHORTHAND.has(first.lower) &&
          (closes(text, first) || LINE_END_AFTER.test(text.slice(first.end, first.end + 4)) || STOP_AFTER.test(text.slice(first.end, first.end + 3)))) ||
        (!looksLikeVerb(first) && !!after && after.wordGap && !hasFlag(after, NOT_NAME) && hasFlag(after, FAMILY) && !hasFlag(after, AMBIGUOUS)) ||
        (!strong && !looksLikeVerb(first) && first.length >= 3 && !!after && (hasFlag(after, NOT_NAME) || looksLikeVerb(after))) ||
        (strong && hyphenated(first) && first.hyphenParts.every((p) => p.length >= 3 && !isEnglishWord(p, 0, p.length))) ||
        (strong && !looksLikeVerb(first) && first.length >= 3 && (lexiconTok(first) || !isEnglishWord(text, first.start, first.end)) && (closes(text, first) || (!!after && after.wordGap && !after.cap && !looksLikeVerb(after) && after.length >= 3 && closes(text, after)))) ||
        // ("goes by tuncay. roommate at ...": after a naming cue a sentence's stop closes the name too.)
        (NAMING_CUES.has(cue) && !looksLikeVerb(first) && first.length >= 3 && (lexiconTok(first) || !isEnglishWord(text, first.start, first.end)) && !CLINICAL_SHORTHAND.has(first.lower) && STOP_AFTER.test(text.slice(first.end, first.end + 3)));
    }
    if (!accepted) continue;
    // ("fam mtg tmrw", "fam conf at 3", "FAM LTC PLACEMENT": "fam" is followed by shorthand as often; in lower case
    // or capitals a name after it only before a phone number: "fam = al-hashimi 562...".)
    // ("family Lindita 1-836-...": after "family" in any case only a name a phone number follows: "family meeting", "Family Medicine".)
    // (No everyday word a list lacks as a given name: "Family Medicine 555-...", "FAMILY CONTACT ULYSSES 086 ...".)
    if (((cue.is("fam") && (!first.cap || first.upper)) || cue.is("family")) && !famPhoneAfter(text, tokens, j)) continue;
    if (cue.is("family") && (hasFlag(first, NOT_NAME) || (isEnglishWord(text, first.start, first.end) && !givenTok(first)))) continue;
    let last = j;
    // (A possessive ends a name: "haddad's car".)
    while (last + 1 < n && last - j < 3 && !staff[last + 1] && !isPossessive(text, tokens[last]!)) {
      const next = tokens[last + 1]!;
      // An unknown word continues a lower-case or capitals name only when an age or a comma follows it.
      // (Not a clinical adjective no list holds: "pt hamish afebrile, stable".)
      // (Nor an English adjective in -less, -ful, -able no list holds: "pt gene demir homeless,".)
      const unknownOk = (strong || (hasFlag(cue, RELATIVE) && !next.cap && unlistedWord(text, next))) && next.wordGap && !hasFlag(next, NOT_NAME) && !isEponymTok(next) && !looksLikeVerb(next) && next.length >= 3 && closes(text, next) &&
        (lexiconTok(next) || (!ADJECTIVE_ENDING.test(next.lower) && !(EVERYDAY_ADJECTIVE_ENDING.test(next.lower) && isEnglishWord(text, next.start, next.end))));
      // "thandiwe z. diaz": a middle initial in lower case, then a surname.
      if (!first.cap && !next.cap && next.length === 1 && next.rawEnd > next.end && next.wordGap && last + 2 < n && lowerSurname(text, tokens[last + 2]!)) {
        last += 2;
        continue;
      }
      // ("sister robert tshabalala": a lower-case surname no list knows after a listed given name.)
      const lowerNext = !first.cap && !next.cap && givenTok(first) && lowerSurname(text, next);
      // ("pt Miroslav Bell driver": an eponym continues a capitalised name unless its clinical word follows.)
      const eponymSurname = first.cap && next.cap && !next.upper && next.wordGap && isEponymTok(next) && !hasFlag(next, NOT_NAME) && !eponymContextAfter(tokens, last + 1) && NAME_SHAPE.test(next.word);
      // (A birth-date cue ends a name: "baby girl fifita born 2/6"; so does a sentence's end: "pt Soraya Kowalewski. Car USJ-0219".)
      if ((next.flags & F_DOB && next.length > 1) || (next.sentenceStart && !isInitial(tokens[last]!)) || (!continuesName(next) && !unknownOk && !lowerNext && !eponymSurname)) break;
      // (A third word that is an English verb's form ends the name, listed or not: "FOSTER MOM GRACE SARKER PICKING UP", "PT BHAVNA CHENOWETH SPEAKS".)
      if (last > j && !next.cap === !first.cap && thirdWordVerb(text, next)) break;
      // (So does an English word an object pronoun follows, whatever its form: "son ana ruiz stole her meds", "wife lupe takes
      // them", "brother omar picking him up".)
      if (!next.cap === !first.cap && verbBeforeObject(text, tokens, n, last + 1)) break;
      if (!first.cap && !next.cap && !lexiconTok(next) && !unknownOk && !lowerNext) break;
      if (first.cap && !next.cap) break;
      last++;
    }
    // "Miller, Walter" after a cue.
    const comma = tokens[last + 1];
    // ("campbell, valentina" in lower case when the list knows the given name.)
    // ("BRANNIGAN, ODESSA" in capitals likewise.)
    if (comma && comma.gapIs(", ") && ((comma.cap && !comma.upper) || ((first.upper || !first.cap) && comma.upper === first.upper && givenTok(comma) && (!hasFlag(comma, AMBIGUOUS) || personNameEndsAt(text, tokens, n, last + 1, NameEnd.Punct)))) && last === j && !hasFlag(comma, NOT_NAME) && !hasFlag(comma, EPONYM) && (hasFlag(comma, GIVEN) || closes(text, comma)) &&
      // (A state after a town's comma is the state: "pt from Austin, Texas"; "Smith, Georgia 67F" is a name.)
      !(comma.flags & F_STATE_NAME && (placeCueBefore(tokens, j) || !AGE_AFTER.test(text.slice(comma.rawEnd, comma.rawEnd + 12))))) {
      joinNext[last] = 1;
      last++;
    }
    name.fill(1, from, last + 1);
  }
}

/** Names from context without a cue word (bed numbers, bracketed initials, "X's wife", "got X here"). */
function nameFromContext(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, lowered: boolean, shouted: boolean): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle) continue;
    const f = t.flags;
    // Every rule below needs a bed word or a presence verb, a possessive, a "(" before the word,
    // or a space after it and then "(" or "in": most words have none, and skip them all.
    if (!(f & (BED | PRESENCE_VERB)) && !isPossessive(text, t) && text.charCodeAt(t.start - 1) !== 40 &&
      !(text.charCodeAt(t.end) === 32 && (text.charCodeAt(t.end + 1) === 40 || (i + 1 < n && tokens[i + 1]!.is("in"))))) continue;
    if (f & BED) {
      const k = bedOccupant(text, tokens, n, i);
      if (k >= 0) markOccupant(text, tokens, k, name, staff, shouted);
    } else if (f & PRESENCE_VERB) {
      const next = tokens[i + 1];
      // "got ximena in triage": a listed given name in lower case too.
      // ("got zennor here again": in text typed all in lower case, a word no list knows too.)
      // ("GOT ROBERT IN 12": a listed given name in capitals too.)
      if (next && !name[i + 1] && !staff[i + 1] && next.wordGap && (unknownNameWord(next) || ((!next.cap || next.upper) && givenTok(next) && !hasFlag(next, NOT_NAME | AMBIGUOUS)) ||
        (lowered && !next.cap && next.length >= 3 && unlistedWord(text, next) && !CLINICAL_ENDING.test(next.lower))) && presentAfter(text, tokens, i + 1)) name[i + 1] = 1;
    }
    // "login to Taufa's proxy account", "posted yılmaz's photo": a word no list knows (or a listed surname
    // in lower case) owning what only a person has.
    // (Not an eponym's disease: "hashimoto's labs", "ADDISON'S MEDS".)
    // (What an organisation, a drug or a service owns too only for a listed name: "Caresource's plan", "Lyft's account",
    // "Dupixent's coverage", "Nephro's plan" stay.)
    // ("Tadesse's insurance termed", "Petrović's dog": in mixed case a listed name no English word, even opening the sentence;
    // "seen Rich's chart?", "tablet for Brown's video visit": mid-sentence even a listed name that is a word, not what an
    // organisation owns too.)
    const mixed = t.cap && !(shouted && t.upper);
    const wordName = mixed && !t.sentenceStart && hasFlag(t, AMBIGUOUS) && hasFlag(t, GIVEN | FAMILY) && i + 1 < n && !ORG_POSSESSED.has(tokens[i + 1]!);
    // (Nor a company named after a surname: "Uber's ride", "Philips's CPAP".)
    if (isPossessive(text, t) && t.length >= 3 && i + 1 < n && POSSESSED.has(tokens[i + 1]!.lower) && !hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED | EPONYM) && (wordName || !hasFlag(t, AMBIGUOUS)) && !SURNAME_COMPANIES.has(t) &&
      !CLINICAL_SHORTHAND.has(t.lower) && !DRUG_ENDING.test(t.lower) && !(t.flags & F_STATE_NAME) && (!ORG_POSSESSED.has(tokens[i + 1]!) || lexiconTok(t)) && !isEponymTok(t) &&
      (mixed ? wordName || (((unknownNameWord(t) && t.flags === 0) || lexiconTok(t)) && !isEnglishWord(text, t.start, t.end)) : (lowered || shouted) && !isEnglishWord(text, t.start, t.end) && (familyTok(t) || nameOrUnlisted(text, t, false)))) {
      name[i] = 1;
      continue;
    }
    // "DWAYNE IN BED 4", "Kofi in rm 12": a listed name (or a capitalised word no list knows) where a patient is.
    if (text.charCodeAt(t.end) === 32 && i + 1 < n && tokens[i + 1]!.is("in") && !hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED | AMBIGUOUS) && t.length >= 3 &&
      // ("handoff: tigist in trauma 2 is 100": in text typed all in lower case a spoken word no list or English list holds.)
      ((lexiconTok(t) && !isEnglishWord(text, t.start, t.end)) || (shouted && t.upper && nameOrUnlisted(text, t, false) && !CLINICAL_SHORTHAND.has(t.lower)) || (lowered && pairPart(text, t) && !(i > 0 && DETERMINERS.has(tokens[i - 1]!)) && IN_BED_PERSON_AFTER.test(text.slice(t.end, t.end + 40))) || (t.cap && !t.upper && unknownNameWord(t) && t.flags === 0 && !isEnglishWord(text, t.start, t.end) && !CLINICAL_SHORTHAND.has(t.lower))) &&
      IN_BED_AFTER.test(text.slice(t.end, t.end + 32))) {
      name[i] = 1;
      continue;
    }
    // "GI curbside re LL in bed 12", "pls verify lantus for ft in rm 6112": two letters after "re", "for" or "pt", where a
    // patient is, are initials (in lower case only in text typed all in lower case, and no word: "pt is in bed 12"; no clinical
    // shorthand: "for IV in bed 4").
    if (t.length === 2 && (t.upper || (lowered && !t.cap && !hasFlag(t, NOT_NAME))) && !t.joined && i > 0 && t.wordGap && INITIALS_CUES.has(tokens[i - 1]!) && !INITIALS_NOT.has(t.lower) && !TWO_LETTER_SHORTHAND.has(t.lower) &&
      !hasFlag(t, CUE | RELATIVE | STAFF | BED) && IN_BED_AFTER.test(text.slice(t.end, t.end + 32))) {
      name[i] = 1;
      continue;
    }
    // "call ama (the daughter)", "Ahanu (daughter) can't": a word a relative in brackets names.
    if (text.charCodeAt(t.end) === 32 && text.charCodeAt(t.end + 1) === 40 && t.length >= 2 && !hasFlag(t, CUE | RELATIVE | STAFF | BED) && RELATIVE_IN_BRACKETS.test(text.slice(t.end, t.end + 24)) &&
      // (Even a short word a list calls ordinary: "ama" is "against medical advice" too.)
      // (Or a word with no flag at all that the English list holds, before a kin word only: "wants aroha (grandkid) present";
      // "dc home w/ support (friend)" stays.)
      (lexiconTok(t) || nameOrUnlisted(text, t, false) || (hasFlag(t, NOT_NAME) && t.length <= 4) || (t.flags === 0 && t.length >= 3 && !looksLikeVerb(t) && !CLINICAL_SHORTHAND.has(t.lower) && KIN_IN_BRACKETS.test(text.slice(t.end, t.end + 24))))) {
      name[i] = 1;
      continue;
    }
    // "ok so summer (pt) wants", "blessing quispe (pt) vs blessing achakzai (mom)": a name the patient's own bracket follows,
    // and the word before it when it may be a name part too.
    if (text.charCodeAt(t.end) === 32 && text.charCodeAt(t.end + 1) === 40 && !hasFlag(t, CUE | RELATIVE | STAFF | BED) && PATIENT_IN_BRACKETS.test(text.slice(t.end, t.end + 18)) && aliasPart(text, t)) {
      name[i] = 1;
      const prev = i > 0 ? tokens[i - 1]! : undefined;
      if (prev && t.wordGap && !staff[i - 1] && prev.cap === t.cap && prev.upper === t.upper && !hasFlag(prev, CUE | RELATIVE | BED | HONORIFIC) && aliasPart(text, prev) && !looksLikeVerb(prev)) name[i - 1] = 1;
      continue;
    }
    // "pt (JM)", "Bed 7 (HO)", "(KF) 67M": initials in brackets next to a patient cue or an age.
    if (t.cap && t.upper && t.length <= 3 && bracketed(text, t) && !hasFlag(t, RELATIVE | CUE | STAFF) && (patientNearby(tokens, i) || AGE_AFTER.test(text.slice(t.rawEnd + 1, t.rawEnd + 11)))) name[i] = 1;
    // "bed 7 (ho)", "pt (rk)" in text typed all in lower case.
    else if (!t.cap && t.length >= 2 && t.length <= 3 && !(f & NOT_NAME) && bracketed(text, t) && lowered && (patientNearby(tokens, i) || AGE_AFTER.test(text.slice(t.rawEnd + 1, t.rawEnd + 11)))) name[i] = 1;
    else if (t.cap && !t.upper && isPossessive(text, t) && i + 1 < n && hasFlag(tokens[i + 1]!, RELATIVE) && unknownNameWord(t)) name[i] = 1;
    // "brisco hallendor's son", "venkatesh takahashi's niece" in lower case (or all in capitals:
    // "CHIARA DELACROIX'S WIFE"): the word before joins when it may be a given name too.
    else if ((!t.cap || (shouted && t.upper)) && isPossessive(text, t) && i + 1 < n && hasFlag(tokens[i + 1]!, RELATIVE) && occupantWord(text, tokens, i)) {
      name[i] = 1;
      const prev = tokens[i - 1];
      if (prev && t.wordGap && prev.cap === t.cap && !staff[i - 1] && ((givenTok(prev) && !hasFlag(prev, AMBIGUOUS | NOT_NAME)) || occupantWord(text, tokens, i - 1))) name[i - 1] = 1;
    }
  }
}

/** Whether a place cue ("from", "in", "lives") stands right before token `i`: "transfer from Dallas, Texas 45M". */
function placeCueBefore(tokens: Tokens, i: number): boolean {
  const prev = i > 0 ? tokens[i - 1] : undefined;
  return !!prev && tokens[i]!.wordGap && !!(prev.flags & F_PLACE_CUE);
}

/** Colours a vehicle is described by ("gray Tacoma"). */
const VEHICLE_COLOURS = new TokenWords(["white", "black", "silver", "grey", "gray", "red", "blue", "green", "gold", "tan", "maroon", "beige"]);
/** Words after a vehicle's model ("Tacoma plate", "Sienna truck"). */
const VEHICLE_AFTER = new TokenWords(["plate", "plates", "tag", "truck", "pickup", "suv", "sedan", "van", "minivan"]);
/** A maker's product number words before a code ("DePuy lot RNB01", "Zimmer ref 00-5972"). */
const PRODUCT_NUMBER_WORDS = new TokenWords(["lot", "ref", "cat", "model", "sku"]);
/**
 * Whether a capitalised listed word alone is no person's: the last word of a country's name ("a El Salvador national",
 * "from Costa Rica"), a vehicle's model after its colour or before its plate ("gray Tacoma plate"), a maker before a
 * product's lot or model number ("hip DePuy lot RNB01").
 */
function loneWordNoPerson(text: string, tokens: Tokens, n: number, i: number): boolean {
  const t = tokens[i]!, prev = i > 0 ? tokens[i - 1]! : undefined, next = i + 1 < n ? tokens[i + 1]! : undefined;
  if (countryNameAt(tokens, n, i)) return true;
  if (prev && t.wordGap && VEHICLE_COLOURS.has(prev)) return true;
  if (!next || !next.wordGap) return false;
  if (VEHICLE_AFTER.has(next)) return true;
  return PRODUCT_NUMBER_WORDS.has(next) && /^[^\S\n]*#?[^\S\n]*[a-z]{0,4}\d/i.test(text.slice(next.rawEnd, next.rawEnd + 10));
}

/** Whether token `i` is a word of a country's name of two or three words ("El Salvador", "Costa Rica", "Papua New Guinea"). */
function countryNameAt(tokens: Tokens, n: number, i: number): boolean {
  const t = tokens[i]!;
  for (let from = Math.max(0, i - 2); from <= i; from++) {
    let words = tokens[from]!.lower;
    for (let k = from + 1; k < n && k <= from + 2; k++) {
      const w = tokens[k]!;
      if (!w.wordGap || w.cap !== t.cap) break;
      words += ` ${w.lower}`;
      if (k >= i && isCountryName(words)) return true;
    }
  }
  return false;
}

/** Whether token `i` starts a country's name after a comma and a town a place cue opens: "lives in Kampala, Uganda". */
function countryAfterTown(tokens: Tokens, i: number): boolean {
  return i >= 2 && tokens[i]!.gapIs(", ") && placeCueBefore(tokens, i - 1) && startsCountryName(tokens[i]!);
}

/** The second words of two-word states, by their first ("south" -> "carolina", "dakota"). */
const STATE_SECOND_WORDS = new Map<string, Set<string>>([
  ["new", new Set(["hampshire", "jersey", "mexico", "york"])],
  ["north", new Set(["carolina", "dakota"])],
  ["south", new Set(["carolina", "dakota"])],
  ["rhode", new Set(["island"])],
  ["west", new Set(["virginia"])],
]);

/** Whether token `i` is a state's word, or the second word of a two-word state ("North Carolina", "New Hampshire"). */
function stateWord(tokens: Tokens, i: number): boolean {
  const t = tokens[i]!;
  if (t.flags & F_STATE_NAME) return true;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  return !!prev && t.wordGap && !!(prev.flags & F_STATE_NAME) && prev.cap === t.cap && !!STATE_SECOND_WORDS.get(prev.lower)?.has(t.lower);
}

/** Everyday words that close a task or state one, listed as surnames too: no surname before ", <given name>" ("bath done, maria"). */
const DONE_WORDS = new TokenWords(["done", "ok", "okay", "fine", "good", "well", "stable", "better", "worse", "same", "ready", "clear", "sure", "right", "great", "perfect", "complete",
  "noted", "sent", "yes", "thanks", "agreed", "seen", "called", "paged", "given", "held", "home", "here", "there", "now", "today", "tonight", "tomorrow", "again", "also", "too",
  "though", "yet", "still", "soon", "later", "back", "out", "up", "down", "off", "over", "tolerated", "finished", "started"]);
/** Names from the census lists: given then family names, "Last, First", initials, lone names. */
function nameFromLists(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array, lowered: boolean, staffWords: Set<string> | undefined): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle) continue;
    const given = givenTok(t);
    const next = tokens[i + 1];
    if (lowered && next && next.wordGap && !staff[i + 1]) {
      const third = tokens[i + 2];
      // "e. zhou", "v. ramasubramanian": in text typed all in lower case, an initial and its
      // period, then a surname (listed, or a word no list knows: "p. aeruginosa" is listed as
      // a clinical word).
      // (Not a grade after an eponym: "child-pugh b. apgar 8".)
      if (t.length === 1 && t.rawEnd === t.end + 1 && (i === 0 || (isSpaceCode(text.charCodeAt(t.start - 1)) && !isEponymTok(tokens[i - 1]!))) &&
        lowerSurname(text, next) && !isEponymTok(next) && !eponymAt(tokens, i + 1) && !CLINICAL_ENDING.test(next.lower) && (familyTok(next) || !SPECIES_ENDING.test(next.lower))) {
        name.fill(1, i, i + 2);
        continue;
      }
      // "re major fields:", "for royal short:", "june baker (e4163576)", "wanjiru stone (mrn": a given name
      // (or a word no list knows) and a surname (or a word no list knows), one of them listed, that a
      // colon, an age, or a bracketed ID closes.
      if (!t.cap && !next.cap && !next.sentenceStart && !staff[i + 1] && pairClosed(text, next) && !hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED) && !hasFlag(next, NOT_NAME | CUE | RELATIVE | STAFF | BED) &&
        !isEponymTok(t) && !isEponymTok(next) && !MODAL_NAMES.has(t.lower) && (given || unlistedWord(text, t)) && (familyTok(next) || unlistedWord(text, next)) &&
        // ("mail returned for rustam dlamini:": after "for", "re", "pt" both may be words no list knows.)
        (lexiconTok(t) || lexiconTok(next) || (i > 0 && t.wordGap && BEFORE_SURNAME.has(tokens[i - 1]!.lower) && t.length >= 4 && next.length >= 4)) &&
        !CLINICAL_ENDING.test(t.lower) && !CLINICAL_ENDING.test(next.lower)) {
        name.fill(1, i, i + 2);
        continue;
      }
      // "efua takahashi", "xiaowen kettering": a word no list knows, then a listed surname no English list holds.
      // ("siriporn haile", "wahyu nguyen": the surname may be listed as a given name too; "xiaoling
      // begay": a first word ending in "-ing" that no English list holds is no verb.)
      // (A surname listed as a given name too opens a name of its own when a name word follows it: "adn ezekiel kealoha".)
      if (!given && !t.cap && !next.cap && !next.sentenceStart && hasFlag(next, FAMILY) && !hasFlag(next, AMBIGUOUS | NOT_NAME) && !isEponymTok(next) && (unlistedWord(text, t) || unlistedIng(text, t)) && !CLINICAL_ENDING.test(t.lower) && !isEnglishWord(text, next.start, next.end) &&
        !(hasFlag(next, GIVEN) && third && third.wordGap && (lexiconTok(third) || unlistedWord(text, third)))) {
        name.fill(1, i, i + 2);
        continue;
      }
      // "ibrahima h. sandhu", "sione j. el-amin", "astrid h. strong": a given name (or a word no
      // list knows), a middle initial and its period, then a surname.
      // ("cornelius w zielinski": without its period the initial must follow a listed given name, and
      // "a", "i" and "u" are words then: "svetlana a brown stool", "cn u hang d5".)
      if (next.length === 1 && isAsciiLower(next.codeAt(0)) && (next.rawEnd === next.end + 1 || (next.rawEnd === next.end && given && !(next.is("a") || next.is("i") || next.is("u")))) &&
        third && third.wordGap && !staff[i + 2] &&
        ((given && !hasFlag(t, AMBIGUOUS)) || (unlistedWord(text, t) && !CLINICAL_ENDING.test(t.lower))) &&
        (lowerSurname(text, third) || (familyTok(third) && !hasFlag(third, NOT_NAME)))) {
        name.fill(1, i, i + 3);
        i += 2;
        continue;
      }
    }
    // "pls chk Kofis labs": a listed given name and a possessive "s" typed without its apostrophe, before a word.
    if (t.flags === 0 && !t.upper && (t.cap ? !t.sentenceStart : lowered) && possessiveWithoutApostrophe(text, t) && next && next.wordGap && !next.cap && !hasFlag(next, EPONYM_CTX)) {
      name[i] = 1;
      continue;
    }
    // Most words are lower case and neither given nor family names: nothing below can match them.
    if (!t.cap && !given && !hasFlag(t, FAMILY)) continue;
    // "T. Mensah", "re: U. Al-Hashimi": an initial, its period, then a surname (before the word
    // lists, which hold single letters: "T" is a temperature).
    // (Not a grade or unit closing a sentence: "36°C. Epi", "Child-Pugh C. Hepatology".)
    if (isInitial(t) && t.rawEnd === t.end + 1 && next && next.wordGap && !staff[i + 1] && next.cap && !next.upper && looksLikeName(next) && !eponymAt(tokens, i + 1) &&
      (familyTok(next) || (next.flags === 0 && !isEnglishWord(text, next.start, next.end))) && !(i > 0 && (!isSpaceCode(text.charCodeAt(t.start - 1)) || isEponymTok(tokens[i - 1]!)))) {
      name.fill(1, i, i + 2);
      continue;
    }
    // "april al-masri", "June McIlroy": a month that is also a given name, before a surname no
    // English list holds ("june 2024", "April showers" are no names).
    // ("June Stone, 94-year-old", "June Baker (E4163576)": a surname that is a word too, an age or an ID after it.)
    if (t.flags & F_MONTH && MONTH_NAMES.has(t.lower) && next && next.wordGap && !next.sentenceStart && !staff[i + 1] && next.cap === t.cap && !next.upper &&
      (surnameAfterAmbiguous(text, tokens, i + 1) || (familyTok(next) && !hasFlag(next, NOT_NAME) && !isEponymTok(next) && pairClosed(text, next)))) {
      name.fill(1, i, i + 2);
      continue;
    }
    // "peds id: april (5y)": a month that is a given name, an age after it.
    if (t.flags & F_MONTH && !t.upper && MONTH_NAMES.has(t.lower) && AGE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 12))) {
      name[i] = 1;
      continue;
    }
    if (hasFlag(t, NOT_NAME) || staffWords?.has(t.lower) || eponymAt(tokens, i)) continue;
    // Whether the next word may join a name, worked out on first use (most words need no next word).
    let nextOk: boolean | undefined;
    const family = familyTok(t);
    const ambiguous = hasFlag(t, AMBIGUOUS);
    if (t.upper) {
      // "LINDA PETERSON": capitals carry no signal, so both words must be census names.
      // (Not a birth's cue or what a person does: "CARMEN BORN IN 1938".)
      if (given && !ambiguous && next && next.upper && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && familyTok(next) && !personVerbAfterName(next)) name.fill(1, i, i + 2);
      // ("HOANG HALL BED 2", "LINDA SPEAKS SPANISH": a listed given name no English word alone, before a hallway's bed or what
      // a person does.)
      else if (given && !ambiguous && next && next.upper && next.wordGap && (hallBed(text, next) || (familyTok(next) && personVerbAfterName(next))) && (!isEnglishWord(text, t.start, t.end) || (next.flags & F_DOB) !== 0)) name[i] = 1;
      // "KWAME ADEYEMI (MRN", "SVETLANA MWANGI, DOB": a listed given name no English list holds, then a
      // surname no list or English list knows, when a bracket, comma, ID cue or the end closes them.
      // ("LAKSHMI LINDQVIST ALARMING", "KWAME DLAMINI-MWANGI, VIETNAMESE": no closer needed when the surname is no listed word.)
      // (A contraction is the verb after the given name: 'PER WIFE: "TAVITA HASN'T SLEPT"'.)
      else if (given && !ambiguous && next && next.upper && next.length >= 4 && nextOk && !isEnglishWord(text, t.start, t.end) && nameOrUnlisted(text, next, lexiconTok(next) && !hasFlag(next, AMBIGUOUS)) && !looksLikeVerb(next) &&
        (pairClosed(text, next) || (next.flags === 0 && (hyphenated(next) || next.length >= 5)) || (next.length >= 5 && !isEnglishWord(text, next.start, next.end)))) name.fill(1, i, contraction(text, next) ? i + 1 : i + 2);
      // "SUNNY NAKASHIMA, 58F", "GUARANTOR ROYAL ETXEBERRIA,": an ambiguous given name, then a surname no English list holds, closed.
      // ("PASTOR GRACE NWOSU FROM", "FWD FROM BILL MACLEOD:": or what ends a person's name; a modal only mid-sentence before punctuation.)
      else if (given && ambiguous && !isParticle(t) && next && next.upper && next.length >= 4 && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && surnameAfterAmbiguous(text, tokens, i + 1) &&
        (pairClosed(text, next) || closes(text, next) || personNameEndsAt(text, tokens, n, i + 1, modalNameEnd(text, tokens, i, NameEnd.Loose)))) name.fill(1, i, i + 2);
      // "LANE N. LINDQVIST", "LORCAN H BEST": a listed given name, a middle initial, then a surname listed or no list knows.
      else if (given && next && isInitial(next) && next.wordGap && !MODAL_NAMES.has(t.lower) && !staff[i + 1]) {
        const third = tokens[i + 2];
        if (third && third.upper && third.wordGap && !staff[i + 2] && third.length >= 3 && !hasFlag(third, CUE | RELATIVE) && nameOrUnlisted(text, third, familyTok(third))) name.fill(1, i, i + 3);
      }
      // "AGNIESZKA HAS NO PAPERS", "HI ITS NKECHI,": a listed given name of five letters or more that is no
      // surname and no English word, alone ("CHRISTMAS", "ABBOTT" are surnames too; a state is none: "DL H8752969 (ARIZONA)", "SOUTH DAKOTA").
      if (!name[i] && given && !ambiguous && !isEnglishWord(text, t.start, t.end) && !hasFlag(t, NOT_NAME | CUE | RELATIVE) && !eponymAt(tokens, i) && !stateWord(tokens, i) && !countryAfterTown(tokens, i) &&
        ((!familyTok(t) && t.length >= 5) || shoutedLoneGiven(text, tokens, i))) name[i] = 1;
      continue;
    }
    if (t.cap) {
      // "John Miller", "John Q. Miller", "Mary-Kate O'Neil".
      // ("for Bill Mwangi alarming": mid-sentence a modal's capital is a name's.)
      if (given && next && next.cap && !next.upper && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && !(isInitial(next) && SECTION_LETTER_AFTER.test(text.slice(next.end, next.end + 3))) && (!ambiguous || hasFlag(next, FAMILY) || ((!MODAL_NAMES.has(t.lower) || !t.sentenceStart) && unknownNameWord(next) && next.flags === 0 && !isEnglishWord(text, next.start, next.end)))) {
        let last = i + 1;
        const third = tokens[i + 2];
        if (isInitial(next) && third?.cap && third.wordGap && !hasFlag(third, NOT_NAME)) last = i + 2;
        name.fill(1, i, last + 1);
        continue;
      }
      // "Miller, John" / "Lewis, Xiomara 82 yo".
      // ("Virtanen, Joaquín": a surname no list or English word holds, before a listed given name.)
      if ((family || (unknownNameWord(t) && t.flags === 0 && !isEnglishWord(text, t.start, t.end) && !!next && givenTok(next))) && !ambiguous && next && next.gapIs(", ") && next.cap && !next.upper && !hasFlag(next, NOT_NAME) && !eponymAt(tokens, i + 1) &&
        ((hasFlag(next, GIVEN) && !hasFlag(next, AMBIGUOUS)) || /^(?:\s*\d|\s*[,;]|\s*$)/.test(text.slice(next.rawEnd, next.rawEnd + 4))) &&
        // (A state after a town's comma: "lives in Paris, Texas"; after a place cue whatever follows: "from Dallas, Texas 45M".)
        // (After a place cue a country likewise: "lives in Kampala, Uganda".)
        !(next.flags & F_STATE_NAME && (placeCueBefore(tokens, i) || !AGE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 12)))) &&
        !(placeCueBefore(tokens, i) && startsCountryName(next))) {
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
      // (A state's name alone is the state: "dl h8752969 (Arizona)", "moved from Georgia", "Sioux Falls, South Dakota".)
      if ((given || (family && !t.sentenceStart)) && !stateWord(tokens, i) && !countryAfterTown(tokens, i) && !loneWordNoPerson(text, tokens, n, i)) {
        name.fill(1, i, i + 1);
        continue;
      }
      // Two capitalised words no list knows, mid-sentence ("cc Keanu Haukeland in MICU"),
      // or anywhere when an age follows ("Perpetua Adeyemi, 33M").
      if (next && next.cap && !next.upper && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && looksLikeName(t) && looksLikeName(next) && AGE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 10))) name.fill(1, i, i + 2);
      // (Not a country's name: "a Costa Rica national".)
      else if (!t.sentenceStart && next && next.cap && !next.upper && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && looksLikeName(t) && looksLikeName(next) && !countryNameAt(tokens, n, i)) name.fill(1, i, i + 2);
      // "Zeynep Y. D'Angelo": a middle initial between two capitalised words.
      else if (next && isInitial(next) && next.wordGap && looksLikeName(t) && tokens[i + 2] && tokens[i + 2]!.wordGap && looksLikeName(tokens[i + 2]!)) name.fill(1, i, i + 3);
    } else if (given && !ambiguous && next && !next.cap && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && ((hasFlag(next, FAMILY) && !hasFlag(next, AMBIGUOUS)) || unlistedWord(text, next))) {
      // "siddharth ortiz", "ignatius ekwueme": a given name, then a family name or a word no list knows.
      // (Not what a person does, nor a birth's cue, that lists hold as surnames too: "carmen born in oct" names carmen alone;
      // "tavita speaks samoan" tavita, a given name no English word.)
      if (!personVerbAfterName(next)) name.fill(1, i, i + 2);
      else if ((next.flags & F_DOB) !== 0 || !isEnglishWord(text, t.start, t.end)) name[i] = 1;
    } else if (given && !ambiguous && next && !next.cap && hasFlag(next, FAMILY) && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && !isEnglishWord(text, t.start, t.end)) {
      // "thandiwe stone", "darnell stone": after a given name no English list holds, a listed
      // surname that is also a word ("stone", "marsh").
      name.fill(1, i, i + 2);
    } else if (given && ambiguous && !t.is("will") && !isParticle(t) && next && !next.cap && (nextOk ??= nextMayJoin(text, tokens, i, staff, staffWords)) && !isParticle(next) &&
      ((lexiconTok(next) && !hasFlag(next, AMBIGUOUS | NOT_NAME) && !isEnglishWord(text, next.start, next.end)) || unlistedWord(text, next))) {
      // "dawn papadakis", "sunny yazzie", "hunter adeyemi", "hope taufa": an ambiguous given name (one
      // that is a verb too: "hope"), then a surname no English list holds.
      name.fill(1, i, i + 2);
    } else if (given && !ambiguous && next && next.wordGap && isParticle(next) && !hasFlag(t, NOT_NAME)) {
      // "rosalind van der berg": the particles and surname join below.
      name[i] = 1;
    } else if (given && !ambiguous && isPossessive(text, t)) {
      // "interrogated keoni's icd": a listed given name, possessive, in lower case.
      name[i] = 1;
    } else if (family && !ambiguous && !t.cap && next && next.gapIs(", ") && !next.cap && givenTok(next) && !hasFlag(next, NOT_NAME | AMBIGUOUS) && !eponymAt(tokens, i + 1) && !(i > 0 && tokens[i - 1]!.wordGap && DETERMINERS.has(tokens[i - 1]!)) &&
      // (No everyday state or word of a task's end: "bath done, maria tolerated", "ok, maria" stay.)
      !DONE_WORDS.has(t)) {
      // ("on the card, nkechi": no surname after a determiner.)
      // "campbell, valentina" in lower case.
      joinNext[i] = 1;
      name.fill(1, i, i + 2);
    } else if (given && !ambiguous && !t.cap && t.length >= 4 && lowered && !isEnglishWord(text, t.start, t.end) && !droppedG(t) && !stateWord(tokens, i) && !countryAfterTown(tokens, i)) {
      // "tell rosalind not to post": in text typed all in lower case, a listed given name no English list holds.
      name[i] = 1;
    }
  }
}

/** Grows the names found: other mentions, adjacent unknown capitalised words, particles, suffixes, a middle initial. */
function growNames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array, lowered: boolean, quotes: boolean, oneCase: boolean, nonAscii: boolean): void {
  propagate(text, tokens, n, name, staff);
  let grew = false;
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    const t = tokens[i]!;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    // (Not a bed's letter: "- 12B Ximena Quispe".)
    // ("mother wren okonkwo-baptiste": after a cue a listed word that is also an English word.)
    if (prev && !name[i - 1] && !staff[i - 1] && t.wordGap && prev.cap === t.cap && (prev.upper === t.upper || isInitial(t)) && !(prev.length === 1 && prev.start > 0 && isAsciiAlnum(text.charCodeAt(prev.start - 1))) &&
      // ("hamza d. ferreira-lopes": before a middle initial and its stop, any listed name.)
      // ("lane n. lindqvist": there a given name that is also a word too, not a modal.)
      ((extendsName(prev) && !bedLetter(tokens, i - 1)) || (lexiconTok(prev) && !hasFlag(prev, NOT_NAME | AMBIGUOUS | CUE | RELATIVE) && i >= 2 && prev.wordGap && hasFlag(tokens[i - 2]!, CUE | RELATIVE) && !SHOUTED_ROLES.has(prev)) ||
        // ("re faith drake —": after a cue a given name that is also a word, before a found surname; not a verb ("re will smith").)
        (hasFlag(prev, GIVEN) && hasFlag(prev, AMBIGUOUS) && !hasFlag(prev, NOT_NAME | CUE | RELATIVE) && !MODAL_NAMES.has(prev.lower) && !(prev.flags & F_MONTH) && i >= 2 && prev.wordGap && hasFlag(tokens[i - 2]!, CUE) && !hasFlag(tokens[i - 2]!, RELATIVE)) ||
        // ("hope w. achterberg": a given name that is also a word or a verb too, but "will" and "may".)
        (t.length === 1 && t.rawEnd === t.end + 1 && name[i + 1] === 1 && lexiconTok(prev) && !hasFlag(prev, NOT_NAME | CUE | RELATIVE) && !(prev.flags & F_MONTH) && !prev.is("will") && !(prev.length === 3 && hasFlag(prev, AMBIGUOUS) && MODAL_NAMES.has(prev.lower))) ||
        // ("MESERET BAKER (DAUGHTER)", "url for rustam fitzwilliam's": a given name no list or English list holds
        // before a found listed surname, in lower case or capitals.)
        ((!prev.cap || prev.upper) && lexiconTok(t) && !hasFlag(t, AMBIGUOUS) && !isEnglishWord(text, t.start, t.end) && unlistedGivenBefore(text, prev)) ||
        givenWordBeforeFound(text, tokens, i) || monthGivenBeforeFound(text, tokens, n, i) || wordGivenBeforeFound(text, tokens, n, i, name) || twoPartGivenBefore(text, prev, t))) {
      name[i - 1] = 1;
      grew = true;
    } else if (prev && !name[i - 1] && !staff[i - 1] && t.gapIs(", ")) {
      // "guarantor is gill, torbjørn", "bed 5 — Stone, Keoni, age 101": the surname (and its
      // particles) before a found given name and its comma, a cue or a slot's opener before them.
      const first = surnameBeforeComma(text, tokens, i - 1);
      if (first >= 0) {
        name.fill(1, first, i);
        joinNext[i - 1] = 1;
        grew = true;
      }
    }
    const next = tokens[i + 1];
    // "Leota, Mai Yer": the second part of a two-part Hmong given name after "Last, First", whatever word it is too.
    if (next && !name[i + 1] && !staff[i + 1] && i > 0 && name[i - 1] && t.gapIs(", ") && next.wordGap && TWO_PART_GIVEN_FIRST.has(t.lower) && next.length >= 2 && next.length <= 4 &&
      next.cap === t.cap && next.upper === t.upper && !hasFlag(next, NOT_NAME | CUE | RELATIVE | STAFF | BED) && !looksLikeVerb(next)) {
      name[i + 1] = 1;
      grew = true;
    }
    if (next && !name[i + 1] && !staff[i + 1] && !joinNext[i] && next.gapIs(", ") && firstAfterFoundLast(text, tokens, n, i, name)) {
      name[i + 1] = 1;
      joinNext[i] = 1;
      grew = true;
    }
    // "Hope al-Khouri", "Tunde el-Amin": a surname a lower-case particle and a hyphen open, after a capitalised found name.
    // ("abdullah al-sayed waiting": in lower case the same, the part after the particle a listed name or a spoken word no English list holds.)
    if (next && !name[i + 1] && !staff[i + 1] && next.wordGap && !next.sentenceStart && !next.cap && !isPossessive(text, t) && (t.cap && !t.upper ? particleHyphenSurname(next) : !t.cap && particleHyphenSurname(next, true))) {
      name[i + 1] = 1;
      grew = true;
    }
    // "pt larry addison lives", "debra cushing, edd": an eponym after a found given name, where a person's name ends.
    if (next && !name[i + 1] && !staff[i + 1] && eponymSurnameAfterGiven(text, tokens, n, i)) {
      name[i + 1] = 1;
      grew = true;
    }
    // (Not past a possessive or a sentence's end: "Mensah's Keppra", "Buffalo. Referral".)
    // (Not a section's letter: "in Laramie A - delirium R - sitter".)
    // (Not a room's word before its number: "PT D.W. RM 625".)
    if (next && !name[i + 1] && !staff[i + 1] && next.wordGap && (!next.sentenceStart || isInitial(t)) && next.cap && next.cap === t.cap && (next.upper === t.upper || isInitial(t)) && !isPossessive(text, t) &&
      !(hasFlag(next, BED) && DIGIT_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 3))) &&
      (extendsName(next) || surnameWordAfterGiven(tokens, i) || listedSurnameAfterFound(tokens, n, i, name, staff) || wordSurnameAfterGiven(text, tokens, n, i) || ((next.upper || !next.cap) && shoutedSurnameAfter(text, t, next))) && !(isInitial(next) && SECTION_LETTER_AFTER.test(text.slice(next.end, next.end + 3)))) {
      name[i + 1] = 1;
      grew = true;
    } else if (next && !name[i + 1] && !staff[i + 1] && next.length === 1 && next.wordGap && !t.cap && !next.cap && isAsciiLower(next.codeAt(0)) &&
      // ("beatriz u d'souza's": "a", "i", "u" only before a found or listed surname no English list holds.)
      (next.rawEnd === next.end + 1 || (next.rawEnd === next.end && (!(next.is("a") || next.is("i") || next.is("u")) ||
        (i + 2 < n && (name[i + 2] === 1 || (lowerSurname(text, tokens[i + 2]!) && !isEnglishWord(text, tokens[i + 2]!.start, tokens[i + 2]!.end))))))) &&
      i + 2 < n && !staff[i + 2] && tokens[i + 2]!.wordGap && (name[i + 2] || lowerSurname(text, tokens[i + 2]!) ||
        // ("son (rahel m. strong)": after an initial and its stop a listed surname that is also a word, a bracket or comma closing it.)
        (next.rawEnd === next.end + 1 && familyTok(tokens[i + 2]!) && !hasFlag(tokens[i + 2]!, NOT_NAME | CUE | RELATIVE) && /^[),;]/.test(text.slice(tokens[i + 2]!.rawEnd, tokens[i + 2]!.rawEnd + 1))))) {
      // "pt leilani e huang-meyer", "neighbor dmitri s etxeberria", "pt bao x. adeyemi": a middle initial, with its stop or without, then a surname.
      name.fill(1, i + 1, i + 3);
      grew = true;
    } else if (next && !name[i + 1] && !staff[i + 1] && next.wordGap && !t.cap && !next.cap && !next.sentenceStart && !isPossessive(text, t) && shoutedSurnameAfter(text, t, next) && (familyTok(next) || (givenTok(t) && !(i > 0 && name[i - 1]) && lowerSurname(text, next)))) {
      // "henrike banks (4662-5413-3)": in lower case too, a listed surname that is also a word when a closer follows it;
      // "hamish talukdar's", "rahwa nallapati inr": after a found listed given name, a surname no list or English list holds.
      name[i + 1] = 1;
      grew = true;
    } else if (next && lowered && !t.cap && i > 0 && name[i - 1] && !tokens[i - 1]!.cap && !name[i + 1] && !staff[i + 1] && !next.cap && !next.sentenceStart && lowerSurname(text, next) && !(i > 1 && name[i - 2]) &&
      (closes(text, next) || text.charCodeAt(next.rawEnd) === 58)) {
      // "malia abenaa moody:": a third word a surname list or no list knows after two name words in
      // lower case, when a comma, colon, bracket, age or the end closes it.
      name[i + 1] = 1;
      grew = true;
    }
  }
  // ("her, adaeze (mr-604036)", "Anbu Her (0076...)": the Hmong surname Her.)
  if (herSurnames(text, tokens, n, name, staff, joinNext)) grew = true;
  // ("winona old coyote", "Old Coyote, Shandiin": two-word Native American surnames.)
  if (compoundSurnames(text, tokens, n, name, staff, joinNext)) grew = true;
  // ("đỗ thi thảo", "Bảo Do": Vietnamese letters next to a found name.)
  if (nonAscii && vietnameseNameParts(text, tokens, n, name, staff)) grew = true;
  // Marking again finds something only when a name grew: the first pass marked every other mention already.
  if (grew) propagate(text, tokens, n, name, staff);
  if (quotes) nicknames(text, tokens, n, name, staff, oneCase);
  // "grandkids kemar and hunter,", "grandkids wanjiru and zofia": names joined by "and".
  // (In capitals too: "DAUGHTERS LISA AND MARY HERE".)
  // ("sons Matteo & Will,": an ampersand too.)
  if (wordBetweenSpaces(text, tokens, n, "and") || wordBetweenSpaces(text, tokens, n, "AND") || includesAfterSpace(text, "& ")) namesJoinedByAnd(text, tokens, n, name, staff);

  middleInitials(text, tokens, n, name, staff);
  if (includesAfterSpace(text, "(")) bracketedSurnames(text, tokens, n, name, staff);

  // "Van der Berg", "de la Cruz", "Villanueva Jr.": particles before a surname and
  // generational suffixes after a name belong to it.
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    // ("what van dijk goes by": a lower-case particle that opens a surname, right before a found listed surname no English word.)
    const t = tokens[i]!;
    if (i > 0 && !name[i - 1] && !staff[i - 1] && t.wordGap && !tokens[i - 1]!.cap && OPENING_PARTICLES.has(tokens[i - 1]!) && familyTok(t) && !isEnglishWord(text, t.start, t.end)) name[i - 1] = 1;
    let k = i + 1;
    while (k < n && !name[k] && tokens[k]!.wordGap && isParticle(tokens[k]!) && k - i <= 2) k++;
    // ("delbert p. ní bhriain": a particle taken already as a name word, then the surname.)
    // ("RE Ó SÚILLEABHÁIN": a particle that opens a surname, found by itself after a cue.)
    if (k === i + 1 && isParticle(tokens[i]!) && ((i > 0 && name[i - 1]) || OPENING_PARTICLES.has(tokens[i]!)) && tokens[k] && !name[k] && !staff[k] && tokens[k]!.wordGap &&
      (tokens[k]!.upper ? nameOrUnlisted(text, tokens[k]!, familyTok(tokens[k]!)) : tokens[k]!.cap ? looksLikeName(tokens[k]!) : lowerSurname(text, tokens[k]!) || eponymSurnameAfterParticle(text, tokens, k))) {
      name[k] = 1;
      continue;
    }
    const after = tokens[k];
    // ("PRECIOUS T ORTEGA Y GASSET": in capitals a surname a list holds or none knows.)
    // ("anneke le roux, unos ...": in lower case a listed surname that is an eponym too after the particle, a closer after it.)
    if (k > i + 1 && after && after.wordGap && !staff[k] && !(k === i + 2 && apBeforeWord(text, tokens[i + 1]!, after, name[k] === 1)) && (name[k] || (after.cap && !after.upper && looksLikeName(after)) || (after.upper && tokens[i]!.upper && after.length >= 3 && nameOrUnlisted(text, after, familyTok(after))) || (!after.cap && lowerSurname(text, after)) ||
      (!after.cap && eponymSurnameAfterParticle(text, tokens, k)))) {
      name.fill(1, i + 1, k + 1);
      i = k - 1;
      continue;
    }
    const next = tokens[i + 1];
    if (next && !name[i + 1] && next.wordGap && (next.rawEnd > next.end || i + 2 >= n || !tokens[i + 2]!.cap) && isSuffix(next)) name[i + 1] = 1;
  }

  // "wróblewska's and llewellyn's labs": two possessives "and" joins, one of them a name found.
  if (text.indexOf("'s and ") >= 0 || text.indexOf("'S AND ") >= 0) {
    for (let i = 0; i + 2 < n; i++) {
      if (name[i] === name[i + 2] || !tokens[i + 1]!.is("and") || !tokens[i + 1]!.wordGap || !tokens[i + 2]!.wordGap) continue;
      const u = name[i] ? i + 2 : i, found = tokens[name[i] ? i : i + 2]!, w = tokens[u]!;
      if (staff[u] || !isPossessive(text, tokens[i]!) || !isPossessive(text, tokens[i + 2]!) || w.cap !== found.cap || w.upper !== found.upper) continue;
      if (w.length >= 3 && !hasFlag(w, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF | HONORIFIC) && !isEponymTok(w) && !isEnglishWord(text, w.start, w.end) && nameOrUnlisted(text, w, lexiconTok(w))) name[u] = 1;
    }
  }
  // "Sandhu, Rose and Park, Hunter (spouses)": a "Last, First" pair "and" joins to a pair found.
  for (let i = 3; i + 1 < n; i++) if (name[i] && name[i + 1] && tokens[i + 1]!.gapIs(", ") && !name[i - 3] && tokens[i - 1]!.is("and")) pairBeforeAnd(text, tokens, i, name, staff, joinNext);

  // "Boateng, Alejandra Y.": a middle initial after "Last, First".
  for (let i = 1; i + 1 < n; i++) {
    if (!joinNext[i - 1]) continue;
    const next = tokens[i + 1]!;
    if (name[i] && joinNext[i - 1] && !name[i + 1] && next.length === 1 && next.rawEnd === next.end + 1 && next.wordGap && (next.cap || lowered) && !staff[i + 1]) name[i + 1] = 1;
  }
}

/**
 * "Sandhu, Rose and Park, Hunter (spouses)", "Tuhiwai, Ama and Tsosie, Miloš": before "and" and a "Last, First" found at `i`,
 * a pair of the same shape (the same case, a comma between) is one too when its surname may be one (listed and no English word,
 * or capitalised mid-sentence in mixed case) and its given name may be one (listed, even a word, or no English word).
 */
function pairBeforeAnd(text: string, tokens: Tokens, i: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): void {
  const last = tokens[i - 3]!, first = tokens[i - 2]!, and = tokens[i - 1]!, found = tokens[i]!;
  if (staff[i - 3] || staff[i - 2] || name[i - 2] || !first.gapIs(", ") || !and.wordGap || !found.wordGap) return;
  if (last.cap !== found.cap || last.upper !== found.upper || first.cap !== last.cap || first.upper !== last.upper || last.length < 3 || first.length < 3) return;
  const noName = NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | EPONYM | BED;
  if (hasFlag(last, noName) || (hasFlag(first, noName) && !hasFlag(first, AMBIGUOUS))) return;
  const lastOk = familyTok(last) ? !isEnglishWord(text, last.start, last.end) || (last.cap && !last.upper) : last.flags === 0 && !isEnglishWord(text, last.start, last.end) && (last.cap ? !last.upper && looksLikeName(last) : SPOKEN_WORD.test(last.lower));
  const firstOk = givenTok(first) || (first.flags === 0 && !isEnglishWord(text, first.start, first.end) && SPOKEN_WORD.test(first.lower));
  if (!lastOk || !firstOk || DRUG_ENDING.test(last.lower) || DRUG_ENDING.test(first.lower)) return;
  name[i - 3] = name[i - 2] = 1;
  joinNext[i - 3] = 1;
}

/** After "Last, First": a date ("15-Feb-1954", "4/17/68") or a birth-date or record cue. */
/** A room's number and its letter, then a dash or the line's end: "489b —". */
const ROOM_CLOSES_PAIR = /^[^\S\n]+\d{2,4}[a-f](?:[^\S\n]+[-–—][^\S\n]|[^\S\n]*(?:\n|$))/;
const FIRST_THEN_DATE = /^(?:[^\S\n]+\d{1,2}[-/.](?:\d{1,2}|[a-z]{3})[-/.]\d{2,4}\b|,?[^\S\n]+(?:dob|mrn|mr#)\b)/i;
/**
 * "Nguyen, Ngaire holding in PACU", "Church, Will (DOB", "taufa, ingrid holding": after a surname found by itself, its
 * comma and a given name (a listed one, even an everyday word, or a word no list or English list holds), in the same
 * case, when what ends it shows a person; after a modal or a given name that is also a word, punctuation only
 * ("okafor, will need dialysis", "Okafor, Grace period ends" stay).
 */
function firstAfterFoundLast(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  // (One word found by itself: "Ama Tran, Ngaire" is a list, "Tran, Ama" the pair.)
  // (But a particle's surname is one: "le goff, hope".)
  if ((i > 0 && name[i - 1] && t.wordGap && !isParticle(tokens[i - 1]!)) || isInitial(t) || isPossessive(text, t)) return false;
  if (next.length < 3 || next.handle || next.cap !== t.cap || next.upper !== t.upper || hasFlag(next, CUE | RELATIVE | STAFF | HONORIFIC | EPONYM | AGE_WORD | BED) || next.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE)) return false;
  // (A word the lists hold as no name only when a name-that-is-a-word too: "Church, Will (DOB".)
  if (hasFlag(next, NOT_NAME) && !hasFlag(next, AMBIGUOUS)) return false;
  const word = hasFlag(next, AMBIGUOUS) || MODAL_NAMES.has(next.lower);
  // ("Adebayo, Favour 15-Feb-1954", "Gupta, Anil, DOB": in mixed case a capitalised word no list of ours holds, even an English one,
  // a date or a record's cue closing it; not "for Okafor, Transport at Main entrance".)
  if (next.cap && !next.upper && (next.flags === 0 || (givenTok(next) && !MODAL_NAMES.has(next.lower) && !(next.flags & F_MONTH))) && next.length >= 3 && !next.joined && !looksLikeVerb(next) && !DRUG_ENDING.test(next.lower) && !CLINICAL_ENDING.test(next.lower) && !(i > 0 && name[i - 1]) &&
    FIRST_THEN_DATE.test(text.slice(next.rawEnd, next.rawEnd + 12))) return true;
  const unlisted = next.cap && !next.upper ? unknownNameWord(next) && !isEnglishWord(text, next.start, next.end) : bareNameWord(text, next);
  if (!(givenTok(next) || unlisted || (hyphenated(next) && unlistedParts(next)))) return false;
  // ("for Öztürk, Xoán hasn't synced", "claim for kováčová, chaminda kicked back": after a found surname and its comma a
  // capitalised word no list or English list holds, or a lower-case one that may be a name part (pairPart), whatever
  // follows but a number; not after a given name or a name's last word: "re emre, epipen given", "Seun Nwachukwu, Biotronik".)
  // (No drug or order: "re Nwosu, Pitocin started", "for Okafor, Dupixent approved".)
  // (A particle before the surname is the surname's: "der bedrossian, siranush lost"; a room's number with its letter may close the pair
  // in lower case: "o'shaughnessy, godknows 489b —".)
  if (!givenTok(next) && !(i > 0 && name[i - 1] && !isParticle(tokens[i - 1]!)) && (familyTok(t) || !givenTok(t)) && (next.cap && !next.upper ? unlisted && !DRUG_ENDING.test(next.lower) : pairPart(text, next)) &&
    (!DIGIT_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 3)) || (!next.cap && ROOM_CLOSES_PAIR.test(text.slice(next.rawEnd, next.rawEnd + 12)))) &&
    !(i + 2 < n && tokens[i + 2]!.wordGap && ORDER_WORDS.has(tokens[i + 2]!))) return true;
  // (A word no list holds, in lower case or capitals, only before punctuation or an ID cue: "mr tran, ivig still running" stays.)
  if (!givenTok(next) && !(next.cap && !next.upper)) return NAME_PUNCT_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 4)) || ID_CUE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 8));
  return personNameEndsAt(text, tokens, n, i + 1, MODAL_NAMES.has(next.lower) ? NameEnd.Punct : word ? NameEnd.Acts : NameEnd.Loose);
}

/**
 * "xiuying c. lindqvist", "delbert f. young 90f", "WILL D. KEALOHA": a word, a single letter with its
 * stop, and a word, all one case, are one name when either side is found and the other may be a
 * name part (a listed name, even an everyday word, or a word no list or English list holds), or
 * when the first is a listed given name and the last a listed name no English list holds. Not a
 * genus and species ("grew e. coli", "h. pylori"): the letter's neighbours must be names.
 */
function middleInitials(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i + 2 < n; i++) {
    const first = tokens[i]!, mid = tokens[i + 1]!, last = tokens[i + 2]!;
    if (mid.length !== 1 || mid.rawEnd !== mid.end + 1 || text.charCodeAt(mid.end) !== 46 || !mid.wordGap || !last.wordGap || staff[i] || staff[i + 1] || staff[i + 2]) continue;
    if ((name[i] && name[i + 1] && name[i + 2]) || first.cap !== last.cap || first.upper !== last.upper || (mid.cap && !first.cap)) continue;
    if (first.handle || last.handle || hasFlag(first, CUE | RELATIVE | STAFF | HONORIFIC | BED) || hasFlag(last, CUE | RELATIVE | STAFF | HONORIFIC | BED) || isEponymTok(first) || isEponymTok(last)) continue;
    // ("dragana j. from armenian nursing": after a found name its initial and its stop, a preposition after them.)
    if (name[i] && !isParticle(last) && FUNCTION_WORDS.has(last) && !last.cap === !first.cap) {
      name[i + 1] = 1;
      continue;
    }
    if (isParticle(last) ? !name[i] : !middleInitialPart(text, last)) continue;
    // (After two initials a word the lists hold as no name is no surname: "is j. t. still npo?".)
    if (first.length === 1 && hasFlag(last, NOT_NAME) && !hasFlag(last, AMBIGUOUS)) continue;
    // ("j. t. smith": a first initial and its stop too.)
    if (name[i] || (name[i + 2] && (middleInitialPart(text, first) || (first.length === 1 && first.rawEnd === first.end + 1 && isWordLetter(first.codeAt(0)))) && !isParticle(first)) ||
      (givenTok(first) && !isParticle(first) && lexiconTok(last) && !hasFlag(last, AMBIGUOUS) && !isEnglishWord(text, last.start, last.end))) name.fill(1, i, i + 3);
  }
}
/** A word that may stand by a middle initial: a listed name, or one no list or English list knows, and no clinical word. */
function middleInitialPart(text: string, t: Token): boolean {
  if (t.length < 2 || (t.joined && !hyphenated(t)) || CLINICAL_SHORTHAND.has(t.lower) || CLINICAL_ENDING.test(t.lower)) return false;
  // ("gave will n. smith the forms": a modal or a document, not a name, by itself.)
  // (Nor a preposition or a pronoun the lists hold as a surname too: "95m dragana j. from armenian nursing".)
  return lexiconTok(t) ? !hasFlag(t, NOT_NAME) || (hasFlag(t, GIVEN | FAMILY) && t.length >= 4 && !MODAL_NAMES.has(t.lower) && !FUNCTION_WORDS.has(t)) : nameOrUnlisted(text, t, false);
}
/** Prepositions, conjunctions and pronouns of four letters or more that name lists hold too ("From", "With", "Then"). */
const FUNCTION_WORDS = new TokenWords(["from", "with", "into", "onto", "over", "about", "after", "before", "under", "upon", "than", "then", "when", "where", "while", "that", "this", "these",
  "those", "they", "them", "have", "were", "been", "also", "just", "only", "very", "until", "since", "through"]);

/**
 * "link for blessing takahashi failed", "app for blessing abdi approved": after "for", a word that
 * may be a given name (listed as either part, even an everyday word, or a spoken word no list
 * holds) and then a listed surname no English list holds (or one found), both one case.
 */
function givenAndSurnameAfterFor(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let k = 0; k + 1 < n; k++) {
    const cue = tokens[k]!;
    // ("for" in any case, read from its codes: most tokens are not.)
    if (cue.length !== 3 || (cue.codeAt(0) | 32) !== 102 || (cue.codeAt(1) | 32) !== 111 || (cue.codeAt(2) | 32) !== 114) continue;
    const first = tokens[k + 1]!;
    if (!name[k + 1] && !staff[k + 1] && first.wordGap && surnameAloneAfterFor(text, tokens, k)) {
      name[k + 1] = 1;
      continue;
    }
    if (k + 2 >= n) continue;
    const last = tokens[k + 2]!;
    if (name[k + 1] || staff[k + 1] || staff[k + 2] || !first.wordGap || !last.wordGap || first.cap !== last.cap || first.upper !== last.upper || first.length < 3) continue;
    if (first.handle || last.handle || hasFlag(first, CUE | RELATIVE | STAFF | BED | AGE_WORD) || hasFlag(last, NOT_NAME | CUE | RELATIVE | STAFF | BED | AGE_WORD) || isEponymTok(first) || isEponymTok(last) ||
      CLINICAL_SHORTHAND.has(first.lower) || CLINICAL_ENDING.test(first.lower) || CLINICAL_SHORTHAND.has(last.lower) || CLINICAL_ENDING.test(last.lower)) continue;
    // The surname: found, or listed and no English word ("takahashi"); with a closer after it, one no list or English list
    // holds ("dlamini", "manygoats-bhattacharjee"), or, after a listed given name, a listed one that is a word ("hill").
    const listedSurname = name[k + 2] === 1 || (familyTok(last) && !hasFlag(last, AMBIGUOUS) && !isEnglishWord(text, last.start, last.end));
    const closed = FOR_PAIR_CLOSES.test(text.slice(last.end, last.end + 12));
    const unlistedSurname = closed && !familyTok(last) && last.length >= 3 && SPOKEN_WORD.test(last.lower) && nameOrUnlisted(text, last, false) && !DRUG_ENDING.test(last.lower) && !ADJECTIVE_ENDING.test(last.lower);
    // (Not a kind of care: "applying for charity care,".)
    const wordSurname = closed && familyTok(last) && hasFlag(first, GIVEN) && !hasFlag(first, NOT_NAME) && !(first.flags & F_MONTH) && !last.is("care");
    if (!listedSurname && !unlistedSurname && !wordSurname) continue;
    // The given name: listed, even an everyday word or a verb-like word ("blessing", "faith"), but no modal unless a listed
    // surname no English list holds follows ("for will guo is"); or a spoken word no list holds, no drug ("for humira
    // nakamura", "for insulin patel" stay), an English one only before a closer ("for aroha dlamini:").
    const givenOk = lexiconTok(first) ? (!hasFlag(first, NOT_NAME) || (MODAL_NAMES.has(first.lower) && hasFlag(first, GIVEN) && listedSurname && closed)) && !(first.flags & F_MONTH && !MONTH_NAMES.has(first.lower)) :
      first.flags === 0 && SPOKEN_WORD.test(first.lower) && !looksLikeVerb(first) && !ADJECTIVE_ENDING.test(first.lower) && !DRUG_ENDING.test(first.lower) && (closed || !isEnglishWord(text, first.start, first.end)) && !drugSlot(tokens, k, k + 2);
    if (givenOk) name.fill(1, k + 1, k + 3);
  }
}
/** What closes a name after "for": punctuation, a link, or what is done for or about the person. */
const FOR_PAIR_CLOSES = /^(?:[:,;(]|[^\S\n]+[-–—(]|[^\S\n]+https?:|['’]s\b|[^\S\n]+(?:is|was|to|in|dob|mrn|booked|denied|approved|sent|has|had|set|missing|failed|list|needs|wants|consented|scheduled)\b)/i;

/**
 * "delivery for moreau to 3124 ...", "denied IRF for Achterberg — policy", "specimen for Ramanathan mislabeled": after
 * "for" one surname, listed or no list's, no English word and no drug, that a dash, a comma, a colon, a possessive,
 * "to", "is" or a bed closes.
 */
function surnameAloneAfterFor(text: string, tokens: Tokens, k: number): boolean {
  const w = tokens[k + 1]!;
  // (The closer first: most words after "for" have none, and it is the cheapest test.)
  const c = text.charCodeAt(w.end);
  // (The text's or line's end closes it too: "encounter for Parata".)
  const ends = w.end === text.length || c === 10;
  if (c !== 32 && c !== 44 && c !== 58 && c !== 59 && c !== 39 && c !== 8217 && c !== 9 && !ends) return false;
  if (w.length < 4 || w.handle || hasFlag(w, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF | BED | AGE_WORD) || w.flags & F_MONTH || isEponymTok(w)) return false;
  // (A hyphenated word only when no part is English: "eval for step-down, dr." is a unit.)
  if (CLINICAL_SHORTHAND.has(w.lower) || CLINICAL_ENDING.test(w.lower) || ADJECTIVE_ENDING.test(w.lower) || DRUG_ENDING.test(w.lower) || (w.cap && !w.upper && !nameShaped(w)) || (w.joined && !(hyphenated(w) && unlistedParts(w)))) return false;
  if (!(familyTok(w) || (w.flags === 0 && SPOKEN_WORD.test(w.lower) && !looksLikeVerb(w))) || isEnglishWord(text, w.start, w.end) || drugSlot(tokens, k, k + 1)) return false;
  const after = text.slice(w.end, w.end + 14);
  // A drug's or a problem's short name is as often a word no list holds, or even a census surname ("mero", "cipro"),
  // before "is", "to", a dash or a comma ("consult for osteo - ID following", "for sotalol is qtc ok", "for mero to be
  // started"): those closers count only for a listed surname of five letters or more after a word that orders no
  // drug or test ("delivery for moreau to", "taxi voucher for bianchi to"); a possessive, "mislabeled" or a bed count always.
  if (PERSON_FOR_CLOSES.test(after)) return true;
  // (At the text's end only a listed surname after what is denied, delivered or kept for a person: "referral for mammo",
  // "interpreter for samoan" stay.)
  if (ends && !(familyTok(w) && (PERSON_FOR.has(tokens[k - 1]!.lower) || (k > 1 && PERSON_FOR.has(tokens[k - 2]!.lower))))) return false;
  if (!(ends || FOR_SURNAME_CLOSES.test(after)) || k === 0) return false;
  const before = tokens[k - 1]!;
  // (After what is denied, delivered or kept for a person, any closer: "medicaid denied snf for hakobyan — policy".)
  // (Not a drug's denial: "PA denied for humira -".)
  if ((PERSON_FOR.has(before.lower) || (k > 1 && PERSON_FOR.has(tokens[k - 2]!.lower))) && !(k > 1 && DRUG_SLOT_WORDS.has(tokens[k - 2]!)) && !(k > 2 && DRUG_SLOT_WORDS.has(tokens[k - 3]!))) return true;
  // (drugSlot above turned away the drug-slot words before "for"; ORDERS_FOR holds the others.)
  return familyTok(w) && w.length >= 5 && !ORDERS_FOR.has(before.lower);
}
// (Or a booking's word: "lyft for mahe booked".)
const FOR_SURNAME_CLOSES = /^(?:\s+(?:to|is|was|booked|scheduled|arranged|confirmed|cancell?ed)\b|[^\S\n]+[-–—][^\S\n]|[,:;]\s|[^\S\n]\()/i;
const PERSON_FOR_CLOSES = /^(?:\s+(?:bed|rm|room|mislabell?ed)\b|['’]s\s)/i;
/** Words before "for" (or one word before it) that something denied, delivered or kept for a person follows. */
const PERSON_FOR = new Set(["denied", "denial", "voucher", "delivery", "lyft", "uber", "cab", "address", "specimen", "sticker", "transport", "ride", "taxi", "placement", "guardian", "guardianship", "poa", "interpreter", "chaplain",
  "visitor", "visitors", "paperwork", "forms", "badge", "wristband", "tray", "meals", "belongings", "valuables", "keys", "alarm", "sitter", "bill", "billing", "invoice", "statement", "balance",
  "encounter", "report", "filed", "acct", "account", "ss", "ssn", "ss#", "proxy", "records"]);
/** Words before "for" that order, dose or weigh a drug, test or problem ("consult for", "ok for"), besides DRUG_SLOT_WORDS. */
const ORDERS_FOR = new Set(["consult", "consults", "consulted", "ordered", "ok", "okay", "approved", "indicated", "indication", "started", "start", "starting", "switch", "switched", "planned",
  "need", "needs", "needed", "hold", "held", "pharmacy", "id", "ppx", "prophylaxis", "tx", "treat", "treated", "treating", "treatment", "therapy", "test", "workup", "eval", "evaluate", "evaluation",
  "candidate", "allergic", "due", "reason", "pending", "ask", "asked", "asking", "waiting", "wait", "call", "called", "paged", "page", "q", "question", "recs", "rec", "protocol", "titrate", "titrating",
  "bolus", "load", "loading", "infusion", "drip", "gtt"]);

/**
 * "pt wilhelmina (haddad) says", "pt rose (ramanathan)": one word alone in brackets right after a found
 * name, a listed surname or a word no list holds, and no English word, is the
 * surname (a maiden or family name); not a clinical abbreviation ("pt leilani (dka)").
 */
function bracketedSurnames(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, w = tokens[i + 1]!;
    if (!name[i] || name[i + 1] || staff[i + 1] || !w.gapIs(" (") || text.charCodeAt(w.rawEnd) !== 41 || w.cap !== t.cap || w.length < 3) continue;
    if (w.handle || hasFlag(w, CUE | RELATIVE | STAFF | BED | AGE_WORD) || isEponymTok(w) || CLINICAL_SHORTHAND.has(w.lower) || CLINICAL_ENDING.test(w.lower)) continue;
    // (No English word, listed or not: "(minor)", "(jewish)", "(ex-wife)", "(med-surg)" say what the person is.)
    if (isEnglishWord(text, w.start, w.end) || (hyphenated(w) && !unlistedParts(w))) continue;
    if (familyTok(w) || (SPOKEN_WORD.test(w.lower) && unlistedWord(text, w))) name[i + 1] = 1;
  }
}

/**
 * "Lorcan Young", "Mireille Young's wife": a capitalised surname that is also an everyday word,
 * mid-sentence right after a capitalised given name no English list holds.
 */
function surnameWordAfterGiven(tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  return !t.upper && !next.upper && !next.sentenceStart && next.length >= 3 && givenTok(t) && !hasFlag(t, AMBIGUOUS) && !isEnglishWord(t.lower, 0, t.length) &&
    hasFlag(next, FAMILY) && !MODAL_NAMES.has(next.lower) && !next.handle && !isEponymTok(next) && !eponymAt(tokens, i + 1);
}

/**
 * "Osvaldo Page on a hold", "Jun-ho J Little (acct": in mixed case a capitalised listed surname
 * mid-sentence right after a found capitalised name (or its middle initial), whatever else the word
 * is; not before a title or another capitalised word ("Maria Page Dr Kim"), nor a clinical word.
 */
function listedSurnameAfterFound(tokens: Tokens, n: number, i: number, name: Uint8Array, staff: Uint8Array): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (t.upper && !(isInitial(t) && i > 0 && name[i - 1] && !tokens[i - 1]!.upper)) return false;
  if (next.upper || next.sentenceStart || next.length < 3 || !hasFlag(next, FAMILY) || hasFlag(next, CUE | RELATIVE | STAFF | HONORIFIC) || next.handle || isEponymTok(next) || eponymAt(tokens, i + 1)) return false;
  const after = i + 2 < n ? tokens[i + 2]! : undefined;
  if (after && after.wordGap && (after.cap || staff[i + 2] || hasFlag(after, STAFF | HONORIFIC | EPONYM_CTX))) return false;
  // (A surname that is also a word or a verb needs a closer or a small word after it: "Labor Day weekend", "Maria Long term care".)
  if (hasFlag(next, AMBIGUOUS | NOT_NAME) || MODAL_NAMES.has(next.lower) || isEnglishWord(next.lower, 0, next.length)) return !after || !after.wordGap || AFTER_SURNAME_WORDS.has(after);
  return true;
}
/** Where a relative is, after the relative's name ("wife lungile en route", "son tamati here"). */
const RELATIVE_WHERE = new TokenWords(["en", "here", "outside", "downstairs", "upstairs", "onsite", "bedside", "enroute"]);
/** Small words after a surname in a sentence ("Osvaldo Page on a hold", "Royal Page is stable"). */
const AFTER_SURNAME_WORDS = new TokenWords(["on", "in", "at", "is", "was", "has", "had", "to", "for", "and", "with", "from", "who", "says", "said", "called", "needs", "wants", "will", "would", "can", "did", "does", "got",
  // ("Rusty Page turns ninety-five" left "Page": what only a person does, as SUBJECT_EVENTS.)
  "turns", "turned", "died", "passed"]);

/**
 * "for Hope Tremblay-Ouellet,": in mixed case a capitalised listed given name mid-sentence, even one
 * that is also a word, right before a found capitalised surname no English list holds; not a month.
 */
function givenWordBeforeFound(text: string, tokens: Tokens, i: number): boolean {
  const prev = tokens[i - 1]!, t = tokens[i]!;
  return prev.cap && !prev.upper && !t.upper && !prev.sentenceStart && prev.length >= 3 && hasFlag(prev, GIVEN) && !hasFlag(prev, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC) &&
    !(prev.flags & F_MONTH) && !prev.handle && !isEnglishWord(text, t.start, t.end) && !isEponymTok(t);
}

/** Words before a month that make it the month ("in April", "since May", "by June"). */
const BEFORE_MONTH = new TokenWords(["in", "on", "since", "until", "till", "til", "by", "from", "of", "before", "after", "during", "through", "thru", "early", "late", "mid", "next", "last", "this",
  "each", "every", "for", "to", "around", "starting", "between", "and", "was", "is", "be", "been", "were"]);
/** Given names that are also an everyday word capitalised mid-sentence only as a name ("Said"). */
const CAPITALISED_GIVEN_WORDS = new TokenWords(["said"]);
/**
 * "parents Minh & April Savage", "subscriber April Pepper,", "wife Said Yusuf says": in mixed case a month that is a given name
 * (or "Said") capitalised mid-sentence right before a found capitalised surname, no date's word before it, no number after it.
 */
function monthGivenBeforeFound(text: string, tokens: Tokens, n: number, i: number): boolean {
  const prev = tokens[i - 1]!, t = tokens[i]!;
  if (!prev.cap || prev.upper || !t.cap || t.upper || prev.handle || t.sentenceStart || isInitial(t) || !(((prev.flags & F_MONTH) && hasFlag(prev, GIVEN)) || CAPITALISED_GIVEN_WORDS.has(prev))) return false;
  // ("overnight: Said Yusuf pulled": a label's colon before "Said" opening a sentence; not "Said Okafor would call".)
  // (Not after a staff title's colon, where "said" is its verb: "RN: Said Okafor refused".)
  if (prev.sentenceStart && !(CAPITALISED_GIVEN_WORDS.has(prev) && prev.gap.trimEnd().endsWith(":") && !(i >= 2 && hasFlag(tokens[i - 2]!, STAFF)))) return false;
  if (i >= 2 && prev.wordGap && BEFORE_MONTH.has(tokens[i - 2]!)) return false;
  // (Not after a staff title, where "said" is its verb: "RN: Said Okafor refused".)
  if (i >= 2 && hasFlag(tokens[i - 2]!, STAFF) && CAPITALISED_GIVEN_WORDS.has(prev)) return false;
  if (isAsciiDigit(text.charCodeAt(t.rawEnd + 1)) || hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED) || isEponymTok(t)) return false;
  // (A surname that is no English word, or one a person's end follows: "April Pepper,", not "May Day parade".)
  return !isEnglishWord(text, t.start, t.end) || personNameEndsAt(text, tokens, n, i, NameEnd.Acts);
}

/** In lower case, after a name's particle, a listed surname that is an eponym too, a closer after it ("anneke le roux, unos"; not "roux-en-y"). */
function eponymSurnameAfterParticle(text: string, tokens: Tokens, k: number): boolean {
  const t = tokens[k]!;
  return !t.cap && hasFlag(t, FAMILY) && isEponymTok(t) && !hyphenated(t) && !eponymContextAfter(tokens, k) && closes(text, t);
}

/** Particles that open a hyphenated surname ("al-Khouri", "el-Amin", "bin-Laden"). */
const HYPHEN_PARTICLES = new Set([...ARTICLE_PARTICLES, "bin", "ibn", "abu", "ben", "ould"]);
/**
 * A surname a lower-case particle and a hyphen open, a listed name or no English word after it: "al-Khouri", "el-Said" capitalised
 * after the particle; with `lowerCase` one hyphen only and a listed name or a spoken word no English list holds: "al-sayed",
 * "bin-laden" ("de-escalate", "al-anon" stay).
 */
function particleHyphenSurname(next: Token, lowerCase = false): boolean {
  if (!next.joined || next.length < 5 || next.upper || (lowerCase && next.cap) || hasFlag(next, NOT_NAME | CUE | RELATIVE)) return false;
  const dash = next.word.indexOf("-");
  if (dash < 2 || dash > 4 || !HYPHEN_PARTICLES.has(next.lower.slice(0, dash))) return false;
  const rest = next.lower.slice(dash + 1);
  if (rest.length < 3) return false;
  if (lowerCase) return rest.indexOf("-") < 0 && (listedNamePart(rest) || (!isEnglishWord(rest, 0, rest.length) && SPOKEN_WORD.test(rest) && !CLINICAL_ENDING.test(rest)));
  // ("al-Amin", "el-Said": a listed name after the particle, even an English word.)
  return NAME_SHAPE.test(next.word.slice(dash + 1)) && (!isEnglishWord(rest, 0, rest.length) || listedNamePart(rest));
}

/** First parts of two-part Hmong given names ("Pa Nhia", "Mai Yer", "Nou Vang"). */
const TWO_PART_GIVEN_FIRST = new Set(["pa", "mai", "nou", "kia", "pang", "ka"]);
/** "Pa Nhia Mansour", "Kowalski, Pa Nhia": the first part of a two-part given name before a found listed given name no English word. */
function twoPartGivenBefore(text: string, prev: Token, t: Token): boolean {
  // (Not the Māori greeting "kia ora".)
  if (t.is("ora")) return false;
  return TWO_PART_GIVEN_FIRST.has(prev.lower) && prev.cap === t.cap && prev.upper === t.upper && givenTok(t) && !hasFlag(t, AMBIGUOUS) && !isEnglishWord(text, t.start, t.end);
}

/** Modals and verbs that are given names too: before a name only punctuation shows them a name, unless a noun's slot opens before them ("this is May Tanaka's sister"; "so will Nguyen need it", "pls page Nguyen's nurse" stay). */
const MODAL_OPENERS = new Set([...MODAL_NAMES, "can"]);
/** Words after which a noun phrase, so a name, is expected: a modal given name there is the name. */
const NOUN_SLOT_BEFORE = new TokenWords(["is", "from", "for", "with", "w", "to", "and", "by", "about", "re", "of", "visit", "visited", "called", "cc", "family", "pts", "allergy", "alert", "guardian", "agent", "proband"]);
/** Punctuation, a line's end or the text's end right after a name. */
const NAME_PUNCT_AFTER = /^(?:[^\S\n]*(?:[,;:)(/|&!?]|[-–—]\s|$)|\.(?:\s|$)|[^\S\n]*\n)/;
/** What a person does, after the name ("jocelyn young ran", "young okafor returned"); an ID cue after a name. */
const PERSON_ACTS_AFTER = new TokenWords(["is", "was", "has", "had", "ran", "got", "went", "came", "left", "lost", "fell", "told", "sent", "kept", "says", "said", "wants", "needs", "returned", "arrived", "brought",
  "asked", "called", "dropped", "visited", "presented", "refused", "declined", "joined", "prayed", "signed", "consented", "died", "passed", "walked", "eloped", "pulled", "removed", "aka",
  "holding", "boarding", "waiting",
  "ssn", "mrn", "dob", "acct", "member", "mr#"]);
/** Small words after a person's name where nothing else shows one ("may tanaka and", "grace nwosu from"). */
const PERSON_NEXT_WORDS = new TokenWords(["and", "are", "were", "on", "in", "at", "from", "with", "w", "to", "for", "who"]);

/** How sure the end of a name must be: punctuation only; or a possessive, an ID cue, what a person does too; or small words as well. */
const enum NameEnd { Punct, Acts, Loose }

/**
 * Whether a person's name ends at token `k`: punctuation or the end after it; with `NameEnd.Acts` also a possessive,
 * an ID cue or what a person does ("brought", "returned", "is"); with `NameEnd.Loose` also a number or a small word ("and", "on").
 */
function personNameEndsAt(text: string, tokens: Tokens, n: number, k: number, end: NameEnd): boolean {
  const t = tokens[k]!;
  if (NAME_PUNCT_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 4))) return true;
  if (end === NameEnd.Punct) return false;
  if (isPossessive(text, t)) return true;
  const next = k + 1 < n ? tokens[k + 1]! : undefined;
  if (!next) return true;
  if (!next.wordGap || (next.cap && !next.upper)) return false;
  if (PERSON_ACTS_AFTER.has(next)) return true;
  return end === NameEnd.Loose && (isAsciiDigit(next.codeAt(0)) || PERSON_NEXT_WORDS.has(next));
}

/** How sure the end of a name after a modal given name must be: punctuation, unless a noun's slot opens before the modal. */
function modalNameEnd(text: string, tokens: Tokens, i: number, end: NameEnd): NameEnd {
  const prev = tokens[i]!;
  if (!MODAL_OPENERS.has(prev.lower)) return end;
  const before = i > 0 && prev.wordGap ? tokens[i - 1]! : undefined;
  if (before && (NOUN_SLOT_BEFORE.has(before) || hasFlag(before, RELATIVE))) return end;
  // (A label's colon or a bullet before it opens a slot too: "allergy alert: Will Nakashima and ...".)
  let k = prev.start - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return k >= 0 && k < prev.start - 1 && (c === 58 || c === 8226 || c === 42) ? end : NameEnd.Punct;
}

/**
 * "this is May Tanaka's sister", "young okafor returned from": a given name that is also an everyday word (or a
 * month, or a modal), right before a surname that is surely one (listed and no English word, or no list's word), in
 * the same case, when what ends the name shows a person (personNameEndsAt: small words too when the surname is found
 * already); a modal only where a noun's slot opens before it, else punctuation must close the name (modalNameEnd:
 * "Will Okafor need dialysis?", "so will Nguyen need it" stay), and no determiner before the word ("the young Okafor").
 */
function wordGivenBeforeFound(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array): boolean {
  const prev = tokens[i - 1]!, t = tokens[i]!;
  if (prev.length < 3 || prev.handle || !t.wordGap || t.sentenceStart || hasFlag(prev, CUE | RELATIVE | STAFF | HONORIFIC | EPONYM) || !hasFlag(prev, GIVEN)) return false;
  // (A word the lists hold as no name only when a name-that-is-a-word too ("may", "will", "young"): "can you see Rafferty Begay".)
  if (hasFlag(prev, NOT_NAME) && !hasFlag(prev, AMBIGUOUS)) return false;
  // ("May F. Small brought": a middle initial and its stop between them, the surname found after it.)
  const surname = isInitial(t) && t.rawEnd === t.end + 1 && i + 1 < n && name[i + 1] ? i + 1 : i;
  const s = tokens[surname]!;
  if (prev.cap !== s.cap || prev.upper !== s.upper || !surnameAfterAmbiguous(text, tokens, surname)) return false;
  if (i >= 2 && prev.wordGap && DETERMINERS.has(tokens[i - 2]!)) return false;
  let last = surname;
  while (last + 1 < n && name[last + 1] && tokens[last + 1]!.wordGap) last++;
  return personNameEndsAt(text, tokens, n, last, modalNameEnd(text, tokens, i - 1, name[surname] ? NameEnd.Loose : NameEnd.Acts));
}

/**
 * "young okafor returned from", "to family may zielińska, 724-...", "will okafor (hmong)": in any case a given name that is
 * also an everyday word or a modal, right before a surname that is surely one, in the same case, when what ends the name shows
 * a person (wordGivenBeforeFound's rule, the surname not found yet).
 */
function wordGivenPairs(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!, prev = tokens[i - 1]!;
    if (name[i] || name[i - 1] || staff[i] || staff[i - 1] || t.length < 4 || !hasFlag(prev, AMBIGUOUS) || t.upper) continue;
    // (After a modal a listed surname only: "pt will ivig, then plex", "pt may dc." stay.)
    if (MODAL_OPENERS.has(prev.lower) && !(familyTok(t) && !isEnglishWord(text, t.start, t.end))) continue;
    if (wordGivenBeforeFound(text, tokens, n, i, name)) name.fill(1, i - 1, i + 1);
  }
}

/**
 * "FYI PT JOCELYN YOUNG RAN", "cousin declan frank on speaker": after a found given name no English list holds, a
 * listed surname that is also an everyday word, in lower case or capitals too, when what ends the name shows a person.
 */
function wordSurnameAfterGiven(text: string, tokens: Tokens, n: number, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (t.length < 3 || !givenTok(t) || hasFlag(t, AMBIGUOUS) || isEnglishWord(text, t.start, t.end)) return false;
  if (next.length < 3 || next.sentenceStart || next.handle || next.cap !== t.cap || next.upper !== t.upper || hasFlag(next, CUE | RELATIVE | STAFF | HONORIFIC | EPONYM | AGE_WORD) || MODAL_NAMES.has(next.lower) || !hasFlag(next, FAMILY)) return false;
  // (A word the lists hold as no name only when a name-that-is-a-word too ("young"); no birth cue: "BACK", "LEFT", "BORN".)
  if ((hasFlag(next, NOT_NAME) && !hasFlag(next, AMBIGUOUS)) || next.flags & F_DOB) return false;
  return personNameEndsAt(text, tokens, n, i + 1, NameEnd.Acts);
}

/**
 * "pt larry addison lives in", "debra cushing, edd 3 feb", "Gary Cushing (91)": an eponym's surname right after a found
 * given name (a listed one that is no word), in the same case, mid-sentence, when what ends a person's name follows it;
 * not the eponym's own word, nor its possessive ("Maria Cushing syndrome?", "sharon crohn's flare").
 */
function eponymSurnameAfterGiven(text: string, tokens: Tokens, n: number, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (!next.wordGap || next.sentenceStart || next.handle || next.length < 4 || next.cap !== t.cap || next.upper !== t.upper || !isEponymTok(next) || hyphenated(next)) return false;
  if (t.length < 3 || !givenTok(t) || hasFlag(t, AMBIGUOUS | NOT_NAME | CUE | RELATIVE | STAFF) || MODAL_NAMES.has(t.lower)) return false;
  if (hasFlag(next, CUE | RELATIVE | STAFF | HONORIFIC | NOT_NAME) || isPossessive(text, next) || eponymContextAfter(tokens, i + 1)) return false;
  // (What a person does: "lives", "works", as after a shouted name.)
  const after = i + 2 < n ? tokens[i + 2]! : undefined;
  return personNameEndsAt(text, tokens, n, i + 1, NameEnd.Acts) || (!!after && after.wordGap && PERSON_S_VERBS.has(after.lower));
}
/** A phone's label and its number: " cell 312...", " home (652) ...", " mobile: +44 ...". */
const LABELLED_PHONE_AFTER = /^ (?:cell|mobile|mob|home|work|ph|phone|tel|c|h|w)[:.]? ?(?:\+?\d|\(\d)/i;
/**
 * In capitals or lower case, a surname after a found name that extendsName turns away: a listed one that
 * is an English word when a comma, bracket, age or the end closes it ("HENRIKE BANKS (4662-"),
 * or after a given name or initial one no list or English list holds ("EBRAHIM ACHTERBERG'S",
 * "THANDIWE A. SUNDQVIST").
 */
function shoutedSurnameAfter(text: string, t: Token, next: Token): boolean {
  if (next.handle || hasFlag(next, NOT_NAME | CUE | RELATIVE | AMBIGUOUS) || isEponymTok(next) || ageWordJoined(next)) return false;
  // ("manjit guidry cell 312.338.7803": a phone's label and its number close it too.)
  if (familyTok(next)) return closes(text, next) || text.charCodeAt(next.end) === 58 || LABELLED_PHONE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 14));
  return (givenTok(t) || isInitial(t)) && next.flags === 0 && next.length >= 4 && !isEnglishWord(text, next.start, next.end) && !looksLikeVerb(next) && !contraction(text, next) && !CLINICAL_ENDING.test(next.lower);
}

/** An age written out and hyphenated ("NINETY-TWO", "ninety-one"): no surname, though no list holds the whole. */
function ageWordJoined(t: Token): boolean {
  return hyphenated(t) && (lexicon.wordFlags(t.hyphenParts[0]!) & lexicon.F_AGE_WORDS) !== 0;
}

/** Pushes each run of name tokens as one span (and an age over 89 right after a name). */
function emitNames(text: string, tokens: Tokens, n: number, name: Uint8Array, joinNext: Uint8Array, out: Detection[]): void {
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    let j = i;
    while (j + 1 < n && name[j + 1] && (joinNext[j] || joinsNameWords(text, tokens[j]!.end, tokens[j + 1]!.start) || (j === i && commaPairAt(tokens, n, name, j)))) j++;
    const endToken = tokens[j]!;
    // (A single letter glued to a number is a count or a code, no initial: "WALKS X2 WITH PT, X3".)
    if (j === i && endToken.length === 1 && isAsciiDigit(text.charCodeAt(endToken.end))) continue;
    // Keep an initial's or a suffix's period inside the span ("J." -> placeholder).
    // (Only the period: "pt e.k's dtr" keeps its "'s".)
    const end = endToken.rawEnd > endToken.end && text.charCodeAt(endToken.end) === 46 && (endToken.length === 1 || isSuffix(endToken)) ? endToken.end + 1 : endToken.end;
    out.push({ start: tokens[i]!.start, end, type: "NAME" });
    // "Ines Ashworth, 104, hypotensive": a bare number over 89 right after a patient's name is the age.
    if (text.charCodeAt(end) === 44 && ageDigitAfterComma(text, end)) {
      NAME_AGE.lastIndex = end;
      const m = NAME_AGE.exec(text);
      if (m) out.push({ start: NAME_AGE.lastIndex - m[1]!.length, end: NAME_AGE.lastIndex, type: "AGE" });
    } else if (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 40) {
      NAME_AGE_AFTER.lastIndex = end;
      const m = NAME_AGE_AFTER.exec(text);
      if (m) {
        const age = m[1] ?? m[2] ?? m[3]!;
        const at = m.index + m[0].lastIndexOf(age);
        out.push({ start: at, end: at + age.length, type: "AGE" });
      }
    }
    i = j;
  }
}

/**
 * "Lam, Seo-yeon", "Nguyen-Tran, Mei-Ling": two one-word names found apart with only ", " between
 * them are "Last, First", one span with its comma; not a list of three or more ("Ortiz, Lam, Cole").
 */
function commaPairAt(tokens: Tokens, n: number, name: Uint8Array, j: number): boolean {
  const next = tokens[j + 1]!;
  if (!next.gapIs(", ") || (j > 0 && name[j - 1] && tokens[j]!.gapIs(", "))) return false;
  const after = j + 2 < n ? tokens[j + 2]! : undefined;
  return !after || !name[j + 2] || !(after.gapIs(", ") || after.wordGap);
}

/**
 * Text typed all in capitals (shoutedSlots): "RE K. OYELARAN IN 6C", "ISOLATION: R. NAKASHIMA, W. PRICE (C DIFF)", "SEEN ON
 * HALVORSEN (71F)". Capitals show nothing there, so an initial and its period before a surname, or a bracketed or comma'd
 * age and sex after one, are the slot. `lowered`: text typed all in lower case, its words read as capitals (readAsCapitals),
 * where a few slots ask for more ("consult for port (67yo)").
 */
function shoutedSlots(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array, lowered: boolean): void {
  let sure = false;
  // (An initial is a capital letter: lower case has none, and skips these two passes.)
  if (!lowered) for (let i = 0; i + 1 < n; i++) if (shoutedInitialSurname(text, tokens, i, staff, false) === 2) sure = true;
  for (let i = 0; i + 1 < n && !lowered; i++) {
    const kind = shoutedInitialSurname(text, tokens, i, staff, sure);
    // (A surname that is also a word, or one no list holds, only where a slot or cue opens or beside a sure one: "T. WISE (HEME)".)
    // ("M. BAKER": "M." is also the French "Monsieur", a title outside the name; only the surname then.)
    // (After a patient's or relative's cue whatever follows: "RE Q. MOSS IN 4"; not after a preposition: "ON T. WAVE".)
    if (kind === 2 || (kind === 1 && (sure || shoutedSlotBefore(text, tokens, i)) && (!englishWordAfter(text, tokens, i + 1) || personCueBefore(tokens, i)))) name.fill(1, tokens[i]!.codeAt(0) === 77 ? i + 1 : i, i + 2);
  }
  for (let i = 0; i < n; i++) if (!name[i] && !staff[i] && shoutedSurnameBeforeAge(text, tokens, i, lowered)) name[i] = 1;
  for (let i = 1; i + 1 < n; i++) if (hasFlag(tokens[i]!, RELATIVE) && isDash(text.charCodeAt(tokens[i]!.start - 2))) shoutedContactLine(text, tokens, i, name, staff);
  for (let i = 0; i + 1 < n; i++) if (hasFlag(tokens[i]!, CUE | RELATIVE) || SHOUTED_ROLES.has(tokens[i]!) || CONTACT_CUES.has(tokens[i]!)) shoutedContactName(text, tokens, n, i, name, staff);
  for (let i = 1; i + 1 < n; i++) if (name[i - 1] && !name[i + 1] && tokens[i]!.is("and") && tokens[i]!.upper) shoutedNameAfterAnd(text, tokens, n, i, name, staff);
  for (let i = 0; i + 2 < n; i++) if (text.charCodeAt(tokens[i]!.end) === 58 && hasFlag(tokens[i]!, RELATIVE)) shoutedKinList(text, tokens, n, i, name, staff);
  for (let i = 1; i < n; i++) if (text.charCodeAt(tokens[i]!.end) === 58 && tokens[i]!.is("wrote")) shoutedWroteHeader(text, tokens, i, name, staff);
  // "CALL VIRTANEN'S PCP", "SEND OYELARAN'S RECORDS": a surname (no English word) whose a person's doctor, chart or records are.
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    // (No state's: "GEORGIA'S MEDICAID RULES".)
    if (!name[i] && !staff[i] && t.upper && isPossessive(text, t) && tokens[i + 1]!.wordGap && PERSONS_THINGS.has(tokens[i + 1]!) && !(t.flags & F_STATE_NAME) && framedSurname(text, t, t.start, t.end, t.flags, Unlisted.Any)) name[i] = 1;
  }
  // "O'BRIEN - BDAY 4/11", "ACCEPTING GIORGOS D'AMICO (99)": a surname "O'", "D'" or "N'" opens is one wherever it stands (no staff's).
  // (Nor after a staff title marked or not: lower case marks "dr. o'connor" less surely.)
  for (let i = 0; i < n; i++) if (!name[i] && !staff[i] && apostropheSurname(tokens[i]!) && !(i > 0 && (staff[i - 1] || hasFlag(tokens[i - 1]!, STAFF))) && !elisionOrPlace(tokens, n, i)) name[i] = 1;
  // "CGM: BLESSING WHITE'S DEXCOM", "INTERP FOR JI-WOO SHIN'S CONSENT": a given name and a surname owning what only a person has.
  for (let i = 0; i + 2 < n; i++) if (!(name[i] && name[i + 1]) && !staff[i] && !staff[i + 1] && isPossessive(text, tokens[i + 1]!) && POSSESSED.has(tokens[i + 2]!.lower) && shoutedPossessivePair(text, tokens, i)) name.fill(1, i, i + 2);
  for (let i = 0; i + 1 < n; i++) if (!(name[i] && name[i + 1]) && !staff[i] && !staff[i + 1] && shoutedOpeningPair(text, tokens, i)) name.fill(1, i, i + 2);
  // (The name found one word: "IPASS LUPE HALL I: WATCHER" opens with a handoff's tool.)
  for (let i = 0; i + 1 < n; i++) if (!name[i] && name[i + 1] && !(i + 2 < n && name[i + 2] && tokens[i + 2]!.wordGap) && !staff[i] && shoutedWordBeforeFound(text, tokens, i)) name[i] = 1;
  for (let i = 0; i + 1 < n; i++) {
    if (!joinNext[i] && !staff[i] && !staff[i + 1] && shoutedLastFirst(text, tokens, i, name)) {
      joinNext[i] = 1;
      name.fill(1, i, i + 2);
    }
  }
  shoutedPersonSlots(text, tokens, n, name, staff);
  if (!lowered) shoutedRecordSlots(text, tokens, n, name, staff, joinNext);
}

/** After a surname in a census row: a bracketed bed or room code with a digit ("(397A)", "(5N-4)", "(6)", "(BED 4)"), then a list's comma or semicolon, a spaced dash or the line's end. */
const CENSUS_BED_AFTER = /^ \((?:(?:BED|RM|ROOM|BAY)\s*)?(?=[A-Z]{0,2}\d)[0-9A-Z]{1,5}(?:-[0-9A-Z]{1,3})?\)(?=[,;] |\s+[-–—]\s|[^\S\n]*(?:\n|$))/i;
/** A record's cue in a bracket right after a name: " (MRN 552-...", " (DOB 1/2/1950)", " (ACCT ...". */
const ID_CUE_IN_BRACKET_AFTER = /^ \((?:MRN|MR#|DOB|ACCT|FIN|CSN|MBI)\b/i;
/** Phrases that name a thing's owner or signer right after them: "REGISTERED TO", "BELONGING TO", "SIGNED BY". */
const OWNER_CUES = new TokenWords(["registered", "belonging", "belongs", "issued", "addressed", "signed", "owned"]);
/** Verbs whose two objects are a person and what is theirs: "BRING X HER HEARING AIDS", "GIVE X HIS GLASSES". */
const GIVING_VERBS = new TokenWords(["bring", "give", "hand", "show", "send", "get", "take", "remind", "tell", "ask", "help", "let", "text", "call"]);
const OWNER_PRONOUNS = new TokenWords(["her", "his", "their"]);
/** Verbs whose object is a patient seen or moved: "SEEING X (96)", "ADMITTING X, 71F". */
const PATIENT_OBJECT_VERBS = new TokenWords(["pickup", "seeing", "saw", "seen", "visiting", "admitting", "accepting", "evaluating", "examined", "discharging", "transferring", "rounding"]);
/** What closes a name after such a verb: a bracket, a comma, a spaced dash, an ID cue, "FOR" or "IN" a bed, the end. */
const PATIENT_OBJECT_CLOSES = /^(?: \(|, |\s+[-–—]\s|[^\S\n]*(?:\n|$)|\s+(?:FOR|MRN|DOB|IN\s+(?:BED|RM|ROOM|BAY)?\s*\d|AT\s+\d))/i;
/** What a patient does or has done to them, after a two-word surname opening a line ("STANDING ELK EXTUBATED"). */
const PATIENT_EVENTS_AFTER = new TokenWords(["extubated", "intubated", "coded", "eloped", "fell", "arrived", "admitted", "discharged", "transferred", "expired", "pronounced", "awake", "stable", "refused", "refusing"]);
/** After a two-word Native American surname in capitals: a bracketed bed, a bed or bay, an age and sex, a record's cue ("OLD COYOTE (HALL BED 2)", "IN BAY 4", ", 20M", " DOB"). */
const COMPOUND_SURNAME_CLOSES = /^(?: \((?:HALL\s+)?(?:BED|RM|ROOM|BAY)\s*\d| IN (?:HALL\s+)?(?:BED|RM|ROOM|BAY)\s*\d|,? \(?\d{1,3}\s?(?:[MF]|YO|Y\/O)\b| \(?(?:DOB|MRN)\b)/i;
/** What only a patient undergoes ("EXTUBATED", "CODED", "ELOPED"). */
const PATIENT_ONLY_EVENTS = new TokenWords(["extubated", "intubated", "coded", "eloped", "expired", "self-extubated", "self-discharged"]);
/** Negated verbs and modals after a person's name opening a sentence ("SWAFFORD CAN'T GO BACK"). */
const NEGATED_ACTS_AFTER = new TokenWords(["can't", "won't", "cannot", "doesn't", "didn't", "isn't", "wasn't", "can’t", "won’t", "doesn’t", "didn’t", "isn’t", "wasn’t"]);

/**
 * In capitals, person slots held-out corpus 15 showed (shoutedSlots): a census's row of surnames each before a bracketed bed
 * ("SICU CENSUS: TKACHUK (397A), WARSAME (5N-4), ADDISON (6)", two surely names); a name a slot opens before a bracketed
 * record's cue ("URO: OWUSU (MRN ..."); a name after "REGISTERED TO", "BELONGING TO", "SIGNED BY"; a given name and a surname
 * between a giving verb and "HER"/"HIS" ("PLS BRING KYAW LEUNG HER HEARING AIDS"); after a verb whose object is a patient
 * ("SEEING NOMSA NOWICKA (96)"); a two-word Native American surname a line opens before what a patient does ("STANDING ELK
 * EXTUBATED"); a surname surely one a sentence opens before a negated verb ("SWAFFORD CAN'T GO BACK"); one word no list holds
 * after "FOR" a colon closes ("MEDS TO BEDS FOR CADWALADR:"). Capitals say nothing: the slot and a sure word must.
 */
function shoutedRecordSlots(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): void {
  shoutedCensusBeds(text, tokens, n, name, staff);
  if (text.indexOf("\n") >= 0) shoutedLineOpeners(text, tokens, n, name, staff);
  shoutedCommaItems(text, tokens, n, name, staff);
  // "APPIAH-KUBI JIANHUA (SMITTY) — 91, LAKEVIEW": a pair a line opens, a nickname in brackets maybe, then a dash or comma and an age over 89.
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    // (A comma or a space after the pair or its bracket first: the cheap test.)
    const after = text.charCodeAt(tokens[i + 1]!.rawEnd);
    if ((after === 44 || after === 32) && !staff[i] && !staff[i + 1] && t.upper && tokens[i + 1]!.wordGap && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start))) shoutedPairBeforeOldAge(text, tokens, n, i, name, staff);
  }
  // "ADDISON (6) — ADDISON GOING TO ...": an eponym found as a name elsewhere in the text is the name again before what a person does (the eponym's
  // own mentions, "ADDISON'S", "ADDISON DISEASE", stay).
  let found: Set<string> | undefined;
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || !t.upper || t.rawEnd !== t.end || !isEponymTok(t) || !tokens[i + 1]!.wordGap || !(personVerbAfter(tokens[i + 1]!) || PERSON_GOING.has(tokens[i + 1]!)) || readingAfter(text, tokens[i + 1]!)) continue;
    // (The words found as names, read once.)
    if (!found) {
      found = new Set();
      for (let j = 0; j < n; j++) if (name[j]) found.add(tokens[j]!.lower);
    }
    if (found.has(t.lower)) name[i] = 1;
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || !t.upper || t.length < 2) continue;
    const c = text.charCodeAt(t.rawEnd);
    // "URO: OWUSU (MRN 552-...", "CONSULT: NOMSA NOWICKA (DOB ...": one or two name words a slot opens.
    if (c === 32 && text.charCodeAt(t.rawEnd + 1) === 40 && ID_CUE_IN_BRACKET_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 8))) shoutedNameBeforeBracketedCue(text, tokens, i, name, staff);
    else if (i > 0 && t.wordGap && OWNER_CUES.has(tokens[i - 1]!) && (t.is("to") || t.is("by"))) shoutedOwnedBy(text, tokens, n, i, name, staff);
    else if (i > 0 && t.wordGap && i + 2 < n && GIVING_VERBS.has(tokens[i - 1]!) && OWNER_PRONOUNS.has(tokens[i + 2]!) && tokens[i + 2]!.wordGap) {
      if (!name[i + 1] && !staff[i + 1] && tokens[i + 1]!.wordGap && shoutedSurePair(text, t, tokens[i + 1]!)) name.fill(1, i, i + 2);
    } else if (i > 0 && t.wordGap && i + 1 < n && PATIENT_OBJECT_VERBS.has(tokens[i - 1]!)) {
      const next = tokens[i + 1]!;
      if (!name[i + 1] && !staff[i + 1] && next.wordGap && PATIENT_OBJECT_CLOSES.test(text.slice(next.rawEnd, next.rawEnd + 12)) && shoutedSurePair(text, t, next)) name.fill(1, i, i + 2);
    } else if (i + 1 < n && compoundSurnameAt(tokens, n, i) && !name[i + 1] && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start) || (i > 0 && t.wordGap && (name[i - 1] || unlistedGivenWord(text, tokens[i - 1]!) || givenTok(tokens[i - 1]!)))) &&
      ((i + 2 < n && tokens[i + 2]!.wordGap && PATIENT_EVENTS_AFTER.has(tokens[i + 2]!)) || COMPOUND_SURNAME_CLOSES.test(text.slice(tokens[i + 1]!.rawEnd, tokens[i + 1]!.rawEnd + 16)))) {
      // ("AHIGA OLD COYOTE, 20M": a given name no list holds before it where a line opens.)
      name.fill(1, i, i + 2);
      if (i > 0 && !name[i - 1] && !staff[i - 1] && t.wordGap && (unlistedGivenWord(text, tokens[i - 1]!) || (givenTok(tokens[i - 1]!) && !hasFlag(tokens[i - 1]!, CUE | RELATIVE | STAFF))) && (tokens[i - 1]!.sentenceStart || slotOpensAt(text, Math.max(0, tokens[i - 1]!.start - 24), tokens[i - 1]!.start))) name[i - 1] = 1;
    }
    // "SOMCHAI CHAIYAPORN NEEDS DIALYSIS", "SRY LATE — NUR SUTANTO CODED AT 0915": a given name and a surname a sentence or slot opens before what a person does.
    else if (i + 2 < n && !name[i + 1] && !staff[i + 1] && tokens[i + 1]!.wordGap && tokens[i + 2]!.wordGap && personVerbAfter(tokens[i + 2]!) && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) &&
      shoutedSurePair(text, t, tokens[i + 1]!)) name.fill(1, i, i + 2);
    // "SWAFFORD CAN'T GO BACK", "TRANSPORT: BUI NEEDS", "CNA: UDDIN BED 10", "CHARGE: OKONJO 582B TRANSFER", "— JAFARI, DOB": a surname surely one a sentence
    // or slot opens before what a person does, a bed, a device's serial or a record's cue.
    else if (i + 1 < n && (((t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) && (tokens[i + 1]!.wordGap && personVerbAfter(tokens[i + 1]!) && !readingAfter(text, tokens[i + 1]!) ||
      SURNAME_RECORD_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 16)))) || (SERIAL_WORDS.has(tokens[i + 1]!) && SERIAL_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 16)))) && shoutedSureSurname(text, t)) name[i] = 1;
    // "DER BEDROSSIAN, SIRANUSH LOST", "PLS UPDATE ADDRESS FOR DE LOS SANTOS:", "VAN DIJK CASE:": a particle or two and a surname a slot or "FOR" opens and punctuation or an act closes.
    else if (isParticle(t) && i + 1 < n && tokens[i + 1]!.wordGap && (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start) || (i > 0 && t.wordGap && (tokens[i - 1]!.is("for") || hasFlag(tokens[i - 1]!, CUE | RELATIVE) || (spokenGivenBefore(text, tokens, i) && !staff[i - 1]))))) shoutedParticleSurname(text, tokens, n, i, name, staff, joinNext);
    // "__UPDATE__: TAUFAHEMA EXTUBATED AT 2 PM": a spoken word no list holds a slot opens before what only a patient undergoes.
    else if (i + 1 < n && tokens[i + 1]!.wordGap && PATIENT_ONLY_EVENTS.has(tokens[i + 1]!) && t.rawEnd === t.end && !t.joined && t.length >= 5 && !lexiconTok(t) && unlistedGivenWord(text, t) && !DRUG_ENDING.test(t.lower) &&
      (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start))) name[i] = 1;
    // "CHECK ON JAVAKHISHVILI'S BACTRIM", "SEND SOKOLOV'S DISCHARGE PAPERS": a surname surely one owning anything.
    // (Not a sign's or a disease's eponym no list marks so: "LEVINE'S SIGN", "WILSON'S DISEASE".)
    else if (isPossessive(text, t) && i + 1 < n && tokens[i + 1]!.wordGap && !eponymContextAfter(tokens, i) && !(i > 0 && (staff[i - 1] || hasFlag(tokens[i - 1]!, STAFF | HONORIFIC))) && (shoutedSureSurname(text, t) ||
      (t.flags === 0 && t.length >= 6 && unlistedGivenWord(text, t) && !DRUG_ENDING.test(t.lower) && PERSONS_THINGS.has(tokens[i + 1]!)))) name[i] = 1;
    // "ACCT 9680 FOR GHORBANI SHOWS SELF-PAY", "D/C PLAN FOR KOÇ:", "GIP LEVEL OF CARE FOR TEMPLETON, MBI": after "FOR" a surname surely one a colon, a person's act or a record's cue closes.
    else if (i > 0 && t.wordGap && tokens[i - 1]!.is("for") && !drugSlot(tokens, i - 1, i) && (c === 58 || (i + 1 < n && tokens[i + 1]!.wordGap && (personVerbAfter(tokens[i + 1]!) || TIME_WORDS_AFTER_FOR.has(tokens[i + 1]!))) ||
      SURNAME_RECORD_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 16))) && shoutedSureSurname(text, t)) name[i] = 1;
    // "PUMP 5A10DZ ON DIALLO ALARMED", "TELE BOX ON HALVORSEN FELL OFF": after a device's word and "ON" a surname surely one before a verb's past.
    else if (i > 1 && t.wordGap && tokens[i - 1]!.is("on") && i + 1 < n && tokens[i + 1]!.wordGap && pastVerb(text, tokens[i + 1]!) && deviceBefore(tokens, i - 1) && shoutedSureSurname(text, t)) name[i] = 1;
    // "PLS RECHECK W RUTENDO", "SPOKE W HALVORSEN.": after "W" (with) a listed given name or a surname surely one, no English word, that punctuation or the end closes.
    // (Not a colleague one discussed the plan with: "D/W SHARMA.", "F/U W PATEL.", "DISCUSSED W HAMMOND.".)
    else if (i > 0 && t.wordGap && tokens[i - 1]!.is("w") && tokens[i - 1]!.rawEnd === tokens[i - 1]!.end && !t.joined && t.length >= 3 && NAME_PUNCT_AFTER.test(text.slice(t.end, t.end + 4)) &&
      !(tokens[i - 1]!.start > 0 && text.charCodeAt(tokens[i - 1]!.start - 1) === 47) && !(i > 1 && tokens[i - 1]!.wordGap && (COLLEAGUE_BEFORE_W.has(tokens[i - 2]!) ||
        (tokens[i - 2]!.is("u") && text.charCodeAt(tokens[i - 2]!.start - 1) === 47))) &&
      ((givenTok(t) && !hasFlag(t, AMBIGUOUS | NOT_NAME | CUE | RELATIVE | STAFF) && !isEponymTok(t) && !isEnglishWord(text, t.start, t.end) && !(t.flags & F_MONTH)) || shoutedSureSurname(text, t))) name[i] = 1;
    // "HOME VISIT GOIKOETXEA: COUNTY RD 717", "HOSPICE RN VISIT HALVORSEN 6 AUG:": after "VISIT" a surname surely one or a long spoken word no list holds, a colon or a date closing it.
    else if (i > 0 && t.wordGap && tokens[i - 1]!.is("visit") && t.rawEnd === t.end && (c === 58 || (c === 32 && isAsciiDigit(text.charCodeAt(t.rawEnd + 1))) || (i + 1 < n && tokens[i + 1]!.wordGap && tokens[i + 1]!.flags & F_MONTH)) &&
      (shoutedSureSurname(text, t) || (!t.joined && unlistedGivenWord(text, t) && t.length >= 7 && !DRUG_ENDING.test(t.lower) && !CLINICAL_PREFIX.test(t.lower)))) name[i] = 1;
    // "RHEUM: SIDHU BELL CLAPPER DEFORMITY": a surname surely one right after a consulting service's label.
    else if (i > 0 && t.gapIs(": ") && SERVICE_LABELS.has(tokens[i - 1]!) && (i === 1 || slotOpensAt(text, Math.max(0, tokens[i - 1]!.start - 24), tokens[i - 1]!.start)) && t.length >= 4 && shoutedSureSurname(text, t)) name[i] = 1;
    // "TER-PETROSYAN: LAST SEEN", "COMFORT BEN-DAVID": a particle, a hyphen and a listed name no English word.
    else if (hyphenated(t) && t.hyphenParts.length === 2 && SHOUTED_HYPHEN_PARTICLES.has(t.hyphenParts[0]!) && t.hyphenParts[1]!.length >= 4 && listedNamePart(t.hyphenParts[1]!) &&
      !isEnglishWord(t.hyphenParts[1]!, 0, t.hyphenParts[1]!.length) && !(i > 0 && hasFlag(tokens[i - 1]!, STAFF))) name[i] = 1;
    // "COOKIE (NASRIN FERNANDO) IS BACK": a nickname a line opens before a bracket holding only a found name of two words or more, then what a person does.
    if (!name[i] && c === 32 && text.charCodeAt(t.rawEnd + 1) === 40 && i + 2 < n && name[i + 1] && name[i + 2] && tokens[i + 2]!.wordGap && foundNameClosesBracket(text, tokens, n, i + 1, name) &&
      (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) && shoutedNickname(text, t)) {
      let k = i + 1;
      while (k < n && text.charCodeAt(tokens[k]!.end) !== 41) k++;
      if (k + 1 < n && tokens[k + 1]!.gapIs(") ") && PERSON_ACTS_AFTER.has(tokens[k + 1]!)) name[i] = 1;
    }
    // (Six letters or more, as a procedure's or a study's acronym has fewer: "CONSULT FOR HIPEC:".)
    else if (c === 58 && i > 0 && t.wordGap && tokens[i - 1]!.is("for") && t.rawEnd === t.end && !t.joined && unlistedGivenWord(text, t) && t.length >= 6 && !DRUG_ENDING.test(t.lower) && !CLINICAL_PREFIX.test(t.lower) &&
      !ADJECTIVE_ENDING.test(t.lower) && !drugSlot(tokens, i - 1, i)) name[i] = 1;
  }
}

/** After a surname: a bed or room ("BED 10", "582B", "7E-23", "ROOM 717B"), a device's serial ("SN 4709"), or a comma and a record's cue (", DOB", ", MBI"). */
const SURNAME_RECORD_AFTER = /^(?:\s+(?:(?:BED|RM|ROOM|BAY)\s*#?\d|\d{1,4}[A-Z](?:-\d{1,3})?\b|\d{1,2}[A-Z]-\d{1,3}\b|(?:SN|S\/N|SERIAL)\s*#?\s*[A-Z]{0,3}\d)|,?\s+\(?(?:MRN|DOB|MR#|MBI|ACCT)\b)/i;
/** A device's serial after a surname, wherever it stands ("COCHLEAR IMPLANT TRAN SN 4709"). */
const SERIAL_AFTER = /^\s+(?:SN|S\/N|SERIAL)\s*#?\s*[A-Z]{0,3}\d/i;
const SERIAL_WORDS = new TokenWords(["sn", "s", "serial"]);
/** Verbs a person's name opens a sentence before (besides PERSON_ACTS_AFTER, PERSON_S_VERBS): "SENT", "STAYING", "MOVED", "PAID". */
const MORE_PERSON_VERBS = new TokenWords(["sent", "staying", "moved", "uploaded", "emailed", "traveled", "travelled", "paid", "released", "booked", "prefers", "sees", "shows", "speaks"]);
/** After "IS", "WAS", "HAS", "HAD": a lab's or a reading's value or trend, not a person's ("AST IS 104", "CHOL WAS HIGH"). */
const READING_AFTER = /^\s+(?:\d|[<>~]|up\b|down\b|high|low|elevated|normal|pending|trending|rising|falling|negative|positive|now\b)/i;
function readingAfter(text: string, verb: Token): boolean {
  return (verb.is("is") || verb.is("was") || verb.is("has") || verb.is("had")) && READING_AFTER.test(text.slice(verb.rawEnd, verb.rawEnd + 12));
}
/** What a person does after a name in capitals: PERSON_ACTS_AFTER, a person's verb in "-s", a negated verb, an event of a patient's. */
function personVerbAfter(w: Token): boolean {
  return PERSON_ACTS_AFTER.has(w) || PERSON_S_VERBS.has(w.lower) || NEGATED_ACTS_AFTER.has(w) || PATIENT_EVENTS_AFTER.has(w) || MORE_PERSON_VERBS.has(w);
}
/** Consulting services whose label's colon a patient's surname follows ("URO: OWUSU", "RHEUM: SIDHU"). */
const SERVICE_LABELS = new TokenWords(["uro", "urology", "rheum", "rheumatology", "gi", "onc", "heme", "ortho", "endo", "ent", "derm", "cards", "cardiology", "neuro", "nephro", "renal", "pulm",
  "psych", "surg", "gyn", "obgyn", "peds", "geri", "palliative", "hospice", "vascular", "plastics", "optho", "ophtho"]);
/** Particles a hyphen joins to a surname in capitals ("AL-FARSI", "BEN-DAVID", "TER-PETROSYAN"). */
const SHOUTED_HYPHEN_PARTICLES = new Set([...HYPHEN_PARTICLES, "ter"]);
/** A nickname in capitals: a word of three letters or more, listed as a given name or none of the lists', no clinical shorthand, drug or verb. */
function shoutedNickname(text: string, t: Token): boolean {
  return t.rawEnd === t.end && t.length >= 3 && !t.joined && (t.flags === 0 || (givenTok(t) && !hasFlag(t, NOT_NAME))) && !CLINICAL_SHORTHAND.has(t.lower) && !DRUG_ENDING.test(t.lower) &&
    !CLINICAL_ENDING.test(t.lower) && !ADJECTIVE_ENDING.test(t.lower) && !looksLikeVerb(t) && SHOUTED_VOWEL.test(t.word);
}
/** English words a hyphen joins, no particle among them: "SINGLE-NAME", "WEIGHT-BASED" (not "EL-AMIN"). */
function englishHyphenated(t: Token): boolean {
  return hyphenated(t) && t.hyphenParts.every((p) => isEnglishWord(p, 0, p.length) && !PARTICLES.hasWord(p));
}
/** Companies named after a surname, what a device's, a ride's or a drug's maker is ("ABBOTT'S SENSOR", "UBER NEEDS A PIN"). */
const SURNAME_COMPANIES = new TokenWords(["uber", "lyft", "abbott", "medtronic", "dexcom", "baxter", "stryker", "zimmer", "philips", "insulet", "tandem", "pfizer", "merck", "lilly", "novartis",
  "roche", "sanofi", "bayer", "amgen", "genentech", "janssen", "walgreens", "kroger", "costco", "walmart", "target", "safeway", "publix", "kaiser", "humana", "fresenius", "davita", "hologic", "olympus", "welch", "allyn", "hill-rom"]);
/** A person's going or coming after a name ("ADDISON GOING TO REHAB"). */
const PERSON_GOING = new TokenWords(["going", "coming", "leaving", "headed", "heading", "moving"]);
/** What a case or a family a particle's surname names ("VAN DIJK CASE:", "DE LA CRUZ FAMILY"). */
const PARTICLE_SURNAME_NOUNS = new TokenWords(["case", "family", "fam"]);
/** "DER BEDROSSIAN, SIRANUSH", "DE LOS SANTOS:": a particle (two, "DE LOS") at `i`, then a surname surely one or a spoken word no list holds (after two particles any listed surname), then a closer. */
function shoutedParticleSurname(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): void {
  let k = i + 1;
  if (isParticle(tokens[k]!) && k + 1 < n && tokens[k + 1]!.wordGap) k++;
  const s = tokens[k]!;
  if (name[k] || staff[k] || staff[i] || !s.upper || s.length < 3 || s.joined && !isPossessive(text, s)) return;
  const two = k > i + 1;
  if (!(shoutedSureSurname(text, s) || (!lexiconTok(s) && s.length >= 5 && unlistedGivenWord(text, s) && !DRUG_ENDING.test(s.lower)) || (two && familyTok(s) && !hasFlag(s, NOT_NAME | AMBIGUOUS) && !isEponymTok(s)))) return;
  const next = k + 1 < n ? tokens[k + 1]! : undefined;
  if (!(NAME_PUNCT_AFTER.test(text.slice(s.rawEnd, s.rawEnd + 4)) || isPossessive(text, s) || (next && next.wordGap && (personVerbAfter(next) || PARTICLE_SURNAME_NOUNS.has(next))))) return;
  name.fill(1, i, k + 1);
  // ("DOLI DER BEDROSSIAN'S SON": the given name a slot opens before the particle.)
  if (spokenGivenBefore(text, tokens, i) && !staff[i - 1]) name[i - 1] = 1;
  // ("DER BEDROSSIAN, SIRANUSH LOST JOB": "Last, First", the given name a person's act or punctuation closes.)
  if (next && next.gapIs(", ") && !staff[k + 1] && next.upper && ((givenTok(next) && !hasFlag(next, AMBIGUOUS | NOT_NAME)) || (!lexiconTok(next) && unlistedGivenWord(text, next))) && personNameEndsAt(text, tokens, n, k + 1, NameEnd.Acts)) {
    name[k + 1] = 1;
    joinNext[k] = 1;
  }
}
/** Before the particle at `i`: a given name (listed, no everyday word, or spoken and no list's) a line or slot opens ("DOLI DER BEDROSSIAN"). */
function spokenGivenBefore(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0 || !tokens[i]!.wordGap) return false;
  const g = tokens[i - 1]!;
  return g.upper && g.rawEnd === g.end && ((givenTok(g) && !hasFlag(g, AMBIGUOUS | NOT_NAME | CUE | RELATIVE | STAFF) && !isEnglishWord(text, g.start, g.end)) || (!lexiconTok(g) && unlistedGivenWord(text, g))) &&
    (g.sentenceStart || slotOpensAt(text, Math.max(0, g.start - 24), g.start));
}
/** After a name: a spaced dash or a comma, then a bare age over 89 and what closes it ("— 91,", ", 104 -"). */
const OLD_AGE_AFTER_NAME = /^(?:\s+[-–—]\s+|,\s+)(?:9\d|1[01]\d)(?=,|\s+[-–—]\s|\s*$|\s*\n)/;
/** "APPIAH-KUBI JIANHUA (SMITTY) — 91,": a given name and a surname (shoutedSurePair) at `i`, a one-word nickname in brackets maybe, then OLD_AGE_AFTER_NAME. */
function shoutedPairBeforeOldAge(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array, staff: Uint8Array): void {
  const a = tokens[i]!, b = tokens[i + 1]!;
  let last = i + 1;
  const nick = i + 2 < n ? tokens[i + 2]! : undefined;
  if (nick && nick.gapIs(" (") && text.charCodeAt(nick.end) === 41 && !staff[i + 2] && shoutedSlotWord(text, nick) && (shoutedNickname(text, nick) || lexiconTok(nick))) last = i + 2;
  const end = last === i + 2 ? nick!.end + 1 : b.rawEnd;
  if (last === i + 1 && b.rawEnd !== b.end) return;
  if (!OLD_AGE_AFTER_NAME.test(text.slice(end, end + 10)) || !shoutedSurePair(text, a, b)) return;
  name.fill(1, i, last + 1);
}
/** In capitals, a listed surname no English word, nor a name that is also a word, an eponym, a drug's or clinical shorthand's: "SWAFFORD", "BUI". */
function shoutedSureSurname(text: string, t: Token): boolean {
  return (t.rawEnd === t.end || isPossessive(text, t) || text.charCodeAt(t.end) === 46) && t.length >= 3 && !englishHyphenated(t) && !SURNAME_COMPANIES.has(t) ? familyTok(t) && !hasFlag(t, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) && !isEponymTok(t) && !CLINICAL_SHORTHAND.has(t.lower) &&
    !DRUG_ENDING.test(t.lower) && SHOUTED_VOWEL.test(t.word) && !isEnglishWord(text, t.start, t.end) && !(t.flags & (F_MONTH | F_STATE_NAME)) : false;
}

/**
 * In capitals, a given name and a surname where a slot frames them: each a listed name (an English word only as a listed given name
 * first or a listed surname second) or a spoken word no list or English list holds, one of them surely a name or both no list's
 * ("KYAW LEUNG", "NOMSA NOWICKA"; not "GRACE PERIOD", "HOT PACK").
 */
function shoutedSurePair(text: string, a: Token, b: Token): boolean {
  if (!a.upper || !b.upper || a.rawEnd !== a.end || a.length < 3 || b.length < 3 || MODAL_OPENERS.has(a.lower)) return false;
  if (!shoutedSlotWord(text, a) || !shoutedSlotWord(text, b)) return false;
  for (const w of [a, b]) if (DRUG_ENDING.test(w.lower) || CLINICAL_ENDING.test(w.lower) || w.flags & F_FACILITY) return false;
  const english = (w: Token) => isEnglishWord(text, w.start, w.end);
  if ((english(a) && !givenTok(a)) || (english(b) && !familyTok(b))) return false;
  const unlisted = (w: Token) => !lexiconTok(w) && unlistedGivenWord(text, w);
  // (A hyphenated surname of a listed part and parts no English word is sure too: "APPIAH-KUBI".)
  const sureHyphenated = (w: Token) => hyphenated(w) && familyTok(w) && unlistedParts(w);
  return shoutedSureName(text, a) || shoutedSureName(text, b) || sureHyphenated(a) || sureHyphenated(b) || (unlisted(a) && unlisted(b));
}

/** "URO: OWUSU (MRN ...": the word `i` (and a name word before it) where a slot or cue opens, before a bracketed record's cue. */
function shoutedNameBeforeBracketedCue(text: string, tokens: Tokens, i: number, name: Uint8Array, staff: Uint8Array): void {
  const t = tokens[i]!;
  if (t.rawEnd !== t.end || t.length < 3 || !shoutedSlotWord(text, t) || DRUG_ENDING.test(t.lower) || CLINICAL_ENDING.test(t.lower)) return;
  const opens = (k: number) => tokens[k]!.sentenceStart || slotOpensAt(text, Math.max(0, tokens[k]!.start - 24), tokens[k]!.start) || personCueBefore(tokens, k);
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  if (prev && t.wordGap && !name[i - 1] && !staff[i - 1] && opens(i - 1) && shoutedSurePair(text, prev, t)) {
    name.fill(1, i - 1, i + 1);
    return;
  }
  // (A word no list holds of six letters or more, as a procedure's shorthand has fewer: "URO: CYSTO (MRN ..." stays.)
  if (opens(i) && (shoutedSureName(text, t) || (!lexiconTok(t) && unlistedGivenWord(text, t) && t.length >= 6 && !CLINICAL_PREFIX.test(t.lower)) || (familyTok(t) && !hasFlag(t, AMBIGUOUS) && !isEnglishWord(text, t.start, t.end)))) name[i] = 1;
}

/** "REGISTERED TO KETEVAN BERIDZE, PARKED", "SIGNED BY ACHIENG KIPLAGAT, MBI": one or two name words after an owner's cue (at `to`), punctuation or a record's cue closing them. */
function shoutedOwnedBy(text: string, tokens: Tokens, n: number, to: number, name: Uint8Array, staff: Uint8Array): void {
  const a = to + 1 < n ? tokens[to + 1]! : undefined;
  if (!a || !a.wordGap || name[to + 1] || staff[to + 1]) return;
  const b = to + 2 < n ? tokens[to + 2]! : undefined;
  if (b && b.wordGap && !staff[to + 2] && shoutedSurePair(text, a, b) && (NAME_PUNCT_AFTER.test(text.slice(b.rawEnd, b.rawEnd + 4)) || ID_CUE_AFTER.test(text.slice(b.rawEnd, b.rawEnd + 8)))) {
    name.fill(1, to + 1, to + 3);
    return;
  }
  if (NAME_PUNCT_AFTER.test(text.slice(a.rawEnd, a.rawEnd + 4)) && (shoutedSureSurname(text, a) || (a.rawEnd === a.end && !lexiconTok(a) && unlistedGivenWord(text, a) && a.length >= 5))) name[to + 1] = 1;
}

/** Devices on a patient, named before "ON" and the patient ("PUMP 5A10DZ ON DIALLO ALARMED"). */
const DEVICE_WORDS = new TokenWords(["pump", "pumps", "monitor", "tele", "box", "alarm", "bipap", "cpap", "vent", "ventilator", "sensor", "probe", "cuff", "telemetry", "pca", "iv", "line", "drain", "foley", "scd", "scds", "bed"]);
/** A device's word among the three words before token `on` ("PUMP 5A10DZ ON", "TELE BOX ON"). */
function deviceBefore(tokens: Tokens, on: number): boolean {
  for (let k = on - 1; k >= 0 && k >= on - 3; k--) if (DEVICE_WORDS.has(tokens[k]!)) return true;
  return false;
}
/** A verb's past in "-ED" an English list holds, or one of a few irregular ones ("ALARMED", "BEEPED", "FELL"). */
function pastVerb(text: string, w: Token): boolean {
  return (w.length >= 4 && w.lower.endsWith("ed") && isEnglishWord(text, w.start, w.end)) || w.is("fell") || w.is("went") || w.is("broke");
}

/**
 * "#4WEST-HUDDLE: AVETISYAN FALL RISK, BINTI ISMAIL SITTER, HORVAT ISOLATION": after a label's colon, three items or more a comma divides, two of
 * their first words surely names: each first word that may be a surname opens its item. (Not a staff list: "RNS: ...".)
 */
function shoutedCommaItems(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 1; i < n; i++) {
    if (!tokens[i]!.gapIs(": ") || !tokens[i]!.upper) continue;
    const label = tokens[i - 1]!;
    if (hasFlag(label, STAFF | CUE | RELATIVE) || STAFF_LIST_LABELS.has(label)) continue;
    const firsts = [i];
    let k = i + 1;
    for (; k < n && firsts.length < 10; k++) {
      const w = tokens[k]!;
      if (w.gapIs(", ")) firsts.push(k);
      else if (!w.wordGap) break;
    }
    if (firsts.length < 3) continue;
    // (Each item a name and what is so of the person, "AVETISYAN FALL RISK": a word after the first; "PHAM, KALINDA, UNHCR NO. ..." is "Last, First".)
    const status = (f: number) => f + 1 < n && tokens[f + 1]!.wordGap && tokens[f]!.rawEnd === tokens[f]!.end;
    let sure = 0;
    for (const f of firsts) if (status(f) && (name[f] || (shoutedSureName(text, tokens[f]!) && !isEponymTok(tokens[f]!) && !SURNAME_COMPANIES.has(tokens[f]!)))) sure++;
    if (sure < 2) continue;
    for (const f of firsts) {
      const w = tokens[f]!;
      if (name[f] || staff[f] || !status(f) || w.rawEnd !== w.end || !shoutedSlotWord(text, w) || DRUG_ENDING.test(w.lower) || CLINICAL_ENDING.test(w.lower) || SURNAME_COMPANIES.has(w)) continue;
      // (A word no list holds only where half the items are sure names: "..., MEPILEX ON SACRUM, JEVITY AT 50" stay.)
      if ((!isEnglishWord(text, w.start, w.end) && (lexiconTok(w) || (w.length >= 5 && 2 * sure > firsts.length))) || (familyTok(w) && !hasFlag(w, AMBIGUOUS))) name[f] = 1;
    }
    i = k - 1;
  }
}
/** What one does with a colleague before "W" ("DISCUSSED W", "FU W"; "D/W" and "F/U W" are read by their slash: the scan splits at it). */
const COLLEAGUE_BEFORE_W = new TokenWords(["discussed", "discuss", "fu", "reviewed", "staffed", "consulted", "coordinated", "plan"]);
/** Labels of a list of staff, whose names are staff's ("RNS: ...", "TEAM: ..."). */
const STAFF_LIST_LABELS = new TokenWords(["assignments", "assignment", "rns", "rn", "nurses", "staff", "staffing", "team", "teams", "attendings", "attending", "residents", "providers", "docs", "mds", "cnas", "techs", "call", "oncall", "on-call", "coverage", "covering", "charge", "sitters", "pcas", "pharmacists"]);

/** Whether the text's first line names a list of staff ("RN ASSIGNMENTS", "CHARGE RNS", "Nurses today:"): its lines' names are staff's. */
function staffListHeader(text: string, tokens: Tokens, n: number): boolean {
  const lineEnd = text.indexOf("\n");
  for (let i = 0; i < n && tokens[i]!.start < (lineEnd < 0 ? text.length : lineEnd); i++) if (STAFF_LIST_LABELS.has(tokens[i]!)) return true;
  return false;
}
/** A line's bullet before its first word: "- ", "• ", "* ". */
const LINE_BULLET = /^[^\S\n]*(?:[-•*][^\S\n]+)?$/;

/**
 * "NIGHT FLOAT LIST\nOKONKWO - C DIFF\nETXEBARRENA - SEPSIS\nHALVORSEN - TELE", "LIST FOR AM:\n- KOBAYASHI (101) AMS\n- NOVÁK GBS": in a
 * text of three lines or more whose first words (after a line break and a bullet) are two surely names, each first word that
 * a dash or a bracket follows, or that no English list holds, is a surname. (A drug or problem list has no two sure names.)
 */
function shoutedLineOpeners(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  if (staffListHeader(text, tokens, n)) return;
  const openers: number[] = [];
  let sure = 0;
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    // (A line break within the five characters before the word, read back from it.)
    let nl = t.start - 1;
    while (nl >= 0 && t.start - nl <= 5 && text.charCodeAt(nl) !== 10) nl--;
    if (nl < 0 || t.start - nl > 5 || !LINE_BULLET.test(text.slice(nl + 1, t.start)) || staff[i] || !t.upper || t.rawEnd !== t.end || t.length < 3) continue;
    openers.push(i);
    if (name[i] || (shoutedSureName(text, t) && !isEponymTok(t) && !SURNAME_COMPANIES.has(t))) sure++;
  }
  if (openers.length < 3 || sure < 2) return;
  for (const i of openers) {
    const t = tokens[i]!;
    if (name[i] || !shoutedSlotWord(text, t) || DRUG_ENDING.test(t.lower) || CLINICAL_ENDING.test(t.lower) || SURNAME_COMPANIES.has(t)) continue;
    const bracketOrDash = /^\s(?:\(|[-–—]\s)/.test(text.slice(t.rawEnd, t.rawEnd + 3));
    // (A word no list holds only where half the lines open with sure names: "MEPILEX - SACRUM", "JEVITY - 50" among patients stay.)
    if ((!isEnglishWord(text, t.start, t.end) && (lexiconTok(t) || (t.length >= 5 && 2 * sure > openers.length))) || (bracketOrDash && familyTok(t) && !hasFlag(t, AMBIGUOUS))) name[i] = 1;
  }
}

/**
 * "SICU CENSUS: TKACHUK (397A), WARSAME (5N-4), ADDISON (6)": a row of two or more surnames, each before a bracketed bed and a
 * list's comma (the first where a slot opens), two of them surely names; then each listed name of the row, an eponym too.
 * (Not drugs and doses, "LASIX (40), COREG (6.25)", nor scores, "WELLS (4), CAPRINI (3)": no two sure names.)
 */
function shoutedCensusBeds(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (!t.upper || text.charCodeAt(t.rawEnd) !== 32 || text.charCodeAt(t.rawEnd + 1) !== 40 || !slotOpensAt(text, Math.max(0, t.start - 24), t.start)) continue;
    const row: number[] = [];
    for (let k = i; k < n && row.length < 12; ) {
      const w = tokens[k]!;
      const m = CENSUS_BED_AFTER.exec(text.slice(w.rawEnd, w.rawEnd + 16));
      if (!m || w.rawEnd !== w.end || staff[k]) break;
      row.push(k);
      const next = w.rawEnd + m[0].length;
      let j = k + 1;
      while (j < n && tokens[j]!.start < next) j++;
      if (j >= n || !/^[,;] $/.test(text.slice(next, tokens[j]!.start))) break;
      k = j;
    }
    if (row.length < 2) continue;
    let sure = 0;
    for (const k of row) if (shoutedSureName(text, tokens[k]!) && !isEponymTok(tokens[k]!)) sure++;
    if (sure >= 2) for (const k of row) {
      const w = tokens[k]!;
      if (shoutedSlotWord(text, w) || (isEponymTok(w) && familyTok(w) && !hasFlag(w, NOT_NAME | AMBIGUOUS) && !isEnglishWord(text, w.start, w.end))) name[k] = 1;
    }
    i = row[row.length - 1]!;
  }
}

/**
 * In capitals, "BLESSING WHITE'S DEXCOM", "JI-WOO SHIN'S CONSENT", "MIREIA OYELARAN'S PHONE": a listed given name (even an everyday word), a
 * hyphenated one of parts no English word or a word no list holds of a given name's shape, then a listed surname (even a word) or
 * one no list holds, owning what only a person has (POSSESSED). Two everyday words only before what no organisation owns ("GOOD
 * SAMARITAN'S RECORDS", "JOHNS HOPKINS'S RECORDS", "MERCY GENERAL'S PHONE", "ST. MARY'S RECORDS" stay: no given name, or no surname).
 */
function shoutedPossessivePair(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, s = tokens[i + 1]!, thing = tokens[i + 2]!;
  if (!t.upper || !s.upper || !s.wordGap || !thing.wordGap || t.rawEnd !== t.end || t.length < 2 || s.length < 2) return false;
  for (const w of [t, s]) if (hasFlag(w, CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(w) || CLINICAL_SHORTHAND.has(w.lower) || DRUG_ENDING.test(w.lower) || w.flags & (F_MONTH | F_STATE_NAME | F_FACILITY | F_STREET)) return false;
  if (i > 0 && t.wordGap && DETERMINERS.has(tokens[i - 1]!)) return false;
  // (A hyphenated given name of listed given names, or of listed names and words no English list holds, one of them at least:
  // "HYE-JIN", "JI-WOO", "JEAN-BAPTISTE"; not "RE-SEND PAT'S CONSENT", "SELF-PAY", "X-RAY".)
  const given = hyphenated(t) ? t.hyphenParts.every((p) => p.length >= 2 && isGivenName(p)) ||
    (t.hyphenParts.every((p) => p.length >= 2 && (isGivenName(p) || isFamilyName(p) || !isEnglishWord(p, 0, p.length))) && t.hyphenParts.some((p) => !isEnglishWord(p, 0, p.length))) :
    (givenTok(t) && (!hasFlag(t, NOT_NAME) || hasFlag(t, AMBIGUOUS))) || (unlistedGivenWord(text, t) && !ADJECTIVE_ENDING.test(t.lower));
  const surname = (familyTok(s) && !hasFlag(s, NOT_NAME)) || (!isEnglishWord(text, s.start, s.end) && nameOrUnlisted(text, s, false) && SHOUTED_VOWEL.test(s.word));
  if (!given || !surname) return false;
  // (A modal only where a noun's slot or a line opens: "I WILL MARK NGUYEN'S CHART" stays; "FOR MARK NGUYEN'S CHART".)
  // (Nor where a sentence opens a question: "WILL OKONKWO'S INR BE BACK?"; a label's slot keeps it, "FOR WILL NGUYEN'S CHART".)
  if (MODAL_OPENERS.has(t.lower) && !(i > 0 && t.wordGap && NOUN_SLOT_BEFORE.has(tokens[i - 1]!)) && (t.sentenceStart || !slotOpensAt(text, Math.max(0, t.start - 24), t.start))) return false;
  const english = (w: Token) => isEnglishWord(text, w.start, w.end) && !(hyphenated(w) && unlistedParts(w));
  return !(english(t) && english(s)) || !ORG_POSSESSED.has(thing);
}

/** Words "O'" opens that are no surnames ("O'CLOCK", "O'ER", a blood group "O'NEG"). */
const O_APOSTROPHE_WORDS = new Set(["o'clock", "o'er", "o'erall", "o'neg", "o'pos", "o'negative", "o'positive"]);

/**
 * In capitals, "O'BRIEN", "D'AMICO", "N'DIAYE": "O", "D" or "N", an apostrophe and three letters or more with a vowel, no other
 * apostrophe or hyphen; no English word begins so but "O'CLOCK" (nor "L'", French "L'HÔPITAL"'s rule).
 */
function apostropheSurname(t: Token): boolean {
  if (!t.upper || !t.joined || t.length < 5) return false;
  // (In lower case too, read as capitals, "o'" only: "o'brien - bday 4/11"; French elides "d'" and "n'", "n'est", "d'accord".)
  const lower = t.codeAt(0) >= 97;
  const first = t.codeAt(0) & ~32, mark = t.codeAt(1);
  if (lower && first !== 79) return false;
  if ((first !== 79 && first !== 68 && first !== 78) || (mark !== 39 && mark !== 8217)) return false;
  for (let k = 2; k < t.length; k++) if (!isWordLetter(t.codeAt(k)) || t.codeAt(k) === 39 || t.codeAt(k) === 8217 || t.codeAt(k) === 45) return false;
  return SHOUTED_VOWEL.test(t.word.slice(2)) && !O_APOSTROPHE_WORDS.has(t.lower.replace("’", "'"));
}

/** French words "D'" elides before ("SERVICE D'URGENCE", "D'ACCORD", "BESOIN D'OXYGÈNE"). */
const FRENCH_ELIDED = new Set(["urgence", "urgences", "accord", "abord", "oxygène", "oxygene", "habitude", "ailleurs", "autre", "autres", "aide", "accueil", "attente", "entrée", "entree",
  "enfant", "enfants", "ici", "avoir", "être", "etre", "origine", "isolement", "allergie", "allergies", "assurance", "identité", "identite", "ordonnance", "anesthésie", "examen", "eau",
  "insuline", "antibiotiques", "hôpital", "hopital", "infirmière", "infirmiere", "analyses", "urine", "une", "un", "après", "apres", "avance", "environ", "emblée", "emblee"]);
/** Words only a French sentence holds, which make an elided "D'" French in its line ("D'ACCORD AVEC LA FAMILLE"). */
const FRENCH_FUNCTION_WORDS = new TokenWords(["avec", "est", "pas", "les", "des", "du", "une", "pour", "dans", "cette", "nous", "vous", "très", "tres", "aux", "sont", "était", "etait", "elle", "mais", "chez"]);
/** Places a surname "O'" opens names ("MEET AT O'HARE": Chicago's airport), after a place's preposition. */
const O_APOSTROPHE_PLACES = new TokenWords(["o'hare", "o’hare"]);

/**
 * Whether the "O'", "D'" or "N'" word at `i` is no surname: "N'" before a vowel or "h" is French's elided "ne" (surnames
 * "N'DIAYE", "N'GUESSAN" have a consonant there), "D'" before a French word or in a line with a French sentence's word, an
 * airport after "AT", "TO", "FROM", "VIA", "NEAR".
 */
function elisionOrPlace(tokens: Tokens, n: number, i: number): boolean {
  const t = tokens[i]!, first = t.lower.charCodeAt(0), rest = t.lower.slice(2);
  if (first === 110 && /^[aeiouyhàâéèêëîïôûü]/.test(rest)) return true;
  if (first === 100) {
    if (FRENCH_ELIDED.has(rest)) return true;
    for (let k = Math.max(0, i - 6); k < Math.min(n, i + 7); k++) if (k !== i && FRENCH_FUNCTION_WORDS.has(tokens[k]!)) return true;
  }
  return first === 111 && O_APOSTROPHE_PLACES.has(t) && i > 0 && /^(?:at|to|from|via|near)$/.test(tokens[i - 1]!.lower);
}

/** Verbs after "who" that ask for whom a patient is ("WHO HAS X?"). */
const WHO_HAS_VERBS = new TokenWords(["has", "had", "saw", "sees", "follows", "covers", "got"]);
/** A patient's age in the words after a question: "? THE 98 YO IN BED 12". */
const PATIENT_AFTER_QUESTION = /^\?[^?\n]{0,30}\b\d{1,3}\s?(?:YO|Y\/O|Y\.O\.)(?![A-Z])/i;

/**
 * In any case, "WHO HAS OYELARAN?", "who's got begay?", "WHO SAW KAUR?": one or two words "who" and a verb of whose patient open and a question
 * mark closes, each a listed name no English word; or a word no list or English list holds when a patient's age follows.
 */
function whoHas(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array, staff: Uint8Array): void {
  const who = tokens[i]!;
  if (!tokens[i + 1]!.wordGap || !WHO_HAS_VERBS.has(tokens[i + 1]!)) return;
  let last = i + 1;
  while (last + 1 < n && last - i < 3 && tokens[last + 1]!.wordGap && tokens[last + 1]!.upper === who.upper && !staff[last + 1] && text.charCodeAt(tokens[last]!.rawEnd) !== 63) last++;
  if (last === i + 1 || text.charCodeAt(tokens[last]!.rawEnd) !== 63) return;
  const patientAfter = PATIENT_AFTER_QUESTION.test(text.slice(tokens[last]!.rawEnd, tokens[last]!.rawEnd + 40));
  for (let k = i + 2; k <= last; k++) {
    const t = tokens[k]!;
    if (t.length < 3 || hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) || CLINICAL_SHORTHAND.has(t.lower) || isEnglishWord(text, t.start, t.end)) return;
    if (!(lexiconTok(t) || (patientAfter && nameOrUnlisted(text, t, false)))) return;
  }
  name.fill(1, i + 2, last + 1);
}

/** After a relative's word in a contact list: a dash or comma, then a phone number ("— MOTHER — 555 201 7730"). */
const PHONE_AFTER_KIN = /^[^\S\n]*[-–—,:][^\S\n]*\+?\(?\d[\d\s().-]{8,18}\d/;

/**
 * In capitals, a contact list's line "ROSALIND OYELARAN — SISTER — 555 201 7730": one to three words that may be a name
 * (listed, even everyday words, or no list's nor English word) open the line, and a dash, a relative's word and a phone number follow.
 */
function shoutedContactLine(text: string, tokens: Tokens, r: number, name: Uint8Array, staff: Uint8Array): void {
  const kin = tokens[r]!;
  if (!kin.upper || !(kin.gapIs(" — ") || kin.gapIs(" – ") || kin.gapIs(" - ")) || !PHONE_AFTER_KIN.test(text.slice(kin.rawEnd, kin.rawEnd + 30))) return;
  let first = r - 1;
  while (first > 0 && r - first < 3 && tokens[first]!.wordGap && !tokens[first]!.sentenceStart) first--;
  // (The words open the line: after a line break, a bullet or the text's start.)
  const before = tokens[first]!.gapStart;
  if (!(first === 0 && /^[^\S\n]*(?:[-•*]\s*)?$/.test(text.slice(0, tokens[first]!.start))) && !(first > 0 && /\n[^\S\n]*(?:[-•*]\s*)?$/.test(text.slice(before, tokens[first]!.start)))) return;
  for (let k = first; k < r; k++) {
    const t = tokens[k]!;
    if (staff[k] || !t.upper || t.length < 2 || hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) || CLINICAL_SHORTHAND.has(t.lower) || !nameOrUnlisted(text, t, lexiconTok(t))) return;
  }
  name.fill(1, first, r);
}

/**
 * In capitals, after a name found and "AND": a name word and a surname surely one ("KAUR AND GRANT OYELARAN BOTH HERE"), or,
 * after a list's comma, one word that may be a given name and no English word, punctuation or a bracket closing it
 * ("TOMAS, LEIF, AND SUNNIVA (TWINS)").
 */
function shoutedNameAfterAnd(text: string, tokens: Tokens, n: number, k: number, name: Uint8Array, staff: Uint8Array): void {
  const right = tokens[k + 1]!, second = k + 2 < n ? tokens[k + 2]! : undefined;
  if (!right.wordGap || !right.upper || staff[k + 1] || right.length < 3 || hasFlag(right, CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(right) || right.flags & F_MONTH) return;
  if (second && second.wordGap && second.upper && !staff[k + 2] && lexiconTok(right) && !(hasFlag(right, NOT_NAME) && !hasFlag(right, AMBIGUOUS)) && !hasFlag(second, CUE | RELATIVE | STAFF) &&
    surnameAfterAmbiguous(text, tokens, k + 2) && second.length >= 3 && !CLINICAL_SHORTHAND.has(second.lower)) {
    name.fill(1, k + 1, k + 3);
    return;
  }
  if (tokens[k]!.gapIs(", ") && closes(text, right) && !hasFlag(right, NOT_NAME | AMBIGUOUS) && !isEnglishWord(text, right.start, right.end) && (givenTok(right) || shoutedListWord(text, right))) name[k + 1] = 1;
}

/**
 * In capitals, a list of kin after their label and its colon: "SONS: HUGO, PATIENCE, AND SUNNIVA (TWINS)": two or more words,
 * each a listed given name (even a word) or no list's nor English word, one of them no English word, commas and "AND" between
 * them, punctuation, a bracket or the end closing the list.
 */
function shoutedKinList(text: string, tokens: Tokens, n: number, r: number, name: Uint8Array, staff: Uint8Array): void {
  const kin = tokens[r]!;
  if (!kin.upper || !(lowerCode(kin.codeAt(kin.length - 1)) === 115 || kin.is("children") || kin.is("kids")) || !tokens[r + 1]!.gapIs(": ")) return;
  let k = r + 1, items = 0, sure = false;
  for (; k < n; k++) {
    const t = tokens[k]!;
    if (t.is("and") && t.upper && k > r + 1 && (t.wordGap || t.gapIs(", "))) continue;
    if (k > r + 1 && !(t.gapIs(", ") || (tokens[k - 1]!.is("and") && t.wordGap))) break;
    if (staff[k] || !t.upper || t.length < 2 || hasFlag(t, CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) || t.flags & F_MONTH) return;
    const english = isEnglishWord(text, t.start, t.end);
    if (!(hasFlag(t, GIVEN) || (!english && nameOrUnlisted(text, t, false)))) return;
    if (!english) sure = true;
    items++;
  }
  const last = k - 1;
  if (items < 2 || !sure || tokens[last]!.is("and") || !closes(text, tokens[last]!)) return;
  for (let j = r + 1; j <= last; j++) if (!tokens[j]!.is("and")) name[j] = 1;
}

/** A greeting's comma before who speaks ("MĀLŌ, IT'S ..."), and a weekday after a name in a roster ("TOMAS SAT, SAM SUN"). */
const GREETING_AFTER = /^, (?:IT'S|IT IS|THIS IS)\b/i;
const WEEKDAYS = new TokenWords(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/**
 * In capitals (nameFromLists), a listed given name no English word of four letters or more, listed as a surname too, where a
 * sentence, line, label or list item opens it ("KHALID FROM POCATELLO AGAIN", "D/C PLANNING: LINH BACK TO ..."); no
 * hyphenated word ("MARIE-BASED"), dropped g ("CALLIN"), greeting or roster's or staff list's name ("RNS: NGUYEN / ..."), nor one a
 * comma follows; one listed as a surname too only before what ends a person's name.
 */
function shoutedLoneGiven(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!;
  if (t.length < 4 || (t.joined && !isPossessive(text, t)) || droppedG(t) || isEponymTok(t)) return false;
  // (Nor before a comma, where "Last, First" is read: "DC PLANNING: MCALLISTER, LOSA GOING HOME".)
  const opens = t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start);
  // ("RESTART ELIQUIS FOR KOWALENKO AFTER THE BLEED", "VISITOR FOR KOWALENKO PARKED IN": "FOR" opens the slot too, for a name of five
  // letters or more and no town's ("FLIGHT FOR DENVER."), before punctuation, what a person does, a small word or a verb's past.)
  const afterFor = !opens && t.length >= 5 && t.wordGap && i > 0 && tokens[i - 1]!.is("for") && !isUsCity(t.word);
  if (!(opens || afterFor) || text.charCodeAt(t.rawEnd) === 44) return false;
  const next = tokens[i + 1];
  if (afterFor) return personNameEndsAt(text, tokens, tokens.length, i, NameEnd.Loose) || (!!next && next.wordGap && (TIME_WORDS_AFTER_FOR.has(next) || (shoutedVerb(text, next) && lowerCode(next.codeAt(next.length - 1)) === 100)));
  if (GREETING_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 10)) || (next && next.wordGap && WEEKDAYS.has(next)) || staffBefore(tokens, i)) return false;
  // (A name listed as a surname too not before another English word but what a person does or where one is: "ABBOTT PUMP ALARM" is
  // the maker's; "KHALID BACK TO SNF" is a person.)
  return !familyTok(t) || !next || !next.wordGap || !isEnglishWord(text, next.start, next.end) || next.length <= 2 || (familyTok(next) && hasFlag(next, AMBIGUOUS)) || isParticle(next) || UNIT_WORDS.has(next) || hasFlag(next, BED) || PERSON_ACTS_AFTER.has(next) || PERSON_NEXT_WORDS.has(next) || NAME_ADVERBS_AFTER.has(next) ||
    personNameEndsAt(text, tokens, tokens.length, i, NameEnd.Loose);
}
/** When, after a name "FOR" opens ("FOR KOWALENKO AFTER THE BLEED"). */
const TIME_WORDS_AFTER_FOR = new TokenWords(["after", "before", "until", "since", "today", "tonight", "tomorrow", "tmrw"]);
/** Words of where or when after a person's name ("KHALID BACK TO SNF", "LEIF AGAIN"). */
const NAME_ADVERBS_AFTER = new TokenWords(["back", "again", "here", "today", "tonight", "now", "also", "too", "ok", "okay", "set", "stable", "ready", "still", "wont", "cant", "doesnt", "didnt", "isnt", "wasnt"]);

/**
 * In capitals, a quoted message's header "ON FRI, JAN 3, 2025, TAVITA OYELARAN WROTE:": one to three name words (listed, even
 * everyday words, or no list's nor English word) that a comma or the line opens and "WROTE:" closes.
 */
function shoutedWroteHeader(text: string, tokens: Tokens, w: number, name: Uint8Array, staff: Uint8Array): void {
  if (!tokens[w]!.upper || !tokens[w]!.wordGap) return;
  let first = w - 1;
  while (first > 0 && w - first < 3 && tokens[first]!.wordGap && !tokens[first]!.sentenceStart) first--;
  const t0 = tokens[first]!;
  if (!((t0.start >= 2 && text.charCodeAt(t0.start - 2) === 44 && text.charCodeAt(t0.start - 1) === 32) || t0.sentenceStart || slotOpensAt(text, Math.max(0, t0.start - 24), t0.start))) return;
  for (let k = first; k < w; k++) {
    const t = tokens[k]!;
    if (staff[k] || !t.upper || t.length < 2 || hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) || t.flags & F_MONTH || !nameOrUnlisted(text, t, lexiconTok(t))) return;
  }
  name.fill(1, first, w);
}

/** What is a person's after a possessive surname: a doctor, a chart, records. */
const PERSONS_THINGS = new TokenWords(["pcp", "chart", "records", "record", "pharmacy", "insurance", "medicaid", "medicare", "mychart", "meds", "medications", "truck", "car", "belongings", "wallet", "phone",
  // (Where a patient lies and what is in the patient: "POSTED VIRTANEN'S ROOM", "CONSENT FOR OYELARAN'S PEG"; not what a
  // disease's eponym also owns, "MORTON'S SURGERY", "DRESSLER'S LABS".)
  "room", "bed", "peg"]);

/** After "Last, First" in capitals: a tab, a slash between entries, or what closes a name's slot ("0800 KAUR, ILSE / 0830 ..."). */
const SHOUTED_PAIR_CLOSES = /^(?:\t|[^\S\n]+\/[^\S\n])/;

/** A word in capitals that may be one part of a name: listed as that part (even an everyday word), or name-shaped and no list's or English word. */
function shoutedPairWord(text: string, t: Token, listed: boolean): boolean {
  if (!t.upper || t.length < 2 || t.rawEnd !== t.end || hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) || CLINICAL_SHORTHAND.has(t.lower) || t.flags & (F_MONTH | F_STATE_NAME)) return false;
  return listed || (!isEnglishWord(text, t.start, t.end) && nameOrUnlisted(text, t, false));
}

/**
 * What closes a name of two words opening a line in capitals, as a record's header writes it: a comma, a spaced dash,
 * the line's end, where the person is from or at, or an age ("KOWALCZYK ANNELI, SATS 91%", "OZOLA MARTA AT SUNRISE SNF").
 */
const OPENING_PAIR_CLOSES = /^(?:,\s|\s+[-–—]\s|[^\S\n]*(?:\n|$)|\s+(?:FROM|AT|VISITING)\s|\s+(?:\d{2,3}\s?(?:[MF]|YO|Y\/O)?(?![\w/.])|NINETY|(?:ONE|A) HUNDRED))/i;

/**
 * In capitals, "KOWALCZYK ANNELI, SATS 91%", "PAJARI TOIVO AT SUNRISE SNF": two words that open the text, a line or a label, each a
 * listed name (an English word only as a given name) or one no list or English list holds, one of them listed and no English word, before a comma, a dash,
 * the line's end, "FROM", "AT" or an age (OPENING_PAIR_CLOSES). Capitals say nothing there; the two sure words and the slot do.
 */
/** A room's code right before a word: "680A ", "RM 12B ", "BED 4 ". */
const ROOM_CODE_BEFORE = /(?:^|[\s(])(?:\d{1,4}[A-Z]|(?:BED|RM|ROOM|BAY)\s*#?\d{1,4}[A-Z]?) $/i;
function shoutedOpeningPair(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  // (Shorthand has no vowel: "MSW DUARTE - CAREGIVER" is a social worker's title and name.)
  // (The slot first: most pairs of a message open none, and it reads a few characters.)
  // ("ELOPEMENT RISK 680A WAYAN WIJAYA - WEARING": a room's code before the pair opens it too.)
  if (!next.wordGap || t.length < 3 || next.length < 3 || !(slotOpensAt(text, Math.max(0, t.start - 24), t.start) || ROOM_CODE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)))) return false;
  if (!SHOUTED_VOWEL.test(t.word) || !SHOUTED_VOWEL.test(next.word) || !shoutedPairWord(text, t, lexiconTok(t)) || !shoutedPairWord(text, next, lexiconTok(next))) return false;
  if (!shoutedSureName(text, t) && !shoutedSureName(text, next)) return false;
  // (An English word only as a listed given name: "PENROSE DRAIN", "JOHNS HOPKINS" are a drain and a hospital; nor English
  // words hyphenated: "SELF-PAY".)
  const word = (w: Token) => (isEnglishWord(text, w.start, w.end) && !givenTok(w)) || (hyphenated(w) && !unlistedParts(w));
  if (word(t) || word(next)) return false;
  const from = Math.max(0, t.start - 24);
  // (The slot a line, label or dash opens, not a sentence after a reading: "TEMP 31.5, BAIR HUGGER".)
  return OPENING_PAIR_CLOSES.test(text.slice(next.rawEnd, next.rawEnd + 14)) && !CLINICAL_LABEL.test(text.slice(from, t.start));
}

/**
 * In capitals, "JANTARASRI SOMCHAI, THAI", "UXÍA FERNÁNDEZ GALICIAN": a word no list or English list holds, of four letters or
 * more and spoken (unlistedGivenWord), no drug's or clinical shape, opening the text, a line or a label right before a name found
 * of one word.
 */
function shoutedWordBeforeFound(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (!t.upper || !next.upper || !next.wordGap || t.joined || !unlistedGivenWord(text, t) || DRUG_ENDING.test(t.lower) || CLINICAL_PREFIX.test(t.lower)) return false;
  return slotOpensAt(text, Math.max(0, t.start - 24), t.start) && !CLINICAL_LABEL.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/** In capitals, a word surely a name: the whole word listed (not "SELF-PAY" by its part "PAY"), no everyday word nor English one. */
function shoutedSureName(text: string, w: Token): boolean {
  return hasFlag(w, GIVEN | FAMILY) && !hasFlag(w, AMBIGUOUS) && !isEnglishWord(text, w.start, w.end);
}

/** A space, then a number or a bed's code ending in a digit or a digit and a letter, before `at`: "BAY 3 ", "0830 ", "22A ". */
function numberBefore(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return false;
  const c = text.charCodeAt(at - 2);
  return isAsciiDigit(c) || (isAsciiUpper(c) && at >= 3 && isAsciiDigit(text.charCodeAt(at - 3)));
}

/**
 * "RM 4\tKAUR, ILSE\t4471", "- BAY 3 MOSS, GRETA — SEPSIS", "0830 SZABO, HUGO / 0900 ...": "Last, First" in capitals after a
 * bed's, a room's or a time's number (or where a slot or cue opens) and before a tab, a dash, a bracket, a slash or an ID cue.
 */
function shoutedLastFirst(text: string, tokens: Tokens, i: number, name: Uint8Array): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (!next.gapIs(", ") || !shoutedPairWord(text, next, lexiconTok(next))) return false;
  const after = text.slice(next.rawEnd, next.rawEnd + 24);
  // ("PSYCH EVAL: KERNIG, ROGER, DOB", "HEMOLYZED ON ROMBERG, PATRICIA, REDRAW": an eponym is the surname before a listed given name
  // no everyday word that a record's field closes or that no English list holds; "KERNIG, BRUDZINSKI NEG", "WELLS, CAPRINI LOW" stay.)
  const recordAfter = ID_CUE_AFTER.test(after) || LAST_FIRST_RECORD_AFTER.test(after) || SHOUTED_FIELD_AFTER.test(after);
  const fieldAfter = recordAfter || SHOUTED_DATE_AFTER.test(after);
  const eponymLast = isEponymTok(t) && t.upper && t.rawEnd === t.end && !hyphenated(t) && givenTok(next) && !hasFlag(next, AMBIGUOUS | NOT_NAME) && !isEponymTok(next) &&
    (fieldAfter || !isEnglishWord(text, next.start, next.end));
  if (!eponymLast && !shoutedPairWord(text, t, lexiconTok(t))) return false;
  // (Two everyday words only each in its own list, a surname then a given name: "GILL, FAITH"; "TELE 4 WARM, DRY — OK" stays.)
  if (isEnglishWord(text, t.start, t.end) && isEnglishWord(text, next.start, next.end) && !(familyTok(t) && givenTok(next))) return false;
  // ("REHAB ACCEPTED! QUISPE, AYASHA TO ...": a listed surname no English word nor given name and a listed given name no English word
  // nor surname need no slot; "NGOZI, ABBOTT DEVICE" stays.)
  if (familyTok(t) && !hasFlag(t, GIVEN) && surnameAfterAmbiguous(text, tokens, i) && givenTok(next) && !familyTok(next) && !hasFlag(next, AMBIGUOUS) &&
    !isEnglishWord(text, next.start, next.end)) return true;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  const opens = slotOpensAt(text, Math.max(0, t.start - 24), t.start) ||
    // ("@HERE KAUR, ILSE 71F", "CENSUS: MOSS, GRETA; SZABO, HUGO;": after a mention, or a list's semicolon or slash, a date or a
    // number before it too: "DOB 1936-11-05; BOOTH, IRIS", "ADM 18-MAR-2025 / DORVIL, WIDLINE".)
    numberBefore(text, t.start) || (!!prev && t.wordGap && (prev.handle || BEFORE_SURNAME.has(prev.lower) || hasFlag(prev, CUE | RELATIVE))) || listGapBefore(text, t.start) ||
    // ("ADMITTING ASANTE, ABENA FROM ED", "PALLIATIVE CONSULT BERIDZE, MZIA, 99M": after a verb whose object is a patient, or a consult.)
    (!!prev && t.wordGap && (PATIENT_OBJECT_VERBS.has(prev) || prev.is("consult")));
  const from = Math.max(0, t.start - 24);
  // ("HOSPICE REFERRAL CRANE, ROSE DOB", "CODING: LOVE, TRINITY ADDRESS CHANGED", "SIGN-OUT: ADEBAYO, FAVOUR 15-FEB-1954": a record's field,
  // a birth date's cue or a date after the pair opens it wherever it stands; not after a place's cue: "FROM TAMPERE, FINLAND 2/3/2024".)
  // (Not a date's own label, "CUSHING, EDD 3 FEB"; nor shorthand or a verb, "REPORTS DV, SAFE ADDRESS"; nor a surname found in a
  // name before it, "MOM PITA O'DONNELL, BORN 2025-05-10".)
  // (Nor two everyday words describing a specimen before the date it was seen: "URINE DARK, AMBER 11/24/2025", "SPUTUM GREEN, RUSTY 24-NOV-2025".)
  const described = !!prev && t.wordGap && isEnglishWord(text, t.start, t.end) && isEnglishWord(text, next.start, next.end) && !recordAfter &&
    (SPECIMENS.has(prev) || (DESCRIPTORS.has(t) && DESCRIPTORS.has(next)));
  if (fieldAfter && !described && !CLINICAL_LABEL.test(text.slice(from, t.start)) && !placeCueBefore(tokens, i) && !startsCountryName(next) && !(next.flags & F_STATE_NAME) && !DATE_LABELS.has(next) &&
    !(i > 0 && name[i - 1] && t.wordGap) && t.length >= 3 && next.length >= 3 && SHOUTED_VOWEL.test(t.word) && SHOUTED_VOWEL.test(next.word) &&
    (givenTok(next) || !isEnglishWord(text, next.start, next.end)) && !shoutedVerb(text, next)) return true;
  // ("SAME PT (KAUR, MIN-JI)", "[SZABO, HOPE] [DOB]": a bracket around the pair, one of the two listed and no other word; "(FRANK, BLOODY)" stays.)
  const open = t.start > 0 ? text.charCodeAt(t.start - 1) : 0, close = text.charCodeAt(next.rawEnd);
  // (The second a given name, listed or hyphenated and no list's, or a patient's word before the bracket: "(KROGER, WALGREENS)",
  // "(STANFORD, KAISER)" are shops and hospitals.)
  if (((open === 40 && close === 41) || (open === 91 && close === 93)) && t.length >= 3 && next.length >= 3 && ((lexiconTok(t) && !hasFlag(t, AMBIGUOUS)) || (lexiconTok(next) && !hasFlag(next, AMBIGUOUS))) &&
    (givenTok(next) || (hyphenated(next) && unlistedParts(next)) || /\b(?:pt|patient|same)\s*$/i.test(text.slice(Math.max(0, t.start - 12), t.start - 1)))) return true;
  // ("THREAD FOR OKAFOR, LUMBANI M50202434": a record's number after the pair; "HOME: SZCZEPAŃSKI, AMARA, FALL", "SABLAN, ROSA FROM
  // GUAM", "FOR BOATENG, ADJOA = 28": after a pair one of whose words is surely a name, a comma, "FROM", "AT" or a value's "=" too.)
  // (An English word there only as a listed given name, and no country after a town: "SON JAGO, PASTOR FROM", "OSLO, NORWAY FROM".)
  // (Nor a comma before a third surname: "KAUR, OYELARAN, HALVORSEN ALL NPO" is a list; nor before an eponym's clinical
  // word: "HAWKINS, NEER, JOBE TESTS POSITIVE" are tests.)
  const third = tokens[i + 2];
  const sure = (shoutedSureName(text, t) || shoutedSureName(text, next)) && !(isEnglishWord(text, next.start, next.end) && !givenTok(next)) && !startsCountryName(next) &&
    !(third && third.gapIs(", ") && shoutedSureName(text, third));
  return opens && (SLOT_CLOSES.test(after) || SHOUTED_PAIR_CLOSES.test(after) || (next.length >= 3 && NUMBER_AFTER_PAIR.test(after)) || (sure && SURE_PAIR_CLOSES.test(after) && !(text.charCodeAt(next.rawEnd) === 44 && third && eponymContextAfter(tokens, i + 2)))) &&
    !CLINICAL_LABEL.test(text.slice(from, t.start));
}
/** What a nurse describes by colour or look, and the words of it that are names too ("URINE DARK, AMBER", "SPUTUM GREEN, RUSTY"). */
const SPECIMENS = new TokenWords(["urine", "sputum", "stool", "stools", "emesis", "drainage", "output", "fluid", "bile", "csf", "wound", "skin", "secretions", "discharge"]);
const DESCRIPTORS = new TokenWords(["dark", "light", "pale", "green", "yellow", "brown", "red", "white", "black", "gray", "grey", "amber", "rusty", "clear", "cloudy", "bloody",
  "pink", "orange", "golden", "tan", "frank", "thick", "thin", "foul", "straw"]);
/** "; " or " / " right before `at`: a list's or a record's separator, whatever stands before it (a date, a number). */
function listGapBefore(text: string, at: number): boolean {
  return at >= 2 && text.charCodeAt(at - 1) === 32 && (text.charCodeAt(at - 2) === 59 || (text.charCodeAt(at - 2) === 47 && at >= 3 && text.charCodeAt(at - 3) === 32));
}
/** Labels a date follows that are given names too ("EDD 3 FEB 2026", "DOS 2/10"). */
const DATE_LABELS = new TokenWords(["edd", "edc", "lmp", "dos", "dod", "doa", "adm", "eta", "dob"]);
/** A record's field after "Last, First" in capitals: "ADDRESS CHANGED", "ENCOUNTER 24 NOV", "INSURANCE ...", "SSN". */
const SHOUTED_FIELD_AFTER = /^,?\s+(?:ADDRESS|ENCOUNTER|INSURANCE|SSN|MEMBER\s+ID|POLICY|ACCT|ACCOUNT)\b/i;
/** A date after "Last, First" in capitals: "15-FEB-1954", "21 JUN 2000", "1936-11-05", "4/17/68", "8.12.1982". */
const SHOUTED_DATE_AFTER = /^,?\s+(?:\d{1,2}[- ](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[- ]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b/i;
/** A record's number after "Last, First" in capitals: letters and five digits or more, or six digits ("M50202434", "00121768"; not a ZIP code). */
const NUMBER_AFTER_PAIR = /^\s+(?:[A-Z]{1,3}\d{5,}|\d{6,})\b/i;
/** What closes "Last, First" in capitals after a word surely a name: a comma, "FROM", "AT", "VISITING", a value's "=". */
const SURE_PAIR_CLOSES = /^(?:,\s|\s*=\s|\s+(?:FROM|AT|VISITING)\s)/i;

const VOWEL_END = /[aeiy]$/;
/** A single capital and its period before a word in capitals: 2 a listed surname no English word (or a hyphenated one with such a part), 1 a listed surname that is also a word or a name-shaped word no list holds, 0 none. */
function shoutedInitialSurname(text: string, tokens: Tokens, i: number, staff: Uint8Array, sure: boolean): 0 | 1 | 2 {
  const t = tokens[i]!, w = tokens[i + 1]!;
  if (!isInitial(t) || t.rawEnd !== t.end + 1 || text.charCodeAt(t.end) !== 46 || !w.wordGap || !w.upper || w.length < 2 || staff[i] || staff[i + 1]) return 0;
  // (A letter after another letter's period is part of initials or an abbreviation: "A.B.", "VIT. D. LEVEL".)
  if (i > 0 && tokens[i - 1]!.rawEnd === t.gapStart && tokens[i - 1]!.rawEnd === tokens[i - 1]!.end + 1) return 0;
  if (hasFlag(w, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(w) || CLINICAL_SHORTHAND.has(w.lower) || w.flags & F_MONTH) return 0;
  const english = isEnglishWord(text, w.start, w.end);
  if (familyTok(w) && !english) return 2;
  if (familyTok(w)) return 1;
  // (Germs' species are no names: "E. COLI", "K. OXYTOCA", "S. EPIDERMIDIS"; a vowel's ending only beside a sure name: "W. HALVORSEN, J. MWANGI".)
  return !english && !SPECIES_ENDING.test(w.lower) && (sure || !VOWEL_END.test(w.lower)) && nameOrUnlisted(text, w, false) ? 1 : 0;
}

/** Before token `i`: a slot's opening (a line, a colon, a bullet, a dash, a list's comma) or a cue ("RE", "PT", "ON", "DAUGHTER"). */
function shoutedSlotBefore(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!;
  if (slotOpensAt(text, Math.max(0, t.start - 24), t.start)) return true;
  if (i === 0) return false;
  const prev = tokens[i - 1]!;
  return t.gapIs(", ") || (t.wordGap && (BEFORE_SURNAME.has(prev.lower) || hasFlag(prev, CUE | RELATIVE)));
}

/** A patient's or relative's cue right before token `i` ("RE", "PT", "DAUGHTER"), no preposition ("ON", "FOR"). */
function personCueBefore(tokens: Tokens, i: number): boolean {
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  return !!prev && tokens[i]!.wordGap && !PREPOSITIONS_BEFORE_SURNAME.has(prev.lower) && (BEFORE_SURNAME.has(prev.lower) || hasFlag(prev, CUE | RELATIVE));
}

/** An English word after token `k` in the same phrase ("A. WHITE COUNT"). */
function englishWordAfter(text: string, tokens: Tokens, k: number): boolean {
  const t = tokens[k]!, next = tokens[k + 1];
  return t.rawEnd === t.end && !!next && next.wordGap && isEnglishWord(text, next.start, next.end);
}

/** A surname in capitals a cue or a slot opens and a bracketed or comma'd age and sex closes: "ON HALVORSEN (71F)", "| OYELARAN, 84M". */
function shoutedSurnameBeforeAge(text: string, tokens: Tokens, i: number, lowered: boolean): boolean {
  const t = tokens[i]!;
  if (!t.upper || t.length < 2 || t.rawEnd !== t.end) return false;
  let at = t.end;
  const c = text.charCodeAt(at);
  if (c === 44 && text.charCodeAt(at + 1) === 32) at += 2;
  else if (c === 32 && text.charCodeAt(at + 1) === 40) at += 2;
  else return false;
  if (!ageSexAt(text, at)) return false;
  if (hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) || CLINICAL_SHORTHAND.has(t.lower) || t.flags & (F_MONTH | F_STATE_NAME)) return false;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  const cued = !!prev && t.wordGap && (BEFORE_SURNAME.has(prev.lower) || hasFlag(prev, CUE | RELATIVE));
  // (A listed surname where a slot or cue opens, even a word: "| FIELDS (63M)"; a word no list holds only after a cue.)
  // (In lower case, after a preposition only a surname no English word nor name that is also a word, as framedSurnames asks
  // there: "consult for port (67yo)", "for melena (88 y/o)" are what the consult is for.)
  if (familyTok(t)) return (cued && (!lowered || personCueBefore(tokens, i) || (!hasFlag(t, AMBIGUOUS) && !isEnglishWord(text, t.start, t.end)))) || slotOpensAt(text, Math.max(0, t.start - 24), t.start);
  return cued && !isEnglishWord(text, t.start, t.end) && nameOrUnlisted(text, t, false);
}

/**
 * In capitals, person slots held-out corpus 12 showed (shoutedSlots): names a line opens and an age after a dash, comma or
 * bracket closes ("WADE BIRD - 97YO", "KALPESH STANIKZAI (93M)"); a word no list holds before a sure surname where a sentence
 * opens ("SEMHAR PARIKH: ..."); a name a kin bracket follows ("DESTINY (PT'S SISTER, ..."); names in brackets after "FAMILY"
 * ("FAMILY (JASWINDER, TUNCAY)"); a given name and a sure surname after an age ("98-YEAR-OLD MARK VIRTANEN FELL").
 */
function shoutedPersonSlots(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  // "PLS WATCH EMMY (AMA BALOGUN)", "FAMILY (ROYAL YOUNG) DRIVING": a given name and a surname alone in brackets (before the word
  // the bracket follows is read).
  for (let i = 1; i + 1 < n; i++) if (!(name[i] && name[i + 1]) && !staff[i] && !staff[i + 1] && tokens[i]!.gapIs(" (") && shoutedBracketedPair(text, tokens, i)) name.fill(1, i, i + 2);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || !t.upper || t.length < 2) continue;
    if (ageClosesAt(text, t.rawEnd)) shoutedNameBeforeAge(text, tokens, i, name, staff);
    else if (i + 1 < n && !name[i + 1] && !staff[i + 1]) {
      const next = tokens[i + 1]!;
      shoutedUnlistedGivenPair(text, tokens, i, name);
      if (!name[i] && i > 0 && ageWordEnds(tokens[i - 1]!) && shoutedPairAfterAge(text, tokens, i)) name.fill(1, i, i + 2);
      else if (!name[i] && i + 2 < n && isInitial(next) && !name[i + 2] && !staff[i + 2] && shoutedGivenInitialSurname(text, tokens, i, staff)) name.fill(1, i, i + 3);
      // ("HOSPICE RN: TRIVEDI DIED AT HOME", "MOM SAYS HUNTER TURNED 94": a label's or reported speech's subject as a sentence's (subjectOfEvent).)
      else if (!name[i] && !t.sentenceStart && next.wordGap && SUBJECT_EVENTS.has(next) && (slotOpensAt(text, Math.max(0, t.start - 24), t.start) || (i > 0 && t.wordGap && SAYS_BEFORE.has(tokens[i - 1]!))) &&
        subjectOfEvent(text, t, next)) name[i] = 1;
      else if (!name[i] && next.wordGap && STAY_WORDS.has(next) && shoutedSurnameOfStay(text, tokens, i)) name[i] = 1;
      else if (!name[i] && i > 0 && name[i - 1] && WELSH_PARTICLES.has(t) && shoutedAfterWelshParticle(text, t, next)) name.fill(1, i, i + 2);
      else if (!name[i] && next.wordGap && shoutedWordNamesActing(text, t, next)) name.fill(1, i, i + 2);
    }
    // (The slots below need " (" after the word: most words stop at the two char codes.)
    if (text.charCodeAt(t.rawEnd) !== 32 || text.charCodeAt(t.rawEnd + 1) !== 40) continue;
    if (!name[i] && BED_BRACKET_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 12)) && shoutedSurnameInBed(text, tokens, i)) name[i] = 1;
    if (!name[i] && shoutedKinApposition(text, tokens, n, i, name)) name[i] = 1;
    // ("WATCH EMMY (AMA BALOGUN)": before a given name and a surname found in the bracket, a listed given name that is an English word too.)
    if (!name[i] && i + 1 < n && name[i + 1] && foundNameClosesBracket(text, tokens, n, i + 1, name) && (shoutedNameOfBracket(text, t, false) ||
      (i + 2 < n && name[i + 2] && tokens[i + 2]!.wordGap && givenTok(t) && !hasFlag(t, AMBIGUOUS) && !MODAL_OPENERS.has(t.lower) && shoutedSlotWord(text, t) && t.rawEnd === t.end))) name[i] = 1;
    if (!name[i] && i + 2 < n && !name[i + 1] && shoutedNicknameBetween(text, tokens, i)) name.fill(1, i, i + 3);
    if (hasFlag(t, RELATIVE)) shoutedKinInBrackets(text, tokens, n, i, name, staff);
  }
}

/**
 * In capitals, "(AMA BALOGUN)", "FAMILY (ROYAL YOUNG)": a bracket holding only a listed given name (even an everyday word; no modal nor
 * month) and a listed surname (even a word) or one no list holds, one of the two surely a name, or after a relative's word; not
 * "(GRACE PERIOD)", "(WILL CALL)", "(MAY HOLD)", "(CHASE BANK)".
 */
function shoutedBracketedPair(text: string, tokens: Tokens, i: number): boolean {
  const a = tokens[i]!, b = tokens[i + 1]!;
  if (!a.upper || !b.upper || !b.wordGap || a.rawEnd !== a.end || b.rawEnd !== b.end || text.charCodeAt(b.end) !== 41 || a.length < 2 || b.length < 2) return false;
  for (const w of [a, b]) if (hasFlag(w, CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(w) || CLINICAL_SHORTHAND.has(w.lower) || DRUG_ENDING.test(w.lower) || w.flags & (F_MONTH | F_STATE_NAME | F_FACILITY)) return false;
  if (MODAL_OPENERS.has(a.lower) || !givenTok(a) || (hasFlag(a, NOT_NAME) && !hasFlag(a, AMBIGUOUS))) return false;
  if (!(familyTok(b) && (!hasFlag(b, NOT_NAME) || hasFlag(b, AMBIGUOUS))) && !(!isEnglishWord(text, b.start, b.end) && nameOrUnlisted(text, b, false))) return false;
  // (A surname no list holds only after a given name no English word: "RASH (ROSE BENGAL) STAIN" stays.)
  return shoutedSureName(text, a) || shoutedSureName(text, b) || (!isEnglishWord(text, a.start, a.end) && !isEnglishWord(text, b.start, b.end) && !lexiconTok(b)) || hasFlag(tokens[i - 1]!, RELATIVE);
}

/** After a name: ", 98M", " (93M)", " - 97YO": a comma, bracket or spaced dash, then an age and sex. */
function ageClosesAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at), d = text.charCodeAt(at + 1);
  if (c === 44 && d === 32) return ageSexAt(text, at + 2);
  if (c !== 32) return false;
  if (d === 40) return ageSexAt(text, at + 2);
  return isDash(d) && text.charCodeAt(at + 2) === 32 && ageSexAt(text, at + 3);
}

/** A word in capitals that may be part of a person's name in a slot: listed (even an everyday word) or no list's nor English word. */
function shoutedSlotWord(text: string, t: Token): boolean {
  return t.upper && t.length >= 2 && !t.handle && !hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) && !isEponymTok(t) && !CLINICAL_SHORTHAND.has(t.lower) &&
    !(t.flags & (F_MONTH | F_STATE_NAME)) && SHOUTED_VOWEL.test(t.word) && nameOrUnlisted(text, t, lexiconTok(t));
}

/**
 * "WADE BIRD - 97YO - HIP FX", "PCP - KALPESH STANIKZAI (93M)": two or three words a line, label or dash opens and token `i`
 * ends before an age, each a listed name or no list's word; two everyday words only a listed given name then a listed surname.
 */
function shoutedNameBeforeAge(text: string, tokens: Tokens, i: number, name: Uint8Array, staff: Uint8Array): void {
  let first = i;
  while (first > 0 && i - first < 2 && !staff[first - 1] && !name[first - 1] && tokens[first]!.wordGap && !tokens[first]!.sentenceStart && (shoutedSlotWord(text, tokens[first - 1]!) || (first < i && isInitial(tokens[first - 1]!)))) first--;
  while (first < i && isInitial(tokens[first]!)) first++;
  // ("ED TRIAGE: SKIP SZCZEPAŃSKI, 98M": an everyday word no list holds as a name is a nickname only before a surname surely one.)
  const nickname = first === i && i > 0 && !staff[i - 1] && !name[i - 1] && tokens[i]!.wordGap && !tokens[i]!.sentenceStart && everydayNickname(text, tokens[i - 1]!, tokens[i]!);
  if (nickname) first = i - 1;
  if (first === i || !(tokens[first]!.sentenceStart || slotOpensAt(text, Math.max(0, tokens[first]!.start - 24), tokens[first]!.start))) return;
  const given = tokens[first]!, last = tokens[i]!;
  if (!shoutedSlotWord(text, last) || !(nickname || shoutedSlotWord(text, given))) return;
  const english = (w: Token) => isEnglishWord(text, w.start, w.end);
  if (english(given) && english(last) && !(givenTok(given) && familyTok(last))) return;
  name.fill(1, first, i + 1);
}

/** Before a name in capitals: a word that turns it into a description ("HE IS", "THIS WAS"), or a verb whose object is a person ("EMS BROUGHT"). */
const IS_BEFORE = new TokenWords(["is", "was", "brought", "transferred", "visited", "paged", "told", "met"]);
/** After a surname that is also a word, what says a person is meant: "IS READY", "WAS HERE", "KEEPS ASKING". */
const PERSON_PREDICATE_AFTER = /^\s+(?:(?:is|was)\s+(?:ready|here|awake|asleep|asking|refusing|requesting|calling|leaving|going|coming|resting|sleeping|eating|walking|talking|outside|downstairs|bedside|at\s+bedside)|brought\s+(?:in\s+)?by|keeps|kept|insists|refuses|refused|wants|needs)\b/i;

/**
 * "SEMHAR PARIKH: CLINIC VISITS", "HE IS RIZALDY OBIORA.", "EMS BROUGHT WIESŁAW KOWALCZYK FROM": a word no list or English
 * list holds, of a given name's shape, before a listed surname no English word, where a sentence, line or label opens or
 * after "IS" or a verb whose object is a person. A surname that is also a word ("WHITE", "LONG") only when a person's
 * predicate follows or the word before has a letter no English word has: "TAMILSELVI WHITE IS READY", "WIESŁAW LONG FROM".
 */
function shoutedUnlistedGivenPair(text: string, tokens: Tokens, i: number, name: Uint8Array): void {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (t.flags !== 0 || t.rawEnd !== t.end || !next.upper || !next.wordGap || !familyTok(next) || hasFlag(next, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC) || isEponymTok(next)) return;
  if (!unlistedGivenWord(text, t) || DRUG_ENDING.test(t.lower) || ADJECTIVE_ENDING.test(t.lower) || hyphenated(t) || t.joined) return;
  const opens = t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start) || (i > 0 && t.wordGap && IS_BEFORE.has(tokens[i - 1]!));
  if (!opens) return;
  // (Not a surname that is also a word otherwise: "ROLLATOR WALKER IS BROKEN" is a device; nor one no name list calls a word too, "PYXIS CART IS READY".)
  if ((!hasFlag(next, AMBIGUOUS) && !isEnglishWord(text, next.start, next.end)) ||
    (hasFlag(next, AMBIGUOUS) && (PERSON_PREDICATE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 24)) || (nonAsciiLetter(t) && /^\s+(?:from|to|in|at)\b|^[,.;]/i.test(text.slice(next.rawEnd, next.rawEnd + 6)))))) name.fill(1, i, i + 2);
}

/** A letter beyond ASCII in the word ("WIESŁAW", "ZDEŇKA"): no English word's nor a clinical abbreviation's. */
function nonAsciiLetter(t: Token): boolean {
  for (let k = 0; k < t.length; k++) if (t.codeAt(k) > 127) return true;
  return false;
}

/** Whether a word in capitals ends as an age does ("98-YEAR-OLD", "90 YO", "91 Y/O"): in "D" or "O". */
function ageWordEnds(t: Token): boolean {
  const c = t.codeAt(t.length - 1);
  return t.upper && (c === 68 || c === 79);
}
const AGE_BEFORE_SHOUTED = /(?:YEAR-OLD|YR-OLD|YEAR OLD|\d ?YO|\d ?Y\/O) $/i;

/**
 * "NINETY-EIGHT-YEAR-OLD MARK VIRTANEN FELL", "91 YO GRANT OYELARAN IN 4": right after an age, a listed given name (even an
 * everyday word) and a listed surname no English word ("90 YO WHITE MALE" stays: no surname follows).
 */
function shoutedPairAfterAge(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (!t.wordGap || !givenTok(t) || t.rawEnd !== t.end || !next.upper || !next.wordGap || !shoutedSlotWord(text, t) || !AGE_BEFORE_SHOUTED.test(text.slice(Math.max(0, t.start - 10), t.start))) return false;
  return familyTok(next) && !hasFlag(next, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF) && !isEponymTok(next) && !isEnglishWord(text, next.start, next.end);
}

/** After a name: a bracket a relative's word opens, then a comma or a space ("(PT'S SISTER, NOT ...", "(MOM LAGI ..."). */
const KIN_BRACKET_AFTER = new RegExp(String.raw`${BRACKET_OPEN}${RELATIVE_KINDS}(?:,|\s)`, "i");

/**
 * "SPOKE TO DESTINY (PT'S SISTER, NOT ...)", "BABY GIRL SAPOLU (MOM LAGI AKSOY) BORN": a word a bracket follows that
 * opens with a relative's word as its apposition, a comma or a name found already after it; after a comma a listed
 * name (shoutedKinBracketWord), before a found name also a word no list nor English list holds. (Not a sentence in the
 * bracket: "ORDERED UBER (SON TO PAY)".)
 */
function shoutedKinApposition(text: string, tokens: Tokens, n: number, i: number, name: Uint8Array): boolean {
  const t = tokens[i]!;
  const m = KIN_BRACKET_AFTER.exec(text.slice(t.rawEnd, t.rawEnd + 24));
  if (!m || !shoutedKinBracketWord(text, t, false)) return false;
  const at = t.rawEnd + m[0].length;
  if (text.charCodeAt(at - 1) === 44) return shoutedKinBracketWord(text, t, true);
  for (let k = i + 2; k < n && k <= i + 4; k++) if (tokens[k]!.start >= at) return tokens[k]!.start === at && name[k] === 1;
  return false;
}

/**
 * The word before a kin bracket: a listed given name (even an everyday word), or a word no English list holds that
 * (`listed`) a surname list holds, so no app, form or service ("SIGNED MOLST (SON, HCP)", "VIA DOXY (SON, ABROAD)"); no
 * name that is also a verb or a document ("REVIEWED WILL (SON, EXECUTOR)").
 */
function shoutedKinBracketWord(text: string, t: Token, listed: boolean): boolean {
  if (t.rawEnd !== t.end || t.length < 3 || !shoutedSlotWord(text, t) || MODAL_NAMES.has(t.lower)) return false;
  return givenTok(t) || ((!listed || familyTok(t)) && !isEnglishWord(text, t.start, t.end));
}

/**
 * "FAMILY (JASWINDER, TUNCAY) PRESENT", "ASK FAMILY (BÍCH)": after a relative's word, a bracket that holds only one to three
 * single words, commas or "AND" between them, each a listed name or no list's word, one of them a listed name no English word.
 */
function shoutedKinInBrackets(text: string, tokens: Tokens, n: number, r: number, name: Uint8Array, staff: Uint8Array): void {
  let k = r + 1, sure = false;
  for (; k < n && k - r <= 4; k++) {
    const t = tokens[k]!;
    if (k > r + 1 && t.is("and") && t.wordGap) continue;
    if (!(k === r + 1 ? t.gapIs(" (") : t.gapIs(", ") || (tokens[k - 1]!.is("and") && t.wordGap))) return;
    if (staff[k] || !shoutedSlotWord(text, t) || t.length < 3) return;
    const english = isEnglishWord(text, t.start, t.end);
    if (english && !givenTok(t)) return;
    // (One listed name no English word at least: "FAMILY (SAMOAN, TONGAN)", "FAMILY (MYCHART)" are what or how they are.)
    if (!english && lexiconTok(t)) sure = true;
    if (t.rawEnd !== t.end) return;
    if (text.charCodeAt(t.end) === 41) break;
  }
  if (k >= n || !sure || text.charCodeAt(tokens[k]!.end) !== 41) return;
  for (let j = r + 1; j <= k; j++) if (!tokens[j]!.is("and")) name[j] = 1;
}


/**
 * A nickname that is an everyday word ("SKIP", "BUD") before `last`: an English word no list holds, three letters or more,
 * no verb's ending, then a listed surname no English word nor a name that is also a word.
 */
function everydayNickname(text: string, t: Token, last: Token): boolean {
  return t.upper && t.flags === 0 && t.length >= 3 && t.rawEnd === t.end && !t.joined && !CLINICAL_SHORTHAND.has(t.lower) && isEnglishWord(text, t.start, t.end) && !looksLikeVerb(t) &&
    !ADJECTIVE_ENDING.test(t.lower) && !CLINICAL_ENDING.test(t.lower) && familyTok(last) && !hasFlag(last, NOT_NAME | AMBIGUOUS | GIVEN) && !isEponymTok(last) && !isEnglishWord(text, last.start, last.end);
}

/**
 * "• MARIVIC O. NALLAPATI - DC TMRW", "ADMIT: KALANI R. OYELARAN, 71F": where a line, bullet or label opens, a listed given name
 * or a word no English list holds, a dotted initial and a surname (shoutedInitialSurname, sure of the word before), before
 * what closes a slot. (Not a vitamin's or a germ's letter: "VITAMIN D. LEVEL", "KLEBSIELLA K. PNEUMONIAE".)
 */
function shoutedGivenInitialSurname(text: string, tokens: Tokens, i: number, staff: Uint8Array): boolean {
  const t = tokens[i]!, last = tokens[i + 2]!;
  if (t.rawEnd !== t.end || t.length < 3 || !tokens[i + 1]!.wordGap || !shoutedSlotWord(text, t) || DRUG_ENDING.test(t.lower) || SPECIES_ENDING.test(t.lower)) return false;
  if (!(givenTok(t) || !isEnglishWord(text, t.start, t.end)) || !(t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start))) return false;
  return shoutedInitialSurname(text, tokens, i + 1, staff, true) > 0 && SLOT_CLOSES.test(text.slice(last.rawEnd, last.rawEnd + 24));
}

/** After a word: a bracketed bed, room or bay number ("(BED 12)", "(RM 4B)"). */
const BED_BRACKET_AFTER = /^ \((?:bed|rm|room|bay)\s*#?\s*\d/i;

/**
 * "• HEIKKILÄ (BED 12) - T 39.2": where a line, bullet or label opens, a listed name no English word and a bracket that
 * numbers its bed. (Not a unit's or a list's word no list holds: "• PACU (BED 3)", "• ISOLATION (RM 4)".)
 */
function shoutedSurnameInBed(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!;
  return t.rawEnd === t.end && t.length >= 3 && lexiconTok(t) && !hasFlag(t, AMBIGUOUS) && shoutedSlotWord(text, t) && !isEnglishWord(text, t.start, t.end) &&
    (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start));
}

/** Verbs that open reported speech, whose subject may open it ("MOM SAYS HUNTER TURNED 94"). */
const SAYS_BEFORE = new TokenWords(["says", "said", "states", "stated", "reports", "reported", "confirms", "confirmed"]);

/** Words of a stay's dates after a patient's surname ("ADM", "DC", "READMIT"). */
const STAY_WORDS = new TokenWords(["adm", "admit", "admitted", "readmit", "readmitted", "dc", "dc'd", "discharged"]);

/**
 * "JEON ADM 2021-10-07, DC 2020-04-04": where a message, line or label opens, a listed surname no English word nor a
 * name that is also a word, then a stay's word and its date.
 */
function shoutedSurnameOfStay(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (t.rawEnd !== t.end || t.length < 3 || !familyTok(t) || hasFlag(t, AMBIGUOUS) || !shoutedSlotWord(text, t) || isEnglishWord(text, t.start, t.end)) return false;
  return (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) && /^\s+(?:on\s+)?\d/.test(text.slice(next.rawEnd, next.rawEnd + 6));
}

/** A verb's past in shorthand: "REQ'D", "D/C'D". */
const SHORT_PAST = /['’]D$/i;

/**
 * Two words before an ID cue or a date (shoutedNames): two everyday words only a listed given name then a listed surname
 * ("FAITH STONE 04SEP2004"; "LAST FILL 12-10-2019" is the pharmacy's), and no stay's word ("JEON ADM 3/2/21" is one name).
 */
function shoutedPairBeforeDate(text: string, cue: Token, second: Token): boolean {
  // (Nor a verb's shorthand in 'D: "SITTER REQ'D. MRN 532".)
  if (STAY_WORDS.has(second) || SHORT_PAST.test(text.slice(second.start, second.end))) return false;
  return !(isEnglishWord(text, cue.start, cue.end) && isEnglishWord(text, second.start, second.end)) || (givenTok(cue) && familyTok(second));
}

/** Welsh patronymic particles ("ANALYN AP RHYS"): in capitals "AP" is as often anteroposterior, so only between names. */
const WELSH_PARTICLES = new TokenWords(["ap", "ab", "verch", "ferch"]);

/** After a found name and a Welsh particle: a listed name no English word nor a name that is also a word ("AP RHYS"; "AP VIEW", "AP PELVIS" stay). */
function shoutedAfterWelshParticle(text: string, t: Token, next: Token): boolean {
  return t.wordGap && next.wordGap && next.upper && next.length >= 3 && lexiconTok(next) && !hasFlag(next, NOT_NAME | AMBIGUOUS | CUE | RELATIVE | STAFF) && !isEponymTok(next) &&
    !isEnglishWord(text, next.start, next.end);
}

/**
 * "ED: DAWN HILL BROUGHT BY EMS", "GRACE FIELDS IS READY FOR DC": where a line or label opens, a listed given name and a listed
 * surname, either also a word, that a person's predicate follows (PERSON_PREDICATE_AFTER); no modal nor month ("PLAN: WILL
 * PAGE IS READY", "MAY HILL").
 */
function shoutedWordNamesActing(text: string, t: Token, next: Token): boolean {
  if (!next.upper || t.rawEnd !== t.end || t.length < 3 || next.length < 3 || !hasFlag(t, GIVEN) || !hasFlag(next, FAMILY) || MODAL_NAMES.has(t.lower) || (t.flags | next.flags) & F_MONTH) return false;
  // (An eponym as the surname only after a listed given name no name that is also a word: "GENE PARKINSON IS RESTING NOW"; "BELL PALSY IS BETTER" has none.)
  if (hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || hasFlag(next, NOT_NAME | CUE | RELATIVE | STAFF | HONORIFIC | BED | AGE_WORD) || isEponymTok(t) ||
    (isEponymTok(next) && (hasFlag(t, AMBIGUOUS) || hyphenated(next)))) return false;
  return (t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) && PERSON_PREDICATE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 24));
}

/** Whether a bracket at token `j` (" (" before it) holds only a found name, one to four words, and closes after it. */
function foundNameClosesBracket(text: string, tokens: Tokens, n: number, j: number, name: Uint8Array): boolean {
  if (!tokens[j]!.gapIs(" (")) return false;
  for (let k = j; k < n && k - j < 4 && name[k]; k++) if (text.charCodeAt(tokens[k]!.end) === 41) return true;
  return false;
}

/**
 * A word by a bracket in a person's slot: a listed name no English word, or (`unlisted`) also a word no list holds of a given
 * name's shape; no title, cue or clinical word.
 */
function shoutedNameOfBracket(text: string, t: Token, unlisted: boolean): boolean {
  if (t.rawEnd !== t.end || t.length < 3 || !shoutedSlotWord(text, t) || isEnglishWord(text, t.start, t.end) || DRUG_ENDING.test(t.lower)) return false;
  return (lexiconTok(t) && !hasFlag(t, AMBIGUOUS)) || (unlisted && unlistedGivenWord(text, t));
}

/**
 * "FREQUENT FLYER TITO (MAGDALENA N YAMAUCHI) BACK": a listed name no English word before a bracket that holds only a
 * found name (foundNameClosesBracket, in shoutedPersonSlots) is what the person goes by. "S: AUTUMN (SULLY) BJORNSTAD, 92M":
 * where a line or label opens, a given name, a nickname in brackets and a surname an age closes, the given name listed
 * (even a word) or no English word, the nickname and the surname no English word.
 */
function shoutedNicknameBetween(text: string, tokens: Tokens, i: number): boolean {
  const t = tokens[i]!, nick = tokens[i + 1]!, last = tokens[i + 2]!;
  // ("AUTUMN (SULLY) BJORNSTAD": the bracket closes on the nickname, one space before the surname.)
  if (!nick.gapIs(" (") || text.charCodeAt(nick.end) !== 41 || last.start !== nick.end + 2 || text.charCodeAt(nick.end + 1) !== 32 || !last.upper || !ageClosesAt(text, last.rawEnd)) return false;
  if (!(t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) || !shoutedSlotWord(text, t) || !(givenTok(t) || !isEnglishWord(text, t.start, t.end))) return false;
  return (shoutedNameOfBracket(text, nick, true) || (lexiconTok(nick) && shoutedSlotWord(text, nick))) && shoutedNameOfBracket(text, last, true);
}

// For the gate property tests (test/privacy/pattern-gates.property.test.ts).
export { CLOSES, closesAt, idCueOrNumberAfterSpaces, LIST_HEADER, listHeaderIn, possessiveOrInBetweenSpaces, SLOT_CLOSES, SLOT_OPENS, slotOpensAt, wordBetweenSpaces };

// ---- Text typed all in lower case: slots held-out corpus 15 showed (tests in names-lower-holdout15.test.ts). ----

/**
 * A surname by its ending ("-shvili", "-dze", "-etxea", "-enko"...), listed as a surname alone or read as one by the scan (scan.ts's
 * surnameEnding gives a word no list holds the FAMILY flag alone): in text typed all in lower case a name wherever it stands
 * ("javakhishvili's bactrim", "petrosyan's labs").
 */
function surnameByEnding(text: string, t: Token): boolean {
  return t.length >= 6 && t.flags === FAMILY && !t.handle && !(t.joined && !isPossessive(text, t)) && surnameEnding(text, t.start, t.end);
}

/** What only a person has, after a listed surname that is also an English word ("reddy's car"; not a surgery: "asherman's surgery"). */
const PERSON_ONLY_POSSESSED = new TokenWords(["car", "truck", "vehicle", "suv", "phone", "cell", "keys", "wallet", "purse", "belongings", "glasses", "dentures", "hearing", "wheelchair", "walker",
  "house", "apartment", "photo", "photos", "wristband", "armband", "mrn", "dob", "ssn", "meds", "medications", "discharge", "admission", "biopsy", "vitals"]);

/** Where a patient is in our unit, after a name: "in hall bed 7", "rm 618", "792a refused", "bay 8 i&o", "in 434b just". */
const UNIT_PLACE_AFTER = /^[^\S\n]+(?:(?:in[^\S\n]+)?(?:hall[^\S\n]+bed|hallway|bed|rm|room|bay)[^\S\n]*#?[a-z]?-?\d{1,4}[a-z]?\b(?![.,]\d|[^\S\n]*(?:mg|mcg|ml|units?|hrs?|hours?|days?|min|mins|minutes?|%|\/))|(?:in[^\S\n]+)?\d{2,4}[a-f]\b(?![.,]\d|[^\S\n]*(?:mg|mcg|ml|units?|%|\/)))/i;

/** What after a surname shows a person: a record's cue after its comma, a newborn's sex, a family's move. */
const LOWER_SURNAME_RECORD_AFTER = /^(?:,[^\S\n]*(?:dob|mrn|mr#|acct|ssn)\b|,[^\S\n]*baby[^\S\n]+(?:girl|boy)\b|[^\S\n]+family[^\S\n]+(?:moving|moved|relocating|relocated)\b)/;
/** "edurnes": a word of five letters or more whose stem without its "s" is a spoken word no English list holds, and no English word itself. */
function unlistedPossessive(text: string, t: Token): boolean {
  if (isEnglishWord(text, t.start, t.end) || isEnglishWord(text, t.start, t.end - 1) || CLINICAL_ENDING.test(t.lower) || DRUG_ENDING.test(t.lower)) return false;
  const stem = t.lower.slice(0, -1);
  return SPOKEN_WORD.test(stem) && !EPONYMS.has(stem) && !CLINICAL_SHORTHAND.has(stem);
}
/** A former spouse's or partner's word after "ex-": "ex-husband", "ex-wife", "ex-boyfriend". */
const FORMER_KIN = new Set(["husband", "wife", "boyfriend", "girlfriend", "partner", "spouse", "fiance", "fiancee", "fiancé", "fiancée"]);
/** An age over 89 alone in brackets: " (91)", " (104)". */
const OLD_AGE_ALONE_AFTER = /^ \((?:9\d|1[01]\d)\)/;
/** What closes a moved patient's surname: "move zhang away from", "next to bhattacharya?", "swap okafor to 4". */
const MOVE_CLOSES = /^(?:[^\S\n]*[?.,;!]|[^\S\n]*$|[^\S\n]+(?:away|to|into|out|from|with|and|in|over|back|next)\b)/;
/** The first words of a place in our unit (a room's number is a token of its own too). */
const UNIT_PLACE_FIRST = new TokenWords(["in", "hall", "hallway", "bed", "rm", "room", "bay"]);
/**
 * 0 when no place in our unit follows token `t`; 1 when one does; 2 when a person's act follows the place too ("pickup room 326"
 * is a place's, "begum in hall bed 7 needs 1:1" a person's).
 */
function unitPlaceAfter(text: string, t: Token, personOnly = false): number {
  const m = UNIT_PLACE_AFTER.exec(text.slice(t.end, t.end + 40));
  if (!m) return 0;
  return (personOnly ? UNIT_PLACE_PERSON_ACT_AFTER : UNIT_PLACE_ACT_AFTER).test(text.slice(t.end + m[0].length, t.end + m[0].length + 24)) ? 2 : 1;
}
/** What a person alone does where a patient lies ("refused", "wants", "fell"); with "is", "was", "has", "had", "keeps", "left", "pulled", what things do too. */
const UNIT_PLACE_PERSON_ACTS = "needs|needed|refused|refuses|refusing|wants|wanted|says|said|told|asking|asked|fell|eloped|yelling|crying|called|calling|declined|declining";
const UNIT_PLACE_ACT_AFTER = new RegExp(String.raw`^[^\S\n]+(?:just[^\S\n]+)?(?:${UNIT_PLACE_PERSON_ACTS}|pulled|is|was|has|had|keeps|left)\b`, "i");
const UNIT_PLACE_PERSON_ACT_AFTER = new RegExp(String.raw`^[^\S\n]+(?:just[^\S\n]+)?(?:${UNIT_PLACE_PERSON_ACTS})\b`, "i");

/** Acts after "pt <surname>" that only a person does ("pt frost ran the cam", "pt hodgkin very hoh"). */
const PT_NAME_ACTS = new TokenWords(["ran", "works", "worked", "lives", "lived", "keeps", "kept", "told", "says", "said", "wants", "asked", "asks", "called", "texted", "left", "went", "came", "eloped", "refused", "refuses",
  "declined", "declines", "pulled", "threw", "yelled", "cried", "fell", "signed", "consented", "very", "prefers", "speaks", "knows", "thinks", "brought", "sent"]);

/** Cues of what a person wants to be called: "prefers name pip", "preferred name: bo", "goes by pookie". */
const CALLED_NAME_BEFORE = /(?:\bpref(?:er(?:s|red)?)?\.?[^\S\n]+name[^\S\n]*:?|\bgoes[^\S\n]+by|\bprefers[^\S\n]+to[^\S\n]+be[^\S\n]+called|\bnickname[^\S\n]*:?)[^\S\n]+$/;

/** Genera whose species a letter abbreviates, and endings of genera ("candida g.", "morganella m.", "providencia s.", "klebsiella p."). */
const GENUS_BEFORE_LETTER = /^(?:candida|providencia|proteus|serratia|enterobacter|citrobacter|bacillus|nocardia|mycoplasma|bartonella|brucella)$|(?:ella|coccus|bacter|monas|myces|bacterium)$/;
/** Words of clinical shorthand after a single letter and its stop: "vitamin d.", "hep b.", "type a." are no initials. */
const LETTER_AFTER_WORDS = new TokenWords(["vitamin", "vit", "hep", "hepatitis", "type", "group", "class", "grade", "stage", "zone", "plan", "option", "part", "twin", "baby", "bed", "pod", "bay", "room", "rm", "wing", "hall", "section", "item", "step", "vial", "lot", "tube", "line", "lead", "strep", "influenza", "flu", "c", "e"]);
/** What may follow "<given> <initial>.": a bracket, a dash, a comma, an age and sex, a person's act, the end. */
const INITIAL_CLOSES = /^(?:[^\S\n]*[(,;]|[^\S\n]+[-–—][^\S\n]|[^\S\n]*$|[^\S\n]*\n|[^\S\n]+\d{2,3}[^\S\n]?[mf]\b|[^\S\n]+(?:staying|is|was|has|had|says|said|wants|needs|refused|refuses|declined|called|left|fell|and)\b)/;

/**
 * Names in text typed all in lower case where no capital shows one and a slot does: a surname by its ending
 * ("javakhishvili's bactrim"), a listed surname that is also an English word owning what only a person has ("reddy's car")
 * or a relative ("foley's wife"), a listed name where a patient is in our unit ("begum in hall bed 7", "mayo 792a refused"),
 * a listed surname after "pt" and a person's act ("pt frost ran"), a given name and a middle initial ("arash t. (hyponatremia)"),
 * a nickname after "prefers name" or "goes by" ("prefers name pip").
 */
function lowerCaseSlots(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || t.handle || t.length < 2) continue;
    const next = i + 1 < n ? tokens[i + 1]! : undefined;
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    const people = hasFlag(t, CUE | RELATIVE | STAFF | BED | HONORIFIC | AGE_WORD) || t.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE | F_FACILITY | F_STREET);
    if (people) continue;
    const afterStaff = !!prev && (staff[i - 1] === 1 || (t.wordGap && hasFlag(prev, STAFF)));
    // "javakhishvili's bactrim", "beridze, mzia": a surname by its ending, anywhere but after a staff title.
    if (!afterStaff && surnameByEnding(text, t)) {
      name[i] = 1;
      continue;
    }
    const listed = t.length >= 3 && hasFlag(t, GIVEN | FAMILY) && !hasFlag(t, NOT_NAME) && !MODAL_NAMES.has(t.lower);
    const determiner = !!prev && t.wordGap && DETERMINERS.has(prev);
    // "reddy's car", "zulu's surgery", "foley's wife achieng": a listed surname, even an English word or an eponym, owning what only
    // a person has or a relative; not after a determiner ("the baker's car"), nor an eponym's own disease after it.
    if (next && next.wordGap && isPossessive(text, t) && !determiner && !afterStaff && hasFlag(t, FAMILY) && !hasFlag(t, NOT_NAME | AMBIGUOUS) && t.length >= 3 &&
      ((PERSON_ONLY_POSSESSED.has(next) && !isEponymTok(t)) || (hasFlag(next, RELATIVE) && NAME_AFTER_KIN.test(text.slice(next.end, next.end + 24))))) {
      name[i] = 1;
      continue;
    }
    // "begum in hall bed 7 needs 1:1", "urrutia rm 618 refused", "tsegaye in 434b just told me": a listed name opening a line, a sentence,
    // a label or a list's item where a patient is in our unit (no eponym, no modal, no determiner before it).
    // (An English word only before what a person alone does there: "bath in room 4 done", "sugar in bed 3 was 45", "call light in room 6
    // is broken" stay; and only opening its slot.)
    if (listed && (isAsciiDigit(text.charCodeAt(t.end + 1)) || (!!next && next.start === t.end + 1 && UNIT_PLACE_FIRST.has(next))) && !isEponymTok(t) && !hasFlag(t, AMBIGUOUS) && !PERSON_NOUNS.has(t) && !determiner && !afterStaff &&
      text.charCodeAt(t.rawEnd) === 32 && t.rawEnd === t.end) {
      const english = isEnglishWord(text, t.start, t.end);
      const place = unitPlaceAfter(text, t, english);
      if (place > 0 && (english ? (!!prev && t.wordGap && PERSON_SLOT_BEFORE.has(prev)) || (place > 1 && (slotOpensAt(text, Math.max(0, t.start - 24), t.start) || t.sentenceStart || t.gapIs(", "))) :
        slotOpensAt(text, Math.max(0, t.start - 24), t.start) || t.sentenceStart || (!!prev && PERSON_SLOT_BEFORE.has(prev)) || place > 1)) {
        name[i] = 1;
        continue;
      }
    }
    // "bcbs 2040... — chatterjee, dob", "newborn bautista, baby girl", "darwish family moving from": a listed surname no English word
    // before a record's cue after its comma, a newborn's "baby girl" or "baby boy", or a family that moves.
    if (t.length >= 4 && hasFlag(t, FAMILY) && !hasFlag(t, NOT_NAME | AMBIGUOUS | EPONYM) && !afterStaff && (text.charCodeAt(t.rawEnd) === 44 || (!!next && next.is("family"))) &&
      LOWER_SURNAME_RECORD_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 20)) && !isEnglishWord(text, t.start, t.end)) {
      name[i] = 1;
      continue;
    }
    // "pt frost ran the cam", "pt hodgkin very hoh": a listed surname after "pt" before what only a person does.
    // ("very" only after a surname no English word: "pt sweet very pleasant" stays.)
    if (listed && next && prev && t.wordGap && next.wordGap && (prev.is("pt") || prev.is("patient")) && prev.rawEnd === prev.end && hasFlag(t, FAMILY) && !hasFlag(t, AMBIGUOUS) && PT_NAME_ACTS.has(next) && !eponymContextAfter(tokens, i) &&
      !(next.is("very") && isEnglishWord(text, t.start, t.end))) {
      name[i] = 1;
      continue;
    }
  }
  // "arash t. (hyponatremia)", "april b. 92m", "phuong d. staying": a given name (found, listed, a month that is one, or a spoken
  // word no list or English list holds) and a single letter with its stop, closed as a name is.
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, mid = tokens[i + 1]!;
    if (mid.length !== 1 || !mid.wordGap || mid.rawEnd !== mid.end + 1 || text.charCodeAt(mid.end) !== 46 || staff[i] || staff[i + 1] || (name[i] && name[i + 1])) continue;
    // (Nor a germ's genus before its species' letter: "candida g. (resistant", "morganella m. (ucx)".)
    if (t.length < 3 || t.handle || hasFlag(t, CUE | RELATIVE | STAFF | BED | HONORIFIC | EPONYM) || (hasFlag(t, NOT_NAME) && !(t.flags & F_MONTH && MONTH_NAMES.has(t.lower))) || LETTER_AFTER_WORDS.has(t) || CLINICAL_SHORTHAND.has(t.lower) || mid.is("i") ||
      GENUS_BEFORE_LETTER.test(t.lower)) continue;
    const given = name[i] === 1 || (givenTok(t) && !hasFlag(t, AMBIGUOUS) && !(t.flags & F_MONTH)) || (t.flags & F_MONTH && MONTH_NAMES.has(t.lower)) ||
      (t.flags === 0 && SPOKEN_WORD.test(t.lower) && !isEnglishWord(text, t.start, t.end) && !DRUG_ENDING.test(t.lower) && !CLINICAL_ENDING.test(t.lower));
    if (!given || !INITIAL_CLOSES.test(text.slice(mid.rawEnd, mid.rawEnd + 12))) continue;
    // (Not a surname initial's next word: "maria t. lopez" is middleInitials'.)
    name[i] = name[i + 1] = 1;
  }
  // "rutendo black is a national of", "death pronounced dilani marsh nov 21", "counselor: yuxuan sickles, household of 5": a word
  // no list or English list holds (pairPart) and a listed surname that is an English word too, where a slot opens and a person's
  // act, an age, a record's cue, a date or a phone closes them (a label's comma too; no drug or order before the pair).
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    if (name[i] || name[i + 1] || staff[i] || staff[i + 1] || !next.wordGap || !hasFlag(next, FAMILY) || hasFlag(next, NOT_NAME | CUE | RELATIVE | STAFF | BED | EPONYM) || next.length < 3 || next.joined) continue;
    if (next.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE | F_FACILITY | F_STREET) || t.flags !== 0 || t.length < 3 || !isEnglishWord(text, next.start, next.end) || !pairPart(text, t) || DRUG_ENDING.test(t.lower)) continue;
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    const label = !!prev && slotOpensAt(text, Math.max(0, t.start - 24), t.start);
    if (prev && !t.sentenceStart && !label && !(t.wordGap && (PERSON_SLOT_BEFORE.has(prev) || prev.is("pronounced")))) continue;
    const after = text.slice(next.rawEnd, next.rawEnd + 24);
    const third = i + 2 < n && tokens[i + 2]!.wordGap ? tokens[i + 2]! : undefined;
    const strong = (!!third && !hasFlag(next, AMBIGUOUS) && PERSON_ACTS_AFTER.has(third)) || (!!third && (third.is("is") || third.is("was"))) || AGE_AFTER.test(after) || ID_CUE_AFTER.test(after) || DATE_AFTER_PAIR.test(after) || PHONE_NUMBER_AFTER.test(after) ||
      (label && !hasFlag(next, AMBIGUOUS) && text.charCodeAt(next.rawEnd) === 44);
    if (strong && !drugSlot(tokens, i, i + 1)) name.fill(1, i, i + 2);
  }
  // "pita taufa 94m from", "ilse ngata, dob": the other way round, a listed name (even an English word) and then a spoken word no list
  // or English list holds, opening a line or a label, an age, a record's cue or a date closing them.
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    if (name[i] || name[i + 1] || staff[i] || staff[i + 1] || !next.wordGap || next.flags !== 0 || t.length < 3 || !hasFlag(t, GIVEN | FAMILY) || hasFlag(t, NOT_NAME | AMBIGUOUS | EPONYM | CUE | RELATIVE | STAFF | BED | HONORIFIC)) continue;
    if (t.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE | F_FACILITY | F_STREET) || MODAL_NAMES.has(t.lower) || !(t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) || !pairPart(text, next)) continue;
    const after = text.slice(next.rawEnd, next.rawEnd + 24);
    if ((AGE_AFTER.test(after) || ID_CUE_AFTER.test(after) || DATE_AFTER_PAIR.test(after)) && !drugSlot(tokens, i, i + 1)) name.fill(1, i, i + 2);
  }
  // "edurnes wife armen left", "can we move zhang away from bhattacharya?": a possessive typed without its apostrophe (a word no list
  // or English list holds but for its "s") before a relative and a name; a listed surname no English word after a move's verb or
  // "away from" / "next to" where a patient is moved.
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    if (name[i] || staff[i] || t.length < 4 || t.handle || t.joined) continue;
    if (next.wordGap && hasFlag(next, RELATIVE) && t.flags === 0 && t.length >= 5 && t.codeAt(t.length - 1) === 115 && !hasFlag(next, STAFF) && unlistedPossessive(text, t) && !KIN_PLURALS_ABROAD.has(t) &&
      NAME_AFTER_KIN.test(text.slice(next.end, next.end + 24)) && kinNameAfter(text, tokens, n, i + 2)) {
      name[i] = 1;
      continue;
    }
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    if (!prev || !t.wordGap || !hasFlag(t, FAMILY) || hasFlag(t, NOT_NAME | AMBIGUOUS | EPONYM | CUE | RELATIVE | STAFF | BED)) continue;
    const moved = MOVE_WORDS.has(prev) || (i > 1 && prev.is("from") && tokens[i - 2]!.is("away")) || (i > 1 && prev.is("to") && tokens[i - 2]!.is("next"));
    if (moved && MOVE_CLOSES.test(text.slice(t.rawEnd, t.rawEnd + 16)) && !isEnglishWord(text, t.start, t.end)) name[i] = 1;
  }
  // "visits from ex-husband kasun perera (", "her ex-wife adaeze okeke called": after a former spouse or partner, one or two listed names no
  // English word (or a spoken word no list holds before a listed one).
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!, cue = tokens[i - 1]!;
    if (name[i] || staff[i] || !t.wordGap || !cue.joined || cue.length < 5 || !(cue.codeAt(0) === 101 && cue.codeAt(1) === 120 && cue.codeAt(2) === 45) || !FORMER_KIN.has(cue.lower.slice(3))) continue;
    const part = (w: Token) => w.length >= 3 && !w.handle && !hasFlag(w, NOT_NAME | AMBIGUOUS | EPONYM | CUE | RELATIVE | STAFF | BED | HONORIFIC) && !(w.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE)) &&
      (lexiconTok(w) ? !isEnglishWord(text, w.start, w.end) : pairPart(text, w));
    if (!part(t) || !(lexiconTok(t) || (i + 1 < n && lexiconTok(tokens[i + 1]!)))) continue;
    name[i] = 1;
    if (i + 1 < n && tokens[i + 1]!.wordGap && !staff[i + 1] && part(tokens[i + 1]!)) name[i + 1] = 1;
  }
  // "halyna coffin (91) dnr", "> tsang rusty (96) from": two name words (listed, even English words, or spoken words no list holds, one
  // of them listed) opening a line, a quote or a label before an age over 89 alone in brackets.
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    if (name[i] || name[i + 1] || staff[i] || staff[i + 1] || !next.wordGap || text.charCodeAt(next.rawEnd) !== 32 || text.charCodeAt(next.rawEnd + 1) !== 40 || !OLD_AGE_ALONE_AFTER.test(text.slice(next.rawEnd, next.rawEnd + 8))) continue;
    const part = (w: Token) => w.length >= 2 && !w.handle && !w.joined && !hasFlag(w, NOT_NAME | EPONYM | CUE | RELATIVE | STAFF | BED | HONORIFIC | AGE_WORD) && !(w.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE | F_FACILITY | F_STREET)) &&
      !CLINICAL_SHORTHAND.has(w.lower) && (lexiconTok(w) || pairPart(text, w));
    // (Two English words only after a listed given name: "peak flow (100)", "grip strength (95)" stay, "bud coffin (104)" is taken.)
    if ((t.sentenceStart || slotOpensAt(text, Math.max(0, t.start - 24), t.start)) && part(t) && part(next) && (lexiconTok(t) || lexiconTok(next)) && !MODAL_NAMES.has(t.lower) &&
      !(isEnglishWord(text, t.start, t.end) && isEnglishWord(text, next.start, next.end) && !givenTok(t))) name.fill(1, i, i + 2);
  }
  // "prefers name pip", "goes by pookie": the word after the cue is what a person is called (no clinical word or staff's).
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    if (name[i] || staff[i] || !t.wordGap || t.length < 2 || t.handle || hasFlag(t, CUE | RELATIVE | STAFF | BED | HONORIFIC | EPONYM) || CLINICAL_SHORTHAND.has(t.lower)) continue;
    const p = tokens[i - 1]!;
    if (!(p.is("name") || p.is("by") || p.is("called") || p.is("nickname"))) continue;
    if (!CALLED_NAME_BEFORE.test(text.slice(Math.max(0, t.start - 36), t.start))) continue;
    // (An English word only when the lists hold it as a name too, or after "prefers name": "goes by weight", "goes by bus" stay.)
    // (Or closing the brackets it opened: "(goes by bubba)".)
    if (isEnglishWord(text, t.start, t.end) && !(givenTok(t) && !hasFlag(t, NOT_NAME)) && !p.is("name") && !(text.charCodeAt(t.rawEnd) === 41 && text.lastIndexOf("(", t.start) > text.lastIndexOf(")", t.start))) continue;
    // (Nor a word that says something of the name: "preferred name unknown", "... updated in chart", "prefers name not be on the board",
    // "(goes by wheelchair)".)
    if (NAMED_NOT_A_NAME.has(t) || hasFlag(t, NOT_NAME) || TRANSPORT_WORDS.has(t) || (isEnglishWord(text, t.start, t.end) && !lexiconTok(t) && (looksLikeVerb(t) || ENGLISH_FORM_ENDING.test(t.lower)))) continue;
    name[i] = 1;
  }
}
/** How one goes, after "goes by": "(goes by wheelchair)", "goes by ambulance". */
const TRANSPORT_WORDS = new TokenWords(["wheelchair", "w/c", "stretcher", "walker", "ambulance", "car", "bus", "van", "cab", "taxi", "uber", "lyft", "train", "foot", "bike", "scooter", "medicab"]);
/** Kin and godparents' words in Spanish and Portuguese plurals, no one's possessive: "abuelas daughter called", "comadres husband". */
const KIN_PLURALS_ABROAD = new TokenWords(["abuelas", "abuelos", "comadres", "compadres", "madrinas", "padrinos", "hermanas", "hermanos", "tias", "tios", "primas", "primos", "avós", "avos", "irmãs", "irmaos", "irmãos"]);
/** Whether token `k`, after a relative's word, may be the relative's name: a listed name or a spoken word no English list holds. */
function kinNameAfter(text: string, tokens: Tokens, n: number, k: number): boolean {
  const w = k < n ? tokens[k]! : undefined;
  return !!w && w.wordGap && !hasFlag(w, NOT_NAME | CUE | RELATIVE | STAFF) && (lexiconTok(w) || (w.flags === 0 && !isEnglishWord(text, w.start, w.end) && SPOKEN_WORD.test(w.lower)));
}
/** A relative's name after "X's wife": "foley's wife achieng", "javier's son babak is". */
const NAME_AFTER_KIN = /^[^\S\n]+[\p{L}'’-]{2,}(?:[^\S\n]+[\p{L}'’-]{2,})?(?:[^\S\n]*[,.;:(]|[^\S\n]+(?:the|is|was|has|had|wants|says|said|called|left|at|on|in|will|can|from|to)\b|[^\S\n]*$)/u;

/** Endings of English words formed from others, no surname's: "reachable", "finally", "calmer", "careful". */
const ENGLISH_FORM_ENDING = /(?:able|ible|ly|ing|ed|er|est|ful|less|ness|ment)$/;
/** Everyday words for a person that the lists hold as names too: "the diet guy in room 418 is asking". */
const PERSON_NOUNS = new TokenWords(["guy", "guys", "lady", "man", "woman", "kid", "boy", "girl", "gentleman", "fellow", "dude", "baby", "person", "gent", "chap", "young", "old", "new", "other"]);

/** A date after a name: " nov 21 2025", " 10/24/1994", " 3 jan". */
const DATE_AFTER_PAIR = /^,?[^\S\n]+(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[^\S\n]+\d{1,2}\b|\d{1,2}[^\S\n]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)/;
/** An age and sex after a comma: ", 99m,", ", 23f". */
const AGE_SEX_AFTER_PAIR = /^,[^\S\n]*\d{1,3}[^\S\n]?(?:[mf]|yo|y\/o)\b/;
/** Two particles that open a surname together: "de los santos", "van der berg", "de la cruz". */
const FIRST_OF_TWO_PARTICLES = new TokenWords(["de", "van", "von", "della", "dos", "das"]);
const SECOND_OF_TWO_PARTICLES = new TokenWords(["los", "las", "la", "der", "den", "de", "del"]);
/** Particles that say "son of" or "daughter of" and open a surname by themselves: "ibn rashid", "binti yusof". */
const LOWER_OPENING_PATRONYMICS = new TokenWords(["ibn", "binti", "binte", "bint"]);
const LOWER_OPENING_DUTCH = new TokenWords(["van", "von", "ter", "ten"]);
/** What closes a name found after a given name: a phone, a record's cue, a bracket or a person's act. */
const GIVEN_SURNAME_CLOSES = new RegExp(String.raw`^(?:${PHONE_NUMBER_AFTER.source.slice(1)}|` + String.raw`,?[^\S\n]+(?:mrn|dob|mr#|acct)\b|[^\S\n]+\((?!\d)|[^\S\n]+(?:sent|called|texted|emailed|says|said|wants|is|was|has|had|signed|consented|asked|left|brought|visited|visiting)\b)`, "i");

/**
 * After names grow, in text typed all in lower case: a surname after a found given name that the lists lack or hold as a word too,
 * when a phone, a record's cue, a bracket or a person's act closes it ("hcp thandiwe nkosi 856...", "sione nkosi sent a link");
 * Dutch "'t" after a found particle ("femke van 't hof"); two particles or a patronymic opening a surname no English list holds
 * ("for de los santos:", "ibn rashid family meeting").
 */
function lowerCaseAfterFound(text: string, tokens: Tokens, n: number, name: Uint8Array, staff: Uint8Array, joinNext: Uint8Array): void {
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    if (staff[i] || staff[i + 1]) continue;
    // "femke van 't hof": Dutch "'t" ("het") between a found particle and the surname.
    if (name[i] && isParticle(t) && next.length === 1 && next.is("t") && (text.charCodeAt(next.start - 1) === 39 || text.charCodeAt(next.start - 1) === 8217) && i + 2 < n) {
      const last = tokens[i + 2]!;
      if (last.wordGap && last.length >= 2 && !staff[i + 2] && !hasFlag(last, CUE | RELATIVE | STAFF | BED)) {
        name.fill(1, i + 1, i + 3);
        joinNext[i] = 1;
      }
      continue;
    }
    // "palliative consult beridze, mzia, 99m": a word no list or English list holds after a found surname and its comma, an age
    // and sex after it.
    if (name[i] && !name[i + 1] && next.gapIs(", ") && !(i > 0 && name[i - 1] && t.wordGap && !isParticle(tokens[i - 1]!)) && next.length >= 3 && !hasFlag(next, CUE | RELATIVE | STAFF | BED | HONORIFIC | AGE_WORD) &&
      !(next.flags & (F_MONTH | F_STATE_NAME)) && nameOrUnlisted(text, next, givenTok(next) && !hasFlag(next, AMBIGUOUS)) && !isEnglishWord(text, next.start, next.end) && !DRUG_ENDING.test(next.lower) &&
      AGE_SEX_AFTER_PAIR.test(text.slice(next.rawEnd, next.rawEnd + 12))) {
      name[i + 1] = 1;
      joinNext[i] = 1;
      continue;
    }
    if (!next.wordGap) continue;
    // "sky chkheidze 10/24/1994": a listed given name, even a word, opening a line or label before a found surname a date, a record's cue,
    // a phone or an age closes.
    // (A given name that is a word too: "sky", "rain".)
    if (!name[i] && name[i + 1] && !(i + 2 < n && name[i + 2] && tokens[i + 2]!.wordGap) && t.length >= 3 && (givenTok(t) || hasFlag(t, AMBIGUOUS | FAMILY)) && !hasFlag(t, NOT_NAME | CUE | RELATIVE | STAFF | BED | HONORIFIC | EPONYM) && !MODAL_NAMES.has(t.lower) &&
      !(t.flags & F_MONTH) && slotOpensAt(text, Math.max(0, t.start - 24), t.start)) {
      const after = text.slice(next.rawEnd, next.rawEnd + 24);
      if (DATE_AFTER_PAIR.test(after) || ID_CUE_AFTER.test(after) || AGE_AFTER.test(after) || PHONE_NUMBER_AFTER.test(after)) {
        name[i] = 1;
        continue;
      }
    }
    if (name[i] && !name[i + 1] && t.rawEnd === t.end && givenTok(t) && !hasFlag(t, AMBIGUOUS | NOT_NAME) && !(i > 0 && name[i - 1] && t.wordGap) && next.length >= 3 && !next.handle && !next.joined &&
      !hasFlag(next, CUE | RELATIVE | STAFF | BED | HONORIFIC | EPONYM | AGE_WORD | NOT_NAME | AMBIGUOUS) && !(next.flags & (F_MONTH | F_STATE_NAME | F_PLACE_CUE | F_FACILITY | F_STREET)) &&
      (familyTok(next) || (next.flags === 0 && SPOKEN_WORD.test(next.lower) && !looksLikeVerb(next) && !DRUG_ENDING.test(next.lower) && !CLINICAL_ENDING.test(next.lower) && !ADJECTIVE_ENDING.test(next.lower) && !CLINICAL_SHORTHAND.has(next.lower) &&
        !(ENGLISH_FORM_ENDING.test(next.lower) && isEnglishWord(text, next.start, next.end)))) &&
      GIVEN_SURNAME_CLOSES.test(text.slice(next.rawEnd, next.rawEnd + 24))) {
      name[i + 1] = 1;
      continue;
    }
    if (name[i]) continue;
    // "pls update address for de los santos:", "ibn rashid family meeting": two particles, or a patronymic, before a surname the
    // lists hold and no English list (or one found), not an eponym.
    const two = FIRST_OF_TWO_PARTICLES.has(t) && SECOND_OF_TWO_PARTICLES.has(next) && i + 2 < n;
    // ("van dijk case:": one Dutch or German particle where a text, line or label opens.)
    const patronymic = LOWER_OPENING_PATRONYMICS.has(t) || (LOWER_OPENING_DUTCH.has(t) && slotOpensAt(text, Math.max(0, t.start - 24), t.start));
    if (!two && !patronymic) continue;
    // (Where a name may open: a text's, line's or label's start, a found name, or a cue or "for" before it; "dolor de los pies" stays.)
    const before = i > 0 ? tokens[i - 1]! : undefined;
    if (before && t.wordGap && !name[i - 1] && !(hasFlag(before, CUE | RELATIVE | HONORIFIC) || PERSON_SLOT_BEFORE.has(before) || NOUN_SLOT_BEFORE.has(before))) continue;
    const k = two ? i + 2 : i + 1, w = tokens[k]!;
    if (staff[k] || !w.wordGap || w.length < 3 || isEponymTok(w) || eponymContextAfter(tokens, k) || hasFlag(w, CUE | RELATIVE | STAFF | BED | NOT_NAME)) continue;
    if (name[k] || (lexiconTok(w) && !isEnglishWord(text, w.start, w.end)) || (two && familyTok(w) && !hasFlag(w, AMBIGUOUS))) name.fill(1, i, k + 1);
  }
}
