// Runs one database spec against every engine: PGlite always, PostgreSQL when
// TEST_DATABASE_URL is set (each suite in a fresh database it creates and drops).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { openPglite, openPostgres, type DatabaseHandle, type Engine } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** Engines this run covers. */
export const ENGINES: Engine[] = TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** A fresh migrated database; `drop` removes it (PostgreSQL) or closes it (PGlite). */
export interface TestDatabase extends DatabaseHandle {
  /** PostgreSQL URL of the fresh database (postgres only), for extra connections or processes. */
  url?: string;
  /** Closes and removes the database. */
  drop(): Promise<void>;
}

/** Creates a fresh migrated database on `engine`. */
export async function createTestDatabase(engine: Engine, options: { poolSize?: number } = {}): Promise<TestDatabase> {
  if (engine === "pglite") {
    const handle = await openPglite();
    await migrateToLatest(handle.db);
    return { ...handle, drop: () => handle.close() };
  }
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `curbside_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), options.poolSize ?? 10);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Declares `spec` once per engine. `spec` receives a getter for the suite's database
 * (created in beforeAll, dropped in afterAll).
 */
export function describeEachEngine(title: string, spec: (db: () => TestDatabase, engine: Engine) => void): void {
  for (const engine of ENGINES) {
    describe(`${title} [${engine}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      }, 60_000);
      afterAll(async () => {
        await database?.drop();
      });
      spec(() => {
        if (!database) throw new Error("database not ready");
        return database;
      }, engine);
    });
  }
}
