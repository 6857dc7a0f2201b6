// Turns a typed line ("/specialist cardiology near 10001") into a neutral Invocation.
import type { ActorRef, ChannelRef, Invocation } from "../../src/chat/model.ts";

/** Who and where the console acts as. */
export interface ConsoleIdentity {
  /** Actor (platform defaults to "console"). */
  actor: ActorRef;
  /** Channel the command is typed in. */
  channel: ChannelRef;
}

/** Parses "/command args…"; returns undefined when the line is not a slash command. */
export function parseCommandLine(line: string, who: ConsoleIdentity): Invocation | undefined {
  const match = /^\s*\/([^\s]+)\s*([\s\S]*)$/.exec(line);
  if (!match) return undefined;
  return { kind: "command", command: match[1]!.toLowerCase(), text: match[2] ?? "", actor: who.actor, channel: who.channel };
}

/** A button press typed as "<action-id> <value>". */
export function parseActionLine(actionId: string, value: string, who: ConsoleIdentity, messageId?: string): Invocation {
  return { kind: "action", actionId, value, actor: who.actor, channel: who.channel, ...(messageId ? { messageId } : {}) };
}

/** A form submission with values as a JSON object of strings. */
export function parseFormLine(formId: string, valuesJson: string, who: ConsoleIdentity): Invocation {
  const parsed: unknown = JSON.parse(valuesJson);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("form values must be a JSON object");
  const values = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  return { kind: "form", formId, values, actor: who.actor, channel: who.channel };
}
