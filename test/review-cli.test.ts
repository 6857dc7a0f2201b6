// Adversarial review of the CLI's bad-input errors: a malformed `exec --values` is a
// usage error that does not quote what was typed (it may be a case question).
import { PassThrough } from "node:stream";
import { expect, it } from "vitest";
import exec from "../cli/commands/exec.ts";
import type { CliIo } from "../cli/cli-command.ts";

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
