/**
 * The search port: one interface, two engines (Meilisearch in production, the embedded
 * engine in the database by default and whenever Meilisearch fails). Both pass the same
 * contract suite (search/contract.ts).
 */
import type { SearchDocument } from "./document";

export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "stars", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const SEARCH_FACETS = ["group", "stars", "province"] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export type SearchFilters = {
  /** Product group code of the catalogue's scheme, e.g. "thuc-pham". */
  group?: string;
  /** Minimum stars (3, 4 or 5). */
  minStars?: number;
  /** Today's province code (2 digits). */
  province?: string;
  /** Whole đồng, inclusive. */
  priceMin?: number;
  priceMax?: number;
  /** Only products in this fair's / showroom's published catalogue (by slug). */
  fair?: string;
  showroom?: string;
};

export type SearchQuery = {
  /** What the shopper typed; may be empty (browse). */
  text: string;
  filters: SearchFilters;
  facets: SearchFacet[];
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** YYYY-MM-DD in Vietnam: validity is checked at query time against this date. */
  today: string;
};

/** A piece of a field, marked when it matched the query (rendered without raw HTML). */
export type Segment = { text: string; match: boolean };

export type SearchHit = {
  productId: number;
  slug: string;
  /** The product's Vietnamese and English names, split into matched / unmatched pieces. */
  highlight: { nameVi: Segment[]; nameEn: Segment[] };
};

export type FacetCounts = {
  group: { value: string; count: number }[];
  stars: { value: number; count: number }[];
  province: { value: string; count: number }[];
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: Partial<FacetCounts>;
  /** Which engine answered: "meilisearch", or "embedded" (also when Meilisearch failed). */
  engine: EngineName;
};

export type EngineName = "meilisearch" | "embedded";

export interface SearchEngine {
  readonly name: EngineName;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Short suggestions for the as-you-type box (visible products only). */
  suggest(text: string, today: string, limit: number): Promise<SearchHit[]>;
  /** Writes (or replaces) documents in the index; a no-op for the embedded engine. */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes products from the index; a no-op for the embedded engine. */
  remove(productIds: number[]): Promise<void>;
}
