// Understanding /remind text: one-off phrases in the user's zone, recurring phrases to
// RFC 5545 rules that keep wall-clock time across daylight saving, and clear rejections.
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { AppError } from "../src/errors.ts";
import { nextOccurrence } from "../src/reminders/recurrence.ts";
import { parseReminderRequest } from "../src/reminders/request.ts";
import { formatInZone } from "../src/reminders/zone-time.ts";

const NY = "America/New_York";
// Monday 23 Nov 2026, 11:42 in New York.
const NOW = new Date("2026-11-23T16:42:00Z");

function when(text: string, zone = NY, now = NOW): string {
  return formatInZone(parseReminderRequest(text, now, zone).schedule.dueAt, zone);
}

function rejection(text: string, now = NOW): { code: string; reason: unknown; message: string } {
  try {
    parseReminderRequest(text, now, NY);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, reason: error.meta.reason, message: error.message };
    throw error;
  }
  throw new Error("expected a rejection");
}

function occurrences(rule: string, from: Date, count: number, zone: string): string[] {
  const out: string[] = [];
  let at = from;
  out.push(DateTime.fromJSDate(at, { zone }).toISO()!);
  for (let i = 1; i < count; i++) {
    at = nextOccurrence(rule, at)!;
    out.push(DateTime.fromJSDate(at, { zone }).toISO()!);
  }
  return out;
}

describe("one-off times", () => {
  it("reads relative, casual and calendar phrases in the user's zone", () => {
    expect(when("me in 2 hours check potassium")).toBe("Mon 23 Nov 2026, 13:42 EST (America/New_York)");
    expect(when("me tomorrow 9am call lab")).toBe("Tue 24 Nov 2026, 09:00 EST (America/New_York)");
    expect(when("me next Monday at 8 M&M prep")).toBe("Mon 30 Nov 2026, 08:00 EST (America/New_York)");
    expect(when("me on Dec 3 at 14:00 review echo")).toBe("Thu 3 Dec 2026, 14:00 EST (America/New_York)");
    expect(when("me in 30m recheck BP")).toBe("Mon 23 Nov 2026, 12:12 EST (America/New_York)");
    expect(when("me tomorrow ward round")).toBe("Tue 24 Nov 2026, 09:00 EST (America/New_York)");
  });

  it("reads the same words differently in another zone", () => {
    expect(when("me tomorrow 9am call lab", "Europe/London")).toBe("Tue 24 Nov 2026, 09:00 GMT (Europe/London)");
    expect(when("me tomorrow 9am call lab", "Asia/Kolkata")).toBe("Tue 24 Nov 2026, 09:00 GMT+5:30 (Asia/Kolkata)");
  });

  it("keeps wall-clock time for day offsets across a DST change but exact time for hour offsets", () => {
    const saturday = new Date("2026-03-07T15:00:00Z"); // 10:00 EST, the day before spring forward
    expect(when("me in 2 days x", NY, saturday)).toBe("Mon 9 Mar 2026, 10:00 EDT (America/New_York)");
    expect(when("me in 24 hours x", NY, saturday)).toBe("Sun 8 Mar 2026, 11:00 EDT (America/New_York)");
    expect(when("me tomorrow at 9am x", NY, saturday)).toBe("Sun 8 Mar 2026, 09:00 EDT (America/New_York)");
  });

  it("separates target, case and text", () => {
    const r = parseReminderRequest("in 2d case 42 check echo", NOW, NY);
    expect(r).toMatchObject({ target: { kind: "me" }, caseId: 42, text: "check echo" });
    expect(parseReminderRequest("here tomorrow 9am to call the lab", NOW, NY)).toMatchObject({ target: { kind: "here" }, text: "call the lab" });
    expect(parseReminderRequest("<@U024BE7LH|lee> in 1 hour page cards", NOW, NY).target).toEqual({ kind: "user", user: "U024BE7LH" });
    expect(parseReminderRequest("@dr-lee in 1 hour page cards", NOW, NY).target).toEqual({ kind: "user", user: "dr-lee" });
    expect(parseReminderRequest("me check potassium in 2 hours", NOW, NY).text).toBe("check potassium");
  });
});

describe("recurring reminders", () => {
  it("turns phrases into RFC 5545 rules", () => {
    const rule = (text: string) => {
      const s = parseReminderRequest(text, NOW, NY).schedule;
      if (s.kind !== "recurring") throw new Error("not recurring");
      return s.rule.split("\n")[1];
    };
    expect(rule("here every weekday at 8am review open consults")).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0;BYSECOND=0");
    expect(rule("me every 2 weeks on Friday order supplies")).toBe("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0");
    expect(rule("here on the first Monday of each month audit")).toBe("RRULE:FREQ=MONTHLY;BYDAY=+1MO;BYHOUR=9;BYMINUTE=0;BYSECOND=0");
    expect(rule("me every day at 7 meds")).toBe("RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=7;BYMINUTE=0;BYSECOND=0");
    expect(rule("me every Tue and Thu at 14:30 clinic")).toBe("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=14;BYMINUTE=30;BYSECOND=0");
  });

  it("starts at the first occurrence after now and says so", () => {
    const r = parseReminderRequest("here every weekday at 8am review open consults", NOW, NY);
    expect(r.text).toBe("review open consults");
    expect(r.schedule).toMatchObject({ kind: "recurring", description: "every weekday at 08:00" });
    expect(formatInZone(r.schedule.dueAt, NY)).toBe("Tue 24 Nov 2026, 08:00 EST (America/New_York)");
    const monthly = parseReminderRequest("here on the first Monday of each month audit", NOW, NY);
    expect(formatInZone(monthly.schedule.dueAt, NY)).toBe("Mon 7 Dec 2026, 09:00 EST (America/New_York)");
  });

  it("keeps 08:00 local across the March spring-forward (UTC moves 13:00 -> 12:00)", () => {
    const friday = new Date("2026-03-05T15:00:00Z");
    const s = parseReminderRequest("me every weekday at 8am rounds", friday, NY).schedule;
    if (s.kind !== "recurring") throw new Error("not recurring");
    const list = occurrences(s.rule, s.dueAt, 4, NY);
    expect(list).toEqual(["2026-03-06T08:00:00.000-05:00", "2026-03-09T08:00:00.000-04:00", "2026-03-10T08:00:00.000-04:00", "2026-03-11T08:00:00.000-04:00"]);
  });

  it("keeps 07:00 local across the November fall-back (UTC moves 11:00 -> 12:00)", () => {
    const s = parseReminderRequest("me every day at 7 meds", new Date("2026-10-30T15:00:00Z"), NY).schedule;
    if (s.kind !== "recurring") throw new Error("not recurring");
    expect(occurrences(s.rule, s.dueAt, 4, NY)).toEqual([
      "2026-10-31T07:00:00.000-04:00",
      "2026-11-01T07:00:00.000-05:00",
      "2026-11-02T07:00:00.000-05:00",
      "2026-11-03T07:00:00.000-05:00",
    ]);
  });

  it("moves a time inside the spring-forward gap to just after it, then back to 02:30", () => {
    const s = parseReminderRequest("me every day at 2:30am meds", new Date("2026-03-06T15:00:00Z"), NY).schedule;
    if (s.kind !== "recurring") throw new Error("not recurring");
    expect(occurrences(s.rule, s.dueAt, 3, NY)).toEqual(["2026-03-07T02:30:00.000-05:00", "2026-03-08T03:30:00.000-04:00", "2026-03-09T02:30:00.000-04:00"]);
  });

  it("keeps London wall-clock time across the UK change (last Sunday of March)", () => {
    const s = parseReminderRequest("me every day at 8am handover", new Date("2026-03-27T12:00:00Z"), "Europe/London").schedule;
    if (s.kind !== "recurring") throw new Error("not recurring");
    expect(occurrences(s.rule, s.dueAt, 3, "Europe/London")).toEqual(["2026-03-28T08:00:00.000+00:00", "2026-03-29T08:00:00.000+01:00", "2026-03-30T08:00:00.000+01:00"]);
  });
});

describe("bad input says what to type instead", () => {
  it("rejects a time in the past", () => {
    const r = rejection("me on Jan 3 2025 at 9am check INR");
    expect(r).toMatchObject({ code: "BAD_ARGUMENT", reason: "past" });
    expect(r.message).toContain("tomorrow 9am");
  });
  it("rejects an unparseable time", () => {
    const r = rejection("me whenever check INR");
    expect(r).toMatchObject({ code: "BAD_ARGUMENT", reason: "unparseable" });
    expect(r.message).toContain("in 2 hours");
    expect(r.message).not.toContain("INR");
  });
  it("rejects more than a year ahead", () => {
    expect(rejection("me in 2 years check INR")).toMatchObject({ reason: "too_far" });
    expect(rejection("me in 13 months check INR")).toMatchObject({ reason: "too_far" });
  });
  it("rejects empty text and an empty request", () => {
    expect(rejection("me in 2 hours")).toMatchObject({ reason: "empty_text" });
    expect(rejection("me every weekday at 8am")).toMatchObject({ reason: "empty_text" });
    expect(rejection("   ")).toMatchObject({ reason: "empty" });
  });
});
