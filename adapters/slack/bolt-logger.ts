// Bolt's logger interface over Curbside's structured log. Bolt's messages can quote
// payloads, so only the level and a fixed event name are kept: never message text.
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/log.ts";

/** A Bolt logger that records that Bolt said something, not what. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug: () => {},
    info: () => {},
    warn: () => log.warn("slack.bolt_warning"),
    error: () => log.error("slack.bolt_error"),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
