// The console platform's ChatGateway: "posting" writes the message to the
// console_messages table, so deliveries can be read with `curbside outbox list`.
import type { Kysely } from "kysely";
import type { ChannelRef, Reply } from "../../src/chat/model.ts";
import type { ChatGateway, Clock, DeliveryTarget, MessageRef, ThreadMessage } from "../../src/chat/ports.ts";
import type { Database } from "../../src/db/schema.ts";
import { renderForTerminal } from "./render.ts";

/** A gateway storing console deliveries in the database. */
export function createConsoleGateway(db: Kysely<Database>, clock: Clock): ChatGateway {
  return {
    platform: "console",
    async post(target: DeliveryTarget, reply: Reply): Promise<MessageRef> {
      const isDm = "user" in target.to;
      const channel = "user" in target.to ? `dm-${target.to.user}` : target.to.channel;
      const row = await db
        .insertInto("console_messages")
        .values({
          workspace: target.workspace,
          channel,
          thread_id: "threadId" in target.to ? (target.to.threadId ?? null) : null,
          user_external_id: isDm && "user" in target.to ? target.to.user : null,
          text: renderForTerminal(reply),
          payload: JSON.stringify(reply),
          posted_at: clock.now(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { platform: "console", workspace: target.workspace, channel, messageId: String(row.id) };
    },
    async update(message: MessageRef, reply: Reply): Promise<void> {
      const id = Number(message.messageId);
      if (!Number.isSafeInteger(id)) throw Object.assign(new Error("bad message id"), { code: "MESSAGE_NOT_FOUND", permanent: true });
      const updated = await db
        .updateTable("console_messages")
        .set((eb) => ({ text: renderForTerminal(reply), payload: JSON.stringify(reply), edited_at: clock.now(), edits: eb("edits", "+", 1) }))
        .where("id", "=", id)
        .where("workspace", "=", message.workspace)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw Object.assign(new Error("message not found"), { code: "MESSAGE_NOT_FOUND", permanent: true });
    },
    async fetchThread(workspace: string, channel: ChannelRef, limit: number): Promise<ThreadMessage[]> {
      let query = db.selectFrom("console_messages").select(["text", "posted_at", "user_external_id"]).where("workspace", "=", workspace).where("channel", "=", channel.id);
      if (channel.threadId) query = query.where("thread_id", "=", channel.threadId);
      const rows = await query.orderBy("id", "desc").limit(limit).execute();
      return rows.reverse().map((r) => ({ author: "curbside", at: new Date(r.posted_at), text: r.text }));
    },
  };
}
