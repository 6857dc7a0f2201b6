// The numbers eConsult programmes publish: cases, median and p90 time to claim and to
// answer, share unclaimed past the deadline, and outcomes (share of referrals avoided).
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Triage statistics over a window. */
export interface TriageStats {
  /** Cases raised in the window (drafts excluded). */
  cases: number;
  /** By status. */
  byStatus: Record<string, number>;
  /** Median minutes from raising to claim (null when none claimed). */
  claimMedianMin: number | null;
  /** 90th percentile minutes to claim. */
  claimP90Min: number | null;
  /** Median minutes from raising to answer. */
  answerMedianMin: number | null;
  /** 90th percentile minutes to answer. */
  answerP90Min: number | null;
  /** Share (0..1) of cases claimed after their first deadline or still unclaimed past it. */
  unclaimedPastDeadlineShare: number | null;
  /** Resolved cases by outcome. */
  outcomes: Record<string, number>;
  /** Share (0..1) of resolved cases where a referral was avoided. */
  referralAvoidedShare: number | null;
}

/** Computes stats for cases raised in the `days` before `now`, optionally one specialty. */
export async function triageStats(db: Kysely<Database>, input: { organizationId: number; now: Date; days: number; specialtyCode?: string }): Promise<TriageStats> {
  const since = new Date(input.now.getTime() - input.days * 86_400_000);
  let base = db
    .selectFrom("cases")
    .where("organization_id", "=", input.organizationId)
    .where("created_at", ">=", since)
    .where("created_at", "<=", input.now)
    .where("status", "!=", "draft");
  if (input.specialtyCode) base = base.where("specialty_code", "=", input.specialtyCode);
  const now = input.now;
  const row = await base
    .select([
      sql<number>`count(*)::int`.as("cases"),
      sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from claimed_at - created_at)) filter (where claimed_at is not null)`.as("claim_p50"),
      sql<number | null>`percentile_cont(0.9) within group (order by extract(epoch from claimed_at - created_at)) filter (where claimed_at is not null)`.as("claim_p90"),
      sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from answered_at - created_at)) filter (where answered_at is not null)`.as("answer_p50"),
      sql<number | null>`percentile_cont(0.9) within group (order by extract(epoch from answered_at - created_at)) filter (where answered_at is not null)`.as("answer_p90"),
      sql<number>`count(*) filter (where coalesce(claimed_at, case when status = 'cancelled' then closed_at else ${now}::timestamptz end) > claim_deadline_at)::int`.as("late"),
    ])
    .executeTakeFirstOrThrow();
  const statuses = await base.select(["status", sql<number>`count(*)::int`.as("n")]).groupBy("status").execute();
  const outcomes = await base.where("status", "=", "resolved").select(["outcome", sql<number>`count(*)::int`.as("n")]).groupBy("outcome").execute();
  const minutes = (seconds: number | null) => (seconds === null || seconds === undefined ? null : Math.round((Number(seconds) / 60) * 10) / 10);
  const cases = Number(row.cases);
  const outcomeCounts = Object.fromEntries(outcomes.map((o) => [o.outcome ?? "unknown", Number(o.n)]));
  const resolved = Object.values(outcomeCounts).reduce((a, b) => a + b, 0);
  return {
    cases,
    byStatus: Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)])),
    claimMedianMin: minutes(row.claim_p50),
    claimP90Min: minutes(row.claim_p90),
    answerMedianMin: minutes(row.answer_p50),
    answerP90Min: minutes(row.answer_p90),
    unclaimedPastDeadlineShare: cases === 0 ? null : Number(row.late) / cases,
    outcomes: outcomeCounts,
    referralAvoidedShare: resolved === 0 ? null : (outcomeCounts["referral-avoided"] ?? 0) / resolved,
  };
}
