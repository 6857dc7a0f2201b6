// Renders neutral replies as Block Kit: messages for replies, modals for forms, and the
// `response_action: "errors"` answer for form validation. Slack's limits (50 blocks, 10
// fields per section, 25 buttons per actions block, text lengths) are applied here.
import type { Block, Form, Reply } from "../../src/chat/model.ts";
import type { ChannelRef } from "../../src/chat/model.ts";
import { escapeSlack, toMrkdwn, truncate } from "./markup.ts";

/** A Block Kit block (kept loose: Slack's own types add nothing the tests do not check). */
export type SlackBlock = Record<string, unknown>;

/** A message body for chat.postMessage, response_url or a command's ack. */
export interface SlackMessage {
  /** Notification and accessibility fallback. */
  text: string;
  /** Block Kit blocks. */
  blocks: SlackBlock[];
  /** "ephemeral" (only the actor) or "in_channel". */
  response_type: "ephemeral" | "in_channel";
  /** For button answers: replace the message that held the button. */
  replace_original?: boolean;
}

const plain = (text: string, max: number) => ({ type: "plain_text", text: truncate(text, max), emoji: true });

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One neutral block as zero or more Block Kit blocks (forms are opened as modals instead). */
export function renderBlock(block: Block): SlackBlock[] {
  switch (block.type) {
    case "header":
      return [{ type: "header", text: plain(block.text, 150) }];
    case "section":
      return [{ type: "section", text: { type: "mrkdwn", text: truncate(toMrkdwn(block.text), 3000) } }];
    case "fields":
      return chunk(block.fields, 10).map((fields) => ({
        type: "section",
        fields: fields.map((f) => ({ type: "mrkdwn", text: truncate(`*${escapeSlack(f.label)}*\n${toMrkdwn(f.value)}`, 2000) })),
      }));
    case "context":
      return [{ type: "context", elements: [{ type: "mrkdwn", text: truncate(toMrkdwn(block.text), 3000) }] }];
    case "divider":
      return [{ type: "divider" }];
    case "actions":
      return chunk(block.buttons, 25).map((buttons) => ({
        type: "actions",
        elements: buttons.map((b) => ({
          type: "button",
          action_id: b.actionId,
          text: plain(b.label, 75),
          value: truncate(b.value, 2000),
          ...(b.style ? { style: b.style } : {}),
        })),
      }));
    case "form":
      return [];
  }
}

/** The form a reply asks to open, if any. */
export function formOf(reply: Reply): Form | undefined {
  for (const block of reply.blocks) if (block.type === "form") return block.form;
  return undefined;
}

/** A reply as a Slack message. */
export function renderMessage(reply: Reply): SlackMessage {
  let blocks = reply.blocks.flatMap(renderBlock);
  if (reply.fieldErrors) {
    const lines = Object.entries(reply.fieldErrors).map(([field, message]) => `• *${escapeSlack(field)}*: ${toMrkdwn(message)}`);
    blocks.push({ type: "section", text: { type: "mrkdwn", text: truncate(lines.join("\n"), 3000) } });
  }
  if (blocks.length > 50) blocks = [...blocks.slice(0, 49), { type: "context", elements: [{ type: "mrkdwn", text: "(more results were cut to fit Slack)" }] }];
  return {
    text: truncate(reply.text || " ", 3000),
    blocks,
    response_type: reply.visibility === "channel" ? "in_channel" : "ephemeral",
    ...(reply.replaceOriginal ? { replace_original: true } : {}),
  };
}

/** Where a modal's answer goes, carried in private_metadata (ids only). */
export interface ModalOrigin {
  /** Channel the form was opened from. */
  channel: ChannelRef;
  /** response_url of the command or click that opened it, when there was one. */
  responseUrl?: string;
}

/** A form as a modal view for views.open / response_action "update". */
export function renderModal(form: Form, origin: ModalOrigin): SlackBlock {
  return {
    type: "modal",
    callback_id: form.formId,
    title: plain(form.title, 24),
    submit: plain(form.submitLabel, 24),
    close: plain("Cancel", 24),
    private_metadata: JSON.stringify(origin),
    blocks: form.fields.map((field) => ({
      type: "input",
      block_id: field.id,
      optional: !field.required,
      label: plain(field.label, 2000),
      element:
        field.input === "select"
          ? {
              type: "static_select",
              action_id: field.id,
              options: (field.choices ?? []).slice(0, 100).map((c) => ({ text: plain(c.label, 75), value: c.value })),
              ...(field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {}),
              ...(field.initial && field.choices?.some((c) => c.value === field.initial)
                ? { initial_option: { text: plain(field.choices.find((c) => c.value === field.initial)!.label, 75), value: field.initial } }
                : {}),
            }
          : {
              type: "plain_text_input",
              action_id: field.id,
              multiline: field.input === "textarea",
              ...(field.maxLength ? { max_length: Math.min(field.maxLength, 3000) } : {}),
              ...(field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {}),
              ...(field.initial ? { initial_value: field.initial } : {}),
            },
    })),
  };
}

/** A view_submission answer putting each message under its field (block_id = field id). */
export function renderFieldErrors(fieldErrors: Record<string, string>): { response_action: "errors"; errors: Record<string, string> } {
  return { response_action: "errors", errors: Object.fromEntries(Object.entries(fieldErrors).map(([id, message]) => [id, truncate(message, 150)])) };
}
