/**
 * Meilisearch filter and sort expressions from a search query. Pure: no client, no network.
 */
import { dayNumber } from "./document";
import type { FilterableAttribute, SortableAttribute } from "./meili-settings";
import type { SearchFacet, SearchFilters, SearchSort } from "./port";

/** Certified products only: the index never holds others, this is the second lock. */
export const MIN_CERTIFIED_STARS = 3;

/** The document attribute each facet counts. */
export const FACET_ATTRIBUTE = {
  group: "groupCode",
  stars: "stars",
  province: "provinceCode",
} as const satisfies Record<SearchFacet, FilterableAttribute>;

/**
 * A double-quoted filter value. Meilisearch unescapes `\"` and then backslash escapes, so
 * both are escaped: a value can never close its quotes and add a condition of its own.
 */
export function quoteValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A number as the filter expects it; anything not finite is dropped, never sent. */
function finite(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) ? Math.trunc(n) : undefined;
}

function condition(
  attribute: FilterableAttribute,
  op: "=" | ">=" | "<=",
  value: string | number,
): string {
  return `${attribute} ${op} ${typeof value === "number" ? String(value) : quoteValue(value)}`;
}

/**
 * The filter for a query, as conditions Meilisearch ANDs together. Validity is checked here,
 * at query time, against `today`: a certificate that ended yesterday is gone at midnight
 * even if no sync has run since. `except` leaves out one facet's own filter, so that facet
 * can count every value the shopper could switch to.
 */
export function buildFilter(filters: SearchFilters, today: string, except?: SearchFacet): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new Error(`today must be YYYY-MM-DD, got "${today}"`);
  const out = [
    condition("validUntilDay", ">=", dayNumber(today)),
    condition("stars", ">=", MIN_CERTIFIED_STARS),
  ];
  const minStars = finite(filters.minStars);
  if (except !== "stars" && minStars !== undefined && minStars > MIN_CERTIFIED_STARS) {
    out.push(condition("stars", ">=", minStars));
  }
  if (except !== "group" && filters.group) out.push(condition("groupCode", "=", filters.group));
  if (except !== "province" && filters.province) {
    out.push(condition("provinceCode", "=", filters.province));
  }
  const priceMin = finite(filters.priceMin);
  const priceMax = finite(filters.priceMax);
  if (priceMin !== undefined) out.push(condition("priceVnd", ">=", priceMin));
  if (priceMax !== undefined) out.push(condition("priceVnd", "<=", priceMax));
  // `=` on an array attribute matches when any element equals the value.
  if (filters.fair) out.push(condition("fairs", "=", filters.fair));
  if (filters.showroom) out.push(condition("showrooms", "=", filters.showroom));
  return out;
}

/** Whether the query narrows by this facet's own attribute (then it is counted separately). */
export function facetIsFiltered(filters: SearchFilters, facet: SearchFacet): boolean {
  switch (facet) {
    case "group":
      return Boolean(filters.group);
    case "province":
      return Boolean(filters.province);
    case "stars": {
      const minStars = finite(filters.minStars);
      return minStars !== undefined && minStars > MIN_CERTIFIED_STARS;
    }
  }
}

type SortExpression = `${SortableAttribute}:${"asc" | "desc"}`;

/** The sort for a choice; relevance leaves the order to the ranking rules. */
export function buildSort(sort: SearchSort): SortExpression[] | undefined {
  switch (sort) {
    case "relevance":
      return undefined;
    case "price-asc":
      return ["priceVnd:asc"];
    case "price-desc":
      return ["priceVnd:desc"];
    case "stars":
      return ["stars:desc", "createdAt:desc"];
    case "newest":
      return ["createdAt:desc"];
  }
}
