// Runs one invocation: resolves the actor, finds the command, action or form, checks
// the role, parses arguments and calls the handler. Every failure becomes a user-safe
// error reply here, in one place; logs carry codes and ids, never text.
import { AppError, isAppError } from "../errors.ts";
import { hasRole, resolveActor } from "../identity/actors.ts";
import { errorClass } from "../log.ts";
import { parseArgs } from "./args.ts";
import { cleanInvocation } from "./clean-input.ts";
import type { AppServices, Command, CommandContext, CommandRegistry } from "./command.ts";
import { isDeferred, type HandlerResult, type Invocation, type Reply, type Role } from "./model.ts";
import { errorReply } from "./reply.ts";

export interface DispatchOptions {
  /** Create unknown workspaces on first use (console, single-workspace installs). */
  autoRegisterWorkspace: boolean;
}

/** Everything dispatch needs. */
export interface Dispatcher {
  /** Runs an invocation; never throws. */
  dispatch(invocation: Invocation, options?: Partial<DispatchOptions>): Promise<HandlerResult>;
  /** The registry it dispatches to. */
  readonly registry: CommandRegistry;
}

const ROLE_LABEL: Record<Role, string> = { clinician: "clinicians", specialist: "specialists", admin: "admins" };

function unknownCommand(registry: CommandRegistry, name: string): AppError {
  const names = registry.all.map((c) => `/${c.name}`).join(", ");
  // Echo a mistyped word back, but never digits: an MRN, date or phone number typed
  // where a command belongs must not come back in an error.
  const shown = /^[a-z][a-z-]{0,31}$/i.test(name) ? `/${name}` : "that command";
  return new AppError("UNKNOWN_COMMAND", `Unknown command ${shown}. Commands: ${names}. Type /help for details.`);
}

function requireRole(actual: Role, required: Role): void {
  if (!hasRole(actual, required)) {
    throw new AppError("NOT_ALLOWED", `Only ${ROLE_LABEL[required]} can do that. Ask an admin if you need access.`, { required });
  }
}

/** Turns any thrown value into a user-safe reply, logging only the code. */
export function toErrorReply(error: unknown, services: Pick<AppServices, "log">, context: Record<string, string>): Reply {
  if (isAppError(error)) {
    services.log.debug("command.rejected", { code: error.code, ...context, ...error.meta });
    return errorReply(error.code, error.message, error.fieldErrors);
  }
  // Unexpected errors may carry driver messages with values in them: log only the class.
  // A SQLSTATE (e.g. "42703") is safe to log and tells an operator what failed.
  const sqlState = typeof (error as { code?: unknown })?.code === "string" && /^[0-9A-Z]{5}$/.test((error as { code: string }).code) ? (error as { code: string }).code : undefined;
  services.log.error("command.failed", { error: errorClass(error), sqlState, ...context });
  return errorReply("INTERNAL", "Something went wrong on Curbside's side; nothing you sent was lost. Please try again in a moment.");
}

function withCompletionGuard(result: HandlerResult, services: AppServices, context: Record<string, string>): HandlerResult {
  if (!isDeferred(result)) return result;
  const complete = result.complete;
  return {
    ...result,
    complete: async () => {
      try {
        return await complete();
      } catch (error) {
        return toErrorReply(error, services, context);
      }
    },
  };
}

async function route(command: Command, invocation: Invocation, ctx: CommandContext): Promise<HandlerResult> {
  requireRole(ctx.actor.role, command.permission);
  if (invocation.kind === "action") {
    const key = invocation.actionId.slice(command.name.length + 1);
    const handler = command.actions?.[key];
    if (!handler) throw new AppError("UNKNOWN_ACTION", "That button is no longer available. Run the command again.");
    return handler(invocation.value, ctx);
  }
  if (invocation.kind === "form") {
    const key = invocation.formId.slice(command.name.length + 1);
    const handler = command.forms?.[key];
    if (!handler) throw new AppError("UNKNOWN_ACTION", "That form is no longer available. Run the command again.");
    return handler(invocation.values, ctx);
  }
  const text = invocation.text.trim();
  const first = text.split(/\s+/, 1)[0]?.toLowerCase() ?? "";
  const sub = command.subcommands?.find((s) => s.name === first);
  if (sub) {
    requireRole(ctx.actor.role, sub.permission ?? command.permission);
    return sub.handler(parseArgs(text.slice(first.length).trim(), sub.options), ctx);
  }
  if (!command.handler) {
    const subs = (command.subcommands ?? []).map((s) => s.name).join(", ");
    throw new AppError("BAD_ARGUMENT", `/${command.name} needs one of: ${subs}. Type /help ${command.name} for details.`);
  }
  return command.handler(parseArgs(text, command.options), ctx);
}

function commandNameOf(invocation: Invocation): string {
  if (invocation.kind === "command") return invocation.command.toLowerCase().replace(/^\//, "");
  const id = invocation.kind === "action" ? invocation.actionId : invocation.formId;
  return id.split(":", 1)[0] ?? "";
}

/** Creates the dispatcher for a set of services and commands. */
export function createDispatcher(services: AppServices, registry: CommandRegistry, defaults: DispatchOptions = { autoRegisterWorkspace: false }): Dispatcher {
  return {
    registry,
    async dispatch(received, options) {
      const opts = { ...defaults, ...options };
      const name = commandNameOf(received).replace(/\u0000/g, "");
      // Only a registered name is logged: an unknown one is whatever was typed.
      const logContext = { platform: received.actor.platform, command: registry.get(name) ? name : "unknown", kind: received.kind };
      const started = Date.now();
      try {
        const invocation = cleanInvocation(received);
        const command = registry.get(name);
        if (!command) {
          throw invocation.kind === "command"
            ? unknownCommand(registry, name)
            : new AppError("UNKNOWN_ACTION", "That button is no longer available. Run the command again.");
        }
        const actor = await resolveActor(services.db, invocation.actor, {
          autoRegisterWorkspace: opts.autoRegisterWorkspace,
          defaultTimezone: services.config.DEFAULT_TIMEZONE,
        });
        const ctx: CommandContext = { ...services, actor, channel: invocation.channel, invocation, registry };
        const result = await route(command, invocation, ctx);
        services.log.debug("command.done", { ...logContext, ms: Date.now() - started });
        return withCompletionGuard(result, services, logContext);
      } catch (error) {
        return toErrorReply(error, services, logContext);
      }
    },
  };
}
