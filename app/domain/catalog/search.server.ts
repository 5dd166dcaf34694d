/**
 * The catalogue when the shopper typed something: the search service finds and ranks the
 * products (Meilisearch or the embedded engine), the cards are then read from the database
 * with the one visibility rule applied again, so a stale index can never show a hidden product.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { places, productGroups, products } from "../../../db/schema";
import type { EngineName, SearchQuery, Segment } from "../../../search/port";
import { queryWords } from "../../../search/embedded";
import type { SearchService } from "../../../search/service";
import {
  CATALOG_PAGE_SIZE,
  CATALOG_SCHEME,
  CATALOG_STARS,
  catalogOrder,
  groupNameColumns,
  listProductCards,
  type CatalogParams,
  type CatalogResult,
} from "./catalog.server";
import type { ProductCardData } from "./product-card";

export type NameHighlight = { nameVi: Segment[]; nameEn: Segment[] };

export type CatalogSearchResult = CatalogResult & {
  q: string;
  engine: EngineName;
  /** Matched pieces of each listed product's name, by product id. */
  highlights: Record<number, NameHighlight>;
  /** Only when nothing matched: the closest products to offer instead. */
  nearest: ProductCardData[];
};

const NEAREST_LIMIT = 8;

/** Cards for the given ids, in the given order (ids no longer visible simply drop out). */
async function cardsInOrder(db: Db, today: string, ids: number[]): Promise<ProductCardData[]> {
  if (!ids.length) return [];
  const cards = await listProductCards(db, today, {
    where: inArray(products.id, ids),
    limit: ids.length,
  });
  const byId = new Map(cards.map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * When a search finds nothing: the same words without the filters; else each word on its
 * own, longest first; else the best-rated products, so the page is never a dead end.
 */
async function nearestProducts(
  db: Db,
  search: SearchService,
  base: SearchQuery,
): Promise<ProductCardData[]> {
  const attempts: SearchQuery[] = [];
  const filtered = Object.values(base.filters).some((v) => v !== undefined);
  if (filtered) attempts.push({ ...base, filters: {}, page: 1 });
  const words = queryWords(base.text).sort((a, b) => b.length - a.length);
  if (words.length > 1) {
    for (const w of words.slice(0, 3)) attempts.push({ ...base, text: w, filters: {}, page: 1 });
  }
  for (const attempt of attempts) {
    const r = await search.search({ ...attempt, facets: [], pageSize: NEAREST_LIMIT });
    if (r.hits.length)
      return cardsInOrder(
        db,
        base.today,
        r.hits.map((h) => h.productId),
      );
  }
  return listProductCards(db, base.today, { orderBy: catalogOrder.stars, limit: NEAREST_LIMIT });
}

export async function searchCatalog(
  db: Db,
  search: SearchService,
  params: CatalogParams & { q: string },
  today: string,
): Promise<CatalogSearchResult> {
  const query: SearchQuery = {
    text: params.q,
    filters: { group: params.group, minStars: params.stars, province: params.province },
    facets: ["group", "stars", "province"],
    sort: params.sort,
    page: params.page,
    pageSize: CATALOG_PAGE_SIZE,
    today,
  };
  const result = await search.search(query);
  const provinceCodes = [
    ...new Set([
      ...(result.facets.province ?? []).map((f) => f.value),
      ...(params.province ? [params.province] : []),
    ]),
  ];
  const [items, groups, provinceRows] = await Promise.all([
    cardsInOrder(
      db,
      today,
      result.hits.map((h) => h.productId),
    ),
    db
      .select(groupNameColumns)
      .from(productGroups)
      .where(eq(productGroups.legalBasisCode, CATALOG_SCHEME))
      .orderBy(asc(productGroups.sortOrder), asc(productGroups.id)),
    provinceCodes.length
      ? db
          .select({ code: places.code, name: places.shortName })
          .from(places)
          .where(inArray(places.code, provinceCodes))
      : Promise.resolve([]),
  ]);
  const groupCounts = new Map((result.facets.group ?? []).map((f) => [f.value, f.count]));
  const provinceCounts = new Map((result.facets.province ?? []).map((f) => [f.value, f.count]));
  const starCounts = new Map((result.facets.stars ?? []).map((f) => [f.value, f.count]));
  const pageCount = Math.max(1, Math.ceil(result.total / CATALOG_PAGE_SIZE));
  return {
    q: params.q,
    engine: result.engine,
    items,
    total: result.total,
    page: params.page,
    pageCount,
    pageSize: CATALOG_PAGE_SIZE,
    facets: {
      groups: groups.map((g) => ({ ...g, count: groupCounts.get(g.code) ?? 0 })),
      stars: CATALOG_STARS.map((s) => ({ stars: s, count: starCounts.get(s) ?? 0 })),
      provinces: provinceRows
        .map((p) => ({ code: p.code, name: p.name, count: provinceCounts.get(p.code) ?? 0 }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi") || a.code.localeCompare(b.code)),
    },
    highlights: Object.fromEntries(result.hits.map((h) => [h.productId, h.highlight])),
    nearest: result.total === 0 ? await nearestProducts(db, search, query) : [],
  };
}
