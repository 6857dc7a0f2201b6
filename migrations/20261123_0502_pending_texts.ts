// Texts held for the author's confirmation under a "warn" PHI policy: an answer, a
// question for more information or a reply, already redacted (the original is never
// stored), waiting for "Post redacted". Frozen in time: imports no app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("pending_texts")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("case_id", "integer", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    // The case action the text is for: answer, ask or reply.
    .addColumn("action", "text", (c) => c.notNull())
    // Redacted text only.
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("redactions", "integer", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("pending_texts_user_idx").on("pending_texts").columns(["user_id", "expires_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("pending_texts").execute();
}
