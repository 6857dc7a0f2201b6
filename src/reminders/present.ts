// How reminders read in replies: the confirmation after /remind and the /remind list.
import type { Reply } from "../chat/model.ts";
import { ReplyBuilder } from "../chat/reply.ts";
import { describeStoredRule } from "./recurrence.ts";
import type { Created, Reminder } from "./service.ts";
import { formatInZone } from "./zone-time.ts";

function targetLabel(row: Reminder, selfExternalId: string): string {
  if ("channel" in row.target) return `in <#${row.target.channel}>${row.target.threadId ? " (thread)" : ""}`;
  return row.target.user === selfExternalId ? "to you" : `to <@${row.target.user}>`;
}

/** The confirmation: the exact time understood, in the user's zone. */
export function createdReply(created: Created, selfExternalId: string, zone: string): Reply {
  const { reminder, request } = created;
  const when = formatInZone(reminder.due_at, zone);
  const out = new ReplyBuilder("ephemeral");
  if (created.held) {
    return out
      .header(`Check reminder #${reminder.id} before it is set`)
      .section(`This workspace asks you to confirm: we removed ${created.removed ?? "identifiers"}. It would say, ${targetLabel(reminder, selfExternalId)} on **${when}**:`)
      .section(reminder.text)
      .actions([
        { actionId: "remind:post", label: "Post redacted", value: String(reminder.id), style: "primary" },
        { actionId: "remind:edit", label: "Edit (discard this)", value: String(reminder.id), style: "danger" },
      ])
      .build();
  }
  if (request.schedule.kind === "recurring") {
    out.section(`🔁 Reminder #${reminder.id} set ${targetLabel(reminder, selfExternalId)}: **${request.schedule.description}** (${zone}), first on **${when}**.`);
  } else {
    out.section(`⏰ Reminder #${reminder.id} set ${targetLabel(reminder, selfExternalId)} for **${when}**.`);
  }
  const details = [`“${reminder.text}”`];
  if (reminder.case_id !== null) details.push(created.caseChecked ? `Case #${reminder.case_id} (\`/consult show ${reminder.case_id}\`)` : `Case #${reminder.case_id} (not checked: cases are not set up here yet)`);
  if (created.removed) details.push(`Removed before saving: ${created.removed}.`);
  out.context(details.join(" · "));
  out.context(`Cancel with \`/remind cancel ${reminder.id}\` · see all with \`/remind list\``);
  return out.build();
}

/** The /remind list reply. */
export function listReply(reminders: Reminder[], total: number, selfExternalId: string, zone: string): Reply {
  const out = new ReplyBuilder("ephemeral").header(`Your reminders (${total})`);
  if (reminders.length === 0) {
    out.section("No active reminders. Set one with `/remind me in 2 hours check potassium`.");
    return out.build();
  }
  for (const r of reminders) {
    const repeats = r.rrule ? ` · 🔁 ${describeStoredRule(r.rrule)}` : "";
    const about = r.case_id !== null ? ` · case #${r.case_id}` : "";
    out.section(`**#${r.id}** ${formatInZone(r.due_at, zone)} ${targetLabel(r, selfExternalId)}${repeats}${about}\n${r.text}`);
  }
  if (total > reminders.length) out.context(`Showing the first ${reminders.length} of ${total}.`);
  out.context("Cancel one with `/remind cancel <id>`.");
  return out.build();
}
