/**
 * The search document, derived in one place from the database. Only publicly visible
 * products (the storefront's one rule) become documents; the rest are reported as removals.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import {
  certificates,
  legacyPlaces,
  places,
  producers,
  productGroups,
  products,
  productSets,
} from "../db/schema";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductFlag,
} from "../app/domain/catalog/visibility.server";

export type SearchDocument = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  producerName: string;
  producerSlug: string;
  communeName: string;
  provinceCode: string;
  provinceName: string;
  /** Former district / province names printed on older certificates ("Huyện Sông Lô"). */
  formerPlaceNames: string[];
  groupCode: string;
  groupNameVi: string;
  groupNameEn: string;
  setNameVi: string;
  setNameEn: string;
  priceVnd: number;
  stars: number;
  /** YYYY-MM-DD, and the same as whole days since 1970-01-01 for range filters. */
  validUntil: string;
  validUntilDay: number;
  /** Milliseconds since the epoch, for "newest". */
  createdAt: number;
  /** Slugs of the fairs / showrooms whose published catalogues list the product. */
  fairs: string[];
  showrooms: string[];
};

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

const commune = alias(places, "doc_commune");
const province = alias(places, "doc_province");
const legacy = alias(legacyPlaces, "doc_legacy");
const legacyParent = alias(legacyPlaces, "doc_legacy_parent");
const legacyGrandparent = alias(legacyPlaces, "doc_legacy_grandparent");

/**
 * Builds documents for the given products (all products when `ids` is undefined). Returns the
 * visible ones as documents and the ids of the others, which must not be in any index.
 */
export async function buildSearchDocuments(
  db: Db,
  today: string,
  ids?: number[],
): Promise<{ documents: SearchDocument[]; hiddenIds: number[] }> {
  if (ids && ids.length === 0) return { documents: [], hiddenIds: [] };
  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      nameVi: products.nameVi,
      nameEn: products.nameEn,
      descriptionVi: products.descriptionVi,
      producerName: producers.name,
      producerSlug: producers.slug,
      communeName: commune.name,
      provinceCode: producers.provinceCode,
      provinceName: province.name,
      groupCode: productGroups.code,
      groupNameVi: productGroups.nameVi,
      groupNameEn: productGroups.nameEn,
      setNameVi: productSets.nameVi,
      setNameEn: productSets.nameEn,
      priceVnd: products.priceVnd,
      stars: certificates.stars,
      validUntil: certificates.validUntil,
      createdAt: products.createdAt,
      formerNames: sql<
        string | null
      >`concat_ws('|', ${legacy.name}, ${legacyParent.name}, ${legacyGrandparent.name})`,
      visible: publicProductFlag(today),
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .leftJoin(certificates, activeCertificateJoin)
    .innerJoin(commune, eq(commune.code, producers.communeCode))
    .innerJoin(province, eq(province.code, producers.provinceCode))
    .innerJoin(productSets, eq(productSets.id, products.productSetId))
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .leftJoin(legacy, eq(legacy.id, certificates.legacyPlaceId))
    .leftJoin(legacyParent, eq(legacyParent.id, legacy.parentId))
    .leftJoin(legacyGrandparent, eq(legacyGrandparent.id, legacyParent.parentId))
    .where(ids ? inArray(products.id, ids) : undefined)
    .orderBy(products.id);

  const documents: SearchDocument[] = [];
  const hiddenIds: number[] = [];
  const found = new Set<number>();
  for (const r of rows) {
    found.add(r.id);
    if (!r.visible || r.stars === null || r.validUntil === null) {
      hiddenIds.push(r.id);
      continue;
    }
    documents.push({
      id: r.id,
      slug: r.slug,
      nameVi: r.nameVi,
      nameEn: r.nameEn ?? "",
      descriptionVi: r.descriptionVi,
      producerName: r.producerName,
      producerSlug: r.producerSlug,
      communeName: r.communeName,
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      formerPlaceNames: (r.formerNames ?? "").split("|").filter(Boolean),
      groupCode: r.groupCode,
      groupNameVi: r.groupNameVi,
      groupNameEn: r.groupNameEn,
      setNameVi: r.setNameVi,
      setNameEn: r.setNameEn,
      priceVnd: r.priceVnd,
      stars: r.stars,
      validUntil: r.validUntil,
      validUntilDay: dayNumber(r.validUntil),
      createdAt: new Date(r.createdAt).getTime(),
      fairs: [],
      showrooms: [],
    });
  }
  // Ids asked for that no longer exist at all must leave the index too.
  for (const id of ids ?? []) if (!found.has(id)) hiddenIds.push(id);
  return { documents, hiddenIds };
}
