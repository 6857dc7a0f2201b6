// /workspace — what hospital IT controls in one workspace: the PHI policy applied to
// everything clinicians submit, whether summaries may restore identifiers for the person
// who asked, and the default time zone (reminders, digests, on-call times).
import type { Command } from "../src/chat/command.ts";
import { ephemeral, ReplyBuilder } from "../src/chat/reply.ts";
import { PHI_POLICIES, type PhiPolicy } from "../src/privacy/guard.ts";
import { setPhiPolicy, setPhiRestore, setWorkspaceTimeZone, workspaceSettings } from "../src/identity/workspace-settings.ts";

const POLICY_MEANING: Record<PhiPolicy, string> = {
  redact: "identifiers are removed and the redacted text is posted",
  warn: "the author sees the redacted text first and posts it with “Post redacted” or edits it",
  block: "text holding identifiers is refused; nothing is stored",
};

export default {
  name: "workspace",
  description: "Show this workspace's settings; admins set the PHI policy, restore and time zone",
  usage: "[phi redact|warn|block | restore on|off | timezone <zone>]",
  permission: "clinician",
  options: [],
  help:
    "Admins: `/workspace phi warn` (redact, warn or block identifiers in case questions, answers and reminders), " +
    "`/workspace restore on` (summaries shown back, privately, to the person who asked may restore identifiers), " +
    "`/workspace timezone America/Chicago`. Discord workspaces always redact and never restore.",
  handler: async (_args, ctx) => {
    const s = await workspaceSettings(ctx.db, ctx.actor);
    return new ReplyBuilder("ephemeral")
      .header(`Workspace ${s.name ?? s.externalId}`)
      .fields([
        { label: "Platform", value: s.platform },
        { label: "Organization", value: `${s.organizationName}${s.linkedWorkspaces ? ` (+${s.linkedWorkspaces} linked workspace${s.linkedWorkspaces === 1 ? "" : "s"})` : ""}` },
        { label: "PHI policy", value: `${s.phiPolicy}: ${POLICY_MEANING[s.phiPolicy]}` },
        { label: "Restore in summaries", value: s.allowPhiRestore ? "on (only in the private reply to the person who asked)" : "off" },
        { label: "Time zone", value: s.timezone },
      ])
      .build();
  },
  subcommands: [
    {
      name: "phi",
      description: "Set how identifiers in submitted text are handled (admins)",
      permission: "admin",
      options: [{ name: "policy", type: "choice", choices: PHI_POLICIES, required: true, description: "redact, warn or block" }],
      handler: async (args, ctx) => {
        const policy = args.get("policy")!.toLowerCase() as PhiPolicy;
        await setPhiPolicy(ctx.db, ctx.actor, policy);
        return ephemeral(`PHI policy is now ${policy}: ${POLICY_MEANING[policy]}.`);
      },
    },
    {
      name: "restore",
      description: "Allow summaries to restore identifiers for the person who asked (admins)",
      permission: "admin",
      options: [{ name: "setting", type: "choice", choices: ["on", "off"], required: true, description: "on or off" }],
      handler: async (args, ctx) => {
        const allow = args.get("setting")!.toLowerCase() === "on";
        await setPhiRestore(ctx.db, ctx.actor, allow);
        return ephemeral(
          allow
            ? "Summaries shown privately to the person who asked will restore identifiers. The model still never sees them."
            : "Summaries keep placeholders such as [NAME_1] everywhere.",
        );
      },
    },
    {
      name: "timezone",
      description: "Set the workspace's default time zone (admins)",
      permission: "admin",
      options: [{ name: "zone", type: "string", required: true, description: "an IANA time zone", example: "America/Chicago" }],
      handler: async (args, ctx) => ephemeral(`Workspace time zone set to ${await setWorkspaceTimeZone(ctx.db, ctx.actor, args.get("zone")!)}. People who set their own with /profile timezone keep theirs.`),
    },
  ],
} satisfies Command;
