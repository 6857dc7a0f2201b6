// Type-level proof that only RedactedText reaches the Llm port. `npx tsc --noEmit -p .`
// checks this file (tsconfig includes test/): if a plain string were ever accepted, each
// expect-error directive below would be unused and tsc would fail.
import { describe, expect, it } from "vitest";
import { redact, type RedactedText } from "../src/privacy/index.ts";
import type { Llm, LlmSummary } from "../src/summarize/llm.ts";

const recorded: (readonly RedactedText[])[] = [];
const llm: Llm = {
  model: "type-test",
  async summarize(messages): Promise<LlmSummary> {
    recorded.push(messages);
    return { sections: undefined, usage: { model: "type-test", promptTokens: 0, completionTokens: 0, calls: 0, chunks: 0, latencyMs: 0 } };
  },
};

describe("Llm port types", () => {
  it("accepts redacted text and rejects raw strings at compile time", async () => {
    const raw = "Pt John Miller, MRN 4455667, call 617-555-0143";
    await llm.summarize([redact(raw).text], "thread");
    // @ts-expect-error a raw string is not RedactedText
    await llm.summarize([raw], "thread");
    // @ts-expect-error an array of strings is not RedactedText[]
    await llm.summarize(raw.split(","), "case");
    // @ts-expect-error string concatenation loses the brand
    await llm.summarize([redact(raw).text + raw], "thread");
    expect(recorded).toHaveLength(4);
    expect(recorded[0]![0]).not.toContain("617-555-0143");
  });
});
