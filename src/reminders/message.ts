// What a due reminder looks like when delivered: its text, when it was due (and how
// late it is, after downtime), the case it is about, and Done / Snooze buttons.
import type { Reply } from "../chat/model.ts";
import { ReplyBuilder } from "../chat/reply.ts";
import { formatShort } from "./zone-time.ts";

/** A reminder counts as late when delivered this long after it was due. */
export const LATE_AFTER_MS = 60_000;

/** Button action ids on a delivered reminder. */
export const REMINDER_ACTIONS = {
  done: "remind:done",
  snoozeHour: "remind:snooze-hour",
  snoozeTomorrow: "remind:snooze-tomorrow",
} as const;

/** What the delivered message is built from. */
export interface DueReminder {
  /** Reminder id (button value). */
  id: number;
  /** Stored (guarded) text. */
  text: string;
  /** When this occurrence was due. */
  dueAt: Date;
  /** The zone it was set in. */
  timezone: string;
  /** Case it is tied to. */
  caseId: number | null;
  /** Platform id of the person who set it, when it is for someone else. */
  fromUser: string | null;
  /** Description of the repeat rule, for recurring reminders. */
  repeats: string | null;
}

/** The message posted when a reminder comes due at `deliveredAt`. */
export function dueReminderReply(reminder: DueReminder, deliveredAt: Date): Reply {
  const lateMs = deliveredAt.getTime() - reminder.dueAt.getTime();
  const due = formatShort(reminder.dueAt, reminder.timezone, deliveredAt);
  const when = lateMs >= LATE_AFTER_MS ? `Late: due ${due}, delivered ${formatShort(deliveredAt, reminder.timezone, deliveredAt)}` : `Due ${due}`;
  const out = new ReplyBuilder("channel").section(`⏰ **Reminder:** ${reminder.text}`);
  const details = [
    when,
    reminder.caseId !== null ? `Case #${reminder.caseId} (\`/consult show ${reminder.caseId}\`)` : null,
    reminder.fromUser ? `Set by <@${reminder.fromUser}>` : null,
    reminder.repeats ? `Repeats ${reminder.repeats}` : null,
    `Reminder #${reminder.id}`,
  ].filter((d): d is string => d !== null);
  out.context(details.join(" · "));
  const value = String(reminder.id);
  out.actions([
    { actionId: REMINDER_ACTIONS.done, label: "Done", value, style: "primary" },
    { actionId: REMINDER_ACTIONS.snoozeHour, label: "Snooze 1 h", value },
    { actionId: REMINDER_ACTIONS.snoozeTomorrow, label: "Snooze until tomorrow", value },
  ]);
  return out.build();
}
