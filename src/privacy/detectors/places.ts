// Geography below state level: street addresses, ZIP codes, cities and towns, and
// facility names. City names come from the zipcodes package's US list; since many are
// also ordinary words ("Normal", "Mobile"), a city counts only after a place cue
// ("lives in", "from", "transferred from") or before a state ("Peoria, IL").
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as lexicon from "../lexicon.ts";
import type { Detection } from "../phi-types.ts";
import { isEnglishWord } from "../english.ts";
import { HashPairSet } from "../hash-pair-set.ts";
import { cueOffsets, execAt, hasToken, includesAfterSpace, isSpaceCode, patternMayEndIn, splitAtSpaces, tokenIndexAt, TokenWords, type Scan, type Token } from "../scan.ts";

// Local bindings: read on every message.
const { HASH1_SEED, HASH2_SEED, hash1Step, hash2Step, EPONYM_CONTEXT, EPONYMS, F_FACILITY, F_ID_CUE, F_PLACE_CUE, F_SAINT, F_STATE_NAME, F_STREET, F_ZIP, NOT_A_NAME, isFamilyName, isGivenName } = lexicon;

const require = createRequire(import.meta.url);

export interface ZipRecord {
  city: string;
  state: string;
}

let cities: Set<string> | undefined;
/** Every word of a city's name, lower case: a phrase with a word outside it is no city. */
let cityWords: Set<string> | undefined;
/** One bit per 5-digit number that is a real ZIP code (12 KB, where a Set of strings misses the cache). */
let zips: Uint32Array | undefined;

/**
 * The zipcodes package's records, US and Canadian merged as its index merges them. When the
 * package is loaded already (the directory imports it), its records; otherwise its data
 * files read as JSON (zipRecordsFromJson), which a command that redacts once waits for.
 */
function zipRecords(): Record<string, ZipRecord> {
  const loaded = require.cache[require.resolve("zipcodes")]?.exports as { codes?: Record<string, ZipRecord> } | undefined;
  if (loaded?.codes) return loaded.codes;
  try {
    return zipRecordsFromJson();
  } catch {
    // Another layout (a newer package): its own, slower way.
    return (require("zipcodes") as { codes: Record<string, ZipRecord> }).codes;
  }
}

/**
 * The records as the zipcodes package's index builds them, read from its data modules, each
 * of which is one line `exports.codes = {...};` of JSON: read as JSON they load in about a
 * third of the time its require takes (~70 ms, not ~200 ms; the engine compiles a 5 MB object
 * literal far slower than JSON.parse reads it). Throws when a module is laid out otherwise.
 */
export function zipRecordsFromJson(): Record<string, ZipRecord> {
  const dir = path.dirname(require.resolve("zipcodes"));
  const parts = ["codes.js", "codesCanada.js"].map((file) => {
    const source = readFileSync(path.join(dir, file), "utf8");
    const at = source.startsWith(CODES_LINE) ? 0 : source.indexOf(`\n${CODES_LINE}`) + 1;
    if (at === 0 && !source.startsWith(CODES_LINE)) throw new Error(`zipcodes: no codes line in ${file}`);
    const end = source.indexOf("\n", at);
    let stop = end < 0 ? source.length : end;
    // (Without the statement's ";".)
    while (stop > at && (source.charCodeAt(stop - 1) === 59 || isSpaceCode(source.charCodeAt(stop - 1)))) stop--;
    return JSON.parse(source.slice(at + CODES_LINE.length, stop)) as Record<string, ZipRecord>;
  });
  return Object.assign({}, ...parts) as Record<string, ZipRecord>;
}
const CODES_LINE = "exports.codes = ";

function loadPlaces(): void {
  if (cities && zips) return;
  const codes = zipRecords();
  cities = new Set();
  cityWords = new Set();
  zips = new Uint32Array(100_000 / 32 + 1);
  for (const [zip, record] of Object.entries(codes)) {
    if (/^\d{5}$/.test(zip)) zips[Number(zip) >>> 5]! |= 1 << (Number(zip) & 31);
    if (record.city) cities.add(record.city.toLowerCase());
  }
  // ("st. johnsbury", "mt. vernon", "ft. worth": a saint's, mount's or fort's town as it is written short.)
  for (const city of [...cities]) {
    const space = city.indexOf(" ");
    const short = space > 0 ? SHORT_TOWN_WORDS.get(city.slice(0, space)) : undefined;
    if (short) for (const w of short) cities.add(w + city.slice(space));
  }
  for (const city of cities) for (const word of city.split(" ")) cityWords.add(word);
  cityTable = new WordTable(cities);
  cityWordTable = new WordTable(cityWords);
}
/** `cities` and `cityWords` as hash tables (see WordTable). */
let cityTable: WordTable | undefined;
let cityWordTable: WordTable | undefined;

/**
 * A large Set of lower-case words kept also as a table of two 32-bit hashes per word, as the
 * lexicon keeps its words: a word is looked up from its characters (ASCII letters read in lower
 * case when `fold`) without cutting or lower-casing a string, with one probe where the Set's
 * lookup of a fresh string missed the cache two or three times (the place cue looked up every
 * word after "in" or "to"). Words holding a character past ASCII are not in the table: such a
 * word is looked up in the Set (tableHas).
 */
class WordTable {
  private readonly set: HashPairSet;

  constructor(words: Iterable<string>) {
    const ascii = [...words].filter((w) => !hasNonAscii(w));
    this.set = new HashPairSet(ascii.length);
    for (const w of ascii) {
      let h1 = HASH1_SEED, h2 = HASH2_SEED;
      for (let k = 0; k < w.length; k++) {
        h1 = hash1Step(h1, w.charCodeAt(k));
        h2 = hash2Step(h2, w.charCodeAt(k));
      }
      if (!this.set.add(h1, h2)) throw new Error("places: hash collision in a word table");
    }
  }

  /**
   * Whether s[start, end) is a word of the table: 1 or 0, or -1 when it holds a character past
   * ASCII. With `fold` ASCII capitals read as lower case, without it a capital is in no word.
   */
  find(s: string, start: number, end: number, fold: boolean): number {
    let h1 = HASH1_SEED, h2 = HASH2_SEED;
    for (let k = start; k < end; k++) {
      let c = s.charCodeAt(k);
      if (c > 0x7f) return -1;
      if (c >= 65 && c <= 90) {
        if (!fold) return 0;
        c += 32;
      }
      h1 = hash1Step(h1, c);
      h2 = hash2Step(h2, c);
    }
    return this.set.has(h1, h2) ? 1 : 0;
  }

  /** find() of `words[0, n)` joined by single spaces, ASCII capitals read in lower case. */
  findWords(words: readonly string[], n: number): number {
    let h1 = HASH1_SEED, h2 = HASH2_SEED;
    for (let w = 0; w < n; w++) {
      if (w > 0) {
        h1 = hash1Step(h1, 32);
        h2 = hash2Step(h2, 32);
      }
      const s = words[w]!;
      for (let k = 0; k < s.length; k++) {
        let c = s.charCodeAt(k);
        if (c > 0x7f) return -1;
        if (c >= 65 && c <= 90) c += 32;
        h1 = hash1Step(h1, c);
        h2 = hash2Step(h2, c);
      }
    }
    return this.set.has(h1, h2) ? 1 : 0;
  }
}

/** `set.has(fold ? s.toLowerCase() : s)`, read in `table` (the same words) when `s` is ASCII. */
// (The US lists are in ASCII: a word with accents is looked up without them too, "Peñasco" as "penasco", as isUsCity does.)
function tableHas(table: WordTable, set: Set<string>, s: string, fold: boolean): boolean {
  const found = table.find(s, 0, s.length, fold);
  if (found >= 0) return found === 1;
  const v = fold ? s.toLowerCase() : s;
  return set.has(v) || set.has(withoutAccents(v));
}
/** How the first word of "Saint X", "Sainte X", "Mount X", "Fort X" is written short. */
const SHORT_TOWN_WORDS = new Map([
  ["saint", ["st.", "st"]],
  ["sainte", ["ste.", "ste"]],
  ["mount", ["mt.", "mt"]],
  ["fort", ["ft.", "ft"]],
]);

/** Whether `lower` (lower case, no spaces) is a word of some US city's name (the gate of the place cue's city lookup). */
export function isCityWord(lower: string): boolean {
  loadPlaces();
  return tableHas(cityWordTable!, cityWords!, lower, false);
}

/** Whether the five digits at text[at, at + 5) are a real ZIP code. */
function isZipAt(text: string, at: number): boolean {
  let zip = 0;
  for (let k = at; k < at + 5; k++) zip = zip * 10 + text.charCodeAt(k) - 48;
  return (zips![zip >>> 5]! & (1 << (zip & 31))) !== 0;
}

/** Whether `name` (any case) is a US city or town. */
export function isUsCity(name: string): boolean {
  loadPlaces();
  if (!hasNonAscii(name)) return cityTable!.find(name, 0, name.length, true) === 1;
  const lower = name.toLowerCase();
  // The list is in ASCII: "Española" is listed as "espanola".
  return cities!.has(lower) || (hasNonAscii(lower) && cities!.has(withoutAccents(lower)));
}
/** Whether `s` holds an apostrophe or an ʻokina. */
function hasApostrophe(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 39 || c === 0x2019 || c === 0x2bb) return true;
  }
  return false;
}
/** `/[^\x00-\x7f]/.test(s)` without a regular expression (a call per looked-up word). */
function hasNonAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return true;
  return false;
}

let worldCities: Set<string> | undefined;
/** The first word of each of those cities, lower case: most phrases after a place cue start with none. */
let worldFirstWords: Set<string> | undefined;
/**
 * Whether `lower` (lower case) is a city abroad of some size ("kumasi", "da nang", "pune"): the
 * 7,300 cities of Natural Earth's populated places (public domain), as the city-timezones
 * package ships them. Loaded on first use: most messages name no town after a place cue.
 */
function isWorldCity(lower: string): boolean {
  const { cities } = loadWorldCities();
  // (Some are listed without their apostrophe or ʻokina: "Nuku'alofa" as "nukualofa".)
  if (hasApostrophe(lower)) return isWorldCity(lower.replace(/['’ʻ]/g, ""));
  if (!hasNonAscii(lower)) return worldCityTable!.find(lower, 0, lower.length, false) === 1;
  // (Some are listed in ASCII only: "Málaga" as "malaga".)
  return cities.has(lower) || (hasNonAscii(lower) && cities.has(withoutAccents(lower)));
}

/** Whether `word` (one word, any case) starts the name of a city abroad. */
function startsWorldCity(word: string): boolean {
  const { firstWords } = loadWorldCities();
  if (hasApostrophe(word)) return startsWorldCity(word.replace(/['’ʻ]/g, ""));
  // (An ASCII word is read in lower case in the table, without lower-casing it.)
  if (!hasNonAscii(word)) return worldFirstWordTable!.find(word, 0, word.length, true) === 1;
  const lower = word.toLowerCase();
  return firstWords.has(lower) || (hasNonAscii(lower) && firstWords.has(withoutAccents(lower)));
}

function withoutAccents(s: string): string {
  // (Memoised: the same accented words come back message after message, and NFD with a Unicode pattern is slow.)
  let v = accentless.get(s);
  if (v === undefined) {
    if (accentless.size >= 4096) accentless.clear();
    v = s.normalize("NFD").replace(/\p{M}/gu, "");
    accentless.set(s, v);
  }
  return v;
}
const accentless = new Map<string, string>();

let countries: Set<string> | undefined;
/** Cities abroad of a million people or more (Natural Earth's estimate), lower case. */
let bigCities: Set<string> | undefined;
/** Cities (the US's too) of 100,000 people or more, lower case. */
let sizeableTowns: Set<string> | undefined;

/** Whether `lower` (lower case) is a city of 100,000 people or more. */
function sizeableTown(lower: string): boolean {
  loadWorldCities();
  return sizeableTowns!.has(lower);
}

/** Whether `word` is capitalised ("Amman", not "AMMAN") and `lower`, its lower case, a city of a million people or more that is no word never a town. */
function bigCapitalisedCity(word: string, lower: string): boolean {
  if (!/^[A-Z][a-z'-]+$/.test(word) || NOT_A_NAME.has(lower) || EPONYMS.has(lower) || COMMON_WORD_CITIES.has(lower)) return false;
  loadWorldCities();
  return bigCities!.has(lower);
}

/** Whether `lower`, words in lower case joined by single spaces, is a country's whole name ("el salvador", "sri lanka"). */
export function isCountryName(lower: string): boolean {
  return loadWorldCities().countries.has(lower);
}

/** Whether `words` (up to three, any case) start with a country's name ("peru", "Sri Lanka", "Kenya (visiting)"). */
function startsCountry(words: string): boolean {
  const { countries } = loadWorldCities();
  const lower = words.toLowerCase().split(/\s+/);
  for (let n = Math.min(3, lower.length); n >= 1; n--) if (countries.has(lower.slice(0, n).join(" "))) return true;
  return false;
}

/** The cities abroad and their first words as hash tables (see WordTable). */
let worldCityTable: WordTable | undefined;
let worldFirstWordTable: WordTable | undefined;

function loadWorldCities(): { cities: Set<string>; firstWords: Set<string>; countries: Set<string> } {
  if (!worldCities || !worldFirstWords || !countries) {
    const records = require("city-timezones/data/cityMap.json") as { city: string; city_ascii: string; country: string; pop?: number }[];
    worldCities = new Set();
    bigCities = new Set();
    sizeableTowns = new Set();
    worldFirstWords = new Set();
    countries = new Set(["usa", "us", "uk", "england", "scotland", "wales", "northern ireland", "canada"]);
    for (const r of records) {
      countries.add(r.country.toLowerCase());
      for (const name of [r.city.toLowerCase(), r.city_ascii.toLowerCase()]) {
        worldCities.add(name);
        worldFirstWords.add(name.split(" ")[0]!);
        if ((r.pop ?? 0) >= 1_000_000) bigCities.add(name);
        if ((r.pop ?? 0) >= 100_000) sizeableTowns.add(name);
      }
    }
    worldCityTable = new WordTable(worldCities);
    worldFirstWordTable = new WordTable(worldFirstWords);
  }
  return { cities: worldCities, firstWords: worldFirstWords, countries };
}

/** The codes of the territories with ZIP codes: Guam, the Virgin Islands, the Northern Marianas, American Samoa. */
const TERRITORIES = "GU|VI|MP|AS";
const STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR";
const STATE_NAMES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
/** STATE_NAMES, lower case. */
const STATE_NAME_SET = new Set(STATE_NAMES.toLowerCase().split("|"));
/** STATE_NAME_SET as a hash table (see WordTable). */
const STATE_NAME_TABLE = new WordTable(STATE_NAME_SET);

const SUFFIX = String.raw`(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|row|crescent|cres|close|alley|pike|loop|bend|crossing|xing|path|trace|cove|glen|grove|hollow|landing|ridge|heights|hts|run)`;
// (A trailer, a space or a building of a park or complex: "Trlr 4P", "Spc 12", "Bldg C".)
const UNIT_WORDS = String.raw`(?:apt|apartment|unit|suite|ste|#|rm|room|lot|fl|floor|trlr|trailer|spc|space|bldg)`;
// A unit's value holds a digit or is one or two letters ("Apt 6B", "Unit C", "Ste 200"; not "apt buzzer").
// (Letters alone not glued to the unit's word: "Unity, OH" is a town, no "Unit y".)
const UNIT_VALUE = String.raw`(?:[a-z-]{0,4}\d[a-z0-9-]*|(?<![a-z])[a-z]{1,2}(?![a-z0-9-]))`;
// (Or a basement, which takes no value: "64C Bishop Ln Bsmt", "3783 Orchard Terrace, Bsmt".)
const UNIT = String.raw`(?:,?\s*(?:${UNIT_WORDS}\.?\s*(?:#\s*)?${UNIT_VALUE}|(?:bsmt|basement)(?![\w-])))?`;
/** The unit closing an address ("Unit 39C", "#32C"), whose words are no street name's. */
// (It starts after a non-space: unanchored, a run of spaces in the address was rescanned from each of its characters.)
const UNIT_TAIL = new RegExp(String.raw`(?<=\S),?\s*(?:${UNIT_WORDS}\.?\s*(?:#\s*)?${UNIT_VALUE}|bsmt|basement)$`, "i");
/** A unit before a house number ("Unit 8, ", "apt 3b "), at the end of the slice before it. */
// (Not a room or floor: "rm 4, 2 north dr" is a ward's.)
const UNIT_BEFORE = /(?:^|[^\w])((?:unit|apt|apartment|flat|suite|ste|trlr|trailer|spc)\.?\s*(?:#\s*)?[a-z]{0,2}\d{1,4}[a-z]?,?\s+)$/i;
const DIRECTION = String.raw`(?:(?:[nsew]|north|south|east|west|ne|nw|se|sw)\.?\s+)?`;
/**
 * Street kinds written before the street: a name ("Rue Champlain", "Calle Alegre") or a
 * number ("County Road 14", "Route 9").
 */
// (Up to four words after the kind, the last maybe a town the address closes with: "Calle de la Paz", "Calle Los
// Robles Eureka."; a trailer's or lot's number after it: "Rue Dauphine Trlr 30". A numbered route's direction before a
// unit or a stop: "Hwy 7 N Apt 7", "hwy 7 n, unit 11".)
const PREFIX_STREET = String.raw`(?:(?:rue|calle|avenida|camino)\s+[a-zà-ÿ][a-zà-ÿ'-]*(?:\s+[a-zà-ÿ][a-zà-ÿ'-]*){0,3}?(?=\s*(?:[,.;)\n]|$|\s+(?:apt|unit|suite|ste|#|lot|trlr|trailer|spc|bldg|in|near|on|at)\b))|(?:county\s+r(?:oa)?d\.?|state\s+route|(?:[a-z]+\s+)?(?:route|rte|highway|hwy))\s+\d{1,4}[a-z]?\b(?:\s+(?:[nsew]|north|south|east|west)\.?(?=\s*(?:[,;)\n]|$|(?:apt|unit|suite|ste|#|lot|trlr|trailer|spc|bldg)\b)))?)`;
/** A letter closing a house number ("940B Larchmont Road"); not one of a count's units ("3x", "2d", "4h", "6w"). */
const HOUSE_LETTER = "(?:[abcefg](?=\\s))?";
// (Not after "/", "." or "-": "3/6 holosystolic murmur. Dr ..." is a score.)
const ADDRESS = new RegExp(
  String.raw`(?<![\w/.-])\d{1,6}½?\s+${DIRECTION}${PREFIX_STREET}${UNIT}` +
    // ("lot 22 wainui rd": a rural lot number before the street; "4120 W Kōwhai Blvd": letters of Latin Extended-A and the ʻokina.)
    String.raw`|(?<![\w/.-])(?:lot\s+)?\d{1,6}(?:½|${HOUSE_LETTER})\s+${DIRECTION}(?:(?:[a-zà-ÿ\u0100-\u017fʻ][a-zà-ÿ\u0100-\u017fʻ0-9'.-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4}?${SUFFIX}\b\.?(?:\s+${SUFFIX}\b\.?)?${UNIT}` +
    // P.O. boxes, and rural boxes by highway contract or rural route ("HC 10 Box 8526", "RR 2 Box 14").
    String.raw`|\bp\.?\s?o\.?\s+box\s+\d+|\b(?:hc|rr|rural\s+route)\s+\d{1,4}\s+box\s+\d+` +
    // Rural places without a house number: a county road ("County Rd 344") and a highway's mile marker ("hwy 85 mile
    // marker 98", "Route 9 MM 14"); a highway alone names no one's place.
    String.raw`|(?<![\w/.-])county\s+r(?:oa)?d\.?\s+\d{1,4}[a-z]?\b|(?<![\w/.-])(?:(?:us|state|sr)\s+)?(?:route|rte|highway|hwy)\s+\d{1,4}[a-z]?\s+(?:mile\s+marker|mile\s+post|milepost|mm)\s+\d{1,4}(?:\.\d)?\b`,
  "gi",
);
export const CITY_STATE = new RegExp(String.raw`\b((?:[A-Z][a-z'.-]+|[A-Z]{2,}(?=,?\s+[A-Z]))(?:\s+[A-Z][a-z'.-]+){0,2}),?\s+(?:${STATES}|${STATE_NAMES})\b(\s+\d{5}(?:-\d{4})?\b)?`, "g");
/** Up to two words in capitals and the spaces after each, at the end of the slice (group 1). */
const CAPITALS_BEFORE = /(?:^|[^\p{L}'.-])((?:[A-Z][A-Z'-]*[^\S\n]+){1,2})$/u;
/** After an address: ", Town 12345" (group 1 the town, group 2 the ZIP; sticky). */
// (Hawaiian towns keep their ʻokina: "Kapaʻa".)
// (Or a Canadian postal code: "Thunder Bay Y4D 3K1".)
const TOWN_ZIP_AFTER = /,?\s*((?:(?:[A-Z][a-zʻ'.-]+|[A-Z]{2,})\s+){0,2}(?:[A-Z][a-zʻ'.-]+|[A-Z]{2,})),?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\w-])/y;
/** The same in text typed all in lower case, and ", Town" alone (checked against the town list); sticky. */
const TOWN_ZIP_AFTER_LOWER = /,?\s*((?:[a-z][a-zʻ'.-]+\s+){0,2}[a-z][a-zʻ'.-]+),?\s+(\d{5}(?:-\d{4})?|[a-z]\d[a-z] ?\d[a-z]\d)(?![\w-])/y;
// (A colon after the town too: "..., dubuque: old unit".)
const TOWN_AFTER = /(?:,|\s+in\b)?\s*((?:(?:st|ste|mt|ft)\.\s+|\p{L}[\p{L}'-]*\s+){0,3}\p{L}[\p{L}'-]*)(?=\s*(?:[,.;:)\n]|$))/iuy;
/** ", ashtabula can't": up to three words after an address's comma (sticky). */
const TOWN_WORDS_AFTER = /,[^\S\n]*(\p{L}[\p{L}'-]*(?:[^\S\n]+\p{L}[\p{L}'-]*){0,2})/uy;
/** "nacogdoches 11394", "walla walla, 69595": up to three words, a comma or not, then the ZIP's start (the end of the slice). */
const WORDS_BEFORE_ZIP = /(?:^|[^\p{L}'.-])(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2}),?[^\S\n]+$/u;
/** Up to three words right before a comma (the end of the slice). */
const WORDS_BEFORE_COMMA = /(?:^|[^\p{L}'.-])(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2})$/u;
/** The letters right before a full stop (the end of the slice; group 1). */
const WORD_BEFORE_STOP = /(\p{L}+)$/u;
/** Titles of three letters or more written short before a name ("Mrs. Vale", "Prof. Ito"). */
const TITLE_SHORTHANDS = new Set(["mrs", "rev", "sgt", "capt", "prof", "pharmd", "hon", "sen", "gov", "supt"]);
/** ", Lumberton⏎", "..., stairs. wewoka": one or two words a comma or a full stop opens and a line's end closes (group 1); sticky, tried once a line (lineEndItems). */
const TOWN_ITEM_AT_LINE_END = /[,.][^\S\n]+(\p{L}[\p{L}'-]+(?:[^\S\n]\p{L}[\p{L}'-]+)?)[^\S\n]*(?=\n|$)/uy;
/** TOWN_ED_SUBJECT's department words and SCENE_TOWN's scene words, read from the tokens before either pattern runs. */
const ED_OR_ER = new TokenWords(["ed", "er"]);
const SCENE_WORDS = new TokenWords(["accident", "crash", "wreck", "rollover", "mvc", "mva", "ems", "scene", "ambulance", "dispatch"]);


/**
 * TOWN_ITEM_AT_LINE_END's matches, found without scanning every comma: a match's words hold no comma or stop and run to
 * the line's end, so a line holds at most one, at its last comma or stop (when a space follows it).
 */
function lineEndItems(text: string, fn: (m: RegExpExecArray) => void): void {
  for (let lineEnd = text.length; lineEnd >= 0; ) {
    const lineStart = lineEnd === 0 ? 0 : text.lastIndexOf("\n", lineEnd - 1) + 1;
    let k = lineEnd - 1;
    while (k >= lineStart && text.charCodeAt(k) !== 44 && text.charCodeAt(k) !== 46) k--;
    if (k >= lineStart) {
      TOWN_ITEM_AT_LINE_END.lastIndex = k;
      const m = TOWN_ITEM_AT_LINE_END.exec(text);
      if (m) fn(m);
    }
    if (lineStart === 0) break;
    lineEnd = lineStart - 1;
  }
}
/** ", Hoquiam — ": one or two words an item's comma opens and a spaced dash closes (group 1). */
const TOWN_ITEM_BEFORE_DASH = /,[^\S\n]+(\p{L}[\p{L}'-]+(?:[^\S\n]\p{L}[\p{L}'-]+)?)[^\S\n]+[—–-][^\S\n]/gu;
/** "at donostia ed.", "FROM HARGEISA ER,": a word of four letters or more before a closing "ED" or "ER" after a place's preposition (group 1; group 2 the department; sticky, at the cues). */
const TOWN_ED_AT = /(?:at|from|to)[^\S\n]+(\p{L}[\p{L}'-]{3,})[^\S\n](ed|er)(?=[^\S\n]*(?:[.,;:)\n]|$))/iuy;

/** "case #... . anadarko ed notified", "Okemah ER called": the same as a clause's subject, before what the department did (groups as TOWN_ED_AT). */
const TOWN_ED_SUBJECT = /(?:^|\n|[.;:!?][^\S\n]+)(\p{L}[\p{L}'-]{3,})[^\S\n](ed|er)(?=[^\S\n]+(?:notified|aware|called|calling|accepted|accepting|accepts|declined|declines|says|said|reports|reported|wants|sent|sending|transferred|updated)\b)/giu;
/** "snowmachine accident Pikeville:", "fire/ems okemah:": one or two words between a scene's or a crew's word and a colon (group 1). */
const SCENE_TOWN = /(?<![\p{L}])(?:accident|crash|wreck|rollover|mvc|mva|ems|scene|ambulance|dispatch)[^\S\n]+(\p{L}[\p{L}'-]+(?:[^\S\n]\p{L}[\p{L}'-]+)?):/giu;
/** "from up rockhouse hollow", "lives down Coal Branch holler": a hollow's (a mountain valley's) name between "up" or "down" after a home's word and its word (group 1; not "woke up feeling hollow"). */
const UP_HOLLOW = /(?<![\p{L}])(?:from|lives?|living|stays|home|way|out)[^\S\n]+(?:up|down)[^\S\n]+(\p{L}[\p{L}'-]*(?:[^\S\n]+\p{L}[\p{L}'-]*)?)[^\S\n]+(?:hollow|holler)(?![\p{L}])/giu;
/** SCENE_TOWN's match `m`: a listed town, or in text with capitals a capitalised word no English or name list holds. */
function sceneTown(scan: Scan, m: RegExpExecArray, out: Detection[]): void {
  const place = m[1]!;
  const words = splitAtSpaces(place);
  const mixed = !scan.lowerCase && !scan.upperCase;
  const lower = place.toLowerCase();
  const unlisted = mixed && words.length === 1 && /^[A-Z][a-z]{3,}$/.test(place) && !NOT_A_NAME.has(lower) && !isEnglishWord(lower, 0, lower.length) && !isGivenName(lower) && !isFamilyName(lower);
  if (!unlisted && !(words.length === 2 && openedPlace(words)) && leadingTown(words, !mixed) !== words.length) return;
  const start = m.index + m[0].length - 1 - place.length;
  out.push({ start, end: start + place.length, type: "LOCATION" });
}

/** Shorthand no list holds for whom an emergency department serves or where it sits, which names no town before "ED". */
const ED_KIND_WORDS = new Set(["obgyn", "ob-gyn", "gyne", "pedi", "paeds", "geri", "offsite", "off-site", "on-site", "offcampus", "off-campus", "free-standing"]);
/** TOWN_ED_AT's match `m`: the town, a listed one no ordinary word or one no English or name list holds. */
function townEd(scan: Scan, m: RegExpExecArray, out: Detection[]): void {
  const town = m[1]!;
  const lower = town.toLowerCase();
  const mixed = !scan.lowerCase && !scan.upperCase;
  if (mixed && (!/^[A-Z][a-z]/.test(town) || !/^E[DR]$/.test(m[2]!))) return;
  if (NOT_PLACES.has(lower) || STATE_NAME_SET.has(lower) || SERVICE_WORDS.has(lower) || NOT_A_NAME.has(lower) || EPONYMS.has(lower)) return;
  const listed = isUsCity(lower) || isWorldCity(lower);
  // (A town no list holds is a word no list holds, of five letters or more: "at ucsf ed" is shorthand.)
  // (Nor a word of the department's own kind or site: "from obgyn ed,", "from offsite ed,".)
  if (listed ? ordinaryWord(lower) : ED_KIND_WORDS.has(lower) || lower.length < 5 || isEnglishWord(lower, 0, lower.length) || isGivenName(lower) || isFamilyName(lower)) return;
  const start = m.index + m[0].length - m[2]!.length - 1 - town.length;
  // (Not a possessive: "Children's ED called", "Women's ED".)
  if (/'s$/i.test(town)) return;
  out.push({ start, end: start + town.length, type: "LOCATION" });
}
/** " · Zwolle": one to three words after a spaced middle dot, closed by another, a stop or the line's end (group 1). */
const TOWN_ITEM_AFTER_DOT = /[^\S\n]·[^\S\n]+(\p{L}[\p{L}'-]+(?:[^\S\n]\p{L}[\p{L}'-]+){0,2})(?=[^\S\n]*(?:$|\n|\.|[^\S\n]·))/gu;
/** Up to three words after ", " that may be a country (sticky; checked against the list). */
const COUNTRY_AFTER = /(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2})/uy;
/** A ZIP (or ZIP+4) that no other digit follows. */
const ZIP_SHAPE = /(?<![\w.,/-])\d{5}(?:-\d{4})?(?![\w/-]|[.,]\d|[^\S\n]*\d)/g;
const ZIP_CUE = /\b(?:zip|zipcode|zip\s+code|postal\s+code|postcode)\s*[:#]?\s*(?:is\s+)?(\d{5}(?:-\d{4})?)\b/gi;
/** After a ZIP code, on its line: the one said instead ("..., should be 93372", "actually 60614"; group 1; sticky). */
const ZIP_INSTEAD = /[^\n\d]{0,80}?\b(?:should\s+be|is\s+actually|actually|correct\s+(?:one\s+)?is|changed\s+to|new\s+one\s+is)\s+(\d{5}(?:-\d{4})?)(?![\w/-]|[.,]\d)/iy;
/** "lives in 59059": five digits where a town would be are a ZIP code (listed or not). */
const LIVES_IN_ZIP = /\blives?\s+(?:in|at|near)\s+(\d{5})(?![\w/-]|[.,]\d)/gi;
/** "Kealoha Family Health (Paterson)": the town in brackets after a facility's name (sticky). */
const TOWN_IN_BRACKETS = /\s*\(([A-Z][a-z'.-]+(?:\s+[A-Z][a-z'.-]+){0,2})\)/y;
const ZIP_PLUS4 = /(?<![\w-])\d{5}-\d{4}(?![\w-])/g;
/** A unit or what is counted after a number, which is then no ZIP ("10000 steps", "12000 units"). */
const COUNT_UNIT_AFTER = /^\s*(?:mg|mcg|ml|units?|iu|cells|copies|steps|k?cal(?:ories)?|ft|feet|miles|km|lbs?|dollars|people)\b/i;
/** What before five digits makes them a count or a code, not a ZIP (the end of a 40-character slice). */
const NOT_ZIP_BEFORE = /(?:plt|plts|platelets?|wbc|anc|cd4|count|vl|viral\s+load|copies|ldh|ck|cpk|ferritin|tsh|x|=|:|of|~|>|<|coded?|cpt|bill|bills|billed|billing|level)\s*(?:\d{5}\s*(?:,|and|&)\s*){0,3}$/i;
/**
 * A billing verb, a few words of its phrase and codes already said before five digits, which are then a billing code
 * too: "bill it as 99214", "billed as 99285, not 99284", "code this as 99233 or 99232" (the end of a 40-character slice).
 */
const BILLED_CODE_BEFORE = /\b(?:coded?|cpt|bill|bills|billed|billing)(?:\s+(?:it|this|that|them|the|visit|encounter|as|under|a|an|with))+\s+(?:\d{5}[^\S\n]*(?:please|pls|plz)?[^\S\n]*[,;]?[^\S\n]*(?:and|&|or|not|vs\.?|instead\s+of|rather\s+than)?[^\S\n]*){0,3}$/i;
/** The word right before a number, maybe with "#" or ":" (the end of the slice; group 1). */
const ID_CUE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[^\S\n]*[#:]?[^\S\n]*$/u;
// (A stop or comma may close it, not a decimal's point: "..., 91102." is a ZIP, "12345.6" none.)
const BARE_5 = /(?<![\w.,/-])\d{5}(?![\w/-]|[.,][^\s]|\s*(?:mg|mcg|ml|units?|iu|cells|\/))/gi;
const PLACE_CUE = /\b(?:(?:the\s+)?(?:town|city|village|township|borough)\s+of|lives?\s+(?:in|at|near|outside)|living\s+in|resident\s+of|viv(?:e|en|[ií]a)\s+en|from|frm|desde|moved\s+(?:to|from)|visiting|transferr?ed\s+(?:from|to)|tx\s+from|xfer\s+from|sent\s+from|came\s+from|back\s+(?:to|in)|home\s+(?:in|to)|works?\s+(?:in|at)|near|outside(?:\s+of)?|in|at|to)\s+((?:[A-ZÀ-Þ][a-zß-ÿ\u0100-\u017f\u1e00-\u1effʻ'.-]+|[a-zß-ÿ\u0100-\u017f\u1e00-\u1effʻ]{3,})(?:\s+[A-ZÀ-Þ][a-zß-ÿ\u0100-\u017f\u1e00-\u1effʻ'.-]+){0,2})/gi;
// Sticky copy, tried only at the place cue words the scan found.
const PLACE_CUE_AT = new RegExp(PLACE_CUE.source, "iy");
// In text typed all in lower case a town's later words are lower case too ("near lock haven").
// (Letters of Latin-1 and Latin Extended-A count: "in kraków", "from Málaga".)
const PLACE_CUE_LOWER_AT = new RegExp(PLACE_CUE.source.replace(String.raw`(?:\s+[A-ZÀ-Þ][a-zß-ÿ\u0100-\u017f\u1e00-\u1effʻ'.-]+){0,2}`, String.raw`(?:\s+[a-zß-ÿ\u0100-\u017f\u1e00-\u1effʻ][a-zß-ÿ\u0100-\u017f\u1e00-\u1effʻ'.-]+){0,2}`), "iy");
if (PLACE_CUE_LOWER_AT.source === PLACE_CUE.source) throw new Error("PLACE_CUE_LOWER_AT: the later words' pattern was not found");
/** "pecatonica, il", "fond du lac wi 54935": a town and a state code in lower-case text. */
// Each of the patterns below starts only where a word starts (a lookbehind, not \b: \b holds
// after every "-" or ".", and "a-a-a-..." then made each start rescan the run, quadratically).
export const CITY_STATE_LOWER = new RegExp(String.raw`(?<![a-z'.-])((?:[a-z][a-z'.-]+\s+){0,2}[a-z][a-z'.-]+)(,?)\s+(?:${STATES.toLowerCase()})\b(\s+\d{5}(?:-\d{4})?\b)?`, "g");
/** CITY_STATE_LOWER, sticky: tried only where cityStateLowerStarts says a match can start. */
const CITY_STATE_LOWER_AT = new RegExp(CITY_STATE_LOWER.source, "y");

/**
 * Where CITY_STATE_LOWER can match, in order: a match is one to three words then a state code
 * after a space, so it starts at one of the three runs of its word characters before such a
 * code (the runs spaces alone part, the last maybe with a comma after it). Running the pattern
 * sticky at those offsets finds what a scan of the whole text finds, without trying it at
 * every word of a long lower-case message.
 */
export function cityStateLowerStarts(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  let sorted = true;
  for (let s = 1; s + 1 < n; s++) {
    // A state code: two lower-case letters after a space, no word character after them.
    const a = text.charCodeAt(s);
    if (a < 97 || a > 122 || !isSpaceCode(text.charCodeAt(s - 1))) continue;
    const b = text.charCodeAt(s + 1);
    if (b < 97 || b > 122 || (s + 2 < n && isAsciiWordCode(text.charCodeAt(s + 2))) || !STATE_CODES.has(((a - 32) << 8) | (b - 32))) continue;
    let j = s - 1;
    while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
    if (j >= 0 && text.charCodeAt(j) === 44) j--;
    // (The runs are found last first: pushed, then put in text order.)
    const first = starts.length;
    for (let words = 0; words < 3 && j >= 0 && isLowerWordChar(text.charCodeAt(j)); words++) {
      while (j >= 0 && isLowerWordChar(text.charCodeAt(j))) j--;
      starts.push(j + 1);
      // (Only spaces part the words before the comma.)
      const end = j;
      while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
      if (j === end) break;
    }
    for (let a = first, b = starts.length - 1; a < b; a++, b--) [starts[a], starts[b]] = [starts[b]!, starts[a]!];
    // (A code's runs can come before an earlier code's: "a b tx ca" tries "a" and "b" twice.)
    if (first > 0 && starts.length > first && starts[first]! < starts[first - 1]!) sorted = false;
  }
  // (execAt skips an offset inside a match; an offset tried twice finds what it found before.)
  return sorted ? starts : starts.sort((x, y) => x - y);
}

/** `\w`: an ASCII letter, digit or "_". */
function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;
}

/** Facility kinds; any-case first letter, except words that are only places when capitalised. */
const FACILITY_KIND_WORDS = [
  "hospital", "medical center", "medical centre", "med ctr", "health center", "health system", "healthcare", "clinic",
  "nursing home", "nursing facility", "rehab center", "rehabilitation center", "care center", "care home", "hospice",
  "assisted living", "senior living", "infirmary", "memorial", "regional", "urgent care", "pharmacy", "elementary school",
  "high school", "middle school", "university", "college", "correctional facility", "correctional center", "skilled nursing",
  "senior high", "junior high", "state prison", "county jail", "family practice", "family medicine", "memory care", "women's center",
  "behavioral health", "family health", "community health", "elementary", "snf", "manor", "dialysis", "rehab", "daycare", "academy", "service unit", "post-acute", "village",
  // Long-term acute care hospitals ("quarry hill ltach"), a hospice's residence ("... hospice house"), kidney and
  // dialysis centres ("... kidney care", "... dialysis center"), and a nursing home named with both of its kinds
  // ("... nursing & rehab", "... nursing and rehabilitation").
  "ltach", "ltac", "hospice house", "kidney care", "kidney center", "dialysis center", "dialysis centre",
  "nursing & rehab", "nursing and rehab", "nursing & rehabilitation", "nursing and rehabilitation",
  "nursing & rehab center", "nursing and rehab center", "nursing & rehabilitation center", "nursing and rehabilitation center",
  "health & rehab", "health and rehab", "health & rehabilitation", "health and rehabilitation",
  // Shelters, houses of worship, detention, outpatient centres and agencies ("bridgeway family shelter", "grace covenant
  // church", "... buddhist temple", "tri-county detention center", "... outpatient wound center", "... home care agency").
  "shelter", "women's shelter", "womens shelter", "men's shelter", "family shelter", "church", "buddhist temple", "hindu temple", "sikh temple", "sikh gurdwara", "gurdwara", "mosque", "synagogue", "islamic center",
  "detention center", "detention centre", "detention facility", "juvenile hall", "wound center", "wound centre", "surgery center",
  "surgical center", "imaging center", "community school", "charter school", "home care agency", "home health agency", "staffing agency",
  // Treatment, nursing and justice centres, a dialysis unit, a group home, sober living and a mobile home park
  // ("bluegrass treatment center", "... nursing center", "... justice center", "lakeside dialysis unit", "sunrise adult
  // group home", "oak hollow mobile home park"; the kinds whose last word the lexicon gates not are in MORE_KINDS).
  "treatment center", "treatment centre", "nursing center", "nursing centre", "justice center", "dialysis unit",
  "group home", "sober living", "mobile home park",
  // Kinds added for holdout15's classes: a hospice's home, a transitional care unit, a warming centre, a youth home, a
  // home for the aged, a preschool, and a prison or jail named by its adjective ("stillwater hospice home", "evergreen
  // transitional care", "pine hill correctional", "big horn county detention").
  "hospice home", "transitional care", "warming center", "warming centre", "youth home", "home for the aged", "preschool",
  "correctional", "detention", "county detention", "county correctional", "county detention center", "county detention centre",
  "county detention facility", "county correctional facility", "county correctional center",
].sort((a, b) => b.length - a.length);
const FACILITY_KIND = FACILITY_KIND_WORDS
  .map((k) => k.split(" ").map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join(String.raw`\s+`))
  .concat(["General", "Home", "Manor", "Village", "Mission", "School", "Prison", "Jail", "SNF", "LTAC", "Rehab", "Dialysis", "Daycare", "Academy", "Preschool"])
  .join("|");
/** Facility kinds found in lower case (the capitals-only ones are ordinary words there). */
// (Not after a hyphen: "tri-county detention center" is a detention center, no county detention of "tri-".)
const FACILITY_LOWER = new RegExp(String.raw`(?<![\w-])(?:${FACILITY_KIND_WORDS.map((k) => k.replace(/ /g, String.raw`\s+`)).join("|")})\b`, "g");
// A facility's name may go on after its kind with the place it serves: "Memorial
// Hospital of Carbondale", "Children's Hospital of the Plains" (group 3).
export const FACILITY = new RegExp(
  String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿ'&.-])((?:(?:St\.?|Saint|Mt\.?|Mount)\s+)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'&.-]+(?:\s+(?:of\s+(?:the\s+)?|the\s+)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'&.-]+){0,3})\s+(${FACILITY_KIND})\b(\s+(?:of|for)\s+(?:the\s+)?([A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,2})?`,
  "g",
);
const SAINT = /\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:'s)?(?:\s+(?:Hospital|Medical|Regional|Health|Mercy|General))?(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?/g;
/** A town's police, sheriff, fire or EMS service ("Oskaloosa PD", "Cass County Sheriff"): the town is a place. */
/** "Cass County", "Orleans Parish": a county is a place below the state. */
// (A capital inside the name's word after a short prefix: "McDowell County", "DeKalb County", "O'Brien County".)
const COUNTY = /\b(?:[A-Z](?:[a-z']{1,2}[A-Z])?[a-z'.-]+\s+){1,2}(?:County|Parish)\b/g;
const AGENCY = /\b((?:[A-Z][a-z'.-]+\s+){0,2}[A-Z][a-z'.-]+)\s+(?:PD|FD|EMS|Police|Sheriff|Fire\s+(?:Dep(?:artmen)?t|Rescue|Department))\b/g;
/**
 * Lower case: a town's police or fire service, prison, jail or school district (group 2), or a
 * county; group 1 the words before ("pueblo prison", "puebla school district": the town is the place).
 */
const AGENCY_LOWER = /(?<![a-z'.-])((?:[a-z][a-z'.-]+\s+){0,1}[a-z][a-z'.-]+)\s+(pd|fd|police|sheriff|county|parish|prison|jail|school\s+district)\b/g;
/** Lower case: up to three words before "-based" ("glens falls-based"). */
const BASED_LOWER = /(?<![a-z'.])((?:[a-z][a-z'.]+\s+){0,2}[a-z][a-z'.]+)-based\b/g;
/** Words after a saint's name that make it a herb, a disease or a feast ("St. John's wort", "St. Anthony's fire", "St. Patrick's day"). */
const SAINT_NOT_PLACE = new Set(["wort", "fire", "dance", "day", "eve"]);
/** Lower case: "st." or "saint", a name, and an optional "'s" (group 1 the name). */
const SAINT_LOWER = /\b(?:st\.|saint)\s+([a-z]+)(?:'s)?(?:\s+of\s+(?:the\s+)?[a-z]+)?/g;
/** "a Natchitoches-based trucker": a place before "-based". */
const BASED = /\b([A-Z][a-z'.]+(?:\s+[A-Z][a-z'.]+)?)-based\b/g;

/** `s` up to the full stop that ends a sentence in it, not one of "St.", "Ste.", "Mt.", "Ft." ("Sault Ste. Marie"). */
function toSentenceEnd(s: string): string {
  for (let at = s.indexOf("."); at >= 0; at = s.indexOf(".", at + 1)) {
    if (at + 1 < s.length && !isSpaceCode(s.charCodeAt(at + 1)) && s.charCodeAt(at + 1) !== 46) continue;
    if (/(?:^|\s)(?:st|ste|mt|ft)$/i.test(s.slice(0, at))) continue;
    let end = at;
    while (end > 0 && s.charCodeAt(end - 1) === 46) end--;
    return s.slice(0, end);
  }
  return s;
}

/** Whether CITY_STATE_LOWER's match `m` ends with "or" or "in", a word after it: a clause read on ("..., or around"; not "..., oh w/"). */
function wordCodeThenWord(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const next = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && next >= 97 && next <= 122 && CLAUSE_STATE_CODES.test(m[0]);
}
/** State codes that are a conjunction or a preposition too, at the end of a match. */
const CLAUSE_STATE_CODES = /\s(?:or|in)$/;

/** "off dearborn hwy", "off Lake Charles highway": one or two words between "off" and a highway (group 1). */
const OFF_TOWN_HIGHWAY = /\boff[^\S\n]+([a-z][a-z'.-]+(?:[^\S\n]+[a-z][a-z'.-]+)?)[^\S\n]+(?:hwy|highway)\b/gi;

/** Words that name a route ("State Route 9", "Old Highway 61"). */
const ROUTE_WORDS = new Set(["state", "county", "us", "interstate", "old", "rural", "farm", "forest", "ranch", "tribal", "navajo"]);
/** A numbered route: group 1 the house number, group 2 a word before "route". */
const ROUTE_FORM = /^(\d+)\s+(?:(?:[nsew]|north|south|east|west|ne|nw|se|sw)\.?\s+)?(?:([a-z]+)\s+)?(?:route|rte|highway|hwy)\s+\d/i;

/** After a "run" that is an arrhythmia's: "of" or the rhythm ("run of VT", "run nsvt", "runs SVT"). */
const ARRHYTHMIA_AFTER_RUN = /^[^\S\n]+(?:of|n?s?vt|v-?tach|vfib|vf|afib|af|a-?flutter|aflutter|at|svt|pvcs?|pacs?|aivr|bigeminy|trigeminy|tachy)\b/i;
/** An address of PREFIX_STREET's form (its words are checked by the pattern itself). */
const PREFIX_FORM = new RegExp(String.raw`^\d{1,6}\s+${DIRECTION}${PREFIX_STREET}`, "i");

/** Words that start a facility-looking phrase but describe a service, not a place. */
const SERVICE_WORDS = new Set(
  [
    "the", "our", "their", "his", "her", "a", "an", "this", "that", "cardiology", "heart", "failure", "diabetes", "anticoagulation",
    "coumadin", "warfarin", "wound", "pain", "memory", "sleep", "lipid", "renal", "kidney", "dialysis", "transplant", "oncology", "cancer",
    "infusion", "fertility", "travel", "allergy", "asthma", "copd", "stroke", "headache", "epilepsy", "movement", "disorders",
    "sports", "bone", "spine", "eye", "ent", "gi", "liver", "hepatology", "ibd", "urology", "gyn", "ob", "prenatal", "peds",
    "pediatric", "family", "internal", "medicine", "primary", "care", "general", "walk-in", "urgent", "community", "free", "mental",
    "behavioral", "psych", "psychiatric", "addiction", "methadone", "suboxone", "smoking", "cessation", "weight", "obesity",
    "bariatric", "vascular", "vein", "hand", "foot", "podiatry", "dermatology", "derm", "rheum", "rheumatology", "endo",
    "endocrine", "thyroid", "nephrology", "pulm", "pulmonary", "neuro", "neurology", "ortho", "orthopedic", "surgery", "surgical",
    "ed", "er", "icu", "ccu", "picu", "nicu", "step-down", "telemetry", "outpatient", "inpatient", "day", "same", "post-op",
    "preop", "pre-op", "hiv", "id", "std", "sti", "tb", "hep", "hepatitis", "pacemaker", "device", "ekg", "ecg", "echo", "cath",
    "med", "medical", "med-surg", "long-term", "acute", "rehab", "nursing", "skilled", "residential", "group", "foster", "home",
    "at", "in", "from", "to", "go", "back", "went", "sent", "discharged", "discharge", "follow-up", "followup", "f/u", "ccf",
    "va", "university", "teaching", "tertiary", "local", "outside", "osh", "county", "state", "private", "public", "high", "low",
    "risk", "anemia", "coag", "hematology", "heme", "onc", "breast", "lung", "prostate", "colon", "sickle", "cell", "cf", "ms",
    "outpt", "inpt", "another", "other", "different", "nearby", "closest", "nearest", "previous", "prior", "big", "small", "large", "which", "every", "any",
    "some", "same", "next", "first", "second", "their", "your", "my", "its", "whose", "each", "both",
    // (Kinds of shelter: "homeless shelter", "emergency shelter", "dv shelter".)
    "homeless", "emergency", "overnight", "warming", "cooling", "youth", "dv", "domestic", "violence",
    // (Kinds of rehabilitation: "cardiac rehab", "vestibular rehabilitation".)
    "cardiac", "vestibular", "pelvic", "vocational", "occupational", "physical", "speech", "cognitive", "substance", "alcohol",
    // (Whom or what a treatment centre, a group home or a dialysis unit serves, or how: "adolescent residential treatment
    // center", "dual diagnosis ...", "long term ...", "intellectual disability group home", "hospital based dialysis unit".)
    // ("long" itself only before "term": skippableWord; "Long Beach Memorial Hospital" is a name.)
    "adult", "adolescent", "juvenile", "eating", "disorder", "dual", "diagnosis", "term", "intellectual", "developmental",
    "disability", "disabilities", "based", "hemo", "hemodialysis",
    // (A facility's shorthand before its name: "outside hosp fireweed family clinic", "sending fac ironwood memorial".)
    "hosp", "fac", "facility",
  ],
);

/**
 * Whom a clinic serves, which leads no name only in a generic phrase, after a determiner ("the women's clinic", "a
 * children's hospital"); opening a name it is part of it ("Children's Mercy Hospital", "childrens hospital of ...").
 */
const WHOM_SERVED = new Set(["women's", "children's", "womens", "childrens", "women’s", "children’s"]);
/** Determiners that make WHOM_SERVED's phrase after them generic. */
const DETERMINERS = new Set(["the", "a", "an", "our", "their", "his", "her", "my", "your", "this", "that"]);

/** Capitalised words after a place cue that are never places. */
const NOT_PLACES = new Set([
  // ("Tx'd from OSH": an outside hospital, though Osh is a town abroad.)
  "osh",
  "the", "a", "an", "her", "his", "their", "my", "our", "bed", "room", "clinic", "ed", "er", "icu", "or", "pacu", "ccu", "ward",
  "rehab", "hospital", "hospice", "home", "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm",
]);

/** Two-letter state codes as two character codes (c0 << 8 | c1), for the gate of CITY_STATE. */
const STATE_CODES = new Set(STATES.split("|").map((code) => (code.charCodeAt(0) << 8) | code.charCodeAt(1)));

/** Whether a state code in capitals or a capitalised state name's first word occurs. */
export function mayHoldState(scan: Scan): boolean {
  if (scan.features & F_STATE_NAME) return true;
  if (scan.upperPairs === 0) return false;
  const { text, tokens } = scan;
  for (let i = 0; i < scan.count; i++) {
    const t = tokens[i]!;
    if (t.length === 2 && t.upper && STATE_CODES.has((text.charCodeAt(t.start) << 8) | text.charCodeAt(t.start + 1))) return true;
  }
  return false;
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
}

/**
 * Finds street addresses, ZIP codes, cities and facility names. Each pattern runs only
 * when the scan shows what it needs (a street suffix and a digit, a state, a place cue).
 */
export function detectPlaces(scan: Scan, out: Detection[]): void {
  const found = out.length;
  placesIn(scan, out);
  if (out.length > found) withKindAfter(scan.text, out, found);
}

/**
 * A facility's kind written after a place already found ("yakima rehabilitation", "Tarrant County detention
 * center", "St. Brigid's parish", "holy cross orthodox"): the kind is part of the facility's name. Read only
 * after the places found (out[from, ...)), at their ends.
 */
function withKindAfter(text: string, out: Detection[], from: number): void {
  for (let k = from; k < out.length; k++) {
    const d = out[k]!;
    if (d.type !== "LOCATION" || !isSpaceCode(text.charCodeAt(d.end))) continue;
    KIND_AFTER_PLACE.lastIndex = d.end;
    const m = KIND_AFTER_PLACE.exec(text);
    // ("St. Agnes Home": a home after a saint's name only.)
    if (m && (m[1] === undefined || SAINT_START.test(text.slice(d.start, d.start + 6)))) d.end = KIND_AFTER_PLACE.lastIndex;
  }
}
/** Kinds that follow a place's name in a facility's (sticky; group 1 a home's, taken after a saint's name only). */
const KIND_AFTER_PLACE = new RegExp(
  String.raw`[^\S\n]+(?:(?:comprehensive[^\S\n]+)?(?:health[^\S\n]*care|medical)[^\S\n]+(?:facility|center|centre)|rehabilitation(?:[^\S\n]+(?:center|centre|hospital))?|orthodox(?:[^\S\n]+church)?|parish|cathedral|(?:(?:lumber|saw|paper)[^\S\n]+)?mill|detention[^\S\n]+(?:center|centre|facility)|correctional[^\S\n]+(?:facility|center|centre|institution)|corrections|casino|workhouse|(home))(?![\p{L}\d'-])`,
  "iuy",
);
/** "St." or "Saint" opening a place's name. */
const SAINT_START = /^(?:st\.?|saint)\s/i;

/**
 * A list's item (group 1 of `m`) that is a listed town and nothing else: a LOCATION. A line's last item may be a
 * town that is a family name too ("gullah speaker, grundy"): either way it names the patient's own (no English word).
 */
function townItem(scan: Scan, m: RegExpExecArray, out: Detection[], lastItem = false): void {
  const words = splitAtSpaces(m[1]!);
  const familyTown = lastItem && words.length === 1 && familyNamedTown(words[0]!, scan.lowerCase || scan.upperCase);
  if (!familyTown && leadingTown(words, scan.lowerCase || scan.upperCase) !== words.length) return;
  const start = m.index + m[0].indexOf(m[1]!);
  out.push({ start, end: start + m[1]!.length, type: "LOCATION" });
}

function placesIn(scan: Scan, out: Detection[]): void {
  const { text, digits, features } = scan;
  loadPlaces();
  if (digits > 0 && features & F_STREET) each(ADDRESS, text, (m) => addressAt(scan, m, out));
  if (digits > 0 && scan.count > 3 && ageSexComma(text)) each(AGE_SEX_TOWN, text, (m) => ageSexTown(scan, m, out));
  if (mayHoldState(scan) && stateAfterCapitalisedWord(scan)) each(CITY_STATE, text, (m) => {
    const city = m[1]!;
    // In capitals a state code that is a word ("START IN 5W", "HOPE ME") needs a comma or a ZIP.
    if (!m[2] && scan.upperCase && !m[0].includes(",") && WORD_STATE_CODES.test(m[0])) return;
    // (Nor, comma or not, after one ordinary word an ordinary word or nothing comes before: "CAME FROM HOME, IN ICU"; not "OSTRANDER MILLS, OH".)
    if (!m[2] && scan.upperCase && WORD_STATE_CODES.test(m[0]) && !/\s/.test(city) && ordinaryWord(city.toLowerCase()) && !unknownWordBefore(scan, m.index)) return;
    // (Nor, without a comma, one ordinary word before any code: "OBS, LIKELY DC AM".)
    if (!m[2] && scan.upperCase && !m[0].includes(",") && !/\s/.test(city) && ordinaryWord(city.toLowerCase())) return;
    const words = splitAtSpaces(city);
    // ("BLUE TRAILER. EAGLE BUTTE, MT": in capitals the pattern takes one word; the words before it may open the town.)
    if (scan.upperCase && words.length === 1) {
      const before = CAPITALS_BEFORE.exec(text.slice(Math.max(0, m.index - 32), m.index));
      const more = before ? splitAtSpaces(before[1]!.trimEnd()) : [];
      for (let n = more.length; n >= 1; n--) {
        const town = [...more.slice(more.length - n), city].join(" ");
        if (!isUsCity(town)) continue;
        out.push({ start: m.index - before![1]!.length + wordSpan(before![1]!, more.length - n)[0], end: m.index + city.length, type: "LOCATION" });
        break;
      }
    }
    // Take the longest trailing run of words that is a known city.
    for (let i = 0; i < words.length; i++) {
      const candidate = words.slice(i).join(" ");
      if (isUsCity(candidate)) {
        out.push({ start: m.index + wordSpan(city, i)[0], end: m.index + city.length, type: "LOCATION" });
        break;
      }
    }
    if (m[2]) {
      const zip = m[2].trim();
      const zipStart = m.index + m[0].length - zip.length;
      out.push({ start: zipStart, end: zipStart + zip.length, type: "ZIP" });
    }
  });
  if (digits >= 5 && features & F_ZIP) each(ZIP_CUE, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: "ZIP" });
    // ("zip 94818-8322 — she says that's wrong, should be 93372": the ZIP code said instead, later on the line.)
    ZIP_INSTEAD.lastIndex = m.index + m[0].length;
    const instead = ZIP_INSTEAD.exec(text);
    // (Not a count: "zip 94818 ok, dose should be 10000 units".)
    if (instead && !instead[1]!.endsWith("000") && !COUNT_UNIT_AFTER.test(text.slice(ZIP_INSTEAD.lastIndex, ZIP_INSTEAD.lastIndex + 12))) out.push({ start: ZIP_INSTEAD.lastIndex - instead[1]!.length, end: ZIP_INSTEAD.lastIndex, type: "ZIP" });
  });
  if (scan.fiveDigitRun && features & F_PLACE_CUE) each(LIVES_IN_ZIP, text, (m) => out.push({ start: m.index + m[0].length - 5, end: m.index + m[0].length, type: "ZIP" }));
  if (scan.zipPlus4Shape) each(ZIP_PLUS4, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "ZIP" }));
  if (scan.fiveDigitRun) each(BARE_5, text, (m) => {
    if (!isZipAt(text, m.index)) return;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // Lab counts ("plt 15000", "WBC 11000") are not places.
    // (Nor billing codes, one or a list of them: "coded 99223", "cpt 99213, 99214".)
    if (NOT_ZIP_BEFORE.test(before) || BILLED_CODE_BEFORE.test(before)) return;
    // ("confirmation 55021", "claim 60614": after an identifier's cue word five digits are that identifier.)
    // (Closed by a stop or comma there they are left to the identifiers' own rules: "group 52765,".)
    const cue = ID_CUE_BEFORE.exec(before);
    const afterCue = cue !== null && holdsIdCue([cue[1]!]);
    if (afterCue && (text.charCodeAt(m.index + 5) === 46 || text.charCodeAt(m.index + 5) === 44)) return;
    out.push({ start: m.index, end: m.index + 5, type: afterCue ? "ID" : "ZIP" });
  });
  // "nacogdoches 11394", "walla walla, 69595": a listed town right before five digits; both are
  // identifiers, the digits a ZIP code even when none is assigned.
  if (scan.fiveDigitRun || scan.zipPlus4Shape) each(ZIP_SHAPE, text, (m) => townBeforeZip(scan, m, out));
  if (scan.count > 1 && text.includes(", ")) townBeforeCountry(scan, out);
  // ("lives 12 elm st off dearborn hwy": the listed town a highway named after it leads to.)
  if (features & F_STREET && (text.includes("off ") || text.includes("OFF "))) each(OFF_TOWN_HIGHWAY, text, (m) => {
    const town = m[1]!;
    const lower = town.toLowerCase();
    if (!scan.lowerCase && !scan.upperCase && !/^[A-Z][a-z]/.test(town)) return;
    if (!listedTown(lower) || (!lower.includes(" ") && ordinaryWord(lower))) return;
    const start = m.index + m[0].indexOf(town, 4);
    out.push({ start, end: start + town.length, type: "LOCATION" });
  });
  // ("Hospice referral: Radek Tupou, DOB ..., Hoquiam — family email ...": a listed town alone as an item before a dash.)
  if (scan.count > 2 && (includesAfterSpace(text, "—") || includesAfterSpace(text, "– ") || includesAfterSpace(text, "- "))) each(TOWN_ITEM_BEFORE_DASH, text, (m) => townItem(scan, m, out));
  // ("... . pikeville ed notified at 0545": a town's emergency department as a clause's subject.)
  if (scan.count > 2 && hasToken(scan, ED_OR_ER)) each(TOWN_ED_SUBJECT, text, (m) => townEd(scan, m, out));
  // ("MVA Okemah: ...", "fire/ems wewoka: ...": where a scene is, a crew's call's header.)
  if (scan.colons > 0 && hasToken(scan, SCENE_WORDS)) each(SCENE_TOWN, text, (m) => sceneTown(scan, m, out));
  // ("from up rockhouse hollow": the hollow's name, a place below the town; "up the hollow" names none.)
  if (scan.count > 2 && /holl(?:ow|er)/i.test(text)) each(UP_HOLLOW, text, (m) => {
    const words = splitAtSpaces(m[1]!.toLowerCase());
    if (words.some((w) => NOT_A_NAME.has(w) || DETERMINERS.has(w) || SERVICE_WORDS.has(w))) return;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, type: "LOCATION" });
  });
  // ("Gullah speaker, Lumberton", "fall risk, stairs. wewoka": a listed town alone as a line's last item.)
  if (scan.count > 2 && (text.includes(", ") || text.includes(". "))) lineEndItems(text, (m) => {
    // ("per Dr. Whitehorse", "accepting: dr. dubois": no full stop of a title's or a short word's shorthand.)
    if (text.charCodeAt(m.index) === 46) {
      const before = WORD_BEFORE_STOP.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase();
      if (before === undefined || before.length < 3 || TITLE_SHORTHANDS.has(before)) return;
    }
    townItem(scan, m, out, true);
  });
  // ("Sonny Huỳnh · Jun. 8, 2021 · Zwolle": a listed town alone as an item of a line the middle dot parts.)
  if (scan.count > 2 && includesAfterSpace(text, "· ")) each(TOWN_ITEM_AFTER_DOT, text, (m) => townItem(scan, m, out));
  // (Whether a token is a kind that comes first: placesByToken reads it in its pass.)
  const kindFirst = scan.count > 1 ? placesByToken(scan, out) : mayHoldKindFirst(scan);
  // Text typed all in lower case: no capital marks a town or a facility's name.
  const lowered = scan.lowerCase;
  if (lowered && mayHoldLowerState(scan) && lowerStateMayYield(scan)) execAt(CITY_STATE_LOWER_AT, text, cityStateLowerStarts(text), (m) => {
    const words = splitAtSpaces(m[1]!);
    for (let i = 0; i < words.length; i++) {
      const candidate = words.slice(i).join(" ");
      // One ordinary word before a state code needs the comma ("hazard, ky", not "fall in"), or a ZIP after
      // a code that is no word ("po box 7290 — macon ga 31201"), or a ZIP+4 ("... mesa az 85201-1234").
      // (Nor one before a state code that is a word, without a ZIP: "1/3 of max, ok??".)
      const zipped = m[3] !== undefined && (m[3].includes("-") || !WORD_STATE_CODES.test(m[0].slice(0, m[0].length - m[3].length).toUpperCase()));
      // (Nor one before a state code that is a word and a word after it: "npo after midnight, or around 0730".)
      if (!tableHas(cityTable!, cities!, candidate, false) || (i === words.length - 1 && ((m[2] === "" && !zipped) || NOT_A_NAME.has(candidate) || COMMON_WORD_CITIES.has(candidate) || (!m[3] && (CHAT_STATE_CODE.test(m[0]) || wordCodeThenWord(text, m)) && isEnglishWord(candidate, 0, candidate.length))))) continue;
      out.push({ start: m.index + wordSpan(m[1]!, i)[0], end: m.index + m[1]!.length, type: "LOCATION" });
      break;
    }
    if (m[3]) out.push({ start: m.index + m[0].length - m[3].trim().length, end: m.index + m[0].length, type: "ZIP" });
  });
  // Text typed all in capitals reads as lower case for facility names ("FROM GOOD SHEPHERD
  // VILLAGE", "AT LIBERTY POST-ACUTE"): the capitalised pattern needs a capital then lower case.
  if (!lowered && features & F_FACILITY && scan.count > 1 && scan.upperCase) {
    const low = text.toLowerCase();
    if (low.length === text.length) {
      each(FACILITY_LOWER, low, (m) => lowerFacility(low, m.index, m.index + m[0].length, out));
      // ("ROUTE TO YAKIMA COUNTY": a county in capitals.)
      if (tokenStartsWithAnyLower(scan, AGENCY_LOWER_WORDS)) each(AGENCY_LOWER, low, (m) => lowerAgency(m, out));
    }
  }
  if (lowered && features & F_FACILITY) {
    each(FACILITY_LOWER, text, (m) => lowerFacility(text, m.index, m.index + m[0].length, out));
    // "oskaloosa pd", "cass county": a known town or a word no English list holds before it.
    if (tokenStartsWithAnyLower(scan, AGENCY_LOWER_WORDS)) each(AGENCY_LOWER, text, (m) => lowerAgency(m, out));
  }
  // (In capitals too, read in lower case: "A NATCHITOCHES-BASED TRUCKER".)
  const basedText = scan.hyphens === 0 ? undefined : lowered ? text : scan.upperCase && text.includes("-BASED") ? text.toLowerCase() : undefined;
  if (basedText !== undefined && basedText.length === text.length && basedText.includes("-based")) each(BASED_LOWER, basedText, (m) => {
    const words = splitAtSpaces(m[1]!);
    for (let i = 0; i < words.length; i++) {
      const candidate = words.slice(i).join(" ");
      // (One English word is the compound's unless a sizeable town's: "faith-based", "home-based", though Faith and Home are
      // towns; "portland-based" a place.)
      if (!cities!.has(candidate) || (i === words.length - 1 && isEnglishWord(candidate, 0, candidate.length) && !sizeableTown(candidate))) continue;
      out.push({ start: m.index + wordSpan(m[1]!, i)[0], end: m.index + m[1]!.length, type: "LOCATION" });
      break;
    }
  });
  // "from st. mary's", "osf st. elizabeth": a saint's name in lower case (a given name after "st.").
  // (In capitals too, read in lower case: "TO ST. BRIGID'S REGIONAL".)
  // (Only where "ST." or "SAINT" is written: "1ST", "21ST" are tokens "ST" too.)
  const saintText = lowered ? text : scan.upperCase && features & F_SAINT && (text.includes("ST.") || text.includes("SAINT")) ? text.toLowerCase() : undefined;
  if (saintText !== undefined && saintText.length === text.length && features & F_SAINT) each(SAINT_LOWER, saintText, (m) => {
    // ("st. louis encephalitis" is a disease.)
    const next = /^\s*([a-z]+)/.exec(saintText.slice(m.index + m[0].length))?.[1] ?? "";
    if (isGivenName(m[1]!) && !EPONYM_CONTEXT.has(next) && !SAINT_NOT_PLACE.has(next)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "LOCATION" });
      // ("at st. agnes in hope,": the town the saint's facility is in.)
      townAfterFacility(saintText, m.index + m[0].length, true, out);
    }
  });
  // "incoming from harmony ridge —", "staying at pinecrest.": a facility named like a place
  // without its kind, after a transfer or stay and closed by punctuation (facilityWithoutKind).
  const placeCues = features & F_PLACE_CUE ? cueOffsets(scan, F_PLACE_CUE) : [];
  // (Only at "from", "at" and "to": the pattern is not tried at the other cue words.)
  if (placeCues.length > 0) execAt(FACILITY_NO_KIND_AT, text, placeCues, (m) => facilityWithoutKind(text, m, !scan.lowerCase && !scan.upperCase, out), startsFromOrAt);
  // ("tc call: ..., at donostia ed. accepting: ...": the town a hospital's emergency department is named after.)
  if (placeCues.length > 0) execAt(TOWN_ED_AT, text, placeCues, (m) => townEd(scan, m, out), startsFromOrAt);
  // "staying at Mary's Place", "meals at Joseph's House": in text with capitals a shelter or mission named for its patron.
  if (placeCues.length > 0 && !lowered && !scan.upperCase && (text.includes("'s ") || text.includes("’s "))) execAt(PATRON_PLACE_AT, text, placeCues, (m) => {
    if (NOT_A_NAME.has(m[2]!.toLowerCase())) return;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: "LOCATION" });
  }, startsFromOrAt);
  if (placeCues.length > 0) execAt(LIVES_TOWN_AT, text, placeCues, (m) => livesTown(scan, m, out), isLivesAt);
  if (placeCues.length > 0) execAt(lowered ? PLACE_CUE_LOWER_AT : PLACE_CUE_AT, text, placeCues, (m) => placeAfterCue(scan, m, out));
  if (features & F_FACILITY && mayHoldFacility(scan)) each(FACILITY, text, (m) => {
    const name = m[1]!;
    if (possessiveStay(text.slice(Math.max(0, m.index - 24), m.index) + name + " ", m[2]!)) return;
    const words = splitAtSpaces(name);
    const justBefore = words[words.length - 1]!.toLowerCase();
    if (OFFERED_BEFORE_KIND.has(justBefore) || STAFFING_VERBS.has(justBefore)) return;
    // Drop leading service words: "the Heart Failure Clinic" is a service, "Carle Heart Clinic" a place.
    let first = 0;
    // ("coordinator NP Duarte. Home: 2351 ...": a full stop that ends a sentence ends what came before it.)
    for (let k = words.length - 1; k >= 0; k--) {
      if (endsSentence(words[k]!)) {
        first = k + 1;
        break;
      }
    }
    // ("She wants Hollins Gate Assisted Living", "WILL PCP AT SORREL CREEK SNF": a verb of choosing, or in
    // capitals a preposition, ends the words before the name.)
    for (let k = words.length - 1; k >= first; k--) {
      const w = words[k]!.toLowerCase();
      if (CHOICE_VERBS.has(w) || (scan.upperCase && NAME_BREAK_PREPOSITIONS.has(w))) {
        first = k + 1;
        break;
      }
    }
    if (first === words.length) return;
    if (words.length - first === 1 && ownersChurch(text, m.index + m[0].length)) {
      ownerNamed(text, m.index + wordSpan(name, first)[0], m.index + name.length, out);
      return;
    }
    // ("Our Lady of Sorrows Medical Center" keeps "Our Lady".)
    // ("Main St Pharmacy": a street's name is part of it.)
    while (first < words.length && skippableWord(words[first]!.toLowerCase().replace(/[.,]/g, ""), first > 0 ? words[first - 1]!.toLowerCase() : lowerWordBefore(text, m.index), words[first + 1]?.toLowerCase()) && !(words[first] === "Our" && words[first + 1] === "Lady") && !STREET_IN_NAME.has(withoutFinalDot(words[first + 1]?.toLowerCase() ?? "")) && !opensName(words[first]!.toLowerCase(), words[first + 1]?.toLowerCase()) &&
      // ("Hmong Alliance Church": a people's word before a word of the name.)
      !(first + 1 < words.length && peoplesWord(words[first]!.toLowerCase(), words[first + 1]!.toLowerCase())) &&
      !(first === words.length - 1 && townNamesKind(scan, words[first]!, first > 0 ? words[first - 1]!.toLowerCase() : lowerWordBefore(text, m.index)))) first++;
    // "Clinic of March", "Hospital of the ED": the words after "of" must be able to name a place.
    // ("Home for the Aged" is a name.)
    // ("Memory Care for Siobhán Hale": "for" names whom a facility serves only as "for the".)
    const forThe = /^\s+for\s+the\s/.test(m[3] ?? "");
    const served = m[4] && !NOT_PLACES.has(m[4].toLowerCase()) && (!NOT_A_NAME.has(m[4].toLowerCase()) || forThe) && (forThe || /^\s+of\s/.test(m[3]!));
    // "the Heart Failure Clinic of Springfield": a service, but the town it serves is a place.
    if (first === words.length) {
      if (served) out.push({ start: m.index + m[0].length - m[3]!.length + m[3]!.indexOf(m[4]!), end: m.index + m[0].length, type: "LOCATION" });
      return;
    }
    const end = m.index + m[0].length - (served ? 0 : (m[3]?.length ?? 0));
    // ("Transfer from Brownsville hospital": the town; the kind in lower case is no part of a name.)
    if (!served && townWithPlainKind(words.slice(first), m[2]!)) {
      out.push({ start: m.index + wordSpan(name, first)[0], end: m.index + name.length, type: "LOCATION" });
      return;
    }
    // ("pt Omar Haddad hospital tablet": nor is it after a person's full name, given name first; the names' rules read it.)
    // ("Florence VA clinic" is a clinic: a shorthand in capitals is no name's word.)
    if (!served && PLAIN_KINDS.has(m[2]!) && words.length - first >= 2 && isGivenName(words[first]!.toLowerCase()) && words.slice(first).every((w) => /^[A-Z][a-z]/.test(w))) return;
    // ("93F WAITING SNF": nor is a verb's form alone a name; a given name that is a word is: "Blessing Hospital".)
    if (words.length - first === 1 && verbForm(words[first]!.toLowerCase()) && !lexicon.WORD_GIVEN_NAMES.has(words[first]!.toLowerCase())) return;
    out.push({ start: m.index + wordSpan(name, first)[0], end, type: "LOCATION" });
    townAfterFacility(text, end, false, out);
    if (text.charCodeAt(end) === 40 || text.charCodeAt(end + 1) === 40) {
      TOWN_IN_BRACKETS.lastIndex = end;
      const town = TOWN_IN_BRACKETS.exec(text);
      if (town && (isUsCity(town[1]!) || isWorldCity(town[1]!.toLowerCase()))) out.push({ start: TOWN_IN_BRACKETS.lastIndex - 1 - town[1]!.length, end: TOWN_IN_BRACKETS.lastIndex - 1, type: "LOCATION" });
    }
  });
  // "Brought in by Oskaloosa PD": the town, without leading words that name no place ("State Police").
  // (The capitals the tokens start with, read in one pass: each list's tokens are looked for only where one of its capitals is.)
  const capitals = features & F_FACILITY ? startCapitals(scan) : 0;
  if (capitals & AGENCY_CAPITALS && tokenStartsWithAny(scan, AGENCY_WORDS)) each(AGENCY, text, (m) => {
    const first = firstPlaceWord(splitAtSpaces(m[1]!), 0);
    if (first >= 0) out.push({ start: m.index + wordSpan(m[1]!, first)[0], end: m.index + m[1]!.length, type: "LOCATION" });
  });
  // "Resident of Bureau County": the county with its name ("the County" is none).
  if (capitals & COUNTY_CAPITALS && tokenStartsWithAny(scan, COUNTY_WORDS)) each(COUNTY, text, (m) => {
    const first = firstPlaceWord(splitAtSpaces(m[0]), 1);
    if (first >= 0) out.push({ start: m.index + wordSpan(m[0], first)[0], end: m.index + m[0].length, type: "LOCATION" });
  });
  if (scan.hyphens > 0 && text.includes("-based")) each(BASED, text, (m) => {
    const place = m[1]!;
    const lower = place.toLowerCase();
    // (A town that is one English word too reads as the word unless a sizeable town: "Faith-based", "Home-based"; "Portland-based".)
    if ((!cities!.has(lower) || (!lower.includes(" ") && !sizeableTown(lower))) && (NOT_A_NAME.has(lower) || SERVICE_WORDS.has(lower) || isEnglishWord(lower, 0, lower.length))) return;
    out.push({ start: m.index, end: m.index + place.length, type: "LOCATION" });
  });
  if (features & F_SAINT) each(SAINT, text, (m) => {
    // ("St. Louis encephalitis" is a disease, as in lower case.)
    const next = wordAfterSpaces(text, m.index + m[0].length) ?? "";
    if (!SAINT_NOT_PLACE.has(next) && !EPONYM_CONTEXT.has(next)) out.push({ start: systemNameStart(scan, m.index), end: m.index + m[0].length, type: "LOCATION" });
  });
  // "(klinikum am weinberg)", "Ospedale San Fedele", "Hospital de Clínicas": facilities abroad, named after their kind.
  // (A hotel's word is no facility word of the lexicon's: "hotel Marisol".)
  // (A pharmacy abroad too: "farmacia san judas", "Apotheke am Markt".)
  if (kindFirst && (features & F_FACILITY || text.includes("otel") || text.includes("OTEL") || hasToken(scan, SHOPS_FIRST))) each(KIND_FIRST_FACILITY, text, (m) => {
    // (Right after the kind, with no particle between, an English word is no name: "ospedale visit was fine", "klinikum visit".)
    const afterKind = m[0].split(/\s+/)[1] === m[1];
    // ("hotel Hotel Marisol": the kind said twice; the name follows the second.)
    if (afterKind && KINDS_FIRST.hasWord(m[1]!.toLowerCase())) {
      KIND_FIRST_FACILITY.lastIndex = m.index + m[0].search(/\s/);
      return;
    }
    // ("fue al templo ayer", "iglesia cerca de casa": a Spanish word of time, place or grammar names nothing.)
    if (spanishCommonWordIn(m[0])) return;
    // (Nor a verb, a role or a word of grammar, English or foreign, as the name: "motel owner found pt down.", "Apotheke
    // geschlossen.", "farmacia sin receta."; the name ends before one, and in text typed in both cases before a word in lower
    // case: "hotel marriott downtown has shuttle", "la farmacia guadalupe ya cerró,", "iglesia bautista no tiene transporte.".)
    if (NOT_NAME_AFTER_KIND.has(m[1]!.toLowerCase())) return;
    const end = kindFirstNameEnd(text, m, !scan.lowerCase && !scan.upperCase);
    // (Nor, right after the kind, English words alone: "hotel room cleaned."; "Igreja Nova Esperança." is a name.)
    // ("LA CLÍNICA DEL PUEBLO": an article before the kind is the name's.)
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.index - 5), m.index));
    // ("congregation beth shalom": a Hebrew word that opens a congregation's name lets English words follow.)
    if (!NOT_A_NAME.has(m[1]!.toLowerCase()) && !(afterKind && englishWordsAfterKind(text.slice(m.index, end)) && !CONGREGATION_OPENERS.has(m[1]!.toLowerCase()))) out.push({ start: m.index - (article ? article[0].length - article[1]!.length : 0), end, type: "LOCATION" });
  });
}

/** Hebrew words that open a congregation's name after "congregation" ("Beth Shalom", "B'nai Israel", "Ohev Sholom"). */
const CONGREGATION_OPENERS = new Set(["beth", "beit", "bet", "b'nai", "bnai", "shaarei", "shaare", "ohev", "ohav", "kehilat", "agudas", "agudath", "adath", "adas", "anshe", "tifereth", "rodeph", "etz", "emanu-el", "emanuel"]);
/** A Romance article before a kind that comes first ("la clínica", "el hospital"), after a space or the start (group 1 that). */
const ARTICLE_BEFORE = /(^|[^\S\n])(?:la|el|le|il)[^\S\n]+$/i;
/** Verbs, roles and words of grammar (English, Spanish, French, German, Portuguese) that name no facility after its kind. */
const NOT_NAME_AFTER_KIND = new Set(["has", "had", "have", "is", "was", "found", "saw", "says", "said", "called", "calls", "owner", "owners", "maid", "maids", "clerk", "staff", "manager",
  "desk", "lobby", "downtown", "nearby", "closed", "open", "opens", "ya", "no", "sin", "con", "cerró", "cerro", "cerrada", "cerrado", "abierta", "abierto", "tiene", "hay", "está", "esta",
  "es", "queda", "hoy", "fermée", "fermé", "ferme", "fermee", "ouverte", "ouvert", "ce", "est", "soir", "ne", "pas", "sans", "geschlossen", "geöffnet", "ist", "hat", "heute", "nicht",
  "ohne", "fechada", "fechado", "não", "nao", "tem", "sem"]);

/**
 * Where KIND_FIRST_FACILITY's name (match `m`) ends: before its first later word that NOT_NAME_AFTER_KIND holds, or in text
 * typed in both cases (`mixed`) that opens in lower case after a capitalised name word ("Hotel Marisol downtown has").
 */
/** The next word after spaces, sticky (its lastIndex is set before each use). */
const NEXT_NAME_WORD = /\s+(\p{L}[\p{L}'-]*)/uy;
function kindFirstNameEnd(text: string, m: RegExpExecArray, mixed: boolean): number {
  // (Group 1 after the kind's word and its particles: looked for from the kind's end.)
  const nameAt = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
  let end = nameAt + m[1]!.length;
  const capital = m[1]!.charAt(0) !== m[1]!.charAt(0).toLowerCase();
  const re = NEXT_NAME_WORD;
  for (re.lastIndex = end; ; ) {
    const w = re.exec(text);
    if (!w || re.lastIndex > m.index + m[0].length) break;
    const word = w[1]!;
    if (NOT_NAME_AFTER_KIND.has(word.toLowerCase()) || (mixed && capital && word.charAt(0) === word.charAt(0).toLowerCase() && word !== "of" && word !== "the")) break;
    end = re.lastIndex;
  }
  return end;
}

/** What follows ST or CT as an ECG's or a scan's word: "elevation", "depression", "segment", "changes", "angio", "scan". */
const ST_OR_CT_FINDING_AFTER = /^[^\S\n]*-?[^\S\n]*(?:elevations?|depressions?|segments?|changes?|abnormalit(?:y|ies)|waves?|angio(?:gram|graphy)?|scans?|perfusion|coronary|head|chest|abd(?:omen)?)\b/i;
/**
 * ADDRESS's match `m`: the address (unless it is clinical shorthand), and the town, ZIP or
 * postcode closing its line. Apart from detectPlaces to keep that small.
 */
function addressAt(scan: Scan, m: RegExpExecArray, out: Detection[]): void {
  const { text } = scan;
  const whole = m[0].replace(/[.,]+$/, "");
  const v = withoutClosingTown(whole);
  // "2 Dr. Patel"-like: a suffix "Dr" followed by a capitalised name is a doctor.
  // (A word in capitals after it must be a name's: "16 Cottonwood Dr. ETA 40 min", "16 COTTONWOOD DR. ETA".)
  const afterDr = /\bdr\.?$/i.test(v) ? /^\s+([A-Z][\p{L}'-]*)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
  if (afterDr && !/\s\w+\s+\w+\s+dr\.?$/i.test(v) && ((!scan.upperCase && !/^[A-Z]{2,}$/.test(afterDr[1]!)) || personNameWord(afterDr[1]!.toLowerCase()))) return;
  // ("f/u appt jul 13 w dr schultz": a number, a direction's letter and "dr" name no street; "w" is "with", "dr" a doctor.)
  if (/^\d+\s+[nsew]\.?\s+dr\.?$/i.test(v)) return;
  // The street name must be words, not clinical shorthand ("1L LR pls advise CT"); a P.O. box has none.
  const street = /^(?:lot\s+)?\d/i.test(v) && !PREFIX_FORM.test(v) ? splitAtSpaces(v.replace(/^(?:lot\s+)?\d+[a-z]?\s+/i, "").replace(UNIT_TAIL, "")).slice(0, -1) : [];
  if (street.some((w) => NOT_A_NAME.has(withoutFinalDot(w.toLowerCase())) && !/^(?:[nsew]|north|south|east|west|old|main|park|church|lake|mill)\.?$/i.test(w))) return;
  // A numbered route needs a house number of two digits or more and no ordinary word before
  // "route" ("1 pill route 2", "drip 2 route 1"; "189 Route 9", "61411 N Navajo Route 12").
  const route = ROUTE_FORM.exec(v);
  if (route && (route[1]!.length < 2 || (route[2] && !ROUTE_WORDS.has(route[2].toLowerCase()) && ((route[2] === route[2].toLowerCase() && !scan.lowerCase) || isEnglishWord(route[2], 0, route[2].length))))) return;
  // ("8 beat run of VT", "3 short runs of SVT": a run of an arrhythmia, no street.)
  // ("8 beat run VT", "12 beat run nsvt": a count of beats before "run", or the rhythm's name after it.)
  if (/\sruns?$/i.test(v) && (/\sbeats?\s+runs?$/i.test(v) || ARRHYTHMIA_AFTER_RUN.test(text.slice(m.index + v.length, m.index + v.length + 10)))) return;
  // ("12 lead st elevation in II III aVF", "3 vessel ct angio": an ECG's leads or a study's vessels before ST or CT and its finding.)
  if (/^\d+\s+(?:leads?|vessels?|views?|lumens?|channels?|slices?|phases?|beats?)\s+(?:st|ct)$/i.test(v) && ST_OR_CT_FINDING_AFTER.test(text.slice(m.index + v.length, m.index + v.length + 16))) return;
  // A number then a unit word ("5 mg st") is not an address.
  if (/^\d+\s+(?:mg|mcg|g|ml|units?|tabs?|x|times|days?|weeks?|hrs?|hours?|mins?)\b/i.test(v)) return;
  // ("unit 8, 3007 wattle terrace": a unit written before the house number is part of the address.)
  const unit = UNIT_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
  out.push({ start: unit ? m.index - unit[1]!.length : m.index, end: m.index + v.length, type: "ADDRESS" });
  // "..., Apt 6B, Paducah 55593": the town and ZIP that close the address line.
  const townZip = scan.lowerCase ? TOWN_ZIP_AFTER_LOWER : TOWN_ZIP_AFTER;
  townZip.lastIndex = m.index + v.length;
  const tail = townZip.exec(text);
  // (A listed town before a ZIP is a town even when it is also a word: "Normal 90809".)
  // ("12 oak st, walked 10000 steps": no count with its unit.)
  // ("pickup 7082 juniper rd, confirmation 14914": after an identifier's cue word the digits are that identifier, no town's ZIP.)
  if (tail && holdsIdCue(splitAtSpaces(tail[1]!))) {
    out.push({ start: townZip.lastIndex - tail[2]!.length, end: townZip.lastIndex, type: "ID" });
    return;
  }
  if (tail && !COUNT_UNIT_AFTER.test(text.slice(townZip.lastIndex, townZip.lastIndex + 12)) && !NOT_PLACES.has(tail[1]!.toLowerCase()) && (!NOT_A_NAME.has(tail[1]!.toLowerCase()) || isUsCity(tail[1]!))) {
    const townStart = tail.index + tail[0].indexOf(tail[1]!);
    // ("HOPE ME 52611": the state code before the ZIP is no part of the town.)
    // ("..., tulsa ok 24403": in lower case a state code that is a word too counts after a listed town.)
    const state = STATE_AFTER_TOWN.exec(tail[1]!) ?? wordStateAfterTown(tail[1]!);
    if (state) {
      const zipEnd = townZip.lastIndex;
      out.push({ start: townStart, end: townStart + state.index, type: "LOCATION" }, { start: zipEnd - tail[2]!.length, end: zipEnd, type: "ZIP" });
      return;
    }
    const zipEnd = townZip.lastIndex;
    out.push({ start: townStart, end: townStart + tail[1]!.length, type: "LOCATION" }, { start: zipEnd - tail[2]!.length, end: zipEnd, type: "ZIP" });
    return;
  }
  // ("8957 calle los robles tuba city": the listed town the street's words ran into.)
  if (v.length < whole.length) {
    out.push({ start: m.index + whole.length - whole.slice(v.length).trimStart().length, end: m.index + whole.length, type: "LOCATION" });
    return;
  }
  if (codeAfterAddress(scan, m.index + v.length, out)) return;
  // "found down at 6342 Rue Champlain, Apt 31D, Truth or Consequences.": a listed town alone.
  TOWN_AFTER.lastIndex = m.index + v.length;
  const town = TOWN_AFTER.exec(text);
  // (In text with capitals, a capitalised town after the address's comma, though a word too: "..., Apt 7, Normal.")
  const capitalised = !scan.lowerCase && !scan.upperCase && town !== null && town[0].startsWith(",") && /^[A-Z][a-z]/.test(town[1]!);
  // ("..., sea island trail, hazard ky": before a state's code after the address's comma, a listed town though a word too.)
  const state = town !== null && town[0].startsWith(",") ? STATE_AFTER_TOWN.exec(town[1]!) : null;
  if (state && isUsCity(town![1]!.slice(0, state.index))) {
    const townStart = town!.index + town![0].length - town![1]!.length;
    out.push({ start: townStart, end: townStart + state.index, type: "LOCATION" });
    return;
  }
  // (With only spaces between, a town of English words only in its capitals in text with capitals: "county rd 12 accident"
  // is the accident's road; "County Rd 12 Accident", "county rd 12, accident" stay towns.)
  // (A line break or a state's code after the town shows it too: "12 birch ave ⏎ unity, me".)
  const bare = town !== null && /^[ \t]+(?!in\b)\S/i.test(town[0]) && !STATE_CODE_AFTER.test(text.slice(TOWN_AFTER.lastIndex, TOWN_AFTER.lastIndex + 8));
  const wordTown = bare && splitAtSpaces(town![1]!).every((w) => isEnglishWord(w.toLowerCase(), 0, w.length)) && !(!scan.lowerCase && !scan.upperCase && /^[A-Z][a-z]/.test(town![1]!));
  if (town && !wordTown && isUsCity(town[1]!) && !NOT_PLACES.has(town[1]!.toLowerCase()) && (capitalised || !NOT_A_NAME.has(town[1]!.toLowerCase()))) {
    const townStart = town.index + town[0].length - town[1]!.length;
    out.push({ start: townStart, end: townStart + town[1]!.length, type: "LOCATION" });
    return;
  }
  // "704 persimmon blvd apt 2c, ashtabula can't reach", "rr 2 box 83, walla walla with husband": after
  // the address's comma the longest run of up to three words that is a listed town, whatever follows.
  TOWN_WORDS_AFTER.lastIndex = m.index + v.length;
  const words = TOWN_WORDS_AFTER.exec(text);
  if (words) {
    const n = leadingTown(splitAtSpaces(words[1]!), scan.lowerCase || scan.upperCase);
    if (n > 0) out.push({ start: words.index + words[0].length - words[1]!.length, end: words.index + words[0].length - words[1]!.length + wordSpan(words[1]!, n - 1)[1], type: "LOCATION" });
  }
}

/** Whether `lower` is a given or family name no English list holds as a word ("patel"; not "eta"). */
function personNameWord(lower: string): boolean {
  return (isGivenName(lower) || isFamilyName(lower)) && !isEnglishWord(lower, 0, lower.length);
}

/** A street named after its kind ("308 Calle Los Robles Eureka") without a listed town that closes it. */
const NAMED_PREFIX_STREET = /^\d{1,6}\s+(?:[nsew]\.?\s+)?(?:rue|calle|avenida|camino)\s/i;
/** Particles a street's name does not end with ("Calle de la Paz" is no "Calle de" in La Paz). */
const NAME_PARTICLES = new Set(["de", "del", "la", "las", "los", "el", "du", "des", "le", "da", "do", "dos"]);

/**
 * `v`, an address, without the listed town its last words name when it is a street named after its kind
 * with one word of its own left before the town ("8957 calle los robles tuba city" is "8957 calle los robles").
 */
function withoutClosingTown(v: string): string {
  if (!NAMED_PREFIX_STREET.test(v) || UNIT_TAIL.test(v)) return v;
  const words = splitAtSpaces(v);
  const first = /^[nsew]\.?$/i.test(words[1]!) ? 3 : 2;
  for (let n = Math.min(3, words.length - first - 1); n >= 1; n--) {
    const kept = words.length - n;
    if (NAME_PARTICLES.has(words[kept - 1]!.toLowerCase())) continue;
    const town = words.slice(kept).join(" ").toLowerCase();
    if (NOT_A_NAME.has(town) || !(isUsCity(town) || isWorldCity(town))) continue;
    return v.slice(0, wordSpan(v, kept - 1)[1]);
  }
  return v;
}

/**
 * A place cue's match `m` (PLACE_CUE_AT or PLACE_CUE_LOWER_AT): the town its phrase names, if any;
 * where to resume (a later cue inside the phrase may match too). Apart from detectPlaces to keep that small.
 */
function placeAfterCue(scan: Scan, m: RegExpExecArray, out: Detection[]): number {
  const { text } = scan;
  const lowered = scan.lowerCase;
  const group = m[1]!;
  // Let a later cue inside this phrase match too ("in from Kokomo").
  const resume = m.index + m[0].length - group.length;
  // The cue's words end before the spaces that end its match (read in the text: no string is cut).
  let cueEnd = resume;
  while (cueEnd > m.index && isSpaceCode(text.charCodeAt(cueEnd - 1))) cueEnd--;
  const cueIsIn = isWordAt(text, m.index, cueEnd, "in");
  // ("llega mañana desde Cebu": Spanish "desde" is "from".)
  const desde = isWordAt(text, m.index, cueEnd, "desde");
  const cueIsFrom = desde || isWordAt(text, m.index, cueEnd, "from");
  // (After "desde" Spanish words of time come more often than towns: "desde ayer", "desde hace una semana"; after
  // "vive en" an article or a home: "vive en la calle", "vive en casa".)
  if ((desde || isWordAt(text, m.index, m.index + 3, "viv")) && SPANISH_AFTER_DESDE.has(firstWordLower(group))) return resume;
  // After the one-word cues a town is capitalised, and not one that is also a common word.
  const plainCue = cueIsIn || isWordAt(text, m.index, cueEnd, "at") || isWordAt(text, m.index, cueEnd, "to");
  const capitalOnly = plainCue || cueIsFrom || isWordAt(text, m.index, cueEnd, "near");
  // "to the ward", "in bed": no capital, no town (the phrase's letters are ASCII).
  // (The phrase is a prefix of the group: without a capital in the group, none in the phrase.)
  if (capitalOnly && !lowered && !hasAsciiCapital(group)) return resume;
  // (A full stop after the town ends the sentence: "lives in Moab. Hip fx".)
  // (A closing quote is no part of the town: "i'm in kraków'".)
  const phrase = withoutTrailingQuotes(toSentenceEnd(group));
  if (capitalOnly && !lowered && !hasAsciiCapital(phrase)) return resume;
  const words = splitAtSpaces(phrase);
  // A city's name is made of city words: only the leading words that all are can be one.
  // (The phrase is ASCII letters, "'", ".", "-" and spaces, so lower-casing word by word
  // is lower-casing the candidate; most phrases, "ICU for monitoring", have none.)
  let leading = 0;
  while (leading < words.length && tableHas(cityWordTable!, cityWords!, words[leading]!, true)) leading++;
  const phraseStart = resume;
  // A listed town that is an ordinary word too, after a cue that names a place there ("from eagle,", "pcp in bath;",
  // "heading to paradise", "moving from sandy to friendship").
  const strong = leading > 0 ? townAfterStrongCue(scan, m.index, cueEnd, words, leading, phrase, phraseStart) : 0;
  if (strong > 0) {
    out.push({ start: phraseStart, end: phraseStart + wordSpan(phrase, strong - 1)[1], type: "LOCATION" });
    return resume;
  }
  // After a cue only a place follows ("lives in Hanoi", "moved to East Carverton"), a run of
  // capitalised words with one no English or city list knows is a town all the same.
  // (A one-word cue after which a town is capitalised is none that only a place follows.)
  // ("flying in from Lahore", "coming from Busan": after travel a "from" only a place follows.)
  // ("district nurse in stornoway", "daughter in Tarrawonga": after a relative or a carer "in" only a place follows.)
  const placeOnly = capitalOnly
    ? (cueIsFrom && (TRAVEL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || personBeforeFrom(scan, m.index))) ||
      // ("towed to fairplay": after a tow "to" only a place follows.)
      // ("traveled to oñati": and after a journey.)
      (isWordAt(text, m.index, cueEnd, "to") && (TOWED_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || TRAVEL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))) || (cueIsIn && (roleBefore(scan, m.index) || LIVES_WITH_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || BORN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))))
    : PLACE_ONLY_CUE.test(text.slice(m.index, cueEnd).toLowerCase());
  // ("lives w/ grandson pa nhia obi in macon": where only a place follows, a town of 100,000 people though a word too.)
  const sizeable = placeOnly && words.length > 0 && sizeableTown(words[0]!.toLowerCase()) && !NOT_A_NAME.has(words[0]!.toLowerCase()) && !COMMON_WORD_CITIES.has(words[0]!.toLowerCase());
  if (placeOnly && (leading === 0 || !words.slice(0, leading).some((w) => tableHas(cityTable!, cities!, w, true)))) {
    const run = unlistedPlace(words, lowered, scan.upperCase);
    if (run > 0) {
      out.push({ start: phraseStart, end: phraseStart + wordSpan(phrase, run - 1)[1], type: "LOCATION" });
      return resume;
    }
    // ("returned from Tamale": where only a place follows, a capitalised town a list holds, though a word too.)
    if (!lowered && !scan.upperCase && words.length > 0 && listedCapitalisedTown(words[0]!)) {
      out.push({ start: phraseStart, end: phraseStart + wordSpan(phrase, 0)[1], type: "LOCATION" });
      return resume;
    }
  }
  // "records from Kumasi", "in Addis Ababa until May": a city abroad (before the US list when of
  // more words: "Addis" alone is a town in Louisiana).
  const abroad = cityAbroad(words, lowered, !lowered && !scan.upperCase);
  if (abroad > 1) {
    out.push({ start: phraseStart, end: phraseStart + wordSpan(phrase, abroad - 1)[1], type: "LOCATION" });
    return resume;
  }
  // Longest leading run of words that is a known city; lowercase only for multi-cue forms.
  // The cheap word-list tests come before the city list's.
  for (let n = leading; n >= 1; n--) {
    // (Neither a town nor a state, read in the tables before cutting the candidate: every check below then goes on to the next.)
    if (cityTable!.findWords(words, n) === 0 && STATE_NAME_TABLE.findWords(words, n) === 0) continue;
    const candidate = words.slice(0, n).join(" ");
    const lower = candidate.toLowerCase();
    if (capitalOnly && candidate === lower && !(lowered && (n > 1 || (n === 1 && sizeable) || !(NOT_A_NAME.has(lower) || COMMON_WORD_CITIES.has(lower) || isEnglishWord(lower, 0, lower.length))))) continue;
    // (In text typed all in capitals no capital marks a town either: "NOT TO POST LINKS".)
    // (Nor, after "FROM", a town that is a word and no one's name before another English word that no list of ours
    // holds: "SWAP FROM CENTRAL SUPPLY" names a department; "FROM HOPE, TRANSFERRED", "FROM BATH TOMORROW",
    // "CX FROM FIELDS DRAWN" stay.)
    if (cueIsFrom && scan.upperCase && n === 1 && words.length > 1 && isEnglishWord(lower, 0, lower.length) && !isFamilyName(lower) && !isGivenName(lower) && englishNounAfter(words[1]!)) continue;
    // (Nor, after a working word's "at", a town that is a trade's goods (TRADE_GENERIC_WORDS) right before a trade's kind: "works
    // at chicken processors", "works at turkey farms" name what the trade handles; not "works at liberty trucking"; capitalised
    // in text with capitals it stays.)
    if (n === 1 && words.length > 1 && WORKS_AT_END.test(text.slice(Math.max(0, phraseStart - 16), phraseStart)) && TRADE_GENERIC_WORDS.has(lower) &&
      MORE_KINDS.has(words[1]!.toLowerCase()) && !(!scan.lowerCase && !scan.upperCase && capitalisedRun(words, 1))) continue;
    // (Nor, after "FROM", a town that is a word before "TO": "FROM BATH TO BED" is a range; a move's was read before.)
    if (cueIsFrom && scan.upperCase && n === 1 && words[1] === "TO" && isEnglishWord(lower, 0, lower.length)) continue;
    // (Nor a word never a name without a person before "FROM", by an age, a word for one or a name no English list
    // holds: "DEVIATED FROM NORMAL."; "91 YRS FROM NORMAL,", "KOWALCZYK FROM NORMAL AGAIN" stay.)
    if (cueIsFrom && scan.upperCase && n === 1 && NOT_A_NAME.has(lower) && !PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !unknownWordBefore(scan, m.index)) continue;
    if (plainCue && scan.upperCase && n === 1 && !sizeable && (NOT_A_NAME.has(lower) || COMMON_WORD_CITIES.has(lower) || isEnglishWord(lower, 0, lower.length))) continue;
    // (Nor a word of every day or of the ward after "from", nor a word never a name after "back to", in any case: "OUTPUT FROM
    // DRAIN, 30 CC", "magnesium back to normal".)
    if (n === 1 && ((cueIsFrom && EVERYDAY_TOWN_WORDS.has(lower)) || (NOT_A_NAME.has(lower) && /\bback\s+(?:to|from)\s+$/i.test(text.slice(Math.max(0, phraseStart - 12), phraseStart)))) &&
      !PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (plainCue && COMMON_WORD_CITIES.has(lower)) continue;
    // "in Barrett esophagus", "in Addison disease": eponyms, not towns. After a cue that
    // only a place follows ("lives in Ottawa", "moved to Addison") a town named like an
    // eponym is the town, unless an eponym's word follows ("from Ottawa rules").
    // (A state is no town below state level: "moved from Georgia", "back to Nevada"; nor is its
    // first word then: "from North Carolina" holds no town "North".)
    if (STATE_NAME_SET.has(lower)) break;
    if (NOT_PLACES.has(lower) || (capitalOnly && EPONYMS.has(lower)) || !tableHas(cityTable!, cities!, lower, false)) continue;
    const end = phraseStart + wordSpan(phrase, n - 1)[1];
    const nextWord = wordAfterSpaces(text, end);
    if (nextWord && (EPONYM_CONTEXT.has(nextWord) || kindOfTwo(lower, nextWord))) continue;
    out.push({ start: phraseStart, end, type: "LOCATION" });
    return resume;
  }
  if (abroad === 1) out.push({ start: phraseStart, end: phraseStart + wordSpan(phrase, 0)[1], type: "LOCATION" });
  return resume;
}

/**
 * How many leading words of a place cue's phrase (`leading` of them city words) are a listed town, though an
 * ordinary word too, after a cue that names a place there: a move or a journey before "from" or "to" ("heading
 * to paradise", "moving from sandy to friendship") or a name no English list holds before "from", or, with the town closing its clause (a stop, comma, bracket,
 * dash, the end, or a town's ED after it), "from" ("from eagle,", "new admit from commerce ed"), "in" after a
 * provider or a pharmacy ("pcp in bath;") or an opening bracket ("(in independence)"), and in text with capitals a
 * capitalised town after "in", "at", "to" ("colonoscopy in Hope."). Words of every day stay ("from home.", "in
 * normal range", "from bath to bed"); 0 for none.
 */
function townAfterStrongCue(scan: Scan, cueStart: number, cueEnd: number, words: string[], leading: number, phrase: string, phraseStart: number): number {
  const { text } = scan;
  const isFrom = isWordAt(text, cueStart, cueEnd, "from");
  const isTo = isWordAt(text, cueStart, cueEnd, "to");
  const isIn = isWordAt(text, cueStart, cueEnd, "in");
  if (!isFrom && !isTo && !isIn && !isWordAt(text, cueStart, cueEnd, "at")) return 0;
  const before = text.slice(Math.max(0, cueStart - 48), cueStart);
  // (A person's name no English list holds before "from" names whence the person is: "kowalczyk from normal again".)
  const journey = (isFrom || isTo) && (TRAVEL_BEFORE.test(before) || MOVING_BEFORE.test(before) || (isTo && MOVING_FROM_BEFORE.test(before)) || (isFrom && unknownWordBefore(scan, cueStart)));
  // (And a birth's "in": "born 3/4/1931 in liberty, ...", not "born in winter".)
  const born = isIn && BORN_BEFORE.test(before);
  // (And a relative's "in": "brother in bountiful (+1 ...) wants updates"; a town that is a word of every day only
  // capitalised in text with capitals, or in one case before the relative's number in brackets: "wife in hope," is no town.)
  const relative = isIn && roleBefore(scan, cueStart);
  // (And a home's "in": "lives alone in accident,", "house in Unity flooded", "her son's in story,": a town that is a word of
  // every day too, closing its clause or capitalised in text with capitals.)
  const home = isIn && HOME_IN_BEFORE.test(before);
  const closing = isFrom || relative || home || (isIn && (PROVIDER_BEFORE.test(before) || text.charCodeAt(cueStart - 1) === 40 || born));
  const mixed = !scan.lowerCase && !scan.upperCase;
  if (!journey && !closing && !mixed) return 0;
  // ("pcp in bayou sorrel", "from Fort Hall": a place's opening word and one more word closing the clause, where no list
  // holds the town; capitalised in text with capitals, and in one case after a bare "from" a word no English list holds:
  // "exposure from bayou water." names none.)
  const second = words[1]?.toLowerCase() ?? "";
  const opened = openedPlace(words) && (mixed ? capitalisedRun(words, 2) : journey || !isFrom || !isEnglishWord(second, 0, second.length));
  if ((journey || closing) && opened && closesClause(text, phraseStart + wordSpan(phrase, 1)[1])) return 2;
  for (let n = Math.min(leading, 3); n >= 1; n--) {
    if (cityTable!.findWords(words, n) === 0) continue;
    const lower = words.slice(0, n).join(" ").toLowerCase();
    const end = phraseStart + wordSpan(phrase, n - 1)[1];
    if (STATE_NAME_SET.has(lower) || NOT_PLACES.has(lower) || (EVERYDAY_TOWN_WORDS.has(lower) && !(home && !HOME_NOT_TOWNS.has(lower))) || (born && SEASONS.has(lower)) || (relative && !home && (NOT_A_NAME.has(lower) || (COMMON_WORD_CITIES.has(lower) && !(mixed ? capitalisedRun(words, n) : NUMBER_IN_BRACKETS.test(text.slice(end, end + 8)))))) || !tableHas(cityTable!, cities!, lower, false)) continue;
    // (Nor after a home's "in" a word of how one lives, though a town list holds it, but capitalised in mixed case: "lives with
    // wife in harmony,"; "lives with wife in Harmony, MN" stays.)
    if (home && HOME_NOT_TOWNS.has(lower) && !(mixed && capitalisedRun(words, n)) && !STATE_CODE_AFTER.test(text.slice(end, end + 8))) continue;
    // (After a return a town that is an English word only capitalised in mixed case or after a person: "lfts returned to normal".)
    if (journey && n === 1 && ((RETURN_BEFORE.test(before) && ordinaryWord(lower)) || (TOWED_BEFORE.test(before) && (NOT_A_NAME.has(lower) || isEnglishWord(lower, 0, lower.length)))) && !(mixed && capitalisedRun(words, n)) && !PERSON_BEFORE.test(before)) continue;
    if (journey) return n;
    // ("keeps pulling at Foley,": an eponym is its device or sign.)
    if (EPONYMS.has(lower)) continue;
    if (!closesClause(text, end) && !(home && mixed && capitalisedRun(words, n))) continue;
    // ("deviated from normal.", "from normal w/ exercise": after a bare "from" a word never a name is none, unless a
    // person comes before it: "91 yrs from normal,".)
    if (isFrom && n === 1 && NOT_A_NAME.has(lower) && !PERSON_BEFORE.test(before)) continue;
    if (closing || (mixed && capitalisedRun(words, n))) return n;
  }
  return 0;
}

/** Words after a home's "in" that name no town though a town list holds them ("lives alone in comfort", "house in order"). */
/** A state's code after a town ("in harmony, mn"). */
const STATE_CODE_AFTER = new RegExp(String.raw`^,?[ \t]+(?:${STATES})\b`, "i");
/** A working word and "at" closing the text ("works at ", "employed at "). */
const WORKS_AT_END = /\b(?:works?|working|worked|employed)[ \t]+at[ \t]+$/i;
const HOME_NOT_TOWNS = new Set(["home", "house", "bed", "pain", "comfort", "peace", "order", "care", "hospice", "fear", "danger", "poverty", "recovery", "remission",
  // (A way of living together, no town: "lives with wife in harmony,", "lives in squalor".)
  "harmony", "denial", "isolation", "squalor", "luxury", "filth", "misery", "secret", "secrecy", "hiding", "limbo", "silence", "shame", "style", "bliss"]);
/** Where someone lives or stays before "in" ("lives alone in", "lives w grandson ada in", "house in", "her son's in"). */
const HOME_IN_BEFORE = /(?:\b(?:lives?|living|stays?|staying|resides?)[^\S\n]+(?:alone|by[^\S\n]+(?:him|her|them)sel(?:f|ves)|independently|w(?:ith|\/)?[^\S\n]+[\p{L}'-]+(?:[^\S\n]+[\p{L}'-]+)?)|\b(?:house|home|farm|trailer|ranch)|\b(?:son|daughter|sister|brother|mom|mother|dad|father|parents|aunt|uncle|niece|nephew|cousin|grandson|granddaughter|friend)['\u2019]s)[^\S\n]+$/iu;
/** Words that open a place's name before a word of its own ("Bayou Sorrel", "Fort Hall"), and no device's or thing's ("port", "lake"). */
const PLACE_OPENERS = new Set(["bayou", "fort"]);

/** Whether `words` open with one of PLACE_OPENERS and a word of letters no list of ours holds ("bayou sorrel"; not "fort the"). */
function openedPlace(words: readonly string[]): boolean {
  return words.length >= 2 && PLACE_OPENERS.has(words[0]!.toLowerCase()) && /^\p{L}[\p{L}'-]+$/u.test(words[1]!) && !NOT_A_NAME.has(words[1]!.toLowerCase()) && !SERVICE_WORDS.has(words[1]!.toLowerCase());
}

/** A number opening a bracket right after a word ("liberty (+1 555 ...)": a relative's phone; not "(labs)"). */
const NUMBER_IN_BRACKETS = /^[^\S\n]*\([^\S\n]*[+\d]/;
/** A return before "to" or "from": labs and vitals return to normal as often as people return to towns. */
/** A tow before "to" (a town after it that is an English word only capitalised or after a person: "towed to normal range" stays). */
const TOWED_BEFORE = /\btowed\s+$/i;
const RETURN_BEFORE = /\breturn(?:ing|ed|s)?\s*$/i;
/** A person, by an age or a word for one, before "from" ("91 yrs from", "pt (f, 103) from", "woman from"). */
const PERSON_BEFORE = /(?:\b(?:yo|y\/o|yrs?|years?|year-old|yr-old|old|pt|patient|man|woman|male|female|gentleman|lady|girl|boy|[mf])|\d)\)?,?\s+$/i;
/** A move before "from" or "to" ("heading to", "moving from", "relocated to"). */
const MOVING_BEFORE = /\b(?:head(?:ing|ed|s)?|moving|mov(?:ed|es)|relocat(?:ing|ed|es)|eloped|towed)\s+$/i;
/** A move from a place before "to" ("moving from sandy to"). */
const MOVING_FROM_BEFORE = /\b(?:head(?:ing|ed|s)?|moving|mov(?:ed|es)|relocat(?:ing|ed|es))\s+from\s+\p{L}[\p{L}'.-]*(?:\s+\p{L}[\p{L}'.-]*)?\s+$/iu;
/** A provider, a pharmacy or a facility before "in" ("pcp in", "zhou's pcp in", "her usual pharmacy in"). */
const PROVIDER_BEFORE = /\b(?:pcp|gp|doctor|physician|provider|dentist|pharmacy|clinic|hospital|specialist|cardiologist|oncologist|nephrologist|neurologist|psychiatrist|therapist|counselor|surgeon|podiatrist|optometrist|dialysis)(?:'s)?\s+$/i;
/** Listed towns that are words of every day, no town after any cue ("from home.", "since the start,", "from central."). */
const EVERYDAY_TOWN_WORDS = new Set([
  "home", "house", "ward", "bed", "lead", "start", "day", "range", "oral", "early", "center", "central", "north", "south", "east", "west", "page",
  "story", "english", "french", "accident", "cut", "rash", "blood", "cold", "hot", "pain", "wind", "rolling", "level", "ice", "low", "high", "long",
  "short", "lower", "upper", "good", "best", "many", "why", "nothing", "flat", "power", "energy", "alpha", "omega", "delta", "may", "march", "june",
  "august", "plains",
  // Clinical nouns that are towns too ("output from drain,", "transitioned from nitro.", "switched from chloride.").
  "drain", "drains", "nitro", "chloride", "sodium", "potassium", "baseline", "bolus", "insulin", "oxygen", "vent", "tube", "wound", "surgery",
  "sleep", "rest", "sugar", "salt", "iron", "lithium", "mercury", "dialysis", "rehab", "hospice",
  // Body parts, devices and things of a ward a fluid, a reading or a fall comes from ("blood from colon,", "pulse ox from
  // finger.", "alarm from monitor.", "fell from walker,", "ambulated (in hall)").
  "colon", "finger", "fingers", "toe", "monitor", "walker", "cane", "chair", "wheelchair", "stretcher", "commode", "toilet", "shower", "stairs",
  "ladder", "roof", "horse", "bike", "stone", "stones", "temple", "hall", "hallway", "spray", "needle", "needles", "line", "port",
  "pump", "bag", "bottle", "vein", "artery", "nose", "mouth", "ear", "eye", "skin", "site", "incision", "stoma", "catheter", "window", "door",
  "floor", "plain", "truck", "car", "work", "store", "lab", "radiology", "pharmacy", "kitchen", "cafeteria", "lobby", "parking",
]);

/** Whether the first `n` words are capitalised, not in capitals ("Hope", "Glen Haven"). */
function capitalisedRun(words: readonly string[], n: number): boolean {
  for (let k = 0; k < n; k++) if (!/^[A-Z][a-z]/.test(words[k]!)) return false;
  return true;
}

/** Whether a clause closes at `at`: spaces, then a stop, comma, bracket, a dash, "w/", a line's or the text's end, or a town's ED ("commerce ed"). */
function closesClause(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 10 || c === 0x2014 || c === 0x2013) return true;
  // ("in bountiful (+1 555 ...)": a bracket opening an aside after a space.)
  if (c === 40) return k > at;
  if (c === 45) return k > at && isSpaceCode(text.charCodeAt(k + 1));
  // ("from orange w/ copd": "with" written short opens what comes with the person.)
  if (k > at && (c | 32) === 119 && text.charCodeAt(k + 1) === 47) return true;
  return k > at && /^(?:ed|er)(?![\p{L}\d])/iu.test(text.slice(k, k + 3));
}

/** Spanish words after "desde" that start a time or a thing, not a town ("desde ayer", "desde hace", "desde el lunes"). */
const SPANISH_AFTER_DESDE = new Set([
  "ayer", "anteayer", "anoche", "hoy", "hace", "mañana", "manana", "entonces", "siempre", "antes", "luego", "ahora", "que", "cuando",
  "el", "la", "los", "las", "un", "una", "este", "esta", "ese", "esa", "aquel", "aquí", "aqui", "allí", "alli", "allá", "alla", "casa",
  "niño", "niña", "nino", "nina", "chico", "chica", "joven", "pequeño", "pequeña", "enero", "febrero", "marzo", "abril", "mayo", "junio",
  "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
  "sábado", "sabado", "domingo", "hospital", "clinica", "clínica", "urgencias", "calle", "sola", "solo", "familia", "albergue", "refugio",
]);

/** Spanish words of time, place or grammar beyond SPANISH_AFTER_DESDE's, which name no facility after its kind. */
const SPANISH_COMMON = new Set(["cerca", "lejos", "con", "por", "para", "cada", "todos", "todas", "pero", "porque", "domingos", "sábados", "sabados", "mañanas", "mananas", "tardes", "noches", "semana", "semanas"]);

/** Whether every word of `s` after its first (the kind) is an English word. */
function englishWordsAfterKind(s: string): boolean {
  const words = s.split(/\s+/);
  for (let k = 1; k < words.length; k++) if (words[k] !== "of" && words[k] !== "the" && !isEnglishWord(words[k]!, 0, words[k]!.length)) return false;
  return true;
}

/** Whether a word of `s` after its first (the kind) is a common Spanish word ("templo ayer", "iglesia cerca de casa"). */
function spanishCommonWordIn(s: string): boolean {
  const words = s.toLowerCase().split(/\s+/);
  for (let k = 1; k < words.length; k++) if (SPANISH_AFTER_DESDE.has(words[k]!) || SPANISH_COMMON.has(words[k]!)) return true;
  return false;
}

/** The first word of `s` (letters of any script), lower case. */
function firstWordLower(s: string): string {
  let end = 0;
  while (end < s.length && !isSpaceCode(s.charCodeAt(end)) && s.charCodeAt(end) !== 44 && s.charCodeAt(end) !== 46) end++;
  return s.slice(0, end).toLowerCase();
}

/** Kinds abroad that name a facility before its name (KIND_FIRST_FACILITY's words). */
// (And houses of worship named after their kind: "masjid al-noor", "iglesia bautista el calvario", "igreja ...".)
const KINDS_FIRST_WORDS = ["yeshiva", "congregation", "hotel", "motel", "klinikum", "krankenhaus", "ospedale", "policlinico", "hopital", "hôpital", "clinique", "clinica", "clínica", "ziekenhuis", "sjukhus", "sykehus", "spital", "sanatorio", "masjid", "iglesia", "igreja", "templo", "parroquia", "chiesa", "église", "eglise", "farmacia", "botica", "pharmacie", "apotheke"];
const KINDS_FIRST = new TokenWords(KINDS_FIRST_WORDS);
/** Pharmacies, a yeshiva and a congregation named after their kind, no facility word of the lexicon's. */
const SHOPS_FIRST = new TokenWords(["farmacia", "botica", "pharmacie", "apotheke", "yeshiva", "congregation"]);
/** Particles after "hospital" that start a name after it ("Hospital de Clínicas"). */
const HOSPITAL_PARTICLES = new TokenWords(["de", "del", "das", "dos", "da", "san", "santa", "são", "sao"]);

/** Whether a token is a kind that comes first, or "hospital" before a particle: most texts hold none. */
function mayHoldKindFirst(scan: Scan): boolean {
  for (let i = 0; i < scan.count; i++) if (kindFirstAt(scan, i)) return true;
  return false;
}

/** Whether token `i` is a kind that comes first, or "hospital" before a particle. */
function kindFirstAt(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  return KINDS_FIRST.has(t) || (t.is("hospital") && i + 1 < scan.count && HOSPITAL_PARTICLES.has(scan.tokens[i + 1]!));
}

/**
 * A facility abroad named after its kind: the kind (in another language, or "hospital" before a
 * particle), up to two particles, then one to four name words (group 1 the first): "iglesia pentecostal roca de salvación";
 * no preposition, article or word of time among the later ones ("hotel Marisol near the beach", "clinica del pueblo yesterday").
 */
const KIND_FIRST_FACILITY = new RegExp(
  String.raw`(?<![\p{L}'-])(?:(?:yeshiva|congregation|hotel|motel|klinikum|krankenhaus|ospedale|policlinico|h[oô]pital|clinique|cl[ií]nica|ziekenhuis|sjukhus|sykehus|spital|sanatorio|masjid|iglesia|igreja|templo|parroquia|chiesa|[ée]glise|farmacia|botica|pharmacie|apotheke|hospital(?=\s+(?:de|del|das|dos|da|san|santa|são|sao)\s)))` +
    String.raw`(?:\s+(?:am|an|der|di|de|del|della|des|du|la|le|da|das|dos|san|santa|santo|são|sao|st\.?|saint|sainte|universitario|universitaire|général|general|civil|central)){0,2}\s+(\p{L}[\p{L}'-]+)(?:\s+of\s+(?:the\s+)?\p{L}[\p{L}'-]+|(?:\s+(?!(?:in|at|and|for|was|is|to|from|on|with|near|by|the|yesterday|today|tonight|tomorrow|last|this|next|after|before|y|con|por|para)\b)\p{L}[\p{L}'-]+){1,3}(?=\s*(?:[,.;:)
\u2013\u2014]|$)))?`,
  "giu",
);

/**
 * A postcode abroad, by its shape: British ("LE14 9NP", "SW1A 1AA"), Irish Eircode ("A72 C2CA",
 * its last four holding a letter) or Canadian ("V1U 5P0"). Shapes alone are no evidence in
 * clinical text ("T2N0M0" staging): each use below needs an address, a cue or a town before it.
 */
const POSTCODE_SHAPE = String.raw`[A-Za-z]{1,2}\d[A-Za-z\d]?[^\S\n]?\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z][^\S\n]?\d[A-Za-z]\d|[A-Za-z]\d{2}[^\S\n]?(?=[A-Za-z\d]{0,3}[A-Za-z])[A-Za-z\d]{4}`;
/**
 * After an address: maybe a comma, maybe up to three words (group 1), then a postcode abroad, four
 * digits or a ZIP (group 2), which no letter, digit or decimal follows (sticky).
 */
const CODE_AFTER_ADDRESS = new RegExp(
  String.raw`,?[^\S\n]*(?:(\p{L}[\p{L}ʻ'.-]*(?:[^\S\n]+\p{L}[\p{L}ʻ'.-]*){0,2}),?[^\S\n]+)?(${POSTCODE_SHAPE}|\d{4}(?:-\d{4})?|\d{5}(?:-\d{4})?)(?![\p{L}\d-]|[.,:/]\d)`,
  "uy",
);

/**
 * What closes an address at `at`, when ADDRESS's own town-and-ZIP pattern found none: a town
 * and a postcode abroad ("RR 5 Box 331, Stornoway LE14 9NP", "..., lf15 9ta"), a town and a
 * four-digit postcode ("..., kaitaia 5448": Australia, New Zealand), or a ZIP alone
 * ("apt 28b 11979"). Four digits need a town that no English list holds or that a town list
 * does ("..., since 2019" is none). Whether it took one.
 */
function codeAfterAddress(scan: Scan, at: number, out: Detection[]): boolean {
  const { text } = scan;
  CODE_AFTER_ADDRESS.lastIndex = at;
  const m = CODE_AFTER_ADDRESS.exec(text);
  if (!m) return false;
  const town = m[1];
  const code = m[2]!;
  const end = CODE_AFTER_ADDRESS.lastIndex;
  const digitsOnly = code.charCodeAt(0) >= 48 && code.charCodeAt(0) <= 57;
  if (digitsOnly && COUNT_UNIT_AFTER.test(text.slice(end, end + 12))) return false;
  if (town !== undefined) {
    const words = splitAtSpaces(town);
    // ("pickup 7082 juniper rd, confirmation 14914": an identifier's cue word names no town.)
    if (words.some((w) => NOT_PLACES.has(w.toLowerCase()) || NOT_A_NAME.has(withoutFinalDot(w.toLowerCase()))) || holdsIdCue(words)) return false;
    // (Digits after words need the words to be a town: "..., walked 10000" is none.)
    const last = words[words.length - 1]!;
    if (digitsOnly && !(isUsCity(town) || isWorldCity(town.toLowerCase())) && isEnglishWord(last, 0, last.length)) return false;
    const townStart = m.index + m[0].indexOf(town);
    out.push({ start: townStart, end: townStart + town.length, type: "LOCATION" });
  } else if (code.length < 5 || code.charCodeAt(4) === 45) return false;
  out.push({ start: end - code.length, end, type: "ZIP" });
  return true;
}

/** Whether one of `words` is an identifier's cue word ("confirmation", "claim", "auth") and they are no listed town ("State College"): the words name no town. */
function holdsIdCue(words: readonly string[]): boolean {
  if (!words.some((w) => (lexicon.wordFlags(w.toLowerCase()) & F_ID_CUE) !== 0)) return false;
  const phrase = words.join(" ").toLowerCase();
  return !(isUsCity(phrase) || isWorldCity(phrase));
}

/**
 * The token-led places, in one pass over the tokens: postcodes abroad (postcodeAt, at letter
 * runs of one or two letters), towns before a region's code (regionAt, at words of up to three
 * letters after ", "), towns after a "City:" label (labelAt), and the facilities of MORE_KINDS
 * and nursing stations (moreFacilityAt, at their last word). Whether a kind that comes first
 * is a token (mayHoldKindFirst, read in the same pass).
 */
function placesByToken(scan: Scan, out: Detection[]): boolean {
  const { text, tokens } = scan;
  let kindFirst = false;
  const digits = scan.digits > 0;
  const labels = scan.colons > 0 && (scan.features & F_PLACE_CUE) !== 0;
  loweredText = null;
  custodyText = null;
  schoolText = null;
  // (The lower-cased text is dropped however the pass ends: no text is kept once detection ends.)
  try {
    for (let i = 0; i < scan.count; i++) {
      const t = tokens[i]!;
      const end = t.end;
      // (A letter run of one or two letters a digit follows may start a postcode.)
      if (digits && end - t.start <= 2) {
        const next = text.charCodeAt(end);
        if (next >= 48 && next <= 57) postcodeAt(scan, t, out);
      }
      // (Every other check is at a word of TOKEN_PASS_WORDS: most tokens fail its hash filter.)
      if (TOKEN_PASS_BITS[t.hash & 1023] === 0) continue;
      const length = end - t.start;
      if (length <= 3 && i > 0 && text.charCodeAt(t.start - 2) === 44) regionAt(scan, i, out);
      else if (length === 4 && labels) labelAt(scan, t, out);
      if (MORE_KIND_LAST.has(t) || (length === 7 && t.is("station"))) moreFacilityAt(scan, i, out);
      // ("by the Lancaster Amtrak", "at the elko greyhound": the town a line's station serves.)
      else if (TRANSIT_LINES.has(t) && i > 0) townBeforeKind(scan, i, !scan.lowerCase && !scan.upperCase, out);
      // ("Dezbah Tsosie, Chinle chapter": a town's chapter house, the Navajo Nation's unit of local government, or a club's chapter.)
      else if (length === 7 && t.is("chapter") && i > 0) townBeforeKind(scan, i, !scan.lowerCase && !scan.upperCase, out);
      else if (length === 4 && t.is("unit") && i > 1) custodyUnitAt(scan, i, out);
      else if (length === 4 && t.is("lady")) ourLadyAt(scan, i, out);
      else if (FOREIGN_CUES.has(t)) townAfterForeignCue(scan, t, out);
      else if (CHAINS.has(t)) chainBranchAt(scan, i, out);
      else if (DENOMINATION_TOKENS.has(t) && i > 1) churchByDenominationAt(scan, i, out);
      if (!kindFirst && kindFirstAt(scan, i)) kindFirst = true;
    }
  } finally {
    loweredText = null;
  }
  return kindFirst;
}

/**
 * Chains of pharmacies, groceries with one and dialysis providers: each name's words, and the words that may follow it
 * as part of the name ("fresenius kidney care"). Listed once: CHAIN_FIRST_WORDS gates the token pass, CHAIN_AT reads the rest.
 */
const CHAIN_NAMES: [string, string?][] = [
  ["cvs"], ["walgreens"], ["rite aid"], ["walmart"], ["kroger"], ["medicine shoppe"], ["safeway"], ["publix"], ["costco"], ["meijer"],
  ["fresenius", "kidney care"], ["davita", "dialysis"],
  // (A chain of nursing homes, by its town: "Good Samaritan of Custer"; "a good samaritan called 911" names none.)
  ["good samaritan"],
  // (Health systems, clinics, dialysis chains, employers and shops whose branch is named by its town or its part of town:
  // "baptist health bethel", "kaiser story city", "DCI Augusta", "US Renal Care Northpark", "Planned Parenthood Florence",
  // "tyson foods yuma", "ace hardware eastside", "Golden Corral on Route 9"; the name alone names none.)
  ["baptist health"], ["kaiser", "permanente"], ["providence", "health"], ["dci"], ["us renal care"], ["american renal"], ["planned parenthood"],
  ["tyson foods"], ["ace hardware"], ["home depot"], ["dollar general"], ["family dollar"], ["golden corral"], ["cracker barrel"], ["piggly wiggly"], ["hy-vee"], ["aldi"],
];
/** The chains' names' first words. */
const CHAIN_FIRST_WORDS = CHAIN_NAMES.map(([name]) => name.split(" ")[0]!);
/** The words placesByToken looks at beyond postcodes: region codes, "city" and "town", the last words of MORE_KINDS, "station", KINDS_FIRST, "hospital", "chapter" and the chains' first words. */
const TOKEN_PASS_WORDS = ["nsw", "qld", "vic", "tas", "qc", "nu", "yt", "act", "nt", "sa", "on", "ab", "bc", "ns", "pe", "nl", "nb", "mb", "sk", "city", "town", "station", "hospital", "lady", "amtrak", "greyhound", "unit", "chapter", ...CHAIN_FIRST_WORDS];
/** Lines whose stations are named after the town they serve ("Lancaster Amtrak"). */
const TRANSIT_LINES = new TokenWords(["amtrak", "greyhound"]);
/** Words that put a message in custody: a named unit after "from" or "at" there is a prison's ("from cinder butte unit 4, inmate #..."). */
const CUSTODY_WORDS = new TokenWords(["inmate", "inmates", "prisoner", "doc", "idoc", "tdcj", "booking", "custody", "corrections", "correctional", "officers", "officer", "deputy", "deputies", "guard", "guards", "parole", "incarcerated", "prison", "jail"]);

/**
 * "pt from cinder butte unit 4, inmate #...": a named unit (one to three words no list of ours
 * holds, then "unit" and maybe its number) after "from", "at", "to" or "in", in a message that
 * speaks of custody: a prison's unit ("Ellis Unit"). `i` is the token "unit".
 */
function custodyUnitAt(scan: Scan, i: number, out: Detection[]): void {
  const { tokens } = scan;
  let first = i;
  while (first > 0 && i - first < 3 && tokens[first]!.wordGap) {
    const w = tokens[first - 1]!;
    if (!isAsciiLetterWord(w) || SERVICE_WORDS.has(w.lower) || NOT_A_NAME.has(w.lower) || NOT_PLACES.has(w.lower) || AT_PLACE.has(w.lower)) break;
    first--;
  }
  if (first === i || first === 0 || !tokens[first]!.wordGap || !AT_PLACE.has(tokens[first - 1]!.lower)) return;
  // (Its number, up to three characters starting with a digit: "unit 4", "unit 12b".)
  const { text } = scan;
  let end = tokens[i]!.end;
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57) {
    let k = end + 2;
    while (k < text.length && k < end + 4 && isAsciiAlnumCode(text.charCodeAt(k))) k++;
    if (k >= text.length || !isAsciiAlnumCode(text.charCodeAt(k))) end = k;
  }
  // (Read once per text: a long one with many units reads its tokens once, not once a unit.)
  if (custodyText === null) {
    custodyText = false;
    for (let k = 0; k < scan.count && !custodyText; k++) custodyText = CUSTODY_WORDS.has(tokens[k]!);
  }
  if (custodyText) out.push({ start: tokens[first]!.start, end, type: "LOCATION" });
}
/** Words that put a message at school: a name before "middle" there is a middle school's ("school nurse at keawe middle"). */
const SCHOOL_WORDS = new TokenWords(["school", "schools", "student", "students", "teacher", "teachers", "principal", "classmate", "classmates", "grader", "grade"]);

/** Whether a token of the text is one of SCHOOL_WORDS (read once per text, as custodyText). */
function speaksOfSchool(scan: Scan): boolean {
  if (schoolText === null) {
    schoolText = false;
    for (let k = 0; k < scan.count && !schoolText; k++) schoolText = SCHOOL_WORDS.has(scan.tokens[k]!);
  }
  return schoolText;
}
/** Whether placesByToken's text speaks of school (null: not read yet). */
let schoolText: boolean | null = null;
/** Portuguese and French verbs of living and arriving, which a town follows after "em", "de", "à" ("mora em", "arrive de", "habite à"). */
const FOREIGN_CUE_WORDS = ["mora", "moram", "morava", "arrive", "arrivé", "arrivée", "arrivee", "arrivent", "habite", "habitent"];
const FOREIGN_CUES = new TokenWords(FOREIGN_CUE_WORDS);
/** The cue with its preposition (sticky, at the verb): "mora em", "mora no", "arrive de", "arrive d'", "habite à". */
const FOREIGN_CUE_AT = /(?:mora|moram|morava)[^\S\n]+(?:em|no|na)[^\S\n]+|arriv(?:e|é|ée|ee|ent)[^\S\n]+(?:de[^\S\n]+|d['’])|habit(?:e|ent)[^\S\n]+(?:à|a|en|au)[^\S\n]+/iuy;
/** Up to three words (sticky). */
const WORDS_AT = /\p{L}[\p{L}'’ʻ.-]*(?:[^\S\n]+\p{L}[\p{L}'’ʻ.-]*){0,2}/uy;
/** Words after those cues that start no town: a home, a street, an article ("mora em casa", "mora na rua", "arrive de l'hôpital"). */
const NO_TOWN_AFTER_FOREIGN_CUE = new Set(["casa", "rua", "avenida", "cidade", "uma", "um", "o", "a", "os", "as", "la", "le", "les", "l", "chez", "son", "sa", "ses", "un", "une", "ville", "maison", "hôpital", "hopital", "hospital", "centro", "centre", "bairro", "frente", "cima", "baixo", "lá", "aqui", "ali"]);

/**
 * "a mãe mora em Coimbatore", "sa fille arrive de Gdańsk", "habite à Rotorua": a town after a Portuguese or French
 * verb of living or arriving and its preposition (only a place follows there): a town some list holds (accents and
 * apostrophes aside: "Nuku'alofa"), or capitalised words no English list holds ("arrive de Whanganui").
 */
function townAfterForeignCue(scan: Scan, t: Token, out: Detection[]): void {
  const { text } = scan;
  FOREIGN_CUE_AT.lastIndex = t.start;
  if (!FOREIGN_CUE_AT.exec(text)) return;
  WORDS_AT.lastIndex = FOREIGN_CUE_AT.lastIndex;
  const m = WORDS_AT.exec(text);
  if (!m) return;
  const phrase = withoutTrailingQuotes(toSentenceEnd(m[0]));
  const words = splitAtSpaces(phrase);
  if (words.length === 0 || NO_TOWN_AFTER_FOREIGN_CUE.has(words[0]!.toLowerCase().replace(/['’].*$/, ""))) return;
  for (let n = words.length; n >= 1; n--) {
    const lower = words.slice(0, n).join(" ").toLowerCase();
    if (!listedTown(lower)) continue;
    out.push({ start: m.index, end: m.index + wordSpan(phrase, n - 1)[1], type: "LOCATION" });
    return;
  }
  const run = unlistedPlace(words, scan.lowerCase, scan.upperCase);
  if (run > 0) out.push({ start: m.index, end: m.index + wordSpan(phrase, run - 1)[1], type: "LOCATION" });
}
/** Whether placesByToken's text speaks of custody (null: not read yet). */
let custodyText: boolean | null = null;
/** 1 at the low ten bits of the lexicon hash of each of TOKEN_PASS_WORDS and MORE_KINDS' last words. */
const TOKEN_PASS_BITS = new Uint8Array(1024);

/** placesByToken's text in lower case, cut once when a kind is found (null: not yet; undefined: lower-casing changes its length). */
let loweredText: string | undefined | null = null;
function lowerTextOf(scan: Scan): string | undefined {
  if (loweredText === null) {
    const low = scan.lowerCase ? scan.text : scan.text.toLowerCase();
    loweredText = low.length === scan.text.length ? low : undefined;
  }
  return loweredText;
}

/** A postcode abroad at a word's start (sticky). */
const POSTCODE_AT = new RegExp(String.raw`(?:${POSTCODE_SHAPE})(?![\p{L}\d-]|[.,:/]\d)`, "uy");
/** A postcode's cue at the end of the text before it ("postcode", "Eircode:", "postal code is"). */
const POSTCODE_CUE_BEFORE = /(?:post[^\S\n]?code|postal[^\S\n]+code|eircode|zip[^\S\n]?code|zip)[^\S\n]*[:#-]?[^\S\n]*(?:is[^\S\n]+)?$/i;
/** A Canadian province's code before a postal code ("Rimouski, QC V1U 5P0", "iqaluit, nu b0v 6w7"). */
const PROVINCE_BEFORE = /(?:,[^\S\n]*|[\p{L}.][^\S\n]+)(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[^\S\n]+$/iu;
/** A place cue, then up to three words (group 1), maybe a comma, then spaces (the end of the slice). */
const CUE_TOWN_BEFORE = /(?:^|[^\p{L}])(?:from|frm|in|at|near|lives?(?:[^\S\n]+(?:in|at|near))?|living[^\S\n]+in)[^\S\n]+(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2}),?[^\S\n]*$/iu;

/**
 * Postcodes abroad by their context: after a postcode's cue ("postcode AU7 8BF", and the town
 * a place cue names before it: "from Kendal, postcode ..."), a Canadian postal code after a
 * province's code ("Rimouski, QC V1U 5P0"), or after a town a place cue names ("ambulance
 * from letterkenny b76 c98x"). Tried at a letter run of one or two letters (`t`) a digit follows.
 */
function postcodeAt(scan: Scan, t: Token, out: Detection[]): void {
  const { text } = scan;
  if (t.rawEnd !== t.end) return;
  const next = text.charCodeAt(t.end);
  if (!(next >= 48 && next <= 57)) return;
  if (t.start > 0 && (isAsciiAlnumCode(text.charCodeAt(t.start - 1)) || text.charCodeAt(t.start - 1) === 45)) return;
  POSTCODE_AT.lastIndex = t.start;
  const m = POSTCODE_AT.exec(text);
  if (!m) return;
  const code = { start: t.start, end: t.start + m[0].length, type: "ZIP" as const };
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  const cue = POSTCODE_CUE_BEFORE.exec(before);
  if (cue) {
    out.push(code);
    // ("from Skibbereen, postcode ...": the town before the cue.)
    const town = CUE_TOWN_BEFORE.exec(before.slice(0, cue.index));
    if (town) pushCuedTown(town, t.start - before.length, out);
    return;
  }
  if (/^[A-Za-z]\d[A-Za-z]/.test(m[0]) && PROVINCE_BEFORE.test(before)) {
    out.push(code);
    return;
  }
  // (Only a code written with its space after a town: "found in car CU57FJ" holds a plate.)
  const town = /\s/.test(m[0]) ? CUE_TOWN_BEFORE.exec(before) : null;
  if (town && townLike(town[1]!) && pushCuedTown(town, t.start - before.length, out)) out.push(code);
}

/** The town of CUE_TOWN_BEFORE's match `m` (in a slice starting at `offset`) when its words can name one; whether it took it. */
function pushCuedTown(m: RegExpExecArray, offset: number, out: Detection[]): boolean {
  const town = m[1]!;
  const words = splitAtSpaces(town);
  const first = words[0]!.toLowerCase();
  if (words.some((w) => NOT_PLACES.has(w.toLowerCase())) || NOT_A_NAME.has(first) || SERVICE_WORDS.has(first)) return false;
  const start = offset + m.index + m[0].lastIndexOf(town);
  out.push({ start, end: start + town.length, type: "LOCATION" });
  return true;
}

/** Whether words (any case) can name a town without a cue of their own: a listed town, or a last word no English list holds ("letterkenny"; not "car"). */
function townLike(words: string): boolean {
  const last = words.slice(words.search(/\S+$/));
  return isUsCity(words) || isWorldCity(words.toLowerCase()) || !isEnglishWord(last, 0, last.length);
}

function isAsciiAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** After a facility's name and spaces: a direction maybe, then up to three words (group 1 the direction; sticky). */
const WORDS_AFTER_FACILITY = /[^\S\n]+((?:north|south|east|west)[^\S\n]+)?(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2})/iuy;

/**
 * "from tahlequah indian clinic hazard, ...", "at mercy pharmacy east lowell": in text typed in one case, a listed town
 * (maybe with a direction before it) right after a facility's name, closing the clause, is the branch's town. One word
 * that is an ordinary word too must be one of the towns named like one ("hazard"), none of every day. The town after
 * `at`, as [start, end); in text with capitals (`caseless` false) with its capital.
 */
function townClosingAt(text: string, at: number, caseless: boolean): [number, number] | undefined {
  WORDS_AFTER_FACILITY.lastIndex = at;
  const m = WORDS_AFTER_FACILITY.exec(text);
  if (!m) return undefined;
  // (A full stop ends the sentence and the town: "... kidney care east lowell. daughter ...".)
  const phrase = toSentenceEnd(m[2]!);
  const words = splitAtSpaces(phrase);
  const start = WORDS_AFTER_FACILITY.lastIndex - m[2]!.length;
  if (!caseless && !isAsciiCapital(text.charCodeAt(m[1] === undefined ? start : start - m[1].length))) return undefined;
  for (let n = words.length; n >= 1; n--) {
    const lower = words.slice(0, n).join(" ").toLowerCase();
    const end = start + wordSpan(phrase, n - 1)[1];
    if (!closesClause(text, end) || !listedTown(lower)) continue;
    if (n === 1 && (lower.length < 4 || EPONYMS.has(lower) || NOT_A_NAME.has(lower) || EVERYDAY_TOWN_WORDS.has(lower) || (ordinaryWord(lower) && !COMMON_WORD_CITIES.has(lower)))) continue;
    return [m[1] === undefined ? start : start - m[1].length, end];
  }
  return undefined;
}

/** A name's words as a pattern, any run of spaces or tabs between them ("rite aid": "rite", spaces, "aid"). */
function spacedWords(name: string): string {
  return name.split(" ").join(String.raw`[^\S\n]+`);
}
/** CHAIN_FIRST_WORDS, as token words. */
const CHAINS = new TokenWords(CHAIN_FIRST_WORDS);
/** A chain's name, maybe with "pharmacy" (sticky, at a token of CHAINS). */
const CHAIN_AT = new RegExp(
  String.raw`(?:${CHAIN_NAMES.map(([name, more]) => spacedWords(name) + (more === undefined ? "" : String.raw`(?:[^\S\n]+${spacedWords(more)})?`)).join("|")})(?:[^\S\n]+pharmacy)?(?![\p{L}\d'-])`,
  "iuy",
);
/** The street or route a chain's store is on ("on route 15", "on 5th st", "on elm street"; the slice's start). */
const CHAIN_ON_STREET = /^[^\S\n]+on[^\S\n]+(?:(?:route|rte|hwy|highway|county[^\S\n]+road|state[^\S\n]+route)[^\S\n]+\d{1,4}[a-z]?|\d{1,3}(?:st|nd|rd|th)(?:[^\S\n]+(?:st|street|ave|avenue))?|[a-z]+[^\S\n]+(?:st|street|ave|avenue|rd|road|blvd|pike|hwy))(?![\p{L}\d'-])/iu;
/** "of" and up to three words after a chain's name ("Medicine Shoppe of Hindman"; group 1). */
const CHAIN_OF_TOWN = /^[^\S\n]+of[^\S\n]+(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2})/iu;

/**
 * "fill hx from CVS on Route 15", "medicine shoppe of hindman", "last fill at rite aid whitesburg": a chain's store
 * named by its street, or by its listed town after "of" or closing the clause, is a place (token `i` opens the chain's
 * name); the chain alone names none.
 */
function chainBranchAt(scan: Scan, i: number, out: Detection[]): void {
  const { text } = scan;
  const t = scan.tokens[i]!;
  // (Not after "the": "sent to the Walgreens on Main St" says which shop, as one says "the bank on Main St".)
  if (i > 0 && scan.tokens[i - 1]!.is("the")) return;
  CHAIN_AT.lastIndex = t.start;
  if (!CHAIN_AT.exec(text)) return;
  const end = CHAIN_AT.lastIndex;
  const rest = text.slice(end, end + 48);
  const caseless = scan.lowerCase || scan.upperCase;
  const on = CHAIN_ON_STREET.exec(rest);
  if (on) {
    out.push({ start: t.start, end: end + on[0].length, type: "LOCATION" });
    return;
  }
  const of = CHAIN_OF_TOWN.exec(rest);
  if (of) {
    const words = splitAtSpaces(of[1]!);
    if (!caseless && !isAsciiCapital(words[0]!.charCodeAt(0))) return;
    for (let n = words.length; n >= 1; n--) {
      const lower = words.slice(0, n).join(" ").toLowerCase();
      if (NOT_A_NAME.has(lower) || !listedTown(lower)) continue;
      out.push({ start: t.start, end: end + of[0].length - of[1]!.length + wordSpan(of[1]!, n - 1)[1], type: "LOCATION" });
      return;
    }
    return;
  }
  const town = townClosingAt(text, end, caseless) ?? branchAfterChain(text, end, caseless);
  if (town) {
    out.push({ start: t.start, end: town[1], type: "LOCATION" });
    return;
  }
  // ("syncope at dearborn walmart", "welds at tuba city walmart": a listed town right before the chain's name names the store.)
  const before = townBeforeChain(scan, i);
  if (before >= 0) out.push({ start: before, end, type: "LOCATION" });
}

/** A part of town a branch is named by ("ace hardware eastside"). */
const TOWN_PARTS = new Set(["eastside", "westside", "northside", "southside", "downtown", "midtown", "uptown"]);
/** What may follow a branch's town besides the clause's end: its phone's or fax's word, or "on" and a date ("DCI Augusta fax ...", "KROGER PHARMACY CLINTON ON APRIL 17"). */
const AFTER_BRANCH = new RegExp(String.raw`^[^\S\n]+(?:fax|ph|phone|tel|on[^\S\n]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))`, "iu");

/**
 * The branch after a chain's name (`at`, the name's end) where townClosingAt found none: a listed town its phone's word or
 * a date's "on" follows, a part of town ("eastside"), or one word no list of ours holds, no English word or name,
 * capitalised in text typed in both cases ("US Renal Care Northpark,"), closing the clause. [start, end) or undefined.
 */
function branchAfterChain(text: string, at: number, caseless: boolean): [number, number] | undefined {
  WORDS_AFTER_FACILITY.lastIndex = at;
  const m = WORDS_AFTER_FACILITY.exec(text);
  if (!m || m[1] !== undefined) return undefined;
  const phrase = toSentenceEnd(m[2]!);
  const words = splitAtSpaces(phrase);
  const start = WORDS_AFTER_FACILITY.lastIndex - m[2]!.length;
  if (!caseless && !isAsciiCapital(text.charCodeAt(start))) return undefined;
  for (let n = words.length; n >= 1; n--) {
    const lower = words.slice(0, n).join(" ").toLowerCase();
    const end = start + wordSpan(phrase, n - 1)[1];
    if (listedTown(lower) && AFTER_BRANCH.test(text.slice(end, end + 16)) && !(n === 1 && (lower.length < 4 || ordinaryWord(lower)))) return [start, end];
    if (n !== 1 || !closesClause(text, end)) continue;
    if (TOWN_PARTS.has(lower)) return [start, end];
    // (A listed town that is a word too, closing the clause right after the chain's name: "(baptist health bethel)", "AT DCI WELCH.".)
    if (listedTown(lower) && lower.length >= 4 && !NOT_A_NAME.has(lower) && !EVERYDAY_TOWN_WORDS.has(lower) && !EPONYMS.has(lower)) return [start, end];
    // (No weekday's plural nor a drug's or device's name: "dialysis at DCI Mondays.", "US Renal Care Fridays"; in text typed in
    // one case only a word of a place's shape: "us renal care northpark"; "planned parenthood nexplanon.", "fills novolin at walmart relion." stay.)
    if ((!caseless || PLACE_SHAPE.test(lower)) && lower.length >= 5 && /^[a-z]+$/.test(lower) && !ordinaryWord(lower) && !isGivenName(lower) && !isFamilyName(lower) && !WEEKDAY_PLURAL.test(lower) && !DRUG_SHAPE.test(lower)) return [start, end];
  }
  return undefined;
}

/** A weekday's plural ("Mondays", "thurs"); a drug's stem or a brand's shape ("nimodipine", "nexplanon", "relion"). */
/** A word shaped as a part of town is named ("northpark", "eastgate", "riverside", "brookfield"). */
const PLACE_SHAPE = /^(?:north|south|east|west|mid|up|down)[a-z]{3,}$|(?:park|side|town|view|field|woods?|ridge|dale|gate|port|brook|crest|haven|ville|burg|boro|ford|land|mont|hollow|creek|glen|hills?|lake|pointe?|crossing|springs?|meadows?|heights|grove|mill|bend|falls|shores?|bay|landing|square|plaza|village)$/;
const WEEKDAY_PLURAL = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s$/;
const DRUG_SHAPE = /(?:pine|pril|olol|sartan|statin|mab|nib|azole|mycin|cillin|cycline|floxacin|pam|lam|done|ide|ine|lon|lin|ion|xa|xin)$/;

/** Where a listed town of one to three words right before the chain's name (token `i`) starts, or -1 ("dearborn walmart"). */
function townBeforeChain(scan: Scan, i: number): number {
  const { tokens } = scan;
  const mixed = !scan.lowerCase && !scan.upperCase;
  for (let n = Math.min(3, i); n >= 1; n--) {
    let ok = true;
    for (let j = i - n; j < i && ok; j++) ok = tokens[j + 1]!.wordGap && !NOT_A_NAME.has(tokens[j]!.lower) && (!mixed || tokens[j]!.cap);
    if (!ok) continue;
    const words = [];
    for (let j = i - n; j < i; j++) words.push(tokens[j]!.lower);
    const town = words.join(" ");
    // (A town that is a word too is none here, capitalised or not: "fill at Central Walmart".)
    if (!listedTown(town) || (n === 1 && (town.length < 4 || ordinaryWord(town) || EVERYDAY_TOWN_WORDS.has(town)))) continue;
    // (A place's word before the town: "at", "from", "to", "near", "in", "by", or the line's start.)
    const cue = i - n - 1 >= 0 ? tokens[i - n - 1]!.lower : "";
    if (cue !== "" && !CHAIN_TOWN_CUES.has(cue)) continue;
    return tokens[i - n]!.start;
  }
  return -1;
}
/** Words a town and a chain's store follow ("at dearborn walmart"). */
const CHAIN_TOWN_CUES = new Set(["at", "from", "to", "near", "in", "by", "outside"]);

/** After a facility's name: maybe its emergency department, a comma, then up to three words (group 1; sticky). */
// (Or "in" and the town: "EASTSIDE FAMILY CLINIC IN TOLEDO"; group 1.)
const TOWN_AFTER_FACILITY = /(?:(?:[^\S\n]+(?:ED|ER|ICU))?,|[^\S\n]+(in))[^\S\n]*(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2})/iuy;

/**
 * "films from Saint Aurelia's Hospice, Klamath Falls", "from Willowmere Care Home ED, Pueblo":
 * the town after a facility's comma (`at`, the name's end), when a town list holds it. A town
 * of one word that is also an ordinary word needs its capital (in text with capitals).
 */
function townAfterFacility(text: string, at: number, caseless: boolean, out: Detection[]): void {
  if (at >= text.length) return;
  const c = text.charCodeAt(at);
  if (c !== 44 && !isSpaceCode(c)) return;
  TOWN_AFTER_FACILITY.lastIndex = at;
  const m = TOWN_AFTER_FACILITY.exec(text);
  if (!m) {
    if (caseless && isSpaceCode(c)) {
      const town = townClosingAt(text, at, true);
      if (town) out.push({ start: town[0], end: town[1], type: "LOCATION" });
    }
    return;
  }
  const phrase = toSentenceEnd(m[2]!);
  const words = splitAtSpaces(phrase);
  const start = TOWN_AFTER_FACILITY.lastIndex - m[2]!.length;
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(" ");
    const lower = candidate.toLowerCase();
    if (!caseless && !words.slice(0, n).every((w) => /^[A-Z][a-z'.-]/.test(w))) continue;
    if (!(isUsCity(lower) || isWorldCity(lower)) || STATE_NAME_SET.has(lower)) continue;
    // (After "in" a town that is also a word needs some size in text typed in one case: "... clinic in toledo"; not "in person".)
    const end = start + wordSpan(phrase, n - 1)[1];
    // (Or a town that is a word closing its clause after the facility's "in": "teacher at kestrel school in eagle,".)
    const closingIn = m[1] !== undefined && !EVERYDAY_TOWN_WORDS.has(lower) && closesClause(text, end);
    if (n === 1 && (lower.length < 3 || NOT_PLACES.has(lower) || EPONYMS.has(lower) || (!closingIn && (NOT_A_NAME.has(lower) || COMMON_WORD_CITIES.has(lower) || (caseless && ordinaryWord(lower) && !(m[1] && sizeableTown(lower))))))) continue;
    out.push({ start, end, type: "LOCATION" });
    return;
  }
}

/** Australian states and Canadian provinces whose codes are no clinical abbreviation. */
const PLAIN_REGIONS = new TokenWords(["nsw", "qld", "vic", "tas", "qc", "nu", "yt"]);
/** Codes that are abbreviations too ("ON hold", "NT" non-tender, "SA", "AB", "BC", "NS", "PE", "NL", "NB", "MB", "SK", "ACT"). */
const WORD_REGIONS = new TokenWords(["act", "nt", "sa", "on", "ab", "bc", "ns", "pe", "nl", "nb", "mb", "sk"]);

/**
 * "Telehealth from Dubbo, NSW", "Kenora, ON": a town before a comma and an Australian state's
 * or a Canadian province's code (in capitals; in lower case only the codes that are no word).
 * A town a list holds, or after a code no abbreviation shares, a capitalised word no English
 * or name list holds.
 */
function regionAt(scan: Scan, i: number, out: Detection[]): void {
  const { tokens } = scan;
  const t = tokens[i]!;
  if (!(t.upper || scan.lowerCase) || !t.gapIs(", ")) return;
  const plain = PLAIN_REGIONS.has(t);
  if (!plain && (scan.lowerCase || !WORD_REGIONS.has(t))) return;
  const town = townEndingAt(scan, t.start - 2, WORDS_BEFORE_COMMA);
  if (town) {
    out.push({ ...town, type: "LOCATION" });
    return;
  }
  if (!plain) return;
  // One word no list knows ("Wirrabara, NSW").
  const prev = tokens[i - 1]!;
  if (prev.end !== t.start - 2 || prev.length < 4) return;
  const lower = prev.lower;
  const mixed = !scan.lowerCase && !scan.upperCase;
  if ((mixed && !prev.cap) || prev.upper !== scan.upperCase || NOT_A_NAME.has(lower) || NOT_PLACES.has(lower) || isGivenName(lower) || isFamilyName(lower)) return;
  if (isUsCity(lower) || isWorldCity(lower) || !isEnglishWord(lower, 0, lower.length)) out.push({ start: prev.start, end: prev.end, type: "LOCATION" });
}

/** "City: Ithaca", "town: dubuque": a town's label at a line's start, then the town to the line's end or a comma (group 1; sticky). */
const TOWN_LABEL_AT = /(?:city|town)[^\S\n]*:[^\S\n]*(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2})[^\S\n]*(?=\n|$|,)/iuy;
/** Values of a form's field that name no town. */
const NO_TOWN_VALUES = new Set(["unknown", "none", "same", "pending", "tbd", "n/a", "na", "unk", "see", "above", "below"]);

/** A town after its label ("City: Ithaca" on a form's line; not "city: unknown"). */
function labelAt(scan: Scan, t: Token, out: Detection[]): void {
  const { text } = scan;
  const after = text.charCodeAt(t.rawEnd);
  if (!(t.is("city") || t.is("town")) || (after !== 58 && !isSpaceCode(after))) return;
  // (At a line's start only.)
  let k = t.start;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 10) k--;
  if (k > 0 && text.charCodeAt(k - 1) !== 10) return;
  TOWN_LABEL_AT.lastIndex = t.start;
  const m = TOWN_LABEL_AT.exec(text);
  if (!m) return;
  const first = splitAtSpaces(m[1]!)[0]!.toLowerCase();
  if (NO_TOWN_VALUES.has(first) || NOT_A_NAME.has(first) || NOT_PLACES.has(first)) return;
  const start = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
  out.push({ start, end: start + m[1]!.length, type: "LOCATION" });
}

/** The words before a ZIP-shaped number `m` that end in a listed town: the town and the ZIP. */
function townBeforeZip(scan: Scan, m: RegExpExecArray, out: Detection[]): void {
  // (Not a round count nor one with its unit: "white plains 15000 steps", "big spring 10000 steps".)
  if (m[0].endsWith("000") || COUNT_UNIT_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return;
  const town = townEndingAt(scan, m.index, WORDS_BEFORE_ZIP) ?? townAfterCueBeforeZip(scan, m.index);
  if (town) out.push({ ...town, type: "LOCATION" }, { start: m.index, end: m.index + m[0].length, type: "ZIP" });
  // ("..., twin falls, ohio 47423": after a state's name the digits are its ZIP; the state stays.)
  else if (stateNameEndingAt(scan.text, m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: "ZIP" });
}

/** A place's preposition or an opening bracket, then up to three words, a comma and spaces: the end of the slice (group 1 the words). */
const CUE_WORDS_BEFORE_ZIP = /(?:\(|(?:^|[^\p{L}'.-])(?:to|in|from|at|near)[^\S\n]+)(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2}),[^\S\n]+$/iu;

/**
 * "home to worcester, 52977", "(lowell, 65851)", "transport home to Erbil, 86773": after a place's preposition or a
 * bracket, the town a comma and a ZIP close: a listed one though a name too, or in text with capitals capitalised
 * words no English list holds.
 */
function townAfterCueBeforeZip(scan: Scan, at: number): { start: number; end: number } | undefined {
  const m = CUE_WORDS_BEFORE_ZIP.exec(scan.text.slice(Math.max(0, at - 48), at));
  if (!m) return undefined;
  const phrase = m[1]!;
  const words = splitAtSpaces(phrase);
  const lower = phrase.toLowerCase();
  const mixed = !scan.lowerCase && !scan.upperCase;
  if (mixed && !words.every((w) => /^[A-Z][a-z]/.test(w))) return undefined;
  if (NOT_PLACES.has(lower) || STATE_NAME_SET.has(lower) || NOT_A_NAME.has(lower)) return undefined;
  // (A given name after "to" is more often someone spoken to: "talked to Mark, 55021"; "(lowell, 65851)" stays.)
  if (isGivenName(lower) && !m[0].startsWith("(")) return undefined;
  const listed = isUsCity(lower) || isWorldCity(lower);
  // (A bracket alone takes only a listed town: "CK peaked (Rhabdo, 45231)" holds shorthand and a lab's value.)
  if (!listed && (m[0].startsWith("(") || !(mixed && words.every((w) => !isEnglishWord(w.toLowerCase(), 0, w.length) && !NOT_A_NAME.has(w.toLowerCase()))))) return undefined;
  const start = at - m[0].length + m[0].lastIndexOf(phrase);
  return { start, end: start + phrase.length };
}

/** Whether a state's name (one or two words, any case) ends right before `at`, spaces and maybe a comma between. */
function stateNameEndingAt(text: string, at: number): boolean {
  const m = WORDS_BEFORE_ZIP.exec(text.slice(Math.max(0, at - 32), at));
  if (!m) return false;
  const words = splitAtSpaces(m[1]!.toLowerCase());
  return STATE_NAME_SET.has(words[words.length - 1]!) || (words.length > 1 && STATE_NAME_SET.has(words.slice(-2).join(" ")));
}

/** "(iquitos, peru)", "Quetzaltenango, Guatemala": a listed town before a comma and a country. */
function townBeforeCountry(scan: Scan, out: Detection[]): void {
  const { text, tokens } = scan;
  // (Read at the tokens after ", " whose word starts some country's name: most start none.)
  const firstWords = countryFirstWords();
  for (let i = 1; i < scan.count; i++) {
    const t = tokens[i]!;
    if (!t.gapIs(", ") || !firstWords.has(t)) continue;
    COUNTRY_AFTER.lastIndex = t.start;
    const country = COUNTRY_AFTER.exec(text);
    if (!country || !startsCountry(country[1]!)) continue;
    const town = townEndingAt(scan, t.start - 2, WORDS_BEFORE_COMMA);
    if (town) out.push({ ...town, type: "LOCATION" });
  }
}

/** Whether `lower` is a people's word made from a country's name: "guatemalan", "eritrean", "bhutanese", "congolese", "canadian", "somali". */
export function isDemonym(lower: string): boolean {
  const { countries } = loadWorldCities();
  const cut = (k: number) => lower.slice(0, lower.length - k);
  return lower.length >= 5 && (countries.has(cut(1)) || countries.has(cut(1) + "a") || countries.has(cut(3)) || countries.has(cut(3) + "a") || countries.has(cut(4)) || countries.has(cut(4) + "o") || countries.has(cut(2)));
}

/** Whether a token is the first word of some country's name ("Uganda", "Ivory"). */
export function startsCountryName(t: Token): boolean {
  return countryFirstWords().has(t);
}

let countryFirst: TokenWords | undefined;
/** The first word of each country's name, as token words. */
function countryFirstWords(): TokenWords {
  return (countryFirst ??= new TokenWords([...loadWorldCities().countries].map((c) => c.split(" ")[0]!)));
}

/**
 * The longest run of up to three words ending right before `at` (as `before` reads them,
 * anchored at the end of a 48-character slice) that is a listed town: its start, and its end
 * (the words' end, before any comma or spaces).
 */
function townEndingAt(scan: Scan, at: number, before: RegExp): { start: number; end: number } | undefined {
  const m = before.exec(scan.text.slice(Math.max(0, at - 48), at));
  if (!m) return undefined;
  const words = splitAtSpaces(m[1]!);
  const caseless = scan.lowerCase || scan.upperCase;
  const phraseStart = at - m[0].length + m[0].indexOf(m[1]!);
  for (let i = 0; i < words.length; i++) {
    if (leadingTown(words.slice(i), caseless) === words.length - i) return { start: phraseStart + wordSpan(m[1]!, i)[0], end: phraseStart + m[1]!.length };
  }
  return undefined;
}

/** A one-word town's name that is also an ordinary word, an eponym or a word a town list holds for its other sense ("normal", "bath", "parkinson"). */
function ordinaryWord(lower: string): boolean {
  return NOT_A_NAME.has(lower) || COMMON_WORD_CITIES.has(lower) || EPONYMS.has(lower) || isEnglishWord(lower, 0, lower.length);
}

/** Whether `word` (capitalised where the text has capitals) is a listed town of four letters or more that is a family name but no English word or given name ("Grundy"). */
function familyNamedTown(word: string, caseless: boolean): boolean {
  const lower = word.toLowerCase();
  if (!caseless && !/^[A-Z][a-z]/.test(word)) return false;
  return lower.length >= 4 && isFamilyName(lower) && !isGivenName(lower) && !ordinaryWord(lower) && listedTown(lower);
}

/**
 * How many leading words of `words` (up to three) name a listed town, US or abroad, or 0. In
 * text with capitals the town's first word has one; a town of one word must be no ordinary
 * word, no eponym and no name ("normal", "bath", "parkinson"; "ashtabula", "wahpeton" are towns).
 */
function leadingTown(words: string[], caseless: boolean): number {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const candidate = words.slice(0, n).join(" ");
    const lower = candidate.toLowerCase();
    if (!caseless && candidate.charCodeAt(0) === lower.charCodeAt(0)) continue;
    // (A state is no town below it: "..., twin falls, ohio 47423".)
    if (!listedTown(lower)) continue;
    if (n === 1 && (lower.length < 4 || ordinaryWord(lower) || isGivenName(lower) || isFamilyName(lower))) continue;
    return n;
  }
  return 0;
}

/**
 * A listed town alone between the commas after an age and sex ("Ahiga Roe, 25M, Bluefield, NSTEMI", "roe, 20m, pleasant
 * hill, copd"): group 1 the words between.
 */
const AGE_SEX_TOWN = /(?<![\w.])\d{1,3}[ \t]?(?:m|f|yo[mf]?|y\/o)[ \t]*,[ \t]+(\p{L}[\p{L}'.-]*(?:[ \t]+\p{L}[\p{L}'.-]*){0,2})[ \t]*,[ \t]*\S/giu;
/** Whether `text` holds a digit, a sex's letter and a comma ("25M,", "20f ,"): where AGE_SEX_TOWN may match. */
function ageSexComma(text: string): boolean {
  // (From the third character: a comma opening the text is no age and sex's, and must not end the search.)
  for (let at = text.indexOf(",", 2); at >= 0; at = text.indexOf(",", at + 1)) {
    let k = at;
    while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
    const c = text.charCodeAt(k - 1) | 32;
    if (c === 109 || c === 102 || c === 111) return true;
  }
  return false;
}
/** AGE_SEX_TOWN's match `m`: the words between the commas when they are all a listed town (one ordinary word is none: "25M, Normal, ..." stays). */
function ageSexTown(scan: Scan, m: RegExpExecArray, out: Detection[]): void {
  const phrase = m[1]!;
  const words = splitAtSpaces(phrase);
  const lower = words.join(" ").toLowerCase();
  if (!listedTown(lower) || (words.length === 1 && (lower.length < 4 || ordinaryWord(lower)))) return;
  const start = m.index + m[0].indexOf(phrase, m[0].indexOf(","));
  out.push({ start, end: start + phrase.length, type: "LOCATION" });
}

/** "oskaloosa pd", "cass county" (AGENCY_LOWER's match `m`): the town or county, without leading ordinary words. */
function lowerAgency(m: RegExpExecArray, out: Detection[]): void {
  const words = splitAtSpaces(m[1]!);
  // A county's name is any word of its own ("bureau county"); a police force's town must be one.
  const county = m[2] === "county" || m[2] === "parish";
  // Only the words after the last ordinary one ("via county van" has none).
  let first = words.length;
  while (first > 0 && !NOT_A_NAME.has(words[first - 1]!) && !SERVICE_WORDS.has(words[first - 1]!) && !NOT_PLACES.has(words[first - 1]!)) first--;
  for (let i = first; i < words.length; i++) {
    const candidate = words.slice(i).join(" ");
    if (!county && !cities!.has(candidate) && isEnglishWord(candidate, 0, candidate.length)) continue;
    // ("employer county roads dept": a role's noun in "-er", "-or" or "-ee" names no county unless a town or someone
    // is named so: "bureau county", "coos county", "walker county" stay.)
    if (county && i === words.length - 1 && /(?:er|or|ee)$/.test(candidate) && !cities!.has(candidate) && isEnglishWord(candidate, 0, candidate.length) && !isFamilyName(candidate) && !isGivenName(candidate)) continue;
    // ("19m. police evidence": a letter of a unit is no town.)
    if (candidate.replace(/[.'-]/g, "").length < 2) continue;
    // ("pike county memorial hospital": the county's hospital or clinic after it is the same place's name.)
    const kind = county ? COUNTY_FACILITY_AFTER.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    out.push({ start: m.index + wordSpan(m[1]!, i)[0], end: county ? m.index + m[0].length + (kind ? kind[0].length : 0) : m.index + m[1]!.length, type: "LOCATION" });
    break;
  }
}
/** A county's named facility after its name ("... county memorial hospital", "... county medical center", "... county general"). */
// (A kind alone after the county is the county's service, no name: "the yavapai county clinic", "county hospital".)
const COUNTY_FACILITY_AFTER = /^[^\S\n]+(?:(?:memorial|regional|community|general)[^\S\n]+(?:hospital|medical[^\S\n]+center)|medical[^\S\n]+center|general|memorial)(?![\p{L}\d'-])/iu;

/** "at", "from" or "to", then a capitalised name's possessive and a capitalised house's word (group 1 the place, group 2 the name; sticky). */
const PATRON_PLACE_AT = /(?:from|at|to)[^\S\n]+((?:[A-Z][a-z]+[^\S\n]+)?([A-Z][a-z]+)['’]s[^\S\n]+(?:Place|House|Haven|Home|Kitchen|Table|Door))(?![\p{L}\d'-])/uy;
/** "from" or "at", then one to three words a stop, comma, dash, line break or the end closes (group 1; sticky). */
const FACILITY_NO_KIND_AT = /(?:from|at|to)\s+((?:[a-z]+[^\S\n]+){0,2}[a-z]+)(?=\s*(?:[,.;:!?)]|[-–—]\s|\n|$))/iy;
/** Last words of facility and estate names ("harmony ridge", "cedar hollow", "three rivers", "pinecrest"). */
const LANDSCAPE_WORDS = new Set(["ridge", "hollow", "crest", "view", "brook", "creek", "glen", "meadows", "gardens", "manor", "pointe", "shores", "springs", "woods", "heights", "hills", "oaks", "pines", "rivers", "haven", "commons", "terrace", "estates", "acres"]);
const LANDSCAPE_END = /(?:crest|view|brook|haven|wood|dale)$/;
/** Generic words before an estate's word that name a kind of garden, common room or housing, no place ("community gardens", "student commons"). */
const GENERIC_ESTATE_FIRST = new Set(["community", "botanical", "botanic", "hospital", "student", "students", "senior", "seniors", "public", "employee", "employees", "staff", "faculty",
  "campus", "school", "university", "college", "city", "town", "county", "state", "national", "vegetable", "rooftop", "church", "shared", "housing", "residential", "apartment", "food",
  "memorial", "victory", "local", "private", "rose", "flower", "sculpture", "japanese", "zen", "herb", "therapy", "healing", "medical", "outdoor", "indoor"]);
/** LANDSCAPE_WORDS that name homes and estates rather than land ("shalom gardens", "brookhaven manor"). */
const ESTATE_HOMES = new Set(["gardens", "manor", "estates", "commons"]);
/** What a facility's name follows: a transfer, an arrival or a stay ("incoming from", "in 12 from", "staying at"). */
// ("going to whispering pines,", "d/c to cedar hollow.": a discharge or a return before "to".)
const FACILITY_VERB_BEFORE = /(?:incoming|transferr?ed|transfer|xfer|staying|living|admitted|arriving|arrived|coming|sent|came|going|goes|back|returning|returned|d\/c|discharged?|in\s+\d{1,3}[a-z]?)\s+$/i;

/** Whether the word at `at` starts with "f", "a" or "t" (any case), as "from", "at" and "to" do. */
function startsFromOrAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  return c === 102 || c === 97 || c === 116;
}

/** FACILITY_NO_KIND_AT's match `m` is a facility when its last word is an estate word and a transfer or stay comes before it (no "the", no ordinary first word). */
function facilityWithoutKind(text: string, m: RegExpExecArray, mixed: boolean, out: Detection[]): void {
  const words = m[1]!.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  // ("from oak terrace residence": a residence named with an estate's word.)
  const residence = last === "residence" && words.length >= 2 && LANDSCAPE_WORDS.has(words[words.length - 2]!);
  if (!(residence || LANDSCAPE_WORDS.has(last) || (words.length === 1 && last.length >= 7 && LANDSCAPE_END.test(last)))) return;
  // (A name of two words or more ending in an estate's word of a home's own, "gardens", "manor", "estates", "commons", or a
  // residence, is a place after "from", "at" or "to" with no transfer's word before: "wound care at shalom gardens,", "PT
  // FROM HARBOR VIEW GARDENS,"; three words need one as well.)
  // (Not after a generic word, "volunteers at community gardens,", "lunch at hospital commons,", "lives at senior estates,"; in
  // text typed in both cases its name capitalised: "walk at botanical gardens." stays.)
  const own = words.length >= 2 && (residence || ESTATE_HOMES.has(last)) && !GENERIC_ESTATE_FIRST.has(words[0]!) && (!mixed || isAsciiCapital(m[1]!.charCodeAt(0)));
  if (NOT_A_NAME.has(words[0]!) || DETERMINERS.has(words[0]!) || (!own && (words.length > 2 || !FACILITY_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))))) return;
  const start = m.index + m[0].length - m[1]!.length;
  out.push({ start, end: start + m[1]!.length, type: "LOCATION" });
}

/**
 * How many leading words of a place cue's phrase name a city abroad (up to three; 0 for none).
 * One word must be no English word or ordinary word ("in Nice", "from Split" stay).
 */
/** Whether one of `words[0, n)` holds an ASCII capital. */
function anyAsciiCapital(words: readonly string[], n: number): boolean {
  for (let k = 0; k < n; k++) if (hasAsciiCapital(words[k]!)) return true;
  return false;
}

function cityAbroad(words: string[], lowered: boolean, mixed: boolean): number {
  if (words.length === 0 || !startsWorldCity(words[0]!)) return 0;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    // (Read in the table before cutting the candidate: "the", "an", "my" start cities' names, and most phrases after them are none.)
    const listed = worldCityTable!.findWords(words, n);
    // (A name with an apostrophe is listed without it: read below.)
    // (Nor one written with its accents, listed without them: "huế" as "hue".)
    if (listed === 0 && !hasApostrophe(words[0]!) && !hasNonAscii(words[0]!)) continue;
    // (Found in the table, the words are ASCII: without an ASCII capital the candidate is in lower
    // case, which in text with capitals names no city below; known before cutting the string.)
    if (listed === 1 && !lowered && !anyAsciiCapital(words, n)) continue;
    const candidate = words.slice(0, n).join(" ");
    const lower = candidate.toLowerCase();
    if ((candidate === lower && !lowered) || !isWorldCity(lower)) continue;
    // ("clot in ica": in lower case a city of four letters or more.)
    // (Capitalised in text with capitals, a city of a million people or more is that city though a word too: "from Amman", "in Phoenix".)
    // (Written with its accents a short one is that city: "from huế".)
    if (n === 1 && (NOT_PLACES.has(lower) || (ordinaryWord(lower) && !(mixed && bigCapitalisedCity(candidate, lower))) || (candidate === lower && lower.length < 4 && !hasNonAscii(lower)))) continue;
    return n;
  }
  return 0;
}

/**
 * Where a saint's facility name starts when a health system's name comes first
 * ("Ascension St. Vincent", "Providence St. Joseph"): up to two capitalised words right
 * before "St." that are not ordinary words, after a place cue or mid-sentence.
 */
function systemNameStart(scan: Scan, saintAt: number): number {
  const { tokens } = scan;
  let k = tokenIndexAt(scan, saintAt);
  let start = saintAt;
  for (let taken = 0; k > 0 && taken < 2; taken++) {
    const prev = tokens[k - 1]!;
    const gap = scan.text.slice(prev.rawEnd, tokens[k]!.start);
    if (gap !== " " || !prev.cap || prev.handle || prev.flags & (lexicon.NOT_NAME | lexicon.STAFF | lexicon.CUE) || NOT_PLACES.has(prev.lower)) break;
    if (prev.sentenceStart && !(k > 1 && tokens[k - 2]!.flags & F_PLACE_CUE)) break;
    // "pt Jones St. Mary's": a name after a patient cue is not the system's.
    if (k > 1 && tokens[k - 2]!.flags & lexicon.CUE) break;
    start = prev.start;
    k--;
  }
  return start;
}

/**
 * Whether FACILITY may match: its kind ("Hospital", "Medical Center") follows spaces after the
 * name's last word, `[A-Z][A-Za-z'&.-]+`. The kind's first word is a facility word's token or
 * the token before it ("Medical" of "Medical Center"); where the kind may end inside a token
 * ("Hospital-based", a non-ASCII letter after it) that token counts as a facility word. Most
 * messages with a facility word ("home", "care", "unit") have no capitalised word before it.
 */
export function mayHoldFacility(scan: Scan): boolean {
  const { text, tokens } = scan;
  for (let i = 0; i < scan.count; i++) {
    const t = tokens[i]!;
    if (!(t.flags & F_FACILITY) && !patternMayEndIn(scan, t)) continue;
    if (capitalisedWordBefore(text, t.start, false, true) || (i > 0 && capitalisedWordBefore(text, tokens[i - 1]!.start, false, true))) return true;
  }
  return false;
}

/**
 * Whether CITY_STATE may match, once mayHoldState: a state (a state word's token, or one a
 * pattern's word may end inside) after spaces, maybe a comma, and a capitalised word (the
 * city's last: `[A-Z][a-z'.-]+` or `[A-Z]{2,}`). "new", "north", "west" are state words, and
 * most messages with one have no capitalised word before it.
 */
export function stateAfterCapitalisedWord(scan: Scan): boolean {
  const { text, tokens } = scan;
  for (let i = 0; i < scan.count; i++) {
    const t = tokens[i]!;
    if (!(t.flags & F_STATE_NAME) && !(t.length === 2 && t.upper) && !patternMayEndIn(scan, t)) continue;
    if (capitalisedWordBefore(text, t.start, true, false)) return true;
  }
  return false;
}

/** `[A-Za-z'.-]`, and "&" when `ampersand`: a character of a capitalised word of FACILITY or CITY_STATE. */
function isNameWordChar(c: number, ampersand: boolean): boolean {
  // (Latin-1 letters too, as FACILITY reads them: "Chimayó".)
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 46 || c === 45 || (ampersand && c === 38) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/**
 * Whether the text before `at` ends with `[A-Z][A-Za-z'.-]+,?\s+` (the comma when `comma`,
 * "&" among the letters when `ampersand`): spaces, after a run of word characters with an
 * ASCII capital before its last one. Reads back over one gap and one word only.
 */
function capitalisedWordBefore(text: string, at: number, comma: boolean, ampersand: boolean): boolean {
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === at) return false;
  if (comma && k > 0 && text.charCodeAt(k - 1) === 44) k--;
  const last = k - 1;
  while (k > 0 && isNameWordChar(text.charCodeAt(k - 1), ampersand)) {
    k--;
    const c = text.charCodeAt(k);
    if (((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) && k < last) return true;
  }
  return false;
}

/**
 * The words AGENCY and COUNTY end with, as written there (case counts). Each follows
 * whitespace, so it starts a token: a text with no token starting with one skips the pattern.
 */
const AGENCY_WORDS = ["PD", "FD", "EMS", "Police", "Sheriff", "Fire"];
const COUNTY_WORDS = ["County", "Parish"];

/** One bit (1 << (c - 65)) per ASCII capital c some word of `words` starts with. */
function capitalsOf(words: readonly string[]): number {
  let bits = 0;
  for (const w of words) bits |= 1 << (w.charCodeAt(0) - 65);
  return bits;
}
const AGENCY_CAPITALS = capitalsOf(AGENCY_WORDS);
const COUNTY_CAPITALS = capitalsOf(COUNTY_WORDS);

/** One bit (as capitalsOf) per ASCII capital some token starts with. */
function startCapitals(scan: Scan): number {
  const { text, tokens } = scan;
  let bits = 0;
  for (let i = 0; i < scan.count; i++) {
    const c = text.charCodeAt(tokens[i]!.start);
    if (c >= 65 && c <= 90) bits |= 1 << (c - 65);
  }
  return bits;
}

/** Whether some token's text starts with one of `words` (each starting with an ASCII capital). */
function tokenStartsWithAny(scan: Scan, words: readonly string[]): boolean {
  const { text, tokens } = scan;
  // (One bit per capital some word starts with: most capitalised tokens start with none.)
  const firsts = capitalsOf(words);
  for (let i = 0; i < scan.count; i++) {
    const start = tokens[i]!.start;
    const c = text.charCodeAt(start);
    if (c < 65 || c > 90 || ((firsts >>> (c - 65)) & 1) === 0) continue;
    for (const w of words) if (w.charCodeAt(0) === c && text.startsWith(w, start)) return true;
  }
  return false;
}

/**
 * The words AGENCY_LOWER ends with. Each follows whitespace, so it starts a token: a text
 * with no token starting with one (in any case) skips the pattern.
 */
const AGENCY_LOWER_WORDS = ["pd", "fd", "police", "sheriff", "county", "parish", "prison", "jail", "school"];

/** Whether some token's text starts with one of `words` (lower-case ASCII letters) in any case. */
function tokenStartsWithAnyLower(scan: Scan, words: readonly string[]): boolean {
  const { text, tokens } = scan;
  for (let i = 0; i < scan.count; i++) {
    const start = tokens[i]!.start;
    const c = text.charCodeAt(start) | 32;
    for (const w of words) {
      if (w.charCodeAt(0) !== c) continue;
      let k = 1;
      while (k < w.length && (text.charCodeAt(start + k) | 32) === w.charCodeAt(k)) k++;
      if (k === w.length) return true;
    }
  }
  return false;
}

/** Whether a state code is a word of a lower-case text ("il", "wi"). */
export function mayHoldLowerState(scan: Scan): boolean {
  const { text, tokens } = scan;
  for (let i = 0; i < scan.count; i++) {
    const t = tokens[i]!;
    if (t.length === 2 && STATE_CODES.has(((text.charCodeAt(t.start) - 32) << 8) | (text.charCodeAt(t.start + 1) - 32))) return true;
  }
  return false;
}

/**
 * Whether CITY_STATE_LOWER, once mayHoldLowerState, can yield anything: a match takes a town
 * only when its last word is a word of a city's name, and a ZIP only after the state. So some
 * state code (or a token a pattern's word may end inside) must follow a city word (and maybe
 * a comma) or come before spaces and five digits. "in", "me", "or", "ok" are state codes, and
 * text typed in lower case ran this pattern, at every word, for nearly every message.
 */
export function lowerStateMayYield(scan: Scan): boolean {
  loadPlaces();
  const { text, tokens } = scan;
  for (let i = 0; i < scan.count; i++) {
    const t = tokens[i]!;
    if (patternMayEndIn(scan, t)) return true;
    if (t.length !== 2) continue;
    // (A word of two letters is the pattern's state only as a code in lower case: "is", "at", "to" are none.)
    if (!STATE_CODES.has(((text.charCodeAt(t.start) - 32) << 8) | (text.charCodeAt(t.start + 1) - 32))) continue;
    if (zipAfter(text, t.end) || cityWordBefore(text, t.start)) return true;
  }
  return false;
}

/** Whether spaces then five digits follow `at`. */
function zipAfter(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  if (k === at) return false;
  for (let d = 0; d < 5; d++) if (!(text.charCodeAt(k + d) >= 48 && text.charCodeAt(k + d) <= 57)) return false;
  return true;
}

/** Whether the text before `at` is spaces, after maybe a comma, after a word of `[a-z][a-z'.-]+` that is a word of a city's name. */
function cityWordBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === at) return false;
  if (k > 0 && text.charCodeAt(k - 1) === 44) k--;
  const end = k;
  while (k > 0 && isLowerWordChar(text.charCodeAt(k - 1))) k--;
  return end - k >= 2 && isLowerLetter(text.charCodeAt(k)) && cityWordTable!.find(text, k, end, false) === 1;
}

/** The word (lower case, letters and apostrophes) that spaces end right before `at` in `text`, or undefined. */
function lowerWordBefore(text: string, at: number): string | undefined {
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const end = k;
  while (k > 0 && /[\p{L}'’]/u.test(text[k - 1]!)) k--;
  return k < end ? text.slice(k, end).toLowerCase() : undefined;
}

/** `[a-z'.-]`. */
function isLowerWordChar(c: number): boolean {
  return isLowerLetter(c) || c === 39 || c === 46 || c === 45;
}
function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * A facility's name in lower case ending with its kind at text[kindStart, kindEnd): up to
 * four words before it, back to a word of our lists or punctuation, without leading service
 * words ("the heart failure clinic" is none). Taken only when the name is two words or more,
 * holds a word no English list knows or a town, or names the place it serves ("... of ukiah").
 */
function lowerFacility(text: string, kindStart: number, kindEnd: number, out: Detection[], mode = FacilityMode.Listed, original?: string): void {
  const before = text.slice(Math.max(0, kindStart - 60), kindStart);
  // The words before the kind, whatever spaces or tabs separate them from it.
  const spoken = before.trimEnd();
  const words = spoken.length < before.length ? splitAtSpaces(spoken) : [];
  const name: string[] = [];
  const treatment = TREATMENT_KINDS.has(text.slice(kindStart, kindEnd));
  const mission = text.slice(kindStart, kindEnd) === "mission";
  if (possessiveStay(before, text.slice(kindStart, kindEnd))) return;
  // ("school physicals clinic", "pharmd chen covering clinic": a service or a staffing verb before the kind.)
  const justBefore = words[words.length - 1];
  if (justBefore !== undefined && (OFFERED_BEFORE_KIND.has(justBefore) || STAFFING_VERBS.has(justBefore))) return;
  let opened = 0;
  let k = words.length - 1;
  // (Up to four words, and "of" with the words around it: "holy name of ... mission hospital".)
  for (; k >= 0 && name.length < (name.includes("of") ? 6 : 4); k--) {
    const w = words[k]!;
    // "our lady of sorrows", "our lady of the pines": the words before "of" belong too.
    const of = w === "the" && words[k - 1] === "of" ? k - 1 : k;
    if (words[of] === "of" && words[of - 1] === "lady" && words[of - 2] === "our") {
      name.unshift(...words.slice(of - 2, k + 1));
      break;
    }
    // ("(lakeshore pediatric clinic)": an opening bracket or quote is no part of the name.)
    const bare = w.replace(/^[("“]/, "");
    // ("sisters of mercy hospice": "of" after the order's word.)
    if (bare === "of" && name.length > 0 && k > 0 && ORDER_WORDS.has(words[k - 1]!)) {
      name.unshift(bare);
      continue;
    }
    // ("hotel quayside suites": the cue is no part of the name.)
    // (Nor a letter of shorthand: "to liberty w home health".)
    if (mode !== FacilityMode.Listed && (KIND_ANCHORS.has(bare) || (bare.length < 2 && bare !== "&"))) break;
    // ("near redline auto body": a place's preposition is no part of the name; nor "employer".)
    // ("home health vs transitional care": nor a word between alternatives.)
    if (AT_PLACE.has(bare) || EMPLOYER_WORDS.has(bare) || ALTERNATIVE_WORDS.has(bare)) break;
    // ("pt's church", "mom's clinic": someone's place, named by no name; "st. mary's" stays.)
    // ("acadiana women's clinic": whom a clinic serves is part of its name.)
    if ((bare.endsWith("'s") || bare.endsWith("’s")) && NOT_A_NAME.has(bare.slice(0, -2)) && !INNER_SERVICE_WORDS.has(bare)) break;
    // ("goodnight & sons funeral home": "&" between the name's words.)
    // ("kessler tire & lube": or between the name and its kind.)
    if (bare === "&" && k > 0 && /^[a-z][a-z'-]*$/.test(words[k - 1]!)) {
      name.unshift(bare);
      continue;
    }
    // ("main st pharmacy": a street's name inside a facility's, with the word before it.)
    if (STREET_IN_NAME.has(bare) && k > 0 && /^[a-z][a-z'-]*$/.test(words[k - 1]!) && !SERVICE_WORDS.has(words[k - 1]!)) {
      name.unshift(words[k - 1]!, bare);
      k--;
      continue;
    }
    // ("bemidji family clinic": a service word inside a name is part of it; one that leads is dropped below.)
    // ("new bedford scallop packers": the first word of a listed town of two.)
    if (name.length > 0 && DIRECTIONS.has(bare) && cities!.has(`${bare} ${name[0]}`)) {
      name.unshift(bare);
      continue;
    }
    // ("hmong family resource center", "korean baptist church": a people's or language's word, which no English list
    // holds, inside a name before another of its words.)
    // ("new beginnings sober living": an opener before a word of the name's own.)
    // ("chimayó pharmacy": letters with accents too.)
    if (!/^[a-zß-öø-ÿ][a-zß-öø-ÿ'&-]*$/.test(bare) || (NOT_A_NAME.has(bare) && !INNER_SERVICE_WORDS.has(bare) && !(name.length > 0 && (peoplesWord(bare, name[0]!) || (NAME_OPENERS.has(bare) && opensName(bare, name[0]!)))))) {
      // ("kettle falls community hospital": a town named with an ordinary word.)
      for (let m = 3; m >= 2; m--) {
        if (k - m + 1 < 0 || !/^[a-z][a-z'&-]*$/.test(bare)) continue;
        const town = words.slice(k - m + 1, k + 1);
        if (town.every((x) => /^[a-z][a-z'-]*$/.test(x)) && cities!.has(town.join(" "))) {
          name.unshift(...town);
          k -= m;
          break;
        }
      }
      break;
    }
    // ("she wants hollins gate assisted living": a verb of choosing ends the words before the name.)
    if (CHOICE_VERBS.has(bare)) break;
    // ("served one combat mission", "on a medical mission": a mission's purpose, a count or a verb ends a mission's name.)
    if (mission && (MISSION_NOT_NAME.has(bare) || /\d/.test(bare) || (/(?:ed|ing)$/.test(bare) && isEnglishWord(bare, 0, bare.length)))) break;
    // Kinds that are also treatments ("declined dialysis", "refusing rehab"): no verb in the name.
    // ("... health takes dialysis": a verb in the present before the treatment leaves no name.)
    if (treatment && name.length === 0 && TREATMENT_VERBS.has(bare)) return;
    if (treatment && /(?:ed|ing)$/.test(bare) && isEnglishWord(bare, 0, bare.length)) break;
    name.unshift(bare);
    if (bare !== w) {
      opened = 1;
      k--;
      break;
    }
  }
  // ("st. ansgar's medical center", "mt. carmel hospital": a saint's or mount's short word before the name is part of it.)
  // ("church (mt. zion ame)": maybe after an opening bracket.)
  const mount = words[k]?.replace(/^[("“]/, "");
  if (name.length > 0 && opened === 0 && k >= 0 && k === words.length - name.length - 1 && SAINT_OR_MOUNT.has(mount!)) {
    name.unshift(mount!);
    if (mount !== words[k]) opened = 1;
    // ("(greater mt. olive baptist church)": "greater" opens a church's name before a mount's, maybe after a bracket.)
    const opener = opened === 1 ? undefined : words[k - 1]?.replace(/^\(/, "");
    if (opener === "greater") {
      name.unshift(opener);
      if (opener !== words[k - 1]) opened = 1;
    }
  }
  // ("greater new hope missionary baptist church": "greater" opens a congregation's name.)
  if (name.length > 0 && opened === 0 && k >= 0 && k === words.length - name.length - 1 && words[k] === "greater" && CHURCH_KINDS.has(text.slice(kindStart, kindEnd))) {
    name.unshift("greater");
    k--;
  }
  // The window's first word may be cut: never start a span inside it.
  if (kindStart > 60 && name.length === words.length) name.shift();
  // ("... assisted living outpatient pharmacy": the pharmacy of the facility before it, found by that kind.)
  if (departmentOfFacility(name)) return;
  // ("... urgent care & bellweather hospice house": an "&" that joined the name to another facility's opens none.)
  // ("blue mesa casino", "gold canyon inn": a colour or shore word opening a name of more words stays.)
  // ("first baptist church": an ordinal before a denomination opens a church's name.)
  // (The word before the name, or the last one dropped, tells a generic "the women's clinic".)
  let dropped = words[k]?.replace(/^[("“]/, "");
  // ("second ebenezer ame", "first grace church": an ordinal opens a congregation's name before its own word.)
  const congregation = CHURCH_KINDS.has(text.slice(kindStart, kindEnd));
  while (name.length > 0 && ((skippableWord(name[0]!, dropped, name[1]) && !(name.length > 1 && peoplesWord(name[0]!, name[1]!)) && !(congregation && name.length > 1 && ORDINAL_WORDS.has(name[0]!)) && !(name[0] === "our" && name[1] === "lady") && !STREET_IN_NAME.has(name[1] ?? "") && !opensName(name[0]!, name[1])) || name[0] === "&")) dropped = name.shift();
  // ("shelter bethany house women's shelter", "school little sprouts daycare": a kind's word before a name of two words or more labels it.)
  if (name.length > 2 && KIND_LABELS.has(name[0]!)) name.shift();
  if (name.length === 1 && ownersChurch(text, kindEnd)) {
    const at = kindStart - before.length + wordSpan(spoken, words.length - 1)[0] + opened;
    ownerNamed(text, at, at + name[0]!.length, out);
    return;
  }
  // "... of ukiah", "... of fond du lac": the longest run of up to three words that is a town.
  const tail = /^\s+of\s+([a-z][a-z'.-]+)(?:\s+([a-z][a-z'.-]+))?(?:\s+([a-z][a-z'.-]+))?/.exec(text.slice(kindEnd, kindEnd + 50));
  let served = 0;
  for (let k = 3; tail && k >= 1 && served === 0; k--) {
    const town = tail.slice(1, k + 1);
    if (town.every((w) => w !== undefined) && cities!.has(town.join(" "))) {
      const townAt = tail[0].indexOf(tail[1]!);
      served = townAt + wordSpan(tail[0].slice(townAt), k - 1)[1];
    }
  }
  // "accepted from mercy clinic": after a place cue one ordinary word names the facility too.
  // ("sent to wrong pharmacy", "at the usual clinic": no adjective alone.)
  // (For the kinds added later a word of one or two letters is shorthand, not a name: "liberty w home health".)
  const known = name.some((w) => (cities!.has(w) && (mode === FacilityMode.Listed || !COMMON_WORD_CITIES.has(w))) || (!isEnglishWord(w, 0, w.length) && (mode === FacilityMode.Listed || /^[a-z]{3,}/.test(w))));
  // (Kinds added for holdout8's classes: also after "via", "hotel", "pharmacy" or a label's colon.)
  const anchor = words[k] ?? "";
  // ("outside pharmacy bowline pharmacy": a listed kind after the word of its kind.)
  // ("employer is redline auto body": an employer's "is".)
  // ("employer sunrise poultry", "works nights at redline trucking", "after work at ...": an employer's name.)
  // ("held by employer at ozark ridge distribution": an employer's "at".)
  // ("a note for eden valley dairy, employee # ...": an employee's number after the name.)
  const employer = ((anchor === "is" || anchor === "at") && k > 0 && EMPLOYER_WORDS.has(words[k - 1]!)) || EMPLOYER_WORDS.has(anchor) || ((anchor === "at" || anchor === "for") && workBefore(words, k)) ||
    EMPLOYEE_AFTER.test(text.slice(kindEnd, kindEnd + 16));
  // ("home health through heritage nursing & rehab": a service through a listed kind's place.)
  const cued = AT_PLACE.has(anchor) || PLACE_KIND_ANCHORS.has(anchor) || anchor === "through" || (mode !== FacilityMode.Listed && (employer || KIND_ANCHORS.has(anchor) || (anchor.endsWith(":") && anchor.length > 2)));
  // (Nor a name all of a service's generic words: "obtained through specialty pharmacy,", "sent to hospital pharmacy", "at mail order pharmacy".)
  if (name.length > 0 && !known && name.every((w) => GENERIC_SERVICE_WORDS.has(w))) return;
  // (Nor one of modifiers that sort the kind: "held in immigration detention", "came from federal correctional", "go to short term transitional care".)
  if (name.length > 0 && name.every((w) => KIND_SORT_WORDS.has(w))) return;
  // (Nor a trade's word after what it raises, grows or sells, or a generic adjective: "works at chicken farms,", "cattle feedlot",
  // "pork slaughterhouse", "apple orchards", "frozen foods", "mexican seafood", "regional dairy".)
  if (name.length > 0 && TRADE_KINDS.has(text.slice(kindStart, kindEnd)) && name.every((w) => TRADE_GENERIC_WORDS.has(w))) return;
  // (A processor's or a packing plant's name holds a word beside what it processes: "works at kettleby packing", "bayou
  // bend catfish processors"; not "works at sterile processing", "employed at food processing", "works at chicken processors",
  // a hospital's department or a trade.)
  if (PROCESSING_KINDS.has(text.slice(kindStart, kindEnd)) && name.every((w) => TRADE_GENERIC_WORDS.has(w) || PROCESSED_GOODS.has(w))) return;
  // (A mission's name needs a word no English list holds, a place's cue or capitals: "search and rescue mission" is none.)
  if (mission && name.every((w) => RESCUE_WORDS.has(w))) return;
  if (mission && name.length > 0 && !known && !cued && !(original !== undefined && capitalisedWords(original, kindStart - before.length + wordSpan(spoken, words.length - name.length)[0] + opened, kindStart))) return;
  const unlisted = known || (cued && !(name.length === 1 && PLAIN_ADJECTIVES.has(name[0]!)));
  if (name.length === 0 || (name.length < 2 && !unlisted && served === 0)) return;
  const start = kindStart - before.length + wordSpan(spoken, words.length - name.length)[0] + opened;
  // ("infarct in the left MCA distribution", "eats Tyson poultry": such a trade's word without an employer's cue is its
  // ordinary sense; "driver at Sysco Distribution", a name in capitals after "at" or "near" in text with capitals, is not.)
  // (Nor after "at" with no employer's word a name that ends in an estate's word: "syncope at sunny acres dairy".)
  if (mode === FacilityMode.Employed && !employer && !((anchor === "at" || anchor === "near") && ((original !== undefined && capitalisedWords(original, start, kindStart)) || (name.length >= 2 && LANDSCAPE_WORDS.has(name[name.length - 1]!))))) return;
  // Kinds that are ordinary words in clinical text ("home care", "drug", "park") need a word no
  // English list holds, a cue before the name, or the name's capitals in text with capitals.
  // (Or a name that ends with an estate's word: "juniper hollow recovery".)
  // (A kind named only with a name of its own takes neither: "Slow Recovery", "ERAS: enhanced recovery".)
  if (mode >= FacilityMode.Weak && !known && !LANDSCAPE_WORDS.has(name[name.length - 1]!) && (mode === FacilityMode.Named || (!((employer || (cued && !AT_PLACE.has(anchor))) && !name.every((w) => PLAIN_ADJECTIVES.has(w) || isGivenName(w))) && !(original !== undefined && capitalisedWords(original, start, kindStart))))) return;
  // ("twin Kaia, school Okmulgee Head Start": in text with capitals, lower-case words before a capitalised name and
  // kind are what the text calls it, no part of its name.)
  out.push({ start: original === undefined ? start : capitalisedNameStart(original, start, kindStart), end: kindEnd + served, type: "LOCATION" });
  townAfterFacility(text, kindEnd + served, true, out);
}

/**
 * Whether `word` (lower case) is a people's or a language's, one NOT_A_NAME holds but no English list ("hmong",
 * "korean"; not "snf", "pt"), before `next`, a word facilities' names hold ("hmong family ...", "korean baptist ...";
 * not "spanish speaking clinic").
 */
function peoplesWord(word: string, next: string): boolean {
  return (INNER_SERVICE_WORDS.has(next) || CONGREGATION_WORDS.has(next)) && word.length > 3 && NOT_A_NAME.has(word) && !isEnglishWord(word, 0, word.length);
}

/** Where the capitalised words before a capitalised kind at `kindStart` start in `original`, from `start` on (else `start`). */
function capitalisedNameStart(original: string, start: number, kindStart: number): number {
  if (!isAsciiCapital(original.charCodeAt(kindStart))) return start;
  let at = start;
  while (at < kindStart && !isAsciiCapital(original.charCodeAt(at))) {
    while (at < kindStart && !isSpaceCode(original.charCodeAt(at))) at++;
    while (at < kindStart && isSpaceCode(original.charCodeAt(at))) at++;
  }
  return at < kindStart ? at : start;
}

/** Whether `c` is a character code of "A" to "Z". */
function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether `first` and `last` (lower case) are the two words of a kind MORE_KINDS reads ("halfway house": no town Halfway then). */
function kindOfTwo(first: string, last: string): boolean {
  return (MORE_KINDS.get(last) ?? []).some(([kind]) => kind.length === 2 && kind[0] === first);
}

/** Kinds' words that label the name after them ("shelter bethany house ...", "school little sprouts daycare"). */
const KIND_LABELS = new Set(["shelter", "school", "church", "daycare", "employer"]);

/** A church's name in brackets right after `at` ("(Holy Trinity Greek Orthodox)", "(Iglesia Pentecostal ...)"; sticky). */
const CHURCH_IN_BRACKETS = /[^\S\n]*\((?=[^)\n]{0,60}?(?<![\p{L}])(?:church|orthodox|iglesia|igreja|temple|mosque|masjid|synagogue|gurdwara|chapel|parish|cathedral|tabernacle|baptist|methodist|lutheran|catholic|pentecostal|presbyterian|episcopal|adventist)(?![\p{L}]))/iuy;

/**
 * Whether a church's own name follows in brackets at `kindEnd` ("Ghazaryan church (Holy Trinity Greek Orthodox)"):
 * the one word before the kind then says whose church it is, a family's, and names no place.
 */
function ownersChurch(text: string, kindEnd: number): boolean {
  if (!/church$/i.test(text.slice(Math.max(0, kindEnd - 6), kindEnd))) return false;
  CHURCH_IN_BRACKETS.lastIndex = kindEnd;
  return CHURCH_IN_BRACKETS.test(text);
}

/** The family whose church it is, text[start, end), a name when no English list holds it ("Hawrami church (...)"; not "our church (...)"). */
function ownerNamed(text: string, start: number, end: number, out: Detection[]): void {
  const lower = text.slice(start, end).toLowerCase();
  if (!/^[\p{L}'-]+$/u.test(lower) || NOT_A_NAME.has(lower) || SERVICE_WORDS.has(lower) || isEnglishWord(lower, 0, lower.length)) return;
  out.push({ start, end, type: "NAME" });
}

/** Kinds that after a town's name alone name that town's facility, not one of its own name ("Hilo hospital"). */
const PLAIN_KINDS = new Set(["hospital", "clinic"]);

/** Whether `lower` is an English word ending in "-ing" or "-ed" ("waiting", "needed"): a verb's form, no facility's name alone. */
function verbForm(lower: string): boolean {
  return /(?:ing|ed)$/.test(lower) && isEnglishWord(lower, 0, lower.length);
}

/**
 * Whether `name` (its words) is a listed town and `kind` (as written) a plain kind in lower case: in text with
 * capitals that is the town's facility, not one of its own name. (In text typed in one case nothing tells "Dubbo
 * Hospital" from "dubbo hospital": the kind is kept in the name there.)
 */
function townWithPlainKind(name: readonly string[], kind: string): boolean {
  if (!PLAIN_KINDS.has(kind) || name.length === 0 || name.length > 3) return false;
  const town = name.join(" ").toLowerCase();
  return isUsCity(town) || isWorldCity(town);
}

/** Ordinary words that open a facility's name before a word of its own ("blue mesa", "gold canyon", "bay ridge"). */
// ("New Beginnings Sober Living": "new" before a word of its own.)
const NAME_OPENERS = new Set(["blue", "gold", "bay", "new"]);
/** Denominations, which after a word of a church's own ("first", "grace") are part of its name ("first baptist church"). */
const DENOMINATIONS = new Set(["baptist", "methodist", "lutheran", "presbyterian", "episcopal", "catholic", "orthodox", "pentecostal", "adventist", "evangelical", "mennonite", "nazarene", "congregational", "reformed", "apostolic", "ame", "wesleyan", "moravian"]);
/** Kinds of a congregation, lower case ("church", "ame"): an ordinal before its name is the name's. */
const CHURCH_KINDS = new Set(["church", "ame", ...DENOMINATIONS]);
/** Words of a congregation's name after a people's word ("hmong alliance church", "korean bible church"). */
const CONGREGATION_WORDS = new Set(["alliance", "bible", "gospel", "christian", "fellowship", "covenant", "assembly", "mission", "evangelical"]);
/** DENOMINATIONS as token words. */
const DENOMINATION_TOKENS = new TokenWords(DENOMINATIONS);
/** Words a church's name follows as a place ("pastor from Grace Lutheran", "attends Bethel AME"). */
const CHURCH_CUES = new Set(["from", "at", "to", "attends", "attend", "attended", "attending", "member", "members", "congregation"]);
/** Words before a denomination that name a tradition or a church's kind, no church ("Greek Orthodox", "Southern Baptist", "Roman Catholic"). */
const TRADITION_WORDS = new Set(["greek", "russian", "serbian", "coptic", "roman", "southern", "northern", "american", "eastern", "oriental", "ethiopian", "eritrean",
  "syrian", "armenian", "antiochian", "romanian", "ukrainian", "bulgarian", "independent", "missionary", "primitive", "free", "united", "conservative", "reformed",
  "evangelical", "orthodox", "catholic", "lutheran", "baptist", "methodist", "episcopal", "presbyterian", "pentecostal", "practicing", "practising", "devout", "lapsed",
  "strict", "raised", "former", "irish", "italian", "polish", "mexican", "korean", "chinese", "haitian", "german", "dutch", "swedish", "norwegian", "finnish", "black", "white"]);
/** A people's or a place's adjective, or a church's size, place or manner, before a denomination: the kind of church, no name ("attends Filipino Catholic;", "attends small pentecostal."). */
const CHURCH_DESCRIPTORS = new Set(["filipino", "samoan", "tongan", "fijian", "nigerian", "ghanaian", "kenyan", "liberian", "congolese", "cameroonian", "hispanic", "latin", "latino", "latina",
  "african", "caribbean", "jamaican", "cuban", "salvadoran", "guatemalan", "honduran", "dominican", "brazilian", "indian", "pakistani", "arab", "lebanese", "egyptian", "palestinian",
  "iraqi", "persian", "french", "english", "scottish", "welsh", "canadian", "australian", "taiwanese", "cambodian", "laotian", "micronesian", "hawaiian", "native", "indigenous",
  "chaldean", "maronite", "melkite", "ruthenian", "byzantine", "anglican", "small", "big", "large", "little", "local", "nearby", "traditional", "neighborhood", "neighbourhood",
  "community", "rural", "online", "storefront", "tiny", "liberal", "progressive", "charismatic", "bilingual", "ethnic", "immigrant", "family", "usual", "regular", "same", "old", "new",
  "spanish-speaking", "english-speaking", "home", "house", "youth", "mainline", "fundamentalist", "nondenominational", "non-denominational"]);

/**
 * "pastor from Grace Lutheran;", "attends second ebenezer ame (...)": a church named by a word of its own and its
 * denomination (token `i`), no kind after it, closing the clause, after a place's or a congregation's word. The name's word
 * is no tradition's ("raised Greek Orthodox", "from a Southern Baptist family" stay), capitalised in text typed in both
 * cases; an ordinal may open it. A kind after the denomination is FACILITY's ("Grace Lutheran Church").
 */
function churchByDenominationAt(scan: Scan, i: number, out: Detection[]): void {
  const { text, tokens } = scan;
  const t = tokens[i]!;
  if (!t.wordGap || !closesClause(text, t.end)) return;
  const mixed = !scan.lowerCase && !scan.upperCase;
  let first = i - 1;
  const nameWord = tokens[first]!;
  if (TRADITION_WORDS.has(nameWord.lower) || CHURCH_DESCRIPTORS.has(nameWord.lower) || nameWord.length < 3 || !/^[a-z][a-z'-]*$/.test(nameWord.lower) || (mixed && !nameWord.cap)) return;
  if (NOT_A_NAME.has(nameWord.lower) && !ORDINAL_WORDS.has(nameWord.lower)) return;
  // ("second ebenezer ame": an ordinal opening the name.)
  if (first > 1 && nameWord.wordGap && ORDINAL_WORDS.has(tokens[first - 1]!.lower) && (!mixed || tokens[first - 1]!.cap)) first--;
  if (first < 1 || !tokens[first]!.wordGap || !CHURCH_CUES.has(tokens[first - 1]!.lower)) return;
  out.push({ start: tokens[first]!.start, end: t.end, type: "LOCATION" });
}

/** Ordinals that open a church's name before its denomination ("first baptist", "second presbyterian"). */
const ORDINAL_WORDS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]);

/**
 * Whether `word`, ordinary as it is, names the facility whose capitalised kind follows it, as its town: capitalised in
 * text typed in both cases, a listed US town, right after a place's word ("get to Normal Family Medicine", "to Normal
 * Regional Hospital"; "Normal saline" has no kind after it, "the Family Medicine clinic" no town).
 */
function townNamesKind(scan: Scan, word: string, prev: string | undefined): boolean {
  return !scan.lowerCase && !scan.upperCase && prev !== undefined && AT_PLACE.has(prev) && /^[A-Z][a-z]{3,}$/.test(word) && isUsCity(word.toLowerCase()) && !EPONYMS.has(word.toLowerCase());
}

/** Whether `word` (lower case), ordinary as it is, opens a facility's name before `next`: "blue mesa", "first baptist". */
function opensName(word: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (NAME_OPENERS.has(word)) return !skippableWord(next);
  // ("new bedford scallop packers": the first word of a listed town of two.)
  if (DIRECTIONS.has(word) && !skippableWord(next) && cities!.has(`${word} ${next}`)) return true;
  return ORDINAL_WORDS.has(word) && DENOMINATIONS.has(next);
}

/** Short words of a saint's or mount's name before a facility's name, lower case. */
const SAINT_OR_MOUNT = new Set(["st.", "st", "saint", "ste.", "mt.", "mt", "mount"]);

/** How lowerFacility takes a kind: one of FACILITY_KIND_WORDS, one added later that is rarely an ordinary phrase, one that often is, or one only a name of its own makes a place. */
const enum FacilityMode {
  Listed,
  Strong,
  Weak,
  /** As Weak, but neither a cue nor capitals make a name: a word no English list holds or an estate's word must ("recovery"). */
  Named,
  /** A trade's word, which names a place only as someone's employer: an employer's cue must come before it ("works at ... distribution"). */
  Employed,
}

/** Words before a facility's name that cue it, for the kinds added later ("via sandhill visiting nurses", "hotel quayside suites"). */
// ("church calvary tongan assembly": a church's word before a congregation's name.)
const KIND_ANCHORS = new Set(["via", "hotel", "motel", "pharmacy", "chemist", "by", "with", "through", "church"]);
/** An employee's number after a name (the name is an employer's: "..., employee # 4471"). */
const EMPLOYEE_AFTER = /^[^\S\n]*[,(]?[^\S\n]*employee[^\S\n]*(?:#|id\b|no\b|number\b)/i;
/** Words before "is" that make what follows an employer's name ("employer is sandhill roofing"). */
const EMPLOYER_WORDS = new Set(["employer", "employers", "workplace", "job"]);
/** Words of working before "at" or "for" ("works at", "works nights at", "after work at", "employed at"). */
// (And a trade's verb: "he welds at pacific seafood", "drives for ...".)
const WORK_WORDS = new Set(["work", "works", "working", "worked", "employed", "job", "shift", "shifts", "welds", "welder", "drives", "cooks", "cleans"]);
/** When someone works, between a word of working and "at" ("works nights at"). */
const WORK_TIMES = new Set(["nights", "days", "evenings", "weekends", "overnights", "nightshift", "part-time", "full-time", "there"]);

/** Whether words[k] ("at", "for") follows a word of working, maybe with when between ("works nights at"). */
function workBefore(words: readonly string[], k: number): boolean {
  // ("(works at ...": an opening bracket is no part of the word.)
  const prev = words[k - 1]?.replace(/^[("“]/, "");
  if (prev === undefined) return false;
  return WORK_WORDS.has(prev) || (WORK_TIMES.has(prev) && k > 1 && WORK_WORDS.has(words[k - 2]!));
}

/** KIND_ANCHORS that are kinds of place themselves, which cue any facility's name after them. */
const PLACE_KIND_ANCHORS = new Set(["hotel", "motel", "pharmacy", "chemist"]);

/** Street words inside a facility's name ("main st pharmacy"). */
const STREET_IN_NAME = new Set(["st", "street", "ave", "avenue"]);

/** Whether every word of text[start, end) starts with a capital and the next is lower case ("Kestrel", "Coldwater"). */
function capitalisedWords(text: string, start: number, end: number): boolean {
  const words = splitAtSpaces(text.slice(start, end).trim());
  return words.length > 0 && words.every((w) => /^[A-Z][a-z]/.test(w) || w === "&" || w === "of" || w === "the");
}

/** Kinds of two words that share their last, `last` after each of `firsts` ("lutheran home", "greek orthodox"), read in `mode`. */
function kindsOfTwo(firsts: readonly string[], last: string, mode: FacilityMode): [string[], FacilityMode][] {
  return firsts.map((first) => [[first, last], mode]);
}

/** Kinds of one word each ("roofing", "trucking"), as MORE_KINDS' entries read in `mode`. */
function kindsOfOne(kinds: readonly string[], mode: FacilityMode): [string, [string[], FacilityMode][]][] {
  return kinds.map((kind) => [kind, [[[kind], mode]]]);
}

/**
 * Facility kinds added for holdout8's classes, by their last word: [kind's words, mode]. A
 * funeral home, a mortuary, a mission house, visiting nurses, a marina, an inn, a pharmacy by
 * another name ("chemist", "drug"), home care, a park or beach, "X Valley General". Read in
 * lower case in every casing (lowerFacility); a town's nursing station is read apart.
 */
const MORE_KINDS = new Map<string, [string[], FacilityMode][]>([
  ["homes", [[["funeral", "homes"], FacilityMode.Strong]]],
  ["mortuary", [[["mortuary"], FacilityMode.Strong]]],
  ["chapel", [[["funeral", "chapel"], FacilityMode.Strong]]],
  // (Recovery and halfway houses, a trailer park, a workhouse and a preschool programme: "cornerstone recovery house",
  // "pine acres trailer park", "dane county workhouse", "okmulgee head start"; "a head start", "early head start" name none.)
  // (A church's home and an Orthodox parish by its church's people: "good shepherd lutheran home", "holy trinity greek orthodox".)
  // (And a state's home for its elders by its town or its own name: "Sitka Pioneer Home", "aspen pioneer home".)
  ["home", [[["funeral", "home"], FacilityMode.Strong], [["pioneer", "home"], FacilityMode.Strong], ...kindsOfTwo(["lutheran", "baptist", "methodist", "presbyterian", "episcopal", "catholic", "mennonite", "adventist"], "home", FacilityMode.Strong)]],
  ["orthodox", kindsOfTwo(["greek", "russian", "serbian", "ukrainian", "romanian", "antiochian", "coptic", "armenian", "ethiopian", "eritrean", "bulgarian", "syrian"], "orthodox", FacilityMode.Strong)],
  ["house", [[["mission", "house"], FacilityMode.Strong], [["recovery", "house"], FacilityMode.Strong], [["halfway", "house"], FacilityMode.Strong]]],
  ["workhouse", [[["workhouse"], FacilityMode.Strong]]],
  ["start", [[["head", "start"], FacilityMode.Strong]]],
  ["nurses", [[["visiting", "nurses"], FacilityMode.Strong]]],
  ["association", [[["visiting", "nurse", "association"], FacilityMode.Strong]]],
  ["chemist", [[["chemist"], FacilityMode.Strong]]],
  ["chemists", [[["chemists"], FacilityMode.Strong]]],
  ["apothecary", [[["apothecary"], FacilityMode.Strong]]],
  ["marina", [[["marina"], FacilityMode.Strong]]],
  ["inn", [[["inn"], FacilityMode.Strong]]],
  ["suites", [[["suites"], FacilityMode.Strong]]],
  ["motel", [[["motel"], FacilityMode.Strong]]],
  ["general", [[["valley", "general"], FacilityMode.Strong], [["county", "general"], FacilityMode.Strong], [["district", "general"], FacilityMode.Strong]]],
  ["care", [[["home", "care"], FacilityMode.Weak]]],
  ["health", [[["home", "health"], FacilityMode.Weak]]],
  ["drug", [[["drug"], FacilityMode.Weak]]],
  ["drugs", [[["drugs"], FacilityMode.Weak]]],
  ["park", [[["trailer", "park"], FacilityMode.Strong], [["park"], FacilityMode.Weak]]],
  ["beach", [[["beach"], FacilityMode.Weak]]],
  // Employers, by the kind of their trade ("Quarry Lane Auto Body", "Ferrant Packaging", "Oldfield Cold Storage",
  // "Sandhill Roofing"): a name no English list holds, its capitals, or a cue (an employer's, "near", "through").
  // (And a treatment centre named for recovery: "Juniper Hollow Recovery".)
  ["recovery", [[["recovery"], FacilityMode.Named]]],
  ["body", [[["auto", "body"], FacilityMode.Strong]]],
  ["repair", [[["auto", "repair"], FacilityMode.Strong]]],
  ["storage", [[["cold", "storage"], FacilityMode.Weak]]],
  // (Mills and casinos by their trade, a prison named without "prison": "Cinder Flats Corrections".)
  ["mill", [[["lumber", "mill"], FacilityMode.Weak], [["saw", "mill"], FacilityMode.Weak], [["paper", "mill"], FacilityMode.Weak], [["textile", "mill"], FacilityMode.Weak]]],
  ["sawmill", [[["sawmill"], FacilityMode.Weak]]],
  ["casino", [[["casino"], FacilityMode.Weak]]],
  // (A market and a school by a name of their own: "after work at pike place fish market", "teacher at chief kamiakin school".)
  ["market", [[["market"], FacilityMode.Weak]]],
  ["school", [[["school"], FacilityMode.Weak]]],
  ["corrections", [[["corrections"], FacilityMode.Weak]]],
  // (A rehabilitation centre without "center", and a middle school without "school", only where the text
  // speaks of school: "willowmere rehabilitation", "school nurse at keawe middle"; not "cardiac rehabilitation",
  // "right middle lobe".)
  ["rehabilitation", [[["rehabilitation"], FacilityMode.Named]]],
  ["middle", [[["middle"], FacilityMode.Named]]],
  // (A mall's food court, a tyre shop, a distributor and a packing plant: "employer tamarack mall food court", "... tire & lube",
  // "... valley distribution", "Harbor Point Clam Packers".)
  ["court", [[["food", "court"], FacilityMode.Weak]]],
  ...kindsOfOne(["packaging", "roofing", "trucking", "logistics", "freight", "construction", "landscaping", "plumbing", "lumber", "masonry", "welding", "excavating", "paving", "drywall", "cannery", "warehousing",
    "meatpacking", "slaughterhouse", "feedlot", "hatchery", "creamery"], FacilityMode.Weak),
  // (Trades whose word is also a clinical note's, a diet's or a team's, only as someone's employer: "works at ozark
  // valley distribution", "employer sunrise poultry"; not "left MCA distribution", "eats Tyson poultry", "Green Bay Packers game".)
  // (And a seafood processor, a dairy, a food company and a farm: "employer pacific seafood", "works at sunny acres dairy";
  // not "seafood allergy", "dairy intake", "no frozen foods", "lives on a farm".)
  ...kindsOfOne(["distribution", "packers", "lube", "meats", "poultry", "seafood", "seafoods", "dairy", "foods", "farms", "orchards",
    // (Kinds added for holdout15's classes: a packing plant and a processor by their trade, "lost job at riverside packing",
    // "works at delta catfish processors"; not "wound packing", "word processors".)
    "packing", "processors", "processing"], FacilityMode.Employed),
  // Kinds added for holdout13's classes: a renal (dialysis) centre, a family resource centre and an adult day centre
  // or programme ("Minden Renal Center", "lao family resource center", "cedar gate adult day program"), a long-term
  // care home by its shorthand ("juniper court ltc"), a youth ranch, a truck stop, and a congregation named by its
  // assembly or its denomination's shorthand ("bethel tongan assembly", "mt. hermon ame"; an assembly, which is a
  // device's part too, only with a word of its own, a cue or capitals).
  ...(["center", "centre"] as const).map((last): [string, [string[], FacilityMode][]] => [last, [[["renal", last], FacilityMode.Strong], [["resource", last], FacilityMode.Strong], [["adult", "day", last], FacilityMode.Strong], [["distribution", last], FacilityMode.Employed]]]),
  ["program", [[["adult", "day", "program"], FacilityMode.Strong]]],
  ...kindsOfOne(["ltc", "ame"], FacilityMode.Strong),
  ["ranch", kindsOfTwo(["youth", "boys", "girls"], "ranch", FacilityMode.Strong)],
  ["stop", [[["truck", "stop"], FacilityMode.Strong]]],
  ["assembly", [[["assembly"], FacilityMode.Weak]]],
  // (An intermediate school by its name: "volunteers at kealakehe intermediate"; not "intermediate risk".)
  ["intermediate", [[["intermediate"], FacilityMode.Weak]]],
  // (A comprehensive health centre by its place: "nurse at waianae coast comprehensive"; not "comprehensive metabolic panel".)
  ["comprehensive", [[["comprehensive"], FacilityMode.Weak]]],
  // (A mission by its name: "lives at open door mission"; not "on a mission", "medical mission trip".)
  ["mission", [[["mission"], FacilityMode.Strong]]],
  // (An Indian Health Service unit by its place: "from: crow agency ihs transfer center"; not "per IHS policy".)
  ["ihs", [[["ihs"], FacilityMode.Weak]]],
]);
const MORE_KIND_LAST = new TokenWords(MORE_KINDS.keys());
for (const w of [...TOKEN_PASS_WORDS, ...MORE_KINDS.keys(), ...KINDS_FIRST_WORDS, ...FOREIGN_CUE_WORDS, ...DENOMINATIONS]) TOKEN_PASS_BITS[lexicon.wordHash(w) & 1023] = 1;
/** Kinds of lodging, whose "the" is part of the name ("the Larchmont Inn"). */
const LODGING = new Set(["inn", "suites", "motel"]);
/** What may follow "drug" or "drugs" as a pharmacy's name ("Kestrel Drug on 5th", "..., fax", "sent to ... drug by mistake"); not "drug screen", "drug use". */
const AFTER_DRUG = /^(?:[^\S\n]*(?:[,.;:()\n]|[-–—]|\+?\d|$)|[^\S\n]+(?:on|in|at|of|by|fax|phone|tel|store|pharmacy|and|for|to|said|called|says)\b)/;
/** A word of working and one to three words of a name before a kind ("works at kestrel discount "). */
const WORKS_AT_NAME_BEFORE = /(?:^|[^a-z])(?:works?|working|worked|employed|job|employer)(?:[^\S\n]+(?:at|for|is))?[^\S\n]+(?:[a-z'&.-]+[^\S\n]+){1,3}$/;
/** A pharmacy's street after its name ("on 5th", "on elm st"). */
const ON_STREET = /^[^\S\n]+on[^\S\n]+(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+[^\S\n]+(?:st|street|ave|avenue|rd|road|blvd))\b/;

/** A clause's end after a word: punctuation, a line break or the text's end. */
const CLAUSE_ENDS_AFTER = /^[^\S\n]*(?:[,.;:!?)\n]|$)/;
/** A plan's words before "ihs" (the service as a payer: "secondary tribal ihs", "insurance ihs"). */
const INSURANCE_WORDS = new Set(["insurance", "ins", "secondary", "primary", "tribal", "coverage", "payer", "plan"]);
/** Whether token `i` closes a whole kind of MORE_KINDS ("school", "food court"; not the "court" of "juniper court"). */
function kindEndsAt(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  if (!MORE_KIND_LAST.has(tokens[i]!)) return false;
  // ("mountain comprehensive home health": "comprehensive" closes a name only where its clause ends.)
  if (tokens[i]!.is("comprehensive") && !CLAUSE_ENDS_AFTER.test(scan.text.slice(tokens[i]!.end, tokens[i]!.end + 4))) return false;
  return (MORE_KINDS.get(tokens[i]!.lower) ?? []).some(([kind]) => i - kind.length + 1 >= 0 && kind.every((w, j) => tokens[i - kind.length + 1 + j]!.is(w)));
}

/** Facilities of MORE_KINDS, and a town's nursing station ("Iqaluit nursing station calling"). */
function moreFacilityAt(scan: Scan, i: number, out: Detection[]): void {
  const { text, tokens } = scan;
  const t = tokens[i]!;
  const mixed = !scan.lowerCase && !scan.upperCase;
  if (t.is("station") && i > 1 && tokens[i - 1]!.is("nursing")) {
    townBeforeKind(scan, i - 1, mixed, out);
    return;
  }
  for (const [kind, mode] of MORE_KINDS.get(t.lower) ?? []) {
    const first = i - kind.length + 1;
    if (first < 0) continue;
    let ok = true;
    for (let j = 0; j < kind.length && ok; j++) ok = tokens[first + j]!.is(kind[j]!) && (j === 0 || isSpaceCode(text.charCodeAt(tokens[first + j]!.start - 1)));
    if (!ok) continue;
    // (A kind right after another names nothing by it: "school school ...", "casino trucking"; "juniper court ltc"
    // has no food court before its kind.)
    if (first === 0 || kindEndsAt(scan, first - 1)) return;
    if (kind[0] === "middle" && !speaksOfSchool(scan)) return;
    if (kind[0] === "comprehensive" && !CLAUSE_ENDS_AFTER.test(text.slice(t.end, t.end + 4))) return;
    // ("insurance ihs-880129": the service's letters on a code are no facility's.)
    if (kind[0] === "ihs" && (text.charCodeAt(t.end) === 45 || (first > 0 && INSURANCE_WORDS.has(tokens[first - 1]!.lower)))) return;
    // ("puebla school district": a district's town is the place, read with the agencies.)
    if (kind[0] === "school" && i + 1 < scan.count && (tokens[i + 1]!.is("district") || tokens[i + 1]!.is("board"))) return;
    const low = lowerTextOf(scan);
    if (low === undefined) return;
    let end = t.end;
    let taken = mode;
    if (kind[0] === "drug" || kind[0] === "drugs") {
      // (Or an employer's: "works at Kestrel Discount Drugs lol".)
      if (!AFTER_DRUG.test(low.slice(end, end + 12)) && !WORKS_AT_NAME_BEFORE.test(low.slice(Math.max(0, t.start - 60), t.start))) continue;
      // ("sent to kestrel drug on 5th": a pharmacy's street makes it one.)
      const street = ON_STREET.exec(low.slice(end, end + 30));
      if (street) {
        end += street[0].length;
        taken = FacilityMode.Strong;
      }
    }
    const found: Detection[] = [];
    lowerFacility(low, tokens[first]!.start, t.end, found, taken, mixed ? text : undefined);
    for (const d of found) {
      if (d.type !== "LOCATION" || d.end !== t.end) out.push(d);
      // ("at the Larchmont Inn": a lodging's "the" is part of its name.)
      else out.push({ start: LODGING.has(kind[0]!) && low.startsWith("the ", d.start - 4) ? d.start - 4 : d.start, end, type: "LOCATION" });
    }
    return;
  }
  // ("fall at tacoma general,": a town's general hospital after a place's preposition, in any casing.)
  if (t.is("general") && i > 1 && tokens[i]!.wordGap && tokens[i - 1]!.wordGap && AT_PLACE.has(tokens[i - 2]!.lower)) {
    const town = tokens[i - 1]!;
    if (town.length >= 4 && !ordinaryWord(town.lower) && (isUsCity(town.lower) || isWorldCity(town.lower))) out.push({ start: town.start, end: t.end, type: "LOCATION" });
  }
  // ("outside hosp bayou teche general calling": after a hospital's shorthand one or two words and "general" name it.)
  if (t.is("general") && tokens[i]!.wordGap) generalAfterHospitalWord(scan, i, out);
}

/** Shorthands for a hospital before its name ("outside hosp ...", "osh ..."; not "hospital", as in "hospital stay general ..."). */
const HOSPITAL_WORDS = new TokenWords(["hosp", "osh"]);

/**
 * "hosp bayou teche general": one or two words between a hospital's shorthand and "general" (token `i`), none a
 * word of our lists and one of five letters or more that no English list holds (not "hosp mgmt general").
 */
function generalAfterHospitalWord(scan: Scan, i: number, out: Detection[]): void {
  const { tokens } = scan;
  let named = false;
  for (let n = 1; n <= 2 && i - n - 1 >= 0; n++) {
    const word = tokens[i - n]!;
    if (!word.wordGap || !isAsciiLetterWord(word) || NOT_A_NAME.has(word.lower) || SERVICE_WORDS.has(word.lower)) return;
    named ||= word.length >= 5 && !isEnglishWord(word.lower, 0, word.lower.length);
    if (!HOSPITAL_WORDS.has(tokens[i - n - 1]!)) continue;
    if (named) out.push({ start: word.start, end: tokens[i]!.end, type: "LOCATION" });
    return;
  }
}

/**
 * "from our lady of the fields in ...", "Our Lady of Lourdes outpatient pharmacy": "Our Lady of"
 * names a hospital, a parish or its school whether or not a kind follows (token `i` is "lady").
 * The name's words after "of" (and "the"): in text with capitals its capitalised words, up to
 * three; in text typed in one case one word, since nothing marks where the name ends.
 */
function ourLadyAt(scan: Scan, i: number, out: Detection[]): void {
  const { tokens } = scan;
  if (i < 1 || i + 2 >= scan.count || !tokens[i - 1]!.is("our") || !tokens[i + 1]!.is("of")) return;
  const joined = (k: number): boolean => tokens[k]!.wordGap && tokens[k - 1]!.rawEnd === tokens[k - 1]!.end;
  if (!joined(i) || !joined(i + 1)) return;
  let k = i + 2;
  if (tokens[k]!.is("the") && k + 1 < scan.count && joined(k + 1)) k++;
  if (!joined(k) || !isAsciiLetterWord(tokens[k]!)) return;
  const mixed = !scan.lowerCase && !scan.upperCase;
  if (mixed && !tokens[k]!.cap) return;
  let last = k;
  if (mixed) while (last + 1 < scan.count && last - k < 2 && joined(last + 1) && tokens[last + 1]!.cap && !tokens[last + 1]!.upper && isAsciiLetterWord(tokens[last + 1]!)) last++;
  const lower = tokens[k]!.lower;
  if (NOT_PLACES.has(lower) || (NOT_A_NAME.has(lower) && !mixed)) return;
  out.push({ start: tokens[i - 1]!.start, end: tokens[last]!.end, type: "LOCATION" });
}

/** Whether a token is a word of two or more ASCII letters (no digits, no inner punctuation). */
function isAsciiLetterWord(t: Token): boolean {
  if (t.length < 2) return false;
  for (let k = 0; k < t.length; k++) if (((t.codeAt(k) | 32) < 97 || (t.codeAt(k) | 32) > 122)) return false;
  return true;
}

/**
 * "Iqaluit nursing station calling", "Lancaster Amtrak": the town before a nursing station or a line's station (token
 * `at` is "nursing" or the line's name), when a town list holds it or, capitalised, no English or name list does.
 */
function townBeforeKind(scan: Scan, at: number, mixed: boolean, out: Detection[]): void {
  const { tokens } = scan;
  for (let n = Math.min(3, at); n >= 1; n--) {
    const first = tokens[at - n]!;
    let ok = true;
    for (let j = at - n; j < at && ok; j++) ok = tokens[j + 1]!.wordGap && !NOT_A_NAME.has(tokens[j]!.lower) && !SERVICE_WORDS.has(tokens[j]!.lower) && (!mixed || tokens[j]!.cap);
    if (!ok) continue;
    const words = [];
    for (let j = at - n; j < at; j++) words.push(tokens[j]!.lower);
    const town = words.join(" ");
    const listed = isUsCity(town) || isWorldCity(town);
    if (!listed && !(n === 1 && mixed && !isEnglishWord(town, 0, town.length) && !isGivenName(town) && !isFamilyName(town))) continue;
    if (n === 1 && !mixed && ordinaryWord(town)) continue;
    out.push({ start: first.start, end: tokens[at - 1]!.end, type: "LOCATION" });
    return;
  }
}

/** Words of a religious order or society before "of" in a facility's name ("sisters of mercy", "daughters of charity"). */
const ORDER_WORDS = new Set(["sisters", "daughters", "brothers", "servants", "friends", "company", "lady", "name", "cross"]);

/** Facility kinds that are also treatments or activities. */
const TREATMENT_KINDS = new Set(["dialysis", "rehab", "daycare"]);

/** Ordinary words that may stand inside a facility's name ("bemidji family clinic", "blue ridge heart center"). */
const INNER_SERVICE_WORDS = new Set([...DENOMINATIONS, "methadone", "suboxone", "addiction", "recovery", "bay", "family", "memory", "pain", "heart", "sleep", "wound", "kidney", "renal", "cancer", "medical", "community", "general", "senior", "eye", "bone", "spine", "infusion", "women's", "children's", "blue"]);

/**
 * What a clinic or centre offers, right before its kind ("school physicals clinic", "flu shot clinic",
 * "tb testing center"): the phrase names a service, not a place.
 */
const OFFERED_BEFORE_KIND = new Set([
  "physical", "physicals", "shot", "shots", "vaccine", "vaccines", "vaccination", "vaccinations", "immunization", "immunizations",
  "screening", "screenings", "testing", "test", "tests", "booster", "boosters", "injection", "injections", "checkup", "checkups",
]);
/**
 * Verbs of staffing before a kind ("pharmd chen covering clinic", "kim running clinic", "attending clinic"): the
 * words before them are someone's, and the kind is a session, not a place.
 */
const STAFFING_VERBS = new Set(["covering", "running", "staffing", "attending", "precepting", "leaving", "starting", "finishing", "holding", "doing", "seeing", "working", "closing", "opening", "cancelling", "canceling", "cancelled", "canceled", "covers", "runs", "staffs"]);

/** Adjectives that name no facility alone before its kind ("wrong pharmacy", "usual clinic"). */
const PLAIN_ADJECTIVES = new Set(["central", "wrong", "right", "same", "other", "new", "old", "usual", "local", "nearest", "closest", "different", "another", "main", "outside", "nearby", "regular", "previous", "current", "former", "original", "correct"]);

/** Words naming what kind of service a pharmacy or clinic gives, no name of one ("specialty pharmacy", "hospital pharmacy", "mail order pharmacy"). */
/**
 * Modifiers that say which sort of a kind a facility is, never whose ("immigration detention", "federal correctional",
 * "post-acute transitional care", "short term transitional care", "montessori preschool"): a name of these alone is none.
 */
const KIND_SORT_WORDS = new Set(["immigration", "ice", "federal", "state", "solitary", "juvenile", "psychiatric", "psych", "post-acute", "postacute", "acute", "subacute", "sub-acute",
  "short", "long", "term", "short-term", "long-term", "skilled", "montessori", "pretrial", "pre-trial", "administrative", "protective", "medical", "secure", "locked",
  "temporary", "overnight", "residential", "private", "public", "local", "military", "tribal", "youth", "adult", "womens", "women's", "mens", "men's", "half-day", "full-day", "inpatient", "outpatient"]);
/** Words before "mission" that say what it does or how many, no name's ("one combat mission", "a medical mission"). */
const MISSION_NOT_NAME = new Set(["combat", "medical", "dental", "surgical", "military", "humanitarian", "relief", "peacekeeping", "training", "space", "suicide",
  "trade", "fact-finding", "recon", "reconnaissance", "bombing", "secret", "church", "mission", "a", "an", "one", "two", "three", "first", "second", "last", "another", "every", "each",
  "his", "her", "their", "our", "my", "your", "its", "on", "of", "the", "this", "that", "same", "whose", "personal", "life", "lifes", "life's", "overseas", "foreign", "short-term", "long-term"]);
/** A rescue's words, a name's inside one ("harborlight rescue mission") but none alone ("search and rescue mission"). */
const RESCUE_WORDS = new Set(["rescue", "search", "and", "&"]);
/** Words between two alternatives, which no name runs across ("home health vs transitional care"). */
const ALTERNATIVE_WORDS = new Set(["vs", "vs.", "v.", "versus", "or", "and/or"]);
const GENERIC_SERVICE_WORDS = new Set(["specialty", "hospital", "hospital's", "mail", "order", "mail-order", "retail", "outpatient", "inpatient", "compounding", "onsite", "on-site", "infusion",
  "discharge", "employee", "preferred", "network", "contracted", "in-network", "internal", "in-house", "satellite", "ambulatory"]);

/** Trades named as facility kinds (an employer's), and the generic words before one that name its goods, no firm. */
/** Trades named by what they do to goods, which hospital departments share ("sterile processing", "specimen processing"). */
const PROCESSING_KINDS = new Set(["processing", "processors", "packing"]);
/** What is processed or packed besides TRADE_GENERIC_WORDS' goods: a department's things, data, food ("sterile", "specimen", "food"). */
const PROCESSED_GOODS = new Set(["sterile", "specimen", "specimens", "central", "instrument", "instruments", "tissue", "blood", "plasma", "lab", "laboratory", "sample", "samples",
  "food", "foods", "data", "word", "claims", "claim", "payment", "payments", "check", "checks", "image", "images", "signal", "film", "photo", "mail", "order", "orders",
  "catfish", "fruit", "seed", "seeds", "feed", "wood", "metal", "plastic", "plastics", "paper", "waste", "recycling", "and", "&", "the", "a"]);
const TRADE_KINDS = new Set(["meatpacking", "slaughterhouse", "feedlot", "hatchery", "creamery", "packers", "meats", "poultry", "seafood", "seafoods", "dairy", "foods", "farms", "orchards"]);
const TRADE_GENERIC_WORDS = new Set(["chicken", "chickens", "poultry", "cattle", "beef", "pork", "hog", "hogs", "pig", "pigs", "turkey", "turkeys", "egg", "eggs", "fish", "seafood", "shrimp",
  "crab", "salmon", "dairy", "milk", "cheese", "goat", "sheep", "lamb", "horse", "meat", "meats", "apple", "apples", "cherry", "cherries", "peach", "citrus", "orange", "berry", "berries",
  "strawberry", "blueberry", "grape", "vegetable", "vegetables", "produce", "corn", "potato", "potatoes", "tomato", "onion", "mushroom", "nut", "pecan", "almond", "grain", "hay", "tree",
  "frozen", "fresh", "canned", "packaged", "organic", "processed", "prepared", "specialty", "wholesale", "retail", "local", "regional", "national", "family", "commercial", "industrial",
  "mexican", "asian", "american", "italian", "chinese", "japanese", "korean", "thai", "vietnamese", "filipino", "indian", "cajun", "latin", "hispanic", "halal", "kosher", "big", "small", "large"]);

/** Words after which a facility's name follows ("from", "at"). */
const AT_PLACE = new Set(["from", "at", "to", "in", "near"]);

/**
 * Verbs of choosing, asking for or turning down a place, which take a facility as their object
 * ("she wants hollins gate assisted living", "placement tried greywater urgent care", "medicaid
 * denied snf"): no facility's name holds one, so a name starts after it.
 */
const CHOICE_VERBS = new Set([
  "want", "wants", "wanted", "prefer", "prefers", "preferred", "chose", "chooses", "choose", "picked", "picks", "try", "tries", "tried",
  "deny", "denies", "denied", "refuse", "refuses", "refused", "decline", "declines", "declined", "reject", "rejects", "rejected",
  "accept", "accepts", "approve", "approves", "approved", "request", "requests", "requested", "need", "needs", "needed",
  "recommend", "recommends", "recommended", "suggest", "suggests", "suggested", "called", "calls", "contacted", "faxed",
  // (Recommending written short: "PT/OT REC SNF", "PT RECS SNF".)
  "rec", "recs", "rec'd",
  // (And verbs of staying: "LIVES HARROW CREEK MEDICAL CENTER".)
  "lives", "lived", "stays", "stayed", "resides", "resided",
  // (And of attending: "attends local buddhist temple".)
  "attends", "attended", "attend", "visits", "joins", "joined",
  // (And of using a place's address or service: "uses lighthouse mission address".)
  "uses", "used", "use", "using", "sleeps", "slept", "eats", "ate",
  // (And of talking a kind of care over: "wants to talk hospice", "will discuss rehab", "considering assisted living".)
  "talk", "talks", "talked", "talking", "discuss", "discusses", "discussed", "discussing", "consider", "considers", "considered", "considering",
]);

/** Verbs in the present before a kind that is also a treatment ("kealoha family health takes dialysis"): the kind is the treatment. */
const TREATMENT_VERBS = new Set(["takes", "gets", "needs", "starts", "restarts", "stops", "misses", "skips", "does", "attends", "resumes", "begins", "continues", "refuses", "declines", "tolerates"]);

/** Prepositions that end what comes before a facility's name written in capitals ("WILL PCP AT SORREL CREEK SNF"; "of" and "the" stay inside it). */
const NAME_BREAK_PREPOSITIONS = new Set(["at", "to", "from", "in", "near", "via", "with", "by", "for", "on", "into", "per", "past", "behind", "across", "beside"]);

/** Last words of the facility kinds ("living" of "assisted living"): a kind's name ends there. */
const KIND_LAST_WORDS = new Set(FACILITY_KIND_WORDS.map((k) => k.slice(k.lastIndexOf(" ") + 1)));

/**
 * Whether a lower-case name's last words are service words after a facility's own kind or an
 * "our lady of ..." name ("hollins gate assisted living outpatient", "our lady of the fields
 * outpatient"): the kind that follows names that facility's department, not another facility.
 */
function departmentOfFacility(name: readonly string[]): boolean {
  let j = name.length;
  while (j > 0 && SERVICE_WORDS.has(name[j - 1]!) && !KIND_LAST_WORDS.has(name[j - 1]!)) j--;
  if (j === name.length || j === 0) return false;
  return KIND_LAST_WORDS.has(name[j - 1]!) || (name[0] === "our" && name[1] === "lady" && name[2] === "of");
}

/**
 * Offsets [start, end) of word `k` of `s` as splitAtSpaces cuts it (spaces may be more than
 * one: a span must start at the word itself, never inside it).
 */
function wordSpan(s: string, k: number): [number, number] {
  let i = 0;
  for (let w = 0; ; w++) {
    const start = i;
    while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
    if (w === k) return [start, i];
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= s.length) return [s.length, s.length];
  }
}

/** Index of the first word that can start a place's name, keeping `keep` words at the end; -1 if none. */
function firstPlaceWord(words: string[], keep: number): number {
  let first = 0;
  while (first < words.length - keep && (skippableWord(words[first]!.toLowerCase(), words[first - 1]?.toLowerCase(), words[first + 1]?.toLowerCase()) || NOT_PLACES.has(words[first]!.toLowerCase()))) first++;
  return first < words.length - keep ? first : -1;
}

/** Whether a phrase's next word is an English word none of our lists holds (no punctuation after it: "SUPPLY", not "TOMORROW" or "TRANSFERRED,"). */
function englishNounAfter(word: string): boolean {
  const lower = word.toLowerCase();
  // (Not a street's, a facility's or a region's word: "FROM AUBURN STREET" is a place.)
  return /^[a-z]+$/.test(lower) && !NOT_A_NAME.has(lower) && !SERVICE_WORDS.has(lower) && !(lexicon.wordFlags(lower) & (F_STREET | F_FACILITY | F_STATE_NAME)) && !PLACE_AREA_WORDS.has(lower) && isEnglishWord(lower, 0, lower.length);
}
/** Words after a town that make it part of a place's name ("Auburn Hills", "Phoenix Area"). */
const PLACE_AREA_WORDS = new Set(["area", "township", "county", "hills", "heights", "park", "valley", "springs", "falls", "beach", "city", "town", "village", "district", "region", "metro", "downtown"]);

/**
 * Whether a skilled nursing stay is someone's ("Aminata Rich's SNF auth", "pt T. S.'s SNF"): "SNF"
 * right after a possessive that no saint's name is ("St. Jude's SNF" stays a facility).
 */
function possessiveStay(before: string, kind: string): boolean {
  if (kind.toLowerCase() !== "snf") return false;
  const m = /(\S+)(?:'s|’s)\s+$/i.exec(before.slice(-40));
  // (Nor after a place's preposition: "to Sacred Heart's SNF", "returning to Grandview's SNF" are facilities.)
  return m !== null && !/(?:^|\s)(?:st\.?|saint|ste\.?)\s+\S+(?:'s|’s)\s+$/i.test(before.slice(-40)) && !/(?:^|\s)(?:to|at|from|in|into)\s+(?:\S+\s+){0,2}\S+(?:'s|’s)\s+$/i.test(before.slice(-40));
}

/** Whether a word ends a sentence with its full stop: four characters or more, not "Ste.", "Mt.", "Jr.", "Dr." ("Moab.", "Earl."). */
function endsSentence(w: string): boolean {
  return w.length > 3 && w.endsWith(".") && !/^(?:ste|mt|ft|jr|sr|dr|st)\.$/i.test(w);
}

/** `/^\s+([A-Za-z]+)/.exec(text.slice(at))?.[1]?.toLowerCase()`: the ASCII word after spaces at `at`. */
function wordAfterSpaces(text: string, at: number): string | undefined {
  let k = at;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  let end = k;
  while (end < text.length && ((text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122)) end++;
  return k > at && end > k ? text.slice(k, end).toLowerCase() : undefined;
}

/** `s.replace(/\.$/, "")`. */
function withoutFinalDot(s: string): string {
  return s.endsWith(".") ? s.slice(0, -1) : s;
}

/** "lives Kaitaia", "LIVES WINSLOW W/ WIFE", "lives out past Mamou": "lives", maybe how far past, then up to three words on its line (group 1; sticky). */
const LIVES_TOWN_AT = /lives[^\S\n]+(?:(?:(?:out|way|just)[^\S\n]+)?(?:past|beyond)[^\S\n]+)?(\p{L}[\p{L}'.-]*(?:[^\S\n]+\p{L}[\p{L}'.-]*){0,2})/iuy;

/** Whether the word at `at` is "lives" (any case). */
function isLivesAt(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 32) === 108 && (text.charCodeAt(at + 1) | 32) === 105 && (text.charCodeAt(at + 2) | 32) === 118 && (text.charCodeAt(at + 3) | 32) === 101 && (text.charCodeAt(at + 4) | 32) === 115;
}

/**
 * LIVES_TOWN_AT's match `m`: a town right after "lives" without "in" ("lives Kaitaia", "lives
 * hattiesburg w/ wife"; not "lives alone", "lives with son", "lives independently"). The
 * longest run of up to three words a town list holds (one word no ordinary word, unless
 * capitalised in text with capitals), or in text with capitals one capitalised word no English
 * or name list holds.
 */
function livesTown(scan: Scan, m: RegExpExecArray, out: Detection[]): void {
  const phrase = toSentenceEnd(m[1]!);
  const words = splitAtSpaces(phrase);
  const start = m.index + m[0].length - m[1]!.length;
  const mixed = !scan.lowerCase && !scan.upperCase;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const candidate = words.slice(0, n).join(" ");
    const lower = candidate.toLowerCase();
    if (mixed && !words.slice(0, n).every((w) => /^[A-Z][a-z'.-]/.test(w))) continue;
    if (n === 1) {
      if (lower.length < 3 || NOT_PLACES.has(lower) || NOT_A_NAME.has(lower) || COMMON_WORD_CITIES.has(lower) || STATE_NAME_SET.has(lower) || EPONYMS.has(lower)) continue;
      const english = isEnglishWord(lower, 0, lower.length);
      const listed = isUsCity(lower) || isWorldCity(lower);
      if (!(listed && (!english || mixed)) && !(mixed && !english && /^[a-z]{4,}$/.test(lower) && !isGivenName(lower) && !isFamilyName(lower))) continue;
    } else if (!(isUsCity(lower) || isWorldCity(lower)) || STATE_NAME_SET.has(lower)) continue;
    out.push({ start, end: start + wordSpan(phrase, n - 1)[1], type: "LOCATION" });
    return;
  }
}

/** Travel before "from": "flying in from", "flew in from", "coming from", "arriving from", "returned from", "joining from". */
const TRAVEL_BEFORE = /\b(?:fl(?:ying|ies|ew|y)(?:\s+in)?|coming(?:\s+in)?|came\s+in|arriv(?:ing|ed|es)|travel(?:l)?(?:ing|ed|s)?|driving(?:\s+in)?|visiting|return(?:ing|ed|s)|just\s+back|joining|dialing\s+in|calling\s+in|tele(?:health|visit|med)|video(?:\s+(?:call|visit))?)\s*$/i;

/** Seasons, which a birth is "in" too ("born in winter"). */
const SEASONS = new Set(["winter", "spring", "summer", "fall", "autumn"]);
/** A birth, maybe with its date, before "in" ("born in", "was born 1931-03-04 in", "born in march 1931 in"; the end of the slice). */
const BORN_BEFORE = /\bborn(?:[^\S\n]+(?:on|in|\d[\d\/.-]*(?:st|nd|rd|th)?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?)){0,4}[^\S\n]+$/i;

/** "lives w/ grandson pa nhia obi", "living with her son": someone one lives with, earlier in the clause (the end of the slice), before "in". */
const LIVES_WITH_BEFORE = /\b(?:lives?|living|resides|stays|staying)[^\S\n]+(?:w\/|with)[^\S\n]+(?:[^\s.;:!?,()]+[^\S\n]+){0,5}$/i;

/** Relatives and carers before "in" ("daughter in", "district nurse in"), singular and plural. */
const ROLE_WORDS = new TokenWords(
  ["daughter", "son", "sister", "brother", "mother", "father", "mom", "mum", "dad", "wife", "husband", "partner", "niece", "nephew", "cousin", "aunt", "uncle", "grandson", "granddaughter", "grandchild", "relative", "friend", "nurse", "gp", "carer", "caregiver", "guardian", "poa"].flatMap((w) => [w, w + "s"]).concat(["family", "grandchildren"]),
);

/** Whether the token before the one at `at` (a space between) is a word no English or name list holds ("OSTRANDER" before "MILLS"). */
function unknownWordBefore(scan: Scan, at: number): boolean {
  const k = tokenIndexAt(scan, at);
  if (k < 1 || !scan.tokens[k]!.wordGap) return false;
  const prev = scan.tokens[k - 1]!;
  // (No verb's "-ed" or "-ing" either: "transitioned from nitro.", "weaning from normal".)
  const lower = prev.lower;
  return !NOT_A_NAME.has(lower) && !/(?:ed|ing)$/.test(lower) && lower.length >= 3 && !isEnglishWord(lower, 0, lower.length);
}

/** An age with its sex, or a word for a person, right before "from" ("92F from", "pt from"; the end of the slice). */
const ORIGIN_PERSON_BEFORE = /(?:\b(?:yo|y\/o|yrs?|year-old|yr-old|pt|patient|man|woman|gentleman|lady|girl|boy)|\b\d{1,3}[mf])\)?,?[^\S\n]+$/i;

/**
 * Whether a person comes right before "from" at `at`, by an age with its sex, a word for one or a name (a given or
 * family name no English list holds): "from" then says where someone is from ("92F from Akureyri", "dilnoza from
 * samarkand"; not "amox from pcp", "switched from coreg").
 */
function personBeforeFrom(scan: Scan, at: number): boolean {
  if (ORIGIN_PERSON_BEFORE.test(scan.text.slice(Math.max(0, at - 24), at))) return true;
  const k = tokenIndexAt(scan, at);
  if (k < 1 || !scan.tokens[k]!.wordGap) return false;
  const lower = scan.tokens[k - 1]!.lower;
  return !NOT_A_NAME.has(lower) && personNameWord(lower);
}

/** Whether the token before the one at `at` is a relative or a carer, one or two spaces before it ("daughter in"). */
function roleBefore(scan: Scan, at: number): boolean {
  const k = tokenIndexAt(scan, at);
  return k > 0 && scan.tokens[k]!.wordGap && ROLE_WORDS.has(scan.tokens[k - 1]!);
}

/** A town (lower case) some list holds that is no state and no word NOT_PLACES turns away. */
function listedTown(lower: string): boolean {
  return !NOT_PLACES.has(lower) && !STATE_NAME_SET.has(lower) && (isUsCity(lower) || isWorldCity(lower));
}
/** Whether `word` is capitalised (not in capitals) and a town some list holds, and no word that is never a town ("Tamale"; not "Mobile", "Home", "March"). */
function listedCapitalisedTown(word: string): boolean {
  if (!/^[A-Z][a-z'.-]{2,}$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (NOT_PLACES.has(lower) || NOT_A_NAME.has(lower) || COMMON_WORD_CITIES.has(lower) || STATE_NAME_SET.has(lower) || EPONYMS.has(lower)) return false;
  return isUsCity(lower) || isWorldCity(lower);
}
/** Place cues nothing but a place follows. */
// (Spanish "vive en", "vivía en": lives, lived in.)
const PLACE_ONLY_CUE = /^(?:lives?|living|resident|viv(?:e|en|[ií]a)\s+en|moved|(?:the\s+)?(?:town|city|village|township|borough)|home\s+in|works?\s+in)\b/;

/**
 * The leading capitalised words of a place cue's phrase when they can only be a place's
 * name: each capitalised (not in capitals), none a word that is never a place, and at
 * least one that no English or name list holds ("Hanoi", "East Carverton"): how many; else 0.
 */
function unlistedPlace(words: string[], lowered: boolean, upper = false): number {
  let n = 0, last = 0;
  let unknown = false;
  // (In text typed all in lower case the words are lower case: "son lives in lagos"; in capitals, capitals alone: not "STEP-DOWN".)
  // (Latin-1 letters too: "traveled to oñati".)
  while (n < words.length && (lowered ? /^[a-zß-öø-ÿ][a-zß-öø-ÿ'.-]+$/ : upper ? /^[A-ZÀ-ÖØ-Þ]{2,}$/ : /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'.-]+$/).test(words[n]!)) {
    const lower = words[n]!.toLowerCase();
    // ("pt from offsite ed": nor a word of a department's kind or site.)
    if (NOT_PLACES.has(lower) || STATE_NAME_SET.has(lower) || (NOT_A_NAME.has(lower) && !DIRECTIONS.has(lower)) || EPONYMS.has(lower) || ED_KIND_WORDS.has(lower)) break;
    // ("92f from akureyri visiting dtr": in one case a place cue after the town starts a clause of its own.)
    if (n > 0 && (lowered || upper) && lexicon.wordFlags(lower) & F_PLACE_CUE && !PLACE_AREA_WORDS.has(lower)) break;
    // (In lower case an unknown word of three letters is more often shorthand: "returned from ir".)
    // (A hyphenated word of English words is none unknown: "moved to step-down".)
    // (A word with accents that is English without them is English: "traveled to café".)
    const english = isEnglishWord(lower, 0, lower.length) || (hasNonAscii(lower) && englishFolded(lower));
    if (!english && (!(lowered || upper) || lower.length >= 4) && !lower.split("-").every((part) => part.length > 0 && isEnglishWord(part, 0, part.length))) unknown = true;
    n++;
    // (In one case, English words after the unknown ones are the sentence's: "flew to cabo last week".)
    // (An area's word stays the town's: "kusilvak census area".)
    if (unknown && (lowered || upper) && (!english || PLACE_AREA_WORDS.has(lower) || (n < words.length && PLACE_AREA_WORDS.has(words[n]!.toLowerCase())))) last = n;
  }
  return unknown ? ((lowered || upper) && last > 0 ? last : n) : 0;
}
const DIRECTIONS = new Set(["north", "south", "east", "west", "new", "lake", "port", "fort", "mount", "saint"]);
/** Whether `lower`, without its accents, is an English word ("café", "naïve", "résumé"). */
function englishFolded(lower: string): boolean {
  const folded = withoutAccents(lower);
  return isEnglishWord(folded, 0, folded.length);
}

/** Whether text[start, end) is `word` (lower-case ASCII letters) in any case. */
function isWordAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** `s.replace(/'+$/, "")`. */
function withoutTrailingQuotes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 39) end--;
  return end === s.length ? s : s.slice(0, end);
}

function hasAsciiCapital(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    if (isAsciiCapital(s.charCodeAt(k))) return true;
  }
  return false;
}

/**
 * A word before a facility's name that is not part of it ("Resident of", "the"), `prev` and `next` (lower case) the
 * words around it where known: whom a clinic serves only after a determiner, "long" only before "term".
 */
function skippableWord(w: string, prev?: string, next?: string): boolean {
  if (WHOM_SERVED.has(w)) return prev !== undefined && DETERMINERS.has(prev);
  if (w === "long") return next === "term";
  return SERVICE_WORDS.has(w) || NOT_A_NAME.has(w) || STATUS_WORDS.has(w) || w === "of" || w === "resident" || w === "accepted" || w === "came" || w === "osh";
}

/** A placement's status or plan before a facility's name ("pending silver aspen care center", "dispo brookhaven manor"). */
const STATUS_WORDS = new Set(["pending", "dispo", "disposition", "placement", "awaiting", "planned", "tentative", "tentatively", "likely", "possible", "probable", "referral", "referred", "waitlisted", "waitlist"]);

/** A state code closing a town's words ("HOPE ME", "hamtramck mi"). */
// (After a non-space, as UNIT_TAIL; in lower case only codes that are no word: "hamtramck mi", not "... in".)
// (And a territory's code, which closes an address as a state's does: "..., Pine Ridge GU 43228"; read only here, where a ZIP
// or an address's comma comes with it: "GU" is genitourinary too; in lower case not "as".)
const STATE_AFTER_TOWN = new RegExp(String.raw`(?<=\S)\s+(?:${STATES}|${TERRITORIES}|${TERRITORIES.toLowerCase().replace("|as", "")}|${STATES.split("|").filter((code) => !/^(?:IN|OR|ME|OK|HI|DE|PA|MA|AL|LA|CO|ID|OH|MO)$/.test(code)).join("|").toLowerCase()})$`);
/** State codes that chat writes as words at a message's end ("..., ok??", "..., hi"). */
const CHAT_STATE_CODE = /\s(?:ok|hi|me)$/i;
/** State codes that are English words too, at the end of a match. */
const WORD_STATE_CODES = /\s(?:IN|OR|ME|OK|HI|DE|PA|MA|AL|LA|CO|ID|OH|MO|MI)$/;

/** STATE_AFTER_TOWN's match for a lower-case state code that is a word ("tulsa ok"), when a listed town comes before it. */
function wordStateAfterTown(words: string): RegExpExecArray | null {
  const code = LOWER_WORD_STATE_CODE.exec(words);
  return code && code.index > 0 && isUsCity(words.slice(0, code.index)) ? code : null;
}
/** A lower-case state code that is also a word, closing a town's words (after a non-space, as STATE_AFTER_TOWN). */
const LOWER_WORD_STATE_CODE = /(?<=\S)\s+(?:in|or|me|ok|hi|de|pa|ma|al|la|co|id|oh|mo)$/;

/** City names that are ordinary words after "in", "at" or "to". */
const COMMON_WORD_CITIES = new Set([
  "normal", "mobile", "bath", "hope", "joy", "plain", "early", "center", "union", "liberty", "independence", "commerce", "industry",
  "enterprise", "power", "energy", "harmony", "unity", "friendship", "justice", "progress", "opportunity", "surprise", "paradise",
  "eureka", "alpha", "omega", "delta", "page", "story", "home", "house", "ward", "bed", "lead", "may", "march", "june", "august",
  "english", "french", "canton", "wheeler", "walker", "sandy", "flat", "climax", "bland", "hazard", "why", "nothing", "boring",
  "accident", "cut", "rash", "blood", "cold", "hot", "pain", "wind", "range", "rolling", "level", "ice", "acme", "ideal", "rich",
  "low", "high", "long", "short", "lower", "upper", "pleasant", "fairplay", "fair", "good", "best", "bliss", "bonus", "many",
]);

// For the gate property tests (test/privacy/pattern-gates.property.test.ts).
export { AGENCY, AGENCY_WORDS, COUNTY, COUNTY_WORDS, PLACE_ONLY_CUE, tokenStartsWithAny };
