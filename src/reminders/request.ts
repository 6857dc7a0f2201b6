// Reads what follows /remind: a target (me, here, @user), an optional case reference,
// a one-off or recurring time, and the reminder text. Every rejection says what to type
// instead and never echoes the text (it may hold patient details).
import { DateTime } from "luxon";
import { AppError } from "../errors.ts";
import { anchorRecurrence, matchRecurrence } from "./recurrence.ts";
import { matchWhen } from "./when.ts";

/** Who receives a reminder. */
export type TargetSpec = { kind: "me" } | { kind: "here" } | { kind: "user"; user: string };

/** When a reminder fires. */
export type ScheduleSpec =
  | { kind: "once"; dueAt: Date }
  | { kind: "recurring"; dueAt: Date; rule: string; description: string };

/** A /remind request, understood. */
export interface ReminderRequest {
  /** Recipient. */
  target: TargetSpec;
  /** Case the reminder is tied to, if any. */
  caseId: number | undefined;
  /** When it fires first (and how it repeats). */
  schedule: ScheduleSpec;
  /** The reminder text as typed (before the PHI guard). */
  text: string;
}

/** Longest reminder text accepted. */
export const MAX_TEXT_LENGTH = 1000;

const EXAMPLES = "For example: `/remind me in 2 hours check potassium`, `/remind me tomorrow 9am call the lab`, `/remind here every weekday at 8am review open consults`.";

function bad(reason: string, message: string): AppError {
  return new AppError("BAD_ARGUMENT", message, { reason });
}

function readTarget(text: string): { target: TargetSpec; rest: string } {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
  if (!m) return { target: { kind: "me" }, rest: text };
  const [, first, rest] = m as unknown as [string, string, string];
  if (/^me$/i.test(first)) return { target: { kind: "me" }, rest };
  if (/^here$/i.test(first)) return { target: { kind: "here" }, rest };
  // Slack "<@U123|name>", Discord "<@123>" / "<@!123>", or a plain "@handle".
  const mention = /^<@!?([A-Za-z0-9._-]+)(?:\|[^>]*)?>$/.exec(first) ?? /^@([A-Za-z0-9._-]+)$/.exec(first);
  if (mention) return { target: { kind: "user", user: mention[1]! }, rest };
  return { target: { kind: "me" }, rest: text };
}

function readCase(text: string): { caseId: number | undefined; rest: string } {
  const m = /(?:^|\s)case\s+#?(\d{1,9})\b/i.exec(text);
  if (!m) return { caseId: undefined, rest: text };
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  return { caseId: Number.parseInt(m[1]!, 10), rest };
}

function cleanText(text: string): string {
  return text
    .replace(/^\s*(?:to|that|about)\b\s*/i, "")
    .replace(/^[\s:,;–-]+/, "")
    .trim();
}

/** Understands a /remind request typed at `now` by someone in `zone`. Throws BAD_ARGUMENT. */
export function parseReminderRequest(input: string, now: Date, zone: string): ReminderRequest {
  const trimmed = input.trim();
  if (!trimmed) throw bad("empty", `Tell me when and what. ${EXAMPLES}`);
  const { target, rest: afterTarget } = readTarget(trimmed);
  const { caseId, rest: afterCase } = readCase(afterTarget);

  let schedule: ScheduleSpec;
  let remaining: string;
  const recurrence = matchRecurrence(afterCase);
  if (recurrence) {
    const anchored = anchorRecurrence(recurrence.spec, now, zone);
    if (!anchored) throw bad("no_occurrence", `That repeat rule never fires. ${EXAMPLES}`);
    schedule = { kind: "recurring", dueAt: anchored.first, rule: anchored.rule, description: recurrence.spec.description };
    remaining = recurrence.rest;
  } else {
    const when = matchWhen(afterCase, now, zone);
    if (!when) {
      throw bad("unparseable", `I could not tell when to remind you. Put the time first, like \`in 2 hours\`, \`tomorrow 9am\`, \`next Monday at 8\`, \`on Dec 3 at 14:00\` or \`every weekday at 8am\`. ${EXAMPLES}`);
    }
    if (when.dueAt.getTime() <= now.getTime()) {
      throw bad("past", "That time has already passed. Give a time in the future, like `in 30 minutes` or `tomorrow 9am`.");
    }
    if (when.dueAt.getTime() > DateTime.fromJSDate(now).plus({ years: 1 }).toMillis()) {
      throw bad("too_far", "Reminders can be at most one year ahead. Pick an earlier date, like `on Dec 3 at 14:00` or `in 6 months`.");
    }
    schedule = { kind: "once", dueAt: when.dueAt };
    remaining = when.rest;
  }

  const text = cleanText(remaining);
  if (!text) throw bad("empty_text", "What should I remind you about? Add it after the time, like `/remind me in 2 hours check potassium`.");
  if (text.length > MAX_TEXT_LENGTH) throw bad("too_long", `Keep the reminder under ${MAX_TEXT_LENGTH} characters; link to the case instead of pasting notes.`);
  return { target, caseId, schedule, text };
}
