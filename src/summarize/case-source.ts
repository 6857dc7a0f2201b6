// Loads a consult case for /summarize, scoped to the actor's organization: the question
// and its context, the Q&A (request for more information, reply, answer) and the events.
// Case text is stored redacted already; it is redacted again with the rest anyway.
import type { CommandContext } from "../chat/command.ts";
import { AppError } from "../errors.ts";
import type { Discussion, DiscussionMessage } from "./discussion.ts";

// Event names as src/triage records them (lifecycle.ts, raise.ts, escalate.ts).
const EVENT_LABEL: Record<string, string> = {
  raised: "the case was raised",
  posted: "the requester confirmed the redacted case",
  discarded: "the requester discarded the draft",
  claimed: "a specialist claimed the case",
  info_requested: "the specialist asked for more information",
  info_provided: "the requester sent more information",
  answered: "the specialist answered",
  resolved: "the requester closed the case",
  cancelled: "the case was cancelled",
  escalated: "the case was escalated",
  nudged: "the claiming specialist was reminded",
};

function eventLine(event: string, to: string | null): string {
  const label = EVENT_LABEL[event] ?? `event: ${event.replace(/[^a-z_.-]/gi, "")}`;
  return to ? `${label} (now ${to.replace("_", " ")}).` : `${label}.`;
}

/** The case, its Q&A and events as a discussion; NOT_FOUND outside the actor's organization. */
export async function loadCase(ctx: Pick<CommandContext, "db" | "actor">, caseId: number): Promise<Discussion> {
  const row = await ctx.db
    .selectFrom("cases")
    .select(["id", "specialty_code", "urgency", "status", "question", "age_band", "sex", "tried", "info_request", "info_reply", "answer", "outcome"])
    .where("id", "=", caseId)
    .where("organization_id", "=", ctx.actor.organizationId)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `Case #${caseId} was not found in your organization.`, { caseId });
  const events = await ctx.db
    .selectFrom("case_events")
    .select(["event", "to_status"])
    .where("case_id", "=", caseId)
    .where("organization_id", "=", ctx.actor.organizationId)
    .orderBy("id")
    .execute();

  const specialty = await ctx.db.selectFrom("specialties").select("name").where("code", "=", row.specialty_code).executeTakeFirst();
  const context = [row.age_band ? `age ${row.age_band}` : "", row.sex ?? ""].filter(Boolean).join(", ");
  const messages: DiscussionMessage[] = [
    { speaker: "Case", text: `${row.urgency} ${specialty?.name ?? "specialty"} consult${context ? ` (${context})` : ""}.` },
    { speaker: "Requester", text: row.question },
  ];
  if (row.tried) messages.push({ speaker: "Requester", text: `Already tried: ${row.tried}` });
  if (row.info_request) messages.push({ speaker: "Specialist", text: row.info_request });
  if (row.info_reply) messages.push({ speaker: "Requester", text: row.info_reply });
  if (row.answer) messages.push({ speaker: "Specialist", text: row.answer });
  // Events carry no text: a short line per transition tells the story's order.
  if (events.length > 0) messages.push({ speaker: "Event", text: events.map((e) => eventLine(e.event, e.to_status)).join(" ") });
  messages.push({ speaker: "Case", text: `Status: ${row.status.replace("_", " ")}${row.outcome ? `; outcome: ${row.outcome}` : ""}.` });
  return { subject: "case", subjectId: String(row.id), messages };
}
