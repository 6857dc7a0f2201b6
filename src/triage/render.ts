// What triage posts and case notifications look like, as neutral replies. Case text in
// them is the redacted text stored on the case.
import type { Reply } from "../chat/model.ts";
import { ReplyBuilder } from "../chat/reply.ts";
import { OUTCOMES, statusLabel } from "./model.ts";
import type { CaseView } from "./view.ts";

function outcomeLabel(outcome: string): string {
  return outcome.replace(/-/g, " ");
}

function statusLine(c: CaseView): string {
  switch (c.status) {
    case "draft":
      return `Draft — not posted yet`;
    case "open":
      return `Open — raised by ${c.requesterName}`;
    case "claimed":
      return `Claimed by ${c.claimerName ?? "a specialist"}`;
    case "more_info":
      return `${c.claimerName ?? "The specialist"} asked ${c.requesterName} for more information`;
    case "answered":
      return `Answered by ${c.claimerName ?? "a specialist"}`;
    case "resolved":
      return `Resolved${c.outcome ? `: ${outcomeLabel(c.outcome)}` : ""} (answered by ${c.claimerName ?? "a specialist"})`;
    case "cancelled":
      return `Cancelled by ${c.requesterName}`;
  }
}

function caseFields(c: CaseView): { label: string; value: string }[] {
  return [
    { label: "Urgency", value: c.urgency },
    ...(c.ageBand ? [{ label: "Age", value: c.ageBand }] : []),
    ...(c.sex ? [{ label: "Sex", value: c.sex }] : []),
    ...(c.tried ? [{ label: "Tried", value: c.tried }] : []),
  ];
}

/** The post in triage channels and followers' DMs; edited in place on every transition. */
export function triagePost(c: CaseView, note?: string): Reply {
  const out = new ReplyBuilder("channel")
    .header(`${c.urgency === "urgent" ? "URGENT " : ""}Case #${c.id} · ${c.specialtyName}`)
    .section(c.question)
    .fields(caseFields(c));
  if (note) out.context(note);
  out.context(`${statusLine(c)} · status: ${statusLabel(c.status)}`);
  if (c.status === "open") out.actions([{ actionId: "consult:claim", label: "Claim", value: String(c.id), style: "primary" }]);
  if (c.status === "claimed")
    out.actions([
      { actionId: "consult:answer", label: "Answer", value: String(c.id), style: "primary" },
      { actionId: "consult:ask", label: "Ask for more info", value: String(c.id) },
    ]);
  if (c.status === "answered" && c.answer) out.section(`**Answer:** ${c.answer}`);
  return out.build();
}

/** The full case, for `/consult show`. */
export function caseDetail(c: CaseView): Reply {
  const out = new ReplyBuilder("ephemeral")
    .header(`Case #${c.id} · ${c.specialtyName}`)
    .section(c.question)
    .fields(caseFields(c))
    .context(`${statusLine(c)} · status: ${statusLabel(c.status)} · raised ${c.createdAt.toISOString()}`);
  if (c.infoRequest) out.section(`**Question from the specialist:** ${c.infoRequest}`);
  if (c.infoReply) out.section(`**Requester's reply:** ${c.infoReply}`);
  if (c.answer) out.section(`**Answer:** ${c.answer}`);
  return out.build();
}

/** Buttons the requester uses to close an answered case with an outcome. */
export function resolveButtons(caseId: number): { actionId: string; label: string; value: string; style?: "primary" }[] {
  return OUTCOMES.map((o) => ({ actionId: "consult:resolve", label: `Resolve: ${outcomeLabel(o)}`, value: `${caseId}:${o}`, ...(o === "referral-avoided" ? { style: "primary" as const } : {}) }));
}

/** DM to the requester about what happened to their case. */
export function requesterNotice(c: CaseView, event: "claimed" | "answered" | "more_info" | "unclaimed"): Reply {
  const out = new ReplyBuilder("ephemeral");
  switch (event) {
    case "claimed":
      out.section(`**Case #${c.id}** (${c.specialtyName}) was claimed by ${c.claimerName}.`);
      break;
    case "answered":
      out
        .section(`**Case #${c.id}** (${c.specialtyName}) was answered by ${c.claimerName}:`)
        .section(c.answer ?? "")
        .context(`Close it with an outcome: /consult resolve ${c.id} referral-avoided|referral-needed|more-info`)
        .actions(resolveButtons(c.id));
      break;
    case "more_info":
      out
        .section(`**Case #${c.id}**: ${c.claimerName} asks for more information:`)
        .section(c.infoRequest ?? "")
        .context(`Reply with /consult reply ${c.id} <your answer>`)
        .actions([{ actionId: "consult:reply", label: "Reply", value: String(c.id), style: "primary" }]);
      break;
    case "unclaimed":
      out
        .section(`**Case #${c.id}** (${c.specialtyName}, ${c.urgency}) has not been claimed yet. Consider calling the on-call specialist directly.`)
        .actions([{ actionId: "consult:cancel", label: "Cancel case", value: String(c.id), style: "danger" }]);
      break;
  }
  return out.build();
}

/** DM to the claimer (a reply to their question, a resolution, a cancellation, a nudge). */
export function claimerNotice(c: CaseView, event: "reply" | "resolved" | "cancelled" | "nudge"): Reply {
  const out = new ReplyBuilder("ephemeral");
  switch (event) {
    case "reply":
      out
        .section(`**Case #${c.id}**: ${c.requesterName} replied:`)
        .section(c.infoReply ?? "")
        .actions([{ actionId: "consult:answer", label: "Answer", value: String(c.id), style: "primary" }]);
      break;
    case "resolved":
      out.section(`**Case #${c.id}** was resolved by ${c.requesterName}${c.outcome ? `: ${outcomeLabel(c.outcome)}` : ""}. Thank you.`);
      break;
    case "cancelled":
      out.section(`**Case #${c.id}** was cancelled by ${c.requesterName}.`);
      break;
    case "nudge":
      out
        .section(`Reminder: you claimed **case #${c.id}** (${c.specialtyName}) and it has no answer yet.`)
        .actions([
          { actionId: "consult:answer", label: "Answer", value: String(c.id), style: "primary" },
          { actionId: "consult:ask", label: "Ask for more info", value: String(c.id) },
        ]);
      break;
  }
  return out.build();
}

/** DM to admins (and the requester's view) when a case stays unclaimed. */
export function adminEscalation(c: CaseView, minutes: number): Reply {
  return new ReplyBuilder("ephemeral")
    .section(`**Case #${c.id}** (${c.specialtyName}, ${c.urgency}) raised by ${c.requesterName} is still unclaimed after ${minutes} min.`)
    .context(`See it with /consult show ${c.id}; check the triage channels of ${c.specialtyName} (/triage list).`)
    .build();
}

/** DM to the on-call specialist when an urgent case stays unclaimed. */
export function onCallPage(c: CaseView, minutes: number): Reply {
  return new ReplyBuilder("ephemeral")
    .section(`You are on call for ${c.specialtyName}: **case #${c.id}** (${c.urgency}) is unclaimed after ${minutes} min.`)
    .section(c.question)
    .actions([{ actionId: "consult:claim", label: "Claim", value: String(c.id), style: "primary" }])
    .build();
}
