// curbside slack manifest [--url https://curbside.example.org] [--socket-mode]
//   prints the Slack app manifest (YAML) for every registered command.
// curbside slack link --team T0SECOND --into T0FIRST
//   moves an installed Slack workspace into another installed workspace's organization,
//   so both share one directory, triage channels and case history.
import { buildSlackManifest } from "../../adapters/slack/manifest.ts";
import { linkSlackWorkspace } from "../../adapters/slack/installations.ts";
import { loadRegistry } from "../../src/chat/registry.ts";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { parseCliArgs, UsageError, type CliCommand } from "../cli-command.ts";

const USAGE = "Usage: curbside slack manifest [--url https://curbside.example.org] [--socket-mode] [--name Curbside]\n       curbside slack link --team <team id> --into <team id>";

export default {
  name: "slack",
  summary: "slack manifest [--url URL]: print the Slack app manifest; slack link --team T --into T: join a workspace to another's organization",
  async run(argv, io) {
    const { values, positionals } = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: "string" }, "socket-mode": { type: "boolean" }, name: { type: "string" }, team: { type: "string" }, into: { type: "string" } },
    });
    const [sub, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(USAGE);
    if (sub === "manifest") {
      const url = values.url ?? "https://curbside.example.org";
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UsageError("--url must be an absolute URL such as https://curbside.example.org");
      }
      if (parsed.protocol !== "https:" && !values["socket-mode"]) io.stderr.write("Note: Slack only calls https:// request URLs.\n");
      const registry = await loadRegistry();
      io.stdout.write(buildSlackManifest(registry, { baseUrl: url, ...(values["socket-mode"] ? { socketMode: true } : {}), ...(values.name ? { name: values.name } : {}) }));
      return 0;
    }
    if (sub === "link") {
      if (!values.team || !values.into) throw new UsageError(USAGE);
      const config = loadConfig();
      const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.CURBSIDE_DATA_DIR });
      try {
        await migrateToLatest(database.db);
        const { organizationId } = await linkSlackWorkspace(database.db, values.team, values.into);
        io.stdout.write(`Slack workspace ${values.team} now belongs to organization ${organizationId} (with ${values.into}).\n`);
        return 0;
      } finally {
        await database.close();
      }
    }
    throw new UsageError(USAGE);
  },
} satisfies CliCommand;
