// curbside serve — the HTTP server (/healthz and adapter endpoints) and, on a terminal,
// a prompt where a person types slash commands. This is what `npm start` runs.
import readline from "node:readline";
import { parseActionLine, parseCommandLine } from "../../adapters/console/parse.ts";
import { renderForTerminal } from "../../adapters/console/render.ts";
import { consoleIdentity, runConsole } from "../../adapters/console/run.ts";
import { loadConfig } from "../../src/config.ts";
import { pingDatabase } from "../../src/db/database.ts";
import { nameIndex } from "../../src/directory/name-index.ts";
import { errorClass } from "../../src/log.ts";
import { startScheduler } from "../../src/scheduler/runner.ts";
import { createHttpServer, sendJson } from "../../src/http/server.ts";
import { mountAdapters } from "../adapters.ts";
import { parseCliArgs, UsageError, type CliCommand, type CliIo } from "../cli-command.ts";
import { createCurbside, type Curbside } from "../compose.ts";

function startPrompt(app: Curbside, io: CliIo, flags: Parameters<typeof consoleIdentity>[0], onClose: () => void): void {
  const who = consoleIdentity(flags);
  const rl = readline.createInterface({ input: io.stdin, output: io.stdout, prompt: "curbside> " });
  io.stdout.write('Type a slash command (try /help), "press <action-id> <value>" for a button, or "exit".\n');
  rl.prompt();
  rl.on("line", (line) => {
    void (async () => {
      const trimmed = line.trim();
      if (trimmed === "exit" || trimmed === "quit") return rl.close();
      if (trimmed) {
        const press = /^press\s+(\S+)\s*([\s\S]*)$/.exec(trimmed);
        const invocation = press ? parseActionLine(press[1]!, press[2]!.trim(), who) : parseCommandLine(trimmed, who);
        if (!invocation) io.stdout.write("Commands start with a slash, for example /help\n");
        else for (const reply of await runConsole(app.dispatcher, invocation)) io.stdout.write(renderForTerminal(reply) + "\n");
      }
      rl.prompt();
    })();
  });
  rl.on("close", onClose);
}

export default {
  name: "serve",
  summary: "Start the HTTP server (GET /healthz, chat adapter endpoints) and a console prompt on a terminal",
  async run(argv, io) {
    const { values } = parseCliArgs({
      args: argv,
      options: { user: { type: "string" }, role: { type: "string" }, "no-prompt": { type: "boolean" } },
    });
    try {
      consoleIdentity(values);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const config = loadConfig();
    const app = await createCurbside(config, { notice: (m) => io.stderr.write(m + "\n") });
    const http = createHttpServer((error) => app.services.log.error("http.failed", { error: errorClass(error) }));
    http.mount({
      method: "GET",
      path: "/healthz",
      handler: async (_req, res) => {
        const ok = await pingDatabase(app.services.db);
        sendJson(res, ok ? 200 : 503, { ok, database: { engine: app.database.engine, ok } });
      },
    });
    const adapters = await mountAdapters(app, http);
    // Sweeps (escalations, reminders) and outbox delivery; deadlines live in the
    // database, so several `serve` processes may run this at once.
    const scheduler = config.SCHEDULER_INTERVAL_SECONDS > 0 ? startScheduler(app.services, config.SCHEDULER_INTERVAL_SECONDS) : undefined;
    const port = await http.listen(config.PORT, config.HOST);
    // Reads the directory's distinct names into memory now, page by page, so the first
    // name search does not wait for it (a few hundred ms at national scale).
    nameIndex(app.services.db).catch((error: unknown) => app.services.log.warn("directory.name_index_failed", { error: errorClass(error) }));
    io.stderr.write(
      [
        `Curbside is running on http://${config.HOST}:${port} (database: ${app.database.engine}${app.database.engine === "pglite" ? ` in ${config.CURBSIDE_DATA_DIR}` : ""}).`,
        `  GET /healthz`,
        ...adapters.flatMap((a) => a.endpoints.map((e) => `  ${e}  (${a.name})`)),
      ].join("\n") + "\n",
    );

    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await scheduler?.stop();
      for (const adapter of adapters) await adapter.stop();
      await http.close();
      await app.close();
      process.exit(0);
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
    if (io.stdin.isTTY && !values["no-prompt"]) startPrompt(app, io, values, () => void stop());
    return new Promise<number>(() => {});
  },
} satisfies CliCommand;
