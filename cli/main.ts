// `curbside <command>`: each CLI command is a file in cli/commands/ exporting a
// `CliCommand`. Exit codes: 0 ok, 1 the command failed, 2 bad usage or configuration.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ConfigError } from "../src/config.ts";
import type { CliCommand } from "./cli-command.ts";
import { failureText } from "./failure-text.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "commands");

async function loadCliCommands(): Promise<Map<string, CliCommand>> {
  const commands = new Map<string, CliCommand>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: CliCommand };
    commands.set(mod.default.name, mod.default);
  }
  return commands;
}

function usage(commands: Map<string, CliCommand>): string {
  const width = Math.max(...[...commands.keys()].map((k) => k.length));
  return ["Usage: curbside <command> [options]", "", ...[...commands.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const commands = await loadCliCommands();
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage(commands) + "\n");
    return name ? 0 : 2;
  }
  const command = commands.get(name);
  if (!command) {
    process.stderr.write(`Unknown command "${name.slice(0, 40)}".\n\n${usage(commands)}\n`);
    return 2;
  }
  try {
    return await command.run(rest, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(error.message + "\n");
      return 2;
    }
    if (error instanceof Error && error.name === "UsageError") {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`curbside ${name} failed: ${failureText(error)}\n`);
    return 1;
  }
}


const code = await main(process.argv.slice(2));
// Let stdout drain before exiting; background pools must not keep the CLI alive.
process.exitCode = code;
if (process.argv[2] !== "serve") setImmediate(() => process.exit(code));
