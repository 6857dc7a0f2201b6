// The reminder sweep: claims due reminders with FOR UPDATE SKIP LOCKED, writes each
// delivery to the outbox and moves the row on (a one-off becomes "delivered", a
// recurring one gets its next occurrence) in the same transaction. Several processes can
// sweep one database: a row is claimed by one of them, and the outbox dedupe key
// (reminder id + occurrence) makes a second enqueue of the same occurrence a no-op.
import { sql, type Kysely, type Selectable } from "kysely";
import type { Platform } from "../chat/model.ts";
import type { Database } from "../db/schema.ts";
import { errorClass, type Logger } from "../log.ts";
import { enqueueMany, type OutboxPost } from "../outbox/enqueue.ts";
import { LATE_AFTER_MS, dueReminderReply } from "./message.ts";
import { describeStoredRule, nextOccurrence } from "./recurrence.ts";
import type { Sweep } from "../scheduler/sweep.ts";
import type { RemindersTable } from "./tables.ts";

type ReminderRow = Selectable<RemindersTable>;

/** Tuning of one sweep. */
export interface SweepOptions {
  /** Reminders claimed per transaction (default 500). */
  batchSize?: number;
  /** Most reminders delivered by this call (default: until none is due). */
  limit?: number;
  /** Called after each batch commits with the due times it delivered (benchmarks, metrics). */
  onBatch?: (dueAts: Date[]) => void;
}

/** What one sweep did. */
export interface SweepResult {
  /** Occurrences written to the outbox. */
  delivered: number;
  /** Of those, how many were late (due more than a minute before `now`). */
  late: number;
  /** Transactions that claimed at least one row. */
  batches: number;
}

async function creatorsOf(trx: Kysely<Database>, rows: ReminderRow[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.map((r) => r.creator_user_id))];
  if (ids.length === 0) return new Map();
  const users = await trx.selectFrom("users").select(["id", "external_id"]).where("id", "in", ids).execute();
  return new Map(users.map((u) => [u.id, u.external_id]));
}

/** Claims and delivers one batch; returns how many rows it handled. */
/** Where the previous batch of this sweep ended, in (due_at, id) order. */
type Cursor = { dueAt: Date; id: number } | undefined;

/**
 * A recurring row's repeat description and next occurrence. A stored rule that cannot be
 * read (edited by hand, written by another version) must not fail the batch: every
 * reminder due after it would wait forever. It is delivered once, without repeats.
 */
function readRepeats(row: ReminderRow, now: Date, log: Logger): { repeats: string | null; next: Date | null } {
  if (!row.rrule) return { repeats: null, next: null };
  try {
    return { repeats: describeStoredRule(row.rrule), next: nextOccurrence(row.rrule, new Date(Math.max(row.due_at.getTime(), now.getTime()))) };
  } catch (error) {
    log.warn("reminders.unreadable_rule", { reminderId: row.id, error: errorClass(error) });
    return { repeats: null, next: null };
  }
}

async function sweepBatch(db: Kysely<Database>, now: Date, size: number, after: Cursor, result: SweepResult, log: Logger): Promise<ReminderRow[]> {
  return db.transaction().execute(async (trx) => {
    // Walk reminders_due_idx in order and stop after `size` rows. Without fresh statistics
    // (PGlite has no autovacuum) the planner guesses few due rows and picks a bitmap scan
    // that sorts every due row on each batch, which makes draining a backlog quadratic.
    await sql`set local enable_bitmapscan = off`.execute(trx);
    await sql`set local enable_sort = off`.execute(trx);
    let query = trx
      .selectFrom("reminders")
      .selectAll()
      .where("status", "=", "pending")
      .where("due_at", "<=", now);
    // Start after the previous batch: the index entries of rows this sweep already moved
    // on stay until vacuum, and rescanning them each batch would make a backlog quadratic.
    if (after) query = query.where(sql<boolean>`(due_at, id) > (${after.dueAt}, ${after.id})`);
    const rows = await query
      .orderBy("due_at")
      .orderBy("id")
      .limit(size)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return rows;
    const creators = await creatorsOf(trx, rows);

    const deliveries: OutboxPost[] = [];
    const ids: number[] = [];
    const statuses: string[] = [];
    const nextDue: string[] = [];
    for (const row of rows) {
      const creator = creators.get(row.creator_user_id) ?? null;
      const forSomeoneElse = "user" in row.target ? row.target.user !== creator : true;
      // A recurring reminder that came due during downtime is delivered once, late, and
      // continues from the first occurrence after now (missed repeats are not replayed).
      const { repeats, next } = readRepeats(row, now, log);
      const reply = dueReminderReply(
        {
          id: row.id,
          text: row.text,
          dueAt: row.due_at,
          timezone: row.timezone,
          caseId: row.case_id === null ? null : Number(row.case_id),
          fromUser: forSomeoneElse ? creator : null,
          repeats,
        },
        now,
      );
      deliveries.push({
        organizationId: row.organization_id,
        target: { platform: row.platform as Platform, workspace: row.workspace, to: row.target },
        reply,
        topic: "reminder.due",
        subject: { type: "reminder", id: row.id },
        dedupeKey: `reminder:${row.id}:${row.occurrence}`,
        now,
      });
      ids.push(row.id);
      statuses.push(next ? "pending" : "delivered");
      nextDue.push((next ?? row.due_at).toISOString());
      if (now.getTime() - row.due_at.getTime() >= LATE_AFTER_MS) result.late++;
    }

    // One statement each for the outbox rows and the reminder updates keeps a batch of
    // 500 to a handful of round trips.
    await enqueueMany(trx, deliveries);
    await sql`
      update reminders as r
         set status = v.status,
             last_due_at = r.due_at,
             due_at = v.due_at,
             occurrence = r.occurrence + 1,
             last_delivered_at = ${now},
             updated_at = ${now}
        from (select unnest(${ids}::bigint[]) as id,
                     unnest(${statuses}::text[]) as status,
                     unnest(${nextDue}::timestamptz[]) as due_at) as v
       where r.id = v.id`.execute(trx);
    result.delivered += rows.length;
    result.batches++;
    return rows;
  });
}

/** Delivers every reminder due at `now` (up to `limit`), batch by batch. */
export async function sweepReminders(db: Kysely<Database>, now: Date, log: Logger, options: SweepOptions = {}): Promise<SweepResult> {
  const batchSize = options.batchSize ?? 500;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const result: SweepResult = { delivered: 0, late: 0, batches: 0 };
  // Rows skipped because another process holds them lie behind the cursor; if that
  // process rolls back, the next sweep (which starts without a cursor) picks them up.
  let cursor: Cursor;
  while (result.delivered < limit) {
    const rows = await sweepBatch(db, now, Math.min(batchSize, limit - result.delivered), cursor, result, log);
    const last = rows.at(-1);
    if (!last) break;
    cursor = { dueAt: last.due_at, id: last.id };
    options.onBatch?.(rows.map((r) => r.due_at));
  }
  if (result.delivered > 0) log.info("reminders.swept", { delivered: result.delivered, late: result.late, batches: result.batches });
  return result;
}

/** The scheduler's reminder sweep (see src/scheduler/sweeps.ts). */
export const remindersSweep: Sweep = {
  name: "reminders.due",
  run: async (services, now) => ({ processed: (await sweepReminders(services.db, now, services.log)).delivered }),
};
