// The neutral chat model. Every adapter translates its platform's events into an
// `Invocation` and renders a `Reply` back; nothing here knows a platform's wire format.
// The block set is the intersection that Slack Block Kit, Discord embeds + components
// and Teams Adaptive Cards can all show.

/** Where an invocation came from: "console", "slack", "discord" or "teams". */
export type Platform = "console" | "slack" | "discord" | "teams";

/** What a person may do in Curbside, from least to most privileged. */
export type Role = "clinician" | "specialist" | "admin";

export const ROLES: readonly Role[] = ["clinician", "specialist", "admin"];

/** The person acting, as the platform identifies them. */
export interface ActorRef {
  /** Platform the actor is on. */
  platform: Platform;
  /** The platform's id of the workspace (Slack team, Discord guild, Teams tenant). */
  workspace: string;
  /** The platform's id of the user inside that workspace. */
  user: string;
  /** Display name the platform gave, if any (never patient data). */
  displayName?: string;
  /** Role the platform suggests (e.g. Slack workspace admin); applied on first use. */
  roleHint?: Role;
  /** When true the role hint overrides the stored role (trusted local console). */
  roleIsAuthoritative?: boolean;
}

/** The conversation an invocation happened in. */
export interface ChannelRef {
  /** The platform's channel id (for a DM, the DM channel id). */
  id: string;
  /** Kind of conversation. */
  kind: "channel" | "dm";
  /** Thread (Slack thread_ts, Discord thread id, Teams reply chain) when inside one. */
  threadId?: string;
}

/** A slash command typed by a person. */
export interface CommandInvocation {
  /** Discriminator. */
  kind: "command";
  /** Command name without the slash, lower case ("specialist"). */
  command: string;
  /** Everything typed after the command name, verbatim. */
  text: string;
  /** Who ran it. */
  actor: ActorRef;
  /** Where it was run. */
  channel: ChannelRef;
}

/** A button press on a message Curbside posted. */
export interface ActionInvocation {
  /** Discriminator. */
  kind: "action";
  /** Stable action id, "<command>:<action>" (for example "consult:claim"). */
  actionId: string;
  /** The value carried by the button (an id, never patient text). */
  value: string;
  /** Who pressed it. */
  actor: ActorRef;
  /** Where the message with the button lives. */
  channel: ChannelRef;
  /** Platform id of the message holding the button, so a handler can edit it. */
  messageId?: string;
}

/** A submitted form (Slack modal, Discord modal, Teams dialog). */
export interface FormInvocation {
  /** Discriminator. */
  kind: "form";
  /** The form's id, "<command>:<form>" (for example "consult:intake"). */
  formId: string;
  /** Submitted values by field id. */
  values: Record<string, string>;
  /** Who submitted it. */
  actor: ActorRef;
  /** The channel the form was opened from. */
  channel: ChannelRef;
}

/** Anything a person can do to Curbside from a chat platform. */
export type Invocation = CommandInvocation | ActionInvocation | FormInvocation;

/** A clickable button. `value` must never hold patient text. */
export interface Button {
  /** Stable "<command>:<action>" id routed back as an ActionInvocation. */
  actionId: string;
  /** Text on the button. */
  label: string;
  /** Opaque value handed back on click (an id). */
  value: string;
  /** Visual emphasis. */
  style?: "primary" | "danger";
}

/** A field of a form. */
export interface FormField {
  /** Field id, the key in FormInvocation.values. */
  id: string;
  /** Label shown to the user. */
  label: string;
  /** Input kind. */
  input: "text" | "textarea" | "select";
  /** Choices for a select. */
  choices?: { value: string; label: string }[];
  /** Whether the user must fill it. */
  required: boolean;
  /** Placeholder hint. */
  placeholder?: string;
  /** Pre-filled value. */
  initial?: string;
  /** Maximum length of a text answer. */
  maxLength?: number;
}

/** A modal form (Slack modal, Discord modal, Teams task module). */
export interface Form {
  /** "<command>:<form>" id routed back as a FormInvocation. */
  formId: string;
  /** Title of the modal. */
  title: string;
  /** Label of the submit button. */
  submitLabel: string;
  /** Fields in display order. */
  fields: FormField[];
}

/**
 * Blocks use a small markdown subset in text: **bold**, _italic_, `code` and
 * [label](url). Renderers translate it to each platform's own markup.
 */
export type Block =
  | { type: "header"; text: string }
  | { type: "section"; text: string }
  | { type: "fields"; fields: { label: string; value: string }[] }
  | { type: "context"; text: string }
  | { type: "divider" }
  | { type: "actions"; buttons: Button[] }
  | { type: "form"; form: Form };

/** Who sees a reply. */
export type Visibility = "ephemeral" | "channel";

/** What a command answers. */
export interface Reply {
  /** Complete plain-text rendering: notification fallback and terminal output. */
  text: string;
  /** Rich rendering; may be empty. */
  blocks: Block[];
  /** Ephemeral replies are shown only to the person who acted. */
  visibility: Visibility;
  /** "error" when the command did not do what was asked. */
  status: "ok" | "error";
  /** Stable error code when status is "error" (for adapters and tests). */
  errorCode?: string;
  /** For field-level form validation errors: field id -> message. */
  fieldErrors?: Record<string, string>;
  /** When answering a button press: replace the message that held the button. */
  replaceOriginal?: boolean;
}

/**
 * Slow work (an LLM summary) that cannot finish inside a platform's ack deadline:
 * the adapter sends `ack` at once, then delivers what `complete` resolves to
 * (Slack response_url, Discord follow-up, Teams proactive message).
 */
export interface DeferredReply {
  /** Discriminator. */
  deferred: true;
  /** Immediate acknowledgement shown to the user. */
  ack: Reply;
  /** Produces the final reply; never rejects (errors become error replies). */
  complete: () => Promise<Reply>;
}

/** What a handler may return. */
export type HandlerResult = Reply | DeferredReply;

export function isDeferred(result: HandlerResult): result is DeferredReply {
  return (result as DeferredReply).deferred === true;
}
