// The shape of a `curbside` CLI command (one file per command in cli/commands/).
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Streams a CLI command may use. */
export interface CliIo {
  /** Standard output. */
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  /** Standard error. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Standard input. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export interface CliCommand {
  /** First word after `curbside`. */
  name: string;
  /** One line for `curbside --help`. */
  summary: string;
  /** Runs it; returns the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A usage mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** node:util parseArgs with errors turned into UsageError. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
