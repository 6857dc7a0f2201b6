// Recurring reminders: phrases such as "every weekday at 8am", "every 2 weeks on Friday",
// "on the first Monday of each month" become RFC 5545 rules (rrule). A rule is stored as
// "DTSTART;TZID=<zone>:<local time>\nRRULE:<rule>" and expanded on floating wall-clock
// dates in that zone, so occurrences keep their local time across daylight saving.
import { DateTime } from "luxon";
// rrule ships CommonJS to Node: take its classes off the default export.
import rrule, { type Options, type Weekday } from "rrule";
import { fromFloating, toFloating } from "./zone-time.ts";

const { RRule } = rrule;
type RRule = InstanceType<typeof RRule>;

const WEEKDAYS: Record<string, Weekday> = {
  mon: RRule.MO,
  tue: RRule.TU,
  wed: RRule.WE,
  thu: RRule.TH,
  fri: RRule.FR,
  sat: RRule.SA,
  sun: RRule.SU,
};
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)s?";
const DAY_LIST = `${DAY}(?:\\s*(?:,\\s*and|,|and|&)\\s*${DAY})*`;
const ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5, last: -1 };
const ORD = "(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)";
const ORDINAL_WORDS: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", [-1]: "last" };
const EVERY_N = "every\\s+(?:(other)\\s+|(\\d{1,2})\\s+)?";

/** A recurrence understood from text, before it is anchored to a start. */
export interface RecurrenceSpec {
  /** rrule options (freq, interval, byweekday, bymonthday) without time or start. */
  options: Partial<Options>;
  /** Local hour of each occurrence. */
  hour: number;
  /** Local minute of each occurrence. */
  minute: number;
  /** Human description, e.g. "every weekday at 08:00". */
  description: string;
}

/** A recurrence phrase found at the start of a text, and what follows it. */
export interface RecurrenceMatch {
  /** What was understood. */
  spec: RecurrenceSpec;
  /** The text after the recurrence phrase (and its time). */
  rest: string;
}

function weekdaysOf(list: string): Weekday[] {
  const found = list.toLowerCase().match(new RegExp(DAY, "g")) ?? [];
  const days = found.map((d) => WEEKDAYS[d.slice(0, 3)]!);
  return [...new Map(days.map((d) => [d.weekday, d])).values()].sort((a, b) => a.weekday - b.weekday);
}

function interval(other: string | undefined, count: string | undefined): number {
  if (other) return 2;
  return count ? Number.parseInt(count, 10) : 1;
}

function dayNames(days: Weekday[]): string {
  const names = days.map((d) => DAY_NAMES[d.weekday]!);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function every(n: number, unit: string): string {
  return n === 1 ? `every ${unit}` : n === 2 ? `every other ${unit}` : `every ${n} ${unit}s`;
}

/** Reads "at 8am", "at 14:00", "8:30 pm", "at noon" at the start of `text`. */
export function readTimeOfDay(text: string): { hour: number; minute: number; rest: string } | undefined {
  const m = /^(?:at\s+)?(noon|midnight)\b/i.exec(text) ??
    /^at\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=[\s,.;:]|$)/i.exec(text) ??
    /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?=[\s,.;:]|$)/i.exec(text) ??
    /^(\d{1,2}):(\d{2})()(?=[\s,.;:]|$)/i.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  const word = m[1]!.toLowerCase();
  if (word === "noon") return { hour: 12, minute: 0, rest };
  if (word === "midnight") return { hour: 0, minute: 0, rest };
  let hour = Number.parseInt(m[1]!, 10);
  const minute = m[2] ? Number.parseInt(m[2], 10) : 0;
  const meridiem = m[3]?.toLowerCase().replace(/\./g, "");
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute, rest };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Finds a recurrence phrase at the start of `text`; undefined when there is none. */
export function matchRecurrence(text: string): RecurrenceMatch | undefined {
  const source = text.trim();
  let options: Partial<Options> | undefined;
  let description = "";
  let m: RegExpExecArray | null;
  if ((m = /^every\s+weekdays?\b/i.exec(source))) {
    options = { freq: RRule.WEEKLY, byweekday: [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR] };
    description = "every weekday";
  } else if ((m = new RegExp(`^${EVERY_N}days?\\b`, "i").exec(source)) || (m = /^daily\b()()/i.exec(source))) {
    const n = interval(m[1], m[2]);
    options = { freq: RRule.DAILY, interval: n };
    description = every(n, "day");
  } else if ((m = new RegExp(`^${EVERY_N}weeks?(?:\\s+on\\s+(${DAY_LIST}))?\\b`, "i").exec(source))) {
    const n = interval(m[1], m[2]);
    const days = m[3] ? weekdaysOf(m[3]) : [];
    options = { freq: RRule.WEEKLY, interval: n, ...(days.length ? { byweekday: days } : {}) };
    description = `${every(n, "week")}${days.length ? ` on ${dayNames(days)}` : ""}`;
  } else if ((m = new RegExp(`^(?:on\\s+)?(?:the\\s+)?(${ORD})\\s+(${DAY})\\s+of\\s+(?:each|every|the)\\s+month\\b`, "i").exec(source)) ||
    (m = new RegExp(`^every\\s+month\\s+on\\s+the\\s+(${ORD})\\s+(${DAY})\\b`, "i").exec(source))) {
    const nth = ORDINALS[m[1]!.toLowerCase()]!;
    const day = weekdaysOf(m[2]!)[0]!;
    options = { freq: RRule.MONTHLY, byweekday: [day.nth(nth)] };
    description = `on the ${ORDINAL_WORDS[nth]} ${DAY_NAMES[day.weekday]} of every month`;
  } else if ((m = new RegExp(`^${EVERY_N}months?(?:\\s+on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)?)?\\b`, "i").exec(source))) {
    const n = interval(m[1], m[2]);
    const monthDay = m[3] ? Number.parseInt(m[3], 10) : undefined;
    if (monthDay !== undefined && (monthDay < 1 || monthDay > 31)) return undefined;
    options = { freq: RRule.MONTHLY, interval: n, ...(monthDay ? { bymonthday: [monthDay] } : {}) };
    description = `${every(n, "month")}${monthDay ? ` on day ${monthDay}` : ""}`;
  } else if ((m = new RegExp(`^every\\s+(${DAY_LIST})\\b`, "i").exec(source))) {
    const days = weekdaysOf(m[1]!);
    options = { freq: RRule.WEEKLY, byweekday: days };
    description = `every ${dayNames(days)}`;
  }
  if (!options || !m) return undefined;
  let rest = source.slice(m[0].length).trim();
  let hour = 9;
  let minute = 0;
  const time = readTimeOfDay(rest);
  if (time) {
    ({ hour, minute } = time);
    rest = time.rest;
  }
  return { spec: { options, hour, minute, description: `${description} at ${pad(hour)}:${pad(minute)}` }, rest };
}

function floatingStamp(floating: Date): string {
  return floating.toISOString().replace(/[-:]/g, "").slice(0, 15);
}

function parseStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) throw new Error("bad DTSTART");
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/** A stored rule: zone, floating start and the rrule. */
interface StoredRule {
  zone: string;
  rule: RRule;
}

// The sweep expands the same stored rules over and over; parsing one costs more than
// expanding it, so keep the recently used ones.
const parsedRules = new Map<string, StoredRule>();

function parseStored(stored: string): StoredRule {
  const known = parsedRules.get(stored);
  if (known) return known;
  if (parsedRules.size >= 5_000) parsedRules.clear();
  const parsed = parseStoredUncached(stored);
  parsedRules.set(stored, parsed);
  return parsed;
}

function parseStoredUncached(stored: string): StoredRule {
  const m = /^DTSTART;TZID=([^:]+):(\d{8}T\d{6})\r?\nRRULE:(.+)$/.exec(stored.trim());
  if (!m) throw new Error("Unrecognised stored recurrence rule");
  const options = RRule.parseString(m[3]!);
  return { zone: m[1]!, rule: new RRule({ ...options, dtstart: parseStamp(m[2]!) }) };
}

/** The first occurrence of `spec` after `now` in `zone`, and the rule to store. */
export function anchorRecurrence(spec: RecurrenceSpec, now: Date, zone: string): { rule: string; first: Date } | undefined {
  const start = toFloating(now, zone);
  const probe = new RRule({ ...spec.options, byhour: [spec.hour], byminute: [spec.minute], bysecond: [0], dtstart: start });
  const firstFloating = probe.after(start, false);
  if (!firstFloating) return undefined;
  const ruleText = RRule.optionsToString({ ...spec.options, byhour: [spec.hour], byminute: [spec.minute], bysecond: [0] }).replace(/^RRULE:/, "");
  const rule = `DTSTART;TZID=${zone}:${floatingStamp(firstFloating)}\nRRULE:${ruleText}`;
  return { rule, first: fromFloating(firstFloating, zone) };
}

/** The next occurrence of a stored rule strictly after `after` (null when the rule has ended). */
export function nextOccurrence(stored: string, after: Date): Date | null {
  const { zone, rule } = parseStored(stored);
  const floating = rule.after(toFloating(after, zone), false);
  if (!floating) return null;
  const instant = fromFloating(floating, zone);
  // A wall-clock time inside a spring-forward gap maps to the instant after the gap,
  // which may equal `after` itself; step past it.
  return instant.getTime() > after.getTime() ? instant : nextOccurrence(stored, new Date(after.getTime() + 60 * 60 * 1000));
}

/** "every weekday at 08:00 (America/New_York)" for a stored rule. */
export function describeStoredRule(stored: string): string {
  const { zone, rule } = parseStored(stored);
  const text = rule.toText();
  const o = rule.origOptions;
  const hour = Array.isArray(o.byhour) ? o.byhour[0] : o.byhour;
  const minute = Array.isArray(o.byminute) ? o.byminute[0] : o.byminute;
  const time = hour === undefined || hour === null ? "" : ` at ${pad(hour)}:${pad(minute ?? 0)}`;
  return `${text.replace(/ at .*$/, "")}${time} (${zone})`;
}

/** The local calendar date of `instant` in `zone` (yyyy-LL-dd), for dedupe keys and tests. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-LL-dd");
}
