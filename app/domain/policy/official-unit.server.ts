/**
 * The unit an official acts for, as the workspace names it: "tỉnh Phú Thọ", "xã Sông Lô",
 * "huyện Sông Lô" (a former district). One query; null for an administrator or an unknown unit.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { legacyPlaces, places } from "../../../db/schema";
import type { ScopeUser } from "./scope.server";

export type OfficialUnit = {
  /** The official name, e.g. "Tỉnh Phú Thọ". */
  name: string;
  /** The same inside a sentence, unit type in lower case: "tỉnh Phú Thọ". */
  inSentence: string;
  /** Whether it is a unit that no longer exists (before 1 July 2025). */
  former: boolean;
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

export async function officialUnit(db: Db, user: ScopeUser): Promise<OfficialUnit | null> {
  if (user.role !== "official") return null;
  if (user.officialPlaceCode) {
    const [row] = await db
      .select({ name: places.name, shortName: places.shortName, unitType: places.unitType })
      .from(places)
      .where(eq(places.code, user.officialPlaceCode));
    if (!row) return null;
    return {
      name: row.name,
      inSentence: `${row.unitType.toLocaleLowerCase("vi")} ${row.shortName}`,
      former: false,
    };
  }
  if (user.officialLegacyPlaceId) {
    const [row] = await db
      .select({ name: legacyPlaces.name })
      .from(legacyPlaces)
      .where(eq(legacyPlaces.id, user.officialLegacyPlaceId));
    if (!row) return null;
    return { name: row.name, inSentence: lowerFirst(row.name), former: true };
  }
  return null;
}
