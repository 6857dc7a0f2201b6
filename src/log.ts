// Structured JSON logs on stderr. Callers pass ids, counts and durations only: never
// message text, never patient data, never secrets.
import { isAppError } from "./errors.ts";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Fields a log line may carry: scalar ids, counts and codes. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  /** Debug detail. */
  debug(event: string, fields?: LogFields): void;
  /** Normal operation. */
  info(event: string, fields?: LogFields): void;
  /** Something degraded but handled. */
  warn(event: string, fields?: LogFields): void;
  /** Something failed. */
  error(event: string, fields?: LogFields): void;
}

/**
 * The class of a thrown value, safe to log: an Error's `name` when it looks like a class
 * name, else "Error" (a name is an ordinary property and code can set it to anything,
 * including text it was handling), or the `typeof` of a non-Error.
 */
export function errorClass(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  return /^[A-Za-z][A-Za-z0-9_]{0,59}$/.test(error.name) ? error.name : "Error";
}

/** A stable, text-free code for a failure: Curbside's code, the error's own code when it is a plain token (ENOENT, a SQLSTATE, a Slack error), else its class. */
export function failureCode(error: unknown): string {
  if (isAppError(error)) return error.code;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === "string" && /^[A-Za-z0-9_.:-]{1,60}$/.test(code)) return code;
  if (error instanceof Error && /^[A-Za-z0-9_]{1,60}$/.test(error.name)) return error.name;
  return "UNKNOWN";
}

/** A logger writing JSON lines at or above `level`. */
export function createLogger(level: Level | "silent", write: (line: string) => void = (l) => process.stderr.write(l + "\n")): Logger {
  const min = ORDER[level];
  const emit = (lvl: Level, event: string, fields?: LogFields) => {
    if (ORDER[lvl] < min) return;
    write(JSON.stringify({ t: new Date().toISOString(), level: lvl, event, ...fields }));
  };
  return {
    debug: (e, f) => emit("debug", e, f),
    info: (e, f) => emit("info", e, f),
    warn: (e, f) => emit("warn", e, f),
    error: (e, f) => emit("error", e, f),
  };
}

/** A logger that records lines in memory (tests check that no PHI is logged). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger("debug", (l) => lines.push(l)), { lines });
}
