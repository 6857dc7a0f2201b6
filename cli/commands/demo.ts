// curbside demo seed [--count N] — an invented, deterministic demo directory.
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { seedDemoDirectory } from "../../src/directory/demo-seed.ts";
import { parseCliArgs, UsageError, type CliCommand } from "../cli-command.ts";

export default {
  name: "demo",
  summary: "demo seed [--count N]: add N invented specialists (default 500) to the directory",
  async run(argv, io) {
    const { values, positionals } = parseCliArgs({ args: argv, allowPositionals: true, options: { count: { type: "string" } } });
    if (positionals[0] !== "seed" || positionals.length > 1) throw new UsageError("Usage: curbside demo seed [--count N]");
    const count = values.count === undefined ? 500 : Number(values.count);
    if (!Number.isInteger(count) || count < 1 || count > 2_000_000) throw new UsageError("--count must be a whole number between 1 and 2000000");
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.CURBSIDE_DATA_DIR });
    try {
      await migrateToLatest(database.db);
      const added = await seedDemoDirectory(database.db, count);
      io.stdout.write(`Seeded ${added} invented specialists (${count - added} were already there).\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
} satisfies CliCommand;
