// The composition root: the one place that reads configuration, opens the database,
// builds the core services and wires adapters to them. src/ never imports adapters;
// this file is where they meet.
import { createConsoleGateway } from "../adapters/console/gateway.ts";
import { loadRegistry } from "../src/chat/registry.ts";
import type { AppServices, CommandRegistry, Gateways } from "../src/chat/command.ts";
import { createDispatcher, type Dispatcher } from "../src/chat/dispatch.ts";
import { systemClock, type Clock } from "../src/chat/ports.ts";
import type { Config } from "../src/config.ts";
import { openDatabase, type DatabaseHandle } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { countSpecialists, seedDemoDirectory } from "../src/directory/demo-seed.ts";
import { createLogger, type Logger } from "../src/log.ts";
import type { Llm } from "../src/summarize/llm.ts";
import { createLlmFromConfig } from "../src/summarize/llm-from-config.ts";

/** A running Curbside core. */
export interface Curbside {
  /** Services handed to commands. */
  services: AppServices;
  /** Runs invocations. */
  dispatcher: Dispatcher;
  /** The commands. */
  registry: CommandRegistry;
  /** Database handle (engine, close). */
  database: DatabaseHandle;
  /** Closes the database. */
  close(): Promise<void>;
}

export interface ComposeOptions {
  /** Use this database instead of opening one from config. */
  database?: DatabaseHandle;
  /** Clock (tests inject a fake one). */
  clock?: Clock;
  /** Logger. */
  log?: Logger;
  /** Gateways to add or replace. */
  gateways?: Gateways;
  /** Called with a one-line notice for the operator (e.g. "seeded demo directory"). */
  notice?: (message: string) => void;
  /** Language model for /summarize; default: built from OPENAI_* config; null: none. */
  llm?: Llm | null;
}

/** Opens the database, migrates it, seeds the demo directory when empty, loads commands. */
export async function createCurbside(config: Config, options: ComposeOptions = {}): Promise<Curbside> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const database = options.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.CURBSIDE_DATA_DIR }));
  try {
    await migrateToLatest(database.db);
    if (config.CURBSIDE_DEMO_SEED === "auto" && (await countSpecialists(database.db)) === 0) {
      const added = await seedDemoDirectory(database.db);
      options.notice?.(`The directory was empty: seeded ${added} invented demo specialists (set CURBSIDE_DEMO_SEED=off to skip).`);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const registry = await loadRegistry();
  const clock = options.clock ?? systemClock;
  // The console gateway is always there (it stores deliveries); others come from options.
  const gateways: Gateways = { console: createConsoleGateway(database.db, clock), ...options.gateways };
  const services: AppServices = { db: database.db, clock, config, log, gateways };
  const llm = options.llm === undefined ? createLlmFromConfig(config, log) : (options.llm ?? undefined);
  if (llm) services.llm = llm;
  const dispatcher = createDispatcher(services, registry);
  return { services, dispatcher, registry, database, close: () => database.close() };
}
