// The escalation sweep. Deadlines live on the case row (escalate_at, escalation_level), so
// a restart loses nothing; due cases are claimed with FOR UPDATE SKIP LOCKED and moved to
// their next level in the same transaction that queues the messages, so each level fires
// exactly once even when several scheduler processes sweep at the same time.
import { sql, type Kysely } from "kysely";
import type { AppServices } from "../chat/command.ts";
import type { Database } from "../db/schema.ts";
import { errorClass } from "../log.ts";
import type { Sweep } from "../scheduler/sweep.ts";
import { recordCaseEvent } from "./events.ts";
import { dmUser, postCard } from "./notify.ts";
import { onCallUserIds } from "./on-call.ts";
import { adminEscalation, claimerNotice, onCallPage, requesterNotice, triagePost } from "./render.ts";
import { formatMinutes, slaFor } from "./sla.ts";
import { adminIds, triageTargets } from "./subscriptions.ts";
import { loadCase } from "./view.ts";

interface DueCase {
  id: number;
  organization_id: number;
  status: string;
  escalation_level: number;
  created_at: Date;
}

async function escalateOne(trx: Kysely<Database>, due: DueCase, now: Date): Promise<void> {
  const c = await loadCase(trx, due.organization_id, due.id);
  const sla = await slaFor(trx, c.organizationId, c.specialtyCode, c.urgency);
  const level = due.escalation_level;

  if (c.status === "claimed") {
    await trx.updateTable("cases").set({ escalate_at: null, escalation_level: level + 1 }).where("id", "=", c.id).where("escalation_level", "=", level).execute();
    if (c.claimerId) await dmUser(trx, c, c.claimerId, claimerNotice(c, "nudge"), "case.nudged", `nudge:${level}:${c.claimerId}`, now);
    await recordCaseEvent(trx, { caseId: c.id, organizationId: c.organizationId, actorUserId: null, event: "nudged", from: c.status, to: c.status, meta: { level: level + 1, minutes: sla.unansweredMinutes }, at: now });
    return;
  }

  // Unclaimed: level 0 re-posts and pages on call; later levels tell the requester and admins.
  const minutes = sla.unclaimedMinutes[Math.min(level, sla.unclaimedMinutes.length - 1)]!;
  const nextMinutes = sla.unclaimedMinutes[level + 1];
  const createdAt = new Date(due.created_at);
  await trx
    .updateTable("cases")
    .set({ escalation_level: level + 1, escalate_at: nextMinutes === undefined ? null : new Date(createdAt.getTime() + nextMinutes * 60_000) })
    .where("id", "=", c.id)
    .where("escalation_level", "=", level)
    .execute();
  let reached = 0;
  if (level === 0) {
    const note = `Still unclaimed after ${formatMinutes(minutes)} — please claim it or pass it on.`;
    reached += await postCard(trx, c, await triageTargets(trx, c.organizationId, c.specialtyCode, now, c.requesterId), "case.reposted", `reposted:${level}`, now, triagePost(c, note));
    for (const userId of await onCallUserIds(trx, c.organizationId, c.specialtyCode, now)) {
      if (userId !== c.requesterId && (await dmUser(trx, c, userId, onCallPage(c, minutes), "case.oncall", `oncall:${level}`, now))) reached++;
    }
  } else {
    if (await dmUser(trx, c, c.requesterId, requesterNotice(c, "unclaimed"), "case.escalated", `escalated:${level}`, now)) reached++;
    for (const adminId of await adminIds(trx, c.organizationId)) {
      if (adminId !== c.requesterId && (await dmUser(trx, c, adminId, adminEscalation(c, minutes), "case.escalated", `escalated:${level}`, now))) reached++;
    }
  }
  await recordCaseEvent(trx, { caseId: c.id, organizationId: c.organizationId, actorUserId: null, event: "escalated", from: c.status, to: c.status, meta: { level: level + 1, minutes, reached }, at: now });
}

/**
 * Escalates every case whose deadline passed at `now`; returns how many it moved. A case
 * that fails is rolled back to a savepoint, logged by id and left for the next pass, so
 * one bad case never stops the others.
 */
export async function escalateDueCases(services: Pick<AppServices, "db" | "log">, now: Date, batchSize = 50): Promise<{ processed: number }> {
  let processed = 0;
  const failed: number[] = [];
  for (;;) {
    const { seen, done } = await services.db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom("cases")
        .select(["id", "organization_id", "status", "escalation_level", "created_at"])
        .where("escalate_at", "<=", now)
        .where("status", "in", ["open", "claimed"]);
      if (failed.length > 0) query = query.where("id", "not in", failed);
      const due = await query.orderBy("escalate_at").orderBy("id").limit(batchSize).forUpdate().skipLocked().execute();
      let ok = 0;
      for (const row of due) {
        await sql`savepoint escalate_case`.execute(trx);
        try {
          await escalateOne(trx, row, now);
          await sql`release savepoint escalate_case`.execute(trx);
          ok++;
        } catch (error) {
          await sql`rollback to savepoint escalate_case`.execute(trx);
          failed.push(row.id);
          services.log.error("triage.escalation_failed", { caseId: row.id, error: errorClass(error) });
        }
      }
      return { seen: due.length, done: ok };
    });
    processed += done;
    // A case whose next level is already due (the scheduler was down) goes again.
    if (seen === 0) break;
  }
  return { processed };
}

/** The sweep the scheduler runs. */
export const escalationSweep: Sweep = {
  name: "triage.escalate",
  run: (services, now) => escalateDueCases(services, now),
};
