/**
 * Who may act for what. An administrator acts everywhere; a producer member for its own
 * producer; an official for one administrative unit and everything under it.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/client";
import type { SessionUser } from "./accounts.server";

export function canActForProducer(user: SessionUser, producerId: number): boolean {
  if (user.role === "administrator") return true;
  return user.role === "producer_member" && user.producerId === producerId;
}

/** What a unit is, as far as scope goes: today's place or a former unit with its ancestors. */
export type UnitInfo =
  | { kind: "place"; code: string; provinceCode: string }
  | {
      kind: "legacy";
      /** The unit and its ancestors (commune → district → province), nearest first. */
      chain: string[];
      currentProvinceCode: string | null;
      currentCommuneCode: string | null;
    };

/** Looks a unit up by today's code (`places`) or a former unit's id (`legacy_places`); one query. */
export async function unitInfo(db: Db, unit: string): Promise<UnitInfo | null> {
  const [row] = await queryRows<{
    place_code: string | null;
    place_province: string | null;
    legacy_id: string | null;
    parent_id: string | null;
    grandparent_id: string | null;
    current_province_code: string | null;
    current_commune_code: string | null;
  }>(
    db,
    sql`select p.code as place_code, p.province_code as place_province,
               l.id as legacy_id, l.parent_id, lp.parent_id as grandparent_id,
               l.current_province_code, l.current_commune_code
          from (select ${unit}::text as unit) u
          left join places p on p.code = u.unit
          left join legacy_places l on l.id = u.unit
          left join legacy_places lp on lp.id = l.parent_id`,
  );
  if (row?.place_code && row.place_province) {
    return { kind: "place", code: row.place_code, provinceCode: row.place_province };
  }
  if (row?.legacy_id) {
    return {
      kind: "legacy",
      chain: [row.legacy_id, row.parent_id, row.grandparent_id].filter((x): x is string =>
        Boolean(x),
      ),
      currentProvinceCode: row.current_province_code,
      currentCommuneCode: row.current_commune_code,
    };
  }
  return null;
}

/**
 * Whether an official's unit covers a target unit. A province covers its communes and the
 * former units now in it; a commune covers itself and the former units merged into it; a
 * former unit covers its own former subtree only (today's communes may mix several of them).
 */
export function unitCovers(
  official: Pick<SessionUser, "officialPlaceCode" | "officialLegacyPlaceId">,
  target: UnitInfo,
): boolean {
  const placeCode = official.officialPlaceCode;
  if (placeCode) {
    const isProvince = placeCode.length === 2;
    if (target.kind === "place")
      return isProvince ? target.provinceCode === placeCode : target.code === placeCode;
    return isProvince
      ? target.currentProvinceCode === placeCode
      : target.currentCommuneCode === placeCode;
  }
  const legacyId = official.officialLegacyPlaceId;
  if (legacyId && target.kind === "legacy") return target.chain.includes(legacyId);
  return false;
}

/** Whether the user may act for the unit: administrators everywhere, officials in their subtree. */
export async function canActForPlace(db: Db, user: SessionUser, unit: string): Promise<boolean> {
  if (user.role === "administrator") return true;
  if (user.role !== "official") return false;
  const target = await unitInfo(db, unit);
  return target !== null && unitCovers(user, target);
}
