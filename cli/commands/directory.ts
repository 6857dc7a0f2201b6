// curbside directory import FILE.csv|FILE.zip — loads the NPPES "NPI Data Dissemination"
// file (or a CMS .zip of it) into the specialist directory, with a progress bar.
import { audit } from "../../src/audit.ts";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { importNppes } from "../../src/directory/nppes/import.ts";
import { progressReporter, summarize } from "../../src/directory/nppes/progress.ts";
import { isAppError } from "../../src/errors.ts";
import { parseCliArgs, UsageError, type CliCommand } from "../cli-command.ts";

const USAGE = "Usage: curbside directory import FILE.csv|FILE.zip [--batch-size N] [--lanes N] [--json]";

export default {
  name: "directory",
  summary: "directory import FILE.csv|FILE.zip: load the NPPES NPI file into the specialist directory",
  async run(argv, io) {
    const { values, positionals } = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: { "batch-size": { type: "string" }, lanes: { type: "string" }, json: { type: "boolean" } },
    });
    if (positionals[0] !== "import" || positionals.length !== 2) throw new UsageError(USAGE);
    const batchSize = values["batch-size"] === undefined ? 2000 : Number(values["batch-size"]);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 20_000) throw new UsageError("--batch-size must be a whole number between 1 and 20000");
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.CURBSIDE_DATA_DIR });
    // PostgreSQL takes two batches at once (a pool); the embedded database one.
    const lanes = values.lanes === undefined ? (database.engine === "postgres" ? 2 : 1) : Number(values.lanes);
    if (!Number.isInteger(lanes) || lanes < 1 || lanes > 8) throw new UsageError("--lanes must be between 1 and 8");
    if (lanes > 1 && database.engine === "pglite") throw new UsageError("--lanes above 1 needs PostgreSQL (DATABASE_URL)");
    const progress = progressReporter(io.stderr);
    try {
      await migrateToLatest(database.db);
      const report = await importNppes(database.db, positionals[1]!, { batchSize, lanes, onProgress: (p) => progress.update(p), progressEveryMs: io.stderr.isTTY ? 250 : 1000 });
      progress.done();
      await audit(database.db, {
        organizationId: null,
        actorUserId: null,
        action: "directory.imported",
        subjectType: "directory",
        meta: { rows: report.rows, inserted: report.inserted, updated: report.updated, deactivated: report.deactivated, rejected: report.rejected },
      });
      io.stdout.write(values.json ? JSON.stringify(report) + "\n" : summarize(report) + "\n");
      return 0;
    } catch (error) {
      progress.done();
      if (isAppError(error)) {
        io.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await database.close();
    }
  },
} satisfies CliCommand;
