// /oncall — who is on call for a specialty now and who is next; admins set shifts.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { Command, CommandContext } from "../src/chat/command.ts";
import { ReplyBuilder, ephemeral } from "../src/chat/reply.ts";
import { audit } from "../src/audit.ts";
import { removeShift, upsertShift, whoIsOnCall, type OnCallPerson, type ShiftWho } from "../src/directory/oncall.ts";
import { parseShiftTime } from "../src/directory/oncall-import.ts";
import { findOrgUser } from "../src/directory/profiles.ts";
import { resolveSpecialty, type SpecialtyMatch } from "../src/directory/specialties.ts";
import { AppError } from "../src/errors.ts";

function when(at: Date, zone: string): string {
  return DateTime.fromJSDate(at).setZone(zone).toFormat("ccc d LLL HH:mm");
}

function personLine(p: OnCallPerson, zone: string): string {
  return `**${p.name}** — ${when(p.from, zone)} → ${when(p.to, zone)}${p.note ? ` · ${p.note}` : ""}`;
}

async function oneSpecialty(ctx: CommandContext, text: string): Promise<SpecialtyMatch> {
  const { chosen, suggestions } = await resolveSpecialty(ctx.db, text);
  if (chosen.length === 1) return chosen[0]!;
  const options = (chosen.length > 1 ? chosen : suggestions).slice(0, 4).map((s) => `${s.name} (\`${s.code}\`)`);
  throw new AppError("BAD_ARGUMENT", options.length ? `Which specialty? ${options.join(", ")}.` : "Curbside does not know that specialty. Try its name or NUCC code.", {
    field: "specialty",
  });
}

/** "monday 8am", "2026-01-05 08:00", "tomorrow 20:00" in the actor's zone. */
function parseWhen(text: string, zone: string, now: Date, field: string): Date {
  const exact = parseShiftTime(text, zone);
  if (exact) return exact;
  const offset = DateTime.fromJSDate(now).setZone(zone).offset;
  const parsed = chrono.parseDate(text, { instant: now, timezone: offset }, { forwardDate: true });
  if (!parsed) throw new AppError("BAD_ARGUMENT", `\`${field}\` must be a date and time, for example \`${field} 2026-01-05 08:00\` or \`${field} monday 8am\`.`, { field });
  return parsed;
}

async function resolveWho(ctx: CommandContext, who: string): Promise<ShiftWho> {
  if (/^\d{10}$/.test(who.trim())) return { npi: who.trim() };
  const user = await findOrgUser(ctx.db, ctx.actor.organizationId, who);
  if (!user) throw new AppError("NOT_FOUND", "No user by that id or name in your organization. Use their chat id, @mention, or an NPI.", { field: "who" });
  return { userId: user.id };
}

export default {
  name: "oncall",
  description: "Who is on call for a specialty now, and who is next",
  usage: "<specialty> | set <specialty> who <user|NPI> from <when> to <when> [note <text>]",
  permission: "clinician",
  options: [{ name: "specialty", type: "words", required: true, description: "a specialty name, synonym or NUCC code", example: "cardiology" }],
  help: [
    "`/oncall cardiology` — who is on call now and next (people who are away are skipped)",
    "Admins: `/oncall set cardiology who @dr-lee from 2026-01-05 08:00 to 2026-01-06 08:00 note pager 5550100`",
    "`/oncall set nephrology who 1234567893 from monday 8am to tuesday 8am` (a directory NPI)",
    "`/oncall remove <shift id>`; rotas in bulk: `curbside oncall import rota.csv`",
  ].join("\n"),
  handler: async (args, ctx) => {
    const specialty = await oneSpecialty(ctx, args.get("specialty")!);
    const now = ctx.clock.now();
    const zone = ctx.actor.timezone;
    const answer = await whoIsOnCall(ctx.db, ctx.actor.organizationId, [specialty.code], now);
    const out = new ReplyBuilder().header(`On call: ${specialty.name}`);
    if (answer.now.length === 0) out.section("Nobody is on call right now.");
    else for (const p of answer.now) out.section(`Now: ${personLine(p, zone)}`);
    if (answer.next.length > 0) for (const p of answer.next) out.context(`Next: ${personLine(p, zone)}`);
    else out.context("No later shift is scheduled.");
    out.context(`Times in ${zone}.`);
    return out.build();
  },
  subcommands: [
    {
      name: "set",
      description: "Add or change an on-call shift (admins)",
      permission: "admin",
      options: [
        { name: "specialty", type: "words", required: true, description: "the specialty covered", example: "cardiology" },
        { name: "who", type: "string", keyword: true, required: true, description: "a user (id or @mention) or a 10-digit NPI", example: "@dr-lee" },
        { name: "from", type: "string", keyword: true, required: true, description: "when the shift starts", example: "2026-01-05 08:00" },
        { name: "to", type: "string", keyword: true, required: true, description: "when the shift ends", example: "2026-01-06 08:00" },
        { name: "note", type: "string", keyword: true, description: "how to reach them (pager, extension)", example: "pager 5550100" },
      ],
      handler: async (args, ctx) => {
        const specialty = await oneSpecialty(ctx, args.get("specialty")!);
        const now = ctx.clock.now();
        const zone = ctx.actor.timezone;
        const who = await resolveWho(ctx, args.get("who")!);
        const from = parseWhen(args.get("from")!, zone, now, "from");
        const to = parseWhen(args.get("to")!, zone, now, "to");
        const { id, created } = await upsertShift(ctx.db, { organizationId: ctx.actor.organizationId, specialtyCode: specialty.code, who, from, to, note: args.get("note") ?? null, createdBy: ctx.actor.userId });
        await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: created ? "oncall.shift_added" : "oncall.shift_changed", subjectType: "oncall_shift", subjectId: id });
        return ephemeral(`${created ? "Added" : "Updated"} shift #${id}: ${specialty.name}, ${when(from, zone)} → ${when(to, zone)} (${zone}).`);
      },
    },
    {
      name: "remove",
      description: "Remove an on-call shift by id (admins)",
      permission: "admin",
      options: [{ name: "id", type: "integer", required: true, description: "the shift id", example: "12" }],
      handler: async (args, ctx) => {
        const id = args.int("id")!;
        if (!(await removeShift(ctx.db, ctx.actor.organizationId, id))) throw new AppError("NOT_FOUND", "No shift with that id in your organization.");
        await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "oncall.shift_removed", subjectType: "oncall_shift", subjectId: id });
        return ephemeral(`Removed shift #${id}.`);
      },
    },
  ],
} satisfies Command;
