// The neutral markdown subset (**bold**, _italic_, `code`, [label](url)) in Slack mrkdwn.
// Slack needs &, < and > escaped, so user-visible text cannot forge links or mentions.

/** Escapes text for Slack (plain_text and mrkdwn alike). */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Translates neutral markdown to mrkdwn. */
export function toMrkdwn(text: string): string {
  return escapeSlack(text)
    .replace(/\[([^\]]+)\]\(((?:https?|mailto):[^)\s]+)\)/g, (_m, label: string, url: string) => `<${url.replace(/\|/g, "%7C")}|${label.replace(/\|/g, "¦")}>`)
    .replace(/\*\*(.+?)\*\*/g, "*$1*");
}

/** Cuts text to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}
