// Adversarial review of the CLI's bad-input errors: a malformed `exec --values` is a
// usage error that does not quote what was typed (it may be a case question).
import { PassThrough } from "node:stream";
import { expect, it } from "vitest";
import exec from "../cli/commands/exec.ts";
import type { CliIo } from "../cli/cli-command.ts";
import { failureText } from "../cli/failure-text.ts";
import { AppError } from "../src/errors.ts";

function io(): CliIo {
  return { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough() };
}

it("a malformed --values is a usage error that does not quote the text", async () => {
  for (const values of ['{"question": "Mr John Smith MRN 84412973', "Mr John Smith MRN 84412973", '["Mr John Smith MRN 84412973"]']) {
    const error = await exec.run(["--form", "consult:intake", "--values", values], io()).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name, values).toBe("UsageError");
    expect(error!.message).toContain("--values");
    expect(error!.message).not.toMatch(/Mr John|Smith|84412973/);
  }
});

it("a failed CLI command prints Curbside's own message, or only the class and code of any other error", () => {
  const constraint = Object.assign(new Error('duplicate key value violates unique constraint "specialists_npi_key": Key (npi)=(1234567893), name Mr John Smith'), { code: "23505" });
  expect(failureText(constraint)).toBe("Error 23505");
  const missing = Object.assign(new Error("ENOENT: no such file or directory, open '/tmp/nppes.csv'"), { code: "ENOENT", path: "/tmp/nppes.csv" });
  expect(failureText(missing)).toBe("Error ENOENT (/tmp/nppes.csv)");
  expect(failureText(new AppError("NOT_FOUND", "No such case."))).toBe("No such case.");
  expect(failureText(Object.assign(new TypeError("Mr John Smith"), { code: "weird code with spaces" }))).toBe("TypeError");
  expect(failureText("a string with Mr John Smith")).toBe("string");
});
