// /consult — raise a de-identified case to a specialty's triage targets, and move it
// through its life: claim, answer, ask for more information, reply, resolve, cancel.
import { sql } from "kysely";
import type { Command, CommandContext } from "../src/chat/command.ts";
import type { HandlerResult, Reply } from "../src/chat/model.ts";
import { ephemeral, ReplyBuilder } from "../src/chat/reply.ts";
import { AppError } from "../src/errors.ts";
import { caseTextForm, intakeForm, parseCaseId, parseConsultText } from "../src/triage/intake.ts";
import { transition, type TransitionResult } from "../src/triage/lifecycle.ts";
import { OUTCOMES, statusLabel, type CaseAction, type Outcome, type Urgency } from "../src/triage/model.ts";
import { onCallPeople } from "../src/triage/on-call.ts";
import { raiseCase, resolveOneSpecialty, type RaiseInput } from "../src/triage/raise.ts";
import { caseDetail, resolveButtons } from "../src/triage/render.ts";
import { matchSpecialties } from "../src/directory/specialties.ts";
import { loadCase } from "../src/triage/view.ts";
import { discardPendingText, findPendingText, parsePendingTextId, type TextAction } from "../src/triage/pending-text.ts";

const caseOption = { name: "case", type: "string" as const, description: "the case number", required: true, example: "12" };
const textOption = { name: "text", type: "text" as const, description: "the text to send (identifiers are removed)", required: true };

function formReply(title: string, form: ReturnType<typeof intakeForm>): Reply {
  return new ReplyBuilder("ephemeral").block({ type: "form", form }, `${title} (this platform shows it as a form)`).build();
}

async function emergentRefusal(ctx: CommandContext, specialtyTyped: string): Promise<Reply> {
  const out = new ReplyBuilder("ephemeral")
    .header("Emergencies are not for Curbside")
    .section("For an emergent case, **call the on-call specialist or emergency services directly** — a chat consult can wait, your patient cannot.");
  const [specialty] = await matchSpecialties(ctx.db, specialtyTyped, 1);
  if (specialty) {
    const oncall = await onCallPeople(ctx.db, ctx.actor.organizationId, specialty.code, ctx.clock.now());
    const describe = (p: { name: string; note: string | null; to: Date }) => `${p.name}${p.note ? ` (${p.note})` : ""}`;
    out.section(
      oncall.now.length > 0
        ? `**On call for ${specialty.name} now:** ${oncall.now.map(describe).join("; ")}.`
        : `Curbside has nobody on call for ${specialty.name} right now${oncall.next[0] ? ` (next: ${describe(oncall.next[0])} from ${oncall.next[0].from.toISOString()})` : ""}; use your hospital switchboard.`,
    );
  }
  const reply = out.build();
  return { ...reply, status: "error", errorCode: "EMERGENT" };
}

async function raise(ctx: CommandContext, input: RaiseInput): Promise<Reply> {
  const result = await raiseCase(ctx, ctx.actor, input);
  const c = result.case;
  if (result.status === "draft") {
    return new ReplyBuilder("ephemeral")
      .header(`Check case #${c.id} before it is posted`)
      .section(`This workspace asks you to confirm: we removed ${result.removed}. This is what specialists would see:`)
      .section(c.question)
      .actions([
        { actionId: "consult:confirm", label: "Post redacted", value: String(c.id), style: "primary" },
        { actionId: "consult:discard", label: "Edit (discard this)", value: String(c.id), style: "danger" },
      ])
      .build();
  }
  const out = new ReplyBuilder("ephemeral")
    .header(`Case #${c.id} sent to ${c.specialtyName} (${c.urgency})`)
    .section(c.question);
  if (result.removed) out.context(`Identifiers removed before storing and posting: ${result.removed}.`);
  out.context(
    result.targets > 0
      ? `Posted to ${result.targets} triage target${result.targets === 1 ? "" : "s"}. You will be told when it is claimed and answered.`
      : `No triage channel or specialist follows ${c.specialtyName} yet; an admin can run /triage subscribe ${c.specialtyCode} in a channel. Your case is kept and will escalate to admins.`,
  );
  out.actions([{ actionId: "consult:cancel", label: "Cancel case", value: String(c.id), style: "danger" }]);
  return out.build();
}

const HELD_WHAT: Record<TextAction, string> = { answer: "answer", ask: "question", reply: "reply" };

/** The "warn" policy's preview of a held answer, question or reply. */
function heldReply(c: TransitionResult["case"], action: TextAction, held: NonNullable<TransitionResult["held"]>): Reply {
  const reader = action === "reply" ? (c.claimerName ?? "the specialist") : c.requesterName;
  return new ReplyBuilder("ephemeral")
    .header(`Check your ${HELD_WHAT[action]} on case #${c.id} before it is sent`)
    .section(`This workspace asks you to confirm: we removed ${held.summary}. This is what ${reader} would see:`)
    .section(held.preview)
    .actions([
      { actionId: "consult:post", label: "Post redacted", value: String(held.pendingTextId), style: "primary" },
      { actionId: "consult:edit", label: "Edit", value: String(held.pendingTextId) },
    ])
    .build();
}

async function act(ctx: CommandContext, caseId: number, action: CaseAction, input: { text?: string; outcome?: Outcome; pendingTextId?: number } = {}): Promise<Reply> {
  const { case: c, redactions, posted, held }: TransitionResult = await transition(ctx, ctx.actor, caseId, action, input);
  if (held && (action === "answer" || action === "ask" || action === "reply")) return heldReply(c, action, held);
  const removed = redactions > 0 ? ` ${redactions} identifier${redactions === 1 ? " was" : "s were"} removed from your text.` : "";
  const messages: Record<CaseAction, string> = {
    confirm: `Case #${c.id} was posted to ${posted} triage target${posted === 1 ? "" : "s"}.`,
    discard: `Draft case #${c.id} was discarded. Send it again without the identifiers.`,
    claim: `You claimed case #${c.id}. Answer with /consult answer ${c.id} <answer> or ask for more with /consult ask ${c.id} <question>.`,
    answer: `Your answer to case #${c.id} was sent to ${c.requesterName}.${removed}`,
    ask: `Your question was sent to ${c.requesterName}.${removed}`,
    reply: `Your reply was sent to ${c.claimerName ?? "the specialist"}.${removed}`,
    resolve: `Case #${c.id} is resolved (${c.outcome?.replace(/-/g, " ")}). Thank you.`,
    cancel: `Case #${c.id} was cancelled.`,
  };
  const out = new ReplyBuilder("ephemeral").section(messages[action]);
  if (action === "claim") out.section(c.question).actions([
    { actionId: "consult:answer", label: "Answer", value: String(c.id), style: "primary" },
    { actionId: "consult:ask", label: "Ask for more info", value: String(c.id) },
  ]);
  return out.build();
}

/** The case id a button carries, once it is known to be a case of the actor's organization (NOT_FOUND otherwise). */
async function caseOfOrganization(ctx: CommandContext, value: string | undefined): Promise<number> {
  return (await loadCase(ctx.db, ctx.actor.organizationId, parseCaseId(value))).id;
}

function parseOutcome(value: string | undefined): Outcome {
  const v = (value ?? "").trim().toLowerCase();
  if (!(OUTCOMES as readonly string[]).includes(v)) throw new AppError("BAD_ARGUMENT", `Say how the case ended: ${OUTCOMES.join(", ")}.`);
  return v as Outcome;
}

function parseUrgency(value: string | undefined): Urgency | "emergent" {
  const v = (value ?? "routine").trim().toLowerCase();
  if (v === "urgent" || v === "routine") return v;
  if (v === "emergent" || v === "emergency") return "emergent";
  throw new AppError("BAD_ARGUMENT", "Urgency must be urgent or routine.", {}, { urgency: "Choose urgent or routine." });
}

async function listCases(ctx: CommandContext, filter: string | undefined): Promise<HandlerResult> {
  const f = (filter ?? "open").trim().toLowerCase();
  let query = ctx.db
    .selectFrom("cases as c")
    .leftJoin("specialties as s", "s.code", "c.specialty_code")
    .select(["c.id", "c.status", "c.urgency", "c.created_at", "s.name as specialty", "c.specialty_code", "c.requester_user_id", "c.claimed_by"])
    .where("c.organization_id", "=", ctx.actor.organizationId)
    .where("c.status", "!=", "draft");
  let heading: string;
  if (f === "open") {
    query = query.where("c.status", "=", "open");
    heading = "Open cases";
  } else if (f === "mine") {
    query = query
      .where((eb) => eb.or([eb("c.requester_user_id", "=", ctx.actor.userId), eb("c.claimed_by", "=", ctx.actor.userId)]))
      .where("c.status", "not in", ["resolved", "cancelled"]);
    heading = "Your active cases";
  } else {
    const specialty = await resolveOneSpecialty(ctx.db, f);
    query = query.where("c.specialty_code", "=", specialty.code).where("c.status", "not in", ["resolved", "cancelled"]);
    heading = `Active ${specialty.name} cases`;
  }
  const rows = await query.orderBy(sql`c.urgency = 'urgent'`, "desc").orderBy("c.created_at").limit(20).execute();
  const out = new ReplyBuilder("ephemeral").header(heading);
  if (rows.length === 0) return out.section("None.").build();
  const now = ctx.clock.now().getTime();
  for (const r of rows) {
    const age = Math.max(0, Math.round((now - new Date(r.created_at).getTime()) / 60_000));
    const role = r.requester_user_id === ctx.actor.userId ? " · you raised it" : r.claimed_by === ctx.actor.userId ? " · you claimed it" : "";
    out.section(`**#${r.id}** · ${r.specialty ?? r.specialty_code} · ${r.urgency} · ${statusLabel(r.status)} · ${age} min ago${role}`);
  }
  const claimable = rows.filter((r) => r.status === "open" && r.requester_user_id !== ctx.actor.userId).slice(0, 5);
  out.actions(claimable.map((r) => ({ actionId: "consult:claim", label: `Claim #${r.id}`, value: String(r.id) })));
  return out.build();
}

export default {
  name: "consult",
  description: "Ask a specialty a de-identified question; claim, answer and resolve cases",
  usage: "<specialty> [urgent|routine] <question> | claim|answer|ask|reply|resolve|cancel|show <id> | list [open|mine|<specialty>]",
  permission: "clinician",
  options: [{ name: "request", type: "text", description: "specialty, urgency and question" }],
  help:
    "Examples: `/consult cardiology urgent 58M chest pain on exertion, troponin negative, next step?`, `/consult \"infectious disease\" routine ...`, " +
    "`/consult` alone opens a form. Specialists: `/consult claim 12`, `/consult answer 12 <answer>`, `/consult ask 12 <question>`. " +
    "Requesters: `/consult reply 12 <text>`, `/consult resolve 12 referral-avoided|referral-needed|more-info`, `/consult cancel 12`. " +
    "Names, dates, MRNs and other identifiers are removed before anything is stored or posted. Emergencies: call, do not chat.",
  handler: async (args, ctx) => {
    const text = args.get("request")?.trim() ?? "";
    if (!text) return formReply("New consult", intakeForm());
    const request = parseConsultText(text);
    if (request.urgency === "emergent") return emergentRefusal(ctx, request.specialty);
    return raise(ctx, { specialty: request.specialty, urgency: request.urgency, question: request.question });
  },
  subcommands: [
    { name: "claim", description: "Claim a case of your specialty", options: [caseOption], permission: "specialist", handler: (a, ctx) => act(ctx, parseCaseId(a.get("case")), "claim") },
    { name: "answer", description: "Answer a case you claimed", options: [caseOption, textOption], permission: "specialist", handler: (a, ctx) => act(ctx, parseCaseId(a.get("case")), "answer", { text: a.get("text") }) },
    { name: "ask", description: "Ask the requester for more information", options: [caseOption, textOption], permission: "specialist", handler: (a, ctx) => act(ctx, parseCaseId(a.get("case")), "ask", { text: a.get("text") }) },
    { name: "reply", description: "Reply to a specialist's question about your case", options: [caseOption, textOption], handler: (a, ctx) => act(ctx, parseCaseId(a.get("case")), "reply", { text: a.get("text") }) },
    {
      name: "resolve",
      description: "Close your case with an outcome",
      options: [caseOption, { name: "outcome", type: "choice", choices: OUTCOMES, description: "how it ended", required: true }],
      handler: (a, ctx) => act(ctx, parseCaseId(a.get("case")), "resolve", { outcome: parseOutcome(a.get("outcome")) }),
    },
    { name: "cancel", description: "Cancel a case you raised", options: [caseOption], handler: (a, ctx) => act(ctx, parseCaseId(a.get("case")), "cancel") },
    { name: "show", description: "Show a case", options: [caseOption], handler: async (a, ctx) => caseDetail(await loadCase(ctx.db, ctx.actor.organizationId, parseCaseId(a.get("case")))) },
    { name: "list", description: "List cases: open (default), mine, or a specialty", options: [{ name: "filter", type: "words", description: "open, mine or a specialty" }], handler: (a, ctx) => listCases(ctx, a.get("filter")) },
  ],
  actions: {
    claim: (value, ctx) => act(ctx, parseCaseId(value), "claim"),
    answer: async (value, ctx) => formReply("Answer", caseTextForm("consult:answer", await caseOfOrganization(ctx, value))),
    ask: async (value, ctx) => formReply("Ask for more information", caseTextForm("consult:ask", await caseOfOrganization(ctx, value))),
    reply: async (value, ctx) => formReply("Reply", caseTextForm("consult:reply", await caseOfOrganization(ctx, value))),
    resolve: async (value, ctx) => {
      const [id, outcome] = value.split(":");
      if (!outcome) {
        const caseId = await caseOfOrganization(ctx, id);
        return ephemeral(`How did case #${caseId} end?`, [{ type: "actions", buttons: resolveButtons(caseId) }]);
      }
      return act(ctx, parseCaseId(id), "resolve", { outcome: parseOutcome(outcome) });
    },
    cancel: (value, ctx) => act(ctx, parseCaseId(value), "cancel"),
    confirm: (value, ctx) => act(ctx, parseCaseId(value), "confirm"),
    discard: (value, ctx) => act(ctx, parseCaseId(value), "discard"),
    // "Post redacted" / "Edit" on a held answer, question or reply ("warn" policy).
    post: async (value, ctx) => {
      const held = await findPendingText(ctx.db, ctx.actor, parsePendingTextId(value), ctx.clock.now());
      return act(ctx, held.caseId, held.action, { pendingTextId: held.id });
    },
    edit: async (value, ctx) => {
      const held = await findPendingText(ctx.db, ctx.actor, parsePendingTextId(value), ctx.clock.now());
      await discardPendingText(ctx.db, ctx.actor, held.id);
      return formReply("Edit", caseTextForm(`consult:${held.action}`, held.caseId));
    },
    show: async (value, ctx) => caseDetail(await loadCase(ctx.db, ctx.actor.organizationId, parseCaseId(value))),
    // "Request consult" on a /specialist result: the intake form for that specialist's specialty.
    request: async (value, ctx) => {
      const specialist = await ctx.db
        .selectFrom("specialists as p")
        .leftJoin("specialties as s", "s.code", "p.primary_taxonomy")
        .select(["p.primary_taxonomy", "s.name", "p.last_name"])
        .where("p.npi", "=", value.trim())
        .executeTakeFirst();
      if (!specialist) throw new AppError("NOT_FOUND", "That specialist is no longer in the directory. Search again with /specialist.");
      return formReply(
        `Consult ${specialist.name ?? specialist.primary_taxonomy}`,
        intakeForm({ specialty: specialist.name ?? specialist.primary_taxonomy, title: `Consult: ${specialist.name ?? "specialty"}`.slice(0, 24) }),
      );
    },
  },
  forms: {
    intake: async (values, ctx) => {
      const urgency = parseUrgency(values.urgency);
      if (urgency === "emergent") return emergentRefusal(ctx, values.specialty ?? "");
      return raise(ctx, {
        specialty: values.specialty ?? "",
        urgency,
        question: values.question ?? "",
        ...(values.age ? { ageBand: values.age } : {}),
        ...(values.sex ? { sex: values.sex } : {}),
        ...(values.tried ? { tried: values.tried } : {}),
      });
    },
    answer: (values, ctx) => act(ctx, parseCaseId(values.case), "answer", { text: values.text }),
    ask: (values, ctx) => act(ctx, parseCaseId(values.case), "ask", { text: values.text }),
    reply: (values, ctx) => act(ctx, parseCaseId(values.case), "reply", { text: values.text }),
  },
} satisfies Command;
