/**
 * Reading the administrative map: today's provinces and communes (keyed by official code,
 * never by name: names repeat) and the former units older certificates name.
 */
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import type { Db } from "../../../db/client";
import { legacyPlaces, places } from "../../../db/schema";

export type ProvinceSummary = SelectResultFields<typeof provinceColumns>;

export type CommuneSummary = Awaited<ReturnType<typeof listCommunes>>[number];

/** A province or commune; `province` is the province itself for a province, the commune's for a commune. */
export type Place = SelectResultFields<typeof placeColumns>;

export type LegacyPlaceRef = {
  id: string;
  level: "province" | "district" | "commune";
  name: string;
};

export type LegacyPlace = LegacyPlaceRef & {
  /** Enclosing former units, nearest first (district, then province). */
  parents: LegacyPlaceRef[];
  /** Today's province the unit lies in, when the mapping is known and unambiguous. */
  currentProvince: ProvinceSummary | null;
  /** Today's commune a former commune was merged into, when known. */
  currentCommune: CommuneSummary | null;
};

// Postgres sorts by the database's collation, which need not be Vietnamese (PGlite's is C):
// sorting here gives "Bắc Ninh" before "Cà Mau" and "Đà Nẵng" after "Cà Mau" on every setup.
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
const byShortName = (
  a: { shortName: string; code: string },
  b: { shortName: string; code: string },
) => collator.compare(a.shortName, b.shortName) || a.code.localeCompare(b.code);

const provinceColumns = {
  code: places.code,
  name: places.name,
  shortName: places.shortName,
  slug: places.slug,
};

/** Today's 34 provinces, in Vietnamese alphabetical order of their names without the unit type. */
export async function listProvinces(db: Db): Promise<ProvinceSummary[]> {
  const rows = await db.select(provinceColumns).from(places).where(eq(places.level, "province"));
  return rows.sort(byShortName);
}

/** The communes and wards of one province, in Vietnamese alphabetical order. */
export async function listCommunes(db: Db, provinceCode: string) {
  const rows = await db
    .select({
      code: places.code,
      name: places.name,
      shortName: places.shortName,
      unitType: places.unitType,
      slug: places.slug,
    })
    .from(places)
    .where(and(eq(places.level, "commune"), eq(places.provinceCode, provinceCode)));
  return rows.sort(byShortName);
}

const province = alias(places, "province");

const placeColumns = {
  code: places.code,
  level: places.level,
  name: places.name,
  shortName: places.shortName,
  unitType: places.unitType,
  slug: places.slug,
  parentCode: places.parentCode,
  provinceCode: places.provinceCode,
  province: {
    code: province.code,
    name: province.name,
    shortName: province.shortName,
    slug: province.slug,
  },
};

/** A province or commune by its official code, with its province; null when unknown. */
export async function getPlace(db: Db, code: string): Promise<Place | null> {
  const [row] = await db
    .select(placeColumns)
    .from(places)
    .innerJoin(province, eq(province.code, places.provinceCode))
    .where(eq(places.code, code))
    .limit(1);
  return row ?? null;
}

/** A province by its URL slug (storefront filters use slugs); null when unknown. */
export async function getProvinceBySlug(db: Db, slug: string): Promise<ProvinceSummary | null> {
  const [row] = await db
    .select(provinceColumns)
    .from(places)
    .where(and(eq(places.level, "province"), eq(places.slug, slug)))
    .orderBy(asc(places.code))
    .limit(1);
  return row ?? null;
}

const parent = alias(legacyPlaces, "legacy_parent");
const grandparent = alias(legacyPlaces, "legacy_grandparent");
const currentProvince = alias(places, "current_province");
const currentCommune = alias(places, "current_commune");

/**
 * A former unit ("old-p:vinh-phuc", "old-d:vinh-phuc:song-lo", "old-c:<code>") with the
 * former units above it and where it lies today, in one query; null when unknown.
 */
export async function getLegacyPlace(db: Db, id: string): Promise<LegacyPlace | null> {
  const [row] = await db
    .select({
      id: legacyPlaces.id,
      level: legacyPlaces.level,
      name: legacyPlaces.name,
      parentId: parent.id,
      parentLevel: parent.level,
      parentName: parent.name,
      grandparentId: grandparent.id,
      grandparentLevel: grandparent.level,
      grandparentName: grandparent.name,
      provinceCode: currentProvince.code,
      provinceName: currentProvince.name,
      provinceShortName: currentProvince.shortName,
      provinceSlug: currentProvince.slug,
      communeCode: currentCommune.code,
      communeName: currentCommune.name,
      communeShortName: currentCommune.shortName,
      communeUnitType: currentCommune.unitType,
      communeSlug: currentCommune.slug,
    })
    .from(legacyPlaces)
    .leftJoin(parent, eq(parent.id, legacyPlaces.parentId))
    .leftJoin(grandparent, eq(grandparent.id, parent.parentId))
    .leftJoin(currentProvince, eq(currentProvince.code, legacyPlaces.currentProvinceCode))
    .leftJoin(currentCommune, eq(currentCommune.code, legacyPlaces.currentCommuneCode))
    .where(eq(legacyPlaces.id, id))
    .limit(1);
  if (!row) return null;

  const parents: LegacyPlaceRef[] = [];
  if (row.parentId && row.parentLevel && row.parentName !== null) {
    parents.push({ id: row.parentId, level: row.parentLevel, name: row.parentName });
  }
  if (row.grandparentId && row.grandparentLevel && row.grandparentName !== null) {
    parents.push({ id: row.grandparentId, level: row.grandparentLevel, name: row.grandparentName });
  }
  return {
    id: row.id,
    level: row.level,
    name: row.name,
    parents,
    currentProvince:
      row.provinceCode &&
      row.provinceName !== null &&
      row.provinceShortName !== null &&
      row.provinceSlug !== null
        ? {
            code: row.provinceCode,
            name: row.provinceName,
            shortName: row.provinceShortName,
            slug: row.provinceSlug,
          }
        : null,
    currentCommune:
      row.communeCode &&
      row.communeName !== null &&
      row.communeShortName !== null &&
      row.communeUnitType !== null &&
      row.communeSlug !== null
        ? {
            code: row.communeCode,
            name: row.communeName,
            shortName: row.communeShortName,
            unitType: row.communeUnitType,
            slug: row.communeSlug,
          }
        : null,
  };
}
