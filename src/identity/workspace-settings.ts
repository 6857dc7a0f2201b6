// A workspace's settings that hospital IT controls: how the PHI guard treats identifiers
// in submitted text, whether a summary may be shown back with identifiers restored (to
// the asker only), and the workspace's default time zone. Every change is audited.
import type { Kysely } from "kysely";
import type { Actor } from "../chat/command.ts";
import type { Platform } from "../chat/model.ts";
import type { Database } from "../db/schema.ts";
import { audit } from "../audit.ts";
import { AppError } from "../errors.ts";
import { PHI_POLICIES, type PhiPolicy } from "../privacy/guard.ts";
import { canonicalTimeZone } from "./time-zone.ts";

/** A workspace's settings as shown to admins. */
export interface WorkspaceSettings {
  platform: Platform;
  externalId: string;
  name: string | null;
  organizationName: string;
  /** Other workspaces of the same organization. */
  linkedWorkspaces: number;
  timezone: string;
  phiPolicy: PhiPolicy;
  allowPhiRestore: boolean;
}

/** Reads the settings of the actor's workspace. */
export async function workspaceSettings(db: Kysely<Database>, actor: Actor): Promise<WorkspaceSettings> {
  const row = await db
    .selectFrom("workspaces as w")
    .innerJoin("organizations as o", "o.id", "w.organization_id")
    .select(["w.platform", "w.external_id", "w.name", "w.timezone", "w.phi_policy", "w.allow_phi_restore", "o.name as organization_name", "o.id as organization_id"])
    .where("w.id", "=", actor.workspaceId)
    .executeTakeFirstOrThrow();
  const linked = await db
    .selectFrom("workspaces")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("organization_id", "=", row.organization_id)
    .where("id", "!=", actor.workspaceId)
    .executeTakeFirstOrThrow();
  const policy = (PHI_POLICIES as readonly string[]).includes(row.phi_policy) ? (row.phi_policy as PhiPolicy) : "redact";
  return {
    platform: row.platform as Platform,
    externalId: row.external_id,
    name: row.name,
    organizationName: row.organization_name,
    linkedWorkspaces: Number(linked.n),
    timezone: row.timezone,
    phiPolicy: row.platform === "discord" ? "redact" : policy,
    allowPhiRestore: row.platform !== "discord" && row.allow_phi_restore,
  };
}

/** Sets the PHI policy of the actor's workspace. Discord may never hold PHI: only "redact" there. */
export async function setPhiPolicy(db: Kysely<Database>, actor: Actor, policy: PhiPolicy): Promise<void> {
  if (actor.platform === "discord" && policy !== "redact") {
    throw new AppError("NOT_ALLOWED", "Discord workspaces may never hold patient identifiers, so Curbside always removes them there; the policy cannot be changed.");
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("workspaces").set({ phi_policy: policy }).where("id", "=", actor.workspaceId).execute();
    await audit(trx, { organizationId: actor.organizationId, actorUserId: actor.userId, action: "workspace.phi_policy", subjectType: "workspace", subjectId: actor.workspaceId, meta: { policy } });
  });
}

/** Allows or forbids restoring identifiers in summaries shown to the asker. Never on Discord. */
export async function setPhiRestore(db: Kysely<Database>, actor: Actor, allow: boolean): Promise<void> {
  if (actor.platform === "discord" && allow) {
    throw new AppError("NOT_ALLOWED", "Discord workspaces may never show patient identifiers, so summaries there always keep placeholders.");
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("workspaces").set({ allow_phi_restore: allow }).where("id", "=", actor.workspaceId).execute();
    await audit(trx, { organizationId: actor.organizationId, actorUserId: actor.userId, action: "workspace.phi_restore", subjectType: "workspace", subjectId: actor.workspaceId, meta: { allow } });
  });
}

/** Sets the workspace's default time zone; returns its canonical name. */
export async function setWorkspaceTimeZone(db: Kysely<Database>, actor: Actor, zone: string): Promise<string> {
  const canonical = canonicalTimeZone(zone);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("workspaces").set({ timezone: canonical }).where("id", "=", actor.workspaceId).execute();
    await audit(trx, { organizationId: actor.organizationId, actorUserId: actor.userId, action: "workspace.timezone", subjectType: "workspace", subjectId: actor.workspaceId, meta: { timezone: canonical } });
  });
  return canonical;
}
