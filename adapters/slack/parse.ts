// Translates Slack payloads (slash commands, block_actions, view_submission) into
// neutral invocations. Only ids and typed text cross over; Slack's shapes stay here.
import type { ActionInvocation, ActorRef, ChannelRef, CommandInvocation, FormInvocation, Role } from "../../src/chat/model.ts";
import type { ModalOrigin } from "./render.ts";

/** The fields of a slash command request Curbside reads. */
export interface SlashCommandBody {
  command: string;
  text: string;
  team_id: string;
  user_id: string;
  user_name?: string;
  channel_id: string;
  channel_name?: string;
  response_url?: string;
  trigger_id?: string;
}

/** Loose view of an interactivity payload. */
export interface InteractionPayload {
  type: string;
  team?: { id?: string } | null;
  user?: { id?: string; name?: string; username?: string; team_id?: string };
  channel?: { id?: string; name?: string };
  container?: { channel_id?: string; message_ts?: string };
  message?: { ts?: string; thread_ts?: string };
  actions?: { action_id?: string; value?: string; selected_option?: { value?: string } }[];
  view?: { callback_id?: string; private_metadata?: string; state?: { values?: Record<string, Record<string, SlackInputState>> } };
  response_url?: string;
  trigger_id?: string;
}

/** The state of one input element in a submitted view. */
export interface SlackInputState {
  type?: string;
  value?: string | null;
  selected_option?: { value?: string } | null;
}

function channelKind(id: string, name?: string): ChannelRef["kind"] {
  return name === "directmessage" || id.startsWith("D") ? "dm" : "channel";
}

/** The team a payload belongs to. */
export function teamOfPayload(payload: InteractionPayload): string | undefined {
  return payload.team?.id ?? payload.user?.team_id;
}

/** The actor of a Slack request. */
export function slackActor(teamId: string, userId: string, displayName?: string, roleHint?: Role): ActorRef {
  return { platform: "slack", workspace: teamId, user: userId, ...(displayName ? { displayName } : {}), ...(roleHint ? { roleHint } : {}) };
}

/** A slash command as a neutral CommandInvocation. */
export function parseSlashCommand(body: SlashCommandBody, roleHint?: Role): CommandInvocation {
  return {
    kind: "command",
    command: body.command.replace(/^\//, "").toLowerCase(),
    text: body.text ?? "",
    actor: slackActor(body.team_id, body.user_id, body.user_name, roleHint),
    channel: { id: body.channel_id, kind: channelKind(body.channel_id, body.channel_name) },
  };
}

/** A button click (the first action of a block_actions payload) as an ActionInvocation. */
export function parseBlockAction(payload: InteractionPayload, roleHint?: Role): ActionInvocation | undefined {
  const action = payload.actions?.[0];
  const teamId = teamOfPayload(payload);
  const userId = payload.user?.id;
  const channelId = payload.channel?.id ?? payload.container?.channel_id;
  if (!action?.action_id || !teamId || !userId || !channelId) return undefined;
  const messageId = payload.message?.ts ?? payload.container?.message_ts;
  const threadId = payload.message?.thread_ts;
  return {
    kind: "action",
    actionId: action.action_id,
    value: action.value ?? action.selected_option?.value ?? "",
    actor: slackActor(teamId, userId, payload.user?.username ?? payload.user?.name, roleHint),
    channel: { id: channelId, kind: channelKind(channelId, payload.channel?.name), ...(threadId ? { threadId } : {}) },
    ...(messageId ? { messageId } : {}),
  };
}

/** Reads where a modal came from; a tampered or missing value yields undefined. */
export function parseModalOrigin(metadata: string | undefined): ModalOrigin | undefined {
  if (!metadata) return undefined;
  try {
    const parsed = JSON.parse(metadata) as Partial<ModalOrigin>;
    const channel = parsed.channel;
    if (!channel || typeof channel.id !== "string" || (channel.kind !== "channel" && channel.kind !== "dm")) return undefined;
    return {
      channel: { id: channel.id, kind: channel.kind, ...(typeof channel.threadId === "string" ? { threadId: channel.threadId } : {}) },
      ...(typeof parsed.responseUrl === "string" ? { responseUrl: parsed.responseUrl } : {}),
    };
  } catch {
    return undefined;
  }
}

/** A modal submission as a FormInvocation (block_id = field id). */
export function parseViewSubmission(payload: InteractionPayload, roleHint?: Role): { invocation: FormInvocation; origin: ModalOrigin } | undefined {
  const view = payload.view;
  const teamId = teamOfPayload(payload);
  const userId = payload.user?.id;
  if (!view?.callback_id || !teamId || !userId) return undefined;
  const origin = parseModalOrigin(view.private_metadata) ?? { channel: { id: userId, kind: "dm" as const } };
  const values: Record<string, string> = {};
  for (const [blockId, elements] of Object.entries(view.state?.values ?? {})) {
    for (const state of Object.values(elements)) {
      const value = state.selected_option?.value ?? state.value;
      if (typeof value === "string") values[blockId] = value;
    }
  }
  return {
    invocation: { kind: "form", formId: view.callback_id, values, actor: slackActor(teamId, userId, payload.user?.username ?? payload.user?.name, roleHint), channel: origin.channel },
    origin,
  };
}
