// Slack installations (multi-workspace OAuth): one row per Slack team, bot token
// encrypted at rest (AES-256-GCM). Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("slack_installations")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("team_id", "text", (c) => c.notNull().unique())
    .addColumn("enterprise_id", "text")
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    // "v1:<iv>:<tag>:<ciphertext>", base64; never the plain token.
    .addColumn("bot_token_enc", "text", (c) => c.notNull())
    .addColumn("bot_user_id", "text")
    .addColumn("bot_id", "text")
    .addColumn("scopes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("installer_user_id", "text")
    .addColumn("installed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("slack_installations").execute();
}
