// /summarize case <id>: the case, its Q&A and events, scoped to the actor's organization,
// with the case text redacted again before it reaches the model.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "./helpers/db.ts";
import { createTestApp, type As, type TestApp } from "./helpers/app.ts";
import { startFakeOpenAi, summaryCompletion, type FakeOpenAi } from "./helpers/fake-openai.ts";
import { labelledThread, leakedIdentifiers } from "./helpers/summarize-fixtures.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { decodeDataTurn, systemPrompt } from "../src/summarize/prompt.ts";
import { loadCorpus } from "./fixtures/phi/score.ts";


const corpus = loadCorpus();

const GP: As = { platform: "slack", workspace: "T-CASE", user: "U-GP", role: "clinician" };
const OTHER_ORG: As = { platform: "slack", workspace: "T-ELSEWHERE", user: "U-OTHER", role: "specialist" };

/** Inserts a case as if triage had stored it; text is raw here on purpose, to prove /summarize redacts it again. */
async function insertCase(database: TestDatabase, app: TestApp, as: As): Promise<number> {
  await app.run("/help", as);
  const user = await database.db
    .selectFrom("users")
    .innerJoin("workspaces", "workspaces.id", "users.workspace_id")
    .select(["users.id", "users.organization_id"])
    .where("workspaces.external_id", "=", as.workspace!)
    .where("users.external_id", "=", as.user!)
    .executeTakeFirstOrThrow();
  const [question, ...rest] = labelledThread.messages.map((m) => m.text);
  const now = app.clock.now();
  const row = await database.db
    .insertInto("cases")
    .values({
      organization_id: user.organization_id,
      requester_user_id: user.id,
      requester_platform: "slack",
      requester_workspace: as.workspace!,
      requester_external_id: as.user!,
      specialty_code: "207RC0000X",
      urgency: "routine",
      status: "answered",
      question: `${question} ${rest[0]}`,
      age_band: "70-79",
      sex: "male",
      tried: "Metoprolol 25 mg daily.",
      info_request: rest[1]!,
      info_reply: rest[2]!,
      answer: `${rest[3]} ${rest[4]} ${rest[6]}`,
      created_at: now,
      claim_deadline_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const [event, to] of [["raised", "open"], ["claimed", "claimed"], ["info_requested", "more_info"], ["info_provided", "claimed"], ["answered", "answered"]] as const) {
    await database.db
      .insertInto("case_events")
      .values({ case_id: row.id, organization_id: user.organization_id, actor_user_id: user.id, event, to_status: to, at: now })
      .execute();
  }
  return row.id;
}

describeEachEngine("/summarize case", (db) => {
  let fake: FakeOpenAi;
  let app: TestApp;
  let caseId: number;

  beforeAll(async () => {
    fake = await startFakeOpenAi(() => summaryCompletion({ question: "Anticoagulation in new AF.", advice: ["Apixaban 5 mg twice daily."], plan_and_follow_ups: ["Echo in 6 weeks."] }));
    app = await createTestApp(db(), { env: { OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "fake-model" } });
    caseId = await insertCase(db(), app, GP);
  });
  afterAll(async () => {
    await fake.close();
  });

  it("summarises the case, its Q&A and events without sending any labelled identifier", async () => {
    fake.requests.length = 0;
    const reply = await app.run(`/summarize case ${caseId}`, GP);
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain(`Summary of case #${caseId}`);
    expect(reply.text).toContain("Apixaban 5 mg twice daily.");
    expect(fake.requests).toHaveLength(1);
    const sent = fake.allSent();
    for (const identifier of labelledThread.identifiers) expect(sent).not.toContain(identifier);
    const body = fake.requests[0]!.body;
    expect(body.messages![0]!.content).toBe(systemPrompt("case"));
    const data = decodeDataTurn(body.messages![1]!.content) as { kind: string; messages: { text: string }[] };
    expect(data.kind).toBe("case");
    const texts = data.messages.map((m) => m.text).join("\n");
    expect(texts).toContain("Case: routine Cardiovascular Disease consult (age 70-79, male).");
    expect(texts).toContain("Already tried: Metoprolol 25 mg daily.");
    expect(texts).toContain("Specialist: I would start apixaban");
    expect(texts).toContain("a specialist claimed the case (now claimed). the specialist asked for more information (now more info).");
    const audit = await db().db.selectFrom("audit_log").selectAll().where("action", "=", "summary.created").where("subject_type", "=", "case").executeTakeFirstOrThrow();
    expect(audit.subject_id).toBe(String(caseId));
    expect(JSON.stringify(audit.meta)).not.toMatch(/apixaban|Pemberton/i);
  });

  it("does not show a case to another organization", async () => {
    fake.requests.length = 0;
    const reply = await app.run(`/summarize case ${caseId}`, OTHER_ORG);
    expect(reply.errorCode).toBe("NOT_FOUND");
    expect(reply.text).toContain(`Case #${caseId} was not found`);
    expect(fake.requests).toHaveLength(0);
  });

  it("answers a missing or malformed case number clearly", async () => {
    expect((await app.run("/summarize case 999999", GP)).errorCode).toBe("NOT_FOUND");
    expect((await app.run("/summarize case abc", GP)).errorCode).toBe("BAD_ARGUMENT");
    expect((await app.run("/summarize case", GP)).errorCode).toBe("BAD_ARGUMENT");
  });

  it("summarises a case built from corpus messages without sending their identifiers", async () => {
    await app.run("/help", GP);
    const user = await db()
      .db.selectFrom("users")
      .innerJoin("workspaces", "workspaces.id", "users.workspace_id")
      .select(["users.id", "users.organization_id"])
      .where("workspaces.external_id", "=", "T-CASE")
      .where("users.external_id", "=", "U-GP")
      .executeTakeFirstOrThrow();
    const parts = corpus.filter((m) => m.spans.length >= 2).slice(0, 5);
    const now = app.clock.now();
    const row = await db()
      .db.insertInto("cases")
      .values({
        organization_id: user.organization_id,
        requester_user_id: user.id,
        requester_platform: "slack",
        requester_workspace: "T-CASE",
        requester_external_id: "U-GP",
        specialty_code: "207RC0000X",
        urgency: "routine",
        status: "answered",
        // Raw corpus text on purpose (triage stores redacted text; /summarize must not rely on it).
        question: parts[0]!.text,
        tried: parts[1]!.text,
        info_request: parts[2]!.text,
        info_reply: parts[3]!.text,
        answer: parts[4]!.text,
        created_at: now,
        claim_deadline_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const before = fake.requests.length;
    const reply = await app.run(`/summarize case ${row.id}`, GP);
    expect(reply.status).toBe("ok");
    expect(reply.text).toContain("Apixaban 5 mg twice daily.");
    expect(fake.requests.length).toBe(before + 1);
    const leaks = leakedIdentifiers(fake.requests.at(-1)!.raw, parts);
    // The redactor removes every labelled identifier of the corpus: none may reach the model.
    expect(leaks).toEqual([]);
  });

  it("summarises a case raised, claimed, questioned and answered through /consult", async () => {
    const specialist: As = { platform: "slack", workspace: "T-CASE", user: "U-CARD", role: "specialist" };
    const profile = await app.run("/profile specialty cardiology", specialist);
    expect(profile.status, profile.text).toBe("ok");
    const raised = await app.run("/consult cardiology routine 74M Harold Pemberton MRN 48213377, new AF on ECG, eGFR 48. Should we start apixaban?", GP);
    expect(raised.status, raised.text).toBe("ok");
    const id = /Case #(\d+)/.exec(raised.text)![1]!;
    for (const [line, as] of [
      [`/consult claim ${id}`, specialist],
      [`/consult ask ${id} Any bleeding history? Weight?`, specialist],
      [`/consult reply ${id} No bleeding; weight 82 kg; daughter at 617-555-0143.`, GP],
      [`/consult answer ${id} Start apixaban 5 mg twice daily; recheck renal function in 3 months.`, specialist],
    ] as const) {
      const r = await app.run(line, as);
      expect(r.status, `${line}: ${r.text}`).toBe("ok");
    }
    fake.requests.length = 0;
    const reply = await app.run(`/summarize case ${id}`, specialist);
    expect(reply.status, reply.text).toBe("ok");
    const data = decodeDataTurn(fake.requests[0]!.body.messages![1]!.content) as { messages: { text: string }[] };
    const texts = data.messages.map((m) => m.text).join("\n");
    expect(texts).toContain("Specialist: Any bleeding history? Weight?");
    expect(texts).toContain("Requester: No bleeding; weight 82 kg");
    expect(texts).toContain("Specialist: Start apixaban 5 mg twice daily");
    expect(texts).toContain("the specialist answered (now answered)");
    expect(fake.allSent()).not.toMatch(/Pemberton|48213377|617-555-0143/);
  });
});
