// Outbox writes of the case lifecycle: posts to triage targets, in-place edits of those
// posts, and DMs. Always called inside the transaction of the change.
import type { Kysely } from "kysely";
import type { Reply } from "../chat/model.ts";
import type { Database } from "../db/schema.ts";
import { enqueue, enqueueMany, enqueueUpdate } from "../outbox/enqueue.ts";
import { triagePost } from "./render.ts";
import { userTarget, type TriageTarget } from "./subscriptions.ts";
import type { CaseView } from "./view.ts";

/** Topics of deliveries that show the case card (and get edited on every transition). */
export const CARD_TOPICS = ["case.posted", "case.reposted", "case.oncall"] as const;

/** Posts the case card to each target; `topic` says why (first post, re-post, on-call page). */
export async function postCard(trx: Kysely<Database>, c: CaseView, targets: TriageTarget[], topic: (typeof CARD_TOPICS)[number], dedupe: string, now: Date, reply?: Reply): Promise<number> {
  const card = reply ?? triagePost(c);
  // One statement for every target: a case with many subscribers stays one round trip.
  await enqueueMany(
    trx,
    targets.map((t) => ({ organizationId: c.organizationId, target: t, reply: card, topic, subject: { type: "case", id: c.id }, dedupeKey: `case:${c.id}:${dedupe}:${t.key}`, now })),
  );
  return targets.length;
}

/** Edits every card of the case already queued or posted to show its current state. */
export async function refreshCards(trx: Kysely<Database>, c: CaseView, now: Date): Promise<number> {
  const posts = await trx
    .selectFrom("outbox")
    .select("id")
    .where("subject_type", "=", "case")
    .where("subject_id", "=", String(c.id))
    .where("kind", "=", "post")
    .where("topic", "in", [...CARD_TOPICS])
    .where("status", "!=", "dead")
    .execute();
  const card = triagePost(c);
  for (const p of posts) await enqueueUpdate(trx, { organizationId: c.organizationId, updateOf: p.id, reply: card, topic: `case.${c.status}`, subject: { type: "case", id: c.id }, now });
  return posts.length;
}

/** DMs a Curbside user on their own platform. `dedupe` makes it at most once. */
export async function dmUser(trx: Kysely<Database>, c: CaseView, userId: number, reply: Reply, topic: string, dedupe: string | undefined, now: Date): Promise<boolean> {
  const target = await userTarget(trx, userId);
  if (!target) return false;
  await enqueue(trx, {
    organizationId: c.organizationId,
    target,
    reply,
    topic,
    subject: { type: "case", id: c.id },
    ...(dedupe ? { dedupeKey: `case:${c.id}:${dedupe}:${target.key}` } : {}),
    now,
  });
  return true;
}
