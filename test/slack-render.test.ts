// Neutral replies and forms as Block Kit (pure functions; no server needed).
import { describe, expect, it } from "vitest";
import { toMrkdwn } from "../adapters/slack/markup.ts";
import { renderFieldErrors, renderMessage, renderModal } from "../adapters/slack/render.ts";
import { parseViewSubmission } from "../adapters/slack/parse.ts";
import { ReplyBuilder } from "../src/chat/reply.ts";

describe("Slack rendering", () => {
  it("translates the neutral markdown subset and escapes Slack control characters", () => {
    expect(toMrkdwn("**Dr. Ada** sees [profile](https://example.org/p?a=1) <@U123> & more")).toBe("*Dr. Ada* sees <https://example.org/p?a=1|profile> &lt;@U123&gt; &amp; more");
  });

  it("renders every neutral block type, with the text fallback and visibility", () => {
    const reply = new ReplyBuilder("channel")
      .header("Cardiology")
      .section("**Bold** line")
      .fields(Array.from({ length: 12 }, (_, i) => ({ label: `L${i}`, value: `v${i}` })))
      .context("context _note_")
      .divider()
      .actions([{ actionId: "consult:claim", label: "Claim", value: "42", style: "primary" }])
      .build();
    const message = renderMessage(reply);
    expect(message.response_type).toBe("in_channel");
    expect(message.text).toBe(reply.text);
    expect(message.blocks.map((b) => b.type)).toEqual(["header", "section", "section", "section", "context", "divider", "actions"]);
    expect((message.blocks[2] as any).fields).toHaveLength(10);
    expect((message.blocks[3] as any).fields).toHaveLength(2);
    expect((message.blocks[6] as any).elements[0]).toMatchObject({ type: "button", action_id: "consult:claim", value: "42", style: "primary", text: { type: "plain_text", text: "Claim" } });
  });

  it("round-trips a form: modal block ids are field ids, submissions map back, errors land on the field", () => {
    const view = renderModal(
      { formId: "consult:intake", title: "A very long modal title that Slack would refuse", submitLabel: "Send", fields: [{ id: "question", label: "Question", input: "textarea", required: true }] },
      { channel: { id: "C1", kind: "channel" } },
    ) as any;
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks[0]).toMatchObject({ type: "input", block_id: "question", optional: false, element: { type: "plain_text_input", action_id: "question", multiline: true } });
    const parsed = parseViewSubmission({
      type: "view_submission",
      team: { id: "T1" },
      user: { id: "U1" },
      view: { callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: { question: { question: { type: "plain_text_input", value: "Invented question" } } } } },
    });
    expect(parsed?.invocation).toMatchObject({ kind: "form", formId: "consult:intake", values: { question: "Invented question" }, channel: { id: "C1", kind: "channel" } });
    expect(renderFieldErrors({ question: "Too short" })).toEqual({ response_action: "errors", errors: { question: "Too short" } });
  });
});
