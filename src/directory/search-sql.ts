// SQL pieces shared by the specialty and the name searches.
import { sql, type RawBuilder } from "kysely";
import type { Place } from "./places.ts";

export const METERS_PER_MILE = 1609.344;

/** A location's stored earth point (migration 0306). */
export const LOCATION_POINT = sql`l.earth`;

/** The earth point of a place. */
export const origin = (near: Place) => sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)`;

/** Conditions joined by AND (`true` when there are none). */
export const and = (conditions: RawBuilder<unknown>[]) => (conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`);
