// Opens the database: embedded PGlite (default) or PostgreSQL when DATABASE_URL is set.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect, sql } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
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

/** Opens the embedded PGlite database in `dataDir`, or in memory when dataDir is undefined. */
export async function openPglite(dataDir?: string): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? "memory://", { extensions: { pg_trgm, cube, earthdistance } });
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
