// Platforms (and the console) can hand us U+0000, which no PostgreSQL text or jsonb
// column accepts: left in, any command storing or searching that text failed with the
// generic "Something went wrong" error. It carries no meaning in chat text, so typed
// text, button values and form values lose it here, once, before any handler runs.
// In an id (workspace, user, channel) it is never legitimate, and dropping it could make
// two ids one, so such an invocation is refused instead.
import { AppError } from "../errors.ts";
import type { ActorRef, ChannelRef, Invocation } from "./model.ts";

const NUL = /\u0000/g;

function text(value: string): string {
  return value.includes("\u0000") ? value.replace(NUL, "") : value;
}

function id(value: string | undefined): void {
  if (value?.includes("\u0000")) throw new AppError("BAD_ARGUMENT", "This request carries an invalid id; it was ignored.", { reason: "nul_in_id" });
}

function cleanActor(actor: ActorRef): ActorRef {
  id(actor.workspace);
  id(actor.user);
  return actor.displayName === undefined ? actor : { ...actor, displayName: text(actor.displayName) };
}

function checkChannel(channel: ChannelRef): ChannelRef {
  id(channel.id);
  id(channel.threadId);
  return channel;
}

/** The invocation without NUL characters in its texts; throws BAD_ARGUMENT for one in an id. */
export function cleanInvocation(invocation: Invocation): Invocation {
  const actor = cleanActor(invocation.actor);
  const channel = checkChannel(invocation.channel);
  switch (invocation.kind) {
    case "command":
      return { ...invocation, actor, channel, command: text(invocation.command), text: text(invocation.text) };
    case "action":
      id(invocation.messageId);
      return { ...invocation, actor, channel, actionId: text(invocation.actionId), value: text(invocation.value) };
    case "form":
      return {
        ...invocation,
        actor,
        channel,
        formId: text(invocation.formId),
        values: Object.fromEntries(Object.entries(invocation.values).map(([k, v]) => [text(k), text(v)])),
      };
  }
}
