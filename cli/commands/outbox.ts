// curbside outbox list [--status S] [--limit N] [--drain] — what Curbside queued for chat
// platforms, what it delivered, and what the console platform "posted".
import { loadConfig } from "../../src/config.ts";
import { drainOutbox } from "../../src/outbox/dispatcher.ts";
import { outboxStats } from "../../src/outbox/stats.ts";
import { parseCliArgs, UsageError, type CliCommand } from "../cli-command.ts";
import { createCurbside } from "../compose.ts";

const STATUSES = ["pending", "sending", "delivered", "dead"] as const;
const USAGE = "Usage: curbside outbox list [--status pending|sending|delivered|dead] [--limit N] [--drain] [--json]";

function targetLabel(target: { channel?: string; threadId?: string; user?: string }): string {
  return target.user ? `@${target.user}` : `#${target.channel}${target.threadId ? `/${target.threadId}` : ""}`;
}

export default {
  name: "outbox",
  summary: "List outbox deliveries and console messages: outbox list [--status S] [--limit N] [--drain]",
  async run(argv, io) {
    const { values, positionals } = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: { status: { type: "string" }, limit: { type: "string" }, drain: { type: "boolean" }, json: { type: "boolean" } },
    });
    if (positionals[0] !== "list" || positionals.length > 1) throw new UsageError(USAGE);
    const status = values.status;
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be one of: ${STATUSES.join(", ")}`);
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError("--limit must be a whole number from 1 to 1000");

    const app = await createCurbside(loadConfig(), { notice: (m) => io.stderr.write(m + "\n") });
    try {
      const { db, clock } = app.services;
      if (values.drain) {
        const drained = await drainOutbox(app.services, { limit: 10_000 });
        io.stderr.write(`Drained: ${drained.delivered} delivered, ${drained.retried} to retry, ${drained.dead} dead.\n`);
      }
      let query = db
        .selectFrom("outbox")
        .select(["id", "platform", "workspace", "target", "kind", "topic", "subject_type", "subject_id", "status", "attempts", "next_attempt_at", "last_error_code", "created_at", "delivered_at"])
        .orderBy("id", "desc")
        .limit(limit);
      if (status) query = query.where("status", "=", status as (typeof STATUSES)[number]);
      const rows = await query.execute();
      const messages = await db.selectFrom("console_messages").selectAll().orderBy("id", "desc").limit(limit).execute();
      const stats = await outboxStats(db, clock.now());
      if (values.json) {
        io.stdout.write(JSON.stringify({ stats, deliveries: rows, consoleMessages: messages }, null, 2) + "\n");
        return 0;
      }
      io.stdout.write(
        `Outbox: ${stats.pending} pending, ${stats.sending} sending, ${stats.delivered} delivered, ${stats.dead} dead; oldest pending ${stats.oldestPendingAgeSeconds}s\n\n`,
      );
      io.stdout.write(`Deliveries (newest first${status ? `, ${status}` : ""}):\n`);
      if (rows.length === 0) io.stdout.write("  (none)\n");
      for (const r of rows) {
        const subject = r.subject_type ? ` ${r.subject_type} ${r.subject_id}` : "";
        const error = r.last_error_code === "SUPERSEDED" ? ", superseded by a newer edit" : r.last_error_code ? `, last error ${r.last_error_code}` : "";
        io.stdout.write(
          `  #${r.id} ${r.status.padEnd(9)} ${r.kind.padEnd(6)} ${r.topic}${subject} → ${r.platform}:${r.workspace} ${targetLabel(r.target)} (tries ${r.attempts}${error})\n`,
        );
      }
      if (!status || status === "delivered") {
        io.stdout.write(`\nConsole messages (newest first):\n`);
        if (messages.length === 0) io.stdout.write("  (none)\n");
        for (const m of messages) {
          const edited = m.edits > 0 ? ` (edited ${m.edits}x)` : "";
          io.stdout.write(`--- #${m.id} to ${m.workspace} ${m.user_external_id ? `@${m.user_external_id}` : `#${m.channel}`}${m.thread_id ? `/${m.thread_id}` : ""} at ${new Date(m.posted_at).toISOString()}${edited}\n`);
          io.stdout.write(m.text.replace(/^/gm, "  ") + "\n");
        }
      }
      return 0;
    } finally {
      await app.close();
    }
  },
} satisfies CliCommand;
