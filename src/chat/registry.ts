// Builds the command registry from the files in commands/: each file default-exports
// one `Command`. Files whose names start with "_" are helpers, not commands.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Command, CommandRegistry } from "./command.ts";

export const COMMANDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../commands");

/** A registry over a fixed list of commands. */
export function createRegistry(commands: Command[]): CommandRegistry {
  const byName = new Map<string, Command>();
  for (const command of commands) {
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(command.name)) throw new Error(`Invalid command name: ${command.name}`);
    if (byName.has(command.name)) throw new Error(`Command declared twice: ${command.name}`);
    byName.set(command.name, command);
  }
  const all = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { all, get: (name) => byName.get(name.toLowerCase()) };
}

/** Loads every command module in `dir` (default: commands/). */
export async function loadRegistry(dir: string = COMMANDS_DIR): Promise<CommandRegistry> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && !f.endsWith(".test.ts"))
    .sort();
  const commands: Command[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: Command };
    if (!mod.default) throw new Error(`commands/${file} has no default export`);
    commands.push(mod.default);
  }
  return createRegistry(commands);
}
