// Reads an on-call rota CSV (documented in `curbside oncall import --help`):
//
//   specialty,who,from,to,note,timezone
//   cardiology,1234567893,2026-01-05 08:00,2026-01-06 08:00,pager 555-0100,America/Chicago
//   nephrology,U024BE7LH,2026-01-05T08:00:00-05:00,2026-01-05T20:00:00-05:00,,
//
// specialty: a name, synonym or NUCC code; who: a 10-digit NPI or a Curbside user's
// platform id or display name; from/to: ISO 8601 or "YYYY-MM-DD HH:MM" in `timezone`
// (or the default zone); note and timezone are optional. Bad rows are reported with
// their line and never stop the others. Re-importing updates shifts instead of
// duplicating them.
import { parse } from "csv-parse/sync";
import type { Kysely } from "kysely";
import { DateTime } from "luxon";
import type { Database } from "../db/schema.ts";
import { isAppError } from "../errors.ts";
import { upsertShift, type ShiftWho } from "./oncall.ts";
import { findOrgUser } from "./profiles.ts";
import { resolveSpecialty } from "./specialties.ts";

/** What an on-call import did. */
export interface OncallImportReport {
  /** Shifts added. */
  added: number;
  /** Shifts updated (same person, specialty and start). */
  updated: number;
  /** Rows rejected, with line numbers and reasons. */
  rejected: { line: number; reason: string }[];
}

/** Parses "2026-01-05 08:00" or ISO 8601 in `zone`; null when unreadable. */
export function parseShiftTime(value: string, zone: string): Date | null {
  const v = value.trim();
  const dt = DateTime.fromISO(v, { zone }).isValid ? DateTime.fromISO(v, { zone }) : DateTime.fromSQL(v, { zone });
  return dt.isValid ? dt.toJSDate() : null;
}

/** Imports rota CSV text into the organization's on-call shifts. */
export async function importOncallCsv(db: Kysely<Database>, text: string, options: { organizationId: number; defaultTimezone: string }): Promise<OncallImportReport> {
  const report: OncallImportReport = { added: 0, updated: 0, rejected: [] };
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
  } catch {
    return { ...report, rejected: [{ line: 1, reason: "not a readable CSV" }] };
  }
  const specialtyCache = new Map<string, string | null>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const line = i + 2;
    const fail = (reason: string) => report.rejected.push({ line, reason });
    if (!r.specialty || !r.who || !r.from || !r.to) {
      fail("specialty, who, from and to are required");
      continue;
    }
    let code = specialtyCache.get(r.specialty.toLowerCase());
    if (code === undefined) {
      const { chosen } = await resolveSpecialty(db, r.specialty);
      code = chosen.length === 1 ? chosen[0]!.code : null;
      specialtyCache.set(r.specialty.toLowerCase(), code);
    }
    if (!code) {
      fail("unknown or ambiguous specialty");
      continue;
    }
    let who: ShiftWho;
    if (/^\d{10}$/.test(r.who)) {
      who = { npi: r.who };
    } else {
      const user = await findOrgUser(db, options.organizationId, r.who);
      if (!user) {
        fail("no such user in the organization");
        continue;
      }
      who = { userId: user.id };
    }
    const zone = r.timezone || options.defaultTimezone;
    if (!DateTime.local().setZone(zone).isValid) {
      fail("unknown time zone");
      continue;
    }
    const from = parseShiftTime(r.from, zone);
    const to = parseShiftTime(r.to, zone);
    if (!from || !to) {
      fail("from/to must be ISO 8601 or YYYY-MM-DD HH:MM");
      continue;
    }
    try {
      const { created } = await upsertShift(db, { organizationId: options.organizationId, specialtyCode: code, who, from, to, note: r.note || null });
      if (created) report.added++;
      else report.updated++;
    } catch (error) {
      if (!isAppError(error)) throw error;
      fail(error.message);
    }
  }
  return report;
}
