// Small factories for neutral replies, so handlers read as what they answer.
import type { Block, Reply, Visibility } from "./model.ts";

/** A reply shown only to the person who acted. */
export function ephemeral(text: string, blocks: Block[] = []): Reply {
  return { text, blocks, visibility: "ephemeral", status: "ok" };
}

/** A reply posted for everyone in the channel. */
export function inChannel(text: string, blocks: Block[] = []): Reply {
  return { text, blocks, visibility: "channel", status: "ok" };
}

/** A user-safe error reply (always ephemeral). */
export function errorReply(code: string, message: string, fieldErrors?: Record<string, string>): Reply {
  const reply: Reply = {
    text: message,
    blocks: [{ type: "section", text: message }],
    visibility: "ephemeral",
    status: "error",
    errorCode: code,
  };
  if (fieldErrors) reply.fieldErrors = fieldErrors;
  return reply;
}

/** Builds a reply whose text fallback and blocks are assembled together. */
export class ReplyBuilder {
  private readonly lines: string[] = [];
  private readonly blocks: Block[] = [];

  constructor(private visibility: Visibility = "ephemeral") {}

  /** Adds a header. */
  header(text: string): this {
    this.lines.push(text);
    this.blocks.push({ type: "header", text });
    return this;
  }

  /** Adds a markdown section. */
  section(text: string): this {
    this.lines.push(stripMarkdown(text));
    this.blocks.push({ type: "section", text });
    return this;
  }

  /** Adds label/value fields. */
  fields(fields: { label: string; value: string }[]): this {
    if (fields.length === 0) return this;
    this.lines.push(fields.map((f) => `${f.label}: ${stripMarkdown(f.value)}`).join(" · "));
    this.blocks.push({ type: "fields", fields });
    return this;
  }

  /** Adds a muted context line. */
  context(text: string): this {
    this.lines.push(stripMarkdown(text));
    this.blocks.push({ type: "context", text });
    return this;
  }

  /** Adds a divider. */
  divider(): this {
    this.blocks.push({ type: "divider" });
    return this;
  }

  /** Adds a row of buttons (the text fallback lists them). */
  actions(buttons: { actionId: string; label: string; value: string; style?: "primary" | "danger" }[]): this {
    if (buttons.length === 0) return this;
    this.lines.push(buttons.map((b) => `[${b.label}]`).join(" "));
    this.blocks.push({ type: "actions", buttons });
    return this;
  }

  /** Adds a blank line to the text fallback only. */
  gap(): this {
    this.lines.push("");
    return this;
  }

  /** Adds a raw block without text fallback (forms). */
  block(block: Block, fallback?: string): this {
    if (fallback) this.lines.push(fallback);
    this.blocks.push(block);
    return this;
  }

  /** Sets who sees the reply. */
  visible(visibility: Visibility): this {
    this.visibility = visibility;
    return this;
  }

  /** The finished reply. */
  build(): Reply {
    return { text: this.lines.join("\n").trim(), blocks: this.blocks, visibility: this.visibility, status: "ok" };
  }
}

/** Removes the neutral markdown subset for plain-text fallbacks. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/(^|\W)_(.+?)_(?=\W|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}
