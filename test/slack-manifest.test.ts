// `curbside slack manifest` lists every registered command with the right URLs and scopes.
import { describe, expect, it } from "vitest";
import { buildSlackManifest } from "../adapters/slack/manifest.ts";
import { BOT_SCOPES } from "../adapters/slack/scopes.ts";
import { loadRegistry } from "../src/chat/registry.ts";

describe("Slack app manifest", () => {
  it("declares every registered slash command with description, usage hint and the events URL", async () => {
    const registry = await loadRegistry();
    const yaml = buildSlackManifest(registry, { baseUrl: "https://curbside.example.org/" });
    for (const command of registry.all) {
      expect(yaml).toContain(`- command: "/${command.name}"`);
      expect(yaml).toContain(`description: ${JSON.stringify(command.description)}`);
    }
    expect(yaml.match(/url: "https:\/\/curbside\.example\.org\/slack\/events"/g)).toHaveLength(registry.all.length + 2);
    expect(yaml).toContain('- "https://curbside.example.org/slack/oauth_redirect"');
    for (const scope of BOT_SCOPES) expect(yaml).toContain(`- ${JSON.stringify(scope)}`);
    expect(yaml).toContain("socket_mode_enabled: false");
  });

  it("omits request URLs in Socket Mode", async () => {
    const yaml = buildSlackManifest(await loadRegistry(), { baseUrl: "https://x.example", socketMode: true });
    expect(yaml).not.toContain("/slack/events");
    expect(yaml).toContain("socket_mode_enabled: true");
  });
});
