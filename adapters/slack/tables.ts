// The Slack adapter's own tables. They live with the adapter (src/ never reads Slack
// tokens); queries go through `slackDb`, the core Database plus these tables.
import type { Generated, Kysely } from "kysely";
import type { CreatedAt, Database } from "../../src/db/schema.ts";

export interface SlackInstallationsTable {
  id: Generated<number>;
  team_id: string;
  enterprise_id: string | null;
  workspace_id: number;
  bot_token_enc: string;
  bot_user_id: string | null;
  bot_id: string | null;
  scopes: Generated<string>;
  installer_user_id: string | null;
  installed_at: CreatedAt;
}

/** Accepted request signatures (replay protection shared by every process). */
export interface SlackSeenRequestsTable {
  signature: string;
  expires_at: Date;
}

/** The core tables plus the Slack adapter's. */
export interface SlackDatabase extends Database {
  slack_installations: SlackInstallationsTable;
  slack_seen_requests: SlackSeenRequestsTable;
}

/** Views the core database handle with the Slack table typed (same connection). */
export function slackDb(db: Kysely<Database>): Kysely<SlackDatabase> {
  return db as unknown as Kysely<SlackDatabase>;
}
