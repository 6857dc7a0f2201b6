// Opens the database: embedded PGlite (default) or PostgreSQL when DATABASE_URL is set.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect, sql } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { PgliteWorkerClient } from "./pglite-client.ts";
import { PgliteWorkerDialect } from "./pglite-worker-dialect.ts";
import type { Database } from "./schema.ts";

export type Engine = "pglite" | "postgres";

export interface DatabaseHandle {
  /** Kysely instance. */
  db: Kysely<Database>;
  /** Which engine is behind it. */
  engine: Engine;
  /** Closes connections (and the embedded database). */
  close(): Promise<void>;
}

// pg returns int8 (count(*), bigserial) as strings by default; our ids fit in a JS number.
pg.types.setTypeParser(20, (v: string) => Number.parseInt(v, 10));

/** Opens PostgreSQL through a pg pool. */
export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client error must not crash the process; the pool replaces the client.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: "postgres", close: () => db.destroy() };
}

/**
 * Where PGlite runs its SQL: the main thread (the default; the event loop waits for every
 * statement), or a worker thread (acks wait less, but each statement costs more CPU and
 * fewer replies complete: see docs/slack.md, "PGlite in a worker thread").
 */
export type PgliteThread = "worker" | "main";

/** Opens the embedded PGlite database in `dataDir`, or in memory when dataDir is undefined. */
export async function openPglite(dataDir?: string, options: { thread?: PgliteThread } = {}): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const location = dataDir ?? "memory://";
  if (options.thread === "worker") {
    const db = new Kysely<Database>({ dialect: new PgliteWorkerDialect(await PgliteWorkerClient.start(location)) });
    return { db, engine: "pglite", close: () => db.destroy() };
  }
  const client = await PGlite.create(location, { extensions: { pg_trgm, cube, earthdistance } });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, engine: "pglite", close: () => db.destroy() };
}

/** Opens whichever engine the configuration names. */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}

/** Answers whether the database responds, for /healthz. */
export async function pingDatabase(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
