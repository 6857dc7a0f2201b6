// Gets a handler's result to the person: in the ack body when it is ready in time,
// otherwise through response_url (Slack takes up to five posts per URL within 30 min),
// modals through views.open, and form results to the channel the form came from.
import type { ChannelRef, Form, HandlerResult, Reply } from "../../src/chat/model.ts";
import { isDeferred } from "../../src/chat/model.ts";
import { errorClass, failureCode, type Logger } from "../../src/log.ts";
import { formOf, renderMessage, renderModal, type SlackMessage } from "./render.ts";
import type { SlackWebApi } from "./web-api.ts";

/** Where the answer to one Slack request can go. */
export interface ReplyRoute {
  /** Bot token of the team (needed for views.open and chat.post*). */
  token?: string;
  /** response_url of the request, when Slack sent one. */
  responseUrl?: string;
  /** trigger_id for opening a modal (valid for 3 seconds). */
  triggerId?: string;
  /** The conversation, for messages when there is no response_url. */
  channel: ChannelRef;
  /** Slack user who acted (for ephemeral posts). */
  userId: string;
}

const LATE = Symbol("late");

/** Resolves to the promise's value, or LATE when `ms` pass first. */
export function withinBudget<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export function isLate(value: unknown): value is typeof LATE {
  return value === LATE;
}

/** The reply without its form block (what is shown next to an opened modal). */
export function withoutForm(reply: Reply): Reply {
  return { ...reply, blocks: reply.blocks.filter((b) => b.type !== "form") };
}

/** Sends replies after the ack. */
export class SlackDelivery {
  constructor(
    private readonly api: SlackWebApi,
    private readonly log: Logger,
  ) {}

  /** Opens `form` as a modal. */
  async openModal(route: ReplyRoute, form: Form): Promise<void> {
    if (!route.triggerId || !route.token) throw new Error("cannot open a modal without trigger_id and token");
    await this.api.call("views.open", route.token, {
      trigger_id: route.triggerId,
      view: renderModal(form, { channel: route.channel, ...(route.responseUrl ? { responseUrl: route.responseUrl } : {}) }),
    });
  }

  /** Posts one reply after the ack: response_url when there is one, else the Web API. */
  async send(route: ReplyRoute, reply: Reply, replaceOriginal = false): Promise<void> {
    const form = formOf(reply);
    if (form && route.triggerId) {
      await this.openModal(route, form);
      const rest = withoutForm(reply);
      if (rest.blocks.length === 0) return;
      reply = rest;
    }
    const message: SlackMessage = renderMessage(reply);
    if (route.responseUrl) {
      await this.api.respond(route.responseUrl, { ...message, replace_original: replaceOriginal || message.replace_original === true });
      return;
    }
    if (!route.token) throw new Error("no response_url and no bot token");
    const { text, blocks } = message;
    const thread = route.channel.threadId ? { thread_ts: route.channel.threadId } : {};
    if (message.response_type === "ephemeral") {
      await this.api.call("chat.postEphemeral", route.token, { channel: route.channel.id, user: route.userId, text, blocks, ...thread });
    } else {
      await this.api.call("chat.postMessage", route.token, { channel: route.channel.id, text, blocks, ...thread });
    }
  }

  /** Delivers a whole handler result after the ack (deferred work: its ack, then the final reply). */
  async sendResult(route: ReplyRoute, result: HandlerResult, replaceOriginal = false): Promise<void> {
    if (isDeferred(result)) {
      await this.send(route, result.ack, replaceOriginal);
      await this.send({ ...route, triggerId: undefined }, await result.complete());
      return;
    }
    await this.send(route, result, replaceOriginal);
  }

  /** Runs `work` in the background, logging failures by class only. */
  background(kind: string, work: () => Promise<void>): Promise<void> {
    return work().catch((error: unknown) => {
      this.log.error("slack.delivery_failed", { kind, error: errorClass(error), code: failureCode(error) });
    });
  }
}
