// Loads the last messages of the channel or thread a person ran /summarize in, through
// the ChatGateway of their platform. Authors become "Participant 1, 2…": platform user
// ids are not needed to follow a discussion and do not leave the process.
import type { CommandContext } from "../chat/command.ts";
import { AppError } from "../errors.ts";
import { errorClass } from "../log.ts";
import type { Discussion } from "./discussion.ts";

/** Most messages one summary reads. */
export const MAX_THREAD_MESSAGES = 500;

/** Fetches the last `limit` messages where the actor is. */
export async function loadThread(ctx: Pick<CommandContext, "actor" | "channel" | "gateways">, limit: number): Promise<Discussion> {
  const gateway = ctx.gateways[ctx.actor.platform];
  if (!gateway) {
    throw new AppError("UNAVAILABLE", `Curbside cannot read messages on ${ctx.actor.platform} in this installation, so there is no thread to summarise.`, {
      platform: ctx.actor.platform,
    });
  }
  let fetched;
  try {
    fetched = await gateway.fetchThread(ctx.actor.workspaceExternalId, ctx.channel, limit);
  } catch (error) {
    // Platform errors can quote message content: keep only the class for the log.
    throw new AppError(
      "UNAVAILABLE",
      `Curbside could not read the messages here from ${ctx.actor.platform} (is Curbside a member of this channel?). Nothing was lost; try again in a moment.`,
      { platform: ctx.actor.platform, error: errorClass(error) },
    );
  }
  const speakers = new Map<string, string>();
  const messages = fetched
    .filter((m) => m.text.trim().length > 0)
    .map((m) => {
      let speaker = speakers.get(m.author);
      if (!speaker) {
        speaker = `Participant ${speakers.size + 1}`;
        speakers.set(m.author, speaker);
      }
      return { speaker, text: m.text };
    });
  const subjectId = ctx.channel.threadId ? `${ctx.channel.id}/${ctx.channel.threadId}` : ctx.channel.id;
  return { subject: "thread", subjectId, messages };
}
