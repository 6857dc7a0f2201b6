// curbside migrate — brings the database schema up to date.
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import type { CliCommand } from "../cli-command.ts";

export default {
  name: "migrate",
  summary: "Apply database migrations (serve and exec also do this on start)",
  async run(_argv, io) {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.CURBSIDE_DATA_DIR });
    try {
      const result = await migrateToLatest(database.db);
      const applied = (result.results ?? []).filter((r) => r.status === "Success");
      io.stdout.write(applied.length === 0 ? `Schema is up to date (${database.engine}).\n` : applied.map((r) => `applied ${r.migrationName}`).join("\n") + "\n");
      return 0;
    } finally {
      await database.close();
    }
  },
} satisfies CliCommand;
