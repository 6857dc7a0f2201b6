// Outbox tables: pending deliveries to chat platforms, and the console platform's messages.
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { CreatedAt } from "../db/schema.ts";
import type { Reply } from "../chat/model.ts";
import type { MessageRef } from "../chat/ports.ts";

/** Where a delivery goes inside its workspace. */
export type OutboxTarget = { channel: string; threadId?: string } | { user: string };

/** Delivery states. */
export type OutboxStatus = "pending" | "sending" | "delivered" | "dead";

export interface OutboxTable {
  id: Generated<number>;
  organization_id: number;
  platform: string;
  workspace: string;
  target: JSONColumnType<OutboxTarget, string, string>;
  payload: JSONColumnType<Reply, string, string>;
  kind: Generated<"post" | "update">;
  update_of: number | null;
  topic: string;
  subject_type: string | null;
  subject_id: string | null;
  dedupe_key: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string, Date | string>;
  last_error_code: string | null;
  message_ref: JSONColumnType<MessageRef | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  delivered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ConsoleMessagesTable {
  id: Generated<number>;
  workspace: string;
  channel: string;
  thread_id: string | null;
  user_external_id: string | null;
  text: string;
  payload: JSONColumnType<Reply, string, string>;
  posted_at: CreatedAt;
  edited_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  edits: Generated<number>;
}

export interface OutboxTables {
  outbox: OutboxTable;
  console_messages: ConsoleMessagesTable;
}
