/**
 * An official's scope: the one rule, written once as SQL. Lists and lookups put it in their
 * WHERE on records that carry today's province and commune codes (producers, and through
 * them products and certificates; fairs and showrooms by their organiser's unit); code that
 * must decide about a unit itself (may this official organise a fair for that commune?) asks
 * the database with the same predicate in its query (e.g. promotion.server.ts selects it for
 * the organiser), so the two can never disagree.
 *
 * - administrator: everything;
 * - province official: every record in the province;
 * - commune official: records in the commune;
 * - official of a former unit (district or old commune, for old records): records in today's
 *   communes that the former unit's communes were merged into.
 * Anyone else: nothing. Use it in the WHERE of every workspace list and lookup, so a record
 * out of scope is simply not found (404), never shown.
 */
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { SessionUser } from "../account/accounts.server";

export type ScopeUser = Pick<SessionUser, "role" | "officialPlaceCode" | "officialLegacyPlaceId">;

/**
 * A predicate on a record's province and commune columns (or SQL expressions).
 * `communeCode` may be a column that holds a province code (an organiser unit): a commune
 * official then matches only its own commune, a province official its province's units.
 */
export function inScope(
  user: ScopeUser,
  provinceCode: AnyPgColumn | SQL,
  communeCode: AnyPgColumn | SQL,
): SQL {
  if (user.role === "administrator") return sql`true`;
  if (user.role !== "official") return sql`false`;
  const place = user.officialPlaceCode;
  if (place) {
    return place.length === 2 ? sql`${provinceCode} = ${place}` : sql`${communeCode} = ${place}`;
  }
  const legacy = user.officialLegacyPlaceId;
  if (legacy) {
    return sql`${communeCode} in (
      select l.current_commune_code from legacy_places l
        left join legacy_places lp on lp.id = l.parent_id
       where l.current_commune_code is not null
         and (l.id = ${legacy} or l.parent_id = ${legacy} or lp.parent_id = ${legacy}))`;
  }
  return sql`false`;
}

/** Whether the user works in the official workspace at all. */
export function isOfficialOrAdmin(user: ScopeUser): boolean {
  return user.role === "administrator" || user.role === "official";
}
