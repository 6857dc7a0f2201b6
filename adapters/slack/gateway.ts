// The outbound ChatGateway for Slack: post (chat.postMessage; a DM first opens the
// conversation with conversations.open), update (chat.update) and fetch a thread
// (conversations.replies / conversations.history). Posts to one channel are spaced
// by `minIntervalMs` (Slack allows about one message per second per channel), and the
// Web API client waits out 429 Retry-After answers.
import type { ChannelRef, Reply } from "../../src/chat/model.ts";
import type { ChatGateway, Clock, DeliveryTarget, MessageRef, ThreadMessage } from "../../src/chat/ports.ts";
import { AppError } from "../../src/errors.ts";
import type { SlackAccess } from "./installations.ts";
import { renderMessage } from "./render.ts";
import { realSleep, type SlackWebApi } from "./web-api.ts";

/** Finds the bot token for a team. */
export interface AccessLookup {
  /** Access for a team, or undefined when not installed. */
  access(teamId: string): Promise<SlackAccess | undefined>;
}

/** Spaces messages per channel. */
export class ChannelPacer {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly minIntervalMs: number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Waits until `channel` may receive another message, reserving the slot. */
  async wait(channel: string): Promise<void> {
    const now = this.clock.now().getTime();
    const slot = Math.max(now, this.next.get(channel) ?? 0);
    this.next.set(channel, slot + this.minIntervalMs);
    if (slot > now) await this.sleep(slot - now);
  }
}

interface HistoryMessage {
  user?: string;
  bot_id?: string;
  ts?: string;
  text?: string;
  subtype?: string;
}

/** Slack's ChatGateway. */
export class SlackGateway implements ChatGateway {
  readonly platform = "slack" as const;
  private readonly pacer: ChannelPacer;

  constructor(
    private readonly api: SlackWebApi,
    private readonly installs: AccessLookup,
    clock: Clock,
    options: { minIntervalMs?: number; sleep?: (ms: number) => Promise<void> } = {},
  ) {
    this.pacer = new ChannelPacer(clock, options.minIntervalMs ?? 1000, options.sleep ?? realSleep);
  }

  private async token(teamId: string): Promise<string> {
    const access = await this.installs.access(teamId);
    if (!access?.botToken) throw new AppError("UNAVAILABLE", "Curbside is not installed in that Slack workspace.", { platform: "slack" });
    return access.botToken;
  }

  async post(target: DeliveryTarget, reply: Reply): Promise<MessageRef> {
    const token = await this.token(target.workspace);
    let channel: string;
    let threadTs: string | undefined;
    if ("channel" in target.to) {
      channel = target.to.channel;
      threadTs = target.to.threadId;
    } else {
      const opened = await this.api.call<{ channel: { id: string } }>("conversations.open", token, { users: target.to.user });
      channel = opened.channel.id;
    }
    await this.pacer.wait(channel);
    const { text, blocks } = renderMessage(reply);
    const posted = await this.api.call<{ channel: string; ts: string }>("chat.postMessage", token, {
      channel,
      text,
      blocks,
      unfurl_links: false,
      unfurl_media: false,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    return { platform: "slack", workspace: target.workspace, channel: posted.channel ?? channel, messageId: posted.ts };
  }

  async update(message: MessageRef, reply: Reply): Promise<void> {
    const token = await this.token(message.workspace);
    await this.pacer.wait(message.channel);
    const { text, blocks } = renderMessage(reply);
    await this.api.call("chat.update", token, { channel: message.channel, ts: message.messageId, text, blocks });
  }

  async fetchThread(workspace: string, channel: ChannelRef, limit: number): Promise<ThreadMessage[]> {
    const token = await this.token(workspace);
    const wanted = Math.max(1, Math.min(limit, 1000));
    let messages: HistoryMessage[] = [];
    if (channel.threadId) {
      // Replies come oldest first, so page to the end and keep the last `wanted`.
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const res = await this.api.call<{ messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } }>("conversations.replies", token, {
          channel: channel.id,
          ts: channel.threadId,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        messages.push(...(res.messages ?? []));
        if (messages.length > wanted) messages = messages.slice(-wanted);
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
    } else {
      const res = await this.api.call<{ messages?: HistoryMessage[] }>("conversations.history", token, { channel: channel.id, limit: wanted });
      messages = [...(res.messages ?? [])].reverse();
    }
    return messages
      .filter((m) => typeof m.text === "string" && typeof m.ts === "string" && m.subtype !== "channel_join")
      .slice(-wanted)
      .map((m) => ({ author: m.user ?? m.bot_id ?? "unknown", at: new Date(Number(m.ts) * 1000), text: m.text! }));
  }
}
