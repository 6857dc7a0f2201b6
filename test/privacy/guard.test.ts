// The PHI guard under each workspace policy, and reading the policy from the database.
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.ts";
import { registerWorkspace } from "../../src/identity/workspaces.ts";
import { guardText, workspaceAllowsPhiRestore, workspacePhiPolicy } from "../../src/privacy/index.ts";
import { describeEachEngine } from "../helpers/db.ts";

const CASE = "Pt Rosa Delgado 58F DOB 2/3/1966, A1c 9.1 on metformin";

describe("guardText", () => {
  it("posts the redacted text under 'redact'", () => {
    const result = guardText(CASE, { policy: "redact", platform: "slack" });
    expect(result).toMatchObject({ action: "post", text: "Pt [NAME_1] 58F DOB [DATE_1], A1c 9.1 on metformin" });
  });

  it("asks for confirmation with a redacted preview under 'warn'", () => {
    const result = guardText(CASE, { policy: "warn", platform: "teams" });
    expect(result.action).toBe("confirm");
    if (result.action !== "confirm") return;
    expect(result.preview).toBe("Pt [NAME_1] 58F DOB [DATE_1], A1c 9.1 on metformin");
    expect(result.summary).toBe("1 name, 1 date");
  });

  it("posts text without identifiers unchanged under 'warn' and 'block'", () => {
    for (const policy of ["warn", "block"] as const) {
      expect(guardText("K 3.2 after 40 mEq KCl, recheck at 14:30", { policy, platform: "slack" })).toEqual({
        action: "post",
        text: "K 3.2 after 40 mEq KCl, recheck at 14:30",
        spans: [],
      });
    }
  });

  it("blocks under 'block' with a message that does not repeat the text", () => {
    let caught: unknown;
    try {
      guardText(CASE, { policy: "block", platform: "slack" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe("PHI_BLOCKED");
    expect(error.message).not.toContain("Rosa");
    expect(error.message).not.toContain("1966");
    expect(JSON.stringify(error.meta)).not.toContain("Rosa");
  });

  it("always redacts on Discord whatever the workspace says", () => {
    expect(guardText(CASE, { policy: "block", platform: "discord" }).action).toBe("post");
    expect(guardText(CASE, { policy: "warn", platform: "discord" }).action).toBe("post");
  });
});

describeEachEngine("workspacePhiPolicy", (database) => {
  it("reads the stored policy, defaults to redact, and forces redact on Discord", async () => {
    const { db } = database();
    const slack = await registerWorkspace(db, { platform: "slack", externalId: "T-PHI", timezone: "UTC" });
    const discord = await registerWorkspace(db, { platform: "discord", externalId: "G-PHI", timezone: "UTC" });
    expect(await workspacePhiPolicy(db, slack.id)).toBe("redact");
    await db.updateTable("workspaces").set({ phi_policy: "block", allow_phi_restore: true }).where("id", "in", [slack.id, discord.id]).execute();
    expect(await workspacePhiPolicy(db, slack.id)).toBe("block");
    expect(await workspacePhiPolicy(db, discord.id)).toBe("redact");
    expect(await workspaceAllowsPhiRestore(db, slack.id)).toBe(true);
    expect(await workspaceAllowsPhiRestore(db, discord.id)).toBe(false);
    await db.updateTable("workspaces").set({ phi_policy: "shout" }).where("id", "=", slack.id).execute();
    expect(await workspacePhiPolicy(db, slack.id)).toBe("redact");
    expect(await workspacePhiPolicy(db, 999_999)).toBe("redact");
  });
});
