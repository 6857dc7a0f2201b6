// Turns a platform identity into a Curbside actor (user row, organization, role).
import type { Kysely } from "kysely";
import type { Actor } from "../chat/command.ts";
import { ROLES, type ActorRef, type Role } from "../chat/model.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { findWorkspace, registerWorkspace } from "./workspaces.ts";

export interface ResolveOptions {
  /** Create the workspace (and an organization) when it is unknown, e.g. the console. */
  autoRegisterWorkspace: boolean;
  /** Time zone for a newly registered workspace. */
  defaultTimezone: string;
}

function toRole(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : "clinician";
}

/** Finds or creates the user behind `ref`; throws UNKNOWN_WORKSPACE for uninstalled workspaces. */
export async function resolveActor(db: Kysely<Database>, ref: ActorRef, options: ResolveOptions): Promise<Actor> {
  let workspace = await findWorkspace(db, ref.platform, ref.workspace);
  if (!workspace) {
    if (!options.autoRegisterWorkspace) {
      throw new AppError("UNKNOWN_WORKSPACE", "This workspace is not connected to Curbside. Ask your IT team to install the app here.", {
        platform: ref.platform,
      });
    }
    workspace = await registerWorkspace(db, {
      platform: ref.platform,
      externalId: ref.workspace,
      name: ref.platform === "console" ? "Local console" : null,
      timezone: options.defaultTimezone,
      organizationName: ref.platform === "console" ? "Local organization" : undefined,
    });
  }

  // The common case (a known user) costs this one query; a first visit adds an insert.
  const findUser = () =>
    db.selectFrom("users").selectAll().where("workspace_id", "=", workspace.id).where("external_id", "=", ref.user).executeTakeFirst();
  let user = await findUser();
  if (!user) {
    await db
      .insertInto("users")
      .values({
        organization_id: workspace.organization_id,
        workspace_id: workspace.id,
        external_id: ref.user,
        display_name: ref.displayName ?? null,
        role: ref.roleHint ?? "clinician",
      })
      .onConflict((oc) => oc.columns(["workspace_id", "external_id"]).doNothing())
      .execute();
    user = await findUser();
    if (!user) throw new AppError("INTERNAL", "Could not register your account; please try again.");
  }

  const wantsUpdate =
    (ref.roleIsAuthoritative && ref.roleHint && ref.roleHint !== user.role) ||
    (ref.displayName && ref.displayName !== user.display_name);
  if (wantsUpdate) {
    user = await db
      .updateTable("users")
      .set({
        ...(ref.roleIsAuthoritative && ref.roleHint ? { role: ref.roleHint } : {}),
        ...(ref.displayName ? { display_name: ref.displayName } : {}),
      })
      .where("id", "=", user.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  return {
    userId: user.id,
    organizationId: workspace.organization_id,
    workspaceId: workspace.id,
    role: toRole(user.role),
    platform: ref.platform,
    workspaceExternalId: ref.workspace,
    userExternalId: ref.user,
    displayName: user.display_name,
    timezone: user.timezone ?? workspace.timezone,
  };
}

/** Whether `role` is at least `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
