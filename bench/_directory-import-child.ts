// Child process of bench/directory.ts: imports FILE into the database at URL with the
// same options as `curbside directory import` on PostgreSQL, then prints the report and
// this process's peak RSS as one JSON line.
import { openPostgres } from "../src/db/database.ts";
import { importNppes } from "../src/directory/nppes/import.ts";

const [file, url] = process.argv.slice(2);
const handle = openPostgres(url!, 4);
try {
  const report = await importNppes(handle.db, file!, { lanes: 2 });
  process.stdout.write(JSON.stringify({ report, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
} finally {
  await handle.close();
}
