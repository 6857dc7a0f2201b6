// The case lifecycle as an explicit state machine. Every change of a case's status goes
// through `nextStatus`, so an impossible transition is refused in one place.
import { AppError } from "../errors.ts";

/** How fast the requester needs an answer. "emergent" is refused, never stored. */
export type Urgency = "urgent" | "routine";
export const URGENCIES: readonly Urgency[] = ["urgent", "routine"];

/** Where a case is in its life. */
export type CaseStatus = "draft" | "open" | "claimed" | "more_info" | "answered" | "resolved" | "cancelled";

/** What the requester records when closing a case (eConsult outcome survey). */
export type Outcome = "referral-avoided" | "referral-needed" | "more-info";
export const OUTCOMES: readonly Outcome[] = ["referral-avoided", "referral-needed", "more-info"];

/** Something a person does to a case. */
export type CaseAction = "confirm" | "discard" | "claim" | "answer" | "ask" | "reply" | "resolve" | "cancel";

/** Allowed transitions: action -> from statuses -> to status. */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus }> = {
  confirm: { from: ["draft"], to: "open" },
  discard: { from: ["draft"], to: "cancelled" },
  claim: { from: ["open"], to: "claimed" },
  answer: { from: ["claimed", "more_info"], to: "answered" },
  ask: { from: ["claimed"], to: "more_info" },
  reply: { from: ["more_info"], to: "claimed" },
  resolve: { from: ["claimed", "more_info", "answered"], to: "resolved" },
  cancel: { from: ["open", "claimed", "more_info"], to: "cancelled" },
};

/** Statuses an action may start from. */
export function fromStatuses(action: CaseAction): readonly CaseStatus[] {
  return TRANSITIONS[action].from;
}

const STATUS_LABEL: Record<CaseStatus, string> = {
  draft: "a draft waiting for your confirmation",
  open: "open",
  claimed: "claimed",
  more_info: "waiting for more information",
  answered: "answered",
  resolved: "resolved",
  cancelled: "cancelled",
};

/** Human label of a status. */
export function statusLabel(status: string): string {
  return STATUS_LABEL[status as CaseStatus] ?? status;
}

/** The status `action` leads to from `from`; throws CONFLICT when not allowed. */
export function nextStatus(from: CaseStatus, action: CaseAction, caseId: number): CaseStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    throw new AppError("CONFLICT", `Case #${caseId} is ${statusLabel(from)}, so it cannot be ${PAST[action]} now.`, { caseId, from, action });
  }
  return rule.to;
}

const PAST: Record<CaseAction, string> = {
  confirm: "posted",
  discard: "discarded",
  claim: "claimed",
  answer: "answered",
  ask: "sent back for more information",
  reply: "given more information",
  resolve: "resolved",
  cancel: "cancelled",
};

/** Whether a status is final. */
export function isClosed(status: string): boolean {
  return status === "resolved" || status === "cancelled";
}
