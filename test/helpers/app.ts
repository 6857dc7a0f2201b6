// A Curbside core over a test database, with a fake clock and an in-memory log, and a
// helper to run slash commands as a given user.
import { createCurbside, type Curbside } from "../../cli/compose.ts";
import type { Gateways } from "../../src/chat/command.ts";
import { isDeferred, type Invocation, type Platform, type Reply, type Role } from "../../src/chat/model.ts";
import { FakeClock } from "../../src/chat/ports.ts";
import { testConfig } from "../../src/config.ts";
import { memoryLogger } from "../../src/log.ts";
import type { TestDatabase } from "./db.ts";

export interface TestApp extends Curbside {
  /** The fake clock the app uses. */
  clock: FakeClock;
  /** Every log line written. */
  logLines: string[];
  /** Runs "/command args" as someone; awaits deferred work. */
  run(line: string, as?: As): Promise<Reply>;
  /** Presses a button. */
  press(actionId: string, value: string, as?: As): Promise<Reply>;
  /** Submits a form. */
  submit(formId: string, values: Record<string, string>, as?: As): Promise<Reply>;
}

/** Who a test acts as. */
export interface As {
  user?: string;
  role?: Role;
  platform?: Platform;
  workspace?: string;
  channel?: string;
  threadId?: string;
}

function actorOf(as: As = {}): Pick<Invocation, "actor" | "channel"> {
  const user = as.user ?? "dr-test";
  return {
    actor: {
      platform: as.platform ?? "console",
      workspace: as.workspace ?? "local",
      user,
      displayName: user,
      ...(as.role ? { roleHint: as.role, roleIsAuthoritative: true } : {}),
    },
    channel: { id: as.channel ?? `dm-${user}`, kind: as.channel ? "channel" : "dm", ...(as.threadId ? { threadId: as.threadId } : {}) },
  };
}

/** Builds an app on `database` (already migrated). Config overrides go in `env`. */
export async function createTestApp(database: TestDatabase, options: { env?: Record<string, string>; gateways?: Gateways; clock?: FakeClock } = {}): Promise<TestApp> {
  const clock = options.clock ?? new FakeClock();
  const log = memoryLogger();
  // The suite owns the database's lifetime, so closing the app must not close it.
  const app = await createCurbside(testConfig(options.env), {
    database: { ...database, close: async () => {} },
    clock,
    log,
    gateways: options.gateways,
  });
  const settle = async (invocation: Invocation) => {
    const result = await app.dispatcher.dispatch(invocation, { autoRegisterWorkspace: true });
    return isDeferred(result) ? result.complete() : result;
  };
  return {
    ...app,
    clock,
    logLines: log.lines,
    run: (line, as) => {
      const m = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
      if (!m) throw new Error(`not a slash command: ${line}`);
      return settle({ kind: "command", command: m[1]!, text: m[2]!, ...actorOf(as) });
    },
    press: (actionId, value, as) => settle({ kind: "action", actionId, value, ...actorOf(as) }),
    submit: (formId, values, as) => settle({ kind: "form", formId, values, ...actorOf(as) }),
  };
}
