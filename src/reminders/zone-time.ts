// Wall-clock time in an IANA zone. Recurrence rules are expanded on "floating" dates
// (a Date whose UTC fields hold the zone's wall-clock time), so that "every weekday at
// 8am" stays at 08:00 local across daylight-saving changes; luxon maps wall-clock time
// back to a real instant in the zone.
import { DateTime } from "luxon";

/** The zone's wall-clock time of `instant`, as a floating Date (UTC fields = local fields). */
export function toFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/**
 * The real instant of a floating wall-clock time in `zone`. A time skipped by a
 * spring-forward gap moves forward by the gap (02:30 becomes 03:30); an ambiguous
 * fall-back time takes the earlier (daylight) instant.
 */
export function fromFloating(floating: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
    },
    { zone },
  ).toJSDate();
}

/** Whether `zone` is an IANA zone luxon knows. */
export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** "Mon 24 Nov 2026, 11:42 EST (America/New_York)": the exact time, for replies. */
export function formatInZone(instant: Date, zone: string): string {
  const local = DateTime.fromJSDate(instant, { zone }).setLocale("en-US");
  return `${local.toFormat("ccc d LLL yyyy, HH:mm ZZZZ")} (${zone})`;
}

// Intl formatters are costly to build and luxon objects costly per call; the sweep formats
// thousands of times a second, so keep one formatter per zone.
const shortFormatters = new Map<string, Intl.DateTimeFormat>();

// Reminders cluster on the same minutes (09:00, 08:00); remember recent minutes' parts.
const partsByMinute = new Map<string, Record<string, string>>();

function localParts(instant: Date, zone: string): Record<string, string> {
  const key = `${zone}|${Math.floor(instant.getTime() / 60_000)}`;
  const known = partsByMinute.get(key);
  if (known) return known;
  if (partsByMinute.size >= 10_000) partsByMinute.clear();
  const parts = formatParts(instant, zone);
  partsByMinute.set(key, parts);
  return parts;
}

function formatParts(instant: Date, zone: string): Record<string, string> {
  let formatter = shortFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    shortFormatters.set(zone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** "09:00" or "Mon 24 Nov, 09:00" when not on the same local day as `reference`. */
export function formatShort(instant: Date, zone: string, reference: Date): string {
  const local = localParts(instant, zone);
  const time = `${local.hour}:${local.minute}`;
  const ref = localParts(reference, zone);
  const sameDay = local.year === ref.year && local.month === ref.month && local.day === ref.day;
  return sameDay ? time : `${local.weekday} ${local.day} ${local.month}, ${time}`;
}
