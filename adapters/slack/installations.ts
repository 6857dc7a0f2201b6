// Which Slack teams Curbside serves, and with which bot token.
// - Multi-workspace (OAuth): one slack_installations row per team, token encrypted.
// - Single-workspace (SLACK_BOT_TOKEN): SLACK_TEAM_ID names the team; without it the
//   first team that sends a correctly signed request is registered and pinned, and
//   every other team is told the app is not installed there.
// Each installed team is a Curbside workspace in an organization: the first install
// creates the organization; `curbside slack link` moves a team into another's.
import type { Installation, InstallationQuery, InstallationStore } from "@slack/oauth";
import type { Kysely } from "kysely";
import { audit } from "../../src/audit.ts";
import type { Clock } from "../../src/chat/ports.ts";
import type { Database } from "../../src/db/schema.ts";
import { findWorkspace, registerWorkspace } from "../../src/identity/workspaces.ts";
import { slackDb } from "./tables.ts";
import type { TokenCipher } from "./token-cipher.ts";

/** What the adapter needs to act for one team. */
export interface SlackAccess {
  /** Slack team id. */
  teamId: string;
  /** Curbside workspace id. */
  workspaceId: number;
  /** Curbside organization id. */
  organizationId: number;
  /** Bot token (absent when running without one: replies still go in the ack body). */
  botToken?: string;
  /** Bot user id, when known. */
  botUserId?: string;
}

/** What an OAuth install hands over. */
export interface NewInstallation {
  /** Slack team id. */
  teamId: string;
  /** Team name (for the workspace row). */
  teamName?: string | null;
  /** Enterprise Grid id, when any. */
  enterpriseId?: string | null;
  /** Plain bot token; encrypted before it is stored. */
  botToken: string;
  /** Bot user id. */
  botUserId?: string | null;
  /** Bot id. */
  botId?: string | null;
  /** Granted scopes. */
  scopes?: string[];
  /** Slack user who installed. */
  installerUserId?: string | null;
}

export type InstallMode =
  | { kind: "multi"; cipher: TokenCipher }
  | { kind: "single"; botToken?: string; teamId?: string };

const CACHE_MS = 60_000;

/** Looks up, records and removes Slack installs. */
export class SlackInstallations {
  private readonly cache = new Map<string, { access: SlackAccess; until: number }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly mode: InstallMode,
    private readonly clock: Clock,
    private readonly defaultTimezone: string,
  ) {}

  /** Access for `teamId`, or undefined when Curbside is not installed there. Single mode may pin the team. */
  async access(teamId: string): Promise<SlackAccess | undefined> {
    const cached = this.cachedAccess(teamId);
    if (cached) return cached;
    const now = this.clock.now().getTime();
    const access = this.mode.kind === "multi" ? await this.fromInstallation(teamId) : await this.fromSingleMode(teamId, this.mode);
    if (access) this.cache.set(teamId, { access, until: now + CACHE_MS });
    return access;
  }

  /** Access for `teamId` only if it is cached and fresh (no database); undefined means "ask access()". */
  cachedAccess(teamId: string): SlackAccess | undefined {
    const cached = this.cache.get(teamId);
    return cached && cached.until > this.clock.now().getTime() ? cached.access : undefined;
  }

  private async fromInstallation(teamId: string): Promise<SlackAccess | undefined> {
    if (this.mode.kind !== "multi") return undefined;
    const row = await slackDb(this.db)
      .selectFrom("slack_installations as i")
      .innerJoin("workspaces as w", "w.id", "i.workspace_id")
      .select(["i.team_id", "i.workspace_id", "w.organization_id", "i.bot_token_enc", "i.bot_user_id"])
      .where("i.team_id", "=", teamId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      teamId,
      workspaceId: row.workspace_id,
      organizationId: row.organization_id,
      botToken: this.mode.cipher.decrypt(row.bot_token_enc),
      ...(row.bot_user_id ? { botUserId: row.bot_user_id } : {}),
    };
  }

  private async fromSingleMode(teamId: string, mode: { botToken?: string; teamId?: string }): Promise<SlackAccess | undefined> {
    if (mode.teamId && mode.teamId !== teamId) return undefined;
    let workspace = await findWorkspace(this.db, "slack", teamId);
    if (!workspace) {
      if (!mode.teamId) {
        const other = await this.db.selectFrom("workspaces").select("id").where("platform", "=", "slack").executeTakeFirst();
        if (other) return undefined;
      }
      workspace = await registerWorkspace(this.db, { platform: "slack", externalId: teamId, timezone: this.defaultTimezone, organizationName: `Slack ${teamId}` });
      await audit(this.db, { organizationId: workspace.organization_id, actorUserId: null, action: "slack.pinned", subjectType: "workspace", subjectId: workspace.id });
    }
    return { teamId, workspaceId: workspace.id, organizationId: workspace.organization_id, ...(mode.botToken ? { botToken: mode.botToken } : {}) };
  }

  /** Records an OAuth install: the first install of a team creates its organization. */
  async save(input: NewInstallation): Promise<SlackAccess> {
    if (this.mode.kind !== "multi") throw new Error("OAuth installs need SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and CURBSIDE_ENCRYPTION_KEY");
    const workspace = await registerWorkspace(this.db, {
      platform: "slack",
      externalId: input.teamId,
      name: input.teamName ?? null,
      timezone: this.defaultTimezone,
    });
    const values = {
      enterprise_id: input.enterpriseId ?? null,
      workspace_id: workspace.id,
      bot_token_enc: this.mode.cipher.encrypt(input.botToken),
      bot_user_id: input.botUserId ?? null,
      bot_id: input.botId ?? null,
      scopes: (input.scopes ?? []).join(","),
      installer_user_id: input.installerUserId ?? null,
      installed_at: this.clock.now(),
    };
    await slackDb(this.db)
      .insertInto("slack_installations")
      .values({ team_id: input.teamId, ...values })
      .onConflict((oc) => oc.column("team_id").doUpdateSet(values))
      .execute();
    await audit(this.db, { organizationId: workspace.organization_id, actorUserId: null, action: "slack.installed", subjectType: "workspace", subjectId: workspace.id });
    this.cache.delete(input.teamId);
    return { teamId: input.teamId, workspaceId: workspace.id, organizationId: workspace.organization_id, botToken: input.botToken };
  }

  /** Forgets a team's token (app_uninstalled, tokens_revoked). The workspace's data stays. */
  async remove(teamId: string): Promise<boolean> {
    this.cache.delete(teamId);
    const removed = await slackDb(this.db).deleteFrom("slack_installations").where("team_id", "=", teamId).returning("workspace_id").executeTakeFirst();
    if (!removed) return false;
    const workspace = await this.db.selectFrom("workspaces").select("organization_id").where("id", "=", removed.workspace_id).executeTakeFirst();
    await audit(this.db, { organizationId: workspace?.organization_id ?? null, actorUserId: null, action: "slack.uninstalled", subjectType: "workspace", subjectId: removed.workspace_id });
    return true;
  }

  /** The InstallationStore @slack/oauth's InstallProvider writes to. */
  oauthStore(): InstallationStore {
    return {
      storeInstallation: async (installation: Installation) => {
        const teamId = installation.team?.id;
        if (!teamId || !installation.bot?.token) throw new Error("Only workspace installs with a bot token are supported");
        await this.save({
          teamId,
          teamName: installation.team?.name ?? null,
          enterpriseId: installation.enterprise?.id ?? null,
          botToken: installation.bot.token,
          botUserId: installation.bot.userId ?? null,
          botId: installation.bot.id ?? null,
          scopes: installation.bot.scopes ?? [],
          installerUserId: installation.user?.id ?? null,
        });
      },
      fetchInstallation: async (query: InstallationQuery<boolean>) => {
        const access = query.teamId ? await this.access(query.teamId) : undefined;
        if (!access?.botToken) throw new Error("No installation for that team");
        return { team: { id: access.teamId }, enterprise: undefined, user: { id: "", token: undefined, scopes: undefined }, bot: { token: access.botToken, userId: access.botUserId ?? "", id: "", scopes: [] } } as Installation;
      },
      deleteInstallation: async (query: InstallationQuery<boolean>) => {
        if (query.teamId) await this.remove(query.teamId);
      },
    };
  }
}

/**
 * Moves the Slack team `teamId` into the organization of `intoTeamId` (an admin links
 * a second workspace to an existing organization). Users of the team move with it.
 */
export async function linkSlackWorkspace(db: Kysely<Database>, teamId: string, intoTeamId: string): Promise<{ organizationId: number }> {
  const [from, into] = await Promise.all([findWorkspace(db, "slack", teamId), findWorkspace(db, "slack", intoTeamId)]);
  if (!from) throw new Error(`Slack team ${teamId} is not installed`);
  if (!into) throw new Error(`Slack team ${intoTeamId} is not installed`);
  if (from.organization_id === into.organization_id) return { organizationId: into.organization_id };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("workspaces").set({ organization_id: into.organization_id }).where("id", "=", from.id).execute();
    await trx.updateTable("users").set({ organization_id: into.organization_id }).where("workspace_id", "=", from.id).execute();
    await audit(trx, { organizationId: into.organization_id, actorUserId: null, action: "slack.linked", subjectType: "workspace", subjectId: from.id, meta: { fromOrganizationId: from.organization_id } });
  });
  return { organizationId: into.organization_id };
}
