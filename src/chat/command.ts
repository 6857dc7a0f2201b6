// How a slash command is declared. One command = one file in commands/, exporting a
// declaration that `satisfies Command`. Adapters register commands from the registry
// (Slack manifest, Discord command registration, Teams command menu).
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../log.ts";
import type { ChannelRef, HandlerResult, Invocation, Role } from "./model.ts";
import type { ChatGateway, Clock } from "./ports.ts";
import type { ParsedArgs } from "./args.ts";
import type { Platform } from "./model.ts";
import type { Llm } from "../summarize/llm.ts";

/** Kinds of option a command can take. */
export type OptionType =
  /** One token. */
  | "string"
  /** A whole number. */
  | "integer"
  /** One of `choices`. */
  | "choice"
  /** Present or absent: a bare keyword such as `telehealth`. */
  | "flag"
  /** Every leftover token that is not a keyword, joined by spaces. */
  | "words"
  /** Everything after the earlier positionals, verbatim (free text; no keyword parsing). */
  | "text";

/** One option of a command or subcommand. */
export interface OptionSpec {
  /** Name used in help and as the key in parsed args. */
  name: string;
  /** Option type. */
  type: OptionType;
  /** One-line description for help, manifests and Discord registration. */
  description: string;
  /** Whether it must be given. */
  required?: boolean;
  /**
   * Keyword options are introduced by their name ("near 10001", "lang spanish");
   * positional ones are filled in order from the remaining tokens.
   */
  keyword?: boolean;
  /** For keyword options: how many tokens the value takes (default: until the next keyword). */
  arity?: number;
  /** Allowed values for "choice". */
  choices?: readonly string[];
  /** Extra check: returns a user-safe message when the value is wrong. */
  validate?: (value: string) => string | undefined;
  /** Example value for help. */
  example?: string;
}

/** A resolved actor: the platform identity joined to Curbside's own rows. */
export interface Actor {
  /** Curbside user id. */
  userId: number;
  /** Curbside organization id; every query on cases, reminders and users is scoped by it. */
  organizationId: number;
  /** Curbside workspace id. */
  workspaceId: number;
  /** Effective role. */
  role: Role;
  /** Platform the actor is on. */
  platform: Platform;
  /** Platform workspace id. */
  workspaceExternalId: string;
  /** Platform user id. */
  userExternalId: string;
  /** Display name, when known. */
  displayName: string | null;
  /** IANA time zone of the user (or their workspace's). */
  timezone: string;
}

/** Outbound gateways by platform. */
export type Gateways = Partial<Record<Platform, ChatGateway>>;

/** Everything the core gets from the composition root. */
export interface AppServices {
  /** Database. */
  db: Kysely<Database>;
  /** Clock. */
  clock: Clock;
  /** Parsed configuration. */
  config: Config;
  /** Structured logger (never given message text). */
  log: Logger;
  /** Outbound gateways per platform. */
  gateways: Gateways;
  /** Language model for /summarize; absent when none is configured (extractive fallback). */
  llm?: Llm;
}

/** What a handler receives besides its parsed arguments. */
export interface CommandContext extends AppServices {
  /** Who is acting. */
  actor: Actor;
  /** Where. */
  channel: ChannelRef;
  /** The raw invocation (for ids such as messageId). */
  invocation: Invocation;
  /** All registered commands (for /help). */
  registry: CommandRegistry;
}

/** Handles a parsed command. */
export type CommandHandler = (args: ParsedArgs, ctx: CommandContext) => Promise<HandlerResult>;

/** Handles a button press: `value` is the button's value. */
export type ActionHandler = (value: string, ctx: CommandContext) => Promise<HandlerResult>;

/** Handles a submitted form. */
export type FormHandler = (values: Record<string, string>, ctx: CommandContext) => Promise<HandlerResult>;

/** A subcommand: `/consult claim 42`. */
export interface Subcommand {
  /** First word after the command. */
  name: string;
  /** One-line description. */
  description: string;
  /** Options after the subcommand word. */
  options: OptionSpec[];
  /** Least role that may run it (defaults to the command's). */
  permission?: Role;
  /** The handler. */
  handler: CommandHandler;
}

/** A slash command declaration. */
export interface Command {
  /** Name without slash, lower case. */
  name: string;
  /** One-line description (Slack manifest, Discord registration, help). */
  description: string;
  /** Usage hint shown in Slack's command list and help, e.g. "cardiology near 10001". */
  usage: string;
  /** Least role that may run it. */
  permission: Role;
  /** Options of the command's default form (when no subcommand word matches). */
  options: OptionSpec[];
  /** Subcommands, matched by the first word. */
  subcommands?: Subcommand[];
  /** Default handler; absent when only subcommands exist. */
  handler?: CommandHandler;
  /** Button handlers by the part after "<command>:" in the action id. */
  actions?: Record<string, ActionHandler>;
  /** Form handlers by the part after "<command>:" in the form id. */
  forms?: Record<string, FormHandler>;
  /** Longer help text (examples), shown by `/help <command>`. */
  help?: string;
}

/** The commands Curbside knows, by name. */
export interface CommandRegistry {
  /** All commands, sorted by name. */
  readonly all: readonly Command[];
  /** One command by name. */
  get(name: string): Command | undefined;
}
