// One pass over a message that every detector shares: the word tokens name detection
// reads, each token's lexicon flags (one table probe per word, hashed while reading it),
// and cheap facts about the characters (how many digits, which digit runs, which
// punctuation occurs). Detectors test these facts before running a pattern, so a message
// pays only for the patterns that could match it: most chat messages hold no phone number, no
// address and no date, and message-by-message throughput depends on skipping them.
import * as lexicon from "./lexicon.ts";

const { wordFlags, flagsOfHash, hash1Step, hash2Step, HASH1_SEED, HASH2_SEED, GATE_BITS } = lexicon;

/**
 * A word of the text (letters, inner apostrophes and hyphens; or an "@handle"). Its
 * strings are cut from the text on first use: most words are only ever tested by their
 * flags, and building three strings per word cost more than the rest of the scan.
 */
export class Token {
  private wordText: string | undefined = undefined;
  private lowerText: string | undefined = undefined;
  private rawLowerText: string | undefined = undefined;
  private gapText: string | undefined = undefined;
  private text = "";
  private lowered: string | undefined = undefined;
  // The fields below are set by the scan and only read by detectors.
  /** Offset of the first character. */
  start = 0;
  /** Offset past the name part (a possessive "'s" and a trailing "." are outside). */
  end = 0;
  /** Offset past the whole token. */
  rawEnd = 0;
  /** Offset where the text between the previous token and this one starts. */
  gapStart = 0;
  /** First letter is upper case. */
  cap = false;
  /** Written in capitals ("MILLER"): as weak as lower case, since the case says nothing. */
  upper = false;
  /** A chat handle such as "@dr.kim". */
  handle = false;
  /** Starts a sentence (first token, or after . ! ? or a line break). */
  sentenceStart = false;
  /** lexicon.wordFlags of `lower`. */
  flags = 0;
  /** Letter runs joined by an apostrophe or hyphen ("O'Neil", "mid-March"). */
  joined = false;

  /** Drops the text and the strings cut from it. */
  release(): void {
    this.text = "";
    this.lowered = this.wordText = this.lowerText = this.rawLowerText = this.gapText = undefined;
  }

  /** Points a (pooled) token at a word of a new text. */
  set(text: string, lowered: string | undefined, start: number, end: number, rawEnd: number, gapStart: number): this {
    this.text = text;
    this.lowered = lowered;
    this.start = start;
    this.end = end;
    this.rawEnd = rawEnd;
    this.gapStart = gapStart;
    this.wordText = this.lowerText = this.rawLowerText = this.gapText = undefined;
    return this;
  }

  /** The word without possessive and trailing period. */
  get word(): string {
    return (this.wordText ??= this.text.slice(this.start, this.end));
  }
  /** Lower-case word. */
  get lower(): string {
    return (this.lowerText ??= this.lowered ? this.lowered.slice(this.start, this.end) : this.word.toLowerCase());
  }
  /** Token as typed, lower case (keeps "pt." and "mr."). */
  get rawLower(): string {
    if (this.rawEnd === this.end) return this.lower;
    return (this.rawLowerText ??= this.lowered ? this.lowered.slice(this.start, this.rawEnd) : this.text.slice(this.start, this.rawEnd).toLowerCase());
  }
  /** Text between the previous token and this one. */
  get gap(): string {
    return (this.gapText ??= this.text.slice(this.gapStart, this.start));
  }
  /** Length of the word. */
  get length(): number {
    return this.end - this.start;
  }
  /** Whether the lower-case word is `lower` (without building the word). */
  is(lower: string): boolean {
    if (lower.length !== this.end - this.start) return false;
    for (let k = 0; k < lower.length; k++) if (lowerCode(this.text.charCodeAt(this.start + k)) !== lower.charCodeAt(k)) return false;
    return true;
  }
}

/** Everything the detectors read about one text. */
export interface Scan {
  text: string;
  tokens: Token[];
  /** OR of the gate bits of lexicon.wordFlags over every token (and the parts of hyphenated ones). */
  features: number;
  /** Number of ASCII digits. */
  digits: number;
  /** Digit runs shaped like a NANP phone number: 3-3-4 with short separators, or 10 digits. */
  phoneShape: boolean;
  /** Digit runs shaped like an SSN: 3-2-4 with one-character separators. */
  ssnShape: boolean;
  /** Four runs of 1-3 digits joined by dots (an IPv4 candidate). */
  ipv4Shape: boolean;
  /** Three digit runs joined by single "/", "." or "-" (a numeric date candidate). */
  numericDateShape: boolean;
  /** A run of exactly 5 digits (a ZIP candidate). */
  fiveDigitRun: boolean;
  /** 5 digits, "-", 4 digits (ZIP+4). */
  zipPlus4Shape: boolean;
  /** A run of digits reading 90-129 (an age over 89 candidate). */
  oldAgeNumber: boolean;
  /** Counts of some punctuation. */
  dots: number;
  colons: number;
  slashes: number;
  hyphens: number;
  plus: number;
  at: number;
  hashes: number;
}

/** Abbreviations ending in a period that do not end a sentence. */
const HONORIFIC_DOT = new Set(["dr.", "mr.", "mrs.", "ms.", "st.", "pt.", "prof.", "mx.", "vs.", "approx.", "e.g.", "i.e."]);

function isWordLetter(c: number): boolean {
  // A-Z, a-z, and the Latin-1 letters À-Ö, Ø-ö, ø-ÿ.
  return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 192 && c <= 255 && c !== 215 && c !== 247);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A letter that upper-casing changes (a-z, ß-ÿ but ÷). */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247);
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
// synchronous and a scan is read only until releaseScan(). The pool holds the first
// POOL_MAX tokens (a long text allocates the rest), and releaseScan() drops every
// reference to the text so no clinician text outlives the redaction in these objects.
const POOL_MAX = 1024;
const pooledTokens: Token[] = [];
const scanned: Scan = newScan("");

function newScan(text: string): Scan {
  return {
    text, tokens: [], features: 0, digits: 0, phoneShape: false, ssnShape: false, ipv4Shape: false, numericDateShape: false,
    fiveDigitRun: false, zipPlus4Shape: false, oldAgeNumber: false, dots: 0, colons: 0, slashes: 0, hyphens: 0, plus: 0, at: 0, hashes: 0,
  };
}

function resetScan(text: string): Scan {
  const s = scanned;
  s.text = text;
  s.tokens.length = 0;
  s.features = s.digits = s.dots = s.colons = s.slashes = s.hyphens = s.plus = s.at = s.hashes = 0;
  s.phoneShape = s.ssnShape = s.ipv4Shape = s.numericDateShape = s.fiveDigitRun = s.zipPlus4Shape = s.oldAgeNumber = false;
  return s;
}

/** Scans `text` once: tokens, their flags, and character facts. Valid until the next call. */
export function scanText(text: string): Scan {
  const n = text.length;
  const scan = resetScan(text);
  // One lower-casing of the whole text; per word only if it changed a length (rare scripts).
  const lowerText = text.toLowerCase();
  const lowered = lowerText.length === n ? lowerText : undefined;
  const tokens = scan.tokens;
  let features = 0;
  let prevEnd = 0;
  let prev: Token | undefined;
  // The last two digit runs (start, end), for the shapes of phones, SSNs, IPs and dates.
  let s1 = -10, e1 = -10, s2 = -10, e2 = -10;
  let dotted = 0, dated = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const len = i - start;
      const l1 = e1 - s1, l2 = e2 - s2, gap1 = start - e1, gap12 = s1 - e2;
      scan.digits += len;
      if (len === 5) scan.fiveDigitRun = true;
      else if (len === 2 && c === 57) scan.oldAgeNumber = true;
      else if (len === 3 && c === 49 && text.charCodeAt(start + 1) <= 50) scan.oldAgeNumber = true;
      else if (len === 10) scan.phoneShape = true;
      if (len === 4 && gap1 === 1) {
        if (l1 === 3 && l2 === 3 && gap12 >= 1 && gap12 <= 2) scan.phoneShape = true;
        if (l1 === 2 && l2 === 3 && gap12 === 1) scan.ssnShape = true;
        if (l1 === 5 && start > 0 && text.charCodeAt(start - 1) === 45) scan.zipPlus4Shape = true;
      }
      const sep = start > 0 ? text.charCodeAt(start - 1) : 0;
      dotted = len <= 3 ? (gap1 === 1 && sep === 46 && dotted > 0 ? dotted + 1 : 1) : 0;
      if (dotted >= 4) scan.ipv4Shape = true;
      dated = gap1 === 1 && isDateSeparator(sep) && dated > 0 ? dated + 1 : 1;
      if (dated >= 3) scan.numericDateShape = true;
      s2 = s1; e2 = e1; s1 = start; e1 = i;
      continue;
    }
    if (c === 64 && i + 1 < n && isHandleChar(text.charCodeAt(i + 1))) {
      // "@dr.kim": a handle token (the "@" of an email is counted too).
      scan.at++;
      const start = i;
      i++;
      while (i < n && isHandleChar(text.charCodeAt(i))) i++;
      prev = pushToken(text, lowered, tokens, start, i, prevEnd, prev, true, false);
      prevEnd = i;
      continue;
    }
    if (isWordLetter(c)) {
      const start = i;
      let joined = false;
      while (i < n) {
        while (i < n && isWordLetter(text.charCodeAt(i))) i++;
        // An apostrophe or hyphen joins two letter runs ("O'Neil", "Garcia-Lopez").
        if (i + 1 < n && isApostropheOrHyphen(text.charCodeAt(i)) && isWordLetter(text.charCodeAt(i + 1))) {
          if (text.charCodeAt(i) === 45) scan.hyphens++;
          joined = true;
          i++;
          continue;
        }
        break;
      }
      const rawEnd = i < n && text.charCodeAt(i) === 46 ? i + 1 : i;
      prev = pushToken(text, lowered, tokens, start, rawEnd, prevEnd, prev, false, joined);
      features |= prev.flags;
      // "mid-March", "x-ray": the parts count for the gates too.
      if (joined) features |= partFlags(text, prev.start, prev.end);
      prevEnd = rawEnd;
      if (rawEnd > i) scan.dots++;
      i = rawEnd;
      continue;
    }
    switch (c) {
      case 46: scan.dots++; break;
      case 58: scan.colons++; break;
      case 47: scan.slashes++; break;
      case 45: scan.hyphens++; break;
      case 43: scan.plus++; break;
      case 64: scan.at++; break;
      case 35: scan.hashes++; break;
    }
    i++;
  }
  scan.features = features & GATE_BITS;
  return scan;
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

/** Lower case of a letter of a token (ASCII and Latin-1, as String.toLowerCase does). */
function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215) ? c + 32 : c;
}

function pushToken(text: string, lowered: string | undefined, tokens: Token[], start: number, rawEnd: number, prevEnd: number, prev: Token | undefined, handle: boolean, joined: boolean): Token {
  let end = text.charCodeAt(rawEnd - 1) === 46 ? rawEnd - 1 : rawEnd;
  const last = text.charCodeAt(end - 1);
  const beforeLast = end - start >= 2 ? text.charCodeAt(end - 2) : 0;
  // Possessives: "Miller's" -> "Miller", "Jones'" -> "Jones".
  if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 8217)) end -= 2;
  else if ((last === 39 || last === 8217) && (beforeLast === 115 || beforeLast === 83)) end -= 1;
  // One pass over the letters: the lexicon hashes of the lower-case word, and whether any
  // letter is lower case ("word === word.toUpperCase()" for `upper`).
  let lowerLetters = 0;
  let h1 = HASH1_SEED, h2 = HASH2_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isLowerLetter(c)) lowerLetters++;
    const l = lowerCode(c);
    h1 = hash1Step(h1, l);
    h2 = hash2Step(h2, l);
  }
  const first = text.charCodeAt(start);
  const cap = (first >= 65 && first <= 90) || (first >= 192 && first <= 222 && first !== 215);
  let sentenceStart = !prev;
  if (prev) {
    for (let k = prevEnd; k < start; k++) {
      const c = text.charCodeAt(k);
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 8226) {
        sentenceStart = true;
        break;
      }
    }
    if (!sentenceStart && prev.rawEnd > prev.end && prev.length > 1 && !HONORIFIC_DOT.has(prev.rawLower)) sentenceStart = true;
  }
  const k = tokens.length;
  const token = (k < POOL_MAX ? (pooledTokens[k] ??= new Token()) : new Token()).set(text, lowered, start, end, rawEnd, prevEnd);
  token.cap = cap;
  token.upper = cap && end - start > 1 && lowerLetters === 0;
  token.handle = handle;
  token.sentenceStart = sentenceStart;
  token.flags = flagsOfHash(h1, h2);
  token.joined = joined;
  tokens.push(token);
  return token;
}

/**
 * Offsets where a word, or a part of a joined word, with gate bit `bit` starts: the only
 * places a pattern that opens with a cue word ("MRN", "lives in", "cell") can match.
 */
export function cueOffsets(scan: Scan, bit: number): number[] {
  const offsets: number[] = [];
  for (const t of scan.tokens) {
    if (t.flags & bit) offsets.push(t.start);
    if (!t.joined) continue;
    // "pre-op", "x-ray": a cue after the hyphen or apostrophe.
    for (let k = t.start; k < t.end; k++) {
      const c = scan.text.charCodeAt(k);
      if (c !== 45 && c !== 39 && c !== 8217) continue;
      let e = k + 1;
      while (e < t.end && isWordLetter(scan.text.charCodeAt(e))) e++;
      if (wordFlags(t.lower.slice(k + 1 - t.start, e - t.start)) & bit) offsets.push(k + 1);
    }
  }
  return offsets;
}

/**
 * Runs a sticky pattern (flag "y") at each offset, as a global pattern would find its
 * matches: an offset inside the previous match is skipped unless `fn` returns where to
 * resume. Anchoring at cue words costs one attempt per cue instead of one per character.
 */
export function execAt(re: RegExp, text: string, offsets: readonly number[], fn: (m: RegExpExecArray) => number | void): void {
  let resume = 0;
  for (const at of offsets) {
    if (at < resume) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    resume = fn(m) ?? m.index + m[0].length;
  }
}

/** Ends the use of a scan: its tokens and the scan forget the text (see the pool above). */
export function releaseScan(scan: Scan): void {
  for (const t of scan.tokens) t.release();
  scan.tokens.length = 0;
  scan.text = "";
}
