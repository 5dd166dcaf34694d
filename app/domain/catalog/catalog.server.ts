/**
 * The public catalogue: the filtered, sorted product list with facet counts, and the
 * product page. Visibility always comes from visibility.server.ts, never from here.
 */
import { and, asc, desc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import { z } from "zod";
import type { Db } from "../../../db/client";
import {
  certificates,
  legacyPlaces,
  legalBases,
  places,
  producers,
  productGroups,
  products,
  productSets,
  type CertificateStatus,
  type IssuingLevel,
  type LegalForm,
  type ProductImage,
} from "../../../db/schema";
import { createFacetCache, type FacetCache } from "../../../search/facet-cache";
import { defaultSort } from "./sort";
import type { ProductCardData } from "./product-card";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductCondition,
  publicProductFlag,
} from "./visibility.server";
import { parsePage } from "../../lib/params";

/** The product-group scheme the catalogue browses by (the 2023 rules' six groups). */
export const CATALOG_SCHEME = "2023";
export const CATALOG_PAGE_SIZE = 24;
export const CATALOG_SORTS = ["newest", "price-asc", "price-desc", "stars"] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];
/** With a search text the default order is relevance; without one it means nothing. */
export type CatalogSortWithRelevance = CatalogSort | "relevance";
export const SEARCH_TEXT_MAX = 100;
export const CATALOG_STARS = [3, 4, 5] as const;
export type CatalogStars = (typeof CATALOG_STARS)[number];

// A GET form sends "" for "all": treat it as absent rather than as a bad value.
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * The catalogue's URL parameters. Never fails on an object: a malformed value is dropped
 * (filters) or replaced by the default (sort, page), so a hand-edited URL cannot cause a 500.
 */
export const catalogParamsSchema = z.object({
  group: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]{1,64}$/)
        .optional(),
    )
    .catch(undefined),
  stars: z
    .preprocess(blankToUndefined, z.enum(["3", "4", "5"]).optional())
    .transform((v): CatalogStars | undefined =>
      v === undefined ? undefined : (Number(v) as CatalogStars),
    )
    .catch(undefined),
  province: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[0-9]{2}$/)
        .optional(),
    )
    .catch(undefined),
  /** What the shopper typed; searched by the search service (search/). */
  q: z
    .preprocess(
      (v) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim().slice(0, SEARCH_TEXT_MAX) : v),
      z.string().optional(),
    )
    .transform((v) => (v ? v : undefined))
    .catch(undefined),
  sort: z
    .enum([...CATALOG_SORTS, "relevance"])
    .optional()
    .catch(undefined),
  page: z.unknown().transform((v) => parsePage(v)),
});
export type CatalogParams = Omit<z.infer<typeof catalogParamsSchema>, "sort"> & {
  sort: CatalogSortWithRelevance;
};

export { defaultSort };

/** Reads catalogue parameters from a URL's query string (first value of each name wins). */
export function parseCatalogParams(search: URLSearchParams): CatalogParams {
  const raw: Record<string, string> = {};
  for (const [k, v] of search) if (!(k in raw)) raw[k] = v;
  const parsed = catalogParamsSchema.parse(raw);
  const sort =
    parsed.sort === "relevance" && !parsed.q ? "newest" : (parsed.sort ?? defaultSort(parsed.q));
  return { ...parsed, sort };
}

/** Province of the producer, joined for the card's place line. */
const cardProvince = alias(places, "card_province");

function parseJson<T>(value: unknown): T {
  // Both drivers parse json(b) already; a string would mean a driver setting changed.
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/**
 * The select shape that produces a ProductCardData. Use it through `listProductCards`
 * (which makes the joins it needs: producers, the active certificate, the province).
 */
export const productCardColumns = {
  id: products.id,
  slug: products.slug,
  nameVi: products.nameVi,
  nameEn: products.nameEn,
  priceVnd: products.priceVnd,
  unitVi: products.unitVi,
  unitEn: products.unitEn,
  stock: products.stock,
  image: sql<ProductImage | null>`(${products.images} -> 0)`.mapWith((v: unknown) =>
    parseJson<ProductImage | null>(v),
  ),
  stars: certificates.stars,
  validUntil: certificates.validUntil,
  producerName: producers.name,
  producerSlug: producers.slug,
  provinceCode: producers.provinceCode,
  /** Short name ("Hà Nội", "Đắk Lắk"): what fits on a card. */
  provinceName: cardProvince.shortName,
};

/** A product group's code and names: the catalogue filter, the product page, the pickers. */
export const groupNameColumns = {
  code: productGroups.code,
  nameVi: productGroups.nameVi,
  nameEn: productGroups.nameEn,
};

/** Stable orders for each catalogue sort; every one ends on the id so pages never overlap. */
export const catalogOrder: Record<CatalogSort, SQL[]> = {
  newest: [desc(products.createdAt), desc(products.id)],
  "price-asc": [asc(products.priceVnd), asc(products.id)],
  "price-desc": [desc(products.priceVnd), desc(products.id)],
  stars: [desc(certificates.stars), desc(products.createdAt), desc(products.id)],
};

export type ListProductCardsOptions = {
  /** Extra condition on products / producers / certificates, ANDed with the visibility rule. */
  where?: SQL;
  /** Defaults to newest first. */
  orderBy?: SQL[];
  limit: number;
  offset?: number;
};

/**
 * Publicly visible products as cards, in one query. For the home page and the producer
 * page, e.g. `listProductCards(db, today, { where: eq(products.producerId, id), limit: 12 })`
 * or `{ orderBy: catalogOrder.stars, limit: 8 }`. Only visible products ever come back.
 */
export function listProductCards(
  db: Db,
  today: string,
  opts: ListProductCardsOptions,
): Promise<ProductCardData[]> {
  return db
    .select(productCardColumns)
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(certificates, activeCertificateJoin)
    .innerJoin(cardProvince, eq(cardProvince.code, producers.provinceCode))
    .where(and(publicProductCondition(today), opts.where))
    .orderBy(...(opts.orderBy ?? catalogOrder.newest))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
}

type CatalogCell = {
  groupCode: string;
  provinceCode: string;
  provinceName: string;
  stars: number;
  count: number;
};
const cellsCaches = new WeakMap<Db, FacetCache<CatalogCell[]>>();
function cellsCacheFor(db: Db): FacetCache<CatalogCell[]> {
  let cache = cellsCaches.get(db);
  if (!cache) {
    cache = createFacetCache<CatalogCell[]>();
    cellsCaches.set(db, cache);
  }
  return cache;
}

/**
 * Products whose set belongs to the group with this code, in any scheme (group codes are
 * stable across the rules' versions). Used by the catalogue and the embedded search engine.
 */
export function productInGroup(db: Db, groupCode: string): SQL {
  return inArray(
    products.productSetId,
    db
      .select({ id: productSets.id })
      .from(productSets)
      .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
      .where(eq(productGroups.code, groupCode)),
  );
}

export type CatalogResult = Awaited<ReturnType<typeof listCatalog>>;

/**
 * The catalogue's filter options with their counts: every group of the catalogue's scheme,
 * in scheme order, with 0 where nothing matches; products with AT LEAST this many stars (the
 * filter is a minimum), for 3, 4 and 5; provinces that have matching products (plus the
 * selected one), by name.
 */
export type CatalogFacets = CatalogResult["facets"];

/**
 * One catalogue page. Four queries whatever the page size (three when the counts are cached):
 * the data version, the page of cards, one grouped count of all visible products by (group,
 * province, stars) from which the total and every facet are derived, and the group names. Each facet counts the products matching
 * the OTHER active filters, so a reader sees what choosing that option would give.
 */
export async function listCatalog(db: Db, params: CatalogParams, today: string) {
  const filters: SQL[] = [];
  if (params.group) filters.push(productInGroup(db, params.group));
  if (params.stars) filters.push(gte(certificates.stars, params.stars));
  if (params.province) filters.push(eq(producers.provinceCode, params.province));

  const [items, cells, groups] = await Promise.all([
    listProductCards(db, today, {
      where: filters.length ? and(...filters) : undefined,
      orderBy: catalogOrder[params.sort === "relevance" ? "newest" : params.sort],
      limit: CATALOG_PAGE_SIZE,
      offset: (params.page - 1) * CATALOG_PAGE_SIZE,
    }),
    // Counting every visible product is the page's costly query; its answer only changes
    // with the data version or the date, so it is cached on both (search/facet-cache.ts).
    cellsCacheFor(db).get(db, today, () =>
      db
        .select({
          groupCode: productGroups.code,
          provinceCode: producers.provinceCode,
          provinceName: cardProvince.shortName,
          stars: certificates.stars,
          count: sql<number>`count(*)::int`.mapWith(Number),
        })
        .from(products)
        .innerJoin(producers, producerJoin)
        .innerJoin(certificates, activeCertificateJoin)
        .innerJoin(productSets, eq(productSets.id, products.productSetId))
        .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
        .innerJoin(cardProvince, eq(cardProvince.code, producers.provinceCode))
        .where(publicProductCondition(today))
        .groupBy(
          productGroups.code,
          producers.provinceCode,
          cardProvince.shortName,
          certificates.stars,
        ),
    ),
    db
      .select(groupNameColumns)
      .from(productGroups)
      .where(eq(productGroups.legalBasisCode, CATALOG_SCHEME))
      .orderBy(asc(productGroups.sortOrder), asc(productGroups.id)),
  ]);

  const matchGroup = (c: (typeof cells)[number]) => !params.group || c.groupCode === params.group;
  const matchStars = (c: (typeof cells)[number]) => !params.stars || c.stars >= params.stars;
  const matchProvince = (c: (typeof cells)[number]) =>
    !params.province || c.provinceCode === params.province;

  const sum = (rows: typeof cells) => rows.reduce((n, c) => n + c.count, 0);
  const total = sum(cells.filter((c) => matchGroup(c) && matchStars(c) && matchProvince(c)));

  const groupCounts = new Map<string, number>();
  for (const c of cells) {
    if (matchStars(c) && matchProvince(c)) {
      groupCounts.set(c.groupCode, (groupCounts.get(c.groupCode) ?? 0) + c.count);
    }
  }
  const byStars = cells.filter((c) => matchGroup(c) && matchProvince(c));
  const provinceCounts = new Map<string, { name: string; count: number }>();
  for (const c of cells) {
    if (matchGroup(c) && matchStars(c)) {
      const entry = provinceCounts.get(c.provinceCode) ?? { name: c.provinceName, count: 0 };
      entry.count += c.count;
      provinceCounts.set(c.provinceCode, entry);
    }
  }
  if (params.province && !provinceCounts.has(params.province)) {
    // The chosen province has nothing to show: still name it (one lookup, only in this case)
    // so its chip and the select read "Cao Bằng", not "04".
    const name =
      cells.find((c) => c.provinceCode === params.province)?.provinceName ??
      (
        await db
          .select({ name: places.shortName })
          .from(places)
          .where(and(eq(places.code, params.province), eq(places.level, "province")))
      )[0]?.name;
    if (name) provinceCounts.set(params.province, { name, count: 0 });
  }

  const pageCount = Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE));
  return {
    items,
    total,
    page: params.page,
    pageCount,
    pageSize: CATALOG_PAGE_SIZE,
    facets: {
      groups: groups.map((g) => ({ ...g, count: groupCounts.get(g.code) ?? 0 })),
      stars: CATALOG_STARS.map((s) => ({
        stars: s,
        count: sum(byStars.filter((c) => c.stars >= s)),
      })),
      provinces: [...provinceCounts]
        .map(([code, v]) => ({ code, name: v.name, count: v.count }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi") || a.code.localeCompare(b.code)),
    },
  };
}

// ——— Product page ———

export type CertificateHistoryEntry = {
  id: number;
  stars: number;
  decisionNumber: string;
  decisionDate: string;
  validUntil: string;
  status: CertificateStatus;
  revokedReason: string | null;
  /** Day of revocation in Vietnam, YYYY-MM-DD. */
  revokedAt: string | null;
};

export type GoneReason = "expired" | "revoked" | "unlisted" | "suspended" | "uncertified";

export type ProductPageVisible = {
  kind: "visible";
  product: {
    id: number;
    slug: string;
    nameVi: string;
    nameEn: string | null;
    descriptionVi: string;
    descriptionEn: string | null;
    unitVi: string;
    unitEn: string | null;
    priceVnd: number;
    stock: number;
    /** % ABV, null for no alcohol (decision 0027). */
    alcoholPercent: number | null;
    images: ProductImage[];
  };
  certificate: {
    id: number;
    stars: number;
    /** 4★ at the province with 90+ points (148, 1489): "4 sao, tiềm năng 5 sao". */
    proposedForFive: boolean;
    score: number | null;
    decisionNumber: string;
    decisionDate: string;
    validUntil: string;
    issuingLevel: IssuingLevel;
    issuingBody: string;
    addressPrinted: string | null;
  };
  legalBasis: { code: string; nameVi: string; nameEn: string };
  producer: { slug: string; name: string; legalForm: LegalForm; addressPrinted: string };
  commune: { code: string; name: string };
  province: { code: string; name: string };
  set: { code: string; nameVi: string; nameEn: string };
  group: SelectResultFields<typeof groupNameColumns>;
  /** The former unit the certificate names, e.g. "Xã A, Huyện B, Tỉnh C", when it names one. */
  legacyPlace: { id: string; label: string } | null;
  /** Earlier certificates of this product (superseded or revoked), newest first. */
  history: CertificateHistoryEntry[];
};

export type ProductPageGone = {
  kind: "gone";
  reason: GoneReason;
  /** 410 when a certification ended (expired, revoked), 404 when it is simply not public. */
  status: 404 | 410;
  product: { slug: string; nameVi: string; nameEn: string | null; groupCode: string };
  /** When the certification ended (valid-until date or revocation date), if known. */
  endedOn: string | null;
};

export type ProductPage = ProductPageVisible | ProductPageGone | { kind: "missing" };

const commune = alias(places, "page_commune");
const province = alias(places, "page_province");
const legacy = alias(legacyPlaces, "legacy");
const legacyParent = alias(legacyPlaces, "legacy_parent");
const legacyGrandparent = alias(legacyPlaces, "legacy_grandparent");

/**
 * Everything the product page shows, in one query. Whether the public may see it comes from
 * `publicProductFlag` in that same query; the other columns only explain a refusal.
 */
export async function getProductPage(db: Db, slug: string, today: string): Promise<ProductPage> {
  const [row] = await db
    .select({
      visible: publicProductFlag(today),
      product: {
        id: products.id,
        slug: products.slug,
        nameVi: products.nameVi,
        nameEn: products.nameEn,
        descriptionVi: products.descriptionVi,
        descriptionEn: products.descriptionEn,
        unitVi: products.unitVi,
        unitEn: products.unitEn,
        priceVnd: products.priceVnd,
        stock: products.stock,
        alcoholPercent: products.alcoholPercent,
        images: products.images,
        listingStatus: products.listingStatus,
      },
      certId: certificates.id,
      certStars: certificates.stars,
      certScore: certificates.score,
      certProposedForFive: certificates.proposedForFive,
      certDecisionNumber: certificates.decisionNumber,
      certDecisionDate: certificates.decisionDate,
      certValidUntil: certificates.validUntil,
      certIssuingLevel: certificates.issuingLevel,
      certIssuingBody: certificates.issuingBody,
      certAddressPrinted: certificates.addressPrinted,
      basisCode: legalBases.code,
      basisNameVi: legalBases.nameVi,
      basisNameEn: legalBases.nameEn,
      legacyId: legacy.id,
      legacyName: legacy.name,
      legacyParentName: legacyParent.name,
      legacyGrandparentName: legacyGrandparent.name,
      producer: {
        slug: producers.slug,
        name: producers.name,
        legalForm: producers.legalForm,
        addressPrinted: producers.addressPrinted,
        status: producers.status,
      },
      commune: { code: commune.code, name: commune.name },
      province: { code: province.code, name: province.name },
      set: { code: productSets.code, nameVi: productSets.nameVi, nameEn: productSets.nameEn },
      group: groupNameColumns,
      history: sql<CertificateHistoryEntry[]>`(
        select coalesce(json_agg(json_build_object(
          'id', h.id, 'stars', h.stars, 'decisionNumber', h.decision_number,
          'decisionDate', h.decision_date, 'validUntil', h.valid_until, 'status', h.status,
          'revokedReason', h.revoked_reason, 'revokedAt', to_char(h.revoked_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')
        ) order by h.decision_date desc, h.id desc), '[]'::json)
        from ${certificates} h
        where h.product_id = ${products.id} and h.status <> 'active'
          -- Evaluation results (1–2★, not achieved) are never public.
          and h.stars >= 3 and h.achieved and h.decision_number is not null
      )`.mapWith((v: unknown) => parseJson<CertificateHistoryEntry[]>(v)),
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(commune, eq(commune.code, producers.communeCode))
    .innerJoin(province, eq(province.code, producers.provinceCode))
    .innerJoin(productSets, eq(productSets.id, products.productSetId))
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .leftJoin(certificates, activeCertificateJoin)
    .leftJoin(legalBases, eq(legalBases.code, certificates.legalBasisCode))
    .leftJoin(legacy, eq(legacy.id, certificates.legacyPlaceId))
    .leftJoin(legacyParent, eq(legacyParent.id, legacy.parentId))
    .leftJoin(legacyGrandparent, eq(legacyGrandparent.id, legacyParent.parentId))
    .where(eq(products.slug, slug))
    .limit(1);

  if (!row) return { kind: "missing" };
  const { product, producer } = row;

  if (!row.visible) {
    const basics = {
      slug: product.slug,
      nameVi: product.nameVi,
      nameEn: product.nameEn,
      groupCode: row.group.code,
    };
    // Reasons in order of precedence: a product its owner hid, or whose producer is
    // suspended, is simply not public, whatever its certificate says.
    if (product.listingStatus !== "listed") {
      return { kind: "gone", reason: "unlisted", status: 404, product: basics, endedOn: null };
    }
    if (producer.status !== "active") {
      return { kind: "gone", reason: "suspended", status: 404, product: basics, endedOn: null };
    }
    if (row.certId !== null && row.certValidUntil !== null && row.certValidUntil < today) {
      return {
        kind: "gone",
        reason: "expired",
        status: 410,
        product: basics,
        endedOn: row.certValidUntil,
      };
    }
    const latest = row.history[0];
    if (row.certId === null && latest?.status === "revoked") {
      return {
        kind: "gone",
        reason: "revoked",
        status: 410,
        product: basics,
        endedOn: latest.revokedAt,
      };
    }
    return { kind: "gone", reason: "uncertified", status: 404, product: basics, endedOn: null };
  }

  if (
    row.certId === null ||
    row.certStars === null ||
    row.certDecisionNumber === null ||
    row.certDecisionDate === null ||
    row.certValidUntil === null ||
    row.certIssuingLevel === null ||
    row.certIssuingBody === null ||
    row.basisCode === null ||
    row.basisNameVi === null ||
    row.basisNameEn === null
  ) {
    // The visibility flag requires an active certificate, and its legal basis is a foreign key.
    throw new Error(`Visible product ${product.slug} has no active certificate row`);
  }

  const legacyLabel = [row.legacyName, row.legacyParentName, row.legacyGrandparentName]
    .filter((n): n is string => Boolean(n))
    .join(", ");

  return {
    kind: "visible",
    product: {
      id: product.id,
      slug: product.slug,
      nameVi: product.nameVi,
      nameEn: product.nameEn,
      descriptionVi: product.descriptionVi,
      descriptionEn: product.descriptionEn,
      unitVi: product.unitVi,
      unitEn: product.unitEn,
      priceVnd: product.priceVnd,
      stock: product.stock,
      alcoholPercent: product.alcoholPercent,
      images: product.images,
    },
    certificate: {
      id: row.certId,
      stars: row.certStars,
      proposedForFive: row.certProposedForFive === true,
      score: row.certScore,
      decisionNumber: row.certDecisionNumber,
      decisionDate: row.certDecisionDate,
      validUntil: row.certValidUntil,
      issuingLevel: row.certIssuingLevel,
      issuingBody: row.certIssuingBody,
      addressPrinted: row.certAddressPrinted,
    },
    legalBasis: { code: row.basisCode, nameVi: row.basisNameVi, nameEn: row.basisNameEn },
    producer: {
      slug: producer.slug,
      name: producer.name,
      legalForm: producer.legalForm,
      addressPrinted: producer.addressPrinted,
    },
    commune: row.commune,
    province: row.province,
    set: row.set,
    group: row.group,
    legacyPlace: row.legacyId ? { id: row.legacyId, label: legacyLabel } : null,
    history: row.history,
  };
}
