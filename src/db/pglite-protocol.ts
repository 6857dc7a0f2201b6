// Messages between the main thread and the PGlite worker thread (pglite-worker.ts).
// Everything in them survives the structured clone: rows keep bigint, Date, Uint8Array.

/** What the worker is asked to do. */
export type WorkerRequest =
  | { kind: "query"; id: number; sql: string; params: unknown[] }
  | { kind: "close"; id: number };

/** The worker's answer to one request (same id). */
export type WorkerResponse =
  | { kind: "ready" }
  | { kind: "failed-to-open"; error: SerializedError }
  | { kind: "result"; id: number; rows: unknown[]; affectedRows: number | undefined }
  | { kind: "error"; id: number; error: SerializedError }
  | { kind: "closed"; id: number };

/** Options the worker opens PGlite with (its workerData). */
export interface WorkerOptions {
  /** Data directory, or "memory://". */
  dataDir: string;
}

/** An error as data: name, message, stack, and its own fields (PostgreSQL code, detail, constraint…). */
export interface SerializedError {
  /** Error name ("error" for PGlite's DatabaseError, as today). */
  name: string;
  /** The message. */
  message: string;
  /** The worker-side stack. */
  stack: string | undefined;
  /** Own fields that survive a structured clone: code, severity, detail, hint, position, constraint, table, query, params… */
  fields: Record<string, unknown>;
}

/** Turns any thrown value into data for postMessage. */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(error)) {
    if (key === "name" || key === "message" || key === "stack") continue;
    const value = (error as unknown as Record<string, unknown>)[key];
    try {
      fields[key] = structuredClone(value);
    } catch {
      // A field that cannot cross threads (a function in queryOptions) is left out.
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** The error PGlite raised in the worker, rebuilt on the calling thread with the same fields. */
export class PgliteWorkerError extends Error {
  /** PostgreSQL SQLSTATE (e.g. "23505"), when the database raised it. */
  declare code?: string;

  constructor(serialized: SerializedError, callerStack: string | undefined) {
    super(serialized.message);
    Object.assign(this, serialized.fields);
    this.name = serialized.name;
    // The caller's frames say which query failed; the worker's say where PGlite raised it.
    const callerFrames = callerStack?.split("\n").slice(1).join("\n") ?? "";
    const workerFrames = serialized.stack?.split("\n").slice(1).join("\n") ?? "";
    this.stack = `${serialized.name}: ${serialized.message}\n${callerFrames}${workerFrames ? `\n    -- in the PGlite worker thread:\n${workerFrames}` : ""}`;
  }
}
