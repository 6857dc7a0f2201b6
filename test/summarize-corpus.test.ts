// Every message of the PHI engineer's labelled corpus, summarised one by one through
// /summarize, the real OpenAI SDK and a local server recording every request body
// (test/summarize-case.test.ts does the same for a case built from them). No labelled
// identifier may reach the server: the redactor removes every one on this corpus, and
// the summarizer adds no path around it.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ChatGateway, ThreadMessage } from "../src/chat/ports.ts";
import { loadCorpus } from "./fixtures/phi/score.ts";
import { createTestApp, type As, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";
import { startFakeOpenAi, summaryCompletion, type FakeOpenAi } from "./helpers/fake-openai.ts";
import { leakedIdentifiers } from "./helpers/summarize-fixtures.ts";

const corpus = loadCorpus();
const AS: As = { platform: "slack", workspace: "T-CORPUS", user: "U-GP", channel: "C-CORPUS" };

describeEachEngine("/summarize over the labelled PHI corpus", (db) => {
  let fake: FakeOpenAi;
  let app: TestApp;
  let current: ThreadMessage[] = [];
  const gateway: ChatGateway = {
    platform: "slack",
    post: async () => ({ platform: "slack", workspace: "T", channel: "C", messageId: "1" }),
    update: async () => {},
    fetchThread: async () => current,
  };

  beforeAll(async () => {
    fake = await startFakeOpenAi(() => summaryCompletion({ question: `Corpus summary ${fake.requests.length}.` }));
    app = await createTestApp(db(), { env: { OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "fake-model" }, gateways: { slack: gateway } });
  });
  afterAll(async () => {
    await fake.close();
  });

  it("sends no labelled identifier of any corpus message to the model, and each summary reaches the user", async () => {
    const leaks: string[] = [];
    for (const message of corpus) {
      current = [{ author: "U-GP", at: new Date(), text: message.text }];
      const before = fake.requests.length;
      const reply = await app.run("/summarize", AS);
      expect(reply.status).toBe("ok");
      expect(fake.requests.length).toBe(before + 1);
      expect(reply.text).toContain(`Corpus summary ${before + 1}.`);
      leaks.push(...leakedIdentifiers(fake.requests.at(-1)!.raw, [message]));
    }
    expect(leaks).toEqual([]);
    expect(fake.requests.length).toBe(corpus.length);
  });
});
