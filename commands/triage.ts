// /triage — where a specialty's cases go (channels, followers), escalation deadlines, and
// the response-time numbers eConsult programmes publish.
import type { Command, CommandContext } from "../src/chat/command.ts";
import type { ParsedArgs } from "../src/chat/args.ts";
import { ReplyBuilder } from "../src/chat/reply.ts";
import { hasRole } from "../src/identity/actors.ts";
import { AppError } from "../src/errors.ts";
import { audit } from "../src/audit.ts";
import { URGENCIES, type Urgency } from "../src/triage/model.ts";
import { resolveOneSpecialty } from "../src/triage/raise.ts";
import { ANY_SPECIALTY, DEFAULT_SLA, formatMinutes, setSla, slaFor } from "../src/triage/sla.ts";
import { triageStats } from "../src/triage/stats.ts";
import { addSubscription, listSubscriptions, removeSubscription } from "../src/triage/subscriptions.ts";

const specialtyOption = { name: "specialty", type: "words" as const, description: "a specialty (name, synonym or NUCC code)", required: true, example: "cardiology" };

function requireChannel(ctx: CommandContext, what: string): string {
  if (ctx.channel.kind !== "channel") throw new AppError("BAD_ARGUMENT", `Run /triage ${what} in the channel you want to use as a triage channel, not in a DM.`);
  return ctx.channel.id;
}

async function subscribe(args: ParsedArgs, ctx: CommandContext) {
  const channel = requireChannel(ctx, "subscribe");
  const specialty = await resolveOneSpecialty(ctx.db, args.get("specialty") ?? "");
  const added = await addSubscription(ctx.db, {
    organizationId: ctx.actor.organizationId,
    specialtyCode: specialty.code,
    kind: "channel",
    platform: ctx.actor.platform,
    workspace: ctx.actor.workspaceExternalId,
    channelId: channel,
    createdBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  if (added) await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "triage.subscribed", subjectType: "specialty", subjectId: specialty.code, meta: { platform: ctx.actor.platform, kind: "channel" } });
  return new ReplyBuilder("channel")
    .section(added ? `This channel is now a triage channel for **${specialty.name}**: new cases of the whole organization are posted here, with a Claim button.` : `This channel already receives ${specialty.name} cases.`)
    .build();
}

async function follow(args: ParsedArgs, ctx: CommandContext) {
  const specialty = await resolveOneSpecialty(ctx.db, args.get("specialty") ?? "");
  const added = await addSubscription(ctx.db, {
    organizationId: ctx.actor.organizationId,
    specialtyCode: specialty.code,
    kind: "user",
    platform: ctx.actor.platform,
    workspace: ctx.actor.workspaceExternalId,
    userId: ctx.actor.userId,
    userExternalId: ctx.actor.userExternalId,
    createdBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  if (added) await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "triage.followed", subjectType: "specialty", subjectId: specialty.code });
  return new ReplyBuilder("ephemeral")
    .section(added ? `You will get a DM for every new ${specialty.name} case (not while you are away: /profile away).` : `You already follow ${specialty.name}.`)
    .build();
}

async function unsubscribe(args: ParsedArgs, ctx: CommandContext) {
  const specialty = await resolveOneSpecialty(ctx.db, args.get("specialty") ?? "");
  let removed = 0;
  let what: string;
  if (ctx.channel.kind === "channel" && hasRole(ctx.actor.role, "admin")) {
    removed = await removeSubscription(ctx.db, { organizationId: ctx.actor.organizationId, specialtyCode: specialty.code, platform: ctx.actor.platform, workspace: ctx.actor.workspaceExternalId, channelId: ctx.channel.id });
    what = "This channel";
  } else {
    removed = await removeSubscription(ctx.db, { organizationId: ctx.actor.organizationId, specialtyCode: specialty.code, userId: ctx.actor.userId });
    what = "You";
  }
  if (removed > 0) await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "triage.unsubscribed", subjectType: "specialty", subjectId: specialty.code });
  return new ReplyBuilder("ephemeral").section(removed > 0 ? `${what} will no longer get ${specialty.name} cases.` : `${what} did not get ${specialty.name} cases.`).build();
}

async function list(_args: ParsedArgs, ctx: CommandContext) {
  const subs = await listSubscriptions(ctx.db, ctx.actor.organizationId);
  const out = new ReplyBuilder("ephemeral").header("Triage subscriptions");
  if (subs.length === 0) return out.section("None yet. An admin runs `/triage subscribe <specialty>` in a channel; specialists run `/triage follow <specialty>`.").build();
  const names = new Map((await ctx.db.selectFrom("specialties").select(["code", "name"]).where("code", "in", [...new Set(subs.map((s) => s.specialtyCode))]).execute()).map((r) => [r.code, r.name]));
  const byCode = new Map<string, string[]>();
  for (const s of subs) {
    const label = s.kind === "channel" ? `#${s.channelId} (${s.platform})` : `@${s.userExternalId} (${s.platform}, DM)`;
    byCode.set(s.specialtyCode, [...(byCode.get(s.specialtyCode) ?? []), label]);
  }
  for (const [code, targets] of byCode) {
    const urgent = await slaFor(ctx.db, ctx.actor.organizationId, code, "urgent");
    const routine = await slaFor(ctx.db, ctx.actor.organizationId, code, "routine");
    out.section(`**${names.get(code) ?? code}** → ${targets.join(", ")}`).context(
      `Escalation: urgent ${urgent.unclaimedMinutes.map(formatMinutes).join(" / ")} · routine ${routine.unclaimedMinutes.map(formatMinutes).join(" / ")} · unanswered nudge ${formatMinutes(urgent.unansweredMinutes)}`,
    );
  }
  return out.build();
}

function pct(x: number | null): string {
  return x === null ? "–" : `${Math.round(x * 100)}%`;
}

function mins(x: number | null): string {
  if (x === null) return "–";
  return x >= 120 ? `${(x / 60).toFixed(1)} h` : `${x} min`;
}

async function stats(args: ParsedArgs, ctx: CommandContext) {
  const days = args.int("days") ?? 30;
  if (days < 1 || days > 3650) throw new AppError("BAD_ARGUMENT", "`days` must be from 1 to 3650.");
  const typed = args.get("specialty");
  const specialty = typed ? await resolveOneSpecialty(ctx.db, typed) : undefined;
  const s = await triageStats(ctx.db, { organizationId: ctx.actor.organizationId, now: ctx.clock.now(), days, ...(specialty ? { specialtyCode: specialty.code } : {}) });
  const outcomes = Object.entries(s.outcomes).map(([k, v]) => `${k.replace(/-/g, " ")} ${v}`).join(" · ") || "none yet";
  return new ReplyBuilder("ephemeral")
    .header(`Triage stats — ${specialty?.name ?? "all specialties"}, last ${days} days`)
    .fields([
      { label: "Cases", value: String(s.cases) },
      { label: "Time to claim (median / p90)", value: `${mins(s.claimMedianMin)} / ${mins(s.claimP90Min)}` },
      { label: "Time to answer (median / p90)", value: `${mins(s.answerMedianMin)} / ${mins(s.answerP90Min)}` },
      { label: "Unclaimed past deadline", value: pct(s.unclaimedPastDeadlineShare) },
      { label: "Referrals avoided", value: pct(s.referralAvoidedShare) },
    ])
    .context(`By status: ${Object.entries(s.byStatus).map(([k, v]) => `${k} ${v}`).join(" · ") || "none"} · Outcomes: ${outcomes}`)
    .build();
}

function parseMinutes(token: string): number {
  const m = /^(\d{1,6})\s*(m|min|mins|minutes?|h|hours?|d|days?)?$/i.exec(token.trim());
  if (!m) throw new AppError("BAD_ARGUMENT", "Give times like `10 30` (minutes), `24h` or `2d`.");
  const n = Number(m[1]);
  const unit = (m[2] ?? "m").toLowerCase()[0];
  const minutes = unit === "h" ? n * 60 : unit === "d" ? n * 1440 : n;
  if (minutes < 1 || minutes > 30 * 1440) throw new AppError("BAD_ARGUMENT", "Each time must be from 1 minute to 30 days.");
  return minutes;
}

async function sla(args: ParsedArgs, ctx: CommandContext) {
  const typed = args.get("specialty") ?? "";
  const specialty = typed === "default" || typed === "*" ? { code: ANY_SPECIALTY, name: "every specialty (default)" } : await resolveOneSpecialty(ctx.db, typed);
  const urgency = args.get("urgency") as Urgency;
  const times = (args.get("minutes") ?? "").split(/[\s,]+/).filter(Boolean).map(parseMinutes);
  const current = await slaFor(ctx.db, ctx.actor.organizationId, specialty.code, urgency);
  if (times.length === 0 && args.get("answer") === undefined) {
    return new ReplyBuilder("ephemeral")
      .section(`${specialty.name}, ${urgency}: unclaimed ${current.unclaimedMinutes.map(formatMinutes).join(" / ")}, unanswered ${formatMinutes(current.unansweredMinutes)} (${current.source}).`)
      .build();
  }
  if (times.length > 5) throw new AppError("BAD_ARGUMENT", "Give at most 5 escalation times.");
  const unclaimed = times.length > 0 ? times : current.unclaimedMinutes;
  const unanswered = args.get("answer") !== undefined ? parseMinutes(args.get("answer")!) : current.unansweredMinutes;
  await setSla(ctx.db, { organizationId: ctx.actor.organizationId, specialtyCode: specialty.code, urgency, unclaimedMinutes: unclaimed, unansweredMinutes: unanswered, userId: ctx.actor.userId, now: ctx.clock.now() });
  await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "triage.sla_set", subjectType: "specialty", subjectId: specialty.code, meta: { urgency, levels: unclaimed.length, unanswered } });
  return new ReplyBuilder("ephemeral")
    .section(`New ${urgency} cases of ${specialty.name} escalate when unclaimed after ${[...unclaimed].sort((a, b) => a - b).map(formatMinutes).join(" / ")} (first: re-post and page on call; later: requester and admins), and nudge the claimer after ${formatMinutes(unanswered)} without an answer.`)
    .context(`Defaults: urgent ${DEFAULT_SLA.urgent.unclaimedMinutes.map(formatMinutes).join(" / ")}, routine ${DEFAULT_SLA.routine.unclaimedMinutes.map(formatMinutes).join(" / ")}, unanswered ${formatMinutes(DEFAULT_SLA.urgent.unansweredMinutes)}.`)
    .build();
}

export default {
  name: "triage",
  description: "Triage channels, followed specialties, escalation times and response statistics",
  usage: "subscribe|follow|unsubscribe <specialty> | list | stats [specialty] [days N] | sla <specialty|default> <urgent|routine> [minutes...] [answer <time>]",
  permission: "clinician",
  options: [],
  help:
    "Admins, in a channel: `/triage subscribe cardiology`. Specialists: `/triage follow cardiology` for DMs. " +
    "`/triage stats cardiology days 90`. Admins: `/triage sla cardiology urgent 10 30 answer 24h`, `/triage sla default routine 12h`.",
  subcommands: [
    { name: "subscribe", description: "Make this channel a triage channel of a specialty (admins)", options: [specialtyOption], permission: "admin", handler: subscribe },
    { name: "follow", description: "Get a DM for every new case of a specialty (specialists)", options: [specialtyOption], permission: "specialist", handler: follow },
    { name: "unsubscribe", description: "Stop this channel's (admins) or your own notifications of a specialty", options: [specialtyOption], handler: unsubscribe },
    { name: "list", description: "Show where each specialty's cases go", options: [], handler: list },
    {
      name: "stats",
      description: "Cases, time to claim and answer, escalations and outcomes",
      options: [
        { name: "specialty", type: "words", description: "one specialty (default: all)" },
        { name: "days", type: "integer", keyword: true, arity: 1, description: "how many days back (default 30)", example: "90" },
      ],
      handler: stats,
    },
    {
      name: "sla",
      description: "Show or set escalation times of a specialty (admins)",
      permission: "admin",
      options: [
        { name: "specialty", type: "string", description: "a specialty, or `default` for all", required: true, example: "cardiology" },
        { name: "urgency", type: "choice", choices: URGENCIES, description: "urgent or routine", required: true },
        { name: "minutes", type: "words", description: "escalation times while unclaimed, e.g. `10 30` or `24h`" },
        { name: "answer", type: "string", keyword: true, arity: 1, description: "nudge the claimer after this long without an answer", example: "48h" },
      ],
      handler: sla,
    },
  ],
} satisfies Command;
