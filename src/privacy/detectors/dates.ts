// Dates in every form but a bare year, and ages over 89. A partial numeric date such as
// "3/9" is also how clinicians write scores ("4/5 power", "7/10 pain", "2/6 murmur"), so
// it counts as a date only with a date cue or a denominator no score uses.
import { isEnglishWord } from "../english.ts";
import * as lexicon from "../lexicon.ts";
import type { Detection } from "../phi-types.ts";
import { isAsciiAlnum, SuffixCue, TokenWords, type Scan } from "../scan.ts";
import { DRUG_ENDING, GERM_OR_DRUG_STEM } from "./names.ts";

// Local bindings: read on every message.
const { F_AGE_WORDS, F_DOB, F_MONTH } = lexicon;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d|'\d\d)`;

/** A decimal number, then a hyphen ("12.5-25"): FULL_NUMERIC's shape, but a dose's range. */
const DECIMAL_THEN_RANGE = /^\d{1,2}\.\d{1,2}-/;
// (A clock time after a space is no part of the date: "drawn 2023-04-01 19:30" keeps its time; an ISO stamp's "T14:30" is the
// date's, in lower case too: "2020-02-11t14:30z".)
const FULL_NUMERIC = /(?<![\w/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:[Tt]\d{1,2}:\d{2}(?::\d{2})?[Zz]?)?)(?![\w/-]|\.\d)/g;
// (A day first is no time's minutes: "died 11:10 May 1, 2023" is "May 1, 2023", not "10 May".)
const WRITTEN = new RegExp(
  String.raw`\b(?:${MONTH}\s+${DAY}(?:,?\s+${YEAR})?|(?<!\d[:.])${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?|${MONTH},?\s+${YEAR})\b`,
  "gi",
);
// (Or a day and a month joined by a hyphen, as spreadsheets and lab printouts write them, no year: "collected 10-Sep",
// "readmitted 3-jan", "LOG 5-MAY"; a day of 1 to 31, no word glued on either side: not "x2-jan", "10-sept-ish"; or the
// month first, "Sep-10".)
const COMPACT = /\b\d{1,2}-?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-?(?:\d{4}|\d{2})\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{1,2}\b|(?<![\w/.-])(?:[12]\d|3[01]|0?[1-9])-(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\w-])|(?<![\w/.-])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-(?:[12]\d|3[01]|0?[1-9])(?![\w/-]|\.\d)/gi;
/** A month first and a day ("Sep-10"): "mar" and "may" only as "Mar" and "May" in text typed in both cases ("mar-10" is the MAR's). */
const MONTH_FIRST_HYPHEN = /^(?:mar|may)-/i;
/** Any month first before a hyphen and a day ("Sep-10"). */
const MONTH_FIRST_ANY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-/i;
/** The transcription factor "Oct-4" (and "Oct-3/4"). */
const OCT4 = /^oct-[34]$/i;
/** What follows a medication record's line, not a date: "Mar-10 dose", "Mar-10: missed". */
const MAR_ENTRY_AFTER = /^\s*(?::|dose|doses|entry|entries|given|held|missed|scan|time)/i;
/** A day of the month in words ("sixth", "twenty-first", "thirtieth"). */
const DAY_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)`;
/**
 * A date with its day in words: "March ninth", "Oct the twenty-first", "the eleventh of May", "third of sept, 2019"
 * ("the" stays outside). A month "may" needs its capital ("we may first try"); "the fourth of July" is the holiday
 * unless a year follows.
 */
const WORD_DATE = new RegExp(String.raw`\b(?:${MONTH}\s+(?:the\s+)?${DAY_WORD}|${DAY_WORD}\s+of\s+${MONTH})(?:,?\s+${YEAR})?\b`, "gi");
/**
 * "echo 20170309:", "dob 19520611": eight digits that are a year (1900 to 2039), a month and a day, after a date cue
 * (not "mrn 19800126", "acct 20240115": a number with no cue is a code's).
 */
const YYYYMMDD = /(?<![\w/.:-])(?:19\d\d|20[0-3]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)/g;
// Not after a hyphen, unless the hyphen ends another date: "3/14-8/24" is a range.
export const PARTIAL = /(?<![\w/.])(?<!(?<!\d\/\d{1,2}\s?)-)(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])(?![\w/]|\.\d)/g;
const MONTH_ALONE = new RegExp(String.raw`\b(?:in|since|until|till|by|from|during|early|late|mid|end\s+of|start\s+of|since\s+early|since\s+late)[\s-]+(${MONTH})(?!\w)`, "gi");
export const DOB_DIGITS = /\b(?:dob|d\.o\.b\.?|born|date\s+of\s+birth|birthdate|birthday)\s*[:#-]?\s*(?:on\s+)?(\d{6}|\d{8})\b/gi;
export const DATE_CUE = /\b(?:on|since|from|until|till|by|dated?|dob|born|(?:re)?admit(?:ted)?|adm|seen|d\/c|dc'?d|discharged?|f\/u|fu|next|last|appt|visit|surgery|op|procedure|scan|ct|mri|echo|cath|started|stopped|due|review|rv|until|before|after|of|each|every|around|circa|approx|updated|placed|implanted|inserted|removed|interrogated|interrogation)\s*[:.,-]?\s*$/i;
/** DATE_CUE as a SuffixCue: the pattern, anchored only at its end, is tried at every character. */
export const DATE_CUE_END = new SuffixCue(["on", "since", "from", "until", "till", "by", "date", "dated", "dob", "born", "admit", "admitted", "readmit", "readmitted", "adm", "seen", "d/c", "dcd", "dc'd", "discharge", "discharged", "f/u", "fu", "next", "last", "appt", "visit", "surgery", "op", "procedure", "scan", "ct", "mri", "echo", "cath", "started", "stopped", "due", "review", "rv", "before", "after", "of", "each", "every", "around", "circa", "approx", "updated", "placed", "implanted", "inserted", "removed", "interrogated", "interrogation"], ":.,-", true);
/**
 * Cues that are dates only for a fraction no score uses ("collected 1/12", not "collected 2/3
 * cultures"; "refilled 9/14", "refilled 10/3", not "filled 1/2 syringe"; no score is over one), and weekdays ("Tues 1/2"; "sat", "sun", "mon" only capitalised or dotted).
 * Verbs and nouns of a record's events are among them: "enrolled 11/4", "randomized 10/2", "faxed 12/9", "referred
 * 3/17", "admission 10/4", "death 12/3", "exp 11/6", "arriving 5/3", "ETA 4/9 0800", "lapsed 6/6.", "transfer log 10/3:" (not "enrolled 2/3 eligible", "sent 2/2 bottles": a count of a group).
 */
export const VERB_DATE_CUE = /\b(?:signed|collected|drawn|mtg|meeting|mon|sat|sun|fill|refill|filled|refilled|dispensed|returned|enrolled|randomized|randomised|registered|sent|faxed|mailed|emailed|received|rcvd|referred|scheduled|rescheduled|booked|transferred|arrived|arriving|arrives|arrival|eta|departing|departure|vaccinated|immunized|immunised|screened|swabbed|biopsied|intubated|extubated|delivered|admission|enrollment|enrolment|consent|randomization|randomisation|referral|vaccination|transfer|intubation|extubation|biopsy|death|called|visited|initiated|resumed|restarted|discontinued|submitted|d\/c'd|exp|done|injury|injured|released|lapsed|cancelled|canceled|log|transmitted|presented)\s*[:.,-]?\s*$/i;
/** VERB_DATE_CUE as a SuffixCue: the pattern, anchored only at its end, is tried at every character. */
export const VERB_DATE_CUE_END = new SuffixCue(["signed", "collected", "drawn", "mtg", "meeting", "mon", "sat", "sun", "fill", "refill", "filled", "refilled", "dispensed", "returned",
  "enrolled", "randomized", "randomised", "registered", "sent", "faxed", "mailed", "emailed", "received", "rcvd", "referred", "scheduled", "rescheduled", "booked", "transferred", "arrived", "arriving", "arrives", "arrival", "eta", "departing", "departure", "vaccinated", "immunized", "immunised", "screened", "swabbed", "biopsied", "intubated", "extubated", "delivered",
  "admission", "enrollment", "enrolment", "consent", "randomization", "randomisation", "referral", "vaccination", "transfer", "intubation", "extubation", "biopsy", "death", "called", "visited", "initiated", "resumed", "restarted", "discontinued", "submitted", "d/c'd", "exp", "done", "injury", "injured", "released", "lapsed", "cancelled", "canceled", "log", "transmitted", "presented"], ":.,-", true);
/** Administrative cues after which a fraction is always a date ("termed 2/2", "pronounced 1/2"; a period's, a due date's, a death's or a service's: "LMP 2/3", "EDD 4/5", "DOD 1/2", "DOS 3/4"). */
export const ADMIN_DATE_CUE = /\b(?:pronounced|consented|termed|opened|expires|expired|effective|eff|died|deceased|lmp|lnmp|edd|edc|dod|dos|tod)\s*[:.,-]?\s*$/i;
/** ADMIN_DATE_CUE as a SuffixCue: the pattern, anchored only at its end, is tried at every character. */
export const ADMIN_DATE_CUE_END = new SuffixCue(["pronounced", "consented", "termed", "opened", "expires", "expired", "effective", "eff", "died", "deceased", "lmp", "lnmp", "edd", "edc", "dod", "dos", "tod"], ":.,-", true);
/**
 * A follow-up and the service it is with, one to three words, before a partial date ("f/u wound care 4/9", "RTC with
 * cardiology 10/3"): group 1 is the words. Not a period ("rtc in 3/12" is three months) nor a score's or reading's
 * words ("f/u motor 4/5", "f/u bp 140/90"): FOLLOW_UP_NOT_BEFORE.
 */
const FOLLOW_UP_BEFORE = /\b(?:f\/u|fu|follow[- ]?up|followup|rtc|appt|appointment)((?:[ \t]+[a-z][a-z'&.-]*){1,3})[ \t]*[:,-]?[ \t]*$/i;
const FOLLOW_UP_NOT_BEFORE = /\b(?:in|within|after|for|every|x|q|about|around|power|strength|motor|pain|murmur|grade|reflexes|score|scale|gcs|exam)\b|[ \t]$/i;
/** WEEKDAY_CUE in text typed all in capitals ("TUES 1/2", "TUESDAY 7/8", "MON 4/6"; "SAT" and "SUN" stay saturation and the sun). */
const WEEKDAY_CUE_UPPER = /\b(?:TUES?|WEDS?|THU|THUR|THURS|FRI|MON|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\.?\s*[:.,-]?\s*$/;
/** In text typed all in lower case, "mon" is Monday too ("booked for mon 4/6"). */
const WEEKDAY_CUE_LOWER = /\bmon\s*[:.,-]?\s*$/;
const WEEKDAY_CUE = /(?:\b(?:[Tt]ues?|[Ww]eds?|[Tt]hu|[Tt]hur|[Tt]hurs|[Ff]ri)\.?|\b(?:Mon|Sat|Sun)\.?|\b(?:mon|sat|sun)\.|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)\s*[:.,-]?\s*$/;
/** A date moved ("moved to 3/10", "pushed back to 4/2"): no score moves ("pain down to 3/10"). */
const MOVED_TO_BEFORE = /\b(?:moved|pushed|postponed|bumped|rebooked)(?:\s+(?:back|up|out|forward|over))?\s+to\s*$/i;
/**
 * Whom or what was moved between the verb and "to" ("bumped Ada Roe-Lamb to 8/3", "rescheduled her to 11/4"): one to
 * four words, then a fraction no score reads (a numerator past its denominator or none of theirs; "moved him to 3/4
 * assist" stays).
 */
const MOVED_ACROSS_TO_BEFORE = /\b(?:moved|pushed|postponed|bumped|rebooked|rescheduled)(?:\s+[\p{L}\p{M}'\u2019.-]+){1,4}\s+to\s*$/iu;
/**
 * An event moved, named or not, before a month-day with a hyphen ("can we move the mtg to 6-12", "pushed his appt back
 * to 3-4"; not "change the drip to 5-10": no event is named there, and "changed" is no move's verb).
 */
const EVENT_MOVED_TO_BEFORE = /\b(?:move|moved|push|pushed|postpone|postponed|reschedule|rescheduled|bump|bumped|rebook|rebooked|change|changed|switch|switched)\s+(?:(?:the|his|her|their|our|my|your)\s+)?(?:mtg|meeting|appt|appointment|visit|surgery|procedure|f\/u|follow-?up|session|clinic|scan|mri|echo|infusion)(?:\s+(?:back|up|out|forward|over))?\s+to\s*$/i;
/** A clock time before a partial date a stop closes ("pickup 7pm 7/2", "ride at 0745 4/4."; not "2.5 1/2"). */
/** A ride or a pickup before a clock time and a fraction: the fraction is its day ("pickup 0745 4/4"). */
const RIDE_BEFORE = /\b(?:pickup|pick-up|pick\s+up|ride|cab|taxi|transport|van)\b/i;
const TIME_BEFORE = /(?:\b(?:[01]?\d|2[0-3]):[0-5]\d|\b(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.)|(?<![\w.,/:-])(?:[01]\d|2[0-3])[0-5]\d)\s+$/i;
/**
 * A person's move and where from or to, in one clause before a partial date a stop closes ("released from Owl Creek
 * corrections 5/6", "transferred to mercy rehab 2/9"; not "transferred to 3/4 assist", which no stop closes).
 */
const EVENT_PLACE_BEFORE = /\b(?:transferred|released|discharged|admitted|arrived|moved|flown|sent|brought|paroled|returned)\s+(?:from|to|at|into)\s+(?:[\p{L}\p{M}'\u2019.&-]+\s+){1,6}$/iu;
/** A clock time right after a partial date, as a time stamp writes it ("2/3 15:40"): a day, no score ("took 1/2 at 21:00" is a dose). */
const TIME_AFTER = /^ {1,2}(?:[01]?\d|2[0-3]):[0-5]\d(?![\d/])/;
/** A clock time after a month-day, "at" or "@" before it or not ("2-13 at 1715", "5-25 @ 08:30", "3-14 0900"). */
const CLOCK_AFTER = /^[ \t]{1,2}(?:(?:at|@)[ \t]{1,2})?(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d)(?![\d/.:])/i;
/** A birthday's "on" before a month-day ("turned 92 on ", "birthday on "). */
const BIRTHDAY_ON_BEFORE = /(?:\bturn(?:ed|s|ing)[ \t]+\d{1,3}|\bb-?day|\bbirthday)[ \t]+on[ \t]+$/i;
/** A dash with a space either side, closing the text before a month-day ("smith - ") or opening the text after it. */
const SPACED_DASH_END = /[ \t][-\u2013\u2014][ \t]+$/;
const SPACED_DASH_START = /^[ \t]+[-\u2013\u2014][ \t]/;
/**
 * Words of a measure whose values a range or a reading gives: vitals and labs (READING_WORDS), drips and their titration,
 * and scales ("RR 12-16 at 2200", "insulin 2-14 at 1700 per scale", "GCS - 3-15 - intubated"; not "home 2-13 at 1715").
 */
const RANGE_MEASURE_WORDS = new Set(["urine", "output", "insulin", "heparin", "gtt", "gtts", "drip", "drips", "infusion", "titrate", "titrated", "titrating",
  "titration", "levo", "levophed", "norepi", "pressor", "pressors", "propofol", "precedex", "dex", "nrs", "vas", "pain", "gcs", "ciwa", "cows", "rass", "cpot", "nihss",
  "scale", "goal", "range", "sliding", "ss", "iss", "target", "k", "ca", "ica"]);
/** Whether one of the last three words before a month-day (a line or sentence ends them) is a measure's (READING_WORDS, RANGE_MEASURE_WORDS). */
function measureBefore(text: string, at: number): boolean {
  let words = 0;
  let k = at;
  while (words < 3 && k > 0 && at - k < 40) {
    let c = text.charCodeAt(k - 1);
    while (k > 0 && !isAsciiAlnum(c)) {
      if (c === 10 || c === 46 || c === 59 || c === 58) return false;
      k--;
      c = text.charCodeAt(k - 1);
    }
    const end = k;
    while (k > 0 && isAsciiAlnum(text.charCodeAt(k - 1))) k--;
    if (end === k) return false;
    const w = text.slice(k, end).toLowerCase();
    if (READING_WORDS.has(w) || RANGE_MEASURE_WORDS.has(w)) return true;
    // (An event's word between the measure and the day makes it a date: "heparin stopped 2-14 at 1700", "last HR check 2-14 at 1700".)
    if (EVENT_BETWEEN.has(w) || (w.length > 4 && w.endsWith("ed"))) return false;
    words++;
  }
  return false;
}
const EVENT_BETWEEN = new Set(["check", "start", "stop", "hold", "on", "off", "since", "given", "drawn", "begun", "dc", "last", "next"]);
/** The end of a sentence or line after a partial date ("collected 2/2.", "returned 4/4"). */
const STOP_AFTER = /^\s*(?:[.;!?](?!\d)|\n|$)/;
/** A unit of time right after a fraction: "2/3 weeks", "1/2 yr". */
// ("day" and "hrs" only before "ago" and its kin: "seen on 3/4 day shift", "surgery on 3/4 hrs 0800" are dates.)
const DURATION_AFTER = /^\s*(?:(?:wks?|weeks?|mos?|months?|yrs?|years?)\b|(?:days?|hrs?|hours?)\s+(?:ago|prior|before|later|post)\b)/i;
/** Denominators of scores ("4/5 power", "7/10 pain"); a partial date with one needs a cue. */
const SCORE_DENOMINATORS = [2, 3, 4, 5, 6, 8, 10];
/** The other end of a range of partial dates, after or before one: group 1 is its denominator. */
const RANGE_NEXT = /^\s*[–-]\s*\d{1,2}\/(\d{1,2})(?![\d/])/;
const RANGE_PREVIOUS = /\d{1,2}\/(\d{1,2})\s*[–-]\s*$/;
/** Words before a software version, which a dotted date looks like ("v 2.1.14", "iOS 17.4.1"). */
export const VERSION_BEFORE = /\b(?:version|ver|v|release|rel|build|firmware|fw|software|sw|app|update|updated|upgrade|upgraded|patch|ios|android|macos|windows|chrome|epic|driver|bios|os)\s*[:=]?\s*$/i;
/** VERSION_BEFORE as a SuffixCue: the pattern, anchored only at its end, is tried at every character. */
export const VERSION_BEFORE_END = new SuffixCue(["version", "ver", "v", "release", "rel", "build", "firmware", "fw", "software", "sw", "app", "update", "updated", "upgrade", "upgraded", "patch", "ios", "android", "macos", "windows", "chrome", "epic", "driver", "bios", "os"], ":=", true);
// (And a dose's unit: "Suboxone 4/1 mg", "norco 5/325 mg" are a combination's strengths.)
const SCORE_AFTER = /^\s*(?:of\b|pain|power|strength|murmur|holosystolic|systolic|diastolic|sm|sem|score|tabs?|tablets?|dose|doses|str|motor|reflexes|scale|points?|pts?|in\b|bilat|bilaterally|throughout|b\/l|l\b|r\b|ue|le|lue|rue|lle|rle|(?:mg|mcg|ug|ml|units?|iu|meq|mmol)\b)/i;
// ("of", "is", "at", "now" are words of their own: "dialysis 08/14", "repeat 3/14" end in them and are no scores' words.)
const SCORE_WORDS = ["bp", "power", "strength", "grade", "gcs", "score", "pain", "murmur", "motor", "reflexe", "reflexes", "apgar", "apgars", "mmse", "moca", "phq", "gad", "cows", "ciwa", "nihss", "ratio", "x", "rated", "scale"];
const SCORE_SHORT_WORDS = ["of", "now", "is", "at"];
export const SCORE_BEFORE = new RegExp(String.raw`(?:(?:${SCORE_WORDS.join("|")})|\b(?:${SCORE_SHORT_WORDS.join("|")}))\s*[:=]?\s*$`, "i");
const SCORE_WORDS_END = new SuffixCue(SCORE_WORDS, ":=", false);
/** A score's name before the short word ("GCS is 08/15", "MoCA is 08/30", "Braden is 09/23"): the padded pair is its reading. */
const SCORE_NAME_BEFORE_SHORT = /(?:^|[^\w])(?:gcs|moca|mmse|slums|braden|phq-?9|phq|gad-?7|apgar|nihss|audit-?c?|ciwa|cows|rass|cam|mews|news2?|sofa|qsofa|heart|wells|timi|score)\s+\S+\s*$/i;
const SCORE_SHORT_END = new SuffixCue(SCORE_SHORT_WORDS, ":=", true);
/**
 * SCORE_BEFORE as SuffixCue's test: the pattern, anchored only at its end, is tried at every character. Two cues, as
 * the long words may end a longer one ("sbp 4/5") and the short ones must open theirs ("dialysis" ends in "is").
 */
export const SCORE_BEFORE_END: Pick<SuffixCue, "words" | "test"> = {
  words: [...SCORE_WORDS_END.words, ...SCORE_SHORT_END.words],
  test: (text: string, from: number, to: number): boolean => SCORE_WORDS_END.test(text, from, to) || SCORE_SHORT_END.test(text, from, to),
};

/**
 * What may follow "<person> is 92" when 92 is the person's age: a stop, a comma or the line's end, or "today", "now",
 * "and", "but", "this", "as of" ("Delbert in 614 is 92 today!!", "Ines Wong is 90 and from Erie"; not "is 92 on RA",
 * "is 92/60", "is 92%", "is 92.5", "is 92 mg").
 */
const AGE_CONTINUES = String.raw`(?=\s*(?:[,;!?)\n]|\.(?!\d)|$)|\s+(?:today|now|and|but|this|as\s+of)\b)`;

/**
 * Ages over 89: "age 93", "93yo", "she's 97", "turned 96" (not a decade, "in her 90s": HIPAA lets ages over 89 be
 * one category, and a decade is that category), and "is 94 as of Jul 4"
 * (a date after "as of"; not after a reading's name: "weight is 98 as of 3/2", "sats was 94 as of 12/1"), or "is 92"
 * a stop or "today" closes after a person: a name, a name and a room ("Delbert in 614 is 92 today"), a pronoun
 * (personSubject; "glucose is 95 today", "sat is 92." are readings).
 * (A number's spaces before its unit are read one way: "\s*(?:-?\s*yo" split a run of spaces between two "\s*"
 * every way, 2.8 s for "is 94" and 40,000 spaces.)
 */
export const AGE = new RegExp(String.raw`\b(?:age[ds]?\s*(?:[:=]|\s(?:is|was|now))?\s*|aged\s+)(9\d|1[0-2]\d)\b(?!\s*(?:days?|weeks?|months?|hours?|mins?)\b)|\b(9\d|1[0-2]\d)(?:(?:\s*-)?\s*(?:yo[mf]?|y\/o|y\.o\.?|yrs?|years?|yr-old|year-old|years-old|y)\b(?:[\s-]*old)?|\s*(?:m|f|male|female|man|woman|gentleman|lady)\b)|\b(?:(?:she|he|pt|patient|they|mom|mum|dad|grandma|grandpa|nana|granny|grandmother|grandfather)(?:'s|\s+is|\s+was|\s+turned|\s+turns)|hes|shes)\s+(9\d|1[01]\d)(?![\d%/:]|\.\d|\s*(?:mg|mcg|ml|units?|kg|lbs?|bpm|%|mmhg|on|percent|after|at|now|systolic|diastolic|sats?|lying|sitting|standing|resting|over|days?|weeks?|months?)\b)|(?<!\b(?:weight|wt|sats?|spo2|o2|hr|pulse|glucose|bg|bs|sugars?|temp|t|bp|sbp|dbp|map|rr|e?gfr|cr|creat|plt|platelets|wbc|hgb|hb|ef|score|count|level|rate|k|na|cl|bun|a1c|ldl|hdl|tsh|inr|ptt|lactate|trop|bnp|it|that|this)\s{1,3})\bturn(?:ed|s|ing)\s+(9\d|1[01]\d)(?![\d.%/:]|\s*(?:degrees?|°|mg|mcg|ml|units?|kg|lbs?|bpm|%|mmhg|percent|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|cc|times))|(?<!\b(?:weight|wt|sats?|spo2|o2|hr|pulse|glucose|bg|bs|sugars?|temp|t|bp|sbp|dbp|map|rr|e?gfr|cr|creat|plt|platelets|wbc|hgb|hb|ef|score|count|level|rate|k|na|cl|bun|a1c|ldl|hdl|tsh|inr|ptt|lactate|trop|bnp|it|that|this)\s{1,3})\b(?:is|was)\s+(9\d|1[01]\d)(?:\s+as\s+of\s+(?=${MONTH}\s|\d{1,2}\/\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\s)|${AGE_CONTINUES})`, "gi");

/**
 * "on the 28th", "since the 3rd", or "the 5th" a stop, a time or the end follows ("booked for
 * tues the 5th, home o2", "a meeting the 10th at 7:13"; not "the 3rd time", "the 5th floor"), or after a weekday
 * and "the" a stop, a range's "to" or a time follows ("moved from Weds the 8th to June 2"; not "sat the 3rd time"):
 * group 1, 2 or 3 is the day.
 */
export const ORDINAL_DAY = /\b(?:on|since|from|until|till|by|before|after|of)\s+the\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+the\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?=\s*(?:[,.;:)!?\n]|[-–—]|$|to\b|thru\b|through\b|or\b|and\b|at\b|@|(?:in\s+the\s+)?(?:morning|afternoon|evening)\b))|\bthe\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!,\s*\d+(?:st|nd|rd|th))(?=\s*(?:[,.;:)!?\n]|[-–—]\s|$|at\b|@|(?:in\s+the\s+)?(?:morning|afternoon|evening)\b))/gi;
/**
 * The second day of a range whose first ORDINAL_DAY takes ("moved from the 17th to the 2nd for clinic", "away between
 * the 3rd and 9th"): group 1 is the second day, no floor's, line's or dose's word after it.
 */
// (Or a day an appointment is moved to, whom it moves between or not: "appt moved to the 12th", "bumped Ada to the 3rd";
// not a place or a line: "moved him to the 5th floor", "pushed to the 2nd line".)
const ORDINAL_RANGE_END = /\b(?:(?:from|between)\s+the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s*(?:to|till|until|thru|through|and|-|\u2013)|(?:moved|pushed|postponed|bumped|rebooked|rescheduled)(?:\s+[\p{L}\p{M}'\u2019.-]+){0,4}?\s+to\s+the)\s*(?:the\s+)?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:floor|fl|line|grade|time|dose|round|cycle|week|day|percentile|place|attempt|try|shift|bed|room|rm|level|stage|phase|period|year|trimester|degree|ward|wing|street|st|ave|avenue)s?\b)/giu;
/** What may follow a day an appointment is moved to. */
const MOVED_DAY_AFTER = /^(?:\s*(?:[,.;:!?)\n]|$)|\s+(?:for|at|instead|in|@|of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\d{1,2}(?::\d\d)?\s*(?:am|pm|a|p)\b))/i;
/** "since 27th.", "until 3rd,": a day after "since", "until", "till" or "by" a stop or the end closes ("since 3rd grade", "by 2nd dose" stay). Group 1 is the day. */
const ORDINAL_AFTER_CUE = /\b(?:since|until|till|by)\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?=\s*(?:[,.;:)!?\n]|$))/gi;
/** "pronounced 7-17 06:02", "consented 12-1": month-day with a hyphen after a date cue, no unit after it ("every 4-6 hours"). */
/** Words before a date written day first with dots ("seen 19.09.23", "echo done 27.10.26"; not "Hb 13.11.10"). */
const DAY_FIRST_CUE = /\b(?:seen|done|on|dated?|geb\.?|born|dob|from|since|until|by|report|letter|visit|admitted|discharged)\s*[:.,-]?\s*$/i;
/** "implanted 3/1949", "since 11/2019": a month and a four-digit year (not a dilution, "titer 1/2000"). */
const MONTH_YEAR = /(?<![\w/.:-])(?:1[0-2]|0?[1-9])\/(?:19\d\d|20[0-3]\d)(?![\w/]|\.\d|\s*dilution)/g;
/** Words a month/year follows as a date ("implanted 3/1949", "dx 11/2019"); other cues are DATE_CUE's. */
// (And a screening or procedure done once in years: "last mammogram 04/2011", "egd 9/2015".)
const MONTH_YEAR_CUE = /\b(?:in|dx|diagnosed|implanted|placed|inserted|born|dob|since|from|until|onset|started|stopped|colonoscopy|egd|mammogram|mammo|dexa|pap|tdap|cabg|pci|stent|biopsy|bx|hysterectomy|mastectomy|cholecystectomy|appendectomy|vaccinated|vaccine|booster)\s*[:.,-]?\s*$/i;
/** Words before a fraction that is a dilution or a ratio ("titer 1/2000"). */
const DILUTION_BEFORE = /(?:titer|titre|dilution|ratio|ana|1:)\s*[:=]?\s*$/i;
export const HYPHEN_PARTIAL = /(?<![\w/.-])(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])(?![\w/-]|\.\d|\s*(?:%|x\b|(?:hours?|hrs?|h|days?|d|weeks?|wks?|w(?![ \t]+(?!(?:ago|of|old|later|prior|post|before|after|course|out|in)\b)[a-z])|months?|mos?|m|mins?|minutes?|secs?|times|tabs?|tablets?|pills?|puffs?|doses?|drops?|units?|mg|mcg|g|gm|gms|grams?|ml|l|lpm|cm|mm|kg|lbs?|beats|breaths|bpm|episodes|drinks|ppd|packs?|cigs|per|of|more|less|inches|ft|feet|years?|yrs?|y|cups?|glasses|servings|cans|bottles|beers|liters?|litres?|sprays?|caps?|capsules?|patches|bags?|pads?|stools?|bms?|voids?|falls?|nights?|shifts?|visits?|sessions?|cycles?|rounds?|courses?|steps?|flights?|blocks?|stairs|pillows?|people|kids|children|patients|pts|beds?|rooms?|nurses?|rns?|staff|liters|mmhg|cmh2o|meq|cc|u|ng|kcal|mmol|am|pm|a\.m|p\.m|points?|this|mcg|iu|mls|mins|runs|shocks|events|alerts|dias|días|semanas|meses|anos|años|horas|veces|tabletas|comprimidos)\b))/gi;
/** Words a hyphenated month-day follows ("to 6-12", "the 12-19 admission" need more: they are ranges too often). */
export const HYPHEN_DATE_CUE = /\b(?:dated?|dob|born|admit(?:ted)?|seen|discharged?|pronounced|consented|signed|collected|drawn|termed|opened|expires|expired|effective|egd|colonoscopy|surgery|procedure|updated|placed|implanted|inserted|removed|since)\s*[:.,-]?\s*$/i;
/** HYPHEN_DATE_CUE as a SuffixCue: the pattern, anchored only at its end, is tried at every character. */
export const HYPHEN_DATE_CUE_END = new SuffixCue(["date", "dated", "dob", "born", "admit", "admitted", "seen", "discharge", "discharged", "pronounced", "consented", "signed", "collected", "drawn", "termed", "opened", "expires", "expired", "effective", "egd", "colonoscopy", "surgery", "procedure", "updated", "placed", "implanted", "inserted", "removed", "since"], ":.,-", true);
/**
 * What comes before "is 94 as of <date>" when 94 is an age: a person's word ("mother is 94 as of Aug 3"), a closing
 * bracket or quote ('Nana X ("Moana" to all) is 93 as of Aug 3'), the start of a line, or (group 1) a capitalised
 * word of any script ("Żammit is ninety four"), a name's if a name list holds it or no English list does. Any other subject is a reading's: "chloride is 98
 * as of 3/2", "pulse ox is 94 as of 3/2", "census is 94 as of 3/2", "sat on RA is 94 as of 3/2".
 */
const AGE_AS_OF_SUBJECT = /(?:^|\n|[)"'\u201d\u2019]|\b(?:[Ss]he|[Hh]e|[Tt]hey|[Pp]t|[Pp]atient|[Mm]om|[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Nn]ana|[Nn]an|[Gg]ran|[Gg]ranny|[Gg]randma|[Gg]randpa|[Gg]randmother|[Gg]randfather|[Aa]unt|[Aa]untie|[Uu]ncle|[Hh]usband|[Ww]ife|[Ss]pouse|[Rr]esident|[Cc]lient|[Ww]ho|SHE|HE|THEY|PT|PATIENT|MOM|MUM|MOTHER|DAD|FATHER|NANA|NAN|GRAN|GRANNY|GRANDMA|GRANDPA|GRANDMOTHER|GRANDFATHER|AUNT|AUNTIE|UNCLE|HUSBAND|WIFE|SPOUSE|RESIDENT|CLIENT|WHO)|(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+))[ \t]{0,3}$/u;
/** Capitalised words of readings that no English list holds, or a surname list does ("Fingerstick was 104 as of 12/1", "Chol was 104 as of 3/2"). */
const READING_WORDS = new Set(["weight", "wt", "o2", "hr", "pulse", "glucose", "bg", "bs", "sugar", "sugars", "temp", "bp", "sbp", "dbp", "map", "rr", "gfr", "egfr", "cr", "creat", "plt", "platelets",
  "wbc", "ef", "score", "count", "level", "rate", "na", "cl", "bun", "a1c", "ldl", "hdl", "tsh", "inr", "ptt", "lactate", "bnp", "ast", "alt", "alp", "ggt", "phos", "lipase", "ammonia", "uop", "ua",
  "osm", "osmo", "fio2", "peep", "etco2", "cvp", "ox", "iop", "qtc", "qrs", "pr", "vt", "tv", "wgt", "glu", "tni", "tnt", "hstn", "hs", "rdw", "mpv", "bgm", "accu",
  "tmax", "cbg", "fsbg", "fsbs", "bsl", "bgl", "mcv", "mch", "plts", "fingerstick", "accucheck", "accuchek", "sat", "sats", "spo2", "ck", "cpk", "ldh", "fev1", "fvc", "hct", "hb", "hgb", "trig", "trigs", "bili", "gluc", "chol", "ferr", "retic", "neuts", "eos", "baso", "pct", "resps", "ews", "mews", "lytes", "bicarb", "trop", "lac", "alb"]);
/** "died 2/3 within a year", "deceased 2/2 donors": a death's fraction of a group, no day. */
const DEATH_COUNT_AFTER = /^\s+(?:within|donors?|patients|pts|cases|subjects|cohort)\b/i;
const DEATH_BEFORE = /\b(?:died|deceased)\s*[:.,-]?\s*$/i;
/**
 * "the 12-19 admission": a hyphenated month-day between "the" and one event (a count or range is of events: "the 2-3 admissions"),
 * with a day past 12 as after a weak cue ("the 1-2 admission criteria", "the 10-12 procedure window" are ranges).
 */
const THE_BEFORE = /\bthe\s+$/i;
const EVENT_AFTER = /^\s+(?:admission|admit|discharge|surgery|procedure|appt|appointment|encounter|consult|colonoscopy|egd|mri|echo|cath)\b(?!s|\s+(?:days?|hours?|nights?|weeks?|times?|rates?|counts?|orders?|notes?)\b)/i;
/** What follows a range of hours ("9-12 clinic", "8-4 shift", "2-3 pm"). */
const HOURS_AFTER = /^\s*(?:am|pm|a\.m|p\.m|shift|clinic|coverage|hrs?|hours|visiting|o'?clock)\b/i;
/** Weaker cues for a hyphenated month-day: then only a day past 12 ("due 3-14", "enrolled 11-19", not "due 3-4", "enrolled 2-3 a week"). */
/** The weak cues' bare prepositions and "due": a range or a dose follows them as often as a date ("on 1-2 L", "by 2-3", "due 3-4"). */
const BARE_PREPOSITIONS = ["on", "by", "until", "till", "due"];
const HYPHEN_WEAK_WORDS = [...BARE_PREPOSITIONS, "appt", "visit", "enrolled", "randomized", "randomised", "registered", "referred", "faxed", "vaccinated", "immunized", "immunised", "injured", "injury", "released", "transferred", "d/c"];
export const HYPHEN_WEAK_CUE = new RegExp(String.raw`\b(?:${HYPHEN_WEAK_WORDS.join("|")})\s*[:.,-]?\s*$`, "i");
/** HYPHEN_WEAK_CUE as a SuffixCue: the pattern, anchored only at its end, is tried at every character. */
export const HYPHEN_WEAK_CUE_END = new SuffixCue(HYPHEN_WEAK_WORDS, ":.,-", true);
/**
 * The last or next of a repeated event before a hyphenated month-day ("last HD 5-25", "next infusion 3-19", "prev
 * visit 8-30"): a day past 12 or a stop after it, as after a weak cue ("next infusion 2-3 wks" keeps its unit; a dose is no such event:
 * "next dose 4-6" is hours).
 */
const LAST_NEXT_EVENT = /\b(?:last|next|prev|previous)\s+(?:hd|dialysis|visit|appt|infusion|session|chemo|transfusion)\s*[:.,-]?\s*$/i;
/** A device's interrogation before a hyphenated month-day ("pacer interrogated 7-19"): a count of runs or shocks as often ("interrogated: 1-2 shocks"). */
const INTERROGATION_END = new SuffixCue(["interrogated", "interrogation"], ":.,-", true);
/**
 * Record verbs that count as often as they date ("called 2-3.", "visited 2-3.", "refilled 1-2."): with the last or next
 * event, a culture, an exposure and an interrogation, a hyphenated month-day after them needs a pair no count's range
 * reads (RISING_RANGE). An arrival's "eta" takes no hyphenated day at all: "ETA 1-2." is hours.
 */
const COUNT_VERB_END = new SuffixCue(["called", "visited", "done", "returned", "fill", "refill", "filled", "refilled", "dispensed", "delivered", "arrived", "arriving", "arrives", "arrival", "departing", "departure"], ":.,-", true);
const ETA_END = new SuffixCue(["eta"], ":.,-", true);
/** Verbs of a presentation or a device's transmission: a count follows them as often ("presented 1-3 vomiting episodes", "transmitted 1-2 pauses"), so only a day past 12. */
const PRESENTED_END = new SuffixCue(["presented", "transmitted"], ":.,-", true);
/**
 * "coming up" after a scheduled event's noun ("appt coming up 3-4", "court date coming up 11-2", a numbered
 * day's: "rehab day 18 coming up 4-21"): a date; after anything else a
 * reading's or a count's rise ("Hgb coming up 7-8", "bed coming up 4-12").
 */
const COMING_UP_EVENT = /\b(?:appts?|appointments?|visits?|f\/u|fu|follow[- ]?ups?|surgery|surgeries|procedures?|op|court|hearings?|birthday|bday|b-day|anniversary|wedding|date|deadline|trial|mri|ct|echo|colonoscopy|egd|infusion|chemo|consult|clinic|graduation|funeral|move|renewal|expiration|auth|authorization|recert|recertification|(?:day|week|cycle)[ \t]+\d{1,3})[ \t]+(?:(?:is|are|date)[ \t]+)?coming[ \t]+up[ \t]*[:.,-]?[ \t]*$/i;
/** Administrative cues that are words of other languages too ("dos" is "of the": "dor dos 2-3 ultimos dias"): a stop or a day past 12 after them. */
const ADMIN_WEAK_END = new SuffixCue(["dos", "tod", "eff"], ":.,-", true);
/** A culture or swab before a date ("blood cx 3-28", "ucx from 8-26", "swab 04/13"): its day, as after a record's verb. */
const CULTURE_CUE = /\b(?:cx|bcx|ucx|cultures?|swab|swabbed|specimen)(?:\s+from)?\s*[:.,-]?\s*$/i;
/** An exposure's or a bite's day, where it happened or not between ("exposure at work 9-9", "needlestick 3-4.", "bitten 7-19"). */
const EXPOSURE_CUE = /\b(?:exposure|exposed|needlestick|bitten)(?:\s+(?:at|on)\s+(?:work|home|school|the\s+job))?\s*[:.,-]?\s*$/i;
const BARE_PREPOSITION_END = new SuffixCue(BARE_PREPOSITIONS, ":.,-", true);
/** A stop, a colon or the line's end after a hyphenated month-day ("hh visit 7-6:", "sent 9-12."). */
const STOP_OR_COLON_AFTER = /^[ \t]*(?:[.;:!?](?!\d)|\n|$)/;

/**
 * An age over 89 in words (90 to 129: "ninety", "ninety-six", "ninety six", "a hundred", "one hundred and two", "a
 * hundred twenty-one"), in an age's frame: before a unit, after "turned" or "age" ("ninety-six year old", "a hundred and
 * one yo", "turned ninety-three", "aged ninety-two"); after "is", "was" or "'s" a stop, a comma or "today" closes, or
 * after "will be" or "'ll be" as those close or "next week", "next month", "next year" or "tomorrow" ("she'll be
 * ninety-four next month"), when a person comes before (group 1; personSubject: "he is ninety-eight, uses walker", "she
 * was ninety-six."; or "hes", "shes": "says hes ninety-two,"; not a thing's noun: "the wait will be ninety."); between commas or in brackets after a name (group 2: "Ivo Lamb, ninety-one, passed at 2am"; not after
 * a number: "a hundred, ninety-three, eighty-six" counts down), or after a spaced dash ("Roe, Ada — ninety-nine, Polish only"),
 * "!" or "w/" closing it too ("re A.B., ninety eight w/ gout", "Ada in rm 4 — ninety seven!").
 */
const UNITS_WORD = "one|two|three|four|five|six|seven|eight|nine";
/** "hes" and "shes" (a pronoun and "is" typed without the apostrophe) open AGE_IN_WORDS' group 1: the person is named. */
const PRONOUN_IS = /^s?hes\b/i;
const AGE_WORDS = String.raw`(?:ninety(?:[- ](?:${UNITS_WORD}))?|(?:a|one)\s+hundred(?:\s+(?:and\s+)?(?:${UNITS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:${UNITS_WORD}))?))?)\b`;
export const AGE_IN_WORDS = new RegExp(
  String.raw`\b${AGE_WORDS}(?=[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b|[\s-]*(?:yo|y\/o)\b|\s+years?\s+of\s+age\b)|(?<=\b(?:turn(?:ed|s|ing)|aged?|age\s+of|age:)\s{1,3})${AGE_WORDS}|` +
    String.raw`(?:\b(?:is|was|hes|shes)|['\u2019]s|(?:['\u2019]ll|\bwill)[ \t]+be)[ \t]{1,3}(${AGE_WORDS})(?:${AGE_CONTINUES}|(?=\s+(?:next\s+(?:week|month|year)|tomorrow)\b))|(?:[,(]|[ \t][-\u2013\u2014])[ \t]{0,3}(${AGE_WORDS})(?=[ \t]*(?:[,;)!\n]|\.(?!\d)|$|(?:w\/|with)[ \t]))`,
  "gi",
);

/**
 * A line that opens with one to four words of a name, a nickname in brackets among them or not, then an age in words a
 * stop, a comma or the line's end closes ("Roe Ada ninety-two, Czech", "LAMB IVO (BUNNY) A HUNDRED AND ONE"; sticky):
 * group 1 is the words, group 2 the age.
 */
const NAME_AGE_WORDS_LINE = new RegExp(String.raw`[ \t]*((?:\(?[\p{L}][\p{L}\p{M}'\u2019-]*\)?,?[ \t]+){1,4})(?:[-\u2013\u2014][ \t]+)?(${AGE_WORDS})(?=[ \t]*(?:[,;)!\n]|\.(?!\d)|$))`, "iuy");
/** The words of NAME_AGE_WORDS_LINE's group 1. */
const NAME_WORD = /[\p{L}][\p{L}\p{M}'\u2019-]*/gu;

/** Ages in words NAME_AGE_WORDS_LINE finds where a line opens, every word before them a name's (nameWordBeforeAge). */
function lineOpeningAgeWords(scan: Scan, out: Detection[]): void {
  const text = scan.text;
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf("\n", at) + 1 || -1) {
    NAME_AGE_WORDS_LINE.lastIndex = at;
    const m = NAME_AGE_WORDS_LINE.exec(text);
    if (!m || !Array.from(m[1]!.matchAll(NAME_WORD), (w) => w[0]).every((w) => nameWordBeforeAge(scan, w))) continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ start, end: start + m[2]!.length, type: "AGE" });
  }
}

/**
 * Whether ", ninety-one," at `at` (the comma, bracket or dash) follows a name, a room after it or not: a letter, quote or stop before it, no number,
 * no reading in the clause ("Sats (ninety) on 4L", "temp normal, ninety,"), and a last word that may be a name
 * (capitalised in mixed case; "bolus given, ninety, over 30 min" is no person).
 */
function nameBeforeComma(scan: Scan, at: number): boolean {
  const text = scan.text;
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  // (A room or bed after the name: "Ada Roe in bed 12, ninety eight,".)
  const room = ROOM_AFTER_PERSON.exec(text.slice(Math.max(0, k - 48), k));
  if (room) k -= room[0].length;
  if (k === 0 || !/[\p{L}"'\u201d\u2019.]/u.test(text[k - 1]!) || NUMBER_BEFORE.test(text.slice(Math.max(0, k - 16), k))) return false;
  const before = text.slice(Math.max(0, k - 48), k);
  if (readingInClause(before)) return false;
  const word = LAST_WORD.exec(before);
  if (!word) return /["'\u201d\u2019.]$/.test(before);
  const w = word[1]!;
  const mixed = !scan.lowerCase && !scan.upperCase;
  // (An initial after another's stop: "re J.I, one hundred w/ gout"; capitals in text typed in both cases, and no "e.g", "i.e".)
  const initials = INITIALS_END.exec(before);
  if (initials && LATIN_ABBREVIATION.test(initials[1]!)) return false;
  if (initials && (!mixed || initials[1] !== initials[1]!.toLowerCase())) return true;
  // (A name and the state it is in: "Roe declining, ninety four,"; the name capitalised in text typed in both cases.)
  const state = NAME_THEN_STATE.exec(before);
  if (state && (!mixed || state[1]![0] !== state[1]![0]!.toLowerCase()) && nameLike(state[1]!.toLowerCase())) return true;
  if (mixed && w[0] === w[0]!.toLowerCase()) return false;
  return nameLike(w.toLowerCase());
}
/** Initials joined by a stop at the end of a text ("J.I", "a.b"): group 1. */
const INITIALS_END = /(?<![\p{L}.])(\p{L}\.\p{L})[ \t]*$/u;
/** "e.g" and "i.e", which INITIALS_END reads as initials. */
const LATIN_ABBREVIATION = /^(?:e\.g|i\.e)$/i;
/** A word, then a word of a state ending in "-ing" or "-ed" ("Roe declining", "Ames confused"): group 1 is the name. */
const NAME_THEN_STATE = /(?<![\p{L}\p{M}])([\p{L}][\p{L}\p{M}'\u2019-]+)[ \t]+(?:[a-z]+(?:ing|ed)|[A-Z]+(?:ING|ED))[ \t]*$/u;

/** Value of the `k`-th run of digits in `s` (0 when there is none). */
function digitRun(s: string, k: number): number {
  let i = 0;
  for (let run = 0; i < s.length; run++) {
    while (i < s.length && !isDigitCode(s.charCodeAt(i))) i++;
    let value = 0;
    for (; i < s.length && isDigitCode(s.charCodeAt(i)); i++) value = value * 10 + s.charCodeAt(i) - 48;
    if (run === k) return value;
  }
  return 0;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether a hyphen stands between two runs of one or two digits: HYPHEN_PARTIAL's month-day
 * needs one ("7-17"), and most messages with a hyphen have none ("x-ray", "follow-up",
 * "555-1234", "2024-01-05", "120-180"), where the pattern was tried at every character for nothing.
 */
export function digitHyphenDigit(text: string): boolean {
  for (let k = text.indexOf("-", 1); k > 0; k = text.indexOf("-", k + 1)) {
    if (shortDigitRunEndsAt(text, k) && shortDigitRunStartsAt(text, k + 1)) return true;
  }
  return false;
}

/** Whether text[.., end) ends with a run of one or two digits (no third before it). */
function shortDigitRunEndsAt(text: string, end: number): boolean {
  if (!isDigitCode(text.charCodeAt(end - 1))) return false;
  return end < 2 || !isDigitCode(text.charCodeAt(end - 2)) || end < 3 || !isDigitCode(text.charCodeAt(end - 3));
}

/** Whether a run of one or two digits (no third after it) starts at `start`. */
function shortDigitRunStartsAt(text: string, start: number): boolean {
  return isDigitCode(text.charCodeAt(start)) && !(isDigitCode(text.charCodeAt(start + 1)) && isDigitCode(text.charCodeAt(start + 2)));
}

/**
 * After a follow-up and its service, whether a fraction is a day: no score's denominator, a numerator over it, or a
 * stop, a clock time ("2/3 15:40", "1/2 0830"; MILITARY_TIME_AFTER) or "at" and a time after it ("3/4 at 10am"). (Not
 * after a record's verb, where "received 1/2 at 2100" is half a dose.)
 */
function followUpDay(m: RegExpExecArray, denominator: number, timeAfter: boolean, after: string): boolean {
  return !SCORE_DENOMINATORS.includes(denominator) || Number.parseInt(m[1]!, 10) > denominator || timeAfter || STOP_AFTER.test(after) || MILITARY_TIME_AFTER.test(after) || AT_TIME_AFTER.test(after);
}
/** A time of four digits after a fraction ("f/u ortho 1/2 0830"), no amount ("1/2 1000 units"): read only after a follow-up. */
const MILITARY_TIME_AFTER = /^ {1,2}(?:[01]\d|2[0-3])[0-5]\d(?![\d/:.]|\s*(?:mg|mcg|ml|units?|u|iu|kcal|cal|g|kg|cc)\b)/i;
/** "at" and a clock time ("3/4 at 10am", "3/4 @ 1430", "3/4 at 9:15"). */
const AT_TIME_AFTER = /^\s*(?:at|@)\s*(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])\s*(?:am|pm|a\.m|p\.m)|(?:[01]\d|2[0-3])[0-5]\d)(?![\d/])/i;

/** Whether `before` ends with a follow-up and its service (FOLLOW_UP_BEFORE), no score's, reading's or period's word among them. */
function followUpBefore(before: string): boolean {
  const f = FOLLOW_UP_BEFORE.exec(before);
  if (!f) return false;
  const words = f[1]!.trimEnd();
  if (FOLLOW_UP_NOT_BEFORE.test(words)) return false;
  for (const w of words.toLowerCase().split(/[ \t]+/)) if (READING_WORDS.has(w)) return false;
  return true;
}

/** "sat" and "sun" in any case after a meeting or visit, where no saturation or sun stands ("goals of care mtg sat 9-12"). */
const EVENT_WEEKDAY = /\b(?:mtg|meeting|appt|visit|conference|session)\s+(?:on\s+|this\s+|next\s+)?(?:sat|sun)\.?\s*[:,-]?\s*$/i;

/** Whether `before` ends with a weekday (WEEKDAY_CUE, or its forms in text typed all in capitals or all in lower case). */
function weekdayBefore(scan: Scan, before: string): boolean {
  return WEEKDAY_CUE.test(before) || (scan.upperCase && WEEKDAY_CUE_UPPER.test(before)) || (scan.lowerCase && WEEKDAY_CUE_LOWER.test(before)) || EVENT_WEEKDAY.test(before);
}

/**
 * A room after a person, before "is": "Delbert in 614 is 92", "Ames in room 12B was 96", "pt in bed 3 is 90"; a unit's
 * words or a bed's code between ("Ames in ED hall bed 3 is 96", "Ames in 5n-22 is 91"): a bay's word of up to eight
 * letters, a code a letter may open ("Ames in trauma 2 is 100", "Ames in hall bed h4 is 99").
 */
const ROOM_AFTER_PERSON = /\s+in\s+(?:[a-z]{2,8}\s+){0,2}(?:(?:room|rm|bed)\s+)?(?:[a-z]?\d{1,4}[a-z]?|\d[a-z]-\d{1,3}[a-z]?)\s*$/i;
/** The last word of a text as names are written: letters of any script, marks, apostrophes, the ʻokina, inner hyphens. */
const LAST_WORD = /([\p{L}\p{M}][\p{L}\p{M}'\u2019\u02bb-]*)[ \t]{0,3}$/u;

/**
 * Whether the text before "is 94" (at `at`) is a person, whose age the number is (AGE_AS_OF_SUBJECT, a room between:
 * "Delbert in 614 is 92 today"). Typed all in one case, a name has no capital: there the last word counts as
 * AGE_AS_OF_SUBJECT's capitalised word does ("gwenllian in 526 is 96 today", "DELBERT IS 92 TODAY").
 */
function personSubject(scan: Scan, at: number): boolean {
  let before = scan.text.slice(Math.max(0, at - 48), at);
  const room = ROOM_AFTER_PERSON.exec(before);
  if (room) before = before.slice(0, room.index);
  // (A reading's name in the clause makes the number the reading's: "sbp on levo is 95 today", "MAP on Levophed is 92.")
  if (readingInClause(before)) return false;
  const s = AGE_AS_OF_SUBJECT.exec(before.slice(-24));
  if (s) return s[1] === undefined || (nameLike(s[1].toLowerCase()) && !DETERMINER_BEFORE_WORD.test(before));
  if (!scan.lowerCase && !scan.upperCase) return false;
  const word = LAST_WORD.exec(before);
  return word !== null && nameLike(word[1]!.toLowerCase()) && !DETERMINER_BEFORE_WORD.test(before);
}

/** "turning" and the spaces after it, ending the text before an age in words. */
const TURNING_END = /\bturning\s{1,3}$/i;
/** A copula or "will be" between a subject and "turning" ("she is turning 92", "Ama's turning 101"). */
const TURNING_COPULA_END = /(?:\b(?:is|was|will\s+be|be)|['\u2019]s)[ \t]{1,3}$/i;
/**
 * Whether the "turn..." a match opens at `at` (its text `match`) makes an age: "turned" and "turns" do; "turning" only after a
 * person or a name (personSubject), "is", "was" or "will be" between or not ("pt turning 95 next week", "she is turning 92",
 * "Ellery turning 96"; not "pressure turning 95 after bolus", "HR is turning 110 again", "the corner turning ninety degrees").
 */
function turningSubject(scan: Scan, at: number, match: string): boolean {
  if (!/^turning/i.test(match)) return true;
  const copula = TURNING_COPULA_END.exec(scan.text.slice(Math.max(0, at - 12), at));
  return personSubject(scan, copula ? at - copula[0].length : at);
}

/** A determiner before the last word: a thing's noun, no name ("the wait will be ninety.", "The Wait is ninety."; surnames both). */
const DETERMINER_BEFORE_WORD = /\b(?:the|a|an|this|that|these|those|my|your|our|their|its)[ \t]+[\p{L}\p{M}'\u2019-]+[ \t]*$/iu;

/** Whether the clause that ends `before` (from its last stop, comma, colon or bracket) names a reading (READING_WORDS). */
export function readingInClause(before: string): boolean {
  // (The clause starts after the last ". , ; : ! ? ( " or line break; its words are runs of ASCII letters and digits.)
  let from = before.length;
  while (from > 0 && !CLAUSE_STOPS.has(before.charCodeAt(from - 1))) from--;
  let start = -1;
  for (let k = from; k <= before.length; k++) {
    const c = k < before.length ? before.charCodeAt(k) : 0;
    const l = c | 32;
    if ((l >= 97 && l <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      if (READING_WORDS.has(before.slice(start, k).toLowerCase())) return true;
      start = -1;
    }
  }
  return false;
}
/** Codes that end a clause before a reading's word: ". , ; : ! ? (" and a line break. */
const CLAUSE_STOPS = new Set([46, 44, 59, 58, 33, 63, 10, 40]);

/** Whether a lower-cased word may be a name before an age: a name list holds it or no English list does, and it is no reading's. */
function nameLike(lower: string): boolean {
  return (lexicon.isGivenName(lower) || lexicon.isFamilyName(lower) || !isEnglishWord(lower, 0, lower.length)) && !lexicon.NOT_A_NAME.has(lower) && !READING_WORDS.has(lower);
}

/** A number word or a digit before ", ninety-three,": a count ("a hundred, ninety-three, eighty-six": serial sevens), no name. */
const NUMBER_BEFORE = /(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)|\d)[\s,(]*$/i;

/**
 * A second age beside one ("says hes ninety-four, chart says 101", "she's 97, her ID says 95"): a number over 89 after a
 * record or a person and a word of saying or listing, closed as AGE_CONTINUES closes an age; counted only on a line that
 * holds another age, and not after a reading's name ("temp says 101"; a device is no subject: "monitor says 94").
 * Group 1 is the number.
 */
const AGE_CLAIM = new RegExp(String.raw`\b(?:chart|records?|ehr|epic|registration|face\s?sheet|paperwork|id|licen[cs]e|wristband|band|file|system|daughter|son|wife|husband|family|mom|mum|dad|sister|brother|niece|nephew|ems|snf|she|he|they|pt|patient)[ \t]+(?:says?|said|states?|stated|reports?|reported|lists?|listed|shows?|showed|has\s+(?:him|her|them)\s+(?:at|as))[ \t]+(?:(?:s?he|they)(?:['\u2019]?s|\s+is|\s+are|['\u2019]re)[ \t]+)?(9\d|1[01]\d)${AGE_CONTINUES}`, "gi");

/**
 * An age corrected beside one ("105yo? no wait, 91.", "94, sorry, 96 today"): a number over 89 after a word of
 * correction, closed as AGE_CONTINUES closes an age, counted as AGE_CLAIM's are. Group 1 is the number.
 */
const AGE_CORRECTION = new RegExp(String.raw`\b(?:no[ \t,]+wait|wait|sorry|actually|i[ \t]+mean|correction)[ \t]*[,:-]?[ \t]*(9\d|1[01]\d)${AGE_CONTINUES}`, "gi");

/** Commas and spaces that end a text. */
const TRAILING_COMMAS = /[\s,]+$/;

/** Pushes AGE_CLAIM's and AGE_CORRECTION's numbers on lines where an age was found (the AGE detections from `first` in `out`). */
function claimedAges(text: string, out: Detection[], first: number): void {
  const ages: number[] = [];
  for (let k = first; k < out.length; k++) if (out[k]!.type === "AGE") ages.push(out[k]!.start);
  if (ages.length === 0) return;
  for (const re of [AGE_CLAIM, AGE_CORRECTION]) each(re, text, (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    // (A correction's clause is the one it corrects: "sats 88, no wait, 92." is a reading.)
    const before = text.slice(Math.max(0, m.index - 48), m.index);
    if (readingInClause(re === AGE_CORRECTION ? before.replace(TRAILING_COMMAS, "") : before)) return;
    // (On the line of another age: no line break between them.)
    if (!ages.some((a) => a !== start && !lineBreakBetween(text, Math.min(a, start), Math.max(a, start)))) return;
    out.push({ start, end: start + m[1]!.length, type: "AGE" });
  });
}

/**
 * An age counted from a birth ("born in May 1931, so 94 now", "DOB 3/2/1930 so she's 95 this year"): a number over 89
 * after "so", in the clause of a birth's word, then "now", "today" or "this year". Group 1 is the number.
 */
const AGE_FROM_BIRTH = /\b(?:born|dob)\b[^.;\n]{0,40}?\bso[ \t]+(?:(?:s?he|they)(?:['\u2019]?s|[ \t]+is|['\u2019]re|[ \t]+are)[ \t]+)?(9\d|1[01]\d)[ \t]+(?:now|today|this[ \t]+year)\b/gi;

/** Whether a line break stands in text[from, to). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  const k = text.indexOf("\n", from);
  return k >= 0 && k < to;
}

/** A table's header cell over a column of ages ("| room | pt | age | notes |", "| Age/Sex |"). */
const AGE_HEADER = /^(?:age|ages|age\s*\/\s*(?:sex|gender|s|g)|yo|y\/o|yrs|years|age\s*\((?:y|yrs?|years)\))$/i;
/** A cell of an age column: 90 to 129, a unit or a sex after it or not ("94", "101y", "96 F"). Group 1 is the number. */
const AGE_CELL = /^[ \t]*(9\d|1[0-2]\d)(?:[ \t]*(?:y|yo|yrs?|m|f))?[ \t]*$/i;

/**
 * Ages over 89 in a bar table's age column ("| pacu 2 | Ada Lee | 97 | falls |" under "| room | pt | age | notes |"):
 * the column a header row names, on the rows after it until a line without a bar.
 */
function tableAges(text: string, out: Detection[]): void {
  let column = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (!line.includes("|")) column = -1;
    else {
      const cells = line.split("|");
      const header = cells.findIndex((c) => AGE_HEADER.test(c.trim()));
      if (header >= 0) column = header;
      else if (column >= 0 && column < cells.length) {
        const m = AGE_CELL.exec(cells[column]!);
        if (m) {
          let at = start + column;
          for (let k = 0; k < column; k++) at += cells[k]!.length;
          at += cells[column]!.indexOf(m[1]!);
          out.push({ start: at, end: at + m[1]!.length, type: "AGE" });
        }
      }
    }
    start = end + 1;
  }
}

/** "(100)" or ", 100," (a stop, a comma, a bracket or the end after it): a bare number over 89 (group 1 or 2). */
export const AGE_AFTER_NAME = /\((9\d|1[0-2]\d)\)|,[ \t]*(9\d|1[0-2]\d)(?=[ \t]*(?:[,;)]|\.(?!\d)|$))/g;
/** "Last, First" before it, a middle initial or not ("Oduya, Temperance (97)"): groups 1 and 2 are the words. */
const LAST_FIRST_BEFORE = /([\p{L}\p{M}][\p{L}\p{M}'\u2019-]*),[ \t]+([\p{L}\p{M}][\p{L}\p{M}'\u2019-]*)(?:[ \t]+\p{L}\.?)?[ \t]*$/u;

/**
 * "vet oduya, temperance (97), claim ...", "ABERNATHY, CLOVER, 104, FALL": a number over 89 in brackets or between
 * commas right after "Last, First" is the age, with both words names (nameLike; capitalised in mixed case) and one of
 * them a listed name ("bp low, map (95)", "pain, nausea, 101," are no names). names.ts takes the age after a name it
 * finds; this reads "Last, First" where it found none or only a part.
 */
function lastFirstAges(scan: Scan, out: Detection[]): void {
  const text = scan.text;
  each(AGE_AFTER_NAME, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 64), m.index);
    const w = LAST_FIRST_BEFORE.exec(before);
    if (!((w !== null && lastFirstBeforeAge(scan, w[1]!, w[2]!)) || (m[1] !== undefined ? personBeforeBracketedAge(scan, before) && !READING_AFTER_AGE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) : sexBeforeAge(before) || personNounBeforeAge(before) || ((scan.lowerCase || scan.upperCase) && nameBeforeAge(before))))) return;
    const age = m[1] ?? m[2]!;
    const start = m.index + m[0].indexOf(age);
    out.push({ start, end: start + age.length, type: "AGE" });
  });
}

/** Whether "Last, First" before an age are both name-like and one of them a listed name. */
function lastFirstBeforeAge(scan: Scan, first: string, second: string): boolean {
  if (!nameWordBeforeAge(scan, first) || !nameWordBeforeAge(scan, second)) return false;
  const a = first.toLowerCase(), b = second.toLowerCase();
  return lexicon.isGivenName(a) || lexicon.isFamilyName(a) || lexicon.isGivenName(b) || lexicon.isFamilyName(b);
}

/**
 * A word for a person before ", 103" at a stop or the end ("no, it's Ada Roe. the Dutch lady, 103"; not "the man, 95%"),
 * the phrase no preposition's object ("HR of the man, 110.", "checked on the gentleman, 92." are readings of them).
 */
const PERSON_NOUNS = "lady|gentleman|gent|man|woman|fellow|guy|widow|widower";
const PERSON_NOUN_BEFORE = new RegExp(String.raw`\b(?:${PERSON_NOUNS})[ \t]*$`, "i");
const PERSON_AS_OBJECT = new RegExp(String.raw`\b(?:of|on|in|for|from|to|with|at|by)[ \t]+(?:(?:the|a|an|this|that|her|his|their|our)[ \t]+)?(?:[\p{L}'-]+[ \t]+)?(?:${PERSON_NOUNS})[ \t]*$`, "iu");
/** PERSON_NOUN_BEFORE, no reading's word in the clause before it ("sats on the lady, 94") nor a preposition (PERSON_AS_OBJECT), as sexBeforeAge reads. */
function personNounBeforeAge(before: string): boolean {
  return PERSON_NOUN_BEFORE.test(before) && !PERSON_AS_OBJECT.test(before) && !readingInClause(before);
}

/**
 * A census line that opens with a sex's letter and an age ("M 102 SICU 14 Ada Roe", "F94 Charcot foot", "f103 gbs from
 * Enid"), a word after them; group 1 is the age (a code's dot or digits after it, "F90.0", or a unit, "m 100 mg po", stays;
 * so does a reading's or a time's word after it: "F 100 sats on RA", "f 101 overnight", "M 90 seconds of cpr", "m 95 percentile").
 */
export const SEX_AGE_LINE = /[ \t]*[mf][ \t]?(9\d|1[0-2]\d)(?=[ \t]+[\p{L}\d])(?![ \t]+(?:mg|mcg|g|ml|cc|l|lpm|units?|u|iu|meq|mmol|kg|lbs?|bpm|mmhg|percent|percentile|centile|pctl|degrees?|secs?|seconds|mins?|minutes|hrs?|hours|days?|overnight|tonight|today|yesterday|now|on|at|sats?|spo2|o2|times|x)\b)/iuy;
/** A line that opens with a name and an age between spaced dashes ("Roe - 95 - hip fx - DNR"); groups 1 and 2. */
export const NAME_DASH_AGE_LINE = /[ \t]*([\p{L}][\p{L}\p{M}'\u2019-]*)[ \t]+[-\u2013\u2014][ \t]+(9\d|1[0-2]\d)(?=[ \t]+[-\u2013\u2014][ \t])/uy;

/** Ages a census line opens with: SEX_AGE_LINE's, and NAME_DASH_AGE_LINE's after a word that may be a name (nameWordBeforeAge). */
function lineOpeningAges(scan: Scan, out: Detection[]): void {
  const text = scan.text;
  // (Both patterns are sticky, tried only where a line opens: a message has few lines.)
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf("\n", at) + 1 || -1) {
    SEX_AGE_LINE.lastIndex = at;
    let m = SEX_AGE_LINE.exec(text);
    if (m) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, type: "AGE" });
    }
    NAME_DASH_AGE_LINE.lastIndex = at;
    m = NAME_DASH_AGE_LINE.exec(text);
    if (m && nameWordBeforeAge(scan, m[1]!)) {
      const start = m.index + m[0].length - m[2]!.length;
      out.push({ start, end: start + m[2]!.length, type: "AGE" });
    }
  }
}

/** A census row's cell separator: a slash or a dash between spaces ("OAKLEY / 4W-24 / 96 / DNR", "Roe, Ada - 105 - bed 12A"). */
const ROW_SEPARATOR = /[ \t]+(?:\/|[-\u2013\u2014])[ \t]+/;
/** The cell separators of one kind, a slash's or a dash's. */
const SLASH_CELLS = /[ \t]+\/[ \t]+/g, DASH_CELLS = /[ \t]+[-\u2013\u2014][ \t]+/g;
/** A cell that is a number over 89 alone. */
const AGE_ONLY_CELL = /^(?:9\d|1[0-2]\d)$/;
/** A cell of a bed or room ("bed 12A", "hall bed 7", "4W-24", "5N-21B") or a code status ("DNR-DNI", "full code", "comfort care"). */
const BED_OR_CODE_CELL = /^(?:(?:[a-z]+[ \t]+)?(?:bed|rm|room|bay)[ \t]*\d{1,3}[a-z]?|\d{1,2}[a-z]{1,2}-?\d{1,3}[a-z]?|dnr(?:[ \t]*[/-][ \t]*dni)?|dni|full[ \t]+code|comfort(?:[ \t]+care)?|cmo|hospice)(?![\w])/i;
/** A name's cell: one to three words, "Last, First" too ("Sweet, Chase", "o'brien", "OAKLEY"). */
const NAME_CELL = /^[\p{L}][\p{L}\p{M}'\u2019.-]*(?:,?[ \t]+[\p{L}][\p{L}\p{M}'\u2019.-]*){0,2}$/u;
/** Bedside scales no eponym list holds, a row of whose scores opens with the scale ("Karnofsky / 90 / bed 4", "Humpty Dumpty / 94"). */
const SCALE_CELL_WORDS = new Set(["karnofsky", "tinetti", "hendrich", "aldrete", "lansky", "norton", "humpty", "dumpty", "barthel", "katz", "lawton", "ramsay", "richmond", "bishop", "conley", "stratify", "cornell", "ecog", "rass", "flacc", "nihss"]);
/** A vital sign's word, rhythm or unit in a row's cell ("afib RVR", "2L", "94% RA", "72 kg"; "RA flare" is arthritis): the row is a vitals row, its number no age. */
const VITALS_CELL = /(?<![\p{L}\d])(?:afib|a-fib|nsr|rvr|febrile|afebrile|tachy|brady|kg|lbs?|bpm|mmhg|hfnc|bipap|cpap|nrb|(?:\d%?|on)[ \t]*(?:ra|nc)|\d+(?:\.\d+)?[ \t]*(?:l|lpm|kg|lbs?))(?![\p{L}\d])/iu;
/** A cell that is a number a diastolic pressure may be, after a systolic's ("118 / 72"). */
const DIASTOLIC_CELL = /^(?:[3-9]\d|1[0-2]\d|130)$/;

/** Whether a row's cells after the first read as vital signs: a reading's word (READING_WORDS) or VITALS_CELL in one. */
function vitalsInRow(cells: [number, string][]): boolean {
  for (let j = 1; j < cells.length; j++) {
    const cell = cells[j]![1];
    if (VITALS_CELL.test(cell)) return true;
    for (const w of cell.toLowerCase().split(/[^a-z0-9]+/)) if (READING_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * Whether a row's first cell names its patient: two or three words, or one that is a listed name no NOT_A_NAME word or an
 * O'/D' surname or a word with a letter past ASCII ("Brzęczyk / 97"; "Kcentra / 100 / bed 3": a drug's name no list
 * holds opens a dosing row); no bedside scale's word.
 */
function patientCell(cellWords: string[]): boolean {
  if (cellWords.some((w) => SCALE_CELL_WORDS.has(w.toLowerCase()))) return false;
  if (cellWords.length > 1) return true;
  const lower = cellWords[0]!.toLowerCase();
  return ((lexicon.isGivenName(lower) || lexicon.isFamilyName(lower)) && !lexicon.NOT_A_NAME.has(lower)) || /^[od]['\u2019]\p{L}{3}/u.test(lower) ||
    /[^\x00-\x7f]/.test(lower);
}

/**
 * A census row's cells ("OAKLEY / 4W-24 / 96 / DNR-DNI / ...", "Roe, Ada - 105 - bed 12A - comfort care"): a line that
 * opens with a name's cell, cells split by one separator kind (three cells at least), a cell that is a number over 89
 * alone among the next three, and a bed's, a room's or a code status's cell beside it. The number is the age; a vitals
 * row opens with no name ("HR / 96 / bed 4": "HR" is a reading's word), and a row with no bed or code status stays.
 */
function rowCellAges(scan: Scan, out: Detection[]): void {
  const text = scan.text;
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf("\n", at) + 1 || -1) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const sep = ROW_SEPARATOR.exec(line);
    if (sep === null) continue;
    // (One separator kind: the first one's.)
    const mark = sep[0].trim();
    const cells: [number, string][] = [];
    const splitter = mark === "/" ? SLASH_CELLS : DASH_CELLS;
    splitter.lastIndex = 0;
    let from = 0;
    for (let m = splitter.exec(line); m !== null && cells.length < 5; m = splitter.exec(line)) {
      cells.push([from, line.slice(from, m.index)]);
      from = m.index + m[0].length;
    }
    cells.push([from, line.slice(from)]);
    if (cells.length < 3) continue;
    const first = cells[0]![1].trim();
    // (No scale's or sign's eponym: "Morse - 95 - bed 4", "Braden / 100 / 4W-12" are scores.)
    const cellWords = first.split(/[,\s]+/);
    if (!NAME_CELL.test(first) || cellWords.some((w) => lexicon.EPONYMS.has(w.toLowerCase())) || !cellWords.some((w) => w.length > 1 && nameWordBeforeAge(scan, w))) continue;
    // (A bedside scale or a drug opens no patient's row; a vitals row's number is a reading: "Garcia / bed 4 / 118 / 72 / HR 96".)
    if (!patientCell(cellWords) || vitalsInRow(cells)) continue;
    for (let k = 1; k <= 3 && k < cells.length; k++) {
      const [offset, cell] = cells[k]!;
      if (!AGE_ONLY_CELL.test(cell)) continue;
      if (!cells.some(([, c], j) => j !== 0 && j !== k && BED_OR_CODE_CELL.test(c.trim()))) break;
      // (A number a diastolic may be in the next cell: "118 / 72" is a pressure.)
      if (k + 1 < cells.length && DIASTOLIC_CELL.test(cells[k + 1]![1].trim())) break;
      out.push({ start: at + offset, end: at + offset + cell.length, type: "AGE" });
      break;
    }
  }
}

/** A person's coming age ("(he'll be 101)", "she will be 98 tomorrow"): group 1. */
const WILL_BE_AGE = /\b(?:s?he|they|pt|patient)(?:['\u2019]ll|[ \t]+will)[ \t]+be[ \t]+(9\d|1[01]\d)(?=[ \t]*(?:[,;!?)\n]|\.(?!\d)|$)|[ \t]+(?:today|tomorrow|next|this)\b)/giy;
/**
 * A birthday's word ("bday", "birthday", the cake) and, in its clause, a number over 89 before "today" or "tomorrow" (group 1):
 * "🎂 93 today"; no stop, comma or "!" between ("her birthday party moved, census 104 today" counts beds).
 */
const BIRTHDAY_AGE = /(?:b-?day|birthday|\u{1F382})[^\n,.;:!?]{0,48}?(?<![\d.:/])(9\d|1[01]\d)(?=[ \t]+(?:today|tomorrow)\b)/giuy;
/** A birthday's or an age's word in a line ("bday 4/11 (he'll be 101)"): a coming age's number is a person's. */
const AGE_WORD_NEAR = /\b(?:b-?day|birthday|turns?|turning|years?|yrs?|yo|old|age)\b|\u{1F382}/iu;
/** What a coming number measures besides an age ("he'll be 98 tomorrow" after "dry wt", "they'll be 96 per bed board"). */
const MEASURE_WORDS = new Set(["kg", "kgs", "lb", "lbs", "census", "beds", "board", "boarding", "boarders", "admits", "pts", "patients", "degrees", "bpm", "mmhg", "percent"]);

/**
 * Whether a coming age's number at [start, end) measures something else: no birthday's or age's word in its line, and a
 * reading's or a measure's word in its sentence ("dry wt ~ 98 kg, if we keep diuresing he'll be 98 tomorrow", "HR 140s,
 * after dilt she'll be 100.").
 */
function measuredComingNumber(text: string, start: number, end: number): boolean {
  let from = start, to = end;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) from--;
  while (to < text.length && text.charCodeAt(to) !== 10) to++;
  if (AGE_WORD_NEAR.test(text.slice(from, to))) return false;
  from = start;
  to = end;
  while (from > 0 && !SENTENCE_STOPS.has(text.charCodeAt(from - 1))) from--;
  while (to < text.length && !(SENTENCE_STOPS.has(text.charCodeAt(to)) && !(text.charCodeAt(to) === 46 && to + 1 < text.length && isDigitCode(text.charCodeAt(to + 1))))) to++;
  for (const w of text.slice(from, to).toLowerCase().split(/[^a-z0-9]+/)) if (READING_WORDS.has(w) || MEASURE_WORDS.has(w)) return true;
  return false;
}
/** A sentence's end: ". ! ?" or a line break. */
const SENTENCE_STOPS = new Set([46, 33, 63, 10]);
/** The tokens WILL_BE_AGE and BIRTHDAY_AGE need: "be", a birthday's word. */
const COMING_AGE_WORDS = new TokenWords(["be", "bday", "b-day", "birthday"]);

/** Ages to come or turned on a birthday (WILL_BE_AGE, BIRTHDAY_AGE), tried only at the tokens that open them. */
function comingAges(scan: Scan, out: Detection[]): void {
  const { text, tokens, count } = scan;
  const push = (re: RegExp, at: number): boolean => {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) return false;
    const start = m.index + m[0].length - m[1]!.length;
    // (No reading between a birthday's word and the number: "birthday today, sats 96 today" are a reading's.)
    if (re === BIRTHDAY_AGE && readingInClause(text.slice(at, start))) return false;
    if (re === WILL_BE_AGE && measuredComingNumber(text, start, start + m[1]!.length)) return false;
    out.push({ start, end: start + m[1]!.length, type: "AGE" });
    return true;
  };
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (!COMING_AGE_WORDS.has(t)) continue;
    // ("he'll be" is two tokens, "she will be" three: the subject opens one of the two before "be".)
    if (t.length === 2) {
      if (i >= 1 && !push(WILL_BE_AGE, tokens[i - 1]!.start) && i >= 2) push(WILL_BE_AGE, tokens[i - 2]!.start);
    } else push(BIRTHDAY_AGE, t.start);
  }
  // (The cake is no word's letter: scan.nonAscii does not see it.)
  for (let at = text.indexOf("\u{1F382}"); at >= 0; at = text.indexOf("\u{1F382}", at + 2)) push(BIRTHDAY_AGE, at);
}

/** "(f, 103)", "Ada Roe, M, 97,": a sex's letter or word and a comma before a number over 89 (AGE_AFTER_NAME's second form). */
const SEX_BEFORE_AGE = /[(,][ \t]*(?:f|m|male|female)[ \t]*$/i;
/** SEX_BEFORE_AGE, no reading's word before it ("HR (M, 95)", "sats, f, 94" are readings). */
function sexBeforeAge(before: string): boolean {
  const sex = SEX_BEFORE_AGE.exec(before);
  if (!sex) return false;
  const word = LAST_WORD.exec(before.slice(0, sex.index));
  return word === null || !READING_WORDS.has(word[1]!.toLowerCase());
}

/** What makes a bracketed number after a name a reading ("Mrs. Roe (98) on RA", "Ames (94) on 3L", "(96) sats"). */
const READING_AFTER_AGE = /^\s*(?:on\s+(?:ra\b|room\s+air|\d|o2|nc\b|bipap|cpap|hfnc|hi-?flow|high\s+flow|vent|nrb|mask|fm\b|levo|pressors?|norepi)|%|sats?\b|spo2|o2\b|mmhg|bpm|systolic|diastolic|map\b)/i;
/** The patient's word before a bracketed age ("the pt (97)", "PATIENT (101)"). */
const PATIENT_BEFORE = /\b(?:pt|patient)[ \t]*$/i;
/** A doctor's title before two words at the end ("Dr. Ada Cushing "): a clinician's name, no patient's. */
const DOCTOR_BEFORE_NAME = /\b(?:dr|doctor|prof|professor)\.?[ \t]+\S+[ \t]+\S+[ \t]*$/i;
/** A capitalised word, then a capitalised last word ("Gary Cushing "): group 1 is the first. */
const GIVEN_THEN_WORD = /(?<![\p{L}\p{M}.])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll}+[ \t]*$/u;

/**
 * Whether a person comes before "(97)": the patient's word, a listed name ("Villalobos (100) — fall", "havili (98)"), or
 * in text typed in both cases a capitalised word no English list holds ("Brzęczyk (91)"); not a reading ("map (95)",
 * "Sats (92)", "ICU (94)").
 */
function personBeforeBracketedAge(scan: Scan, before: string): boolean {
  if (PATIENT_BEFORE.test(before)) return true;
  const word = LAST_WORD.exec(before);
  if (!word) return false;
  const w = word[1]!, lower = w.toLowerCase();
  if (READING_WORDS.has(lower) || lexicon.NOT_A_NAME.has(lower)) return false;
  // ("Gary Cushing (91)": an eponym after a listed given name, both capitalised in text typed in both cases, is a surname.)
  if (lexicon.EPONYMS.has(lower) && !scan.lowerCase && !scan.upperCase) {
    const given = GIVEN_THEN_WORD.exec(before);
    if (given && lexicon.isGivenName(given[1]!.toLowerCase()) && !isEnglishWord(given[1]!.toLowerCase(), 0, given[1]!.length) && !DOCTOR_BEFORE_NAME.test(before)) return true;
  }
  // (A listed name that is an English word or an eponym, only capitalised after a word: "Iron (95)", "Apgar (99)" are readings.)
  if (lexicon.isGivenName(lower) || lexicon.isFamilyName(lower)) {
    if (w.length <= 2 || lexicon.EPONYMS.has(lower)) return false;
    return !isEnglishWord(lower, 0, lower.length) || (w[0] !== lower[0] && /[a-z,][ \t]+\S+[ \t]*$/.test(before)) || ((scan.lowerCase || scan.upperCase) && nameBeforeAge(before));
  }
  if (!scan.lowerCase && !scan.upperCase) return w[0] !== lower[0] && w.slice(1) === lower.slice(1) && !isEnglishWord(lower, 0, lower.length);
  return nameBeforeAge(before);
}

/** Two words before a bracketed age ("halyna roe (91)", "TSANG RUSTY (96)"): group 1 and 2. */
const TWO_WORDS_BEFORE = /(?:^|[^\p{L}\p{M}'\u2019.-])([\p{L}\p{M}][\p{L}\p{M}'\u2019-]+)[ \t]+([\p{L}\p{M}][\p{L}\p{M}'\u2019-]+)[ \t]*$/u;
/**
 * In text typed in one case, two words before a bracketed age both name-like (nameLike), each a listed name or a word
 * no English list holds, and one of them no English word ("halyna coffin (91) dnr", "TSANG RUSTY (96) FROM"; not "glucose level (104)",
 * "heart rate (96)", "rusty pipe (96)").
 */
function nameBeforeAge(before: string): boolean {
  const pair = TWO_WORDS_BEFORE.exec(before);
  if (!pair) return false;
  const a = pair[1]!.toLowerCase(), b = pair[2]!.toLowerCase();
  if (!nameLike(a) || !nameLike(b)) return false;
  // (Each a listed name or a word of four letters or more no English list holds, and one of them no English word.)
  // (A drug's or a germ's stem is no unknown name word: "nimbex vecuronium (100)" is a dose.)
  const unknown = (w: string) => w.length >= 4 && !isEnglishWord(w, 0, w.length) && !DRUG_ENDING.test(w) && !GERM_OR_DRUG_STEM.test(w);
  const nameish = (w: string) => lexicon.isGivenName(w) || lexicon.isFamilyName(w) || unknown(w);
  return nameish(a) && nameish(b) && (unknown(a) || unknown(b));
}

/** nameLike, and capitalised in text typed in both cases. */
function nameWordBeforeAge(scan: Scan, w: string): boolean {
  if (!scan.lowerCase && !scan.upperCase && w[0] === w[0]!.toLowerCase()) return false;
  return nameLike(w.toLowerCase());
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
}

/**
 * A partial date, by a slash or a hyphen, as the next item of a list after a date (sticky, from the date's end: ", 5/8 -",
 * ", NEXT 4-5"): a stop, a comma, a spaced dash, "and" or the end closes it ("seen 3/14, 3-4 days later", "on 3/12, 5/5
 * strength" stay). Group 1 is the date.
 */
const LIST_NEXT_AT = /[ \t]*(?:[,;&]|and\b|or\b)[ \t]*(?:(?:next|last|then|and)[ \t]+)?((?:1[0-2]|0?[1-9])[/-](?:[12]\d|3[01]|0?[1-9]))(?![\w/]|[.-]\w)(?=[ \t]*(?:[,;.!?)\n]|[-\u2013\u2014][ \t]|and\b|or\b|$))/iy;
/** The list's item before a date ("visits 4-4, 12/27"): group 1 is the partial date. */
const LIST_PREVIOUS = /(?<![\w/.-])((?:1[0-2]|0?[1-9])[/-](?:[12]\d|3[01]|0?[1-9]))[ \t]*(?:[,;&]|and|or)[ \t]*$/i;

/**
 * Whether a listed item reads as no day: a score out of 5 or 10 ("grip 3/14/24, 4/5."), a common fraction ("and 1/2.",
 * "3/4"), or a hyphenated pair that falls ("PERRL 3-2": pupils from 3 to 2 mm; a hyphenated range of days rises).
 */
function listedNoDay(item: string): boolean {
  const first = digitRun(item, 0);
  const second = digitRun(item, 1);
  if (item.includes("-")) return second < first;
  return (first <= second && (second === 5 || second === 10)) || (first < second && second <= 4);
}

/**
 * Partial dates listed beside a date found ("clinic visits 4-4, 12/27, 5/8 - all no-shows", "last HD 07/18, next 4-5"):
 * each item of the list, left and right of each date from `first` in `out`, not after a score's word ("power 4/5, 12/27"),
 * nor right of a date a reading's word comes before ("INR 3/14/24, 2-3.": the reading's range), nor an item listedNoDay reads.
 */
function listedDates(text: string, out: Detection[], first: number): void {
  const dates: Detection[] = [];
  for (let k = first; k < out.length; k++) if (out[k]!.type === "DATE") dates.push(out[k]!);
  if (dates.length === 0) return;
  const taken = new Set<number>();
  for (const d of dates) taken.add(d.start);
  for (const d of dates) {
    const reading = SCORE_BEFORE_END.test(text, Math.max(0, d.start - 24), d.start) || readingInClause(text.slice(Math.max(0, d.start - 48), d.start));
    for (let end = d.end; !reading;) {
      LIST_NEXT_AT.lastIndex = end;
      const m = LIST_NEXT_AT.exec(text);
      if (!m) break;
      const start = m.index + m[0].length - m[1]!.length;
      if (taken.has(start) || listedNoDay(m[1]!)) break;
      taken.add(start);
      end = start + m[1]!.length;
      out.push({ start, end, type: "DATE" });
    }
    for (let start = d.start; ;) {
      const from = Math.max(0, start - 16);
      const p = LIST_PREVIOUS.exec(text.slice(from, start));
      if (!p) break;
      const at = from + p.index;
      if (taken.has(at) || listedNoDay(p[1]!) || SCORE_BEFORE_END.test(text, Math.max(0, at - 24), at)) break;
      taken.add(at);
      out.push({ start: at, end: at + p[1]!.length, type: "DATE" });
      start = at;
    }
  }
}

/**
 * Finds dates (all forms except a bare year) and ages over 89. Each pattern runs only
 * when the scan shows what it needs: digits and a separator, a month word, a "/".
 */
export function detectDates(scan: Scan, out: Detection[]): void {
  const { text, digits } = scan;
  const first = out.length;
  if (scan.features & F_AGE_WORDS) each(AGE_IN_WORDS, text, (m) => {
    // ("he is ninety-eight,": a person's; "Ivo Lamb, ninety-one,": a name's. The span is the words alone.)
    // ("says hes ninety-four,": "hes" and "shes", typed without the apostrophe, are the person.)
    if (m[1] !== undefined && !PRONOUN_IS.test(m[0]) && !personSubject(scan, m.index)) return;
    // ("pt (one hundred four, widowed)": in brackets after the patient's word too.)
    if (m[2] !== undefined && !nameBeforeComma(scan, m.index) && !(text.charCodeAt(m.index) === 40 && PATIENT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))) return;
    if (m[1] === undefined && m[2] === undefined) {
      const turning = TURNING_END.exec(text.slice(Math.max(0, m.index - 12), m.index));
      if (turning && !turningSubject(scan, m.index - turning[0].length, turning[0])) return;
    }
    const words = m[1] ?? m[2];
    const end = m.index + m[0].length;
    out.push({ start: words === undefined ? m.index : end - words.length, end, type: "AGE" });
  });
  if (scan.features & F_AGE_WORDS) lineOpeningAgeWords(scan, out);
  if (digits === 0 && !(scan.features & F_MONTH)) return;
  if (digits >= 2) {
    // (Both read a run of two or three digits over 89: most messages, with digits or not, hold none.)
    if (scan.ageNumber) {
      lastFirstAges(scan, out);
      lineOpeningAges(scan, out);
      // (Cells split by en or em dashes too, which the scan's hyphen count does not hold: "Roe, Ada – bed 12A – 96".)
      if (scan.slashes > 0 || scan.hyphens > 0 || text.includes("\u2013") || text.includes("\u2014")) rowCellAges(scan, out);
      comingAges(scan, out);
    }
    if (text.includes("|")) tableAges(text, out);
  }
  // "4/12/57": three digit runs joined by single separators.
  if (scan.numericDateShape) each(FULL_NUMERIC, text, (m) => {
    const v = m[0];
    // ("hold hctz 12.5-25 mg", "2.5-10 mg": a decimal then a range is a dose, no date.)
    if (DECIMAL_THEN_RANGE.test(v)) return;
    // The first three parts are digit runs ("4/12/57", "1957-04-12T14:30").
    const a = digitRun(v, 0), b = digitRun(v, 1), c = digitRun(v, 2);
    // A first run of more than two digits is a year (the pattern allows 1, 2 or 4).
    if (isDigitCode(v.charCodeAt(1)) && isDigitCode(v.charCodeAt(2))) {
      if (b > 12 || c > 31) return;
    } else {
      if (a === 0 || b === 0 || (a > 12 && b > 12) || a > 31 || b > 31) return;
      // "1.2.3" version numbers: a dotted form counts with a 4-digit year, or as month.day.yy
      // ("DOB 4.14.88", "appt was 6.10.23").
      // Otherwise month.day.yy counts unless a version word comes before ("firmware 2.1.14").
      // ("19.09.23", "27.10.26": day.month.yy with two digits each, as Europe writes it, counts too.)
      if (v.includes(".") && !/\.\d{4}$/.test(v) && ((a > 12 && !(/^\d\d\.\d\d\.\d\d$/.test(v) && DAY_FIRST_CUE.test(text.slice(Math.max(0, m.index - 16), m.index)))) || VERSION_BEFORE_END.test(text, Math.max(0, m.index - 24), m.index))) return;
    }
    out.push({ start: m.index, end: m.index + v.length, type: "DATE" });
  });
  const months = (scan.features & F_MONTH) !== 0;
  if (months && digits > 0) each(WRITTEN, text, (m) => {
    const v = m[0];
    // "may" as a verb: need a capital M or a day/year right after.
    // ("the 4th of July weekend": a holiday, no one's date, unless a year follows.)
    if (/^4th\s+of\s+july$/i.test(v)) return;
    if (v.startsWith("may")) {
      if (/^may\b/.test(v) && !/\d/.test(v)) return;
      if (/^may\s+\d{1,2}\b/.test(v) && /^\s*(?:mg|mcg|g|ml|units?|tabs?|%)/i.test(text.slice(m.index + v.length))) return;
    }
    out.push({ start: m.index, end: m.index + v.length, type: "DATE" });
  });
  if (months && digits > 0) each(COMPACT, text, (m) => {
    if (MONTH_FIRST_HYPHEN.test(m[0]) && (scan.lowerCase || scan.upperCase || !/^M[a-z]/.test(m[0]) || MAR_ENTRY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) return;
    // (Month first is no date where a gene's name or a verb's shorthand reads the same: "Oct-4", "ASD sep-2 closure", "dec-5 the drip".)
    if (MONTH_FIRST_ANY.test(m[0]) && (OCT4.test(m[0]) || (m[0].charCodeAt(0) >= 97 && !scan.lowerCase) || /^\s+the\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5)))) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE" });
  });
  if (months) each(WORD_DATE, text, (m) => {
    const v = m[0];
    // ("MAY FIRST" in capitals is as likely the verb: a year must follow.)
    if (/^may\b/i.test(v) && !v.startsWith("May") && !/\d/.test(v)) return;
    if (/^fourth\s+of\s+july$/i.test(v)) return;
    // ("check the MAR first", "dec second dose", "aug first dose": a month's abbreviation before a day in words only with a
    // year; "May first try a bolus" opening a sentence likewise.)
    // (With "the" between or a date's cue before, it is one: "moving in on Feb the eleventh".)
    const cued = /\sthe\s/i.test(v) || DATE_CUE.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (!/\d/.test(v) && !cued && (/^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s/i.test(v) || (/^may\b/i.test(v) && /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, m.index - 3), m.index))))) return;
    out.push({ start: m.index, end: m.index + v.length, type: "DATE" });
  });
  if (scan.shortSlashPair) each(PARTIAL, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 36), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const denominator = Number.parseInt(m[2]!, 10);
    // ("interrogated 2/2 syncope": "2/2" before a word is "secondary to".)
    if (m[0] === "2/2" && /^\s+[a-z]/i.test(after)) return;
    // (A fraction before a unit of time is a duration, whatever cue comes before: "lmp 2/3 weeks ago", "edd 4/5 wks".)
    if (SCORE_AFTER.test(after) || DURATION_AFTER.test(after)) return;
    // "3/2–3/18": a range of two dates is no score; "4/5-5/5 power" and "pain 7/10-8/10" are
    // (the same denominator twice, or a score word around the range). A cue before the range
    // ("admitted 5/5-6/5") holds for its second date.
    const next = RANGE_NEXT.exec(after), previous = RANGE_PREVIOUS.exec(before);
    const other = next ?? previous;
    // ("collected 2/2." and "returned 4/4 09:30": a verb's fraction a stop or a time closes is a date; "collected 2/2 bottles" is a count.)
    const timeAfter = TIME_AFTER.test(after);
    // ("died 2/3 within a year": a share of a group.)
    if (DEATH_COUNT_AFTER.test(after) && DEATH_BEFORE.test(before)) return;
    const stopAfter = STOP_AFTER.test(after);
    // (No score's fraction: not over a score's denominator, or a numerator past it.)
    const notScore = !SCORE_DENOMINATORS.includes(denominator) || Number.parseInt(m[1]!, 10) > denominator;
    const dateCue = DATE_CUE_END.test(before, 0, before.length) || (previous !== null && DATE_CUE_END.test(before, 0, previous.index)) || weekdayBefore(scan, before) || ADMIN_DATE_CUE_END.test(before, 0, before.length) ||
      MOVED_TO_BEFORE.test(before) || (notScore && MOVED_ACROSS_TO_BEFORE.test(before)) || EVENT_MOVED_TO_BEFORE.test(before) || (stopAfter && ((TIME_BEFORE.test(before) && (notScore || RIDE_BEFORE.test(before))) || EVENT_PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)))) ||
      // ("blood cx 2/23", "cx 04/13": a culture's day; "cultures 2/2." are bottles, a stop after them or not.)
      (CULTURE_CUE.test(before) && (notScore || m[1]!.charCodeAt(0) === 48 || timeAfter)) ||
      (VERB_DATE_CUE_END.test(before, 0, before.length) && (notScore || timeAfter || stopAfter));
    // ("06/05", "12/06": a part written with a leading zero is a date's; scores have none.)
    const padded = m[1]!.charCodeAt(0) === 48 || m[2]!.charCodeAt(0) === 48;
    // (After "is", "at", "now" or "of", a padded pair no score reads is a date: "is 03/24 too soon to restart".)
    if (!dateCue && (SCORE_WORDS_END.test(before, 0, before.length) || (SCORE_SHORT_END.test(before, 0, before.length) && !(padded && notScore && !SCORE_NAME_BEFORE_SHORT.test(before))))) return;
    if (!dateCue && followUpBefore(before) && followUpDay(m, denominator, timeAfter, after)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "DATE" });
      return;
    }
    if (other && !dateCue) {
      if (Number.parseInt(other[1]!, 10) === denominator && SCORE_DENOMINATORS.includes(denominator)) return;
      if (next && SCORE_AFTER.test(after.slice(next[0].length))) return;
      if (previous && SCORE_BEFORE_END.test(before, 0, previous.index)) return;
    }
    // ("died 2/3 15:40": a time after the fraction makes it a day.)
    if (!dateCue && !other && !padded && !timeAfter && SCORE_DENOMINATORS.includes(denominator)) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE" });
  });
  if (scan.slashes > 0 && digits >= 5) each(MONTH_YEAR, text, (m) => {
    // (After a date cue only: "risk ~1/2000", "1/2000 births" are rates.)
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    // (Or a record's event: "enrolled 3/2024", "faxed 11/2025"; VERB_DATE_CUE.)
    if (!DILUTION_BEFORE.test(before) && (DATE_CUE_END.test(before, 0, before.length) || MONTH_YEAR_CUE.test(before) || VERB_DATE_CUE_END.test(before, 0, before.length))) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE" });
  });
  // ("hasn't eaten since 27th.": a day of the month after "since", "until" or "by" without "the", a stop after it.)
  if (scan.ordinalDay) each(ORDINAL_AFTER_CUE, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: "DATE" });
  });
  if (scan.ordinalDay) each(ORDINAL_RANGE_END, text, (m) => {
    // (A day something is moved to only before punctuation, the end or when it happens: "appt moved to the 19th.", "moved to
    // the 2nd at 10"; not "meds moved to the 3rd drawer", "moved to the 1st position".)
    if (!/^(?:from|between)/i.test(m[0]) && !MOVED_DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: "DATE" });
  });
  // "seen on the 28th": a day of the month after a date cue and "the".
  if (scan.ordinalDay) each(ORDINAL_DAY, text, (m) => {
    const day = m[1] ?? m[2] ?? m[3]!;
    const start = m[3] ? m.index + m[0].indexOf(day) : m.index + m[0].length - day.length;
    out.push({ start, end: start + day.length, type: "DATE" });
  });
  if (scan.hyphens > 0 && digitHyphenDigit(text)) each(HYPHEN_PARTIAL, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const day = digitRun(m[0], 1);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // ("LMP 10-28", "died 3-4": an administrative cue's; "sent 1-23", "sent 9-12." a record's verb's, "hh visit 7-6:" a
    // weak cue's, "last HD 5-25" an event's with a day past 12 or a stop after; "cx 3-28" a culture's, "exposure at work 9-9" an
    // exposure's.)
    const stop = day > 12 || STOP_OR_COLON_AFTER.test(after);
    // (A rising pair of days up to 12 is a count's range as often: "last hd 3-4.", "bcx 1-2.", "exposed 2-3.", "called 2-3.";
    // a pair that does not rise is none: "next infusion 4-2.", "exposure at work 9-9".)
    const month = digitRun(m[0], 0);
    const noRange = day > 12 || day <= month;
    // (A bare "on", "by", "until", "till" or "due" with a stop after is a range's or a dose's: "on 2-3 L NC.", "on 1-2 tabs.", "due 3-4";
    // only a day past 12 makes it a date: "on 3-14.")
    // (Each read only when the tests before it leave the day open.)
    const weak = () => HYPHEN_WEAK_CUE_END.test(before, 0, before.length) && (day > 12 || !BARE_PREPOSITION_END.test(before, 0, before.length));
    const verb = () => VERB_DATE_CUE_END.test(before, 0, before.length) && !ETA_END.test(before, 0, before.length) && (noRange || !COUNT_VERB_END.test(before, 0, before.length)) &&
      (day > 12 || !PRESENTED_END.test(before, 0, before.length));
    // ("cultures 2-2." are bottles, all of them: a culture's hyphenated day needs two different numbers.)
    const counted = () => noRange && (LAST_NEXT_EVENT.test(before) || (CULTURE_CUE.test(before) && month !== day) || EXPOSURE_CUE.test(before) || INTERROGATION_END.test(before, 0, before.length));
    const admin = ADMIN_DATE_CUE_END.test(before, 0, before.length) && (stop || !ADMIN_WEAK_END.test(before, 0, before.length));
    // ("Mon 9-12 clinic", "TUES 8-4 SHIFT", "fri 2-3 pm": after a weekday, hours.)
    const wider = text.slice(Math.max(0, m.index - 48), m.index);
    if (HYPHEN_DATE_CUE_END.test(before, 0, before.length) || admin || COMING_UP_EVENT.test(wider) ||
      (stop && (weak() || verb() || counted())) || EVENT_MOVED_TO_BEFORE.test(wider) || (weekdayBefore(scan, before) && !HOURS_AFTER.test(after)) ||
      (day > 12 && THE_BEFORE.test(before) && EVENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) ||
      // ("home 2-13 at 1715", "smith - 7-20 - restraints": a day past 12 a clock time follows or spaced dashes frame; no measure's
      // word just before: "RR 12-16 at 2200", "gtt 12-18 at 2000", "GCS - 3-15 - intubated" are ranges.)
      (day > 12 && (CLOCK_AFTER.test(after) || (SPACED_DASH_END.test(before) && SPACED_DASH_START.test(after))) && !measureBefore(text, m.index)) ||
      // ("turned 92 on 11-12!", "bday on 3-4": a birthday's "on".)
      BIRTHDAY_ON_BEFORE.test(before)) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE" });
  });
  if (digits >= 4 && (scan.slashes > 0 || scan.hyphens > 0)) listedDates(text, out, first);
  if (months) each(MONTH_ALONE, text, (m) => {
    const v = m[1]!;
    if (/^(?:may|mar|jan|jun|jul|aug|oct|dec|sept?)\.?$/.test(v)) return; // lowercase short forms are words
    if (/^may$/i.test(v) && v !== "May") return;
    const start = m.index + m[0].length - v.length;
    out.push({ start, end: start + v.length, type: "DATE" });
  });
  if (scan.sixOrEightDigitRun) each(YYYYMMDD, text, (m) => {
    const from = Math.max(0, m.index - 24);
    if (DATE_CUE_END.test(text, from, m.index) || ADMIN_DATE_CUE_END.test(text, from, m.index) || VERB_DATE_CUE_END.test(text, from, m.index) || HYPHEN_DATE_CUE_END.test(text, from, m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE" });
  });
  if (scan.sixOrEightDigitRun && scan.features & F_DOB) each(DOB_DIGITS, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: "DATE" });
  });
  if (scan.oldAgeNumber) each(AGE, text, (m) => {
    // "T 99 F" is a temperature.
    if ((m[0].charCodeAt(m[0].length - 1) | 32) === 102 && /(?:(?<![a-z])(?:temp|temperature|tmax|t|fever|febrile|to)|°)\s*[:=]?\s*$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return;
    // "age 93", "93yo", "94-year-old": the number is the identifier; the words and the unit stay.
    if (m[2]) out.push({ start: m.index, end: m.index + m[2].length, type: "AGE" });
    else {
      if (m[5] && !personSubject(scan, m.index)) return;
      // ("pt turning 95 next week", not "pressure turning 95 after bolus": "turning" as TURNING_SUBJECT reads it.)
      if (m[4] && !turningSubject(scan, m.index, m[0])) return;
      const number = (m[1] ?? m[3] ?? m[4] ?? m[5])!;
      // (The number ends the match but for "is 94 as of", where it is the first digits.)
      const start = m[5] ? m.index + m[0].indexOf(number) : m.index + m[0].length - number.length;
      out.push({ start, end: start + number.length, type: "AGE" });
    }
  });
  if (digits >= 2) claimedAges(text, out, first);
  // (Its age is a 90-119 run the scan notes: scan.ageNumber.)
  if (digits >= 2 && scan.ageNumber && scan.features & F_DOB) each(AGE_FROM_BIRTH, text, (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, type: "AGE" });
  });
}
