import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  certificates,
  places,
  producers,
  productGroups,
  products,
  productSets,
} from "../../../db/schema";
import { promotableCondition } from "../product/alcohol.server";
import { CATALOG_SCHEME, groupNameColumns, listProductCards } from "./catalog.server";
import { activeCertificateJoin, producerJoin, publicProductCondition } from "./visibility.server";

export const HOME_FEATURED_LIMIT = 8;
export const HOME_NEWEST_LIMIT = 8;

export type HomePage = Awaited<ReturnType<typeof getHomePage>>;
export type HomeGroup = HomePage["groups"][number];
export type HomeProvince = HomePage["provinces"][number];

const collator = new Intl.Collator("vi");

/**
 * Everything the home page shows, in four queries whatever the catalogue's size: group tiles
 * with counts, featured 5★/4★ cards, provinces with products, newest cards.
 * Both strips of cards are chosen by the platform, not asked for by the shopper: they are
 * promotion, so a drink of 15% or more never appears in them (Law 44/2019, decision 0027).
 * The group and province counts still include it: it is listed, only not shown off.
 */
export async function getHomePage(db: Db, today: string) {
  const visible = publicProductCondition(today);

  // Counted by group code, not id: a product filed under an older scheme's set still belongs
  // to the group of the same code, and the catalogue filters by code too.
  const counts = db
    .select({
      code: sql<string>`${productGroups.code}`.as("group_code"),
      products: sql<number>`count(*)`.as("visible_products"),
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(certificates, activeCertificateJoin)
    .innerJoin(productSets, eq(productSets.id, products.productSetId))
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(visible)
    .groupBy(productGroups.code)
    .as("group_counts");

  const [groupRows, featured, provinceRows, newest] = await Promise.all([
    db
      .select({
        ...groupNameColumns,
        products: sql<number>`coalesce(${counts.products}, 0)`.mapWith(Number),
      })
      .from(productGroups)
      .leftJoin(counts, eq(counts.code, productGroups.code))
      // The catalogue's scheme, so every tile's link filters by a group the catalogue offers.
      .where(eq(productGroups.legalBasisCode, CATALOG_SCHEME))
      .orderBy(productGroups.sortOrder, productGroups.id),
    listProductCards(db, today, {
      where: and(gte(certificates.stars, 4), promotableCondition(products.alcoholPercent)),
      orderBy: [desc(certificates.stars), desc(certificates.decisionDate), desc(products.id)],
      limit: HOME_FEATURED_LIMIT,
    }),
    db
      .select({
        code: places.code,
        name: places.name,
        shortName: places.shortName,
        products: sql<number>`count(*)`.mapWith(Number),
      })
      .from(products)
      .innerJoin(producers, producerJoin)
      .innerJoin(certificates, activeCertificateJoin)
      .innerJoin(places, eq(places.code, producers.provinceCode))
      .where(visible)
      .groupBy(places.code, places.name, places.shortName),
    listProductCards(db, today, {
      where: promotableCondition(products.alcoholPercent),
      orderBy: [desc(products.createdAt), desc(products.id)],
      limit: HOME_NEWEST_LIMIT,
    }),
  ]);

  const provinces = provinceRows.sort((a, b) => collator.compare(a.shortName, b.shortName));
  return {
    groups: groupRows,
    featured,
    provinces,
    newest,
    totalProducts: provinces.reduce((sum, p) => sum + p.products, 0),
  };
}
