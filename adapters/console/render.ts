// Renders a neutral Reply as terminal text. Buttons show their action id and value so
// an operator can press them with `curbside exec --action <id> --value <value>`.
import type { Block, Reply } from "../../src/chat/model.ts";
import { stripMarkdown } from "../../src/chat/reply.ts";

function renderBlock(block: Block): string[] {
  switch (block.type) {
    case "header":
      return [block.text, "=".repeat(Math.min(block.text.length, 72))];
    case "section":
      return [stripMarkdown(block.text)];
    case "fields":
      return block.fields.map((f) => `  ${f.label}: ${stripMarkdown(f.value)}`);
    case "context":
      return [`  ${stripMarkdown(block.text)}`];
    case "divider":
      return ["-".repeat(40)];
    case "actions":
      return block.buttons.map((b) => `  [${b.label}]  → --action ${b.actionId} --value '${b.value.replace(/'/g, "'\\''")}'`);
    case "form":
      return [
        `Form: ${block.form.title} (submit with --form ${block.form.formId} --values '{...}')`,
        ...block.form.fields.map((f) => `  ${f.id}${f.required ? "*" : ""}: ${f.label}${f.choices ? ` (${f.choices.map((c) => c.value).join("|")})` : ""}`),
      ];
  }
}

/** Plain text for a terminal. */
export function renderForTerminal(reply: Reply): string {
  if (reply.blocks.length === 0) return reply.text;
  const lines = reply.blocks.flatMap(renderBlock);
  if (reply.fieldErrors) lines.push(...Object.entries(reply.fieldErrors).map(([field, message]) => `  ${field}: ${message}`));
  return lines.join("\n");
}
