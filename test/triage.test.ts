// Case triage end to end through the dispatcher: subscribe, raise a case holding PHI
// (stored and posted redacted), a refused claim by the wrong specialty, exactly one of
// two concurrent claims, answer, resolve with an outcome, stats; cards edited in place.
import { beforeAll, expect, it } from "vitest";
import { drainOutbox } from "../src/outbox/dispatcher.ts";
import { registerWorkspace } from "../src/identity/workspaces.ts";
import { parseConsultText } from "../src/triage/intake.ts";
import { nextStatus } from "../src/triage/model.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { describeEachEngine } from "./helpers/db.ts";

const ADMIN = { user: "it-admin", role: "admin" as const };
const GP = { user: "dr-gp", role: "clinician" as const };
const HEART = { user: "dr-heart", role: "specialist" as const };
const HEART2 = { user: "dr-heart2", role: "specialist" as const };
const SKIN = { user: "dr-skin", role: "specialist" as const };
const PHI_QUESTION = "Mr John Smith, DOB 03/14/1957, MRN 84412973, phone 617-555-0142: exertional chest pain, troponin negative twice, ECG normal. Stress test or CT coronary angiography first?";

it("parses the specialty, urgency and question of /consult", () => {
  expect(parseConsultText("cardiology urgent chest pain?")).toEqual({ specialty: "cardiology", urgency: "urgent", question: "chest pain?" });
  expect(parseConsultText("infectious disease routine fever")).toEqual({ specialty: "infectious disease", urgency: "routine", question: "fever" });
  expect(parseConsultText("derm rash on arm")).toEqual({ specialty: "derm", urgency: "routine", question: "rash on arm" });
  expect(parseConsultText("neurology emergent stroke").urgency).toBe("emergent");
});

it("refuses transitions the state machine does not allow", () => {
  expect(nextStatus("open", "claim", 1)).toBe("claimed");
  expect(() => nextStatus("resolved", "claim", 1)).toThrow(/resolved/);
  expect(() => nextStatus("open", "answer", 1)).toThrow();
  expect(nextStatus("more_info", "reply", 1)).toBe("claimed");
});

describeEachEngine("triage", (database) => {
  let app: TestApp;
  let caseId: number;

  beforeAll(async () => {
    app = await createTestApp(database());
    expect((await app.run("/profile specialty cardiology", HEART)).status).toBe("ok");
    expect((await app.run("/profile specialty cardiology", HEART2)).status).toBe("ok");
    expect((await app.run("/profile specialty dermatology", SKIN)).status).toBe("ok");
  });

  it("makes a channel a triage channel (admins only) and lets a specialist follow", async () => {
    const refused = await app.run("/triage subscribe cardiology", { ...GP, channel: "triage-cardio" });
    expect(refused.errorCode).toBe("NOT_ALLOWED");
    const ok = await app.run("/triage subscribe cardiology", { ...ADMIN, channel: "triage-cardio" });
    expect(ok.status).toBe("ok");
    expect(ok.text).toContain("Cardiovascular Disease");
    expect((await app.run("/triage subscribe cardiology", ADMIN)).errorCode).toBe("BAD_ARGUMENT"); // in a DM
    expect((await app.run("/triage follow cardiology", HEART)).status).toBe("ok");
    const list = await app.run("/triage list", GP);
    expect(list.text).toContain("#triage-cardio");
    expect(list.text).toContain("@dr-heart");
  });

  it("raises a case: PHI is removed before storing and posting; one card per target is queued with the case", async () => {
    const reply = await app.run(`/consult cardiology urgent ${PHI_QUESTION}`, GP);
    expect(reply.status).toBe("ok");
    const m = /Case #(\d+)/.exec(reply.text);
    expect(m).not.toBeNull();
    caseId = Number(m![1]);
    expect(reply.text).toContain("Posted to 2 triage targets");
    const { db } = app.services;
    const stored = await db.selectFrom("cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
    for (const secret of ["John", "Smith", "03/14/1957", "84412973", "617-555-0142"]) {
      expect(stored.question).not.toContain(secret);
      expect(reply.text).not.toContain(secret);
    }
    expect(stored.question).toContain("troponin negative");
    expect(stored.redactions).toBeGreaterThanOrEqual(4);
    expect(stored.status).toBe("open");
    const queued = await db.selectFrom("outbox").select(["topic", "target", "payload"]).where("subject_id", "=", String(caseId)).execute();
    expect(queued.map((q) => q.target)).toEqual(expect.arrayContaining([{ channel: "triage-cardio" }, { user: "dr-heart" }]));
    expect(queued).toHaveLength(2);
    await drainOutbox(app.services);
    const posted = await db.selectFrom("console_messages").select(["channel", "text"]).where("channel", "=", "triage-cardio").execute();
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text).toContain(`Case #${caseId}`);
    expect(posted[0]!.text).not.toContain("Smith");
    expect(posted[0]!.text).toContain("consult:claim");
  });

  it("refuses emergent cases with a safety message and stores nothing", async () => {
    const { db } = app.services;
    const before = await db.selectFrom("cases").select("id").execute();
    const reply = await app.run("/consult cardiology emergent STEMI on ECG", GP);
    expect(reply.status).toBe("error");
    expect(reply.text).toMatch(/call the on-call specialist or emergency services/i);
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(before.length);
  });

  it("suggests the closest specialties for an unknown one", async () => {
    const reply = await app.run("/consult cardiolgy routine a question here", GP);
    // A typo still resolves; nonsense is refused with suggestions.
    expect(reply.status).toBe("ok");
    const bad = await app.run("/consult zzqxv routine a question here", GP);
    expect(bad.errorCode).toBe("BAD_ARGUMENT");
    expect(bad.text).toMatch(/No specialty matches/);
  });

  it("opens the intake form for /consult alone and for Request consult on a /specialist result", async () => {
    const form = await app.run("/consult", GP);
    expect(form.blocks.find((b) => b.type === "form")).toMatchObject({ form: { formId: "consult:intake" } });
    const specialist = await app.services.db.selectFrom("specialists").select("npi").where("primary_taxonomy", "=", "207RC0000X").executeTakeFirst();
    if (specialist) {
      const prefilled = await app.press("consult:request", specialist.npi, GP);
      const block = prefilled.blocks.find((b) => b.type === "form");
      expect(block?.type === "form" && block.form.fields.find((f) => f.id === "specialty")?.initial).toBe("Cardiovascular Disease");
    }
  });

  it("raises a case from the intake form, with field errors for bad input", async () => {
    const bad = await app.submit("consult:intake", { specialty: "zzqxv", urgency: "routine", question: "is this ok?" }, GP);
    expect(bad.fieldErrors?.specialty).toBeDefined();
    const ok = await app.submit("consult:intake", { specialty: "dermatology", urgency: "routine", question: "Annular rash on the forearm for 3 weeks, topical steroid no help", age: "40-64", sex: "female" }, GP);
    expect(ok.status).toBe("ok");
    expect(ok.text).toContain("Dermatology");
  });

  it("lets only a specialist of the case's specialty claim", async () => {
    const reply = await app.press("consult:claim", String(caseId), SKIN);
    expect(reply.errorCode).toBe("NOT_ALLOWED");
    const gp = await app.run(`/consult claim ${caseId}`, GP);
    expect(gp.errorCode).toBe("NOT_ALLOWED");
  });

  it("lets exactly one of two simultaneous claims win", async () => {
    const [a, b] = await Promise.all([app.press("consult:claim", String(caseId), HEART), app.run(`/consult claim ${caseId}`, HEART2)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual(["error", "ok"]);
    const loser = a.status === "error" ? a : b;
    expect(loser.errorCode).toBe("CONFLICT");
    expect(loser.text).toMatch(/already claimed by dr-heart/);
    const { db } = app.services;
    const claims = await db.selectFrom("case_events").select("actor_user_id").where("case_id", "=", caseId).where("event", "=", "claimed").execute();
    expect(claims).toHaveLength(1);
  });

  it("answers only as the claimer, notifies the requester, resolves with an outcome, and edits the cards in place", async () => {
    const { db } = app.services;
    const winner = (await db.selectFrom("cases as c").innerJoin("users as u", "u.id", "c.claimed_by").select("u.external_id").where("c.id", "=", caseId).executeTakeFirstOrThrow()).external_id;
    const claimer = winner === HEART.user ? HEART : HEART2;
    const other = winner === HEART.user ? HEART2 : HEART;
    expect((await app.run(`/consult answer ${caseId} do a stress test`, other)).errorCode).toBe("NOT_ALLOWED");
    const ask = await app.run(`/consult ask ${caseId} Any family history? Call Jane Doe at 617-555-0199`, claimer);
    expect(ask.status).toBe("ok");
    expect((await db.selectFrom("cases").select("info_request").where("id", "=", caseId).executeTakeFirstOrThrow()).info_request).not.toContain("617-555-0199");
    expect((await app.run(`/consult reply ${caseId} Father had MI at 50`, claimer)).errorCode).toBe("NOT_ALLOWED");
    expect((await app.run(`/consult reply ${caseId} Father had MI at 50`, GP)).status).toBe("ok");
    expect((await app.submit("consult:answer", { case: String(caseId), text: "Exercise stress test first; CTCA if equivocal." }, claimer)).status).toBe("ok");
    expect((await app.run(`/consult resolve ${caseId} referral-avoided`, claimer)).errorCode).toBe("NOT_ALLOWED");
    const resolved = await app.press("consult:resolve", `${caseId}:referral-avoided`, GP);
    expect(resolved.status).toBe("ok");
    expect((await app.run(`/consult cancel ${caseId}`, GP)).errorCode).toBe("CONFLICT");

    await drainOutbox(app.services);
    const card = await db.selectFrom("console_messages").select(["text", "edits"]).where("channel", "=", "triage-cardio").where("text", "like", `%Case #${caseId} ·%`).executeTakeFirstOrThrow();
    expect(card.text).toMatch(/Resolved: referral avoided/);
    expect(card.edits).toBeGreaterThanOrEqual(1);
    const requesterDms = await db.selectFrom("console_messages").select("text").where("user_external_id", "=", GP.user).execute();
    const all = requesterDms.map((m) => m.text).join("\n");
    expect(all).toContain(`was claimed by ${winner}`);
    expect(all).toContain("asks for more information");
    expect(all).toContain("Exercise stress test first");

    const events = await db.selectFrom("case_events").select(["event", "from_status", "to_status", "meta"]).where("case_id", "=", caseId).orderBy("id").execute();
    expect(events.map((e) => e.event)).toEqual(["raised", "claimed", "info_requested", "info_provided", "answered", "resolved"]);
    expect(events.map((e) => e.to_status)).toEqual(["open", "claimed", "more_info", "claimed", "answered", "resolved"]);
    const eventText = JSON.stringify(events) + JSON.stringify(await db.selectFrom("audit_log").select("meta").execute());
    for (const secret of ["Smith", "stress test", "Father", "Jane"]) expect(eventText).not.toContain(secret);
    for (const secret of ["Smith", "Jane", "617-555", "stress test", "troponin"]) expect(app.logLines.join("\n")).not.toContain(secret);
  });

  it("shows the case in /triage stats with time to claim and the referral-avoided share", async () => {
    const stats = await app.run("/triage stats cardiology", GP);
    expect(stats.status).toBe("ok");
    expect(stats.text).toContain("Cases: 2");
    expect(stats.text).toContain("Referrals avoided: 100%");
    expect(stats.text).toMatch(/Time to claim \(median \/ p90\): 0 min/);
  });

  it("keeps cases of another organization out of reach", async () => {
    const other = await app.run(`/consult show ${caseId}`, { user: "outsider", platform: "slack", workspace: "T-other" });
    expect(other.errorCode).toBe("NOT_FOUND");
  });

  it("under a 'warn' PHI policy keeps the case as a draft until the requester confirms the redacted text", async () => {
    const ward = { workspace: "ward-7" };
    await app.run("/help", { ...ADMIN, ...ward });
    const { db } = app.services;
    await db.updateTable("workspaces").set({ phi_policy: "warn" }).where("external_id", "=", "ward-7").execute();
    await app.run("/triage subscribe cardiology", { ...ADMIN, ...ward, channel: "ward-cardio" });
    const draft = await app.run("/consult cardiology routine Mr John Smith has palpitations at night, Holter showed SVT runs", { ...GP, ...ward });
    expect(draft.text).toMatch(/Check case #(\d+) before it is posted/);
    expect(draft.text).not.toContain("Smith");
    const id = Number(/#(\d+)/.exec(draft.text)![1]);
    expect(await db.selectFrom("outbox").select("id").where("subject_id", "=", String(id)).execute()).toHaveLength(0);
    expect((await app.press("consult:confirm", String(id), { ...HEART, ...ward })).errorCode).toBe("NOT_ALLOWED");
    expect((await app.press("consult:confirm", String(id), { ...GP, ...ward })).status).toBe("ok");
    const posted = await db.selectFrom("outbox").select(["target"]).where("subject_id", "=", String(id)).execute();
    expect(posted.map((p) => p.target)).toEqual([{ channel: "ward-cardio" }]);
    const second = await app.run("/consult cardiology routine Mrs Jane Roe asks about statins", { ...GP, ...ward });
    const secondId = Number(/#(\d+)/.exec(second.text)![1]);
    expect((await app.press("consult:discard", String(secondId), { ...GP, ...ward })).status).toBe("ok");
    expect((await db.selectFrom("cases").select("status").where("id", "=", secondId).executeTakeFirstOrThrow()).status).toBe("cancelled");
  });

  it("under a 'warn' PHI policy holds an answer with identifiers until the specialist posts the redacted text", async () => {
    const ward = { workspace: "ward-9" };
    await app.run("/help", { ...ADMIN, ...ward });
    const { db } = app.services;
    await db.updateTable("workspaces").set({ phi_policy: "warn" }).where("external_id", "=", "ward-9").execute();
    expect((await app.run("/profile specialty cardiology", { ...HEART, ...ward })).status).toBe("ok");
    const raised = await app.run("/consult cardiology routine New murmur, echo shows moderate MR. Clinic review or watchful waiting?", { ...GP, ...ward });
    const id = Number(/Case #(\d+)/.exec(raised.text)![1]);
    expect((await app.run(`/consult claim ${id}`, { ...HEART, ...ward })).status).toBe("ok");
    const queuedBefore = (await db.selectFrom("outbox").select("id").where("subject_id", "=", String(id)).execute()).length;

    const held = await app.run(`/consult answer ${id} Tell Mr Peter Quill (DOB 02/11/1961) to repeat the echo in 6 months`, { ...HEART, ...ward });
    expect(held.status).toBe("ok");
    expect(held.text).toContain(`Check your answer on case #${id} before it is sent`);
    expect(held.text).toContain("repeat the echo in 6 months");
    for (const secret of ["Quill", "02/11/1961"]) expect(held.text).not.toContain(secret);
    // Nothing about the case changed, nothing was sent, and only redacted text is held.
    const unchanged = await db.selectFrom("cases").select(["status", "answer"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(unchanged).toEqual({ status: "claimed", answer: null });
    expect(await db.selectFrom("outbox").select("id").where("subject_id", "=", String(id)).execute()).toHaveLength(queuedBefore);
    const pending = await db.selectFrom("pending_texts").select(["id", "text"]).where("case_id", "=", id).execute();
    expect(pending).toHaveLength(1);
    expect(pending[0]!.text).not.toContain("Quill");
    const pendingId = String(pending[0]!.id);

    // Only its author can post it; then it posts once.
    expect((await app.press("consult:post", pendingId, { ...GP, ...ward })).errorCode).toBe("NOT_FOUND");
    const posted = await app.press("consult:post", pendingId, { ...HEART, ...ward });
    expect(posted.status).toBe("ok");
    expect(posted.text).toContain(`Your answer to case #${id} was sent`);
    const answered = await db.selectFrom("cases").select(["status", "answer", "redactions"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(answered.status).toBe("answered");
    expect(answered.answer).toContain("repeat the echo in 6 months");
    expect(answered.answer).not.toContain("Quill");
    expect(await db.selectFrom("outbox").select("topic").where("subject_id", "=", String(id)).where("topic", "=", "case.answered").execute()).toHaveLength(1);
    expect((await app.press("consult:post", pendingId, { ...HEART, ...ward })).errorCode).toBe("NOT_FOUND");
    expect(await db.selectFrom("outbox").select("topic").where("subject_id", "=", String(id)).where("topic", "=", "case.answered").execute()).toHaveLength(1);

    // "Edit" drops the held text and opens the form again; an expired one cannot be posted.
    const raised2 = await app.run("/consult cardiology routine Palpitations, Holter normal, anything else?", { ...GP, ...ward });
    const id2 = Number(/Case #(\d+)/.exec(raised2.text)![1]);
    await app.run(`/consult claim ${id2}`, { ...HEART, ...ward });
    await app.run(`/consult ask ${id2} Is Mrs Gamora Zen still on 5 mg bisoprolol?`, { ...HEART, ...ward });
    const askId = String((await db.selectFrom("pending_texts").select("id").where("case_id", "=", id2).executeTakeFirstOrThrow()).id);
    const edit = await app.press("consult:edit", askId, { ...HEART, ...ward });
    expect(edit.blocks.some((b) => b.type === "form")).toBe(true);
    expect(await db.selectFrom("pending_texts").select("id").where("case_id", "=", id2).execute()).toHaveLength(0);
    await app.run(`/consult ask ${id2} Is Mrs Gamora Zen still on 5 mg bisoprolol?`, { ...HEART, ...ward });
    const again = String((await db.selectFrom("pending_texts").select("id").where("case_id", "=", id2).executeTakeFirstOrThrow()).id);
    app.clock.advance(61 * 60_000);
    expect((await app.press("consult:post", again, { ...HEART, ...ward })).errorCode).toBe("NOT_FOUND");
    expect((await db.selectFrom("cases").select("status").where("id", "=", id2).executeTakeFirstOrThrow()).status).toBe("claimed");
    expect((await app.press("consult:post", "not-a-number", { ...HEART, ...ward })).errorCode).toBe("BAD_ARGUMENT");
  });

  it("posts a case raised on one platform to triage channels of the organization on other platforms", async () => {
    const { db } = app.services;
    const local = await db.selectFrom("workspaces").select("organization_id").where("platform", "=", "console").where("external_id", "=", "local").executeTakeFirstOrThrow();
    await registerWorkspace(db, { platform: "slack", externalId: "T-hospital", timezone: "America/New_York", organizationId: local.organization_id });
    const sub = await app.run("/triage subscribe cardiology", { ...ADMIN, platform: "slack", workspace: "T-hospital", channel: "C-cardio" });
    expect(sub.status).toBe("ok");
    const raised = await app.run("/consult cardiology routine Bicuspid aortic valve, mild AS, how often to image?", GP);
    const id = Number(/Case #(\d+)/.exec(raised.text)![1]);
    const rows = await db.selectFrom("outbox").select(["platform", "workspace", "target"]).where("subject_id", "=", String(id)).where("topic", "=", "case.posted").execute();
    expect(rows).toContainEqual({ platform: "slack", workspace: "T-hospital", target: { channel: "C-cardio" } });
    expect(rows).toContainEqual({ platform: "console", workspace: "local", target: { channel: "triage-cardio" } });
  });
});
