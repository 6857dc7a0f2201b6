// One pass over a message that every detector shares: the word tokens name detection
// reads, each token's lexicon flags (one table probe per word, hashed while reading it),
// and cheap facts about the characters (how many digits, which digit runs, which
// punctuation occurs). Detectors test these facts before running a pattern, so a message
// pays only for the patterns that could match it: most chat messages hold no phone number, no
// address and no date, and message-by-message throughput depends on skipping them.
import { isEnglishWord } from "./english.ts";
import * as lexicon from "./lexicon.ts";

const { flagsOfHash, hash1Step, hash2Step, HASH1_SEED, HASH2_SEED, GATE_BITS, ABBREVIATION, AGE_WORD, lowerCode, isCombiningMark } = lexicon;

/**
 * A word of the text (letters, inner apostrophes and hyphens; or an "@handle"). Its
 * strings are cut from the text on first use: most words are only ever tested by their
 * flags, and building three strings per word cost more than the rest of the scan.
 */
// Bits of Token.bits.
const CAP = 1, UPPER = 2, HANDLE = 4, WORD_GAP = 8, SENTENCE_START = 16, JOINED = 32;

export class Token {
  private wordText: string | undefined = undefined;
  private lowerText: string | undefined = undefined;
  private rawLowerText: string | undefined = undefined;
  private gapText: string | undefined = undefined;
  private hyphenPartList: string[] | undefined = undefined;
  // The fields below are set by the scan and only read by detectors.
  /** Offset of the first character. */
  start = 0;
  /** Offset past the name part (a possessive "'s" and a trailing "." are outside). */
  end = 0;
  /** Offset past the whole token. */
  rawEnd = 0;
  /** Offset where the text between the previous token and this one starts. */
  gapStart = 0;
  /** lexicon.wordFlags of `lower`. */
  flags = 0;
  /** First lexicon hash of `lower`: equal words have equal hashes. */
  hash = 0;
  /** The yes/no facts below, one bit each: a pooled long text keeps one field per token, not six. */
  bits = 0;

  /**
   * `source` holds the text being scanned (the pooled scan): a token never stores the text
   * itself, since the pooled tokens live in the old generation and storing each new text
   * in every one of them cost a write barrier per token.
   */
  constructor(private readonly source: { readonly text: string }) {}

  private get text(): string {
    return this.source.text;
  }

  /** First letter is upper case. */
  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }
  /** Written in capitals ("MILLER"): as weak as lower case, since the case says nothing. */
  get upper(): boolean {
    return (this.bits & UPPER) !== 0;
  }
  /** A chat handle such as "@dr.kim". */
  get handle(): boolean {
    return (this.bits & HANDLE) !== 0;
  }
  /** The text before it is one or two spaces (a gap between the words of one phrase). */
  get wordGap(): boolean {
    return (this.bits & WORD_GAP) !== 0;
  }
  /** Starts a sentence (first token, or after . ! ? or a line break). */
  get sentenceStart(): boolean {
    return (this.bits & SENTENCE_START) !== 0;
  }
  /** Letter runs joined by an apostrophe or hyphen ("O'Neil", "mid-March"). */
  get joined(): boolean {
    return (this.bits & JOINED) !== 0;
  }

  /** Drops the strings cut from the text (the source drops the text). */
  release(): void {
    this.wordText = this.lowerText = this.rawLowerText = this.gapText = this.hyphenPartList = undefined;
  }

  /** Points a (pooled) token at a word of its source's new text. */
  set(start: number, end: number, rawEnd: number, gapStart: number): this {
    this.start = start;
    this.end = end;
    this.rawEnd = rawEnd;
    this.gapStart = gapStart;
    this.wordText = this.lowerText = this.rawLowerText = this.gapText = this.hyphenPartList = undefined;
    return this;
  }

  /** The word without possessive and trailing period. */
  get word(): string {
    return (this.wordText ??= this.text.slice(this.start, this.end));
  }
  /** Lower-case word. */
  get lower(): string {
    return (this.lowerText ??= this.word.toLowerCase());
  }
  /** Token as typed, lower case (keeps "pt." and "mr."). */
  get rawLower(): string {
    if (this.rawEnd === this.end) return this.lower;
    return (this.rawLowerText ??= this.text.slice(this.start, this.rawEnd).toLowerCase());
  }
  /** The lower-case word split at hyphens ("garcia-lopez" -> ["garcia", "lopez"]); cut once. */
  get hyphenParts(): string[] {
    return (this.hyphenPartList ??= this.lower.split("-"));
  }
  /** Code of the word's character `k` (0 is the first). */
  codeAt(k: number): number {
    return this.text.charCodeAt(this.start + k);
  }
  /** Text between the previous token and this one. */
  get gap(): string {
    return (this.gapText ??= this.text.slice(this.gapStart, this.start));
  }
  /** Whether the text between the previous token and this one is `gap` (without building it). */
  gapIs(gap: string): boolean {
    if (gap.length !== this.start - this.gapStart) return false;
    for (let k = 0; k < gap.length; k++) if (this.text.charCodeAt(this.gapStart + k) !== gap.charCodeAt(k)) return false;
    return true;
  }
  /** Length of the word. */
  get length(): number {
    return this.end - this.start;
  }
  /** Whether `other` (a token of the same text) is the same word in any case (without building either). */
  sameWord(other: Token): boolean {
    const length = this.end - this.start;
    if (other.hash !== this.hash || other.end - other.start !== length) return false;
    for (let k = 0; k < length; k++) if (lowerCode(this.text.charCodeAt(this.start + k)) !== lowerCode(other.text.charCodeAt(other.start + k))) return false;
    return true;
  }
  /** Whether the lower-case word is `lower` (without building the word). */
  is(lower: string): boolean {
    if (lower.length !== this.end - this.start) return false;
    for (let k = 0; k < lower.length; k++) if (lowerCode(this.text.charCodeAt(this.start + k)) !== lower.charCodeAt(k)) return false;
    return true;
  }
}

/** Size of TokenWords' filter of hash bits (a power of two). */
const WORD_FILTER_SIZE = 1024;

/**
 * A small set of lower-case words tested against tokens: `has(t)` is `words.has(t.lower)`,
 * but most tokens are turned away by their length and their lexicon hash (worked out by the
 * scan) before the lower-case string is cut. Detectors ask whether a token is a particle or a
 * suffix about most tokens of a message, and cutting that string was the cost of the test.
 * A token whose lower case is a listed word has that word's hash: the lexicon folds each
 * character from its lower case (lexicon.lowerCode), so a word and its lower case hash alike.
 */
export class TokenWords {
  private readonly words: ReadonlySet<string>;
  /** A token longer than every word is none (lower-casing never shortens a word). */
  private readonly maxLength: number;
  /**
   * By the low bits of a hash: 0 when no word has them, else 1 + the index in `buckets` of the
   * words that have (a typed array: most tokens are turned away by this one load).
   */
  private readonly bucketOf = new Uint16Array(WORD_FILTER_SIZE);
  private readonly buckets: string[][] = [];

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    let max = 0;
    for (const w of this.words) {
      max = Math.max(max, w.length);
      const bits = lexicon.wordHash(w) & (WORD_FILTER_SIZE - 1);
      if (this.bucketOf[bits] === 0) this.bucketOf[bits] = this.buckets.push([]);
      this.buckets[this.bucketOf[bits]! - 1]!.push(w);
    }
    this.maxLength = max;
  }

  has(t: Token): boolean {
    const index = this.bucketOf[t.hash & (WORD_FILTER_SIZE - 1)]!;
    if (index === 0 || t.length > this.maxLength) return false;
    const bucket = this.buckets[index - 1]!;
    // Common words ("the", "on", "in") pass the hash filter: they are compared in the text,
    // since cutting and lower-casing each was most of the test's cost.
    for (let k = 0; k < bucket.length; k++) {
      const lower = tokenLowerIs(t, bucket[k]!);
      if (lower !== 0) return lower === 1 || this.words.has(t.lower);
    }
    return false;
  }

  /** Whether the lower-case word `lower` is listed (a string already cut). */
  hasWord(lower: string): boolean {
    return this.words.has(lower);
  }
}

/**
 * Whether token `t`'s lower case is `word`, read in the text: 1 yes, 0 no, -1 when the token
 * is not ASCII (toLowerCase may then change its length: the caller compares strings).
 */
export function tokenLowerIs(t: Token, word: string): number {
  const length = t.end - t.start;
  let same = length === word.length;
  for (let k = 0; k < length; k++) {
    const c = t.codeAt(k);
    if (c > 127) return -1;
    if (same && (c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) same = false;
  }
  return same ? 1 : 0;
}

/**
 * The tokens of a scan: entries 0 to `Scan.count - 1` are the text's tokens, every entry
 * after them is undefined (so `tokens[i + 1]` past the last token reads undefined). The
 * array is kept from call to call with its storage: emptying it (length = 0) made V8 drop
 * that storage and grow it again for every message.
 */
export type Tokens = readonly (Token | undefined)[];

/** Everything the detectors read about one text. */
export interface Scan {
  text: string;
  /** See `Tokens`: read entries below `count` only. */
  tokens: Tokens;
  /** Number of tokens. */
  count: number;
  /** OR of the gate bits of lexicon.wordFlags over every token (and the parts of hyphenated ones). */
  features: number;
  /** OR of the lexicon flags of every token (name bits too): a rule that needs a word with a flag no token has is skipped. */
  tokenFlags: number;
  /** Number of ASCII digits. */
  digits: number;
  /** Length of the longest run of ASCII digits (a handle's digits are not read). */
  longestDigitRun: number;
  /** Digit runs shaped like a NANP phone number: 3-3-4 with short separators, or 10 digits. */
  phoneShape: boolean;
  /** Digit runs shaped like an SSN: 3-2-4 with one-character separators. */
  ssnShape: boolean;
  /** Four runs of 1-3 digits joined by dots (an IPv4 candidate). */
  ipv4Shape: boolean;
  /** Three digit runs joined by single "/", "." or "-" (a numeric date candidate). */
  numericDateShape: boolean;
  /** Two runs of 1-2 digits joined by one "/" (a partial date candidate: "3/9"). */
  shortSlashPair: boolean;
  /** A run of 1-2 digits then "st", "nd", "rd" or "th" ("the 28th"). */
  ordinalDay: boolean;
  /** No ASCII capital letter anywhere: text typed all in lower case, where detectors look for other evidence than capitals. */
  lowerCase: boolean;
  /** No ASCII lower-case letter anywhere: text typed all in capitals ("CONSENT FOR SANDOVAL JOAQUÍN"). */
  upperCase: boolean;
  /** Some word holds a letter or combining mark past ASCII ("Joaquín"); a joining "’" does not count. */
  nonAscii: boolean;
  /** A run of exactly 5 digits (a ZIP candidate). */
  fiveDigitRun: boolean;
  /** A run of exactly 6 or 8 digits (a compact birth date candidate). */
  sixOrEightDigitRun: boolean;
  /** 5 digits, "-", 4 digits (ZIP+4). */
  zipPlus4Shape: boolean;
  /** A run of digits reading 90-129 after an age word ("age", "his", "is"...) or before an age unit ("yo", "M", "year"...): an age over 89 candidate. */
  oldAgeNumber: boolean;
  /** A run of 2 or 3 digits reading 90-129, cue or not ("Roe, Ada (97)", "M 102"): a number over 89 that may be an age. */
  ageNumber: boolean;
  /** 17 or more ASCII letters and digits in a row, a digit among them (a VIN candidate). */
  vinShape: boolean;
  /** Offsets of digits inside those runs, at least one per run, in order: a VIN with a digit holds one. */
  vinDigits: number[];
  /**
   * Starts of digit runs that may be part of a code without a cue word (detectors/structured.ts):
   * 7 digits or more, 2 or more next to a letter or after a hyphen ("hb48244207", "96GA80",
   * "X3485-9368", "406-43-07"), or "00" opening a number ("0044 20 ...").
   */
  codeRuns: number[];
  /** Words of two capital letters ("CT", "NY", "BP"): a state code candidate. */
  upperPairs: number;
  /** Counts of some punctuation. */
  dots: number;
  colons: number;
  slashes: number;
  hyphens: number;
  plus: number;
  at: number;
  hashes: number;
  /** Count of "(". */
  parens: number;
}

export function isWordLetter(c: number): boolean {
  // A-Z, a-z, the Latin-1 letters À-Ö, Ø-ö, ø-ÿ, and any letter past Latin-1 ("ń", "ć", "ş").
  return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 192 && c <= 255 && c !== 215 && c !== 247) || (c > 255 && isOtherLetter(c));
}

/**
 * A letter past Latin-1, or a combining mark ("Joaqui\u0301n" typed decomposed is one word: a
 * name's span must not stop at the accent and leave its last letters). A surrogate half is none.
 */
function isOtherLetter(c: number): boolean {
  return (otherClass(c) & OTHER_LETTER) !== 0;
}
/** Whether a letter past Latin-1 is lower case (has an upper-case form of its own). */
function isOtherLower(c: number): boolean {
  return (otherClass(c) & OTHER_LOWER) !== 0;
}
/** Whether a letter past Latin-1 is upper case (has a lower-case form of its own): "Ł", "Ś", "Ż", "İ", "Ġ". */
function isOtherUpper(c: number): boolean {
  return (otherClass(c) & OTHER_UPPER) !== 0;
}

// Classes of characters past Latin-1, worked out once per character code and kept (codes
// only, no text): a regular expression and case mappings per character made Cyrillic or
// CJK text many times slower to scan.
const OTHER_KNOWN = 1, OTHER_LETTER = 2, OTHER_LOWER = 4, OTHER_UPPER = 8;
const otherClasses = new Uint8Array(65536);
function otherClass(c: number): number {
  let k = otherClasses[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = OTHER_KNOWN | (/[\p{L}\p{M}]/u.test(ch) ? OTHER_LETTER : 0) | (ch !== ch.toUpperCase() && ch === ch.toLowerCase() ? OTHER_LOWER : 0) |
      (ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? OTHER_UPPER : 0);
    otherClasses[c] = k;
  }
  return k;
}
/** `\s` of a regular expression, for one character code. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(String.fromCharCode(c)));
}

/** `s.split(/\s+/)` without a regular expression (which splits by trying a match at every character). */
export function splitAtSpaces(s: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; ) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    words.push(s.slice(from, i));
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    from = i;
  }
  words.push(s.slice(from));
  return words;
}

/**
 * `text.includes(" " + rest)`, searched for `rest` and then the space before it: a search for a
 * pattern that opens with a space stops at every space of a message (~80 ns where `rest` is in
 * no message of the corpus, ~7 ns searched this way).
 */
export function includesAfterSpace(text: string, rest: string): boolean {
  for (let k = text.indexOf(rest, 1); k >= 0; k = text.indexOf(rest, k + 1)) if (text.charCodeAt(k - 1) === 32) return true;
  return false;
}

/**
 * A pattern `(?:word|word|...)\s*[marks]?\s*$` (with `\b` before the words when
 * `wordStart`), case-insensitive, tested on text[from, to) without slicing it: read back
 * over the spaces, at most one mark and the spaces before it, then compare each word's
 * letters. Such a pattern, anchored only at the end, is tried at every character of the
 * slice. The words are plain lower-case text, each ending with no space and no mark, so a
 * word ends either before the trailing spaces or before the mark (the two cases never mix).
 */
export class SuffixCue {
  /** The words by their last character's code (lower case): a test compares only those ending like the text. */
  private readonly byLast = new Map<number, string[]>();

  constructor(readonly words: readonly string[], private readonly marks: string, private readonly wordStart: boolean) {
    for (const w of words) {
      const last = w.charCodeAt(w.length - 1);
      const group = this.byLast.get(last);
      if (group) group.push(w);
      else this.byLast.set(last, [w]);
    }
  }

  test(text: string, from: number, to: number): boolean {
    let r = to;
    while (r > from && isSpaceCode(text.charCodeAt(r - 1))) r--;
    if (r > from && this.marks.includes(text[r - 1]!)) {
      r--;
      while (r > from && isSpaceCode(text.charCodeAt(r - 1))) r--;
    }
    if (r === from) return false;
    const words = this.byLast.get(asciiLower(text.charCodeAt(r - 1)));
    if (!words) return false;
    for (const w of words) {
      const at = r - w.length;
      if (at < from || !asciiLowerIs(text, at, w)) continue;
      if (!this.wordStart || at === from || !isAsciiWordCode(text.charCodeAt(at - 1))) return true;
    }
    return false;
  }
}

/** A character code with an ASCII capital lower-cased (a pattern's "i" flag without "u"). */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether text at `at` is `lower` with ASCII letters in any case (a pattern's "i" flag without "u"). */
function asciiLowerIs(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    if (asciiLower(text.charCodeAt(at + k)) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** `\w` of a pattern without the "u" flag. */
function isAsciiWordCode(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}

/** "st", "nd", "rd", "th" (lower-cased character codes). */
function isOrdinalSuffix(a: number, b: number): boolean {
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A letter that upper-casing changes (a-z, ß-ÿ but ÷). */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247) || (c > 255 && isOtherLower(c));
}
/** `[\w.-]`: ASCII letters, digits, "_", "." and "-". */
function isHandleChar(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || isDigit(c) || c === 95 || c === 46 || c === 45;
}
function isApostropheOrHyphen(c: number): boolean {
  return c === 39 || c === 8217 || c === 45;
}
function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}

// One Scan and a pool of Tokens, reused by every call: a short message otherwise
// allocates a dozen objects whose collection costs more than reading it. Detection is
// synchronous and a scan is read only until releaseScan(). The pool grows to the longest
// text seen, up to POOL_MAX tokens (~0.45 MB of chat, ~9 MB of tokens kept): a long text
// whose tokens were all new objects spent 15% of its time in the collector, which copies
// every token still alive. A longer text allocates the rest. releaseScan() drops every
// reference to the text so no clinician text outlives the redaction in these objects.
const POOL_MAX = 1 << 16;
const pooledTokens: Token[] = [];
const scanned: Scan = newScan("");
/** `scanned.tokens`, writable. */
const scanTokens = scanned.tokens as (Token | undefined)[];

function newScan(text: string): Scan {
  return {
    text, tokens: [], count: 0, features: 0, digits: 0, longestDigitRun: 0, phoneShape: false, ssnShape: false, ipv4Shape: false, numericDateShape: false,
    shortSlashPair: false, ordinalDay: false, lowerCase: true, upperCase: true, nonAscii: false, fiveDigitRun: false, sixOrEightDigitRun: false, zipPlus4Shape: false, oldAgeNumber: false, ageNumber: false, vinShape: false, vinDigits: [], codeRuns: [], upperPairs: 0, dots: 0, colons: 0, slashes: 0, hyphens: 0, plus: 0, at: 0, hashes: 0, parens: 0, tokenFlags: 0,
  };
}

function resetScan(text: string): Scan {
  const s = scanned;
  // releaseScan() left every token entry undefined (and does, should a scan have failed).
  if (s.count !== 0) releaseScan(s);
  s.text = text;
  if (s.vinDigits.length !== 0) s.vinDigits.length = 0;
  if (s.codeRuns.length !== 0) s.codeRuns.length = 0;
  s.features = s.tokenFlags = s.digits = s.longestDigitRun = s.upperPairs = s.dots = s.colons = s.slashes = s.hyphens = s.plus = s.at = s.hashes = s.parens = 0;
  s.phoneShape = s.ssnShape = s.ipv4Shape = s.numericDateShape = s.shortSlashPair = s.ordinalDay = s.fiveDigitRun = s.sixOrEightDigitRun = s.zipPlus4Shape = s.oldAgeNumber = s.ageNumber = s.vinShape = false;
  return s;
}

/** Scans `text` once: tokens, their flags, and character facts. Valid until the next call. */
export function scanText(text: string): Scan {
  const n = text.length;
  const scan = resetScan(text);
  const tokens = scanTokens;
  let features = 0, tokenFlags = 0;
  let prevEnd = 0;
  let prev: Token | undefined;
  // The last two digit runs (start, end), for the shapes of phones, SSNs, IPs and dates.
  let s1 = -10, e1 = -10, s2 = -10, e2 = -10;
  let dotted = 0, dated = 0;
  // Whether the next token starts a sentence: it is the first, the previous one ends one
  // (see endsSentence), or the text between them holds a . ! ? line break or bullet. Every
  // character between two tokens passes the switch below or is a digit, so that text is not
  // read a second time.
  let sentenceStart = true;
  // An ASCII capital can only be a word's letter or a handle's character: both loops note it.
  let capitals = false, lowers = false;
  // A word holds a letter or mark past ASCII (see Scan.nonAscii).
  let nonAscii = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const len = i - start;
      const l1 = e1 - s1, l2 = e2 - s2, gap1 = start - e1, gap12 = s1 - e2;
      scan.digits += len;
      if (len > scan.longestDigitRun) scan.longestDigitRun = len;
      if (len <= 2 && i + 1 < n && isOrdinalSuffix(text.charCodeAt(i) | 32, text.charCodeAt(i + 1) | 32)) scan.ordinalDay = true;
      if (len === 5) scan.fiveDigitRun = true;
      else if (len === 6 || len === 8) scan.sixOrEightDigitRun = true;
      else if ((len === 2 && c === 57) || (len === 3 && c === 49 && text.charCodeAt(start + 1) <= 50)) {
        scan.ageNumber = true;
        if ((prev && (prev.flags & AGE_WORD || mayEndInWord(text, prev))) || ageUnitAfter(text, i)) scan.oldAgeNumber = true;
      }
      else if (len === 10) scan.phoneShape = true;
      if (len === 4 && gap1 === 1) {
        if (l1 === 3 && l2 === 3 && gap12 >= 1 && gap12 <= 2) scan.phoneShape = true;
        if (l1 === 2 && l2 === 3 && gap12 === 1) scan.ssnShape = true;
        if (l1 === 5 && start > 0 && text.charCodeAt(start - 1) === 45) scan.zipPlus4Shape = true;
      }
      const sep = start > 0 ? text.charCodeAt(start - 1) : 0;
      dotted = len <= 3 ? (gap1 === 1 && sep === 46 && dotted > 0 ? dotted + 1 : 1) : 0;
      if (dotted >= 4) scan.ipv4Shape = true;
      if (len <= 2 && l1 >= 1 && l1 <= 2 && gap1 === 1 && sep === 47) scan.shortSlashPair = true;
      dated = gap1 === 1 && isDateSeparator(sep) && dated > 0 ? dated + 1 : 1;
      if (dated >= 3) scan.numericDateShape = true;
      // (Or "0412 177 828": a national number's first group, a 0 and two to four digits, then a space and a digit; or
      // "00 676 77 23104": the international prefix typed apart.)
      if (len >= 7 || (len >= 2 && (isAsciiLetter(sep) || sep === 45 || (i < n && isAsciiLetter(text.charCodeAt(i))))) || (len >= 4 && c === 48 && text.charCodeAt(start + 1) === 48) || (len === 2 && c === 48 && text.charCodeAt(start + 1) === 48 && text.charCodeAt(i) === 32 && isDigit(text.charCodeAt(i + 1))) ||
        (len >= 3 && len <= 5 && c === 48 && text.charCodeAt(i) === 32 && isDigit(text.charCodeAt(i + 1)))) scan.codeRuns.push(start);
      // (Most digit runs stand between spaces or punctuation: then the run is all there is.)
      if ((len >= 17 || (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) || (i < n && isAsciiLetter(text.charCodeAt(i)))) && alnumAround(text, start, i) >= 17) {
        scan.vinShape = true;
        scan.vinDigits.push(start);
      }
      s2 = s1; e2 = e1; s1 = start; e1 = i;
      continue;
    }
    if (c === 64 && i + 1 < n && isHandleChar(text.charCodeAt(i + 1))) {
      // "@dr.kim": a handle token (the "@" of an email is counted too).
      scan.at++;
      const start = i;
      i++;
      while (i < n && isHandleChar(text.charCodeAt(i))) {
        const h = text.charCodeAt(i++);
        if (h >= 65 && h <= 90) capitals = true;
        else if (h >= 97 && h <= 122) lowers = true;
      }
      // Digits inside a handle are no digit runs of the scan; a VIN may still hide there.
      if (i - start > 17 && pushVinDigits(text, start + 1, i, scan.vinDigits)) scan.vinShape = true;
      prev = pushRehashed(text, tokens, scan.count++, start, nameEnd(text, start, i), i, prevEnd, sentenceStart, true, false);
      prevEnd = i;
      sentenceStart = endsSentence(text, prev);
      tokenFlags |= prev.flags;
      continue;
    }
    if (isWordLetter(c)) {
      const start = i;
      let joined = false;
      // The lexicon hashes of the lower-case word and its count of lower-case letters, read
      // with the letters (pushRehashed redoes them only for a possessive).
      let h1 = HASH1_SEED, h2 = HASH2_SEED, lowerLetters = 0;
      for (;;) {
        while (i < n) {
          const letter = text.charCodeAt(i);
          // isWordLetter, isLowerLetter and lowerCode with one test for an ASCII letter.
          let lower = letter | 32;
          if (lower >= 97 && lower <= 122) {
            if (letter === lower) {
              lowerLetters++;
              lowers = true;
            } else capitals = true;
          } else if (isWordLetter(letter)) {
            nonAscii = true;
            // A combining mark is left out of the hashes, as the lexicon folds accents away:
            // "Joaqui\u0301n" typed decomposed is looked up as "joaquin".
            if (isCombiningMark(letter)) {
              i++;
              continue;
            }
            if (isLowerLetter(letter)) lowerLetters++;
            lower = lowerCode(letter);
          } else break;
          h1 = hash1Step(h1, lower);
          h2 = hash2Step(h2, lower);
          i++;
        }
        // An apostrophe or hyphen joins two letter runs ("O'Neil", "Garcia-Lopez").
        const joiner = i + 1 < n ? text.charCodeAt(i) : 0;
        if (isApostropheOrHyphen(joiner) && isWordLetter(text.charCodeAt(i + 1))) {
          if (joiner === 45) scan.hyphens++;
          joined = true;
          h1 = hash1Step(h1, joiner);
          h2 = hash2Step(h2, joiner);
          i++;
          continue;
        }
        break;
      }
      const rawEnd = i < n && text.charCodeAt(i) === 46 ? i + 1 : i;
      const end = nameEnd(text, start, rawEnd);
      // A possessive: the hashes are not of the word.
      prev = end === i ? setToken(text, tokens, scan.count++, start, end, rawEnd, prevEnd, sentenceStart, false, joined, h1, h2, lowerLetters) : pushRehashed(text, tokens, scan.count++, start, end, rawEnd, prevEnd, sentenceStart, false, joined);
      sentenceStart = endsSentence(text, prev);
      features |= prev.flags;
      tokenFlags |= prev.flags;
      if ((prev.bits & UPPER) !== 0 && prev.end - prev.start === 2) scan.upperPairs++;
      // "mid-March", "x-ray": the parts count for the gates too.
      if (joined) features |= partFlags(text, prev.start, prev.end);
      prevEnd = rawEnd;
      if (rawEnd > i) scan.dots++;
      i = rawEnd;
      continue;
    }
    switch (c) {
      case 46: scan.dots++; sentenceStart = true; break;
      case 33: case 63: case 10: case 8226: sentenceStart = true; break;
      case 58: scan.colons++; break;
      case 47: scan.slashes++; break;
      case 45: scan.hyphens++; break;
      case 43: scan.plus++; break;
      case 64: scan.at++; break;
      case 35: scan.hashes++; break;
      case 40: scan.parens++; break;
    }
    i++;
  }
  scan.features = features & GATE_BITS;
  scan.tokenFlags = tokenFlags;
  scan.lowerCase = !capitals;
  scan.upperCase = !lowers;
  scan.nonAscii = nonAscii;
  return scan;
}

/**
 * Whether a pattern may see a word ending where the token ends without the token being that
 * word: a handle, a joined word ("x-age", "she's") or one with a non-ASCII letter ("éage"),
 * where a regular expression's \b falls inside the token.
 */
function mayEndInWord(text: string, t: Token): boolean {
  if (t.handle || t.joined) return true;
  for (let k = t.start; k < t.end; k++) if (text.charCodeAt(k) > 127) return true;
  return false;
}

/**
 * mayEndInWord for a token of a finished scan, which reads a token's letters only when some
 * word holds one past ASCII: the place gates ask it about every token of a message.
 */
export function patternMayEndIn(scan: Scan, t: Token): boolean {
  return t.handle || t.joined || (scan.nonAscii && mayEndInWord(scan.text, t));
}

/**
 * Whether an age unit may follow a number ending at `at`: spaces, at most one hyphen, then
 * the first letter of "yo", "y/o", "year", "M", "F", "male", "woman", "gentleman", "lady".
 */
function ageUnitAfter(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 45) {
    k++;
    while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  }
  const c = text.charCodeAt(k) | 32;
  return c === 121 || c === 109 || c === 102 || c === 119 || c === 103 || c === 108;
}

/**
 * Pushes to `digits` the offset of a digit of each run of 17 or more ASCII letters and
 * digits in text[from, to) that holds one; whether there was any.
 */
function pushVinDigits(text: string, from: number, to: number, digits: number[]): boolean {
  let run = 0, digit = -1, pushed = false, found = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isAsciiAlnum(c)) {
      run = 0;
      digit = -1;
      pushed = false;
      continue;
    }
    run++;
    if (isDigit(c)) digit = k;
    if (run >= 17 && digit >= 0 && !pushed) {
      digits.push(digit);
      pushed = found = true;
    }
  }
  return found;
}

/** `[A-Za-z]`. */
export function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** `[A-Za-z0-9]`. */
export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** `[\w.+%-]`: a character of an email's local part (detectors/structured.ts, detectors/names.ts). */
export function isEmailLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95 || c === 46 || c === 43 || c === 37 || c === 45;
}

/**
 * Length of the run of ASCII letters and digits around text[start, end), counted at most
 * 17 characters out on each side (enough to tell a VIN candidate, and linear on any text).
 */
function alnumAround(text: string, start: number, end: number): number {
  let from = start;
  while (from > 0 && start - from < 17 && isAsciiAlnum(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 17 && isAsciiAlnum(text.charCodeAt(to))) to++;
  return to - from;
}

/** lexicon.wordFlags of the lower-cased letters text[from, to), without cutting them out. */
function flagsOfLetters(text: string, from: number, to: number): number {
  let h1 = HASH1_SEED, h2 = HASH2_SEED;
  for (let k = from; k < to; k++) {
    const l = lowerCode(text.charCodeAt(k));
    h1 = hash1Step(h1, l);
    h2 = hash2Step(h2, l);
  }
  return flagsOfHash(h1, h2);
}

/** OR of the flags of the letter runs of text[start, end) split at apostrophes and hyphens. */
function partFlags(text: string, start: number, end: number): number {
  let f = 0;
  let h1 = HASH1_SEED, h2 = HASH2_SEED;
  for (let k = start; k <= end; k++) {
    const c = k < end ? text.charCodeAt(k) : 45;
    if (isApostropheOrHyphen(c)) {
      f |= flagsOfHash(h1, h2);
      h1 = HASH1_SEED;
      h2 = HASH2_SEED;
      continue;
    }
    const l = lowerCode(c);
    h1 = hash1Step(h1, l);
    h2 = hash2Step(h2, l);
  }
  return f;
}


/** A word and a period end a sentence unless the word is an abbreviation ("Dr.", "approx."). */
function endsSentence(text: string, t: Token): boolean {
  return t.rawEnd > t.end && t.end - t.start > 1 && !(t.flags & ABBREVIATION && t.rawEnd === t.end + 1 && text.charCodeAt(t.end) === 46);
}

/**
 * Makes token `k`, text[start, end) of text[start, rawEnd), whose lower-case letters hash to
 * `h1`, `h2` and number `lowerLetters`. The scan's loop finds the name's end itself and calls
 * this directly for a word it hashed (V8 does not inline it there: the loop's budget is
 * spent); a handle or a possessive goes through pushRehashed. Passing the end rather than
 * one more argument to test took 6% off the scan.
 */
function setToken(text: string, tokens: (Token | undefined)[], k: number, start: number, end: number, rawEnd: number, prevEnd: number, sentenceStart: boolean, handle: boolean, joined: boolean, h1: number, h2: number, lowerLetters: number): Token {
  const token = (k < POOL_MAX ? (pooledTokens[k] ??= new Token(scanned)) : new Token(scanned)).set(start, end, rawEnd, prevEnd);
  token.bits = tokenBits(text, start, end, prevEnd, sentenceStart, handle, joined, lowerLetters);
  const flags = flagsOfHash(h1, h2);
  // (A word no list holds, of six letters or more, may still be a surname by its ending: "Javakhishvili", "Tkachenko".)
  token.flags = flags === 0 && end - start >= 6 && surnameEnding(text, start, end) ? lexicon.FAMILY : flags;
  token.hash = h1;
  // Past the end of the array this appends (k is at most its length).
  tokens[k] = token;
  return token;
}

/**
 * Endings only surnames have, in the lists' folded letters (Georgian "-shvili", "-dze"; Slavic "-ović", "-ewski", "-enko", "-chuk",
 * "-czyk", "-wicz"; Greek "-opoulos", "-akis"; Basque "-etxea"; Icelandic "-dóttir"; Turkish "-oğlu"; Armenian "-yan"; Swedish
 * "-qvist"; Lithuanian "-auskas", "-aitis", "-iene"; Romanian "-escu", "-eanu"). None is the end of another.
 */
const SURNAME_ENDINGS = ["shvili", "dze", "etxea", "opoulos", "akis", "aitis", "auskas", "opoulou", "oglu", "enko", "chuk", "czuk", "czyk", "szyk", "wicz", "ovic", "evic",
  "ovich", "evich", "owski", "ewski", "ovski", "evski", "ovsky", "evsky", "dottir", "qvist", "kvist", "iene", "escu", "eanu", "yan"];
/** The shortest word each ending may end ("Beridze" but no "adze"; "Petrosyan" but no "banyan"-sized word); otherwise the ending and three letters. */
const SURNAME_ENDING_MIN = new Map([["dze", 6], ["yan", 7], ["iene", 7]]);
/** SURNAME_ENDINGS by their last letter's code, each with the shortest word it may end. */
const ENDINGS_BY_LAST = new Map<number, { ending: string; min: number }[]>();
for (const ending of SURNAME_ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1);
  const group = ENDINGS_BY_LAST.get(last) ?? [];
  group.push({ ending, min: SURNAME_ENDING_MIN.get(ending) ?? ending.length + 3 });
  ENDINGS_BY_LAST.set(last, group);
}

/** Whether text[start, end), a word no list holds, ends as only surnames do and is no English word (letters compared folded, no string built). */
export function surnameEnding(text: string, start: number, end: number): boolean {
  const group = ENDINGS_BY_LAST.get(lowerCode(text.charCodeAt(end - 1)));
  if (!group) return false;
  for (const { ending, min } of group) {
    if (end - start < min) continue;
    let k = ending.length - 2;
    while (k >= 0 && lowerCode(text.charCodeAt(end - ending.length + k)) === ending.charCodeAt(k)) k--;
    if (k >= 0) continue;
    // (Letters only: no digits or marks inside a code, "x7-shvili".)
    for (let j = start; j < end; j++) if (!isWordLetter(text.charCodeAt(j))) return false;
    return !isEnglishWord(text, start, end);
  }
  return false;
}

/** End of the name part of the token text[start, rawEnd): without a trailing "." and a possessive ("Miller's" -> "Miller", "Jones'" -> "Jones"). */
function nameEnd(text: string, start: number, rawEnd: number): number {
  const end = text.charCodeAt(rawEnd - 1) === 46 ? rawEnd - 1 : rawEnd;
  const last = text.charCodeAt(end - 1);
  const beforeLast = end - start >= 2 ? text.charCodeAt(end - 2) : 0;
  if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 8217)) return end - 2;
  if ((last === 39 || last === 8217) && (beforeLast === 115 || beforeLast === 83)) return end - 1;
  return end;
}

/** setToken for a word whose hashes the scan did not read (a handle, a possessive): one pass over its letters for the hashes and the lower-case count. */
function pushRehashed(text: string, tokens: (Token | undefined)[], k: number, start: number, end: number, rawEnd: number, prevEnd: number, sentenceStart: boolean, handle: boolean, joined: boolean): Token {
  let lowerLetters = 0;
  let h1 = HASH1_SEED, h2 = HASH2_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isCombiningMark(c)) continue;
    if (isLowerLetter(c)) lowerLetters++;
    const l = lowerCode(c);
    h1 = hash1Step(h1, l);
    h2 = hash2Step(h2, l);
  }
  return setToken(text, tokens, k, start, end, rawEnd, prevEnd, sentenceStart, handle, joined, h1, h2, lowerLetters);
}

/** Token.bits of the word text[start, end) (see setToken for the arguments). */
function tokenBits(text: string, start: number, end: number, prevEnd: number, sentenceStart: boolean, handle: boolean, joined: boolean, lowerLetters: number): number {
  const first = text.charCodeAt(start);
  // (A capital past Latin-1 too, in Latin script only: "ŁUKASZ", "Żammit", "İBRAHIM"; not Cyrillic "Нет Боли".)
  const cap = (first >= 65 && first <= 90) || (first >= 192 && first <= 222 && first !== 215) || (((first > 255 && first < 0x250) || (first >= 0x1e00 && first <= 0x1eff)) && isOtherUpper(first));
  const gapLength = start - prevEnd;
  const wordGap = (gapLength === 1 || gapLength === 2) && text.charCodeAt(prevEnd) === 32 && text.charCodeAt(start - 1) === 32;
  return (
    (cap ? CAP : 0) |
    (cap && end - start > 1 && lowerLetters === 0 ? UPPER : 0) |
    (handle ? HANDLE : 0) |
    (wordGap ? WORD_GAP : 0) |
    (sentenceStart ? SENTENCE_START : 0) |
    (joined ? JOINED : 0)
  );
}

/**
 * Reads the words of a text typed all in lower case as if typed in capitals (`on`), or as typed again (`on` false): in one
 * case the case says nothing either way, so a detector's rules for capitals serve lower case too (names.ts, shoutedSlots).
 * Its characters stay lower case.
 */
export function readAsCapitals(scan: Scan, on: boolean): void {
  if (!scan.lowerCase) return;
  const { tokens, count } = scan;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (!isLowerLetter(t.codeAt(0))) continue;
    const bits = t.end - t.start > 1 ? CAP | UPPER : CAP;
    t.bits = on ? t.bits | bits : t.bits & ~bits;
  }
}

/**
 * Offsets where a word, or a part of a joined word, with gate bit `bit` starts: the only
 * places a pattern that opens with a cue word ("MRN", "lives in", "cell") can match.
 */
export function cueOffsets(scan: Scan, bit: number): number[] {
  const offsets: number[] = [];
  const { tokens, count } = scan;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (t.flags & bit) offsets.push(t.start);
    if (!t.joined) continue;
    // "pre-op", "x-ray": a cue after the hyphen or apostrophe.
    for (let k = t.start; k < t.end; k++) {
      const c = scan.text.charCodeAt(k);
      if (c !== 45 && c !== 39 && c !== 8217) continue;
      let e = k + 1;
      while (e < t.end && isWordLetter(scan.text.charCodeAt(e))) e++;
      if (flagsOfLetters(scan.text, k + 1, e) & bit) offsets.push(k + 1);
    }
  }
  return offsets;
}

/** Whether any token of the scan is one of `words`. */
export function hasToken(scan: Scan, words: TokenWords): boolean {
  for (let i = 0; i < scan.count; i++) if (words.has(scan.tokens[i]!)) return true;
  return false;
}

/** Index of the token starting at offset `at`, or -1 (tokens are in text order). */
export function tokenIndexAt(scan: Scan, at: number): number {
  const { tokens } = scan;
  let lo = 0, hi = scan.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = tokens[mid]!.start;
    if (start === at) return mid;
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Runs a sticky pattern (flag "y") at each offset, as a global pattern would find its
 * matches: an offset inside the previous match is skipped unless `fn` returns where to
 * resume. Anchoring at cue words costs one attempt per cue instead of one per character.
 * `mayCount`, when given, is a cheap test that is false only where the pattern cannot match
 * (or `fn` would take nothing and resume before the next offset): a message whose offsets
 * all fail it never runs the pattern, whose compiled code is then not even read.
 */
export function execAt(re: RegExp, text: string, offsets: readonly number[], fn: (m: RegExpExecArray) => number | void, mayCount?: (text: string, at: number) => boolean): void {
  let resume = 0;
  for (const at of offsets) {
    if (at < resume || (mayCount && !mayCount(text, at))) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    resume = fn(m) ?? m.index + m[0].length;
  }
}

/** Ends the use of a scan: its tokens and the scan forget the text (see the pool above). */
export function releaseScan(scan: Scan): void {
  const tokens = scanTokens;
  for (let k = 0; k < scan.count; k++) {
    // "?.": a scan that threw between counting a token and storing it must not break every later one.
    tokens[k]?.release();
    tokens[k] = undefined;
  }
  // Past the pool's size the tokens were new objects: let the array shrink back.
  if (tokens.length > POOL_MAX) tokens.length = POOL_MAX;
  scan.count = 0;
  if (scan.vinDigits.length !== 0) scan.vinDigits.length = 0;
  if (scan.codeRuns.length !== 0) scan.codeRuns.length = 0;
  scan.text = "";
}
