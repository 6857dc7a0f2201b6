// Audit rows for summaries: who summarised which case or thread, with which model, how
// many tokens and how many identifiers were removed. Never text.
import type { Kysely } from "kysely";
import { audit } from "../audit.ts";
import type { CommandContext } from "../chat/command.ts";
import type { Database } from "../db/schema.ts";
import type { Discussion } from "./discussion.ts";
import type { SummaryOutcome } from "./summarize.ts";

/** Whether the workspace lets summaries show identifiers back to the requester. */
export async function workspaceAllowsRestore(db: Kysely<Database>, workspaceId: number): Promise<boolean> {
  const row = await db.selectFrom("workspaces").select("allow_phi_restore").where("id", "=", workspaceId).executeTakeFirst();
  return row?.allow_phi_restore === true;
}

/** Records a summary that was made. */
export async function recordSummary(
  ctx: Pick<CommandContext, "db" | "actor">,
  discussion: Discussion,
  outcome: SummaryOutcome,
  flags: { restored: boolean; shared: boolean },
): Promise<void> {
  await audit(ctx.db, {
    organizationId: ctx.actor.organizationId,
    actorUserId: ctx.actor.userId,
    action: "summary.created",
    subjectType: discussion.subject,
    subjectId: discussion.subjectId,
    meta: {
      method: outcome.method,
      model: outcome.usage?.model ?? null,
      promptTokens: outcome.usage?.promptTokens ?? 0,
      completionTokens: outcome.usage?.completionTokens ?? 0,
      calls: outcome.usage?.calls ?? 0,
      chunks: outcome.usage?.chunks ?? 0,
      messages: outcome.messageCount,
      redactedSpans: outcome.redactedSpans,
      modelIdentifiersRemoved: outcome.modelRemoved,
      restored: flags.restored,
      shared: flags.shared,
    },
  });
}

/** Records a summary the model could not make (the redacted text may have been sent). */
export async function recordSummaryFailure(ctx: Pick<CommandContext, "db" | "actor">, discussion: Discussion, code: string, model: string | undefined): Promise<void> {
  await audit(ctx.db, {
    organizationId: ctx.actor.organizationId,
    actorUserId: ctx.actor.userId,
    action: "summary.failed",
    subjectType: discussion.subject,
    subjectId: discussion.subjectId,
    meta: { code, model: model ?? null, messages: discussion.messages.length },
  });
}
