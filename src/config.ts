// Reads the environment once. Every problem is reported at once, by variable name;
// secret values are never printed. Nothing else in the code reads process.env.
import { z } from "zod";

const optionalString = z.string().trim().min(1).optional();
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL").optional(),
  CURBSIDE_DATA_DIR: z.string().trim().min(1).default("./.curbside"),
  PORT: port.default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  DEFAULT_TIMEZONE: z.string().trim().min(1).default("America/New_York").refine(isTimeZone, "must be an IANA time zone such as America/Chicago"),
  CURBSIDE_DEMO_SEED: z.enum(["auto", "off"]).default("auto"),
  /** Key (32+ characters) used to encrypt platform tokens at rest. */
  CURBSIDE_ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  /** Largest request body the HTTP server accepts, in bytes. */
  MAX_BODY_BYTES: positiveInt.default(256 * 1024),
  /** Seconds between scheduler passes (sweeps + outbox drain) in `curbside serve`; 0 turns it off. */
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(59).default(1),
  /** Tries before an outbox delivery is dead-lettered. */
  OUTBOX_MAX_ATTEMPTS: positiveInt.max(50).default(8),

  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  SLACK_API_URL: z.string().trim().url().optional(),
  /** Single-workspace mode: the only Slack team accepted (otherwise the first signed request's team is pinned). */
  SLACK_TEAM_ID: optionalString,
  /** Whether Slack workspace admins/owners become Curbside admins on first use. */
  SLACK_ADMIN_ROLE_FROM_SLACK: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  /** How long a slash command that can start at once may run before Slack gets an empty ack and the reply goes to response_url. */
  SLACK_ACK_BUDGET_MS: z.coerce.number().int().min(0).max(2500).default(10),



  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.string().trim().url().optional(),
  OPENAI_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: positiveInt.default(30_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  OPENAI_DEADLINE_MS: positiveInt.default(120_000),
  /** Estimated prompt tokens per model call before /summarize splits a discussion into chunks and merges (map-reduce). */
  SUMMARIZE_CHUNK_TOKENS: positiveInt.min(64).default(6000),
});

export type Config = z.infer<typeof schema>;

/** Names of variables whose values are secrets and must never be printed. */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  "DATABASE_URL",
  "CURBSIDE_ENCRYPTION_KEY",
  "SLACK_SIGNING_SECRET",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "OPENAI_API_KEY",
]);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Parses configuration from an environment; throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join(".");
    // Zod messages describe the rule, not the value, so they are safe for secrets too.
    return `${key}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** Configuration for tests: defaults plus overrides, without reading process.env. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: "silent", CURBSIDE_DEMO_SEED: "off", ...overrides });
}
