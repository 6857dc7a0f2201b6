// curbside scheduler run-once [--at <ISO time>] — one pass of every sweep (escalations,
// due reminders) and an outbox drain at that instant, then exit.
import { loadConfig } from "../../src/config.ts";
import { runSchedulerPass } from "../../src/scheduler/runner.ts";
import { parseCliArgs, UsageError, type CliCommand } from "../cli-command.ts";
import { createCurbside } from "../compose.ts";

const USAGE = "Usage: curbside scheduler run-once [--at <ISO 8601 time>] [--json]";

export default {
  name: "scheduler",
  summary: "Run every sweep and drain the outbox once: scheduler run-once [--at <ISO time>]",
  async run(argv, io) {
    const { values, positionals } = parseCliArgs({ args: argv, allowPositionals: true, options: { at: { type: "string" }, json: { type: "boolean" } } });
    if (positionals[0] !== "run-once" || positionals.length > 1) throw new UsageError(USAGE);
    let at: Date | undefined;
    if (values.at !== undefined) {
      at = new Date(values.at);
      if (!/^\d{4}-\d{2}-\d{2}/.test(values.at) || Number.isNaN(at.getTime())) throw new UsageError("--at must be an ISO 8601 time, for example 2026-01-05T09:30:00Z");
    }
    const app = await createCurbside(loadConfig(), { notice: (m) => io.stderr.write(m + "\n") });
    try {
      const pass = await runSchedulerPass(app.services, { drain: { limit: 100_000 }, ...(at ? { at } : {}) });
      if (values.json) {
        io.stdout.write(JSON.stringify(pass, null, 2) + "\n");
      } else {
        io.stdout.write(`Scheduler pass at ${pass.at.toISOString()}\n`);
        for (const [name, processed] of Object.entries(pass.sweeps)) io.stdout.write(`  ${name}: ${processed < 0 ? "FAILED (see log)" : `${processed} processed`}\n`);
        const o = pass.outbox;
        io.stdout.write(`  outbox: ${o.delivered} delivered, ${o.retried} to retry, ${o.dead} dead, ${o.deferred} deferred, ${o.superseded} superseded\n`);
      }
      return Object.values(pass.sweeps).some((n) => n < 0) ? 1 : 0;
    } finally {
      await app.close();
    }
  },
} satisfies CliCommand;
