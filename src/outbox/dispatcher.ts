// Delivers outbox rows through each platform's ChatGateway. Rows are claimed with
// FOR UPDATE SKIP LOCKED and a short lease, so several processes can drain one database
// and a process that dies mid-delivery only delays its rows until the lease runs out.
// Delivery happens outside the claiming transaction: the embedded database has a single
// connection, and a gateway may write to it (the console gateway does).
//
// Gateways report failure by throwing. The dispatcher records a short `code` property
// (e.g. Slack's "channel_not_found", an AppError code, or the error class) and never the
// message; an error with `permanent: true` is dead-lettered at once instead of retried.
import { sql, type Kysely, type Selectable } from "kysely";
import type { Gateways } from "../chat/command.ts";
import type { Platform, Reply } from "../chat/model.ts";
import type { Clock, DeliveryTarget, MessageRef } from "../chat/ports.ts";
import type { Database } from "../db/schema.ts";
import { failureCode, type Logger } from "../log.ts";
import type { OutboxTable } from "./tables.ts";

/** What the dispatcher needs. */
export interface DrainServices {
  /** Database. */
  db: Kysely<Database>;
  /** Gateways by platform. */
  gateways: Gateways;
  /** Clock deciding what is due. */
  clock: Clock;
  /** Logger (ids and codes only). */
  log: Logger;
}

/** Tuning of one drain. */
export interface DrainOptions {
  /** Most rows to process in this call (default 500). */
  limit?: number;
  /** Rows claimed per transaction (default 50). */
  batchSize?: number;
  /** Tries before a row is dead-lettered (default 8). */
  maxAttempts?: number;
  /** First retry delay in ms; doubles each try (default 5 s). */
  baseDelayMs?: number;
  /** Longest retry delay in ms (default 1 h). */
  maxDelayMs?: number;
  /** How long a claimed row stays claimed before another process may retry it (default 60 s). */
  leaseMs?: number;
}

/** What one drain did. */
export interface DrainResult {
  /** Rows delivered (posts and edits). */
  delivered: number;
  /** Rows that failed and will be retried. */
  retried: number;
  /** Rows dead-lettered in this drain. */
  dead: number;
  /** Edits skipped because a newer edit of the same message exists. */
  superseded: number;
  /** Edits put back because the message they edit is not posted yet. */
  deferred: number;
}

type Row = Selectable<OutboxTable>;

const DEFAULTS = { limit: 500, batchSize: 50, maxAttempts: 8, baseDelayMs: 5_000, maxDelayMs: 3_600_000, leaseMs: 60_000 };

/** Delay before retry number `attempt` (1-based): base * 2^(attempt-1), capped. */
export function backoffMs(attempt: number, baseDelayMs = DEFAULTS.baseDelayMs, maxDelayMs = DEFAULTS.maxDelayMs): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
}


function isPermanent(error: unknown): boolean {
  return (error as { permanent?: unknown })?.permanent === true;
}

function toTarget(row: Row): DeliveryTarget {
  return { platform: row.platform as Platform, workspace: row.workspace, to: row.target };
}

async function claim(db: Kysely<Database>, now: Date, count: number, leaseMs: number): Promise<Row[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom("outbox")
      .select("id")
      .where("status", "in", ["pending", "sending"])
      .where("next_attempt_at", "<=", now)
      .orderBy("next_attempt_at")
      .orderBy("id")
      .limit(count)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    const rows = await trx
      .updateTable("outbox")
      .set({ status: "sending", attempts: sql<number>`attempts + 1`, next_attempt_at: new Date(now.getTime() + leaseMs) })
      .where(
        "id",
        "in",
        due.map((r) => r.id),
      )
      .returningAll()
      .execute();
    return rows.sort((a, b) => a.id - b.id);
  });
}

async function markDelivered(db: Kysely<Database>, row: Row, now: Date, ref: MessageRef | null, code: string | null = null): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "delivered", delivered_at: now, message_ref: ref ? JSON.stringify(ref) : null, last_error_code: code })
    .where("id", "=", row.id)
    .where("status", "=", "sending")
    .execute();
}

async function markPostsDelivered(db: Kysely<Database>, posted: { id: number; ref: MessageRef }[], now: Date): Promise<number> {
  if (posted.length === 0) return 0;
  const values = sql.join(posted.map((p) => sql`(${p.id}::bigint, ${JSON.stringify(p.ref)}::jsonb)`));
  await sql`
    update outbox o set status = 'delivered', delivered_at = ${now}, message_ref = v.ref, last_error_code = null
    from (values ${values}) as v(id, ref)
    where o.id = v.id and o.status = 'sending'
  `.execute(db);
  return posted.length;
}

/** Delivers due outbox rows; returns counts. Never throws for a failed delivery. */
export async function drainOutbox(services: DrainServices, options: DrainOptions = {}): Promise<DrainResult> {
  const opts = { ...DEFAULTS, ...options };
  const { db, gateways, log } = services;
  const result: DrainResult = { delivered: 0, retried: 0, dead: 0, superseded: 0, deferred: 0 };
  let processed = 0;

  const fail = async (row: Row, error: unknown, now: Date) => {
    const code = failureCode(error);
    const dead = isPermanent(error) || row.attempts >= opts.maxAttempts;
    await db
      .updateTable("outbox")
      .set(
        dead
          ? { status: "dead", last_error_code: code }
          : { status: "pending", last_error_code: code, next_attempt_at: new Date(now.getTime() + backoffMs(row.attempts, opts.baseDelayMs, opts.maxDelayMs)) },
      )
      .where("id", "=", row.id)
      .where("status", "=", "sending")
      .execute();
    if (dead) {
      result.dead++;
      log.warn("outbox.dead", { outboxId: row.id, platform: row.platform, topic: row.topic, code, attempts: row.attempts });
    } else {
      result.retried++;
      log.info("outbox.retry", { outboxId: row.id, platform: row.platform, topic: row.topic, code, attempts: row.attempts });
    }
  };

  // Successful posts of a batch are marked delivered together, in one statement.
  const deliverPost = async (row: Row, now: Date, posted: { id: number; ref: MessageRef }[]) => {
    try {
      const gateway = gateways[row.platform as Platform];
      if (!gateway) throw Object.assign(new Error("no gateway"), { code: "NO_GATEWAY" });
      posted.push({ id: row.id, ref: await gateway.post(toTarget(row), row.payload as Reply) });
    } catch (error) {
      await fail(row, error, now);
    }
  };

  const deliverUpdate = async (row: Row, now: Date) => {
    try {
      const original = await db.selectFrom("outbox").select(["status", "message_ref"]).where("id", "=", row.update_of!).executeTakeFirst();
      if (!original || original.status === "dead") {
        await db.updateTable("outbox").set({ status: "dead", last_error_code: "ORIGINAL_NOT_POSTED" }).where("id", "=", row.id).execute();
        result.dead++;
        return;
      }
      if (original.status !== "delivered" || !original.message_ref) {
        // Not posted yet: try again shortly without spending one of the row's tries.
        await db
          .updateTable("outbox")
          .set({ status: "pending", attempts: sql<number>`greatest(attempts - 1, 0)`, next_attempt_at: new Date(now.getTime() + opts.baseDelayMs) })
          .where("id", "=", row.id)
          .execute();
        result.deferred++;
        return;
      }
      const newer = await db
        .selectFrom("outbox")
        .select("id")
        .where("update_of", "=", row.update_of!)
        .where("id", ">", row.id)
        .where("status", "!=", "dead")
        .limit(1)
        .executeTakeFirst();
      if (newer) {
        await markDelivered(db, row, now, original.message_ref, "SUPERSEDED");
        result.superseded++;
        return;
      }
      const gateway = gateways[row.platform as Platform];
      if (!gateway) throw Object.assign(new Error("no gateway"), { code: "NO_GATEWAY" });
      await gateway.update(original.message_ref, row.payload as Reply);
      await markDelivered(db, row, now, original.message_ref);
      result.delivered++;
    } catch (error) {
      await fail(row, error, now);
    }
  };

  while (processed < opts.limit) {
    const now = services.clock.now();
    const rows = await claim(db, now, Math.min(opts.batchSize, opts.limit - processed), opts.leaseMs);
    if (rows.length === 0) break;
    processed += rows.length;
    // Posts first (concurrently), then edits in id order, so an edit claimed together
    // with its post finds the post delivered.
    const posted: { id: number; ref: MessageRef }[] = [];
    await Promise.all(rows.filter((r) => r.kind === "post").map((r) => deliverPost(r, now, posted)));
    result.delivered += await markPostsDelivered(db, posted, now);
    for (const row of rows.filter((r) => r.kind === "update")) await deliverUpdate(row, now);
  }
  return result;
}
