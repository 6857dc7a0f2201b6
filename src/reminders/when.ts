// One-off times in natural language ("in 2 hours", "tomorrow 9am", "next Monday at 8",
// "on Dec 3 at 14:00") via chrono-node, read in the user's IANA zone. chrono works with a
// fixed UTC offset, so calendar expressions are rebuilt from its wall-clock components
// with luxon in the real zone (correct across a DST change between now and then);
// durations ("in 90 minutes") keep chrono's instant, which no zone can change.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";

/** A one-off time found in a text. */
export interface WhenMatch {
  /** The instant understood. */
  dueAt: Date;
  /** The text with the time expression removed. */
  rest: string;
}

/** Local hour used when only a day is given ("tomorrow", "Dec 3"). */
export const DEFAULT_HOUR = 9;

// chrono reads "in 2d" but not "in 2h" / "in 30m" / "in 1w"; spell the units out.
function spellUnits(text: string): string {
  return text.replace(/\bin\s+(\d+)\s*(h|hr|hrs|m|min|mins|d|w|wk|wks)\b/gi, (_all, n: string, unit: string) => {
    const u = unit.toLowerCase();
    const word = u.startsWith("h") ? "hours" : u.startsWith("m") ? "minutes" : u.startsWith("d") ? "days" : "weeks";
    return `in ${n} ${word}`;
  });
}

/** Finds the first time expression in `text`, understood in `zone` relative to `now`. */
export function matchWhen(text: string, now: Date, zone: string): WhenMatch | undefined {
  const source = spellUnits(text);
  const offset = DateTime.fromJSDate(now, { zone }).offset;
  const [result] = chrono.parse(source, { instant: now, timezone: offset }, { forwardDate: true });
  if (!result) return undefined;

  const start = result.start;
  const tags = start.tags();
  let dueAt: Date;
  if (tags.has("result/relativeDateAndTime")) {
    dueAt = start.date();
  } else {
    const relative = tags.has("result/relativeDate");
    const hourGiven = start.isCertain("hour") || relative;
    const local = DateTime.fromObject(
      {
        year: start.get("year") ?? undefined,
        month: start.get("month") ?? undefined,
        day: start.get("day") ?? undefined,
        hour: hourGiven ? (start.get("hour") ?? 0) : DEFAULT_HOUR,
        minute: hourGiven ? (start.get("minute") ?? 0) : 0,
        second: hourGiven && relative ? (start.get("second") ?? 0) : 0,
      },
      { zone },
    );
    if (!local.isValid) return undefined;
    dueAt = local.toJSDate();
    // "at 7" said at 08:00 means tomorrow's 07:00: chrono's forwardDate does this for
    // most phrases, but a bare time rebuilt in the zone may still be earlier today.
    if (!start.isCertain("day") && !relative && dueAt.getTime() <= now.getTime()) {
      dueAt = local.plus({ days: 1 }).toJSDate();
    }
  }

  const before = source.slice(0, result.index).replace(/\b(on|at|by|for)\s*$/i, "");
  const after = source.slice(result.index + result.text.length);
  return { dueAt, rest: `${before} ${after}`.replace(/\s+/g, " ").trim() };
}
