// /redact through the dispatcher, and `curbside redact` as a process.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { describeEachEngine } from "../helpers/db.ts";

const MUST_SHOW = "Pt John Miller 67M MRN 00482913 DOB 4/12/1957, K 3.2, call (217) 555-0143";

describeEachEngine("/redact", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(database());
  });
  afterAll(async () => app.close());

  it("shows the redacted text and counts by type, only to the caller, and logs no original", async () => {
    const reply = await app.run(`/redact ${MUST_SHOW}`);
    expect(reply.visibility).toBe("ephemeral");
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain("Pt [NAME_1] 67M MRN [MRN_1] DOB [DATE_1], K 3.2, call [PHONE_1]");
    expect(reply.blocks).toContainEqual({ type: "fields", fields: [
      { label: "NAME", value: "1" }, { label: "MRN", value: "1" }, { label: "DATE", value: "1" }, { label: "PHONE", value: "1" },
    ] });
    for (const secret of ["John", "Miller", "00482913", "1957", "555-0143"]) {
      expect(reply.text).not.toContain(secret);
      expect(app.logLines.join("\n")).not.toContain(secret);
    }
  });
});

const BIN = path.resolve(import.meta.dirname, "../../bin/curbside.js");

function curbsideRedact(input: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, "redact", ...args], { input, encoding: "utf8", timeout: 60_000, env: { ...process.env, LOG_LEVEL: "warn" } });
}

describe("curbside redact", () => {
  it("redacts standard input", () => {
    const run = curbsideRedact(MUST_SHOW + "\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("Pt [NAME_1] 67M MRN [MRN_1] DOB [DATE_1], K 3.2, call [PHONE_1]\n");
  });

  it("with --lines prints one JSON object per input line with offsets into that line", () => {
    const lines = ["son Mark Ortiz at bedside", "K 3.2 BNP 840", "seen 3/14/2024 by Dr. Patel"];
    const run = curbsideRedact(lines.join("\n") + "\n", "--lines");
    expect(run.status).toBe(0);
    const out = run.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { text: string; spans: { start: number; end: number; type: string }[] });
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({ text: "son [NAME_1] at bedside", spans: [{ start: 4, end: 14, type: "NAME" }] });
    expect(out[1]).toEqual({ text: "K 3.2 BNP 840", spans: [] });
    expect(lines[2]!.slice(out[2]!.spans[0]!.start, out[2]!.spans[0]!.end)).toBe("3/14/2024");
  });
});
