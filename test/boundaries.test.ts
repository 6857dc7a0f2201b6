// The core (src/) and the commands never import adapters or chat platform SDKs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const FORBIDDEN = [/from\s+["'](\.\.\/)+adapters\//, /from\s+["']@slack\//, /from\s+["']discord\.js["']/, /from\s+["']@microsoft\//, /from\s+["']botbuilder/, /import\(\s*["'](\.\.\/)+adapters\//];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("module boundaries", () => {
  for (const folder of ["src", "commands"]) {
    it(`${folder}/ imports nothing from adapters/ or platform SDKs`, () => {
      const offenders = filesUnder(path.join(ROOT, folder)).filter((file) => FORBIDDEN.some((re) => re.test(readFileSync(file, "utf8"))));
      expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
    });
  }

  it("the check itself catches a forbidden import", () => {
    expect(FORBIDDEN.some((re) => re.test('import { x } from "../../adapters/slack/render.ts";'))).toBe(true);
    expect(FORBIDDEN.some((re) => re.test('import { App } from "@slack/bolt";'))).toBe(true);
  });

  it("only src/config.ts reads process.env in src/", () => {
    const readers = filesUnder(path.join(ROOT, "src")).filter((f) => /process\.env/.test(readFileSync(f, "utf8")));
    expect(readers.map((f) => path.relative(ROOT, f))).toEqual(["src/config.ts"]);
  });
});
