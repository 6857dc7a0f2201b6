// curbside exec "<slash command>" — runs one command through the console adapter.
import { parseActionLine, parseCommandLine, parseFormLine } from "../../adapters/console/parse.ts";
import { renderForTerminal } from "../../adapters/console/render.ts";
import { consoleIdentity, runConsole } from "../../adapters/console/run.ts";
import { loadConfig } from "../../src/config.ts";
import { parseCliArgs, UsageError, type CliCommand } from "../cli-command.ts";
import { createCurbside } from "../compose.ts";

const USAGE =
  'Usage: curbside exec "/command args" [--json] [--platform P] [--workspace W] [--channel C] [--thread T] [--user U] [--role clinician|specialist|admin]\n' +
  "       curbside exec --action <action-id> --value <value> [--message <id>] [same identity options]\n" +
  "       curbside exec --form <form-id> --values '<json object>' [same identity options]";

export default {
  name: "exec",
  summary: 'Run one slash command and print the reply: exec "/specialist cardiology near 10001"',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        platform: { type: "string" },
        workspace: { type: "string" },
        channel: { type: "string" },
        thread: { type: "string" },
        user: { type: "string" },
        role: { type: "string" },
        action: { type: "string" },
        value: { type: "string" },
        message: { type: "string" },
        form: { type: "string" },
        values: { type: "string" },
      },
    });
    let who;
    try {
      who = consoleIdentity(values);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    let invocation;
    if (values.action) {
      invocation = parseActionLine(values.action, values.value ?? "", who, values.message);
    } else if (values.form) {
      try {
        invocation = parseFormLine(values.form, values.values ?? "{}", who);
      } catch {
        // JSON.parse's message quotes the start of the input, which may be a case question.
        throw new UsageError(`--values must be a JSON object of field ids to strings, for example '{"case": "12", "text": "..."}'.`);
      }
    } else {
      const line = positionals.join(" ");
      invocation = parseCommandLine(line, who);
      if (!invocation) throw new UsageError(`Give a slash command, for example: curbside exec "/help"\n${USAGE}`);
    }

    const config = loadConfig();
    const app = await createCurbside(config, { notice: (m) => io.stderr.write(m + "\n") });
    try {
      const replies = await runConsole(app.dispatcher, invocation);
      for (const reply of replies) {
        io.stdout.write((values.json ? JSON.stringify(reply, null, 2) : renderForTerminal(reply)) + "\n");
      }
      return replies.some((r) => r.status === "error") ? 1 : 0;
    } finally {
      await app.close();
    }
  },
} satisfies CliCommand;
