import { isAppError } from "../src/errors.ts";
import { errorClass, failureCode } from "../src/log.ts";

/**
 * What a failed CLI command prints. Curbside's own errors carry user-safe messages; any
 * other error's message may quote stored values (a database error names the row that broke
 * a constraint), so only its class and code are printed: ENOENT and a path the admin typed,
 * ECONNREFUSED, or a PostgreSQL SQLSTATE.
 */
export function failureText(error: unknown): string {
  if (isAppError(error)) return error.message;
  const kind = errorClass(error);
  const code = failureCode(error);
  if (code === kind || code === "UNKNOWN") return kind;
  const path = (error as { path?: unknown }).path;
  return `${kind} ${code}${/^E[A-Z]+$/.test(code) && typeof path === "string" ? ` (${path})` : ""}`;
}
