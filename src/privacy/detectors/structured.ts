// Detectors for identifiers with a recognisable shape: emails, URLs, IP addresses,
// phone and fax numbers, SSNs, VINs, and numbers introduced by a cue word ("MRN",
// "member id", "acct", "serial"). Each returns spans; the redactor merges them.
import { isPossiblePhoneNumber } from "libphonenumber-js";
import { isEnglishWord } from "../english.ts";
import { readingInClause, VERSION_BEFORE_END } from "./dates.ts";
import * as lexicon from "../lexicon.ts";
import type { Detection, PhiType } from "../phi-types.ts";
import { cueOffsets, execAt, hasToken, isAsciiAlnum, isEmailLocalChar, isSpaceCode, SuffixCue, TokenWords, type Scan } from "../scan.ts";

// Local bindings: read on every message.
const { F_ID_CUE, F_PHONE_CUE, F_PLATE, F_SSN, F_ZIP } = lexicon;

function push(out: Detection[], start: number, end: number, type: PhiType): void {
  out.push({ start, end, type });
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/iy;
// (Or a host under any country's two letters with a path after it: "photos.app.goo.gl/j/50541", "visit.kauricoast.nz/v/81TB";
// a site's name of three characters or more before the code, and no code that is a unit or a word: not "mcg.kg/min",
// "stable.no/minimal change", "walking.in/out", "d/c.to/home". A known domain is read by the last form: "t.co/abc123".)
// (A host's labels are bounded as DNS bounds them, 63 characters and here eight labels: unbounded, a
// run of "a.a.a..." without a top-level domain was read to its end from each label, 1.9 s at 40,000 characters.)
export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:[a-z0-9][\w-]{0,62}\.){0,6}[a-z0-9][\w-]{2,62}\.(?!(?:kg|mg|ml|dl|hr|cm|mm|ms|md|pm|am|mo|wk|hg|gm|lb|oz|ft|iv|po|im|sc|sq|pr|ng|mu|du|no|in|is|it|at|be|by|do|go|my|so|to|as|an|or|on|up|we|he|of|hi|ok|ie|eg|re|vs|id|ad|pt|rx|tx|dx|hx|sx|fx|bp|ct)\/)[a-z]{2}\/[^\s<>"']+|\b[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,6}\.(?:com|org|net|edu|gov|io|health|us|co|uk|info|me|ly|app|care)\b(?:\/[^\s<>"']*)?/gi;
/**
 * URL_RE's country-code form with a host of one label (group 1) and one word of letters for its path ("floor.er/icu"):
 * with an English word for the host, a sentence's stop typed without its space ("kauricoast.nz/about" stays a URL).
 */
const COUNTRY_CODE_WORD_PATH = /^(?!https?:|www\.)([a-z0-9][\w-]*)\.[a-z]{2}\/[a-z]+$/i;
/** A host under one of URL_RE's known top-level domains ("x.me", "t.co"). */
const KNOWN_DOMAIN_END = /\.(?:us|co|uk|me|ly|io)$/i;
export const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b/g;
export const IPV6 = /(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?(?![\w:])/gi;
// (Dots too, one kind of separator throughout: "255.81.9240"; not a version's, "version 255.81.9240": VERSION_BEFORE_END.)
export const SSN = /\b(?!000|666|9\d\d)\d{3}([-. ])(?!00)\d{2}\1(?!0000)\d{4}\b/g;
// The last four digits alone identify too ("last four of SSN 4478").
export const SSN_CUE = /\b(?:(?:ssn|social(?:\s+security)?(?:\s+(?:no|number|#))?|ss#)(?:\s+last\s+(?:four|4))?|ss\s+last\s+(?:four|4))\s*[:#]?\s*(?:is\s+)?(\d{3}[- ]?\d{2}[- ]?\d{4}|\*{3}-\*{2}-\d{4}|x{3}-x{2}-\d{4}|\d{4})\b/gi;
/**
 * The last four digits before their cue ("9855 last 4 SSN on facesheet", "4478 = last four of her social"): group 1.
 * (Not a count of them: "last 4 SSN" after a number that is no four digits alone.)
 */
export const SSN_LAST4_BEFORE = /(?<![\w.,/:$-])(\d{4})[ \t]+(?:(?:is|=|are)[ \t]+)?(?:the[ \t]+)?last[ \t]+(?:four|4)[ \t]+(?:digits[ \t]+)?(?:of[ \t]+)?(?:(?:the|her|his|their|pt'?s)[ \t]+)?(?:ssn|social(?:[ \t]+security)?|ss[ \t]*#)(?![\w])/gi;
// NANP shape: (217) 555-0143, 217-555-0143, 217.555.0143, +1 217 555 0143, 2175550143, an extension after any ("2175550143 ext 12",
// "217-555-0143 x.3984": "x" with a stop too).
// (An extension dialled after pauses, two commas or three, is the number's too: "839 704 1192,,6630"; a stop may close
// an extension after ten digits, "4195557296 ext 5993.", where ten digits alone before one are a decimal's.)
export const PHONE_US = /(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s*(?:x\.?|ext\.?|extension)\s*\d{1,5}|,{2,3}\d{1,6})?(?![\w/-])|(?<![\w/.+-])\d{10}(?:\s*(?:x\.?|ext\.?|extension)\s*\d{1,5}(?![\w/-]|[.,]\d)|,{2,3}\d{1,6}(?![\w/-]|[.,]\d)|(?![\w/.-]))/gi;
/** A national number with its trunk 0 in three groups: "0412 177 828", "020 7946 0958" (sticky). */
const PHONE_NATIONAL_AT = /(?<![\w+./:-])0\d{2,4} \d{3,4} \d{3,4}(?![\w/:-])/y;
/** International with the North American exit code 011 and groups after it: "011 44 20 7946 0958", "011-61-412-177-828" (sticky). */
const PHONE_011_AT = /(?<![\w+./:-])011[ .-]\d{1,4}(?:[ .-]\d{2,5}){1,4}(?![\w/:-]|[.,]\d)/y;
/** International with the 00 prefix and groups after it: "0044 20 1215 8287". */
// (The 00 may stand apart from the country code: "00 676 77 23104".)
const PHONE_00_AT = /(?<![\w+.-])00[ ]?[1-9]\d{0,2}(?:[ .-]\(?\d{1,5}\)?){2,6}(?![\w-])/y;
// International: a "+" and 7 to 15 digits in groups.
export const PHONE_INTL = /\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?!\w)/g;
export const PHONE_CUE = /\b(?:tel|phone|ph|cell|mobile|mob|fax|pager|call(?:\s+(?:him|her|them|back|son|daughter|wife|husband))?|contact|reach(?:\s+(?:him|her|them))?\s+(?:at|on)|number|#)\s*[:#]?\s*(?:is\s+|at\s+|on\s+)?((?:\+?\d[\d\s().-]{5,28}\d))(?!\w)/gi;
// A car's colour and its model before a plate of letters, digits and letters ("in a blue camry, x71-jgt", "silver
// civic R56-RBP"): the plate shape alone, no cue word (not "green sputum, mrn 1234"). The word after the colour is a
// car's: a make, a model or a vehicle's word, a make before a model too ("silver honda civic"); any other word is a
// patient's or a finding's ("black female, her2neu", "green sputum, hpv16-neg").
const COLOURS = ["white", "black", "silver", "grey", "gray", "red", "blue", "green", "gold", "tan", "maroon", "beige", "brown"];
const COLOUR = `(?:${COLOURS.join("|")})`;
const CAR_WORDS = ["car", "suv", "van", "truck", "sedan", "pickup", "minivan", "hatchback", "coupe", "wagon", "jeep",
  "toyota", "honda", "ford", "chevy", "chevrolet", "nissan", "hyundai", "kia", "subaru", "mazda", "dodge", "buick", "gmc", "tesla", "volvo", "bmw", "audi", "lexus", "acura", "vw", "volkswagen", "chrysler", "cadillac", "mini", "fiat",
  "camry", "corolla", "prius", "civic", "accord", "odyssey", "pilot", "altima", "sentra", "rogue", "versa", "focus", "fusion", "escape", "explorer", "fiesta", "malibu", "impala", "silverado", "tahoe", "equinox", "elantra", "sonata", "tucson", "optima", "soul", "outback", "forester", "impreza", "jetta", "passat", "golf", "polo", "tacoma", "tundra", "sienna", "highlander", "yaris", "caravan", "charger", "wrangler", "cherokee"];
const CAR = String.raw`(?:(?:${CAR_WORDS.join("|")})\s+)?(?:${CAR_WORDS.join("|")})`;
// After a plate cue ("plate on car XPE 2166", "reg of tractor SVT 508" too), after the unit of a
// transport ("sheriff transport unit SDY-0711": letters and digits), or after a vehicle word when the value has a
// plate's shape ("silver suv 619 clz", "SUV MP13 PHD", "truck 8RYY 852", "car WG9 1219", in brackets too: "in car
// (JWL 3757)", and one letter first only there: "truck (G64-EXK)"; not "truck 150 lbs"), or after a colour and a model (COLOUR).
export const PLATE = new RegExp(String.raw`\b(?:(?:plate|tag|licen[cs]e\s+plate|reg(?:istration)?)(?:\s*(?:#|no\.?|number))?\s*[:#]?\s*(?:partial\s+|is\s+|(?:on|of|for)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:car|truck|van|suv|vehicle|tractor|trailer|motorbike|motorcycle|quad|atv|ute|lorry|bus|boat|caravan)\s+)?|(?:transport|ambulance|patrol|squad)\s+(?:unit|car|vehicle|van)\s+(?!(?:plate|tag|reg|registration|licen[cs]e)\b)(?=[a-z0-9]{2,4}[ -]?[a-z0-9]{2,5}\b)|(?:suv|car|truck|van|sedan|pickup|minivan|jeep|motorcycle|vehicle)\s+\(?(?!(?:plate|tag|reg|registration|licen[cs]e)\b)(?=(?:[a-z]{2,3}\d{1,3}|\d{3})[ -][a-z]{3}\b|(?<=\()[a-z]\d{2,3}-[a-z]{3}\)|[a-z]{3}[ -]?\d{3,4}\b|[a-z]{2}\d{2}[a-z]{2,3}\b|\d[a-z]{3}[ -]\d{3}\b|[a-z]{2}\d[ -]\d{4}\b)(?!\d{3}[ -](?:lbs|mls|mgs|kgs|hrs|min|mph|kph|yds|sec|mcg|pts|kms|cal)\b)|${COLOUR}\s+${CAR},?\s+(?=[a-z]{1,3}\d{1,3}-[a-z]{2,3}\b|[a-z]{2,3}\d{1,2}[a-z]{2,3}\b|[a-z]{3}[ -]?\d{3,4}\b)|(?<![\w-])(?=[a-z]{2,3}[ -]?\d{3,4}\s+(?:is|was)\s+(?:his|her|their|the\s+pt's|pt's|the)\s+(?:car|truck|van|suv|vehicle|jeep|pickup|minivan)\b))((?:[A-Z]{2}\s+)?[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5})\b`, "gi");

/** Cue words that introduce an identifier, by type. The value follows the cue. */
const CUES: [PhiType, string][] = [
  ["MRN", String.raw`mrns?|mr\s?#|mr\s+no\.?|med(?:ical)?\s+rec(?:ord)?s?(?:\s+(?:no\.?|number|#))?|chart\s+(?:no\.?|number|#)|hospital\s+(?:no\.?|number|#)|patient\s+id|pt\s+id|unit\s+(?:no\.?|number)|ehr\s+(?:id|#)|epic\s+(?:id|#)|charts?`],
  ["HEALTH_PLAN", String.raw`member\s*(?:id|#|no\.?|number)?|subscriber\s*(?:id|#|no\.?)?|policy\s*(?:id|#|no\.?|number)?|insurance(?:\s*(?:id|#|no\.?|number))?|ihs|plan\s*(?:id|#|no\.?)|group\s*(?:id|#|no\.?|number)|medicaid(?:\s+card)?(?:\s*(?:ids?|#|no\.?|number))?(?:,\s*#)?|medicare(?:\s+card)?(?:\s*(?:id|#|no\.?|number))?|mbi|beneficiary\s*(?:id|#|no\.?|number)?|bcbs\s*(?:id|#)?|hicn|ins|health\s*card(?:\s*(?:#|no\.?|number))?|health\s+(?:insurance\s+)?(?:#|no\.?|number)|ohip(?:\s*(?:#|no\.?|number))?|ramq|hcn|phn|nhs\s*(?:#|no\.?|number)?|medi-?cal(?:\s*(?:id|#|no\.?|number))?|secondary|primary`],
  ["ACCOUNT", String.raw`accts?\.?\s*(?:#|no\.?|number)?|accounts?\s*(?:#|no\.?|number|id)?|billing\s*(?:#|no\.?|number|id)|har|fin|csn|iban|routing\s*(?:#|no\.?|number)?|card\s*(?:#|no\.?|number)|card(?=\s+ending\b)|credit\s+card(?:\s*(?:#|no\.?|number))?`],
  ["LICENSE", String.raw`(?:driver'?s?\s+)?licen[cs]e\s*(?:#|no\.?|number|id)?|c?dl\s*(?:#|no\.?)?|passport\s*(?:#|no\.?|number)?|certificate\s*(?:#|no\.?|number)?|cert\s*(?:#|no\.?)|permit\s*(?:#|no\.?|number)?|state\s+id(?:\s*(?:#|no\.?))?`],
  ["VEHICLE", String.raw`plate(?:\s*(?:#|no\.?|number))?|licen[cs]e\s+plate|tag\s*(?:#|no\.?)|vin\s*(?:#|no\.?)?|registration\s*(?:#|no\.?|number)?`],
  ["DEVICE", String.raw`serial\s*(?:#|no\.?|number)?|s\/n|sn|device(?:\s*(?:id|#|no\.?|serial))?|hub|cycler|imei|udi|model\s*(?:#|no\.?)|implant\s*(?:id|#)|pump\s*(?:id|#|serial)|pump|mac\s+address|asset\s*(?:tag|#)|transmitter(?:\s*(?:id|#|sn))?|controller(?:\s*(?:id|#|sn|serial))?|leads|lot\s*(?:#|no\.?|number)?`],
  ["ID", String.raw`case\s*(?:#|no\.?|number|id)|claim\s*(?:#|no\.?|number|id)?|encounter\s*(?:#|no\.?|number|id)|visit\s*(?:#|no\.?|number|id)|accession\s*(?:#|no\.?|number)?|acc(?:\s*#)?|specimen\s*(?:#|no\.?|id)|order\s*(?:#|no\.?|number)|ticket\s*(?:#|no\.?|number|id)?|incident\s*(?:#|no\.?|number|id)?|specimen|encounter|inmate\s*(?:#|no\.?|number|id)?|idoc\s*(?:#|no\.?|number|id)?|booking\s*(?:#|no\.?|number|id)?|prisoner\s*(?:#|no\.?|number|id)?|ref(?:erence)?\s*(?:#|no\.?|number)|employee\s*(?:id|#|no\.?)|badge\s*(?:#|no\.?)|student\s*(?:id|#)|confirmation\s*(?:#|no\.?|code)|tracking\s*(?:#|no\.?|number)?|band\s*(?:#|no\.?)|id\s*(?:#|no\.?)|id|case|report|authori[sz]ation|auth|(?:legal|psych|involuntary)\s+hold|log\s*(?:#|no\.?|number|id)?|petition\s*(?:#|no\.?|number)?|complaint\s*(?:#|no\.?|number)?|grievance\s*(?:#|no\.?|number)?|request\s*(?:#|no\.?|number|id)?|(?:aps|cps)(?:\s+(?:intake|referral))?|unos(?:\s*(?:#|id|no\.?|number))?|census\s*(?:#|no\.?|number)|confirmation|ref(?:erence)?|app(?:lication)?\s*(?:#|no\.?|number|id)|intake\s*(?:#|no\.?|number|id)|doc\s*(?:#|no\.?|number|id)?|enrol(?:l)?ment\s*(?:#|no\.?|number|id)|hold\s*#|req(?:uisition)?\s*(?:#|no\.?)|va[\s-]file\s*(?:#|no\.?|number)?|(?:court\s+)?docket\s*(?:#|no\.?|number)?|custody\s*(?:#|no\.?|number)`],
];
// A value: a code of letters, digits and separators containing at least 3 digits, or
// a short all-caps code (plates) when the cue is specific.
// (Parts joined by hyphens may hold letters alone when digits follow, and a last part of
// letters closes a code: "38-hz-061718", "CPS-7230-JJ".)
// (Each lookahead for a digit reads at most as far as a value reaches: unbounded, the one that opens it read a
// whole run of cues joined by hyphens from each cue, "ref-ref-ref-...-1" in 2.8 s at 200,000 characters.)
// (Or a prefix of two to four letters and a space before digits, as serials and member numbers are printed: "BRA 994648",
// "SN 3671X0781", "CBX 374 059 394"; cueValuePrefixWord decides whether the letters are the value's.)
const VALUE = String.raw`(?=[A-Z0-9-]{0,64}\d|[A-Z]{2,4} \d{3})[A-Z0-9](?:[A-Z0-9]|[./ ](?=[A-Z0-9]{0,64}\d)[A-Z0-9]|-(?=[A-Z0-9-]{0,24}\d)[A-Z0-9]){2,30}(?:-[A-Z]{1,4}(?![A-Z0-9]))?`;
/**
 * Whose number it is, between a cue and its value: "for" and one to four words of a name, then "is", "was" or a colon
 * ("passport # for Ana-Lu K. Brandt is 512-077-391", "MRN for Jo Lamb: 40417723"). The words are letters, hyphens,
 * stops and apostrophes, as mayHoldIdValue reads.
 */
const FOR_WHOM = String.raw`for\s+(?:[a-z][a-z'.-]*\s+){0,3}[a-z][a-z'.-]*(?:\s+(?=(?:is|was)\s)|(?=\s*:))`;
// One scan for every cue: group k+1 is CUES[k]'s cue, the last group the value.
export const CUE_ALL = new RegExp(
  String.raw`\b(?:${CUES.map(([, cue]) => `(${cue})`).join("|")})(?:[\s=:#(-]|(?:is|was|of|for|there|here|checked|ending(?:\s+in)?)\b|${FOR_WHOM}){0,12}(${VALUE})\b`,
  "gi",
);
/** A cue's match that reached its value across FOR_WHOM's words (the first is none of CUE_ALL's fixed words). */
const FOR_WHOM_IN = /\bfor\s+(?!(?:is|was|of|for|there|here|checked|ending)\b)[a-z]/i;
/** A word of letters and at least four digits: "hb48244207", "acc63024045", "8933BUU1", "078441757R". */
// (Or short parts joined by hyphens: "S26-28971", "38-hz-061718".)
// (A middle part may be one letter between digits: "app # 31-Q-80417", "ref 07-B-55129".)
// (A long first part may take two parts after it: "U6740-6959-94".)
const MIXED_CODE_AT = /(?<![\w./-])(?:[a-z]{1,4}-)?(?=[a-z]*\d)(?:[a-z0-9]{5,20}(?:-[a-z0-9]{2,10}){0,2}|[a-z0-9]{2,4}(?:-(?:[a-z0-9]{2,10}|[a-z](?=-\d))){1,2})(?![\w/-]|[.,]\w)/iy;
/** A plate's last part after a hyphen (sticky). */
const PLATE_SUFFIX_AT = /-[a-z0-9]{1,3}(?![\w-])/iy;
/** A health card's version code after its ten digits ("health card 1234 567 890 AB", "OHIP 1234-567-890 KT"; sticky). */
const VERSION_CODE_AT = /[ -]([a-z]{2})(?![\w-])/iy;
/** Words of two letters that may follow a number (VERSION_CODE_AT's "is valid", "on file"). */
const SHORT_WORDS = new Set(["is", "in", "it", "at", "on", "of", "or", "to", "as", "by", "be", "do", "go", "if", "no", "so", "up", "us", "we", "he", "me", "my", "an", "am", "oh", "ha", "hi", "pt", "re", "vs", "x2", "mo", "yr", "wk"]);
/** One of our beds ("bay 4", "rm 12", "7N-12", "4W-3"), no plate. */
const BED_VALUE = /^(?:(?:bay|bed|rm|room|pod|cubicle|cube|hall|stretcher|chair|resus|trauma)\s*\d{1,3}[a-z]?|\d{1,2}[nsew]-\d{1,2}[a-z]?)(?![a-z0-9])/i;
/** A number and a dose's unit, no plate ("reg 2 units"). */
const DOSE_AMOUNT = /^\d{1,4}[ -]?(?:units?|iu|mg|mcg|ml|mls|cc|tabs?|caps?|puffs?|drops?)$/i;
/** A PLATE match opened by a vehicle word rather than a plate cue (or by a transport's unit). */
const VEHICLE_FIRST = new RegExp(String.raw`^(?:suv|car|truck|van|sedan|pickup|minivan|jeep|motorcycle|vehicle|${COLOUR})\s`, "i");
const TRANSPORT_UNIT_FIRST = /^(?:transport|ambulance|patrol|squad)\s/i;
/** Words that open PLATE that the lexicon does not flag as plate words ("transport unit ND36 SDE"). */
const MORE_PLATE_CUES = new TokenWords(["transport", "ambulance", "patrol", "squad"]);
/** A colour opens PLATE only with a car's word in the message too ("white count", "black stools" open nothing). */
const COLOUR_TOKENS = new TokenWords(COLOURS), CAR_TOKENS = new TokenWords(CAR_WORDS);
/** MIXED_CODE_AT's second form: a first part of at most four characters before a hyphen. */
const SHORT_PARTS = /^(?:[a-z]{1,4}-)?(?=[a-z]*\d)[a-z0-9]{2,4}-/i;
/** A dose or amount glued to its unit ("1000mg", "2500ml", "1500kcal"). */
// (At most five digits before the unit: "ZEB979811G" is a code.)
const UNIT_END = /(?:^|\D)\d{1,5}(?:mg|mcg|ug|ml|cc|g|kg|iu|u|hr|hrs|h|min|mins|cm|mm|ms|kcal|cal|mmhg|bpm|mb|gb|k|x|am|pm|st|nd|rd|th|s)$/i;
/** Codes of clinical vocabularies that reach four digits ("ICD10", "LOINC2345", "COVID2019"). */
const CLINICAL_CODE = /^(?:icd|cpt|loinc|snomed|covid|sars|h\d(?:n\d|$)|hl\d|iso|rfc|usp|nda|anda)/i;
/** Runs of 7 to 12 digits on their own (not money, not part of a decimal, a date, a phone or a longer code). */
// (Or groups joined by hyphens, as MRNs and accounts are printed: "406-43-07", "3852-5368-94", or two groups
// and a check digit: "09-3235-6", "4662-5413-3", or a short group before five or six digits, a check part after it or not: "770-35548", "40-284093", "770-35548-01", "318-40927/2".)
const BARE_DIGITS_AT = /(?<![\w.,/:+$-])(?<!(?<!#[ \t]{1,3})#)(?:\d{7,12}|\d{2,4}(?:-\d{2,4}){2,3}|(?:\d{2}|\d{4})-\d{4}-\d|\d{3,4}-\d{6,8}|\d{2,3}-\d{5,6}(?:[-/]\d{1,2})?)(?![\w/:%-]|[.,]\d|\s*(?:copies|cells|iu|units?|mg|ml)\b)/iy;
/** Drug, billing and lab code systems before a code ("NDC 0409-4888-02", "CPT 99223", "lot 12345AB"). */
export const CODE_BEFORE = /\b(?:ndc|cpt|icd-?10|icd|hcpcs|loinc|snomed|lot|upc|rxnorm|rxcui)\s*[:#]?\s*$/i;
/**
 * A named clinician's DEA or NPI number ("prescriber DEA AB1234563", "Dr. Osei (NPI 1234567893, DEA BO7654321)"): the
 * clinician's, no patient's. (A number on a script no clinician owns stays an identifier: "written under NPI 1234567893
 * for <patient> — prescriber says not theirs".)
 */
// (The clinician may follow the cue: "DEA for @dr.osei is AB1234563, NPI 1234567893", "dea for pharmd lim is ...".)
const CLINICIAN_NUMBER_BEFORE = new RegExp(
  String.raw`(?:\b(?:prescriber|prescribing|dr|doctor|provider|attending|physician|md|np|pa|dds|pharmd|rph|pharmacist|crna|cnm|cm)\b\.?[^.;\n]{0,48}\b(?:dea|npi)(?:\s*(?:#|no\.?|number))?\s*[:#]?|` +
    String.raw`\b(?:dea|npi)(?:\s*(?:#|no\.?|number))?\s+(?:for|of)\s+@?(?:prescriber|dr|doctor|provider|attending|physician|md|np|pa|pharmd|rph|pharmacist|dds|crna|cnm|cm)\b\.?[^.;\n\d]{1,30}?\s(?:is|=|:))\s*$`,
  "i",
);
/** CODE_BEFORE.test(text.slice(from, to)) (see SuffixCue). */
export const CODE_BEFORE_CUE = new SuffixCue(["ndc", "cpt", "icd-10", "icd10", "icd", "hcpcs", "loinc", "snomed", "lot", "upc", "rxnorm", "rxcui"], ":#", true);
/** Counts and amounts before a long number ("viral load 1200000", "balance $ 1234567"). */
export const COUNT_BEFORE = /(?:vl|load|copies|count|plt|platelets?|wbc|anc|titer|titre|\$|usd|balance|cost|total|steps|calories|bs|bg|fsbg|cbg|bp|sbp|dbp|hr|glucose|sugars?|readings?|temps?|weights?)\s*[:=]?\s*$/i;
/** COUNT_BEFORE.test(text.slice(from, to)) (see SuffixCue). */
export const COUNT_BEFORE_CUE = new SuffixCue(
  ["vl", "load", "copies", "count", "plt", "platelet", "platelets", "wbc", "anc", "titer", "titre", "$", "usd", "balance", "cost", "total", "steps", "calories", "bs", "bg", "fsbg", "cbg", "bp",
    "sbp", "dbp", "hr", "glucose", "sugar", "sugars", "reading", "readings", "temp", "temps", "weight", "weights"],
  ":=",
  false,
);
/** Readings in a row ("120-180-200", "110-150-180-210"): hyphenated groups all of three digits. */
const READINGS = /^\d{3}(?:-\d{3})+$/;
/** A number with a decimal point and at most five digits ("7.14", "12.5"). */
const SHORT_DECIMAL = /^\d{1,3}\.\d{1,2}$/;
/** A range of round numbers ("120-150000", "1000-4000000", "15-20000") or round groups before one digit ("1000-2000-3"), no code. */
const ROUND_RANGE = /^\d+0-\d+00$|^\d*00-\d*00-\d$|^\d{2,3}-\d+00$/;
/** A range of years after a weak cue ("charts 2019-2023", "case 2024-0001"): no identifier. */
const YEAR_RANGE = /^(?:19|20)\d\d-(?:(?:19|20)\d\d|\d{1,4})$/;

/** Cues that are everyday words too; the value after one must hold 5 digits or more. */
// (And cues this module adds: "legal hold", "breach log", "petition", "PA ref", "OHIP", "leads"; and a device, a hub
// or a cycler, insurance, the IHS and an accession without "#": "device JKS 308522", "PD cycler T2JVW6", "insurance CBX
// 374 059 394", "IHS u9759-5361-59", "acc 219866"; a pump without "#", "insulin pump re6ex0tm8e"; a hold's or a requisition's
// "#", "hold #20-31329", "req #JSFY192"; a secondary or primary plan, SECONDARY_PLAN_CONTEXT.)
const WEAK_CUE = /^(?:case|report|unos|confirmation|census\s*(?:#|no\.?|number)|auth|authori[sz]ation|charts?|ins|incident|specimen|encounter|tracking|controller|(?:legal|psych|involuntary)\s+hold|log|petition|complaint|grievance|request|aps|cps|(?:aps|cps)\s+(?:intake|referral)|ref|reference|ohip|ramq|hcn|phn|nhs|leads|device|hub|cycler|insurance|ihs|acc|pump|secondary|primary|hold\s*#|req(?:uisition)?\s*(?:#|no\.?))$/i;
/** A payer's or plan's word before "secondary" or "primary" (a plan's rank): "medicare mbi ..., secondary fp615 069 859". */
// (Not "plan", "billing", "coverage", "member" or "policy": "plan: primary T2N0M0", "billing: primary CPT 99223" rank no plan.)
const SECONDARY_PLAN_CONTEXT = /\b(?:medicare|medicaid|insurance|insurer|ins|payer|payor|mbi|bcbs|tricare|aetna|cigna|humana|kaiser|united|uhc|anthem|medi-?cal)\b/i;
/** A plan's rank's value that is a clinical code, a stage, a size or a year ("CPT 99223", "icd10 I50.23", "T2N0M0", "2.5x18mm", "TKA 2019"). */
const RANKED_CLINICAL_VALUE = /^(?:(?:cpt|icd-?(?:9|10)?|hcpcs|drg)\b|[a-z]\d{2}\.\d|[tT][0-4x][a-z]?[nN][0-3x][mM][01x]|\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+\s*(?:mm|cm)\b|(?:[a-z]{2,5}\s+)?(?:19|20)\d\d$)/i;
/** A unit or money's word after a number ("12000 dollars", "2200 ml"): a sum, no account. */
const SUM_AFTER = /^\s*(?:dollars?|usd|bucks|cents?|euros?|pounds?|ml|cc|l|mg|g|kg|units?|%)(?![a-z])/i;
/** A dose, a rate or an interval after a pump's word ("PCA pump 0.2mg q10min", "enteral pump 240ml q4h"): no serial. */
const PUMP_DOSE_VALUE = /^\d+(?:\.\d+)?\s*(?:mg|mcg|ug|ml|cc|u|units?|iu|meq|mmol|g)(?![a-z])|(?:^|[\s/])q\d+(?:h|hr|hrs|min|mins)?(?![a-z])/i;
/** An implant's word before a lot number (DEVICE's "lot" cue). */
const IMPLANT_BEFORE = /\b(?:implants?|implanted|prosthe(?:sis|tic)|hip|knee|shoulder|pacemaker|icd|stent|iol|lens|valve|graft|mesh|screws?|rods?|cochlear|breast)\b/i;
/** Plural cues: every value after one is the cue's, however long ("accounts 2373682115 and 138-6188582-96"). */
const PLURAL_CUE = /^(?:accounts|accts|mrns|charts|medicaid\s+ids)$/i;
/**
 * A code in one word after a weak cue though it holds fewer than five digits: letters then three
 * digits or more ("incident report UMFX886", "aps case udav544"), or letters and digits mixed,
 * two of each at least ("controller J2CF7R"). Six to fourteen characters.
 */
const CODE_WORD = /^(?=.{6,14}$)(?:[a-z]{2,6}\d{3,}[a-z]?|(?=(?:[a-z]*\d){2})(?=(?:\d*[a-z]){2})[a-z0-9]*\d[a-z]+\d[a-z0-9]*)$/i;
/**
 * An amount after a weak cue's plain number ("request 25000 units", "ins 12000 ml", "request 25000 /day") or the
 * other side of a ratio ("ins 12000 / 8000"): no identifier. (A code before "/" is not one: "breach log 71-550312/A",
 * "leads 5076-52 / 4076-58".)
 */
const AMOUNT_AFTER = /^\s*(?:(?:units?|u|iu|mg|mcg|ml|cc|l|copies|cells)(?![a-z])|\/\s*(?:\d|(?:d|day|h|hr|hour|min|wk|week|kg|dose)\b))/i;
/** The cues of cases, logs, requests and cards with "#", "no." or "number" after them ("log #", "request no.", "health card #"). */
const CASE_CUE = /^(?:(?:legal|psych|involuntary)\s+hold|log|petition|complaint|grievance|request|aps|cps|ref|reference|ohip|ramq|hcn|phn|nhs|health|medicare\s+card|medicaid\s+card|intake)\b/i;
/** A number or a range of two ("12", "0.8-1.2", "10-14"). */
const NUMBER_OR_RANGE = /^\d{1,4}(?:\.\d{1,3})?(?:-\d{1,4}(?:\.\d{1,3})?)?$/;
/** A number or range glued to its unit ("12-24h", "101.2F", "40-60%"): an amount. */
const GLUED_AMOUNT = /^\d{1,4}(?:\.\d{1,3})?(?:-\d{1,4}(?:\.\d{1,3})?)?(?:h|hr|hrs|d|wk|wks|mo|y|yr|f|c|mg|mcg|ml|g|kg|u|x|min|mins)$/i;
/** A unit after a number ("10-14 days", "0.5-1 mg", "10-20 ml/hr"). */
const UNIT_WORD_AFTER = /^\s*(?:units?|u|iu|mg|mcg|ml|cc|l|copies|cells|days?|d|hrs?|hours?|h|min|mins|minutes|wks?|weeks?|mos?|months?|yrs?|years?|times|x|tabs?|%|mmhg|bpm|kg|lbs?|g|meq|mmol|ng|pg|fr)(?![a-z])/i;
/** A bed or room ("4B-12", "5C14", "12A"): a cued number of digits alone does not take it after a space. */
const BED_AFTER_NUMBER = /^\d{1,2}[a-z]{1,2}(?:-?\d{1,3}[a-z]?)?$/i;
/** Five digits or more, and nothing else. */
const ALL_DIGITS_5 = /^\d{5,}$/;
/** A plain number (digits alone): what AMOUNT_AFTER is read after. */
const PLAIN_NUMBER = /^\d+$/;
/**
 * A range of two numbers of four digits at most, the lower first: after a weak cue, a reference range ("(ref 0.45-4.50)",
 * "CK ref 22-198", "SG ref 1.005-1.030"), no identifier ("breach log 71-550312" holds six digits; "ref 4662-5413" is a range, "ref 5413-4662" none).
 */
const LAB_RANGE = /^(\d{1,4}(?:\.\d{1,3})?)-(\d{1,4}(?:\.\d{1,3})?)$/;
/**
 * A row of bracketed cells, a name's, a number's of hyphenated pairs or triples of digits, and a date's ("[rowe, ada]
 * [40-17-23] [3/9/41]"): the middle cell is the record number, six digits at least (no cue names it).
 */
// (The name's cell is read at most 60 characters, no bracket in it: a long run with no "]" is read once from each "[".)
const BRACKET_ROW_MRN = /\[([^\][\n\d]{1,60})\][ \t]*\[(\d{2,4}(?:-\d{2,4}){2,3})\][ \t]*\[[ \t]*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]*\]/g;
/** A letter of any script (the name's cell holds one). */
const ANY_LETTER = /\p{L}/u;
/** What stands between a cue and its value when the value is printed with its own "#": the cue's "#", "no." or "number", then a space and "#". */
const SECOND_SIGN = /(?:#|\bno\.?|\bnumber)[^\S\n]*[:=]?[^\S\n]+#$/i;
/** Three digits, a hyphen and four: a record's number as a local phone number is printed ("chart 492-3605"). */
const LOCAL_NUMBER_SHAPE = /^\d{3}-\d{4}$/;
/** A lab's name and a number or range after a weak cue ("ref CD4 200-500", "ref T4 0.8-1.8"): no identifier. */
const ANALYTE_RANGE = /^[a-z]{1,5}\d{1,2}[a-z]?(?: \d{1,4}(?:\.\d{1,3})?(?:-\d{1,4}(?:\.\d{1,3})?)?)+$/i;
/** The leads of an ECG after "leads" ("V1V2V3", "V1 V2 V3 V4 V5", "V4R V5R"): no device. */
// (One way only to read a run: "I" parts need a separator before them; "(?:(?:...|i{1,3})[ ,/-]*)+" split a run of
// i's every way, exponentially: 4.5 s for 32 characters.)
const ECG_LEADS = /^(?:v\d{1,2}r?|av[rlf]|i{1,3})(?:[ ,/-]*(?:v\d{1,2}r?|av[rlf])|[ ,/-]+i{1,3})*$/i;
/** Genes, alleles and strains after a weak cue ("request CYP2C19 genotype", "ref JAK2V617F", "case of USA300 MRSA"): no code. */
const GENE_OR_STRAIN = /^(?:cyp\d|jak\d|usa\d{3}$|hla|brca|kras|nras|braf|egfr|idh\d|flt\d|npm\d|tp53|her\d|apoe|mthfr|g6pd|ugt1a|slco|tpmt|dpyd|vkorc|erbb\d|pik3|cdkn|alk\d|ros\d|met\d)/i;
/** A short part glued after a cued code ("71-550312/A", "QT-3308-B/22", "WOXA529/B"): part of it, unless a unit ("12345/ml"). */
const CODE_SUFFIX_AT = /[/-](?!(?:ml|l|dl|ul|hr|h|d|day|min|kg|wk|hpf|lpf|mo|yr)(?![a-z0-9]))[a-z0-9]{1,4}(?![\w/-]|[.,]\w)/iy;
/** A fraction or ratio of plain numbers ("2400/1800"). */
const PLAIN_RATIO = /^\d+\/\d+$/;
/** Readings in a row with spaces ("110 120 135"): after a weak cue, no identifier. */
const SPACED_READINGS = /^\d{2,3}(?: \d{2,3})+$/;
/** A further value after a cued one: ", 00345552", " and 00345552", " / 00345552". */
const NEXT_VALUE = new RegExp(String.raw`\s*(?:,|&|\/|\band\b|\bor\b)\s*(${VALUE})\b`, "iy");
// Sticky copies, tried only where the scan found a cue word (or a "#").
const CUE_AT = new RegExp(CUE_ALL.source, "iy");
/** An age and sex, as a cue's value: "76m", "25F", "8yo". */
const AGE_SEX_VALUE = /^\d{1,3}\s?(?:m|f|yo|y\/o)$/i;
const PHONE_CUE_AT = new RegExp(PHONE_CUE.source, "iy");
/** A MAC address, a device's hardware id: six hex pairs joined by ":" or "-" ("a9:46:cc:84:16:70"). */
export const MAC = /(?<![\w:-])[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\w:-])/gi;
/** A Medicare beneficiary identifier ("7MJ0-CD5-KA31", "1EG4TE5MK73"). */
const MBI = /^[1-9][a-z][a-z0-9]\d-?[a-z][a-z0-9]\d-?[a-z]{2}\d{2}$/i;
export const VIN_SHAPE = /\b[A-HJ-NPR-Z0-9]{17}\b/gi;
// Sticky copies of the IPv6 and VIN patterns, tried only where a match can start (a long
// text opens every gate, and these two tried at every character of it).
const IPV6_AT = new RegExp(IPV6.source, "iy");
const VIN_AT = new RegExp(VIN_SHAPE.source, "iy");
const TLDS = ["com", "org", "net", "edu", "gov", "io", "health", "us", "co", "uk", "info", "me", "ly", "app", "care"];

/**
 * Whether a "www.", "://" or ".com"-like ending appears (the URL regex is costly). One pass
 * over the dots finds "www." too, and "://" is looked for only when the scan counted a colon.
 */
function mayHoldUrl(text: string, colons: number): boolean {
  if (colons > 0 && text.includes("://")) return true;
  for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) {
    if (dot >= 3 && text.charCodeAt(dot - 1) === 119 && text.charCodeAt(dot - 2) === 119 && text.charCodeAt(dot - 3) === 119) return true;
    let end = dot + 1;
    while (end < text.length && end - dot <= 7 && isLetter(text.charCodeAt(end))) end++;
    if (end > dot + 1 && isTld(text, dot + 1, end)) return true;
    // (A country code before a path: "goo.gl/", "kauricoast.nz/".)
    if (end === dot + 3 && text.charCodeAt(end) === 47) return true;
  }
  return false;
}

/** Whether the letters text[from, to) are one of TLDS in any case (without cutting them out). */
function isTld(text: string, from: number, to: number): boolean {
  for (const tld of TLDS) {
    if (tld.length !== to - from) continue;
    let k = 0;
    while (k < tld.length && (text.charCodeAt(from + k) | 32) === tld.charCodeAt(k)) k++;
    if (k === tld.length) return true;
  }
  return false;
}

/** `[-./ ]`: what may separate the parts of a coded value. */
function isValueSeparator(c: number): boolean {
  return c === 45 || c === 46 || c === 47 || c === 32;
}

/** Length of `url` without trailing ".,;:!?)]" (what /[.,;:!?)\]]+$/ would remove). */
function urlEnd(url: string): number {
  let end = url.length;
  for (;;) {
    const c = url.charCodeAt(end - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93) end--;
    else return end;
  }
}

/** `/^[\d.]+$/.test(s)`. */
function digitsAndDots(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c !== 46 && (c < 48 || c > 57)) return false;
  }
  return s.length > 0;
}

/** `\w`: ASCII letters, digits and "_". */
function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** Digits of a candidate phone number. */
function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}

/**
 * Where IPV6 can match, in order: its first colon has another within four hex digits after
 * it, and it starts at most four hex digits before that colon.
 */
export function ipv6Starts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let k = colon + 1;
    while (k < text.length && k - colon <= 4 && isHexDigit(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 58) continue;
    for (let at = Math.max(next, colon - 4); at <= colon; at++) starts.push(at);
    next = colon + 1;
  }
  return starts;
}

/**
 * Where VIN_SHAPE can match with a digit (a match without one is dropped): the start of each
 * run of exactly 17 ASCII letters and digits around a digit the scan noted (scan.vinDigits),
 * so a long text is not read a second time character by character.
 */
export function vinStarts(scan: Scan): number[] {
  const { text, vinDigits } = scan;
  const starts: number[] = [];
  let runEnd = 0;
  for (const at of vinDigits) {
    if (at < runEnd) continue;
    let start = at;
    while (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
    runEnd = at;
    while (runEnd < text.length && isAsciiAlnum(text.charCodeAt(runEnd))) runEnd++;
    if (runEnd - start === 17) starts.push(start);
  }
  return starts;
}

/**
 * Whether CUE_AT may match at `at`: the first digit after it (a value holds one) comes
 * before any character that is no letter, space or one of "#.'/=:-(". Up to the value's first
 * digit CUE_AT reads only those: its cues' letters, spaces, "#", ".", "'" and "/", the
 * separators [\s=:#(-] and "is", "was", "of", "for", "there", "here", "checked", and the value's letters and hyphens.
 * "pt doing well, BP 120/80" stops at the comma: the pattern is not run at "pt".
 */
function mayHoldIdValue(text: string, at: number): boolean {
  return !ptWithoutId(text, at) && isDigitCode(text.charCodeAt(idValueStop(text, at)));
}

/**
 * mayHoldIdValue for one text's cue offsets in rising order, reading each character once:
 * offsets inside the run the last call read share its stop ("mrn mrn mrn ... 1" read the
 * rest of the text from every cue, quadratically: 7 s at 100,000 characters).
 */
function idValueGate(): (text: string, at: number) => boolean {
  let from = -1, stop = -1;
  return (text, at) => {
    if (ptWithoutId(text, at)) return false;
    if (at < from || at > stop) {
      from = at;
      stop = idValueStop(text, at);
    }
    return isDigitCode(text.charCodeAt(stop));
  };
}

/** "pt" and "patient" are cues only before "id" ("pt id", "patient id"): most are no cue. */
function ptWithoutId(text: string, at: number): boolean {
  let word = at;
  while (word < text.length && isLetter(text.charCodeAt(word))) word++;
  return (isLowerWord(text, at, word, "pt") || isLowerWord(text, at, word, "patient")) && !spacesThenId(text, word);
}

/** The first digit at or after `at`, or the first character CUE_AT cannot read before one, or the text's end. */
function idValueStop(text: string, at: number): number {
  let k = at;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isDigitCode(c)) return k;
    if (!(isLetter(c) || c === 35 || c === 46 || c === 39 || c === 47 || c === 61 || c === 58 || c === 45 || c === 40 || c === 44 || isSpaceCode(c))) return k;
  }
  return k;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether text[from, to) is `lower` in any case (ASCII). */
function isLowerWord(text: string, from: number, to: number, lower: string): boolean {
  if (to - from !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(from + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}

/** `\s+id` at `at`, in any case. */
function spacesThenId(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  return k > at && (text.charCodeAt(k) | 32) === 105 && (text.charCodeAt(k + 1) | 32) === 100;
}

/** A serial number of capitals alone after its cue (sticky): "hub serial EUCYFSMHKY", "S/N QWRTPLKZ". */
// (Each run of spaces is read one way: "(?:\s*#)?\s*[:#]?\s*" split a long run between three "\s*" every way,
// 19 s for "Serial" and 100,000 spaces.)
const SERIAL_LETTERS_AT = /(?:[Ss][Ee][Rr][Ii][Aa][Ll]|[Ss]\/?[Nn])\s*(?:(?:#|[Nn][Oo]\.?|[Nn]umber|NUMBER)\s*)?(?:[:#]\s*)?(?:is\s+)?([A-Z]{8,16})(?![\w-])/y;

/**
 * First words of CUES' cues that the lexicon does not flag as ID cues ("legal hold", "breach log", "OHIP", "app #": an application's number, "medicaid app # 4471";
 * an intake's number, "intake #4410982"; a department of corrections number, "DOC 318-552", five digits at least as after a weak cue: "doc 2" is a doctor;
 * a tribal or program enrollment's number, "enrollment # 0350118"; California's Medicaid, "Medi-Cal 91234567A"; a device's hub or
 * cycler, "bedside hub LKZ 617405"; the Indian Health Service's number, "IHS ANW 108 173 215").
 */
const MORE_ID_CUES = new TokenWords(["hub", "cycler", "ihs", "legal", "psych", "involuntary", "log", "petition", "complaint", "grievance", "request", "aps", "cps", "health", "ohip", "ramq", "hcn", "phn", "nhs", "leads", "app", "application", "intake", "doc",
  "enrollment", "enrolment", "medi", "medi-cal", "unos", "census", "hold", "req", "requisition", "va", "accounts", "accts", "secondary", "primary"]);

/** Where CUE_AT can match: an ID cue word of the lexicon (`offsets`, which this extends) or of MORE_ID_CUES, in text order. */
function idCueOffsets(scan: Scan, offsets: number[]): number[] {
  const { tokens, count } = scan;
  let more = false;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (!(t.flags & F_ID_CUE) && MORE_ID_CUES.has(t)) {
      offsets.push(t.start);
      more = true;
    }
  }
  return more ? offsets.sort((a, b) => a - b) : offsets;
}


/** Where PHONE_CUE can match: a cue word, or a "#" right after a word character. */
function phoneCueOffsets(scan: Scan): number[] {
  const offsets = scan.features & F_PHONE_CUE ? cueOffsets(scan, F_PHONE_CUE) : [];
  if (scan.hashes === 0) return offsets;
  const text = scan.text;
  for (let at = text.indexOf("#"); at > 0; at = text.indexOf("#", at + 1)) {
    if (isWordChar(text.charCodeAt(at - 1))) offsets.push(at);
  }
  return offsets.sort((a, b) => a - b);
}

/**
 * Finds shaped identifiers in a scanned text. Each pattern runs only when the scan shows
 * what it needs (enough digits, a "+", a cue word): most messages skip most patterns.
 */
export function detectStructured(scan: Scan, out: Detection[]): void {
  const { text, digits } = scan;
  // Emails: find each "@" and grow outwards (a global email regex is slow on long text).
  if (scan.at > 0) for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && isEmailLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    push(out, start, at + 1 + domain[0].length, "EMAIL");
  }
  if (scan.dots > 0 && mayHoldUrl(text, scan.colons)) {
    each(URL_RE, text, (m) => {
      const v = m[0].slice(0, urlEnd(m[0]));
      // "K.com"-like false hits are rare; skip pure decimal numbers such as "3.2".
      if (digitsAndDots(v)) return;
      // (A country code with a path: not a unit, and a site's name before it; nor a word, a full stop typed
      // without its space and one word: "consult placed.gi/surgery aware", "eval done.ot/pt".)
      const word = COUNTRY_CODE_WORD_PATH.exec(v);
      if (word && !KNOWN_DOMAIN_END.test(v.slice(0, v.indexOf("/"))) && isEnglishWord(word[1]!.toLowerCase(), 0, word[1]!.length)) return;
      push(out, m.index, m.index + v.length, "URL");
    });
  }
  // IPv6 needs "::" or at least 4 colons; times ("14:30") have one or two.
  if (scan.colons >= 2 && (text.includes("::") || scan.colons >= 4)) {
    execAt(IPV6_AT, text, ipv6Starts(text), (m) => {
      const v = m[0];
      const doubles = v.split("::").length - 1;
      const groups = v.split(":").filter((g) => g.length > 0).length;
      if (doubles > 1 || (doubles === 0 && groups !== 8) || groups < 2) return;
      // Times ("14:30:00") are not addresses: need a hex letter or "::".
      if (!/[a-f]/i.test(v) && doubles === 0) return;
      push(out, m.index, m.index + v.length, "IP");
    });
  }
  // (A hex letter in it: "10-12-14-16-18-20" are readings.)
  if ((scan.colons >= 5 || scan.hyphens >= 5) && digits > 0) each(MAC, text, (m) => {
    if (/[a-f]/i.test(m[0])) push(out, m.index, m.index + m[0].length, "DEVICE");
  });
  // The scan saw the digit runs: skip shapes that are not there.
  if (scan.ipv4Shape) each(IPV4, text, (m) => push(out, m.index, m.index + m[0].length, "IP"));
  if (scan.ssnShape) each(SSN, text, (m) => {
    if (m[1] === "." && VERSION_BEFORE_END.test(text, Math.max(0, m.index - 24), m.index)) return;
    push(out, m.index, m.index + m[0].length, "SSN");
  });
  if (scan.phoneShape) {
    each(PHONE_US, text, (m) => {
      const v = m[0];
      // Ten digits alone (an extension after them or not): a NANP number's area code and exchange start with 2-9.
      if (isDigitCode(v.charCodeAt(9)) && digitCount(v.slice(0, 10)) === 10 && (v.charCodeAt(0) < 50 || v.charCodeAt(3) < 50 || clinicianNumber(text, m.index))) return;
      push(out, m.index, m.index + v.length, "PHONE");
    });
  }
  if (digits >= 7) {
    if (scan.plus > 0) {
      each(PHONE_INTL, text, (m) => {
        let v = m[0].trimEnd();
        // ("(+1 277 460 6687)": a bracket around the whole number is not the number's; one around an area code is.)
        if (v.endsWith(")") && v.split("(").length < v.split(")").length) v = v.slice(0, -1);
        const digits = digitCount(v);
        if (digits < 7 || digits > 15) return;
        // libphonenumber knows each country's lengths; a "+" and 8+ digits is a phone in chat anyway.
        if (digits < 8 && !isPossiblePhoneNumber(v)) return;
        push(out, m.index, m.index + v.length, "PHONE");
      });
    }
    // A cue word or "#" must introduce the number.
    if (scan.features & F_PHONE_CUE || scan.hashes > 0) execAt(PHONE_CUE_AT, text, phoneCueOffsets(scan), (m) => {
      // Room for numbers typed with double spaces ("+33  1  16  58  00  40"); a capture that
      // ran on into other numbers gives back its last groups until it is a phone's length.
      let v = m[1]!.trimEnd();
      let digits = digitCount(v);
      while (digits > 15) {
        const shorter = v.replace(/[\s().-]+\d+$/, "");
        if (shorter === v) break;
        v = shorter;
        digits = digitCount(v);
      }
      if (digits < 7 || digits > 15) return;
      const start = m.index + m[0].length - m[1]!.length;
      push(out, start, start + v.length, "PHONE");
    });
  }
  if (digits >= 4 && scan.features & F_SSN) each(SSN_CUE, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    push(out, start, m.index + m[0].length, "SSN");
  });
  if (digits >= 4 && scan.features & F_SSN) each(SSN_LAST4_BEFORE, text, (m) => push(out, m.index, m.index + 4, "SSN"));
  if (digits > 0 && (scan.features & F_PLATE || hasToken(scan, MORE_PLATE_CUES) || (hasToken(scan, COLOUR_TOKENS) && hasToken(scan, CAR_TOKENS)))) each(PLATE, text, (m) => {
    const v = m[1]!;
    // Plates are written in capitals, or in lower case in text typed all in lower case.
    if (!/\d/.test(v) || !(/^[A-Z0-9 -]+$/.test(v) || (/^[a-z0-9 -]+$/.test(v) && scan.lowerCase))) return;
    // (A transport's unit is a plate with letters and digits, five or more: not "ambulance unit 12", "transport unit 4B".)
    const unit = TRANSPORT_UNIT_FIRST.test(m[0]);
    // (Nor oxygen and its flow: "ambulance vehicle O2 15L".)
    if (unit && (!hasLetter(v) || v.replace(/[ -]/g, "").length < 5 || v.split(/[ -]/).some((part) => /^(?:o2|\d+(?:l|lpm|ml|mg|kg|min))$/i.test(part)))) return;
    // (No part is a dose's unit: "reg 2 units insulin" is regular insulin.)
    if (DOSE_AMOUNT.test(v)) return;
    // (Nor our own bed after a registration desk's label: "registration: bay 4 needs ...", "registration: 7N-12 needs ...".)
    if (/^reg/i.test(m[0]) && BED_VALUE.test(v)) return;
    // (After a vehicle word without a plate cue, no part may be a word: "car was 1500", "car and 911".)
    // (Alone in brackets after the vehicle's word, a part may be a word: "in car (915-HUB)".)
    const bracketed = m[0].charCodeAt(m[0].length - v.length - 1) === 40 && text.charCodeAt(m.index + m[0].length) === 41;
    if ((unit || VEHICLE_FIRST.test(m[0])) && !bracketed && v.split(/[ -]/).some((part) => /^[a-z]+$/i.test(part) && (lexicon.NOT_A_NAME.has(part.toLowerCase()) || isEnglishWord(part.toLowerCase(), 0, part.length)))) return;
    const start = m.index + m[0].length - v.length;
    // (A last part after a hyphen is the plate's: "transport unit SDY-0711-B" left "-B".)
    PLATE_SUFFIX_AT.lastIndex = start + v.length;
    const suffix = PLATE_SUFFIX_AT.exec(text);
    push(out, start, start + v.length + (suffix && (scan.lowerCase || !/[a-z]/.test(suffix[0])) ? suffix[0].length : 0), "VEHICLE");
  });
  if (scan.vinShape) execAt(VIN_AT, text, vinStarts(scan), (m) => {
    if (/\d/.test(m[0]) && /[a-z]/i.test(m[0])) push(out, m.index, m.index + 17, "VEHICLE");
  });
  const lexiconCues = scan.features & F_ID_CUE ? cueOffsets(scan, F_ID_CUE) : [];
  // "hub serial EUCYFSMHKY": a serial of capitals alone, in text typed in both cases (typed all in
  // one case, such a word is as likely a clinical one: "serial troponins", "SERIAL LACTATES").
  if (lexiconCues.length > 0 && !scan.upperCase && !scan.lowerCase) execAt(SERIAL_LETTERS_AT, text, lexiconCues, (m) => {
    const v = m[1]!, lower = v.toLowerCase();
    // (Drawn at random, a code's letters are seldom vowels; a word's are: "serial PROCALCITONIN".)
    if (vowels(v) * 4 > v.length || isEnglishWord(lower, 0, lower.length) || isEnglishWord(lower, 0, lower.length - 1) || lexicon.NOT_A_NAME.has(lower)) return;
    push(out, m.index + m[0].length - v.length, m.index + m[0].length, "DEVICE");
  });
  const idCues = digits > 0 ? idCueOffsets(scan, lexiconCues.slice()) : [];
  if (idCues.length > 0) execAt(CUE_AT, text, idCues, (m) => {
    let k = 0;
    while (k < CUES.length && m[k + 1] === undefined) k++;
    const raw = m[CUES.length + 1]!;
    // The value without trailing separators ("12345." -> "12345").
    let length = raw.length;
    while (length > 0 && isValueSeparator(raw.charCodeAt(length - 1))) length--;
    // (A bed or room after a number of digits alone is no part of it: "MRN 40417723 5C-14", "acct 88213409 12B".)
    const space = raw.lastIndexOf(" ", length);
    if (space > 0 && BED_AFTER_NUMBER.test(raw.slice(space + 1, length)) && ALL_DIGITS_5.test(raw.slice(0, space))) length = space;
    // A cue word that is also an everyday word ("case", "report", "charts", "ins") needs a
    // long number after it: "APS case 24-42151", not "case 2".
    // (Nor a range of years, nor "ins" of ins and outs: "charts 2019-2023", "ins 12000 outs 8000".)
    // (A code of letters and four digits counts too: "Case CPS-7230-JJ".)
    const numbers = digitCount(raw);
    // (Nor readings: "BP tracking 120-130-140", "glucose tracking 110 120 135".)
    // (The cue may hold the spaces after it: "tracking ", "cdl ".)
    // (A code of letters and three digits, or of letters and digits mixed, counts too: "incident report UMFX886", "controller J2CF7R";
    // not a dose, a ratio or a clinical code: "request 25000 units", "intake 2400/1800".)
    const value = raw.slice(0, length), cue = m[k + 1]!, cueWord = cue.trimEnd();
    // ("serial BRA 994648", "insurance CBX 374 059 394": letters before the digits are the value's only as a code's are.)
    // (Rejected, the letters may be a cue of their own, read from its own offset: "hub imei 949166282458997".)
    if (!cueValuePrefixWord(scan, value, CUES[k]![0])) return m.index + 1;
    // (After a weak cue or one of the cues of cases, logs and cards, with "#" or not, no amount, time or range:
    // "log # 0.8-1.2", "request # 0800-1600", "health card 10-14 days", "ref 12-24h", "ref 101.2F"; nor a gene: "ref JAK2V617F".)
    // (A chart's number may have a local number's shape, "IHS chart 492-3605": no reference range.)
    const range = labRange(value) && !(CUES[k]![0] === "MRN" && LOCAL_NUMBER_SHAPE.test(value));
    const weakCue = WEAK_CUE.test(cueWord);
    if ((weakCue || CASE_CUE.test(cue)) && (range || GLUED_AMOUNT.test(value) || GENE_OR_STRAIN.test(value) ||
      (NUMBER_OR_RANGE.test(value) && UNIT_WORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))))) return;
    if (weakCue && ((numbers < 5 && !(numbers === 4 && /[a-z]/i.test(raw)) && !weakCueCode(value)) || YEAR_RANGE.test(raw.trim()) || READINGS.test(value) || SPACED_READINGS.test(value) ||
      PLAIN_RATIO.test(value) || ROUND_RANGE.test(value) || (PLAIN_NUMBER.test(value) && AMOUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) || (/^ins$/i.test(cue) && /^\s*outs?\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) ||
      // (Nor a weak cue glued to a digit, "log10 4.3-5.6" (a code glued to its word is read without a cue: "ref12345"),
      // a reference range, a lab's name and its range, an ECG's leads: "(ref 0.45-4.50)", "ref CD4 200-500", "leads V1 V2 V3 V4 V5".)
      (isLetter(text.charCodeAt(m.index + cue.length - 1)) && isDigitCode(text.charCodeAt(m.index + cue.length))) || range || ANALYTE_RANGE.test(value) || (/^leads$/i.test(cue) && ECG_LEADS.test(value)))) return;
    // (Across a name, "passport # for Ana Brandt is 512-077-391", a code of five digits at least: not "permit for Jo is 100 mg".)
    if (numbers < 5 && FOR_WHOM_IN.test(m[0].slice(0, m[0].length - raw.length))) return;
    // ("secondary" and "primary" are a plan's rank only after a payer's word in the text: "secondary to sepsis" has no digits,
    // "primary 12345" with no plan named stays.)
    // (The payer's word in the sentence, no clinical code, stage, size or year: "insurance ok. primary 2.5x18mm stent".)
    if (/^(?:secondary|primary)$/i.test(cue) && (!SECONDARY_PLAN_CONTEXT.test(sentenceBefore(text, m.index, 120)) || RANKED_CLINICAL_VALUE.test(value))) return;
    if (/^pump$/i.test(cueWord) && PUMP_DOSE_VALUE.test(value)) return;
    // (A lot's number is a device's only on an implant's, letters and digits both: "implant lot 1J49UL", "hip prosthesis lot
    // RNB013997S"; not a drug's or a parking lot's: "heparin lot 2345", "trailer lot 104".)
    if (/^lot\b/i.test(cueWord) && (!hasLetter(value) || !implantBeforeLot(text, m.index))) return;
    // ("accounts" as a verb, or a sum: "UOP accounts for 1200 of the 1500 in", "stool accounts for 2200ml", "her accounts 12000 dollars".)
    if (/^acc(?:oun)?ts$/i.test(cueWord) && (/\b(?:for|of|to)\b/i.test(m[0].slice(cue.length, m[0].length - raw.length)) || GLUED_AMOUNT.test(value) ||
      SUM_AFTER.test(text.slice(m.index + m[0].length - raw.length + length, m.index + m[0].length - raw.length + length + 12)))) return;
    // (An application's number holds four digits at least: "app # 4471", not "app id 100 mg".)
    if (numbers < 4 && /^app/i.test(cue)) return;
    // (A department of corrections or intake number five digits at least, no amount: "DOC 318-552", "intake #4410982", not "doc 2",
    // "doc 10-14 days", "intake # 800 ml".)
    if (/^(?:doc|intake)\b/i.test(cue) && (numbers < 5 || GLUED_AMOUNT.test(value) || (NUMBER_OR_RANGE.test(value) && UNIT_WORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))))) return;
    // (A short decimal is a number, no identifier: "policy 7.14 says", "plan 2.5 mg".)
    if (SHORT_DECIMAL.test(raw.slice(0, length))) return;
    // (Nor an age and sex: "curbside q for ID: 76m from Enugu" asks infectious disease.)
    if (AGE_SEX_VALUE.test(value)) return;
    // (Nor one of our beds after a registration desk's label: "registration: 7N-12 needs a new card scan".)
    if (/^reg/i.test(cue) && BED_VALUE.test(value)) return;
    // (A value in brackets holds five digits or more: "mrns checked (h42-29934", not "controller (2023 model)", "member checked (100 mg)".)
    if (numbers < 5 && m[0].slice(0, m[0].length - raw.length).includes("(")) return;
    // "CASE-2025-246941": a cue glued to its value by a hyphen is part of the code.
    const glued = CUES[k]![0] === "ID" && m[0].length === m[k + 1]!.length + 1 + raw.length && m[0].charCodeAt(m[k + 1]!.length) === 45;
    // ("device SN 3671X0781", "DL on file DL 9316647805": after a cue of its type, "SN" or "DL" is printed on the number.)
    const start = glued || (PRINTED_PREFIX_CUE.test(cueWord) && PRINTED_PREFIX_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) ? m.index : m.index + m[0].length - raw.length;
    // ("claim # #0954721", "claim no. #4471902"; a cue's own sign or word stands before: a second "#" glued to the value is the value's.)
    const sign = !glued && SECOND_SIGN.test(m[0].slice(0, m[0].length - raw.length)) ? 1 : 0;
    // (A short part glued after the value is the code's: "breach log 71-550312/A", "legal hold QT-3308-B/22"; cut
    // there, the rest was left in the text.)
    CODE_SUFFIX_AT.lastIndex = start + length;
    const suffix = length === raw.length ? CODE_SUFFIX_AT.exec(text) : null;
    let end0 = start + length + (suffix ? suffix[0].length : 0);
    // (A health card's version code: "health card 1234 567 890 AB" left "AB".)
    if (CUES[k]![0] === "HEALTH_PLAN" && /^\d{4}[ -]?\d{3}[ -]?\d{3}$/.test(value) && !suffix) {
      VERSION_CODE_AT.lastIndex = end0;
      const code = VERSION_CODE_AT.exec(text);
      const lower = code ? code[1]!.toLowerCase() : "";
      // (In capitals amid text in both cases it is a code; typed in one case, not a short word: "... 890 is valid", "... 890 ON FILE".)
      if (code && lower !== "ok" && ((!scan.upperCase && code[1] === code[1]!.toUpperCase()) || !SHORT_WORDS.has(lower))) end0 += code[0].length;
    }
    // ("unos #7222622": the registry's word as the cue stays a cue.)
    push(out, /^unos/i.test(cue) ? start - sign : registryStart(text, start - sign), end0, CUES[k]![0]);
    // More of the same after one cue: "merge charts 00409297 and 00345552".
    let end = m.index + m[0].length;
    for (;;) {
      NEXT_VALUE.lastIndex = end;
      const more = NEXT_VALUE.exec(text);
      // Of the same kind: five digits or more, and about as long as the first.
      // (After a plural cue any length: "accounts 2373682115 and 138-6188582-96".)
      if (!more || digitCount(more[1]!) < 5 || (Math.abs(more[1]!.length - length) > 3 && !PLURAL_CUE.test(cueWord)) || VALUE_PREFIX.test(more[1]!)) return end;
      end = more.index + more[0].length;
      push(out, end - more[1]!.length, end, CUES[k]![0]);
    }
  }, idValueGate());
  if (digits >= 5 && text.includes("|")) tableCodes(text, out);
  if (scan.hyphens >= 2 && digits >= 12 && text.includes("[")) each(BRACKET_ROW_MRN, text, (m) => {
    if (!ANY_LETTER.test(m[1]!)) return;
    const start = m.index + m[0].indexOf(m[2]!, m[1]!.length + 2);
    push(out, start, start + m[2]!.length, "MRN");
  });
  // ("Ada Roe (577 3391)": three digits and four, a space between, alone in brackets: a record's or a local phone's number.)
  if (scan.parens > 0 && digits >= 7) each(BRACKETED_GROUPS, text, (m) => {
    if (UNIT_AFTER_BRACKET.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) || readingInClause(text.slice(Math.max(0, m.index - 48), m.index))) return;
    push(out, m.index + 1, m.index + m[0].length - 1, "ID");
  });
  if (scan.fiveDigitRun && scan.features & F_ZIP) zipsInClause(text, out);
  // (After the cued values: "IHS chart 492-3605" stays the chart's number.)
  if (scan.hyphens > 0 && digits >= 7) each(LOCAL_PHONE, text, (m) => {
    if (localPhoneLookAlike(text, m)) return;
    push(out, m.index, m.index + m[0].length, "PHONE");
  });
  // (After the cued values: a span both find keeps the cue's type.)
  // Codes without a cue word: letters and 4+ digits in one word ("hb48244207", "39EY1145",
  // "078441757R"), and runs of 7 to 12 digits no phone or date shape took ("merge 43462880").
  // In clinical chat such a code is an identifier: lab values, doses and codes are shorter.
  // Each is tried only at the word around a digit run the scan noted (scan.codeRuns).
  let resume = 0;
  for (const run of scan.codeRuns) {
    if (run < resume) continue;
    // "011 61 412 177 828": the exit code dialled from North America, then seven to fifteen digits.
    if (text.startsWith("011", run)) {
      PHONE_011_AT.lastIndex = run;
      const m = PHONE_011_AT.exec(text);
      const numbers = m ? digitCount(m[0]) - 3 : 0;
      if (m && numbers >= 7 && numbers <= 15) {
        push(out, run, run + m[0].length, "PHONE");
        resume = run + m[0].length;
        continue;
      }
    }
    // "0412 177 828", "020 7946 0958": a national number, three groups (not times: "0600 1200 1800").
    if (text.charCodeAt(run) === 48 && text.charCodeAt(run + 1) !== 48) {
      PHONE_NATIONAL_AT.lastIndex = run;
      const m = PHONE_NATIONAL_AT.exec(text);
      const numbers = m ? digitCount(m[0]) : 0;
      if (m && numbers >= 10 && numbers <= 11 && !/^\d{4} \d{4} \d{4}$/.test(m[0])) {
        push(out, run, run + m[0].length, "PHONE");
        resume = run + m[0].length;
        continue;
      }
    }
    // "0044 20 1215 8287": the international prefix typed as 00.
    if (text.charCodeAt(run) === 48 && text.charCodeAt(run + 1) === 48) {
      PHONE_00_AT.lastIndex = run;
      const m = PHONE_00_AT.exec(text);
      const numbers = m ? digitCount(m[0]) : 0;
      if (m && numbers >= 10 && numbers <= 17) {
        push(out, run, run + m[0].length, "PHONE");
        resume = run + m[0].length;
        continue;
      }
    }
    const start = codeWordStart(text, run);
    // (Most such words, "20mg", "2L", "4N-12", hold fewer than four digits: no pattern runs.)
    if (codeWordDigits(text, start) < 4) continue;
    MIXED_CODE_AT.lastIndex = start;
    const mixed = MIXED_CODE_AT.exec(text);
    const numbers = mixed ? digitCount(mixed[0]) : 0;
    // (Digits alone are read below.)
    // (Short parts joined by hyphens hold six digits or more: "HR95-105", "JAK2-V617F" are no codes.)
    if (mixed && hasLetter(mixed[0]) && (digitCount(mixed[0]) >= 6 || !SHORT_PARTS.test(mixed[0]) || MBI.test(mixed[0]))) {
      const v = mixed[0];
      resume = start + v.length;
      // (Five characters are a billing or extension code: "G0439", "x4417".)
      // (Nor a gene's variant: "JAK2V617F positive".)
      if (v.length < 6 || numbers < 4 || UNIT_END.test(v) || CLINICAL_CODE.test(v) || GENE_OR_STRAIN.test(v) || CODE_BEFORE_CUE.test(text, Math.max(0, start - 12), start) || clinicianNumber(text, start)) continue;
      push(out, MBI.test(v) ? start : registryStart(text, start), resume, MBI.test(v) ? "HEALTH_PLAN" : "ID");
      continue;
    }
    BARE_DIGITS_AT.lastIndex = start;
    const bare = BARE_DIGITS_AT.exec(text);
    if (!bare) continue;
    resume = start + bare[0].length;
    const from = Math.max(0, start - 16);
    if (digitCount(bare[0]) < 7 || READINGS.test(bare[0]) || ROUND_RANGE.test(bare[0]) || COUNT_BEFORE_CUE.test(text, from, start) || CODE_BEFORE_CUE.test(text, from, start) || clinicianNumber(text, start)) continue;
    push(out, secondSign(text, start) ? start - 1 : registryStart(text, start), resume, "ID");
  }
}

/** A ZIP code's word ("zip", "zip code", "postal code", "zips"). */
const ZIP_WORD = /\b(?:zip(?:\s*code)?|zipcode|postal\s+code|postcode)s?\b/gi;
/** Words, spaces, commas, colons and dashes before a five-digit number (group 1; sticky): no other number between. */
const CLAUSE_THEN_FIVE = /([^\d.;!?\n]{0,40}?)(?<![\w/-])(\d{5}(?:-\d{4})?)(?![\w/-]|[.,]\d)/y;

/**
 * Five-digit numbers in the clause after a ZIP code's word, however many words between ("wrong zip on the order:
 * should be 60614, not 60615"; "zips 97201 and 97202"): every one until a stop, a line's end or another number, and
 * none a count's or an amount's ("zip unknown, wbc 11000", "zip ties x 10000 units").
 */
function zipsInClause(text: string, out: Detection[]): void {
  // (Where the numbers after one word were read to: a word among them adds none, and each number is read once;
  // read again from every word, "zip 12345, 23456, " repeated took quadratic time and memory.)
  let reached = 0;
  each(ZIP_WORD, text, (w) => {
    if (w.index < reached) return;
    let at = w.index + w[0].length;
    for (;;) {
      reached = at;
      CLAUSE_THEN_FIVE.lastIndex = at;
      const m = CLAUSE_THEN_FIVE.exec(text);
      if (!m) return;
      const start = m.index + m[1]!.length;
      if (COUNT_BEFORE_CUE.test(text, Math.max(0, start - 16), start) || CODE_BEFORE_CUE.test(text, Math.max(0, start - 12), start) ||
        UNIT_WORD_AFTER.test(text.slice(start + m[2]!.length, start + m[2]!.length + 12))) return;
      push(out, start, start + m[2]!.length, "ZIP");
      at = start + m[2]!.length;
    }
  });
}

/**
 * A local number of seven digits, an exchange and a line joined by a hyphen, an extension after it or not ("dtr Ada
 * 555-4590", "(555-2821 extension 2542)"): the exchange opens with 2 to 9, as a NANP exchange does. Group 1 is the
 * exchange, group 2 the line.
 */
/**
 * Who is called or what number it is, before a local seven-digit phone number in its clause. A manager is someone's
 * ("house manager", "apt mgr"), not our own staff's role ("case manager", "bed mgr", "nurse manager"), whose number is
 * an extension or a bed's.
 */
const CONTACT_WORD = /(?:^|[^\w])(?:call(?:ed|ing|back)?|cb|reach(?:ed)?|text(?:ed)?|ph|phone|tel|cell|mobile|home|work|number|contact|#|ext|extension|dtr|daughter|son|wife|husband|mom|dad|mother|father|sister|brother|sis|bro|niece|nephew|aunt|uncle|fam|family|guardian|poa|hcp|friend|neighbou?r|caregiver|spouse|partner|grandson|granddaughter|grandma|grandpa|pcp|office|pharmacy|landlord|employer|(?<!\b(?:case|nurse|nursing|unit|bed|beds|floor|care|utilization|um|program|charge|patient|pt)[ \t]{1,2})(?:mgr|manager)|sponsor|roommate|housemate|boss|supervisor|pastor|caseworker|payee|line|fax|pager|voicemail|vm)(?![\w])/i;
const LOCAL_PHONE = /(?<![\w/.,:+$#-])([2-9]\d{2})-(\d{4})(?:[ \t]*(?:x\.?|ext\.?|extension)[ \t]*\d{1,5}(?![\w/-]|[.,]\d))?(?![\w/%-]|[.,]\d)/gi;
/** A range's or a time's word before a local number's shape ("range 250-1250", "open 830-1630"). */
const RANGE_BEFORE = /\b(?:range|ranges|ranging|between|from|ref|normal|nl|goal|target|limit|limits|hours|hrs|open|closed|shift|clinic|coverage|window)\s*[:=]?\s*$/i;
/** A time of day on the quarter hour as three or four digits ("830", "1630", "745"). */
const QUARTER_HOUR = /^(?:[01]?\d|2[0-3])(?:00|15|30|45)$/;

/**
 * Whether LOCAL_PHONE's match is a range or an amount: a reading's word in its clause ("ck 250-1250"), a count's or a
 * code's word before it, a range's or a time's word before it, a unit after it ("250-1250 ml"), round numbers (ROUND_RANGE)
 * or two times on the quarter hour ("830-1630").
 */
function localPhoneLookAlike(text: string, m: RegExpExecArray): boolean {
  const from = Math.max(0, m.index - 24);
  // (Seven digits are a phone only where a caller, a relative or a number's word stands before them in the clause:
  // "dtr Ada 555-4590", "call back 555-2821"; not "DRG 291-0012", "pump 734-5521 alarming", "lab accession 734-5521".)
  const before = text.slice(Math.max(0, m.index - 48), m.index);
  // (Or one a line ends with after its own punctuation, or alone in brackets: "kreyòl interp needed, 555-4590", "(555-2821 ext 2542)".)
  const end = m.index + m[0].length;
  const alone = (/[,?.;:—–-][^\S\n]*$/.test(before) && (end === text.length || /^[^\S\n]*(?:\n|$)/.test(text.slice(end, end + 4)))) || (before.endsWith("(") && text.charCodeAt(end) === 41);
  if (!alone && !CONTACT_WORD.test(before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1))) return true;
  const v = `${m[1]!}-${m[2]!}`;
  return readingInClause(before) || COUNT_BEFORE_CUE.test(text, from, m.index) || CODE_BEFORE_CUE.test(text, from, m.index) ||
    RANGE_BEFORE.test(text.slice(from, m.index)) || UNIT_WORD_AFTER.test(text.slice(end, end + 12)) || ROUND_RANGE.test(v) ||
    (QUARTER_HOUR.test(m[1]!) && QUARTER_HOUR.test(m[2]!));
}

/** A bar table's header cell over a column of record numbers, accounts or plan numbers, by the type of its values. */
const CODE_HEADERS: [RegExp, PhiType][] = [
  [/^(?:mrn|mrns|mr\s?#|mr\s+no\.?|medical\s+record(?:\s+(?:no\.?|number|#))?|chart(?:\s*(?:#|no\.?|number))?)$/i, "MRN"],
  [/^(?:acct|acct\s*#|account(?:\s*(?:#|no\.?|number))?|fin|har|csn)$/i, "ACCOUNT"],
  [/^(?:member\s*(?:id|#)|medicaid(?:\s*(?:id|#))?|medicare(?:\s*(?:id|#))?|mbi|policy(?:\s*(?:#|no\.?))?|insurance\s*(?:id|#))$/i, "HEALTH_PLAN"],
];
/** A cell of a code column: a code of five digits or more, with letters and hyphens or not, alone ("112-062-621", "E0601436"). */
const CODE_CELL = /^[ \t]*((?=(?:[a-z-]*\d){5})[a-z0-9]+(?:-[a-z0-9]+)*)[ \t]*$/i;

/**
 * Record, account and plan numbers in a bar table's column ("| Roe, Ada | 01/07/1931 | 112-062-621 | 36 |" under "| name |
 * dob | mrn | bed |"): the column a header row names, on the rows after it until a line without a bar (as dates.ts reads
 * an age column).
 */
function tableCodes(text: string, out: Detection[]): void {
  // [column, type] of each code column the last header row named; none outside a table.
  let columns: [number, PhiType][] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (!line.includes("|")) columns = [];
    else {
      const cells = line.split("|");
      const named: [number, PhiType][] = [];
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c]!.trim();
        const header = CODE_HEADERS.find(([re]) => re.test(cell));
        if (header) named.push([c, header[1]]);
      }
      if (named.length > 0) columns = named;
      else for (const [column, type] of columns) {
        if (column >= cells.length) continue;
        const m = CODE_CELL.exec(cells[column]!);
        if (!m) continue;
        let at = start + column;
        for (let k = 0; k < column; k++) at += cells[k]!.length;
        at += cells[column]!.indexOf(m[1]!);
        push(out, at, at + m[1]!.length, type);
      }
    }
    start = end + 1;
  }
}

/**
 * Whether an implant's word (IMPLANT_BEFORE) is among the three words before a lot's cue at `at`, in its sentence (a ";"
 * ends one too) and after any lot before it: "hip prosthesis lot ...", "knee implant, lot ..."; not the drug's in "stent lot
 * ABC123, heparin lot ..." nor in "screws intact; heparin lot ...".
 */
function implantBeforeLot(text: string, at: number): boolean {
  const sentence = sentenceBefore(text, at, 48);
  const words = sentence.slice(sentence.lastIndexOf(";") + 1).split(/[\s,:()]+/).filter((w) => w.length > 0).slice(-3);
  let from = 0;
  for (let k = 0; k < words.length; k++) if (/^lot\b/i.test(words[k]!)) from = k + 1;
  return IMPLANT_BEFORE.test(words.slice(from).join(" "));
}

/** Up to `most` characters before `at`, from the last sentence's stop (". " or a line break) on. */
function sentenceBefore(text: string, at: number, most: number): string {
  const from = Math.max(0, at - most);
  let k = at;
  while (k > from && text.charCodeAt(k - 1) !== 10 && !(text.charCodeAt(k - 1) === 32 && (text.charCodeAt(k - 2) === 46 || text.charCodeAt(k - 2) === 33 || text.charCodeAt(k - 2) === 63))) k--;
  return text.slice(k, at);
}

/** Whether the code at `start` is a named clinician's DEA or NPI number (CLINICIAN_NUMBER_BEFORE). */
function clinicianNumber(text: string, start: number): boolean {
  return CLINICIAN_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

/** A dose at a word's end ("2x100mg"); "PJ7E3K" is a code, though UNIT_END reads "3k" as three thousand. */
const DOSE_END = /\d(?:mg|mcg|ug|ml|cc|kg|g|iu|units?|mmol|meq)$/i;

/** CODE_WORD and no dose, clinical code or score ("100units", "CHA2DS2"). */
// (A code may end in a short part after a hyphen: "aps case udav544-b", "incident report KQRT442-B".)
function weakCueCode(v: string): boolean {
  const code = v.replace(/-[a-z0-9]{1,2}$/i, "");
  return CODE_WORD.test(code) && !DOSE_END.test(code) && !CLINICAL_CODE.test(code) && !GENE_OR_STRAIN.test(code) && !/^cha2ds2/i.test(code);
}

/**
 * LAB_RANGE with its lower number first; not two digits and four, the first with a leading zero or the second no round
 * hundred, as case and reference numbers are printed ("census # 03-3254", "CPS case 44-3761", "auth 66-1180"; "ref
 * 15-1500", "ref 22-198" are ranges).
 */
function labRange(v: string): boolean {
  const r = LAB_RANGE.exec(v);
  if (r === null) return false;
  const low = Number.parseFloat(r[1]!), high = Number.parseFloat(r[2]!);
  if (TWO_THEN_FOUR.test(v) && (v.charCodeAt(0) === 48 || high % 100 !== 0)) return false;
  return low < high;
}
/** Two digits, a hyphen and four. */
const TWO_THEN_FOUR = /^\d{2}-\d{4}$/;

/** Two to four letters and a space opening a cued value (VALUE's printed prefix): group 1 is the letters. */
const VALUE_PREFIX = /^([a-z]{2,4}) \d/i;
/**
 * Whether a cued value's letters before a space may be its own ("BRA 994648", "sn 9363e2822"): "SN" or "DL" after a cue
 * of their type, or three letters or four, capitals in text typed in both cases, else no English word ("claim see 12345",
 * "MEMBER ONE 12345" are no codes' letters).
 */
function cueValuePrefixWord(scan: Scan, value: string, type: PhiType): boolean {
  const p = VALUE_PREFIX.exec(value);
  if (p === null) return true;
  const letters = p[1]!, lower = letters.toLowerCase();
  // (Nor a cue's word but the printed "SN" and "DL" after a cue of their type: "MEDICARE MBI 30515700P", "hub IMEI 08-643577",
  // "id: dl 350-793-682".)
  if (PRINTED_PREFIX_CUE.test(letters)) return PRINTED_PREFIX_TYPE[lower] === type;
  // (Three letters at least, no clinical abbreviation: "order CT 12345", "ref MRI 204417" keep their words.)
  // (Two letters only on a court's or case's number, five digits after them: "case JD 75715", "docket CR 204417".)
  const courtPrefix = letters.length === 2 && type === "ID" && COURT_NUMBER.test(value);
  if ((letters.length < 3 && !courtPrefix) || SHORT_WORDS.has(lower) || CUE_WORD.test(letters) || lexicon.NOT_A_NAME.has(lower)) return false;
  if (!scan.upperCase && !scan.lowerCase) return letters === letters.toUpperCase();
  return !isEnglishWord(lower, 0, lower.length);
}
/** Two letters and a number of five digits or more, as courts print a case's number ("JD 75715", "CV 2024117"). */
const COURT_NUMBER = /^[a-z]{2} \d{5,}$/i;
/** A word that is one of CUES' cues. */
const CUE_WORD = new RegExp(String.raw`^(?:${CUES.map(([, cue]) => cue).join("|")})$`, "i");
/** Cues that are also printed on the number they stand before ("SN 3671X0781", "DL 4521864544"). */
const PRINTED_PREFIX_CUE = /^(?:sn|dl)$/i;
/** The type of the number PRINTED_PREFIX_CUE's words are printed on. */
const PRINTED_PREFIX_TYPE: Record<string, PhiType> = { sn: "DEVICE", dl: "LICENSE" };
/** A device's or a licence's cue in the clause before such a cue: then it is the number's prefix. */
// (Not after a pump's or a hub's word: "insulin pump SN 6A661H" has "SN" for its cue.)
const PRINTED_PREFIX_BEFORE = /\b(?:serial|device|cycler|dl|licen[cs]e)\b[^,;.:\n]{0,16}$/i;

/** Count of the capital vowels A, E, I, O, U in `s`. */
function vowels(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 65 || c === 69 || c === 73 || c === 79 || c === 85) n++;
  }
  return n;
}

/** Whether `s` holds an ASCII letter (a code, not digits and hyphens alone). */
function hasLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isLetter(s.charCodeAt(k))) return true;
  return false;
}

/** Digits in the word of letters, digits and inner hyphens that starts at `start`. */
function codeWordDigits(text: string, start: number): number {
  let digits = 0;
  for (let k = start; k < text.length && k - start < 40; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (!(isLetter(c) || (c === 45 && isAsciiAlnum(text.charCodeAt(k + 1))))) break;
  }
  return digits;
}

/** Whether a second "#" glued to the number at `start` follows a cue's own sign ("Rx # #6095162", "PA # #7929597"; SECOND_SIGN). */
function secondSign(text: string, start: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 35 && SECOND_SIGN.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Three digits and four alone in brackets ("(577 3391)"; not a reading's pair, "(120 80)"), neither a dose's range
 * before its unit ("tylenol (325 1000) mg") nor a reading's range after its word ("plt (150 4500)"; readingInClause).
 */
const BRACKETED_GROUPS = /\(\d{3} \d{4}\)/g;
const UNIT_AFTER_BRACKET = /^[ \t]*(?:mg|mcg|ug|g|ml|cc|units?|iu|meq|mmol|kg|lbs?|mmhg|bpm|%)(?![a-z])/i;

/** A registry's or a report's letters written before its number ("case UNOS KCL0406", "police report RPT 99-73039"). */
const REGISTRY_BEFORE = /(?<![\w-])(?:unos|rpt)[ \t]$/i;

/** Where a code at `start` begins with the registry's letters before it (REGISTRY_BEFORE), part of the number as quoted. */
function registryStart(text: string, start: number): number {
  const r = REGISTRY_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  return r ? start - r[0].length : start;
}

/** Where the word of letters, digits and inner hyphens around text[at] starts. */
function codeWordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 32) {
    const c = text.charCodeAt(start - 1);
    if (isAsciiAlnum(c) || (c === 45 && start > 1 && isAsciiAlnum(text.charCodeAt(start - 2)))) start--;
    else break;
  }
  return start;
}

// For the gate property tests (test/privacy/pattern-gates.property.test.ts).
export { mayHoldIdValue };
