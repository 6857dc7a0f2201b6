// Raising a case: resolve the specialty, run the text through the PHI guard, store the
// redacted case and queue one card per triage target, all in one transaction.
import type { Actor, AppServices } from "../chat/command.ts";
import type { Database } from "../db/schema.ts";
import { sql, type Kysely } from "kysely";
import { resolveSpecialty } from "../directory/specialties.ts";
import { AppError } from "../errors.ts";
import { guardText, type GuardResult } from "../privacy/guard.ts";
import { workspacePhiPolicy } from "../privacy/phi-policy.ts";
import { recordCaseEvent } from "./events.ts";
import type { Urgency } from "./model.ts";
import { postCard } from "./notify.ts";
import { slaFor } from "./sla.ts";
import { triageTargets } from "./subscriptions.ts";
import { loadCase, type CaseView } from "./view.ts";

/** Longest question, in characters. */
export const MAX_QUESTION = 3000;
/** Longest specialty text looked up (the intake form's field allows 80). */
const MAX_SPECIALTY_TYPED = 80;
/** Age bands offered by the form (no exact ages: over-89 ages are identifiers). */
export const AGE_BANDS = ["<1", "1-17", "18-39", "40-64", "65-89", "90+"] as const;
export const SEXES = ["female", "male", "other", "unknown"] as const;

/** What a requester submits. */
export interface RaiseInput {
  /** Specialty as typed (name, synonym, code or typo). */
  specialty: string;
  /** Urgency. */
  urgency: Urgency;
  /** The question (raw; may hold PHI until guarded). */
  question: string;
  /** Age band. */
  ageBand?: string;
  /** Sex. */
  sex?: string;
  /** What was tried (raw). */
  tried?: string;
}

/** What raising did. */
export interface RaiseResult {
  /** The stored case (redacted texts). */
  case: CaseView;
  /** "open" when posted; "draft" when the workspace wants the author to confirm the redacted text first. */
  status: "open" | "draft";
  /** Number of triage targets the card was queued for. */
  targets: number;
  /** Identifiers removed, e.g. "1 name, 1 date" ("" when none). */
  removed: string;
}

function fieldError(field: string, message: string, meta: Record<string, string | number> = {}): AppError {
  return new AppError("BAD_ARGUMENT", message, { field, ...meta }, { [field]: message });
}

/** Resolves a typed specialty to one NUCC code, or throws with the closest suggestions. */
export async function resolveOneSpecialty(db: Kysely<Database>, typed: string): Promise<{ code: string; name: string }> {
  const q = typed.trim();
  if (!q) throw fieldError("specialty", "Name a specialty, for example `cardiology`.");
  // The longest specialty name is under 60 characters; fuzzy-matching a pasted paragraph
  // costs about a second of database time for nothing.
  if (q.length > MAX_SPECIALTY_TYPED) throw fieldError("specialty", "That is too long for a specialty: give its name or NUCC code, for example `cardiology`.", { length: q.length });
  // Most requests name a specialty exactly (a name, synonym or code): one cheap query,
  // before the trigram search that handles typos.
  const key = q.toLowerCase().replace(/\s+/g, " ");
  const exact = await db
    .selectFrom("specialties")
    .select(["code", "name"])
    .where((eb) => eb.or([eb("code", "=", key.toUpperCase()), eb(sql<string>`lower(name)`, "=", key), eb(sql<boolean>`${key} = any(synonyms)`, "=", true)]))
    .limit(2)
    .execute();
  if (exact.length === 1) return exact[0]!;
  const { chosen, suggestions } = await resolveSpecialty(db, q);
  if (chosen.length === 1) return chosen[0]!;
  if (chosen.length > 1) throw fieldError("specialty", `That matches several specialties: ${chosen.slice(0, 5).map((c) => c.name).join(", ")}. Use a more specific name.`);
  const hint = suggestions.length > 0 ? ` Closest: ${suggestions.slice(0, 3).map((s) => s.name).join(", ")}.` : "";
  throw fieldError("specialty", `No specialty matches that.${hint}`);
}

function redactedSummary(results: GuardResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) for (const s of r.spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return [...counts].map(([t, n]) => `${n} ${t.toLowerCase().replace(/_/g, " ")}${n > 1 ? "s" : ""}`).join(", ");
}

/** Raises a case for `actor`. */
export async function raiseCase(services: AppServices, actor: Actor, input: RaiseInput): Promise<RaiseResult> {
  const { db, clock } = services;
  const question = input.question.trim();
  if (question.length < 5) throw fieldError("question", "Write the question for the specialist (at least a few words).");
  if (question.length > MAX_QUESTION) throw fieldError("question", `The question is too long (over ${MAX_QUESTION} characters); shorten it.`, { length: question.length });
  if (input.ageBand && !(AGE_BANDS as readonly string[]).includes(input.ageBand)) throw fieldError("age", `Age band must be one of: ${AGE_BANDS.join(", ")}.`);
  if (input.sex && !(SEXES as readonly string[]).includes(input.sex)) throw fieldError("sex", `Sex must be one of: ${SEXES.join(", ")}.`);
  const tried = input.tried?.trim() || undefined;
  if (tried && tried.length > MAX_QUESTION) throw fieldError("tried", "That is too long; shorten it.");
  const specialty = await resolveOneSpecialty(db, input.specialty);

  const policy = await workspacePhiPolicy(db, actor.workspaceId);
  const guarded = [guardText(question, { policy, platform: actor.platform }), ...(tried ? [guardText(tried, { policy, platform: actor.platform })] : [])];
  const textOf = (g: GuardResult) => (g.action === "post" ? g.text : g.preview);
  const needsConfirmation = guarded.some((g) => g.action === "confirm");
  const redactions = guarded.reduce((n, g) => n + g.spans.length, 0);
  const now = clock.now();
  const sla = await slaFor(db, actor.organizationId, specialty.code, input.urgency);
  const firstDeadline = new Date(now.getTime() + sla.unclaimedMinutes[0]! * 60_000);

  return db.transaction().execute(async (trx) => {
    const status = needsConfirmation ? "draft" : "open";
    const row = await trx
      .insertInto("cases")
      .values({
        organization_id: actor.organizationId,
        requester_user_id: actor.userId,
        requester_platform: actor.platform,
        requester_workspace: actor.workspaceExternalId,
        requester_external_id: actor.userExternalId,
        specialty_code: specialty.code,
        urgency: input.urgency,
        status,
        question: textOf(guarded[0]!),
        tried: guarded[1] ? textOf(guarded[1]) : null,
        age_band: input.ageBand ?? null,
        sex: input.sex ?? null,
        redactions,
        created_at: now,
        claim_deadline_at: firstDeadline,
        escalate_at: status === "open" ? firstDeadline : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordCaseEvent(trx, { caseId: row.id, organizationId: actor.organizationId, actorUserId: actor.userId, event: "raised", from: null, to: status, meta: { urgency: input.urgency, specialty: specialty.code, redactions }, at: now });
    const view = await loadCase(trx, actor.organizationId, row.id);
    let targets = 0;
    if (status === "open") targets = await postCard(trx, view, await triageTargets(trx, actor.organizationId, specialty.code, now, actor.userId), "case.posted", "posted", now);
    return { case: view, status, targets, removed: redactedSummary(guarded) };
  });
}

/** Posts a confirmed draft: its deadlines start now. */
export async function publishDraft(trx: Kysely<Database>, view: CaseView, now: Date): Promise<number> {
  const sla = await slaFor(trx, view.organizationId, view.specialtyCode, view.urgency);
  const firstDeadline = new Date(now.getTime() + sla.unclaimedMinutes[0]! * 60_000);
  await trx.updateTable("cases").set({ created_at: now, claim_deadline_at: firstDeadline, escalate_at: firstDeadline, escalation_level: 0 }).where("id", "=", view.id).execute();
  return postCard(trx, { ...view, createdAt: now }, await triageTargets(trx, view.organizationId, view.specialtyCode, now, view.requesterId), "case.posted", "posted", now);
}
