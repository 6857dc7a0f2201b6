// Workspaces and their organizations. A workspace is one install on one platform; an
// organization can span several workspaces on different platforms.
import type { Kysely, Selectable } from "kysely";
import type { Database, WorkspacesTable } from "../db/schema.ts";
import type { Platform } from "../chat/model.ts";

export type Workspace = Selectable<WorkspacesTable>;

/** Finds a workspace by platform and external id. */
export async function findWorkspace(db: Kysely<Database>, platform: Platform, externalId: string): Promise<Workspace | undefined> {
  return db.selectFrom("workspaces").selectAll().where("platform", "=", platform).where("external_id", "=", externalId).executeTakeFirst();
}

/**
 * Registers a workspace, creating an organization for it unless `organizationId` names
 * one to join. Idempotent: an existing workspace is returned unchanged.
 */
export async function registerWorkspace(
  db: Kysely<Database>,
  input: { platform: Platform; externalId: string; name?: string | null; timezone: string; organizationId?: number; organizationName?: string },
): Promise<Workspace> {
  const existing = await findWorkspace(db, input.platform, input.externalId);
  if (existing) return existing;
  return db.transaction().execute(async (trx) => {
    const organizationId =
      input.organizationId ??
      (await trx
        .insertInto("organizations")
        .values({ name: input.organizationName ?? input.name ?? `${input.platform} ${input.externalId}` })
        .returning("id")
        .executeTakeFirstOrThrow()).id;
    const inserted = await trx
      .insertInto("workspaces")
      .values({ organization_id: organizationId, platform: input.platform, external_id: input.externalId, name: input.name ?? null, timezone: input.timezone })
      .onConflict((oc) => oc.columns(["platform", "external_id"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return inserted;
    // Another process registered it first; drop our organization if we made one.
    if (input.organizationId === undefined) await trx.deleteFrom("organizations").where("id", "=", organizationId).execute();
    return (await findWorkspace(trx, input.platform, input.externalId))!;
  });
}
