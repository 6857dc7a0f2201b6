// IANA time zone names, as people type them.
import { AppError } from "../errors.ts";

/** The canonical IANA name of `zone` ("america/chicago" -> "America/Chicago"); BAD_ARGUMENT if unknown. */
export function canonicalTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new AppError("BAD_ARGUMENT", "That is not a time zone Curbside knows. Use an IANA name such as `America/Chicago` or `Europe/London`.", { field: "timezone" });
  }
}
