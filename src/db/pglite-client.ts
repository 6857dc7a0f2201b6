// The main thread's side of the PGlite worker thread: starts it, sends queries and
// returns their rows, rebuilds errors with their PostgreSQL fields, and closes it.
import { Worker } from "node:worker_threads";
import { PgliteWorkerError, type WorkerOptions, type WorkerRequest, type WorkerResponse } from "./pglite-protocol.ts";

/** Rows and affected-row count of one statement, as PGlite returns them. */
export interface PgliteResult {
  /** Result rows (bigint, Date, Uint8Array and JSON values as PGlite parses them). */
  rows: unknown[];
  /** Rows an INSERT/UPDATE/DELETE changed (0 or undefined otherwise). */
  affectedRows: number | undefined;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** Stack of the caller, for errors. */
  callerStack: string | undefined;
}

/** A PGlite database running in a worker thread. */
export class PgliteWorkerClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  /** Set once the worker cannot take requests any more (closed, or it died). */
  #gone: Error | undefined;
  readonly #exited: Promise<void>;
  #closing = false;
  #hasExited = false;

  private constructor(worker: Worker) {
    this.#worker = worker;
    this.#exited = new Promise((resolve) =>
      worker.once("exit", () => {
        this.#hasExited = true;
        resolve();
      }),
    );
    worker.on("message", (message: WorkerResponse) => this.#answer(message));
    worker.on("error", (error) => this.#fail(new Error(`PGlite worker thread failed: ${error.message}`)));
    worker.once("exit", (code) => this.#fail(new Error(`PGlite worker thread exited (code ${code})`)));
    // An idle worker must not keep the process alive (a CLI command that forgets to close
    // the database still exits, as with PGlite on the main thread); a pending query does.
    worker.unref();
  }

  /** Starts the worker and opens the database in `dataDir` ("memory://" for memory); rejects if it cannot open. */
  static async start(dataDir: string): Promise<PgliteWorkerClient> {
    const options: WorkerOptions = { dataDir };
    // execArgv: [] so a loader the process was started with (--import tsx) is not registered twice.
    const worker = new Worker(new URL("./pglite-worker-entry.js", import.meta.url), { workerData: options, execArgv: [] });
    let onMessage: (message: WorkerResponse) => void = () => {};
    let onError: (error: Error) => void = () => {};
    let onExit: (code: number) => void = () => {};
    try {
      await new Promise<void>((resolve, reject) => {
        onMessage = (message) => {
          if (message.kind === "ready") resolve();
          else if (message.kind === "failed-to-open") reject(new PgliteWorkerError(message.error, new Error().stack));
        };
        onError = reject;
        onExit = (code) => reject(new Error(`PGlite worker thread exited (code ${code}) before the database opened`));
        worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      });
    } catch (error) {
      await worker.terminate();
      throw error;
    } finally {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    }
    return new PgliteWorkerClient(worker);
  }

  /** Whether the worker thread has ended (after close(), or if it died). */
  get exited(): boolean {
    return this.#hasExited;
  }

  /** Runs one statement with parameters in the worker. */
  query(sql: string, params: readonly unknown[]): Promise<PgliteResult> {
    return this.#send({ kind: "query", id: 0, sql, params: [...params] }) as Promise<PgliteResult>;
  }

  /** Closes the database (after the queries sent before) and ends the worker thread. */
  async close(): Promise<void> {
    // Stay referenced until the thread has exited, or the process could end while waiting for it.
    this.#closing = true;
    this.#worker.ref();
    if (!this.#gone) {
      await this.#send({ kind: "close", id: 0 }).catch(() => {});
      this.#gone ??= new Error("the PGlite database is closed");
    }
    await this.#exited;
  }

  #send(request: WorkerRequest): Promise<unknown> {
    if (this.#gone) return Promise.reject(new Error(`PGlite worker: ${this.#gone.message}`));
    const id = this.#nextId++;
    const callerStack = new Error().stack;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, callerStack });
      if (this.#pending.size === 1) this.#worker.ref();
      try {
        this.#worker.postMessage({ ...request, id });
      } catch (error) {
        // A parameter that cannot be cloned (a function): nothing was sent.
        this.#settle(id);
        reject(error as Error);
      }
    });
  }

  #answer(message: WorkerResponse): void {
    if (message.kind === "result") this.#settle(message.id)?.resolve({ rows: message.rows, affectedRows: message.affectedRows });
    else if (message.kind === "closed") this.#settle(message.id)?.resolve(undefined);
    else if (message.kind === "error") {
      const pending = this.#settle(message.id);
      pending?.reject(new PgliteWorkerError(message.error, pending.callerStack));
    }
  }

  #settle(id: number): Pending | undefined {
    const pending = this.#pending.get(id);
    this.#pending.delete(id);
    if (this.#pending.size === 0 && !this.#closing) this.#worker.unref();
    return pending;
  }

  #fail(error: Error): void {
    this.#gone ??= error;
    for (const [id, pending] of this.#pending) {
      this.#settle(id);
      pending.reject(error);
    }
  }
}
