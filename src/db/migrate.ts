// Runs migrations from migrations/ through Kysely's Migrator.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from "kysely";

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../migrations");

/**
 * Loads migrations/*.ts with our own import() (not Kysely's FileMigrationProvider), so
 * the TypeScript loader in use (tsx, vitest) also handles them.
 */
const folderProvider: MigrationProvider = {
  async getMigrations() {
    const migrations: Record<string, Migration> = {};
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".ts")).sort()) {
      migrations[file.slice(0, -3)] = (await import(pathToFileURL(path.join(MIGRATIONS_DIR, file)).href)) as Migration;
    }
    return migrations;
  },
};

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: folderProvider,
    // Feature branches add migrations independently; order by name but tolerate gaps.
    allowUnorderedMigrations: true,
  });
}

/** Brings the schema up to date; throws if a migration fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${reason}`);
  }
  return result;
}
