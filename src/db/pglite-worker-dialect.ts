// A Kysely dialect for PGlite running in a worker thread (pglite-client.ts). PGlite is
// one connection: the driver hands it to one caller at a time (a query, or a whole
// transaction from BEGIN to COMMIT/ROLLBACK) and queues the others, as
// kysely-pglite-dialect does on the main thread.
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type { PgliteWorkerClient } from "./pglite-client.ts";

/** Kysely dialect over a PGlite worker thread; `db.destroy()` closes the database and ends the thread. */
export class PgliteWorkerDialect implements Dialect {
  readonly #client: PgliteWorkerClient;

  constructor(client: PgliteWorkerClient) {
    this.#client = client;
  }

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PgliteWorkerDriver(this.#client);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }

  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}

class PgliteWorkerConnection implements DatabaseConnection {
  constructor(private readonly client: PgliteWorkerClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.client.query(query.sql, query.parameters);
    // Same shape as kysely-pglite-dialect: numAffectedRows only when rows were affected.
    return result.affectedRows ? { numAffectedRows: BigInt(result.affectedRows), rows: result.rows as R[] } : { rows: result.rows as R[] };
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    if (!Number.isInteger(chunkSize) || chunkSize <= 0) throw new Error("chunkSize must be a positive integer");
    const { rows } = await this.executeQuery<R>(query);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
  }
}

class PgliteWorkerDriver implements Driver {
  readonly #client: PgliteWorkerClient;
  readonly #connection: PgliteWorkerConnection;
  /** Whether a caller holds the connection. */
  #held = false;
  /** Callers waiting for it, first come first served. */
  readonly #waiting: ((connection: PgliteWorkerConnection) => void)[] = [];
  #destroyed = false;

  constructor(client: PgliteWorkerClient) {
    this.#client = client;
    this.#connection = new PgliteWorkerConnection(client);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#destroyed) throw new Error("the PGlite database is closed");
    if (!this.#held) {
      this.#held = true;
      return this.#connection;
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (connection !== this.#connection) throw new Error("Invalid connection");
    const next = this.#waiting.shift();
    if (next) next(this.#connection);
    else this.#held = false;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const modes = [settings.isolationLevel ? `isolation level ${settings.isolationLevel}` : "", settings.accessMode ?? ""].filter(Boolean);
    await connection.executeQuery(CompiledQuery.raw(modes.length ? `start transaction ${modes.join(" ")}` : "begin"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdentifier(name)}`));
  }

  /** Refuses new callers, waits for the one holding the connection and those already queued (as pg's pool.end() does), then closes. */
  async destroy(): Promise<void> {
    this.#destroyed = true;
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(() => resolve()));
    await this.#client.close();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
