// /remind — reminders in natural language, one-off or recurring, for yourself, this
// channel or a colleague; /remind list and /remind cancel; Done / Snooze buttons on
// delivered reminders.
import type { Command, CommandContext } from "../src/chat/command.ts";
import type { HandlerResult } from "../src/chat/model.ts";
import { ReplyBuilder } from "../src/chat/reply.ts";
import { AppError } from "../src/errors.ts";
import { setDigestEnabled } from "../src/reminders/digest.ts";
import { guardReminderText } from "../src/reminders/phi.ts";
import { createdReply, listReply } from "../src/reminders/present.ts";
import { cancelReminder, confirmHeldReminder, createReminder, discardHeldReminder, listReminders, markDone, snoozeReminder, tomorrowMorning } from "../src/reminders/service.ts";
import { formatInZone } from "../src/reminders/zone-time.ts";

function reminderId(value: string | undefined): number {
  const id = Number.parseInt((value ?? "").replace(/^#/, ""), 10);
  if (!Number.isSafeInteger(id) || id <= 0 || !/^#?\d+$/.test(value ?? "")) {
    throw new AppError("BAD_ARGUMENT", "Give the reminder's number, for example `/remind cancel 12` (see `/remind list`).");
  }
  return id;
}

async function snooze(value: string, ctx: CommandContext, until: (now: Date, zone: string) => Date): Promise<HandlerResult> {
  const now = ctx.clock.now();
  const id = reminderId(value);
  const row = await snoozeReminder(ctx.db, ctx.actor, id, until(now, ctx.actor.timezone), now);
  return { ...new ReplyBuilder("channel").section(`💤 Snoozed until **${formatInZone(row.due_at, ctx.actor.timezone)}**: ${row.text}`).build(), replaceOriginal: true };
}

export default {
  name: "remind",
  description: "Set a reminder for yourself, this channel or a colleague, once or repeating",
  usage: "[me|here|@user] <when> [case <id>] <what>",
  permission: "clinician",
  options: [{ name: "request", type: "text", description: "who, when and what, e.g. `me in 2 hours check potassium`" }],
  subcommands: [
    {
      name: "list",
      description: "Your active reminders, soonest first",
      options: [],
      handler: async (_args, ctx) => {
        const { reminders, total } = await listReminders(ctx.db, ctx.actor);
        return listReply(reminders, total, ctx.actor.userExternalId, ctx.actor.timezone);
      },
    },
    {
      name: "cancel",
      description: "Cancel one of your reminders",
      options: [{ name: "id", type: "string", description: "the reminder's number from /remind list", required: true, example: "12" }],
      handler: async (args, ctx) => {
        const row = await cancelReminder(ctx.db, ctx.actor, reminderId(args.get("id")), ctx.clock.now());
        return new ReplyBuilder("ephemeral").section(`Cancelled reminder #${row.id}.`).build();
      },
    },
    {
      name: "digest",
      description: "Turn this triage channel's 08:00 digest of open and overdue cases on or off (admins)",
      options: [{ name: "state", type: "choice", choices: ["on", "off"], description: "on or off", required: true }],
      permission: "admin",
      handler: async (args, ctx) => {
        if (ctx.channel.kind !== "channel") throw new AppError("BAD_ARGUMENT", "Run `/remind digest on|off` in the triage channel it is about.");
        const enabled = args.get("state") === "on";
        await setDigestEnabled(ctx.db, {
          organizationId: ctx.actor.organizationId,
          platform: ctx.actor.platform,
          workspace: ctx.actor.workspaceExternalId,
          channelId: ctx.channel.id,
          enabled,
          userId: ctx.actor.userId,
          now: ctx.clock.now(),
        });
        return new ReplyBuilder("ephemeral")
          .section(enabled ? "This channel gets the triage digest at 08:00 (workspace time) on days it follows a specialty." : "This channel will no longer get the daily triage digest. Turn it back on with `/remind digest on`.")
          .build();
      },
    },
  ],
  handler: async (args, ctx) => {
    const created = await createReminder(ctx.db, {
      actor: ctx.actor,
      channel: ctx.channel,
      text: args.get("request") ?? "",
      now: ctx.clock.now(),
      guard: guardReminderText,
    });
    return createdReply(created, ctx.actor.userExternalId, ctx.actor.timezone);
  },
  actions: {
    done: async (value, ctx) => {
      const row = await markDone(ctx.db, ctx.actor, reminderId(value), ctx.clock.now());
      return { ...new ReplyBuilder("channel").section(`✅ Done: ${row.text}`).build(), replaceOriginal: true };
    },
    "snooze-hour": (value, ctx) => snooze(value, ctx, (now) => new Date(now.getTime() + 60 * 60 * 1000)),
    "snooze-tomorrow": (value, ctx) => snooze(value, ctx, tomorrowMorning),
    // "Post redacted" / "Edit" on a reminder held under a "warn" PHI policy.
    post: async (value, ctx) => {
      const row = await confirmHeldReminder(ctx.db, ctx.actor, reminderId(value), ctx.clock.now());
      return { ...new ReplyBuilder("ephemeral").section(`⏰ Reminder #${row.id} set for **${formatInZone(row.due_at, ctx.actor.timezone)}**: ${row.text}`).build(), replaceOriginal: true };
    },
    edit: async (value, ctx) => {
      const id = reminderId(value);
      await discardHeldReminder(ctx.db, ctx.actor, id);
      return { ...new ReplyBuilder("ephemeral").section(`Reminder #${id} was discarded. Send \`/remind\` again without the identifiers.`).build(), replaceOriginal: true };
    },
  },
  help:
    "Examples: `/remind me in 2 hours check potassium`, `/remind me tomorrow 9am call the lab`, `/remind here next Monday at 8 M&M prep`, " +
    "`/remind @dr-lee on Dec 3 at 14:00 review echo`, `/remind in 2d case 42 check echo`, `/remind here every weekday at 8am review open consults`, " +
    "`/remind me every 2 weeks on Friday order supplies`, `/remind here on the first Monday of each month audit`. Times are in your zone (`/profile timezone`).",
} satisfies Command;
