// The daily triage digest: at 08:00 in each triage channel's zone (its workspace's), a
// summary of the open and overdue cases of the specialties the channel follows. A
// channel can opt out. Each channel gets one digest per local day, across processes:
// the day is claimed by an upsert on triage_digests in the transaction that writes the
// digest to the outbox.
import { sql, type Kysely } from "kysely";
import type { Platform, Reply } from "../chat/model.ts";
import { ReplyBuilder } from "../chat/reply.ts";
import type { Database } from "../db/schema.ts";
import { failureCode, type Logger } from "../log.ts";
import { enqueue } from "../outbox/enqueue.ts";
import type { Sweep } from "../scheduler/sweep.ts";

/** Local time from which the day's digest is due. */
export const DIGEST_TIME = "08:00";
/** Most overdue cases listed per specialty. */
const LISTED = 10;

interface Candidate {
  organization_id: number;
  platform: string;
  workspace: string;
  channel_id: string;
  timezone: string;
  local_date: string;
}

/** A specialty's line in the digest. */
export interface SpecialtyDigest {
  /** NUCC code. */
  code: string;
  /** Display name. */
  name: string;
  /** Cases not closed: open, claimed or waiting for more information. */
  open: number;
  /** Of those, not claimed yet. */
  unclaimed: number;
  /** Past their claim deadline, or claimed and past the answer deadline. */
  overdue: number;
  /** The oldest overdue cases (ids and facts only, never the question). */
  overdueCases: { id: number; urgency: string; status: string; createdAt: Date }[];
}

async function dueChannels(db: Kysely<Database>, now: Date): Promise<Candidate[]> {
  const { rows } = await sql<Candidate>`
    select s.organization_id, s.platform, s.workspace, s.channel_id, w.timezone,
           to_char(${now}::timestamptz at time zone w.timezone, 'YYYY-MM-DD') as local_date
      from (select distinct organization_id, platform, workspace, channel_id
              from triage_subscriptions
             where kind = 'channel' and channel_id is not null) as s
      join workspaces w on w.platform = s.platform and w.external_id = s.workspace and w.organization_id = s.organization_id
      left join triage_digests d on d.platform = s.platform and d.workspace = s.workspace and d.channel_id = s.channel_id
     where (${now}::timestamptz at time zone w.timezone)::time >= ${DIGEST_TIME}::time
       and coalesce(d.enabled, true)
       and d.last_local_date is distinct from to_char(${now}::timestamptz at time zone w.timezone, 'YYYY-MM-DD')`.execute(db);
  return rows;
}

/** The open/overdue summary of the specialties a channel follows. */
export async function specialtyDigests(db: Kysely<Database>, organizationId: number, platform: string, workspace: string, channelId: string, now: Date): Promise<SpecialtyDigest[]> {
  const subscribed = await db
    .selectFrom("triage_subscriptions as s")
    .leftJoin("specialties as sp", "sp.code", "s.specialty_code")
    .select(["s.specialty_code as code", "sp.name as name"])
    .where("s.organization_id", "=", organizationId)
    .where("s.kind", "=", "channel")
    .where("s.platform", "=", platform)
    .where("s.workspace", "=", workspace)
    .where("s.channel_id", "=", channelId)
    .orderBy("sp.name")
    .execute();
  if (subscribed.length === 0) return [];
  const codes = subscribed.map((s) => s.code);
  const overdue = sql<boolean>`((c.status = 'open' and c.claim_deadline_at <= ${now}) or (c.status = 'claimed' and (c.escalation_level > 0 or c.escalate_at <= ${now})))`;
  const { rows: counts } = await sql<{ code: string; open: number; unclaimed: number; overdue: number }>`
    select c.specialty_code as code,
           count(*)::int as open,
           count(*) filter (where c.status = 'open')::int as unclaimed,
           count(*) filter (where ${overdue})::int as overdue
      from cases c
     where c.organization_id = ${organizationId}
       and c.specialty_code in (${sql.join(codes)})
       and c.status in ('open', 'claimed', 'more_info')
     group by c.specialty_code`.execute(db);
  const { rows: late } = await sql<{ id: number; code: string; urgency: string; status: string; created_at: Date }>`
    select c.id, c.specialty_code as code, c.urgency, c.status, c.created_at
      from cases c
     where c.organization_id = ${organizationId}
       and c.specialty_code in (${sql.join(codes)})
       and ${overdue}
     order by c.created_at, c.id`.execute(db);
  const byCode = new Map(counts.map((c) => [c.code, c]));
  return subscribed.map((s) => {
    const c = byCode.get(s.code);
    return {
      code: s.code,
      name: s.name ?? s.code,
      open: c?.open ?? 0,
      unclaimed: c?.unclaimed ?? 0,
      overdue: c?.overdue ?? 0,
      overdueCases: late
        .filter((l) => l.code === s.code)
        .slice(0, LISTED)
        .map((l) => ({ id: Number(l.id), urgency: l.urgency, status: l.status, createdAt: new Date(l.created_at) })),
    };
  });
}

function age(from: Date, now: Date): string {
  const hours = Math.floor((now.getTime() - from.getTime()) / 3_600_000);
  return hours >= 48 ? `${Math.floor(hours / 24)} d` : `${hours} h`;
}

/** The digest message for one channel. */
export function digestReply(localDate: string, digests: SpecialtyDigest[], now: Date): Reply {
  const out = new ReplyBuilder("channel").header(`Triage digest — ${localDate}`);
  for (const d of digests) {
    const summary =
      d.open === 0 ? "no open cases" : `${d.open} open (${d.unclaimed} unclaimed), ${d.overdue === 0 ? "none overdue" : `**${d.overdue} overdue**`}`;
    out.section(`**${d.name}**: ${summary}`);
    if (d.overdueCases.length > 0) {
      const lines = d.overdueCases.map((c) => `#${c.id} ${c.urgency} · ${c.status === "open" ? "unclaimed" : "claimed, not answered"} · raised ${age(c.createdAt, now)} ago`);
      if (d.overdue > d.overdueCases.length) lines.push(`and ${d.overdue - d.overdueCases.length} more`);
      out.context(lines.join("\n"));
    }
  }
  out.context("See a case with `/consult show <id>`. Turn this digest off here with `/remind digest off`.");
  return out.build();
}

/** Sends every digest due at `now`; returns how many were queued. */
export async function sweepDigests(db: Kysely<Database>, now: Date, log: Logger): Promise<number> {
  let sent = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  for (const channel of await dueChannels(db, now)) {
    // One channel's failure (its transaction rolled back, so its day stays unclaimed and
    // the next sweep retries it) must not cost the channels after it their digest.
    const queued = await db.transaction().execute(async (trx) => {
      // Claim the day: another process that got here first has already set the date.
      const claimed = await sql<{ channel_id: string }>`
        insert into triage_digests (organization_id, platform, workspace, channel_id, last_local_date, updated_at)
        values (${channel.organization_id}, ${channel.platform}, ${channel.workspace}, ${channel.channel_id}, ${channel.local_date}, ${now})
        on conflict (platform, workspace, channel_id) do update
           set last_local_date = excluded.last_local_date, updated_at = excluded.updated_at
         where triage_digests.enabled and triage_digests.last_local_date is distinct from excluded.last_local_date
        returning channel_id`.execute(trx);
      if (claimed.rows.length === 0) return false;
      const digests = await specialtyDigests(trx, channel.organization_id, channel.platform, channel.workspace, channel.channel_id, now);
      if (digests.length === 0) return false;
      await enqueue(trx, {
        organizationId: channel.organization_id,
        target: { platform: channel.platform as Platform, workspace: channel.workspace, to: { channel: channel.channel_id } },
        reply: digestReply(channel.local_date, digests, now),
        topic: "triage.digest",
        subject: { type: "channel", id: channel.channel_id },
        dedupeKey: `digest:${channel.platform}:${channel.workspace}:${channel.channel_id}:${channel.local_date}`,
        now,
      });
      return true;
    }).catch((error: unknown) => {
      failed++;
      firstFailure ??= failureCode(error);
      return false;
    });
    if (queued) sent++;
  }
  if (sent > 0) log.info("triage.digests", { sent });
  if (failed > 0) log.error("triage.digests_failed", { channels: failed, code: firstFailure });
  return sent;
}

/** Turns the digest of one channel on or off. */
export async function setDigestEnabled(
  db: Kysely<Database>,
  input: { organizationId: number; platform: string; workspace: string; channelId: string; enabled: boolean; userId: number; now: Date },
): Promise<void> {
  await db
    .insertInto("triage_digests")
    .values({
      organization_id: input.organizationId,
      platform: input.platform,
      workspace: input.workspace,
      channel_id: input.channelId,
      enabled: input.enabled,
      updated_by: input.userId,
      updated_at: input.now,
    })
    .onConflict((oc) => oc.columns(["platform", "workspace", "channel_id"]).doUpdateSet({ enabled: input.enabled, updated_by: input.userId, updated_at: input.now }))
    .execute();
}

/** The scheduler's digest sweep (see src/scheduler/sweeps.ts). */
export const digestSweep: Sweep = {
  name: "triage.digest",
  run: async (services, now) => ({ processed: await sweepDigests(services.db, now, services.log) }),
};
