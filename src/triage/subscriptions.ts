// Who hears about a specialty's cases: triage channels (set by admins) and following
// specialists (DMs), on any platform of the organization.
import { sql, type Kysely } from "kysely";
import type { Platform } from "../chat/model.ts";
import type { DeliveryTarget } from "../chat/ports.ts";
import type { Database } from "../db/schema.ts";

/** A subscription as listed. */
export interface Subscription {
  /** Row id. */
  id: number;
  /** NUCC code. */
  specialtyCode: string;
  /** Channel or followed by a user. */
  kind: "channel" | "user";
  /** Platform of the target. */
  platform: Platform;
  /** Platform workspace id. */
  workspace: string;
  /** Channel id (kind "channel"). */
  channelId: string | null;
  /** Curbside user id (kind "user"). */
  userId: number | null;
  /** Platform user id (kind "user"). */
  userExternalId: string | null;
}

/** A target to notify, with the subscription it came from. */
export interface TriageTarget extends DeliveryTarget {
  /** Stable key of the target (for dedupe keys). */
  key: string;
  /** Curbside user id for DMs. */
  userId: number | null;
}

/** Adds a subscription; returns false when it already existed. */
export async function addSubscription(
  db: Kysely<Database>,
  input: { organizationId: number; specialtyCode: string; kind: "channel" | "user"; platform: Platform; workspace: string; channelId?: string; userId?: number; userExternalId?: string; createdBy: number; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto("triage_subscriptions")
    .values({
      organization_id: input.organizationId,
      specialty_code: input.specialtyCode,
      kind: input.kind,
      platform: input.platform,
      workspace: input.workspace,
      channel_id: input.channelId ?? null,
      user_id: input.userId ?? null,
      user_external_id: input.userExternalId ?? null,
      created_by: input.createdBy,
      created_at: input.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Removes a channel's or a user's subscription to a specialty; returns how many went. */
export async function removeSubscription(
  db: Kysely<Database>,
  input: { organizationId: number; specialtyCode: string } & ({ platform: Platform; workspace: string; channelId: string } | { userId: number }),
): Promise<number> {
  let query = db.deleteFrom("triage_subscriptions").where("organization_id", "=", input.organizationId).where("specialty_code", "=", input.specialtyCode);
  query = "userId" in input
    ? query.where("kind", "=", "user").where("user_id", "=", input.userId)
    : query.where("kind", "=", "channel").where("platform", "=", input.platform).where("workspace", "=", input.workspace).where("channel_id", "=", input.channelId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every subscription of the organization, optionally for one specialty. */
export async function listSubscriptions(db: Kysely<Database>, organizationId: number, specialtyCode?: string): Promise<Subscription[]> {
  let query = db.selectFrom("triage_subscriptions").selectAll().where("organization_id", "=", organizationId);
  if (specialtyCode) query = query.where("specialty_code", "=", specialtyCode);
  const rows = await query.orderBy("specialty_code").orderBy("kind").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    specialtyCode: r.specialty_code,
    kind: r.kind,
    platform: r.platform as Platform,
    workspace: r.workspace,
    channelId: r.channel_id,
    userId: r.user_id,
    userExternalId: r.user_external_id,
  }));
}

/**
 * Where a case of `specialtyCode` is posted: every triage channel, and every following
 * specialist who is not away at `now` (and is not `excludeUserId`, the requester).
 */
export async function triageTargets(db: Kysely<Database>, organizationId: number, specialtyCode: string, now: Date, excludeUserId?: number): Promise<TriageTarget[]> {
  const rows = await db
    .selectFrom("triage_subscriptions as s")
    .leftJoin("users as u", "u.id", "s.user_id")
    .select(["s.kind", "s.platform", "s.workspace", "s.channel_id", "s.user_id", "s.user_external_id"])
    .where("s.organization_id", "=", organizationId)
    .where("s.specialty_code", "=", specialtyCode)
    .where((eb) => eb.or([eb("s.kind", "=", "channel"), eb.or([eb("u.away_until", "is", null), eb("u.away_until", "<=", now)])]))
    .orderBy("s.id")
    .execute();
  return rows
    .filter((r) => !(r.kind === "user" && excludeUserId !== undefined && r.user_id === excludeUserId))
    .map((r) =>
      r.kind === "channel"
        ? { platform: r.platform as Platform, workspace: r.workspace, to: { channel: r.channel_id! }, key: `${r.platform}:${r.workspace}:#${r.channel_id}`, userId: null }
        : { platform: r.platform as Platform, workspace: r.workspace, to: { user: r.user_external_id! }, key: `${r.platform}:${r.workspace}:@${r.user_external_id}`, userId: r.user_id },
    );
}

/** Where to DM a Curbside user (their own platform and workspace). */
export async function userTarget(db: Kysely<Database>, userId: number): Promise<(DeliveryTarget & { key: string; name: string }) | undefined> {
  const row = await db
    .selectFrom("users as u")
    .innerJoin("workspaces as w", "w.id", "u.workspace_id")
    .select(["w.platform", "w.external_id as workspace", "u.external_id", "u.display_name"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    platform: row.platform as Platform,
    workspace: row.workspace,
    to: { user: row.external_id },
    key: `${row.platform}:${row.workspace}:@${row.external_id}`,
    name: row.display_name ?? row.external_id,
  };
}

/** The organization's admins (for the last escalation level). */
export async function adminIds(db: Kysely<Database>, organizationId: number): Promise<number[]> {
  const rows = await db.selectFrom("users").select("id").where("organization_id", "=", organizationId).where("role", "=", "admin").orderBy("id").execute();
  return rows.map((r) => r.id);
}

/** Specialty codes with at least one subscription (for `/triage list`). */
export async function subscribedSpecialtyCount(db: Kysely<Database>, organizationId: number): Promise<number> {
  const row = await db
    .selectFrom("triage_subscriptions")
    .select(sql<number>`count(distinct specialty_code)::int`.as("n"))
    .where("organization_id", "=", organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
