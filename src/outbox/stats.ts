// Metrics of the outbox: what is waiting, what is stuck, how old the oldest wait is.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Outbox counts at an instant. */
export interface OutboxStats {
  /** Rows waiting for delivery (including ones waiting for a retry). */
  pending: number;
  /** Rows claimed by a dispatcher right now. */
  sending: number;
  /** Rows delivered. */
  delivered: number;
  /** Rows given up on after the last try. */
  dead: number;
  /** Seconds since the oldest undelivered row was created (0 when none). */
  oldestPendingAgeSeconds: number;
}

/** Counts outbox rows by state; `now` is the caller's clock. */
export async function outboxStats(db: Kysely<Database>, now: Date, organizationId?: number): Promise<OutboxStats> {
  let query = db
    .selectFrom("outbox")
    .select([
      sql<number>`count(*) filter (where status = 'pending')::int`.as("pending"),
      sql<number>`count(*) filter (where status = 'sending')::int`.as("sending"),
      sql<number>`count(*) filter (where status = 'delivered')::int`.as("delivered"),
      sql<number>`count(*) filter (where status = 'dead')::int`.as("dead"),
      sql<Date | null>`min(created_at) filter (where status in ('pending', 'sending'))`.as("oldest"),
    ]);
  if (organizationId !== undefined) query = query.where("organization_id", "=", organizationId);
  const row = await query.executeTakeFirstOrThrow();
  const oldest = row.oldest ? new Date(row.oldest) : null;
  return {
    pending: Number(row.pending),
    sending: Number(row.sending),
    delivered: Number(row.delivered),
    dead: Number(row.dead),
    oldestPendingAgeSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : 0,
  };
}
