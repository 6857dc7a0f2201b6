// /redact <text> — shows what Curbside would remove from a text before it is posted or
// summarised: the redacted text and counts by type. Ephemeral; the original is never
// logged, stored or echoed.
import type { Command } from "../src/chat/command.ts";
import { ReplyBuilder } from "../src/chat/reply.ts";
import { countByType } from "../src/privacy/guard.ts";
import { redact } from "../src/privacy/redact.ts";

export default {
  name: "redact",
  description: "Show a text with patient identifiers removed (only you see it)",
  usage: "<text>",
  permission: "clinician",
  options: [{ name: "text", type: "text", description: "the text to check", required: true, example: "Pt John Miller DOB 4/12/1957" }],
  help: "Example: `/redact Pt John Miller 67M MRN 00482913 DOB 4/12/1957, K 3.2` shows `Pt [NAME_1] 67M MRN [MRN_1] DOB [DATE_1], K 3.2`.",
  handler: async (args) => {
    const { text, spans } = redact(args.get("text") ?? "");
    const out = new ReplyBuilder("ephemeral").header("Redacted text").section(text);
    if (spans.length === 0) return out.context("No patient identifiers found.").build();
    const fields = [...countByType(spans)].map(([type, n]) => ({ label: type, value: String(n) }));
    return out.fields(fields).context(`${spans.length} identifier${spans.length === 1 ? "" : "s"} removed. Only you can see this.`).build();
  },
} satisfies Command;
