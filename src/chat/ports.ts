// Ports the core owns and adapters implement. The core talks outward only through these.
import type { ChannelRef, Platform, Reply } from "./model.ts";

/** A source of the current time; tests inject a fake one and never sleep. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move by hand. */
export class FakeClock implements Clock {
  constructor(private current: Date = new Date("2026-01-05T09:00:00Z")) {}
  /** The fake current instant. */
  now(): Date {
    return new Date(this.current.getTime());
  }
  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  /** Jumps to an instant. */
  set(at: Date): void {
    this.current = new Date(at.getTime());
  }
}

/** Where an outbound message goes. */
export interface DeliveryTarget {
  /** Platform of the target workspace. */
  platform: Platform;
  /** Platform id of the workspace. */
  workspace: string;
  /** A channel (optionally a thread in it) or a user to DM. */
  to: { channel: string; threadId?: string } | { user: string };
}

/** A platform's id of a message Curbside posted, so it can be edited later. */
export interface MessageRef {
  /** Platform of the message. */
  platform: Platform;
  /** Platform id of the workspace. */
  workspace: string;
  /** Channel that holds the message. */
  channel: string;
  /** Platform message id (Slack ts, Discord snowflake, Teams activity id). */
  messageId: string;
}

/** One message of a thread, as fetched for summarising. Text is raw and may hold PHI. */
export interface ThreadMessage {
  /** Platform user id of the author. */
  author: string;
  /** When it was posted. */
  at: Date;
  /** Raw text; must go through the redactor before leaving the process. */
  text: string;
}

/** Outbound calls to one chat platform. */
export interface ChatGateway {
  /** The platform this gateway talks to. */
  readonly platform: Platform;
  /** Posts a message to a channel or DMs a user; returns where it landed. */
  post(target: DeliveryTarget, reply: Reply): Promise<MessageRef>;
  /** Edits a message posted earlier (e.g. "Claimed by Dr X"). */
  update(message: MessageRef, reply: Reply): Promise<void>;
  /** Fetches the last `limit` messages of a channel or thread, oldest first. */
  fetchThread(workspace: string, channel: ChannelRef, limit: number): Promise<ThreadMessage[]>;
}
