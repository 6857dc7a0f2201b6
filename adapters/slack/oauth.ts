// Multi-workspace install: GET /slack/install shows the "Add to Slack" page (and sets
// the state cookie), GET /slack/oauth_redirect exchanges the code with oauth.v2.access
// and stores the installation (token encrypted) through SlackInstallations.
import { InstallProvider, LogLevel } from "@slack/oauth";
import type { Route } from "../../src/http/server.ts";
import { failureCode, type Logger } from "../../src/log.ts";
import { boltLogger } from "./bolt-logger.ts";
import type { SlackInstallations } from "./installations.ts";
import { escapeHtml } from "./html.ts";
import { BOT_SCOPES } from "./scopes.ts";

export interface OAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** Web API base URL (oauth.v2.access, auth.test go there). */
  apiUrl: string;
  /** Explicit redirect URI; Slack uses the app's configured one when absent. */
  redirectUri?: string;
  installations: SlackInstallations;
  log: Logger;
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em;margin:3em auto">${body}</body></html>`;
}

/** The install and redirect routes. */
export function oauthRoutes(options: OAuthOptions): Route[] {
  const installer = new InstallProvider({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    stateSecret: options.stateSecret,
    installationStore: options.installations.oauthStore(),
    logger: boltLogger(options.log),
    logLevel: LogLevel.WARN,
    clientOptions: { slackApiUrl: options.apiUrl },
  });
  const urlOptions = { scopes: [...BOT_SCOPES], ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}) };
  return [
    {
      method: "GET",
      path: "/slack/install",
      handler: (req, res) => installer.handleInstallPath(req, res, {}, urlOptions),
    },
    {
      method: "GET",
      path: "/slack/oauth_redirect",
      handler: (req, res) =>
        installer.handleCallback(
          req,
          res,
          {
            success: (installation, _options, _req, response) => {
              options.log.info("slack.install_completed", { team: installation.team?.id ?? "unknown" });
              response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
              response.end(page("Curbside installed", `<h1>Curbside is installed</h1><p>Curbside is now available in ${escapeHtml(installation.team?.name ?? "your workspace")}. Type <code>/help</code> in Slack. You can close this tab.</p>`));
            },
            failure: (error, _options, _req, response) => {
              options.log.warn("slack.install_failed", { code: failureCode(error) });
              response.writeHead(400, { "content-type": "text/html; charset=utf-8" });
              response.end(page("Install failed", `<h1>Curbside was not installed</h1><p>The Slack install did not complete. Start again from <a href="/slack/install">the install page</a>.</p>`));
            },
          },
          urlOptions,
        ),
    },
  ];
}
