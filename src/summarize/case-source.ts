// Loads a consult case for /summarize, scoped to the actor's organization.
// Waits on the triage tables (issue 5); until they land, every case is "not found".
import type { CommandContext } from "../chat/command.ts";
import { AppError } from "../errors.ts";
import type { Discussion } from "./discussion.ts";

/** The case, its Q&A and events as a discussion. */
export async function loadCase(ctx: Pick<CommandContext, "db" | "actor">, caseId: number): Promise<Discussion> {
  void ctx;
  throw new AppError("NOT_FOUND", `Case #${caseId} was not found in your organization.`, { caseId });
}
