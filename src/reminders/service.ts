// Reminder rules: create (limits, case check, PHI guard), list, cancel, and the Done /
// Snooze buttons. Every query is scoped by the actor's organization.
import { sql, type Kysely, type Selectable } from "kysely";
import { DateTime } from "luxon";
import type { Actor } from "../chat/command.ts";
import type { ChannelRef } from "../chat/model.ts";
import type { DeliveryTarget } from "../chat/ports.ts";
import { audit } from "../audit.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { parseReminderRequest, type ReminderRequest } from "./request.ts";
import type { ReminderTarget, RemindersTable } from "./tables.ts";

export type Reminder = Selectable<RemindersTable>;

/** Most pending reminders one person may have set. */
export const MAX_ACTIVE_REMINDERS = 100;

/** Turns reminder text into what may be stored (the PHI guard). */
export type TextGuard = (db: Kysely<Database>, actor: Actor, text: string) => Promise<{ text: string; removed: string | null; confirm: boolean }>;

/** How long a held reminder can still be confirmed. */
export const HELD_REMINDER_TTL_MS = 60 * 60_000;

/** What creating a reminder needs. */
export interface CreateInput {
  /** Who sets it. */
  actor: Actor;
  /** Where /remind was typed ("here" targets it). */
  channel: ChannelRef;
  /** What follows /remind. */
  text: string;
  /** The current instant. */
  now: Date;
  /** The PHI guard for the text. */
  guard: TextGuard;
}

/** A created reminder and how it was understood. */
export interface Created {
  /** The stored row. */
  reminder: Reminder;
  /** The parsed request. */
  request: ReminderRequest;
  /** Whether the case id could be checked (false when there is no cases table yet). */
  caseChecked: boolean;
  /** What the PHI guard removed ("1 name"), or null. */
  removed: string | null;
  /** Held for the author's "Post redacted" (status "held") under a "warn" policy. */
  held: boolean;
}

/** Whether the database has a table by that name (features land independently). */
export async function tableExists(db: Kysely<Database>, table: string): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`select to_regclass(${`public.${table}`})::text as found`.execute(db);
  return rows[0]?.found != null;
}

async function resolveTarget(db: Kysely<Database>, actor: Actor, channel: ChannelRef, request: ReminderRequest): Promise<{ to: ReminderTarget; userId: number | null }> {
  switch (request.target.kind) {
    case "me":
      return { to: { user: actor.userExternalId }, userId: actor.userId };
    case "here":
      return { to: { channel: channel.id, ...(channel.threadId ? { threadId: channel.threadId } : {}) }, userId: null };
    case "user": {
      const user = await db
        .selectFrom("users")
        .select("id")
        .where("workspace_id", "=", actor.workspaceId)
        .where("external_id", "=", request.target.user)
        .executeTakeFirst();
      return { to: { user: request.target.user }, userId: user?.id ?? null };
    }
  }
}

async function checkCase(db: Kysely<Database>, actor: Actor, caseId: number): Promise<boolean> {
  if (!(await tableExists(db, "cases"))) return false;
  const { rows } = await sql<{ id: number }>`select id from cases where id = ${caseId} and organization_id = ${actor.organizationId}`.execute(db);
  if (rows.length === 0) throw new AppError("NOT_FOUND", `There is no case #${caseId} in your organization. Check the number with your case list, or leave out \`case <id>\`.`, { caseId });
  return true;
}

/** Parses, checks and stores a reminder; throws a user-safe AppError when anything is wrong. */
export async function createReminder(db: Kysely<Database>, input: CreateInput): Promise<Created> {
  const { actor, channel, now } = input;
  const request = parseReminderRequest(input.text, now, actor.timezone);
  const caseChecked = request.caseId === undefined ? false : await checkCase(db, actor, request.caseId);
  const guarded = await input.guard(db, actor, request.text);
  const target = await resolveTarget(db, actor, channel, request);

  const reminder = await db.transaction().execute(async (trx) => {
    // Serialise one person's creations so two at once cannot pass the limit together.
    await trx.selectFrom("users").select("id").where("id", "=", actor.userId).forUpdate().execute();
    // Held reminders nobody confirmed within the hour are dropped.
    await trx
      .deleteFrom("reminders")
      .where("creator_user_id", "=", actor.userId)
      .where("status", "=", "held")
      .where("created_at", "<=", new Date(now.getTime() - HELD_REMINDER_TTL_MS))
      .execute();
    const { count } = await trx
      .selectFrom("reminders")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("creator_user_id", "=", actor.userId)
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_ACTIVE_REMINDERS) {
      throw new AppError(
        "CONFLICT",
        `You already have ${MAX_ACTIVE_REMINDERS} active reminders, the most allowed. See them with \`/remind list\` and remove some with \`/remind cancel <id>\`.`,
        { reason: "too_many" },
      );
    }
    const row = await trx
      .insertInto("reminders")
      .values({
        organization_id: actor.organizationId,
        workspace_id: actor.workspaceId,
        creator_user_id: actor.userId,
        platform: actor.platform,
        workspace: actor.workspaceExternalId,
        target: JSON.stringify(target.to),
        target_user_id: target.userId,
        text: guarded.text,
        status: guarded.confirm ? "held" : "pending",
        case_id: request.caseId ?? null,
        timezone: actor.timezone,
        rrule: request.schedule.kind === "recurring" ? request.schedule.rule : null,
        due_at: request.schedule.dueAt,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: "reminder.created",
      subjectType: "reminder",
      subjectId: row.id,
      meta: { recurring: row.rrule !== null, target: request.target.kind, caseId: request.caseId ?? null, held: guarded.confirm },
      at: now,
    });
    return row;
  });
  return { reminder, request, caseChecked, removed: guarded.removed, held: guarded.confirm };
}

function heldGone(id: number): AppError {
  return new AppError("NOT_FOUND", `Reminder #${id} is no longer waiting for confirmation (it was posted, discarded or expired after an hour). Set it again with \`/remind\`.`, { reminderId: id });
}

/** "Post redacted" on a held reminder: it becomes pending (and fires when due). */
export async function confirmHeldReminder(db: Kysely<Database>, actor: Actor, id: number, now: Date): Promise<Reminder> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("reminders")
      .set({ status: "pending", updated_at: now })
      .where("id", "=", id)
      .where("creator_user_id", "=", actor.userId)
      .where("status", "=", "held")
      .where("created_at", ">", new Date(now.getTime() - HELD_REMINDER_TTL_MS))
      .returningAll()
      .executeTakeFirst();
    if (!row) throw heldGone(id);
    await audit(trx, { organizationId: actor.organizationId, actorUserId: actor.userId, action: "reminder.confirmed", subjectType: "reminder", subjectId: id, at: now });
    return row;
  });
}

/** "Edit" on a held reminder: it is dropped (only its redacted text was ever stored). */
export async function discardHeldReminder(db: Kysely<Database>, actor: Actor, id: number): Promise<void> {
  const result = await db.deleteFrom("reminders").where("id", "=", id).where("creator_user_id", "=", actor.userId).where("status", "=", "held").executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw heldGone(id);
}

/** Pending reminders the actor set or receives, soonest first. */
export async function listReminders(db: Kysely<Database>, actor: Actor, limit = 50): Promise<{ reminders: Reminder[]; total: number }> {
  const scope = db
    .selectFrom("reminders")
    .where("organization_id", "=", actor.organizationId)
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("creator_user_id", "=", actor.userId), eb("target_user_id", "=", actor.userId)]));
  const [reminders, counted] = await Promise.all([
    scope.selectAll().orderBy("due_at").orderBy("id").limit(limit).execute(),
    scope.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow(),
  ]);
  return { reminders, total: Number(counted.count) };
}

function notFound(id: number): AppError {
  return new AppError("NOT_FOUND", `There is no reminder #${id} of yours. See your reminders with \`/remind list\`.`, { reminderId: id });
}

/**
 * A reminder the actor may press Done or Snooze on. A held one is not set yet: only its
 * author's "Post redacted" sets it, so to these buttons it does not exist. A cancelled
 * one stays cancelled.
 */
async function findOwn(db: Kysely<Database>, actor: Actor, id: number): Promise<Reminder> {
  const row = await db.selectFrom("reminders").selectAll().where("id", "=", id).where("organization_id", "=", actor.organizationId).executeTakeFirst();
  if (!row || row.status === "held") throw notFound(id);
  if (row.status === "cancelled") throw new AppError("CONFLICT", `Reminder #${id} was cancelled; set a new one with \`/remind\`.`, { reminderId: id });
  const mine = row.creator_user_id === actor.userId || row.target_user_id === actor.userId || ("user" in row.target && row.target.user === actor.userExternalId && row.workspace_id === actor.workspaceId);
  // Channel reminders may be handled by anyone in the organization who sees them.
  if (!mine && "user" in row.target) throw notFound(id);
  return row;
}

/** Cancels a pending reminder the actor set (or an admin of the organization). */
export async function cancelReminder(db: Kysely<Database>, actor: Actor, id: number, now: Date): Promise<Reminder> {
  const row = await db.selectFrom("reminders").selectAll().where("id", "=", id).where("organization_id", "=", actor.organizationId).executeTakeFirst();
  if (!row || (row.creator_user_id !== actor.userId && row.target_user_id !== actor.userId && actor.role !== "admin")) throw notFound(id);
  if (row.status !== "pending") {
    throw new AppError("CONFLICT", `Reminder #${id} is already ${row.status}; there is nothing to cancel. See \`/remind list\`.`, { reminderId: id, status: row.status });
  }
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("reminders")
      .set({ status: "cancelled", updated_at: now })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("CONFLICT", `Reminder #${id} changed just now; see \`/remind list\`.`, { reminderId: id });
    await audit(trx, { organizationId: actor.organizationId, actorUserId: actor.userId, action: "reminder.cancelled", subjectType: "reminder", subjectId: id, at: now });
    return updated;
  });
}

/** Marks a delivered reminder done ("Done" button). A recurring one keeps its schedule. */
export async function markDone(db: Kysely<Database>, actor: Actor, id: number, now: Date): Promise<Reminder> {
  const row = await findOwn(db, actor, id);
  const updated =
    row.rrule === null && row.status === "delivered"
      ? await db.updateTable("reminders").set({ status: "done", updated_at: now }).where("id", "=", id).where("status", "=", "delivered").returningAll().executeTakeFirst()
      : undefined;
  await audit(db, { organizationId: actor.organizationId, actorUserId: actor.userId, action: "reminder.done", subjectType: "reminder", subjectId: id, at: now });
  return updated ?? row;
}

/** When "Snooze until tomorrow" fires: 09:00 tomorrow in the reminder's zone. */
export function tomorrowMorning(now: Date, zone: string): Date {
  return DateTime.fromJSDate(now, { zone }).plus({ days: 1 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

/**
 * Snoozes a delivered occurrence until `until`. A one-off reminder is rescheduled; a
 * recurring one gets a one-off copy so the series keeps its own schedule.
 */
export async function snoozeReminder(db: Kysely<Database>, actor: Actor, id: number, until: Date, now: Date): Promise<Reminder> {
  const row = await findOwn(db, actor, id);
  return db.transaction().execute(async (trx) => {
    let result: Reminder | undefined;
    if (row.rrule === null) {
      result = await trx
        .updateTable("reminders")
        .set({ status: "pending", due_at: until, updated_at: now })
        .where("id", "=", id)
        .where("status", "in", ["delivered", "done", "pending"])
        .returningAll()
        .executeTakeFirst();
    } else {
      result = await trx
        .insertInto("reminders")
        .values({
          organization_id: row.organization_id,
          workspace_id: row.workspace_id,
          creator_user_id: row.creator_user_id,
          platform: row.platform,
          workspace: row.workspace,
          target: JSON.stringify(row.target),
          target_user_id: row.target_user_id,
          text: row.text,
          case_id: row.case_id,
          timezone: row.timezone,
          rrule: null,
          due_at: until,
          snoozed_from: row.id,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirst();
    }
    if (!result) throw notFound(id);
    await audit(trx, { organizationId: actor.organizationId, actorUserId: actor.userId, action: "reminder.snoozed", subjectType: "reminder", subjectId: id, meta: { until: until.toISOString() }, at: now });
    return result;
  });
}

/** The delivery target of a stored reminder. */
export function deliveryTargetOf(row: Reminder): DeliveryTarget {
  return { platform: row.platform as DeliveryTarget["platform"], workspace: row.workspace, to: row.target };
}
