// /help — every command, or one in detail.
import { describeOption } from "../src/chat/args.ts";
import type { Command } from "../src/chat/command.ts";
import { ReplyBuilder } from "../src/chat/reply.ts";
import { AppError } from "../src/errors.ts";
import { hasRole } from "../src/identity/actors.ts";

export default {
  name: "help",
  description: "List Curbside's commands, or explain one",
  usage: "[command]",
  permission: "clinician",
  options: [{ name: "command", type: "string", description: "a command to explain", example: "specialist" }],
  handler: async (args, ctx) => {
    const wanted = args.get("command")?.replace(/^\//, "").toLowerCase();
    if (!wanted) {
      const out = new ReplyBuilder("ephemeral").header("Curbside commands");
      for (const command of ctx.registry.all) {
        if (!hasRole(ctx.actor.role, command.permission)) continue;
        out.section(`\`/${command.name} ${command.usage}\`\n${command.description}`);
      }
      out.context("Type `/help <command>` for details and examples.");
      return out.build();
    }
    const command = ctx.registry.get(wanted);
    if (!command) {
      const names = ctx.registry.all.map((c) => `/${c.name}`).join(", ");
      throw new AppError("NOT_FOUND", `There is no command by that name. Commands: ${names}.`);
    }
    const out = new ReplyBuilder("ephemeral").header(`/${command.name}`).section(command.description);
    if (command.handler) out.section(`\`/${command.name} ${command.options.map(describeOption).join(" ")}\``);
    for (const sub of command.subcommands ?? []) {
      out.section(`\`/${command.name} ${sub.name} ${sub.options.map(describeOption).join(" ")}\`\n${sub.description}`);
    }
    const options = [...command.options, ...(command.subcommands ?? []).flatMap((s) => s.options)];
    const seen = new Set<string>();
    const described = options.filter((o) => !seen.has(o.name) && seen.add(o.name));
    if (described.length > 0) out.fields(described.map((o) => ({ label: o.name, value: o.description })));
    if (command.help) out.context(command.help);
    return out.build();
  },
} satisfies Command;
