// /specialist — find specialists by specialty (name, synonym, code or typo) or by name,
// optionally near a ZIP or city, by language and telehealth.
import type { Command, CommandContext } from "../src/chat/command.ts";
import type { ParsedArgs } from "../src/chat/args.ts";
import { ReplyBuilder } from "../src/chat/reply.ts";
import { resolvePlace, type Place } from "../src/directory/places.ts";
import { searchSpecialists, type SpecialistResult } from "../src/directory/search.ts";
import { getSpecialistProfile } from "../src/directory/specialist-profile.ts";
import { isValidNpi } from "../src/directory/npi.ts";
import { DateTime } from "luxon";
import { resolveSpecialty } from "../src/directory/specialties.ts";
import { AppError } from "../src/errors.ts";
import type { HandlerResult } from "../src/chat/model.ts";

const PAGE_SIZE = 5;

/** A search as carried by the "More" button (no patient text, only the query). */
interface SearchState {
  q: string;
  near?: string;
  within?: number;
  lang?: string;
  tele?: boolean;
  /** Only specialists accepting consults. */
  acc?: boolean;
  offset: number;
}

function parseWithin(value: string): string | undefined {
  return /^\d{1,4}(\s*(mi|miles?))?$/i.test(value.trim()) ? undefined : "give a distance in miles, for example `within 25 mi`";
}

/** Formats a result line's heading. */
export function specialistTitle(r: Pick<SpecialistResult, "firstName" | "lastName" | "credential">): string {
  return `Dr. ${r.firstName} ${r.lastName}${r.credential ? `, ${r.credential}` : ""}`;
}

async function runSearch(state: SearchState, ctx: CommandContext): Promise<HandlerResult> {
  const place: Place | undefined = state.near ? resolvePlace(state.near) : undefined;
  if (state.within !== undefined && !place) {
    throw new AppError("BAD_ARGUMENT", "`within` needs a place: add `near <ZIP or City, ST>`.", { option: "within" });
  }
  const { chosen, suggestions } = await resolveSpecialty(ctx.db, state.q);
  let heading: string;
  let taxonomyCodes: string[] = [];
  let name: string | undefined;
  if (chosen.length > 0) {
    taxonomyCodes = chosen.map((c) => c.code);
    heading = chosen.map((c) => c.name).join(" / ");
  } else {
    name = state.q;
    heading = `Specialists named “${state.q}”`;
  }

  const { results, hasMore } = await searchSpecialists(ctx.db, {
    taxonomyCodes,
    name,
    near: place,
    withinMiles: state.within,
    language: state.lang,
    telehealth: state.tele,
    accepting: state.acc,
    // Specialists whose linked Curbside user is away are not offered.
    awayAt: ctx.clock.now(),
    limit: PAGE_SIZE,
    offset: state.offset,
  });

  const filters = [place ? `near ${place.label}` : null, state.within ? `within ${state.within} mi` : null, state.lang ? `speaks ${state.lang}` : null, state.tele ? "telehealth" : null, state.acc ? "accepting consults" : null]
    .filter(Boolean)
    .join(" · ");
  const out = new ReplyBuilder("ephemeral").header(`${heading}${filters ? ` — ${filters}` : ""}`);

  if (results.length === 0) {
    const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.slice(0, 3).map((s) => s.name).join(", ")}?` : "";
    out.section(state.offset > 0 ? "No more results." : `No specialists found.${hint} Try a wider area (\`within 100 mi\`) or fewer filters.`);
    return out.build();
  }

  for (const r of results) {
    const where = [r.distanceMiles !== null ? `${r.distanceMiles.toFixed(1)} mi` : null, r.city && r.state ? `${r.city}, ${r.state}` : null].filter(Boolean).join(" · ");
    out
      .section(`**${specialistTitle(r)}** — ${r.specialtyName}${where ? ` · ${where}` : ""}`)
      .context(
        [
          `Languages: ${r.languages.join(", ")}`,
          `Telehealth: ${r.telehealth ? "yes" : "no"}`,
          r.acceptingConsults ? "Accepting consults" : "Not accepting consults",
          `NPI ${r.npi} ${r.verified ? "✓ verified" : "(unverified)"}`,
        ].join(" · "),
      )
      .actions([
        ...(r.acceptingConsults ? [{ actionId: "consult:request", label: "Request consult", value: r.npi, style: "primary" as const }] : []),
        { actionId: "specialist:show", label: "Profile", value: r.npi },
      ]);
  }
  if (hasMore) {
    const next: SearchState = { ...state, offset: state.offset + PAGE_SIZE };
    out.divider().actions([{ actionId: "specialist:more", label: "More", value: JSON.stringify(next) }]);
  }
  out.context(`Showing ${state.offset + 1}–${state.offset + results.length}${hasMore ? "" : " (end of results)"}`);
  return out.build();
}

async function showProfile(npiText: string, ctx: CommandContext): Promise<HandlerResult> {
  const npi = npiText.trim();
  if (!isValidNpi(npi)) throw new AppError("BAD_ARGUMENT", "That is not a valid NPI (10 digits with a check digit).", { field: "npi" });
  const p = await getSpecialistProfile(ctx.db, npi, ctx.actor.organizationId, ctx.clock.now());
  if (!p) throw new AppError("NOT_FOUND", "No specialist with that NPI is in the directory.");
  const out = new ReplyBuilder("ephemeral")
    .header(specialistTitle(p))
    .section(`${p.specialties.map((s, i) => (i === 0 ? `**${s}**` : s)).join(" · ")}`)
    .fields([
      { label: "NPI", value: `${p.npi} ${p.verified ? "✓ verified (active in NPPES)" : "(unverified)"}` },
      { label: "Practice", value: [p.addressLine, [p.city, p.state].filter(Boolean).join(", "), p.zip].filter(Boolean).join(", ") || "not listed" },
      { label: "Phone", value: p.phone ? p.phone.replace(/^(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3") : "not listed" },
      { label: "Languages", value: p.languages.join(", ") },
      { label: "Telehealth", value: p.telehealth ? "yes" : "no" },
      { label: "Consults", value: p.active ? (p.acceptingConsults ? "accepting" : "not accepting") : "inactive NPI" },
    ]);
  if (p.awayUntil) out.context(`Away until ${DateTime.fromJSDate(p.awayUntil).setZone(ctx.actor.timezone).toFormat("ccc d LLL HH:mm")}`);
  if (p.onCall.length > 0) out.context(`On call now: ${p.onCall.join(", ")}`);
  if (p.active && p.acceptingConsults && !p.awayUntil) out.actions([{ actionId: "consult:request", label: "Request consult", value: p.npi, style: "primary" }]);
  return out.build();
}

function stateFromArgs(args: ParsedArgs): SearchState {
  const within = args.get("within");
  return {
    q: args.get("query") ?? "",
    near: args.get("near"),
    within: within === undefined ? undefined : Number.parseInt(within, 10),
    lang: args.get("lang"),
    tele: args.flag("telehealth") || undefined,
    acc: args.flag("accepting") || undefined,
    offset: 0,
  };
}

function parseState(value: string): SearchState {
  try {
    const parsed = JSON.parse(value) as SearchState;
    if (typeof parsed.q !== "string" || typeof parsed.offset !== "number") throw new Error("shape");
    return parsed;
  } catch {
    throw new AppError("UNKNOWN_ACTION", "That button has expired. Run /specialist again.");
  }
}

export default {
  name: "specialist",
  description: "Find a specialist by specialty or name, near a place, by language",
  usage: "<specialty or name> [near <ZIP | City, ST>] [within <N> mi] [lang <language>] [telehealth]",
  permission: "clinician",
  options: [
    { name: "query", type: "words", description: "a specialty (name, synonym, NUCC code) or a person's name (last, first, or both in either order)", required: true, example: "cardiology" },
    { name: "near", type: "string", keyword: true, description: "a ZIP code or City, ST to sort by distance", example: "10001" },
    { name: "within", type: "string", keyword: true, description: "only within this many miles", example: "25 mi", validate: parseWithin },
    { name: "lang", type: "string", keyword: true, arity: 1, description: "a language the specialist speaks", example: "spanish" },
    { name: "telehealth", type: "flag", description: "only specialists who offer telehealth" },
    { name: "accepting", type: "flag", description: "only specialists accepting consults" },
  ],
  help: "Examples: `/specialist cardiology near 10001`, `/specialist heart doctor near Springfield, IL within 50 mi`, `/specialist dermatolgy lang spanish telehealth accepting`, `/specialist Okafor`, `/specialist Okafor, Nadia near 10001`, `/specialist show 1234567893`",
  subcommands: [
    {
      name: "show",
      description: "One specialist's profile by NPI",
      options: [{ name: "npi", type: "string", required: true, description: "the 10-digit NPI", example: "1234567893" }],
      handler: async (args, ctx) => showProfile(args.get("npi")!, ctx),
    },
  ],
  handler: async (args, ctx) => runSearch(stateFromArgs(args), ctx),
  actions: {
    more: async (value, ctx) => runSearch(parseState(value), ctx),
    show: async (value, ctx) => showProfile(value, ctx),
  },
} satisfies Command;
