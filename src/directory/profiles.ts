// Profiles: who a Curbside user is as a clinician. A claimed NPI stays untrusted until an
// admin confirms it; self-declared specialties need confirmation only where the
// organization asks for it. Triage asks `userSpecialtyCodes` and `isAway` to decide who
// may claim a case and who is offered one.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { isValidNpi } from "./npi.ts";

/** Organization setting (organizations.settings) that makes self-declared specialties need an admin. */
export const REQUIRE_SPECIALTY_CONFIRMATION = "requireSpecialtyConfirmation";

/** A user's profile as shown by `/profile show`. */
export interface Profile {
  /** Curbside user id. */
  userId: number;
  /** Claimed NPI, if any. */
  npi: string | null;
  /** "pending" or "confirmed" when an NPI is claimed. */
  npiStatus: "pending" | "confirmed" | null;
  /** The directory entry of the claimed NPI, when it is in the directory. */
  directoryName: string | null;
  /** Self-declared specialties. */
  specialties: { code: string; name: string; confirmed: boolean }[];
  /** IANA time zone set by the user (null: the workspace's). */
  timezone: string | null;
  /** Away until this instant, when in the future. */
  awayUntil: Date | null;
}

/** Whether the organization makes admins confirm self-declared specialties. */
export async function requiresSpecialtyConfirmation(db: Kysely<Database>, organizationId: number): Promise<boolean> {
  const org = await db.selectFrom("organizations").select("settings").where("id", "=", organizationId).executeTakeFirst();
  return org?.settings?.[REQUIRE_SPECIALTY_CONFIRMATION] === true;
}

/** Turns the organization's specialty-confirmation requirement on or off. */
export async function setSpecialtyConfirmationRequired(db: Kysely<Database>, organizationId: number, required: boolean): Promise<void> {
  await db
    .updateTable("organizations")
    .set({ settings: sql`settings || jsonb_build_object(${REQUIRE_SPECIALTY_CONFIRMATION}::text, ${required}::boolean)` })
    .where("id", "=", organizationId)
    .execute();
}

/** Records `npi` as the user's pending NPI claim (replacing an earlier claim). */
export async function claimNpi(db: Kysely<Database>, input: { userId: number; organizationId: number; npi: string; now: Date }): Promise<void> {
  const npi = input.npi.trim();
  if (!isValidNpi(npi)) {
    throw new AppError("BAD_ARGUMENT", "That is not a valid NPI: an NPI has 10 digits and its last digit is a check digit. Check it against your NPPES record.", { field: "npi" });
  }
  await db
    .insertInto("user_npi_links")
    .values({ user_id: input.userId, organization_id: input.organizationId, npi, status: "pending", requested_at: input.now })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({ npi, status: "pending", requested_at: input.now, confirmed_at: null, confirmed_by: null }),
    )
    .execute();
}

/** Declares a specialty for the user; confirmed at once unless the organization requires an admin. */
export async function declareSpecialty(db: Kysely<Database>, input: { userId: number; organizationId: number; code: string }): Promise<{ confirmed: boolean }> {
  const confirmed = !(await requiresSpecialtyConfirmation(db, input.organizationId));
  await db
    .insertInto("user_specialties")
    .values({ user_id: input.userId, organization_id: input.organizationId, code: input.code, confirmed })
    .onConflict((oc) => oc.columns(["user_id", "code"]).doNothing())
    .execute();
  const row = await db.selectFrom("user_specialties").select("confirmed").where("user_id", "=", input.userId).where("code", "=", input.code).executeTakeFirstOrThrow();
  return { confirmed: row.confirmed };
}

/** Removes every self-declared specialty of the user. Returns how many. */
export async function clearSpecialties(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom("user_specialties").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Confirms the user's pending NPI claim and unconfirmed specialties (admin action).
 * Returns what was confirmed; throws CONFLICT when another user already holds the NPI.
 */
export async function confirmProfile(
  db: Kysely<Database>,
  input: { userId: number; organizationId: number; adminUserId: number; now: Date },
): Promise<{ npi: string | null; specialties: number }> {
  const link = await db
    .selectFrom("user_npi_links")
    .selectAll()
    .where("user_id", "=", input.userId)
    .where("organization_id", "=", input.organizationId)
    .executeTakeFirst();
  let npi: string | null = null;
  if (link && link.status === "pending") {
    const holder = await db
      .selectFrom("user_npi_links")
      .select("user_id")
      .where("organization_id", "=", input.organizationId)
      .where("npi", "=", link.npi)
      .where("status", "=", "confirmed")
      .where("user_id", "!=", input.userId)
      .executeTakeFirst();
    if (holder) throw new AppError("CONFLICT", "Another user in this organization is already confirmed for that NPI. Resolve that first.", { userId: input.userId });
    await db
      .updateTable("user_npi_links")
      .set({ status: "confirmed", confirmed_at: input.now, confirmed_by: input.adminUserId })
      .where("user_id", "=", input.userId)
      .execute();
    npi = link.npi;
  }
  const specialties = await db
    .updateTable("user_specialties")
    .set({ confirmed: true, confirmed_by: input.adminUserId })
    .where("user_id", "=", input.userId)
    .where("organization_id", "=", input.organizationId)
    .where("confirmed", "=", false)
    .executeTakeFirst();
  return { npi, specialties: Number(specialties.numUpdatedRows) };
}

/** Users of the organization with something waiting for an admin. */
export async function pendingConfirmations(
  db: Kysely<Database>,
  organizationId: number,
): Promise<{ userId: number; externalId: string; displayName: string | null; npi: string | null; specialtyCodes: string[] }[]> {
  const links = await db
    .selectFrom("user_npi_links as l")
    .innerJoin("users as u", "u.id", "l.user_id")
    .select(["u.id", "u.external_id", "u.display_name", "l.npi"])
    .where("l.organization_id", "=", organizationId)
    .where("l.status", "=", "pending")
    .execute();
  const specs = await db
    .selectFrom("user_specialties as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .select(["u.id", "u.external_id", "u.display_name", "s.code"])
    .where("s.organization_id", "=", organizationId)
    .where("s.confirmed", "=", false)
    .orderBy("s.code")
    .execute();
  const byUser = new Map<number, { userId: number; externalId: string; displayName: string | null; npi: string | null; specialtyCodes: string[] }>();
  const entry = (r: { id: number; external_id: string; display_name: string | null }) => {
    let e = byUser.get(r.id);
    if (!e) byUser.set(r.id, (e = { userId: r.id, externalId: r.external_id, displayName: r.display_name, npi: null, specialtyCodes: [] }));
    return e;
  };
  for (const l of links) entry(l).npi = l.npi;
  for (const s of specs) entry(s).specialtyCodes.push(s.code);
  return [...byUser.values()].sort((a, b) => a.userId - b.userId);
}

/** Sets (or clears, with null) the user's own time zone; throws BAD_ARGUMENT for unknown zones. */
export async function setTimezone(db: Kysely<Database>, userId: number, zone: string | null): Promise<string | null> {
  let canonical: string | null = null;
  if (zone !== null) {
    try {
      canonical = new Intl.DateTimeFormat("en-US", { timeZone: zone.trim() }).resolvedOptions().timeZone;
    } catch {
      throw new AppError("BAD_ARGUMENT", "That is not a time zone Curbside knows. Use an IANA name such as `America/Chicago` or `Europe/London`.", { field: "timezone" });
    }
  }
  await db.updateTable("users").set({ timezone: canonical }).where("id", "=", userId).execute();
  return canonical;
}

/** Marks the user away until `until` (or back, with null). */
export async function setAwayUntil(db: Kysely<Database>, userId: number, until: Date | null): Promise<void> {
  await db.updateTable("users").set({ away_until: until }).where("id", "=", userId).execute();
}

/** Whether the user is away at `now`. */
export async function isAway(db: Kysely<Database>, userId: number, now: Date): Promise<boolean> {
  const row = await db.selectFrom("users").select("away_until").where("id", "=", userId).executeTakeFirst();
  return !!row?.away_until && new Date(row.away_until).getTime() > now.getTime();
}

/**
 * The specialty codes a user is trusted for: the taxonomies of their confirmed NPI when
 * that NPI is active in the directory, else their confirmed self-declared specialties.
 */
export async function userSpecialtyCodes(db: Kysely<Database>, userId: number): Promise<string[]> {
  const fromNpi = await db
    .selectFrom("user_npi_links as l")
    .innerJoin("specialists as s", "s.npi", "l.npi")
    .select("s.taxonomy_codes")
    .where("l.user_id", "=", userId)
    .where("l.status", "=", "confirmed")
    .where("s.active", "=", true)
    .executeTakeFirst();
  if (fromNpi && fromNpi.taxonomy_codes.length > 0) return [...new Set(fromNpi.taxonomy_codes)].sort();
  const declared = await db.selectFrom("user_specialties").select("code").where("user_id", "=", userId).where("confirmed", "=", true).orderBy("code").execute();
  return declared.map((r) => r.code);
}

/** The user's profile. */
export async function getProfile(db: Kysely<Database>, userId: number, now: Date): Promise<Profile> {
  const user = await db.selectFrom("users").select(["id", "timezone", "away_until"]).where("id", "=", userId).executeTakeFirstOrThrow();
  const link = await db
    .selectFrom("user_npi_links as l")
    .leftJoin("specialists as s", "s.npi", "l.npi")
    .select(["l.npi", "l.status", "s.first_name", "s.last_name", "s.credential"])
    .where("l.user_id", "=", userId)
    .executeTakeFirst();
  const specialties = await db
    .selectFrom("user_specialties as u")
    .innerJoin("specialties as t", "t.code", "u.code")
    .select(["u.code", "t.name", "u.confirmed"])
    .where("u.user_id", "=", userId)
    .orderBy("t.name")
    .execute();
  const away = user.away_until ? new Date(user.away_until) : null;
  return {
    userId,
    npi: link?.npi ?? null,
    npiStatus: link ? (link.status === "confirmed" ? "confirmed" : "pending") : null,
    directoryName: link?.first_name ? `${link.first_name} ${link.last_name}${link.credential ? `, ${link.credential}` : ""}` : null,
    specialties,
    timezone: user.timezone,
    awayUntil: away && away.getTime() > now.getTime() ? away : null,
  };
}

/** Finds a user of the organization by platform id, "<@U123>" mention, or display name. */
export async function findOrgUser(db: Kysely<Database>, organizationId: number, who: string): Promise<{ id: number; external_id: string; display_name: string | null } | undefined> {
  const key = who.trim().replace(/^<@!?([^>|]+)(\|[^>]*)?>$/, "$1").replace(/^@/, "");
  const rows = await db
    .selectFrom("users")
    .select(["id", "external_id", "display_name"])
    .where("organization_id", "=", organizationId)
    .where((eb) => eb.or([eb("external_id", "=", key), eb(sql<string>`lower(display_name)`, "=", key.toLowerCase())]))
    .orderBy("id")
    .limit(2)
    .execute();
  return rows.find((r) => r.external_id === key) ?? (rows.length === 1 ? rows[0] : undefined);
}
