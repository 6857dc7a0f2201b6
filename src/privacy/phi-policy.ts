// Reads a workspace's PHI settings (workspaces.phi_policy, workspaces.allow_phi_restore).
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { effectivePhiPolicy, PHI_POLICIES, type PhiPolicy } from "./guard.ts";
import type { Platform } from "../chat/model.ts";

/**
 * The policy the guard applies in a workspace. An unknown value or workspace falls back to
 * "redact" (the safe default), and Discord workspaces are always "redact".
 */
export async function workspacePhiPolicy(db: Kysely<Database>, workspaceId: number): Promise<PhiPolicy> {
  const row = await db.selectFrom("workspaces").select(["phi_policy", "platform"]).where("id", "=", workspaceId).executeTakeFirst();
  if (!row) return "redact";
  const stored = (PHI_POLICIES as readonly string[]).includes(row.phi_policy) ? (row.phi_policy as PhiPolicy) : "redact";
  return effectivePhiPolicy(stored, row.platform as Platform);
}

/** Whether a workspace lets a redacted summary be shown back with the originals restored. */
export async function workspaceAllowsPhiRestore(db: Kysely<Database>, workspaceId: number): Promise<boolean> {
  const row = await db.selectFrom("workspaces").select(["allow_phi_restore", "platform"]).where("id", "=", workspaceId).executeTakeFirst();
  return !!row && row.allow_phi_restore && row.platform !== "discord";
}
