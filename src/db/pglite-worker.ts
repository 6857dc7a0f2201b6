// The PGlite worker thread: opens the embedded database (with the extensions the
// migrations need) and runs the queries the main thread sends, one at a time, so SQL
// never blocks the event loop that acks chat platforms. Started by pglite-client.ts
// through pglite-worker-entry.js.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { serializeError, type WorkerOptions, type WorkerRequest, type WorkerResponse } from "./pglite-protocol.ts";

const port = parentPort;
if (!port) throw new Error("pglite-worker.ts runs only as a worker thread");
const post = (message: WorkerResponse) => port.postMessage(message);

const { dataDir } = workerData as WorkerOptions;
let client: PGlite;
try {
  client = await PGlite.create(dataDir, { extensions: { pg_trgm, cube, earthdistance } });
} catch (error) {
  post({ kind: "failed-to-open", error: serializeError(error) });
  port.close();
  throw error;
}

// Requests run in arrival order; `close` waits for the ones before it.
let last: Promise<unknown> = Promise.resolve();
port.on("message", (request: WorkerRequest) => {
  last = last.then(() => handle(request)).catch(() => {});
});
post({ kind: "ready" });

async function handle(request: WorkerRequest): Promise<void> {
  if (request.kind === "close") {
    await client.close().catch(() => {});
    post({ kind: "closed", id: request.id });
    // Nothing keeps the thread alive after this: it exits, and the main thread sees "exit".
    port!.close();
    return;
  }
  try {
    const result = await client.query(request.sql, request.params);
    post({ kind: "result", id: request.id, rows: result.rows, affectedRows: result.affectedRows });
  } catch (error) {
    // A failed query, or rows that cannot be cloned to the main thread: either way the caller gets the error.
    post({ kind: "error", id: request.id, error: serializeError(error) });
  }
}
