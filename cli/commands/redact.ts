// curbside redact [--json] [--lines] — redacts standard input for tooling and pipelines.
// Plain: prints the redacted text. --json: one JSON object for the whole input.
// --lines: each input line is one message; each output line is one JSON object
// {"text", "spans": [{"start","end","type"}]} with offsets into that input line.
import { redact } from "../../src/privacy/redact.ts";
import { parseCliArgs, type CliCommand, type CliIo } from "../cli-command.ts";

async function readAll(stdin: CliIo["stdin"]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

function asJson(input: string): string {
  const { text, spans } = redact(input);
  return JSON.stringify({ text, spans: spans.map(({ start, end, type }) => ({ start, end, type })) });
}

export default {
  name: "redact",
  summary: "Remove patient identifiers from standard input: redact [--json] [--lines]",
  async run(argv, io) {
    const { values } = parseCliArgs({ args: argv, options: { json: { type: "boolean" }, lines: { type: "boolean" } } });
    const input = await readAll(io.stdin);
    if (values.lines) {
      const lines = input.split(/\r?\n/);
      if (lines[lines.length - 1] === "") lines.pop();
      for (const line of lines) io.stdout.write(asJson(line) + "\n");
      return 0;
    }
    // A trailing newline from echo is not part of the message.
    const message = input.replace(/\r?\n$/, "");
    io.stdout.write((values.json ? asJson(message) : redact(message).text) + "\n");
    return 0;
  },
} satisfies CliCommand;
