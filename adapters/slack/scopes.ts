// The bot scopes Curbside asks for, shared by the OAuth install URL and the manifest.
export const BOT_SCOPES: readonly string[] = [
  "commands", // slash commands
  "chat:write", // replies, triage notifications, claimed-case edits
  "chat:write.public", // post to triage channels the bot has not joined
  "im:write", // conversations.open for DMs (escalations, reminders)
  "users:read", // users.info: Slack admins become Curbside admins on first use
  "channels:history", // conversations.replies / history for /summarize
  "groups:history",
  "im:history",
  "mpim:history",
];
