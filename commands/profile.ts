// /profile — link your NPI (an admin confirms it), declare your specialty, set your time
// zone, mark yourself away, and (admins) confirm what others claimed.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { parseRowId } from "../src/chat/args.ts";
import type { Command, CommandContext } from "../src/chat/command.ts";
import { ReplyBuilder, ephemeral } from "../src/chat/reply.ts";
import { audit } from "../src/audit.ts";
import {
  claimNpi,
  clearSpecialties,
  confirmProfile,
  declareSpecialty,
  findOrgUser,
  getProfile,
  pendingConfirmations,
  requiresSpecialtyConfirmation,
  setAwayUntil,
  setSpecialtyConfirmationRequired,
  setTimezone,
} from "../src/directory/profiles.ts";
import { resolveSpecialty } from "../src/directory/specialties.ts";
import { AppError } from "../src/errors.ts";
import { hasRole } from "../src/identity/actors.ts";

/** Formats an instant in a zone for people ("Fri 9 Jan 2026, 17:00 America/New_York"). */
export function formatInstant(at: Date, zone: string): string {
  return `${DateTime.fromJSDate(at).setZone(zone).toFormat("ccc d LLL yyyy, HH:mm")} ${zone}`;
}

/**
 * Parses "until friday", "until 2026-02-01 8am", "jan 12" in the user's zone. A date
 * without a time means the start of that day (back that morning).
 */
export function parseAwayUntil(text: string, zone: string, now: Date): Date {
  const phrase = text.trim().replace(/^until\s+/i, "");
  const offset = DateTime.fromJSDate(now).setZone(zone).offset;
  const [result] = chrono.parse(phrase, { instant: now, timezone: offset }, { forwardDate: true });
  if (!result || !phrase) {
    throw new AppError("BAD_ARGUMENT", "Say until when, for example `/profile away until friday` or `/profile away until 2026-02-01 8am`.", { field: "until" });
  }
  const c = result.start;
  let at: Date;
  if (c.isCertain("hour")) {
    at = c.date();
  } else {
    at = DateTime.fromObject({ year: c.get("year")!, month: c.get("month")!, day: c.get("day")! }, { zone }).startOf("day").toJSDate();
  }
  if (at.getTime() <= now.getTime()) throw new AppError("BAD_ARGUMENT", "That time is already past. Give a date in the future.", { field: "until" });
  // ("away 69898527 H" reads as the year 10000, which no timestamp column stores: away is for leave, a year at most.)
  if (!(at.getTime() <= DateTime.fromJSDate(now).plus({ years: 1 }).toMillis())) {
    throw new AppError("BAD_ARGUMENT", "Away can be set at most a year ahead. Give a date within the next 12 months.", { field: "until" });
  }
  return at;
}

function requireAdmin(ctx: CommandContext): void {
  if (!hasRole(ctx.actor.role, "admin")) throw new AppError("NOT_ALLOWED", "Only admins can do that. Ask an admin if you need access.", { required: "admin" });
}

async function confirmUser(userId: number, ctx: CommandContext, label: string) {
  requireAdmin(ctx);
  const done = await confirmProfile(ctx.db, { userId, organizationId: ctx.actor.organizationId, adminUserId: ctx.actor.userId, now: ctx.clock.now() });
  if (!done.npi && done.specialties === 0) return ephemeral(`Nothing was waiting for confirmation for ${label}.`);
  await audit(ctx.db, {
    organizationId: ctx.actor.organizationId,
    actorUserId: ctx.actor.userId,
    action: "profile.confirmed",
    subjectType: "user",
    subjectId: userId,
    meta: { npi: done.npi !== null, specialties: done.specialties },
  });
  const parts = [done.npi ? `NPI ${done.npi}` : null, done.specialties > 0 ? `${done.specialties} specialt${done.specialties === 1 ? "y" : "ies"}` : null].filter(Boolean);
  return ephemeral(`Confirmed ${parts.join(" and ")} for ${label}.`);
}

export default {
  name: "profile",
  description: "Your clinician profile: NPI, specialty, time zone, away",
  usage: "show | npi <NPI> | specialty <specialty> | timezone <zone> | away until <date> | back",
  permission: "clinician",
  options: [],
  help: [
    "`/profile show` — what Curbside knows about you",
    "`/profile npi 1234567893` — link your NPI (an admin confirms it before it is trusted)",
    "`/profile specialty cardiology` — declare a specialty (`/profile specialty clear` removes them)",
    "`/profile timezone America/Chicago` — your time zone",
    "`/profile away until friday` / `/profile back` — not offered cases or on-call while away",
    "Admins: `/profile pending`, `/profile confirm <user>`, `/profile confirmation required|optional`",
  ].join("\n"),
  subcommands: [
    {
      name: "show",
      description: "Show your profile",
      options: [],
      handler: async (_args, ctx) => {
        const p = await getProfile(ctx.db, ctx.actor.userId, ctx.clock.now());
        const zone = p.timezone ?? ctx.actor.timezone;
        return new ReplyBuilder()
          .header("Your Curbside profile")
          .fields([
            { label: "NPI", value: p.npi ? `${p.npi} (${p.npiStatus === "confirmed" ? "✓ confirmed" : "pending admin confirmation"})${p.directoryName ? ` — ${p.directoryName}` : ""}` : "not linked" },
            { label: "Specialties", value: p.specialties.length ? p.specialties.map((s) => `${s.name}${s.confirmed ? "" : " (pending)"}`).join(", ") : "none declared" },
            { label: "Time zone", value: p.timezone ?? `${ctx.actor.timezone} (workspace default)` },
            { label: "Availability", value: p.awayUntil ? `away until ${formatInstant(p.awayUntil, zone)}` : "available" },
          ])
          .build();
      },
    },
    {
      name: "npi",
      description: "Link your NPI (confirmed by an admin)",
      options: [{ name: "npi", type: "string", required: true, description: "your 10-digit NPI", example: "1234567893" }],
      handler: async (args, ctx) => {
        const npi = args.get("npi")!;
        await claimNpi(ctx.db, { userId: ctx.actor.userId, organizationId: ctx.actor.organizationId, npi, now: ctx.clock.now() });
        await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "profile.npi_claimed", subjectType: "user", subjectId: ctx.actor.userId });
        return ephemeral(`NPI ${npi.trim()} saved. An admin must confirm it before Curbside trusts it (admins: \`/profile pending\`).`);
      },
    },
    {
      name: "specialty",
      description: "Declare your specialty (or `clear`)",
      options: [{ name: "specialty", type: "words", required: true, description: "a specialty name, synonym or NUCC code", example: "cardiology" }],
      handler: async (args, ctx) => {
        const text = args.get("specialty")!;
        if (text.toLowerCase() === "clear") {
          const n = await clearSpecialties(ctx.db, ctx.actor.userId);
          return ephemeral(n > 0 ? `Removed ${n} declared specialt${n === 1 ? "y" : "ies"}.` : "You had no declared specialties.");
        }
        const { chosen, suggestions } = await resolveSpecialty(ctx.db, text);
        if (chosen.length !== 1) {
          const options = (chosen.length > 1 ? chosen : suggestions).slice(0, 5).map((s) => `${s.name} (\`${s.code}\`)`);
          throw new AppError(
            "BAD_ARGUMENT",
            options.length ? `Which specialty? ${options.join(", ")}. Give the name or the code.` : "Curbside does not know that specialty. Try its name or NUCC code.",
            { field: "specialty" },
          );
        }
        const specialty = chosen[0]!;
        const { confirmed } = await declareSpecialty(ctx.db, { userId: ctx.actor.userId, organizationId: ctx.actor.organizationId, code: specialty.code });
        await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "profile.specialty_declared", subjectType: "user", subjectId: ctx.actor.userId, meta: { code: specialty.code } });
        return ephemeral(`${specialty.name} added to your profile.${confirmed ? "" : " Your organization asks an admin to confirm specialties; until then it is pending."}`);
      },
    },
    {
      name: "timezone",
      description: "Set your time zone (IANA name)",
      options: [{ name: "zone", type: "string", required: true, description: "an IANA time zone", example: "America/Chicago" }],
      handler: async (args, ctx) => {
        const zone = await setTimezone(ctx.db, ctx.actor.userId, args.get("zone")!);
        return ephemeral(`Time zone set to ${zone}.`);
      },
    },
    {
      name: "away",
      description: "Mark yourself away until a date",
      options: [{ name: "until", type: "text", required: true, description: "until when, e.g. `until friday`", example: "until friday" }],
      handler: async (args, ctx) => {
        const now = ctx.clock.now();
        const until = parseAwayUntil(args.get("until")!, ctx.actor.timezone, now);
        await setAwayUntil(ctx.db, ctx.actor.userId, until);
        await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "profile.away", subjectType: "user", subjectId: ctx.actor.userId });
        return ephemeral(`You are away until ${formatInstant(until, ctx.actor.timezone)}. Curbside will not offer you cases or list you on call until then. \`/profile back\` ends it early.`);
      },
    },
    {
      name: "back",
      description: "End your away period",
      options: [],
      handler: async (_args, ctx) => {
        await setAwayUntil(ctx.db, ctx.actor.userId, null);
        return ephemeral("Welcome back: you are available again.");
      },
    },
    {
      name: "pending",
      description: "List NPI and specialty claims waiting for confirmation (admins)",
      permission: "admin",
      options: [],
      handler: async (_args, ctx) => {
        const pending = await pendingConfirmations(ctx.db, ctx.actor.organizationId);
        if (pending.length === 0) return ephemeral("Nothing is waiting for confirmation.");
        const out = new ReplyBuilder().header("Waiting for confirmation");
        for (const p of pending) {
          const what = [p.npi ? `NPI ${p.npi}` : null, p.specialtyCodes.length ? `specialties ${p.specialtyCodes.join(", ")}` : null].filter(Boolean).join(" · ");
          out.section(`**${p.displayName ?? p.externalId}** (${p.externalId}) — ${what}`).actions([{ actionId: "profile:confirm", label: "Confirm", value: String(p.userId), style: "primary" }]);
        }
        return out.build();
      },
    },
    {
      name: "confirm",
      description: "Confirm a user's NPI and specialties (admins)",
      permission: "admin",
      options: [{ name: "user", type: "string", required: true, description: "the user's platform id or @mention", example: "@dr-lee" }],
      handler: async (args, ctx) => {
        const user = await findOrgUser(ctx.db, ctx.actor.organizationId, args.get("user")!);
        if (!user) throw new AppError("NOT_FOUND", "No user by that id or name in your organization. `/profile pending` lists who is waiting.");
        return confirmUser(user.id, ctx, user.display_name ?? user.external_id);
      },
    },
    {
      name: "confirmation",
      description: "Whether declared specialties need an admin's confirmation (admins)",
      permission: "admin",
      options: [{ name: "mode", type: "choice", choices: ["required", "optional"], required: true, description: "required or optional" }],
      handler: async (args, ctx) => {
        const required = args.get("mode") === "required";
        await setSpecialtyConfirmationRequired(ctx.db, ctx.actor.organizationId, required);
        await audit(ctx.db, { organizationId: ctx.actor.organizationId, actorUserId: ctx.actor.userId, action: "profile.confirmation_policy", meta: { required } });
        const now = await requiresSpecialtyConfirmation(ctx.db, ctx.actor.organizationId);
        return ephemeral(now ? "Declared specialties now need an admin's confirmation." : "Declared specialties are trusted without confirmation.");
      },
    },
  ],
  actions: {
    confirm: async (value, ctx) => {
      requireAdmin(ctx);
      const userId = parseRowId(value);
      if (userId === undefined) throw new AppError("UNKNOWN_ACTION", "That button has expired. Run /profile pending again.");
      const user = await ctx.db.selectFrom("users").select(["id", "external_id", "display_name"]).where("id", "=", userId).where("organization_id", "=", ctx.actor.organizationId).executeTakeFirst();
      if (!user) throw new AppError("NOT_FOUND", "That user is not in your organization.");
      return confirmUser(user.id, ctx, user.display_name ?? user.external_id);
    },
  },
} satisfies Command;
