// The Bolt App: one global gate (is Curbside installed in this team?) and one listener
// per kind of request — every slash command, every button, every modal submission,
// and the uninstall events — each translating to a neutral invocation, running it
// through the dispatcher and delivering the reply. New commands need no change here.
import { App, type AuthorizeResult, type Receiver } from "@slack/bolt";
import type { Kysely } from "kysely";
import type { Dispatcher } from "../../src/chat/dispatch.ts";
import { isDeferred, type HandlerResult, type Role } from "../../src/chat/model.ts";
import { ephemeral } from "../../src/chat/reply.ts";
import type { Database } from "../../src/db/schema.ts";
import { errorClass, failureCode, type Logger } from "../../src/log.ts";
import { boltLogger } from "./bolt-logger.ts";
import { isLate, withinBudget, withoutForm, type ReplyRoute, type SlackDelivery } from "./delivery.ts";
import type { SlackAccess, SlackInstallations } from "./installations.ts";
import { parseBlockAction, parseSlashCommand, parseViewSubmission, type InteractionPayload, type SlashCommandBody } from "./parse.ts";
import { formOf, renderFieldErrors, renderMessage, renderModal } from "./render.ts";
import type { SlackWebApi } from "./web-api.ts";
import { BUSY_TEXT, type WorkQueue } from "./work-queue.ts";


/** How long a modal submission may wait for its result (Slack allows 3 s). */
export const MODAL_ACK_BUDGET_MS = 2000;

/** Shown when a team that has not installed Curbside (or uninstalled it) sends a request. */
export const NOT_INSTALLED_TEXT = "Curbside is not installed in this Slack workspace. Ask your IT team to install it here.";

export interface SlackAppDeps {
  /** Core database (for the first-use admin check). */
  db: Kysely<Database>;
  /** Runs invocations. */
  dispatcher: Dispatcher;
  /** Installed teams and tokens. */
  installations: SlackInstallations;
  /** Web API client. */
  api: SlackWebApi;
  /** Reply delivery after the ack. */
  delivery: SlackDelivery;
  /** Curbside log. */
  log: Logger;
  /** Web API base URL for Bolt's own client. */
  apiUrl: string;
  /** How long the ack may wait for a command that could start at once (0: ack before any work). */
  ackBudgetMs: number;
  /** Runs command, button and form work so it never delays later acks. */
  work: WorkQueue;
  /** Whether Slack admins/owners become Curbside admins on first use. */
  adminRoleFromSlack: boolean;
  /** Tracks background deliveries (tests wait on them). */
  track: (work: Promise<void>) => void;
}

export type Transport = { kind: "http"; receiver: Receiver } | { kind: "socket"; appToken: string };

type Ack = (body?: unknown) => Promise<void>;

/** Decides the role hint for a user Curbside has not seen yet (users.info is_admin / is_owner). */
class FirstUseRoles {
  private readonly known = new Set<string>();

  constructor(private readonly deps: SlackAppDeps) {}

  /** The hint; never throws (a failed look-up means no hint, and dispatch reports the database). */
  async hint(access: SlackAccess, userId: string): Promise<Role | undefined> {
    try {
      return await this.lookUp(access, userId);
    } catch (error) {
      this.deps.log.warn("slack.role_hint_failed", { error: errorClass(error) });
      return undefined;
    }
  }

  private async lookUp(access: SlackAccess, userId: string): Promise<Role | undefined> {
    if (!this.deps.adminRoleFromSlack || !access.botToken) return undefined;
    const key = `${access.workspaceId}:${userId}`;
    if (this.known.has(key)) return undefined;
    const existing = await this.deps.db.selectFrom("users").select("id").where("workspace_id", "=", access.workspaceId).where("external_id", "=", userId).executeTakeFirst();
    if (existing) {
      if (this.known.size > 100_000) this.known.clear();
      this.known.add(key);
      return undefined;
    }
    try {
      const info = await this.deps.api.call<{ user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } }>("users.info", access.botToken, { user: userId });
      return info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner ? "admin" : undefined;
    } catch (error) {
      this.deps.log.warn("slack.users_info_failed", { code: failureCode(error) });
      return undefined;
    }
  }
}

// A flood of refusals must not become a flood of log lines: the first, then every 100th.
function logBusy(deps: Pick<SlackAppDeps, "work" | "log">, kind: string): void {
  const refused = deps.work.stats().refused;
  if (refused === 1 || refused % 100 === 0) deps.log.warn("slack.busy", { kind, refusedSoFar: refused });
}

/**
 * The "busy" answer to a slash command, given before Bolt runs, when the work queue is
 * full and the team is known to be installed (from the installation cache; otherwise
 * undefined, and Bolt's gate decides). Under overload most requests are refused, and
 * skipping Bolt's middleware and listeners for them leaves more of the CPU for the work
 * that was admitted. Signature, timestamp and replay checks have already run.
 */
export function busyAnswerBeforeBolt(deps: Pick<SlackAppDeps, "work" | "log" | "installations">, body: Record<string, unknown>): { response_type: "ephemeral"; text: string } | undefined {
  if (typeof body.command !== "string" || typeof body.team_id !== "string" || !deps.installations.cachedAccess(body.team_id)) return undefined;
  if (!deps.work.refuseIfFull()) return undefined;
  logBusy(deps, "command");
  return { response_type: "ephemeral", text: BUSY_TEXT };
}

function accessOf(context: Record<string, unknown>): SlackAccess | undefined {
  return context.slackAccess as SlackAccess | undefined;
}

/** Builds the Bolt App with Curbside's listeners on the given transport. */
export function createSlackBoltApp(deps: SlackAppDeps, transport: Transport): InstanceType<typeof App> {
  const logger = boltLogger(deps.log);
  const authorize = async (source: { teamId?: string }): Promise<AuthorizeResult> => {
    const access = source.teamId ? await deps.installations.access(source.teamId) : undefined;
    if (!access) return source.teamId ? { teamId: source.teamId } : {};
    return { teamId: access.teamId, ...(access.botToken ? { botToken: access.botToken } : {}), ...(access.botUserId ? { botUserId: access.botUserId } : {}), slackAccess: access };
  };
  // convoStore: false drops Bolt's conversation-state middleware: Curbside keeps no
  // conversation state in Bolt, and its in-memory store built and threw away an Error
  // (with a stack trace) on every request without state (about 2% of a /specialist request's CPU).
  const app =
    transport.kind === "http"
      ? new App({ receiver: transport.receiver, authorize, logger, convoStore: false, clientOptions: { slackApiUrl: deps.apiUrl } })
      : // installerOptions.clientOptions is what Bolt hands the Socket Mode client: without it apps.connections.open would ignore SLACK_API_URL.
        new App({ socketMode: true, appToken: transport.appToken, authorize, logger, convoStore: false, clientOptions: { slackApiUrl: deps.apiUrl }, installerOptions: { clientOptions: { slackApiUrl: deps.apiUrl } } });
  const roles = new FirstUseRoles(deps);
  const later = (kind: string, work: () => Promise<void>) => deps.track(deps.delivery.background(kind, work));
  const busy = (kind: string) => logBusy(deps, kind);

  app.error(async (error) => {
    deps.log.error("slack.listener_failed", { error: errorClass(error), code: failureCode(error) });
  });

  // The gate: nothing runs for a team Curbside is not installed in, and nothing is stored.
  app.use(async ({ context, body, next, ...rest }) => {
    if (accessOf(context)) return next();
    const b = body as Record<string, unknown> & { event?: { type?: string } };
    if (b.event?.type === "app_uninstalled" || b.event?.type === "tokens_revoked") return next();
    deps.log.info("slack.not_installed", { kind: typeof b.command === "string" ? "command" : String(b.type ?? "unknown") });
    const ack = (rest as { ack?: Ack }).ack;
    if (typeof b.command === "string") await ack?.({ response_type: "ephemeral", text: NOT_INSTALLED_TEXT });
    else if (b.type === "view_submission") {
      const firstBlock = Object.keys((b as unknown as InteractionPayload).view?.state?.values ?? {})[0];
      await ack?.(firstBlock ? renderFieldErrors({ [firstBlock]: NOT_INSTALLED_TEXT }) : undefined);
    } else {
      await ack?.();
      const responseUrl = (b as unknown as InteractionPayload).response_url;
      if (responseUrl) later("not_installed", () => deps.api.respond(responseUrl, { response_type: "ephemeral", replace_original: false, text: NOT_INSTALLED_TEXT }));
    }
  });

  // Commands: the ack never waits on queued work. A command that can start at once may
  // answer in the ack if it finishes within SLACK_ACK_BUDGET_MS; otherwise Slack gets an
  // empty ack and the reply follows on response_url. A full queue answers "busy" at once.
  app.command(/^\/.+/, async ({ command, ack, context }) => {
    const access = accessOf(context)!;
    const body = command as unknown as SlashCommandBody;
    const route: ReplyRoute = {
      channel: parseSlashCommand(body).channel,
      userId: body.user_id,
      ...(access.botToken ? { token: access.botToken } : {}),
      ...(body.response_url ? { responseUrl: body.response_url } : {}),
      ...(body.trigger_id ? { triggerId: body.trigger_id } : {}),
    };
    const job = deps.work.admit(async () => deps.dispatcher.dispatch(parseSlashCommand(body, await roles.hint(access, body.user_id))));
    if (!job) {
      busy("command");
      await ack({ response_type: "ephemeral", text: BUSY_TEXT });
      return;
    }
    if (job.startsAtOnce && deps.ackBudgetMs > 0) {
      const result = await withinBudget(job.result, deps.ackBudgetMs);
      if (!isLate(result)) return answerInAck(result, ack as Ack, route);
    }
    await ack();
    later("command_late", async () => deps.delivery.sendResult(route, await job.result));
  });

  /** A result that is ready: the ack carries the reply; deferred work and modals follow. */
  async function answerInAck(result: HandlerResult, ack: Ack, route: ReplyRoute): Promise<void> {
    if (isDeferred(result)) {
      await ack(renderMessage(result.ack));
      later("command_deferred", async () => deps.delivery.send({ ...route, triggerId: undefined }, await result.complete()));
      return;
    }
    const form = formOf(result);
    if (form) {
      const rest = withoutForm(result);
      await ack(rest.blocks.length > 0 ? renderMessage(rest) : undefined);
      later("modal_open", () => deps.delivery.openModal(route, form));
      return;
    }
    await ack(renderMessage(result));
  }

  app.action(/.+/, async ({ body, ack, context }) => {
    await ack();
    const access = accessOf(context)!;
    const payload = body as unknown as InteractionPayload;
    const userId = payload.user?.id;
    const invocation = payload.type === "block_actions" && userId ? parseBlockAction(payload) : undefined;
    if (!invocation || !userId) return;
    const route: ReplyRoute = {
      channel: invocation.channel,
      userId,
      ...(access.botToken ? { token: access.botToken } : {}),
      ...(payload.response_url ? { responseUrl: payload.response_url } : {}),
      ...(payload.trigger_id ? { triggerId: payload.trigger_id } : {}),
    };
    const job = deps.work.admit(async () => deps.dispatcher.dispatch(parseBlockAction(payload, await roles.hint(access, userId)) ?? invocation));
    if (!job) {
      busy("action");
      later("busy", () => deps.delivery.send(route, ephemeral(BUSY_TEXT)));
      return;
    }
    later("action", async () => {
      const result = await job.result;
      await deps.delivery.sendResult(route, result, !isDeferred(result) && result.replaceOriginal === true);
    });
  });

  app.view(/.+/, async ({ body, ack, context }) => {
    const access = accessOf(context)!;
    const payload = body as unknown as InteractionPayload;
    if (payload.type !== "view_submission" || !payload.user?.id) return void (await ack());
    const userId = payload.user.id;
    const parsed = parseViewSubmission(payload);
    if (!parsed) return void (await ack());
    const firstField = Object.keys(parsed.invocation.values)[0] ?? Object.keys(payload.view?.state?.values ?? {})[0];
    const route: ReplyRoute = {
      channel: parsed.origin.channel,
      userId,
      ...(access.botToken ? { token: access.botToken } : {}),
      ...(parsed.origin.responseUrl ? { responseUrl: parsed.origin.responseUrl } : {}),
    };
    const job = deps.work.admit(async () => deps.dispatcher.dispatch((parseViewSubmission(payload, await roles.hint(access, userId)) ?? parsed).invocation));
    if (!job) {
      // Busy: keep the modal open with what was typed, and say so on a field.
      busy("form");
      return void (await ack(firstField ? renderFieldErrors({ [firstField]: BUSY_TEXT }) : undefined));
    }
    // Unlike commands, a submission waits (up to MODAL_ACK_BUDGET_MS, even behind queued
    // work): only an answer in the ack can put validation errors on the modal's fields.
    const result = await withinBudget(job.result, Math.max(deps.ackBudgetMs, MODAL_ACK_BUDGET_MS));
    if (isLate(result)) {
      await ack();
      later("form_late", async () => deps.delivery.sendResult(route, await job.result));
      return;
    }
    if (!isDeferred(result)) {
      if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) return void (await ack(renderFieldErrors(result.fieldErrors)));
      if (result.status === "error" && firstField) return void (await ack(renderFieldErrors({ [firstField]: result.text })));
      const form = formOf(result);
      if (form) return void (await (ack as Ack)({ response_action: "update", view: renderModal(form, parsed.origin) }));
    }
    await ack();
    later("form_result", () => deps.delivery.sendResult(route, result));
  });

  const forget = async (teamId: unknown, kind: string) => {
    if (typeof teamId !== "string") return;
    const removed = await deps.installations.remove(teamId);
    deps.log.info("slack.installation_removed", { kind, removed });
  };
  app.event("app_uninstalled", async ({ body }) => forget((body as { team_id?: unknown }).team_id, "app_uninstalled"));
  app.event("tokens_revoked", async ({ body, event }) => {
    if ((event.tokens.bot ?? []).length > 0) await forget((body as { team_id?: unknown }).team_id, "tokens_revoked");
  });

  return app;
}
