// `npm run bench -- <name>` runs bench/<name>.ts; with no name, every benchmark in turn.
// Each benchmark module default-exports `async function (args: string[]): Promise<void>`
// that prints its own table.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = import.meta.dirname;
const available = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
  .map((f) => f.slice(0, -3))
  .sort();
const [name, ...args] = process.argv.slice(2);
if (name && !available.includes(name)) {
  console.error(`Unknown benchmark "${name}". Available: ${available.join(", ")}`);
  process.exit(2);
}
for (const bench of name ? [name] : available) {
  console.log(`\n## bench: ${bench}\n`);
  const mod = (await import(pathToFileURL(path.join(dir, `${bench}.ts`)).href)) as { default: (args: string[]) => Promise<void> };
  await mod.default(args);
}
process.exit(0);
