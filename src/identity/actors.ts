// Turns a platform identity into a Curbside actor (user row, organization, role).
import { sql, type Kysely, type Selectable } from "kysely";
import type { Actor } from "../chat/command.ts";
import { ROLES, type ActorRef, type Role } from "../chat/model.ts";
import type { Database, UsersTable } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { registerWorkspace, type Workspace } from "./workspaces.ts";

export interface ResolveOptions {
  /** Create the workspace (and an organization) when it is unknown, e.g. the console. */
  autoRegisterWorkspace: boolean;
  /** Time zone for a newly registered workspace. */
  defaultTimezone: string;
}

function toRole(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : "clinician";
}

/** The workspace and (when known) the user behind an actor ref, read together. */
interface IdentityRow {
  workspace_id: number;
  organization_id: number;
  workspace_timezone: string;
  user_id: number | null;
  role: string | null;
  display_name: string | null;
  user_timezone: string | null;
}

/**
 * Reads the workspace and its user in one round trip (this runs before every command,
 * button and form). A raw statement: the query builder spent about as long compiling
 * the join as the embedded database spent running it.
 */
async function findIdentity(db: Kysely<Database>, ref: ActorRef): Promise<IdentityRow | undefined> {
  const { rows } = await sql<IdentityRow>`
    select w.id as workspace_id, w.organization_id, w.timezone as workspace_timezone,
           u.id as user_id, u.role, u.display_name, u.timezone as user_timezone
    from workspaces w
    left join users u on u.workspace_id = w.id and u.external_id = ${ref.user}
    where w.platform = ${ref.platform} and w.external_id = ${ref.workspace}`.execute(db);
  return rows[0];
}

/** Finds or creates the user behind `ref`; throws UNKNOWN_WORKSPACE for uninstalled workspaces. */
export async function resolveActor(db: Kysely<Database>, ref: ActorRef, options: ResolveOptions): Promise<Actor> {
  // The common case (a known user in a known workspace) costs this one query.
  const known = await findIdentity(db, ref);
  let workspace: Pick<Workspace, "id" | "organization_id" | "timezone">;
  if (known) {
    workspace = { id: known.workspace_id, organization_id: known.organization_id, timezone: known.workspace_timezone };
  } else {
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

  let user: Pick<Selectable<UsersTable>, "id" | "role" | "display_name" | "timezone"> | undefined =
    known?.user_id != null ? { id: known.user_id, role: known.role!, display_name: known.display_name, timezone: known.user_timezone } : undefined;
  if (!user) {
    // A first visit: insert, then read back (another request may have inserted first).
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
    user = await db.selectFrom("users").select(["id", "role", "display_name", "timezone"]).where("workspace_id", "=", workspace.id).where("external_id", "=", ref.user).executeTakeFirst();
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
      .returning(["id", "role", "display_name", "timezone"])
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
