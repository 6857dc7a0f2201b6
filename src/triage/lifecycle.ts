// Moving a case through its life. Each transition runs in one transaction: a conditional
// update (so two concurrent claims cannot both win), a case event, an audit row, in-place
// edits of the case's cards and the DMs it causes, all through the outbox.
import type { Kysely } from "kysely";
import type { Actor, AppServices } from "../chat/command.ts";
import { hasRole } from "../identity/actors.ts";
import type { Database } from "../db/schema.ts";
import { userSpecialtyCodes } from "../directory/profiles.ts";
import { AppError } from "../errors.ts";
import { guardText } from "../privacy/guard.ts";
import type { RedactedText } from "../privacy/index.ts";
import { workspacePhiPolicy } from "../privacy/phi-policy.ts";
import { recordCaseEvent } from "./events.ts";
import { fromStatuses, nextStatus, statusLabel, type CaseAction, type Outcome } from "./model.ts";
import { holdPendingText, takePendingText, type TextAction } from "./pending-text.ts";
import { dmUser, refreshCards } from "./notify.ts";
import { publishDraft, MAX_QUESTION } from "./raise.ts";
import { claimerNotice, requesterNotice } from "./render.ts";
import { slaFor } from "./sla.ts";
import { loadCase, type CaseView } from "./view.ts";

/** Extra input of a transition. */
export interface TransitionInput {
  /** Answer, question or reply text (raw; guarded here). */
  text?: string;
  /** Post the held (already redacted) text with this id instead of `text` ("Post redacted"). */
  pendingTextId?: number;
  /** Outcome when resolving. */
  outcome?: Outcome;
}

/** What a transition did. */
export interface TransitionResult {
  /** The case after the change. */
  case: CaseView;
  /** Identifiers removed from the text (0 when none or no text). */
  redactions: number;
  /** Cards queued or posted (for a confirmed draft). */
  posted: number;
  /**
   * Set when the workspace's "warn" policy holds the text for confirmation: nothing about
   * the case changed; show `preview` with "Post redacted" (pending id) and "Edit".
   */
  held?: { pendingTextId: number; preview: RedactedText; summary: string };
}

const EVENT: Record<CaseAction, string> = {
  confirm: "posted",
  discard: "discarded",
  claim: "claimed",
  answer: "answered",
  ask: "info_requested",
  reply: "info_provided",
  resolve: "resolved",
  cancel: "cancelled",
};

function notAllowed(message: string, caseId: number, action: CaseAction): AppError {
  return new AppError("NOT_ALLOWED", message, { caseId, action });
}

async function checkAllowed(db: Kysely<Database>, actor: Actor, c: CaseView, action: CaseAction): Promise<void> {
  switch (action) {
    case "claim": {
      if (c.requesterId === actor.userId) throw notAllowed(`You raised case #${c.id}; another ${c.specialtyName} specialist has to claim it.`, c.id, action);
      const codes = await userSpecialtyCodes(db, actor.userId);
      if (!codes.includes(c.specialtyCode)) {
        throw notAllowed(`Only a specialist in ${c.specialtyName} can claim case #${c.id}. Link your NPI or add the specialty with /profile.`, c.id, action);
      }
      return;
    }
    case "answer":
    case "ask":
      if (c.claimerId !== actor.userId) throw notAllowed(`Only ${c.claimerName ?? "the specialist who claimed it"} can ${action} case #${c.id}.`, c.id, action);
      return;
    case "reply":
    case "cancel":
    case "confirm":
    case "discard":
      if (c.requesterId !== actor.userId) throw notAllowed(`Only ${c.requesterName}, who raised case #${c.id}, can do that.`, c.id, action);
      return;
    case "resolve":
      if (c.requesterId !== actor.userId && !hasRole(actor.role, "admin")) throw notAllowed(`Only ${c.requesterName}, who raised case #${c.id}, or an admin can resolve it.`, c.id, action);
      return;
  }
}

/** Applies `action` to case `caseId` as `actor`. Throws NOT_FOUND, NOT_ALLOWED or CONFLICT. */
export async function transition(services: AppServices, actor: Actor, caseId: number, action: CaseAction, input: TransitionInput = {}): Promise<TransitionResult> {
  const { db, clock } = services;
  const before = await loadCase(db, actor.organizationId, caseId);
  await checkAllowed(db, actor, before, action);
  if (action === "claim" && before.claimerName && before.status !== "open") {
    throw new AppError("CONFLICT", `Case #${caseId} was already claimed by ${before.claimerName}.`, { caseId, action });
  }
  nextStatus(before.status, action, caseId);

  let text: string | null = null;
  let redactions = 0;
  const textAction: TextAction | null = action === "answer" || action === "ask" || action === "reply" ? action : null;
  if (textAction && input.pendingTextId === undefined) {
    const raw = input.text?.trim() ?? "";
    if (raw.length < 2) throw new AppError("BAD_ARGUMENT", "Write the text to send.", { caseId }, { text: "Write the text to send." });
    if (raw.length > MAX_QUESTION) throw new AppError("BAD_ARGUMENT", `That is too long (over ${MAX_QUESTION} characters); shorten it.`, { caseId });
    const guarded = guardText(raw, { policy: await workspacePhiPolicy(db, actor.workspaceId), platform: actor.platform });
    if (guarded.action === "confirm") {
      // "warn": hold the redacted text and ask the author first; the case is unchanged.
      const pendingTextId = await holdPendingText(db, actor, { caseId, action: textAction, text: guarded.preview, redactions: guarded.spans.length, now: clock.now() });
      return { case: before, redactions: guarded.spans.length, posted: 0, held: { pendingTextId, preview: guarded.preview, summary: guarded.summary } };
    }
    text = guarded.text;
    redactions = guarded.spans.length;
  }
  if (action === "resolve" && !input.outcome) throw new AppError("BAD_ARGUMENT", "Say how the case ended: referral-avoided, referral-needed or more-info.", { caseId });

  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    if (textAction && input.pendingTextId !== undefined) {
      // "Post redacted": the held text is taken in this transaction, so it posts once.
      const held = await takePendingText(trx, actor, input.pendingTextId, caseId, textAction, now);
      text = held.text;
      redactions = held.redactions;
    }
    const sla = await slaFor(trx, actor.organizationId, before.specialtyCode, before.urgency);
    const nudgeAt = new Date(now.getTime() + sla.unansweredMinutes * 60_000);
    let update = trx
      .updateTable("cases")
      .where("id", "=", caseId)
      .where("organization_id", "=", actor.organizationId)
      .where("status", "in", [...fromStatuses(action)]);
    switch (action) {
      case "confirm":
        update = update.set({ status: "open" });
        break;
      case "discard":
      case "cancel":
        update = update.set({ status: "cancelled", closed_at: now, escalate_at: null });
        break;
      case "claim":
        update = update.where("claimed_by", "is", null).set({ status: "claimed", claimed_by: actor.userId, claimed_at: now, escalate_at: nudgeAt, escalation_level: 0 });
        break;
      case "answer":
        update = update.where("claimed_by", "=", actor.userId).set({ status: "answered", answer: text, answered_at: now, escalate_at: null });
        break;
      case "ask":
        update = update.where("claimed_by", "=", actor.userId).set({ status: "more_info", info_request: text, escalate_at: null });
        break;
      case "reply":
        update = update.set({ status: "claimed", info_reply: text, escalate_at: nudgeAt, escalation_level: 0 });
        break;
      case "resolve":
        update = update.set({ status: "resolved", outcome: input.outcome!, closed_at: now, escalate_at: null });
        break;
    }
    const changed = await update.returning(["status"]).executeTakeFirst();
    if (!changed) {
      // Someone else changed it between our read and our write (e.g. a concurrent claim).
      const current = await loadCase(trx, actor.organizationId, caseId);
      if (action === "claim" && current.claimerName) {
        throw new AppError("CONFLICT", `Case #${caseId} was already claimed by ${current.claimerName}.`, { caseId, action });
      }
      throw new AppError("CONFLICT", `Case #${caseId} is ${statusLabel(current.status)} now; refresh and try again.`, { caseId, action });
    }
    const to = nextStatus(before.status, action, caseId);
    const eventId = await recordCaseEvent(trx, { caseId, organizationId: actor.organizationId, actorUserId: actor.userId, event: EVENT[action], from: before.status, to, meta: action === "resolve" ? { outcome: input.outcome! } : redactions ? { redactions } : {}, at: now });
    const after = await loadCase(trx, actor.organizationId, caseId);
    let posted = 0;
    if (action === "confirm") {
      posted = await publishDraft(trx, after, now);
    } else {
      await refreshCards(trx, after, now);
    }
    const seq = `event:${eventId}`;
    if (action === "claim") await dmUser(trx, after, after.requesterId, requesterNotice(after, "claimed"), "case.claimed", seq, now);
    if (action === "answer") await dmUser(trx, after, after.requesterId, requesterNotice(after, "answered"), "case.answered", seq, now);
    if (action === "ask") await dmUser(trx, after, after.requesterId, requesterNotice(after, "more_info"), "case.info_requested", seq, now);
    if (after.claimerId && action === "reply") await dmUser(trx, after, after.claimerId, claimerNotice(after, "reply"), "case.info_provided", seq, now);
    if (after.claimerId && action === "resolve" && after.claimerId !== actor.userId) await dmUser(trx, after, after.claimerId, claimerNotice(after, "resolved"), "case.resolved", seq, now);
    if (after.claimerId && action === "cancel") await dmUser(trx, after, after.claimerId, claimerNotice(after, "cancelled"), "case.cancelled", seq, now);
    return { case: after, redactions, posted };
  });
}
