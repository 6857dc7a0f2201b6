// /summarize — the gist of a busy thread or a consult case: question, key findings,
// advice, plan and follow-ups, open questions. Only redacted text reaches the model;
// the work is deferred so platforms get their acknowledgement at once.
import type { ParsedArgs } from "../src/chat/args.ts";
import type { Command, CommandContext } from "../src/chat/command.ts";
import type { DeferredReply } from "../src/chat/model.ts";
import { ephemeral } from "../src/chat/reply.ts";
import { AppError } from "../src/errors.ts";
import { loadCase } from "../src/summarize/case-source.ts";
import type { Discussion } from "../src/summarize/discussion.ts";
import { recordSummary, recordSummaryFailure, workspaceAllowsRestore } from "../src/summarize/record.ts";
import { renderSummary } from "../src/summarize/render.ts";
import { summarizeDiscussion } from "../src/summarize/summarize.ts";
import { MAX_THREAD_MESSAGES } from "../src/summarize/thread-source.ts";
import { loadThread } from "../src/summarize/thread-source.ts";

const DEFAULT_MESSAGES = 50;

function checkCount(value: string): string | undefined {
  const n = Number(value);
  return n >= 1 && n <= MAX_THREAD_MESSAGES ? undefined : `give a number of messages from 1 to ${MAX_THREAD_MESSAGES}`;
}

function checkCaseId(value: string): string | undefined {
  return /^\d{1,9}$/.test(value) && Number(value) > 0 ? undefined : "give the case number, for example `case 12`";
}

/** Runs the summary after the acknowledgement; errors become error replies in dispatch. */
function deferSummary(ackText: string, title: string, share: boolean, load: () => Promise<Discussion>, ctx: CommandContext): DeferredReply {
  return {
    deferred: true,
    ack: ephemeral(ackText),
    complete: async () => {
      const discussion = await load();
      if (discussion.messages.length === 0) {
        return ephemeral(
          discussion.subject === "thread"
            ? "There are no messages here that Curbside can read, so there is nothing to summarise."
            : "That case has no text to summarise yet.",
        );
      }
      const restore = !share && (await workspaceAllowsRestore(ctx.db, ctx.actor.workspaceId));
      try {
        const outcome = await summarizeDiscussion(discussion, { llm: ctx.llm, log: ctx.log, reversible: restore });
        await recordSummary(ctx, discussion, outcome, { restored: restore, shared: share });
        return renderSummary(outcome, { title, visibility: share ? "channel" : "ephemeral", restore });
      } catch (error) {
        if (error instanceof AppError) await recordSummaryFailure(ctx, discussion, error.code, ctx.llm?.model);
        throw error;
      }
    },
  };
}

async function summarizeThread(args: ParsedArgs, ctx: CommandContext): Promise<DeferredReply> {
  const limit = args.int("last") ?? DEFAULT_MESSAGES;
  const share = args.flag("share");
  const where = ctx.channel.threadId ? "this thread" : "this channel";
  return deferSummary(
    `Summarising the last ${limit} messages of ${where}… the summary will follow here.`,
    `Summary of ${where}`,
    share,
    () => loadThread(ctx, limit),
    ctx,
  );
}

async function summarizeCase(args: ParsedArgs, ctx: CommandContext): Promise<DeferredReply> {
  const id = Number(args.get("id"));
  const share = args.flag("share");
  return deferSummary(`Summarising case #${id}… the summary will follow here.`, `Summary of case #${id}`, share, () => loadCase(ctx, id), ctx);
}

const share = { name: "share", type: "flag", description: "post the summary in the channel (identifiers stay redacted)" } as const;

export default {
  name: "summarize",
  description: "Summarise this thread or a consult case (identifiers removed before any model sees the text)",
  usage: "[last 50] [share] | case <id> [share]",
  permission: "clinician",
  options: [
    { name: "last", type: "integer", keyword: true, arity: 1, description: `how many recent messages to read (default ${DEFAULT_MESSAGES})`, validate: checkCount, example: "50" },
    share,
  ],
  handler: summarizeThread,
  subcommands: [
    {
      name: "case",
      description: "Summarise a consult case: its question, Q&A and events",
      options: [{ name: "id", type: "string", required: true, description: "the case number", validate: checkCaseId, example: "12" }, share],
      handler: summarizeCase,
    },
  ],
  help:
    "`/summarize` — the last 50 messages of this thread or channel, shown only to you.\n" +
    "`/summarize last 200` — read more messages. `/summarize case 12` — a consult case.\n" +
    "Add `share` to post the summary in the channel; identifiers then always stay redacted.\n" +
    "Patient identifiers are replaced by placeholders before any language model sees the text. " +
    "Without a configured model, Curbside picks key sentences locally and says so.",
} satisfies Command;
