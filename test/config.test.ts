import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

describe("configuration", () => {
  it("has working defaults for the embedded setup", () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.CURBSIDE_DATA_DIR).toBe("./.curbside");
    expect(config.PORT).toBe(3000);
  });

  it("reports every problem at once and never prints secret values", () => {
    const secret = "mysql://user:hunter2-very-secret@db/x";
    let caught: unknown;
    try {
      loadConfig({ DATABASE_URL: secret, PORT: "not-a-port", DEFAULT_TIMEZONE: "Mars/Olympus", CURBSIDE_ENCRYPTION_KEY: "short-key-hunter2" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.problems).toHaveLength(4);
    expect(error.message).toContain("DATABASE_URL");
    expect(error.message).toContain("PORT");
    expect(error.message).toContain("DEFAULT_TIMEZONE");
    expect(error.message).not.toContain("hunter2");
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });
});
