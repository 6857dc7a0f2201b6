// Runs one console line or action through the dispatcher and renders the result.
import type { Dispatcher } from "../../src/chat/dispatch.ts";
import { isDeferred, ROLES, type Invocation, type Platform, type Reply, type Role } from "../../src/chat/model.ts";
import type { ConsoleIdentity } from "./parse.ts";

/** Options common to `curbside exec` and the `serve` prompt. */
export interface ConsoleFlags {
  platform?: string;
  workspace?: string;
  channel?: string;
  user?: string;
  role?: string;
  thread?: string;
}

const PLATFORMS: Platform[] = ["console", "slack", "discord", "teams"];

/** Builds who the console acts as; throws on an unknown platform or role. */
export function consoleIdentity(flags: ConsoleFlags): ConsoleIdentity {
  const platform = (flags.platform ?? "console") as Platform;
  if (!PLATFORMS.includes(platform)) throw new Error(`--platform must be one of: ${PLATFORMS.join(", ")}`);
  if (flags.role !== undefined && !(ROLES as readonly string[]).includes(flags.role)) throw new Error(`--role must be one of: ${ROLES.join(", ")}`);
  const user = flags.user ?? "console-user";
  return {
    actor: {
      platform,
      workspace: flags.workspace ?? "local",
      user,
      displayName: user,
      ...(flags.role ? { roleHint: flags.role as Role, roleIsAuthoritative: true } : {}),
    },
    channel: {
      id: flags.channel ?? `dm-${user}`,
      kind: flags.channel ? "channel" : "dm",
      ...(flags.thread ? { threadId: flags.thread } : {}),
    },
  };
}

/** Dispatches and returns every reply in order (an ack and a final one for deferred work). */
export async function runConsole(dispatcher: Dispatcher, invocation: Invocation): Promise<Reply[]> {
  const result = await dispatcher.dispatch(invocation, { autoRegisterWorkspace: true });
  if (!isDeferred(result)) return [result];
  return [result.ack, await result.complete()];
}
