// Writing deliveries to the outbox, inside the caller's transaction, so a message is
// queued if and only if the change that caused it commits.
import type { Insertable, Kysely } from "kysely";
import type { Reply } from "../chat/model.ts";
import type { DeliveryTarget } from "../chat/ports.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import type { OutboxTable } from "./tables.ts";

/** A new message to post. */
export interface OutboxPost {
  /** Organization the delivery belongs to. */
  organizationId: number;
  /** Platform, workspace and channel/thread or user. */
  target: DeliveryTarget;
  /** What to post (neutral reply; rendered by the platform's gateway). */
  reply: Reply;
  /** What the delivery is about, e.g. "case.posted", "reminder.due". */
  topic: string;
  /** The thing it concerns, e.g. { type: "case", id: 42 }. */
  subject?: { type: string; id: string | number };
  /** Unique key: a second enqueue with the same key is ignored (returns the first id). */
  dedupeKey?: string;
  /** Creation time and earliest delivery time (the caller's clock). */
  now: Date;
  /** Do not deliver before this instant (defaults to `now`). */
  notBefore?: Date;
}

/** An edit of a message an earlier delivery posted. */
export interface OutboxUpdate {
  /** Organization the delivery belongs to. */
  organizationId: number;
  /** Outbox id of the earlier "post" delivery whose message is edited. */
  updateOf: number;
  /** The message's new content. */
  reply: Reply;
  /** What the edit is about, e.g. "case.claimed". */
  topic: string;
  /** The thing it concerns. */
  subject?: { type: string; id: string | number };
  /** Unique key (see OutboxPost.dedupeKey). */
  dedupeKey?: string;
  /** Creation time (the caller's clock). */
  now: Date;
}

function targetJson(target: DeliveryTarget): string {
  return JSON.stringify("user" in target.to ? { user: target.to.user } : { channel: target.to.channel, ...(target.to.threadId ? { threadId: target.to.threadId } : {}) });
}

async function insertRow(trx: Kysely<Database>, row: Insertable<OutboxTable> & { dedupe_key: string | null }): Promise<number> {
  const inserted = await trx
    .insertInto("outbox")
    .values(row)
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted || row.dedupe_key === null) return inserted!.id;
  const existing = await trx.selectFrom("outbox").select("id").where("dedupe_key", "=", row.dedupe_key).executeTakeFirstOrThrow();
  return existing.id;
}

/** Queues a post; returns its outbox id. Call it with the transaction of the change. */
export async function enqueue(trx: Kysely<Database>, delivery: OutboxPost): Promise<number> {
  return insertRow(trx, postRow(delivery));
}

/**
 * Queues many posts in one statement (sweeps delivering a batch); returns how many rows
 * were added. A post whose dedupe key is already queued is skipped, as with `enqueue`.
 */
export async function enqueueMany(trx: Kysely<Database>, deliveries: readonly OutboxPost[]): Promise<number> {
  if (deliveries.length === 0) return 0;
  const inserted = await trx
    .insertInto("outbox")
    .values(deliveries.map(postRow))
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}

function postRow(delivery: OutboxPost): Insertable<OutboxTable> & { dedupe_key: string | null } {
  return {
    organization_id: delivery.organizationId,
    platform: delivery.target.platform,
    workspace: delivery.target.workspace,
    target: targetJson(delivery.target),
    payload: JSON.stringify(delivery.reply),
    kind: "post",
    update_of: null,
    topic: delivery.topic,
    subject_type: delivery.subject?.type ?? null,
    subject_id: delivery.subject === undefined ? null : String(delivery.subject.id),
    dedupe_key: delivery.dedupeKey ?? null,
    next_attempt_at: delivery.notBefore ?? delivery.now,
    created_at: delivery.now,
  };
}

/**
 * Queues an edit of the message that delivery `updateOf` posted. It is delivered after
 * that post lands; when several edits of one message are queued, only the newest is sent.
 */
export async function enqueueUpdate(trx: Kysely<Database>, update: OutboxUpdate): Promise<number> {
  const original = await trx
    .selectFrom("outbox")
    .select(["id", "platform", "workspace", "target", "kind", "organization_id"])
    .where("id", "=", update.updateOf)
    .executeTakeFirst();
  if (!original || original.kind !== "post" || original.organization_id !== update.organizationId) {
    throw new AppError("NOT_FOUND", "That message can no longer be updated.", { outboxId: update.updateOf });
  }
  return insertRow(trx, {
    organization_id: update.organizationId,
    platform: original.platform,
    workspace: original.workspace,
    target: JSON.stringify(original.target),
    payload: JSON.stringify(update.reply),
    kind: "update",
    update_of: original.id,
    topic: update.topic,
    subject_type: update.subject?.type ?? null,
    subject_id: update.subject === undefined ? null : String(update.subject.id),
    dedupe_key: update.dedupeKey ?? null,
    next_attempt_at: update.now,
    created_at: update.now,
  });
}
