// The outbox: every message Curbside must deliver to a chat platform later (triage posts,
// escalations, reminders), written in the same transaction as the change that caused it,
// and the console platform's delivered messages. Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("platform", "text", (c) => c.notNull())
    // The platform's id of the target workspace.
    .addColumn("workspace", "text", (c) => c.notNull())
    // {"channel": "...", "threadId"?: "..."} or {"user": "..."}
    .addColumn("target", "jsonb", (c) => c.notNull())
    // The neutral Reply to render.
    .addColumn("payload", "jsonb", (c) => c.notNull())
    // "post" a new message, or "update" the message an earlier delivery (update_of) posted.
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("post"))
    .addColumn("update_of", "bigint", (c) => c.references("outbox.id").onDelete("cascade"))
    // What the delivery is about, e.g. "case.posted", "case.escalated", "reminder.due".
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("subject_type", "text")
    .addColumn("subject_id", "text")
    .addColumn("dedupe_key", "text", (c) => c.unique())
    // pending | sending | delivered | dead
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    // When the row may next be tried (for "sending": when the claim lease runs out).
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull())
    // Stable error code of the last failure; never error text.
    .addColumn("last_error_code", "text")
    // {"platform","workspace","channel","messageId"} of the posted message, for edits.
    .addColumn("message_ref", "jsonb")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("delivered_at", "timestamptz")
    .execute();
  await sql`create index outbox_due_idx on outbox (next_attempt_at, id) where status in ('pending', 'sending')`.execute(db);
  await db.schema.createIndex("outbox_subject_idx").on("outbox").columns(["subject_type", "subject_id"]).execute();
  await db.schema.createIndex("outbox_update_of_idx").on("outbox").column("update_of").execute();

  // What the console platform "posted": lets an operator read deliveries with
  // `curbside outbox list`.
  await db.schema
    .createTable("console_messages")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("workspace", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("thread_id", "text")
    // Set when the message is a DM to this user.
    .addColumn("user_external_id", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("posted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("edited_at", "timestamptz")
    .addColumn("edits", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("console_messages_channel_idx").on("console_messages").columns(["workspace", "channel", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("console_messages").execute();
  await db.schema.dropTable("outbox").execute();
}
