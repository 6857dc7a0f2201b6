// curbside oncall import FILE.csv [--organization ID] [--timezone ZONE] — loads an on-call
// rota. Columns (header required, any order): specialty,who,from,to[,note][,timezone]
//   specialty  name, synonym or NUCC code          cardiology | 207RC0000X
//   who        10-digit NPI, or a Curbside user's platform id or display name
//   from, to   ISO 8601, or "YYYY-MM-DD HH:MM" in the row's timezone (else --timezone,
//              else the workspace default zone)
//   note       how to reach them (pager, extension); never patient data
import { readFile } from "node:fs/promises";
import { audit } from "../../src/audit.ts";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { importOncallCsv } from "../../src/directory/oncall-import.ts";
import { parseCliArgs, UsageError, type CliCommand } from "../cli-command.ts";

const USAGE = [
  "Usage: curbside oncall import FILE.csv [--organization ID] [--timezone ZONE]",
  "CSV header: specialty,who,from,to,note,timezone (note and timezone optional)",
  "  cardiology,1234567893,2026-01-05 08:00,2026-01-06 08:00,pager 5550100,America/Chicago",
].join("\n");

export default {
  name: "oncall",
  summary: "oncall import FILE.csv: load an on-call rota (specialty,who,from,to,note,timezone)",
  async run(argv, io) {
    const { values, positionals } = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: { organization: { type: "string" }, timezone: { type: "string" }, help: { type: "boolean" } },
    });
    if (values.help) {
      io.stdout.write(USAGE + "\n");
      return 0;
    }
    if (positionals[0] !== "import" || positionals.length !== 2) throw new UsageError(USAGE);
    let text: string;
    try {
      text = await readFile(positionals[1]!, "utf8");
    } catch {
      io.stderr.write("That file does not exist or cannot be read.\n");
      return 1;
    }
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.CURBSIDE_DATA_DIR });
    try {
      await migrateToLatest(database.db);
      const orgs = await database.db.selectFrom("organizations").select("id").orderBy("id").execute();
      const organizationId = values.organization === undefined ? (orgs.length === 1 ? orgs[0]!.id : undefined) : Number(values.organization);
      if (organizationId === undefined || !orgs.some((o) => o.id === organizationId)) {
        throw new UsageError(`--organization must name one of the organizations: ${orgs.map((o) => o.id).join(", ") || "(none yet: install the app in a workspace first)"}`);
      }
      const zone = values.timezone ?? config.DEFAULT_TIMEZONE;
      const report = await importOncallCsv(database.db, text, { organizationId, defaultTimezone: zone });
      await audit(database.db, { organizationId, actorUserId: null, action: "oncall.imported", meta: { added: report.added, updated: report.updated, rejected: report.rejected.length } });
      io.stdout.write(`On-call rota: ${report.added} shifts added, ${report.updated} updated, ${report.rejected.length} rows rejected.\n`);
      for (const r of report.rejected) io.stdout.write(`  line ${r.line}: ${r.reason}\n`);
      return report.rejected.length > 0 && report.added + report.updated === 0 ? 1 : 0;
    } finally {
      await database.close();
    }
  },
} satisfies CliCommand;
