/**
 * The embedded search engine: runs in the database itself (PGlite or Postgres alike), on the
 * folded `products.search_text` kept by triggers, with pg_trgm for word-start matching and
 * typo correction. No second copy of the data, so nothing to keep in step.
 *
 * Matching: every query word must match the start of a word in the search text ("mat on"
 * finds "Mật ong" as the shopper types). When that finds nothing, each word of three letters
 * or more is widened to the closest words of the vocabulary (`search_words`) by trigram
 * similarity, so one typo still finds the product ("gao tam thon" → "gạo tám thơm").
 */
import { and, asc, desc, eq, gte, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { queryRows } from "../db/client";
import { certificates, producers, productGroups, products, productSets } from "../db/schema";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductCondition,
} from "../app/domain/catalog/visibility.server";
import { productInGroup } from "../app/domain/catalog/catalog.server";
import { foldVietnamese } from "../app/lib/text";
import { createFacetCache } from "./facet-cache";
import { highlightSegments } from "./highlight";
import type {
  FacetCounts,
  SearchEngine,
  SearchFilters,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "./port";

const MAX_WORDS = 8;
const TYPO_MIN_LENGTH = 3;
const TYPO_ALTERNATIVES = 4;
/** Trigram similarity a vocabulary word needs to stand in for a mistyped one. */
const TYPO_SIMILARITY = 0.3;

/** Query words, folded: "Mật-ong  Đắk" → ["mat", "ong", "dak"]. Only letters and digits survive. */
export function queryWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** Escapes LIKE's wildcards; the words are [a-z0-9] already, this is belt and braces. */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Words this short match only whole words: "ca" finds "Cá", not every "cao", "cay", "cafe". */
const WHOLE_WORD_MAX = 2;

/**
 * The search text holds a leading space, so "% word%" anchors at the start of any word
 * ("mat on" finds "mật ong" as the shopper types); very short words must be whole.
 */
function wordStart(word: string, prefix = false): SQL {
  const w = likeEscape(word);
  if (!prefix && word.length <= WHOLE_WORD_MAX) {
    return sql`(${products.searchText} like ${`% ${w} %`} or ${products.searchText} like ${`% ${w}`})`;
  }
  return sql`${products.searchText} like ${`% ${w}%`}`;
}

/** For each word, the vocabulary words within typo distance (the word itself excluded). */
async function typoAlternatives(db: Db, words: string[]): Promise<Map<string, string[]>> {
  const candidates = words.filter((w) => w.length >= TYPO_MIN_LENGTH);
  const result = new Map<string, string[]>();
  if (!candidates.length) return result;
  const values = sql.join(
    candidates.map((w) => sql`(${w}::text)`),
    sql`, `,
  );
  const rows = await queryRows<{ tok: string; word: string }>(
    db,
    sql`select q.tok, alt.word
          from (values ${values}) as q(tok)
          -- Only words that are not words of the vocabulary are treated as typos.
          cross join lateral (
            select w.word from search_words w
             where w.word % q.tok and w.word <> q.tok and similarity(w.word, q.tok) >= ${TYPO_SIMILARITY}
             order by similarity(w.word, q.tok) desc, w.word
             limit ${TYPO_ALTERNATIVES}
          ) as alt
         where not exists (select 1 from search_words x where x.word = q.tok)`,
  );
  for (const r of rows) result.set(r.tok, [...(result.get(r.tok) ?? []), r.word]);
  return result;
}

/**
 * Every word must match. While the shopper is still typing (suggestions), the last word is
 * a prefix whatever its length: "mat o" already finds "mật ong".
 */
function textCondition(
  words: string[],
  alternatives?: Map<string, string[]>,
  typing = false,
): SQL | undefined {
  if (!words.length) return undefined;
  return and(
    ...words.map((w, i) => {
      const start = wordStart(w, typing && i === words.length - 1);
      const alts = (alternatives?.get(w) ?? []).map((a) => wordStart(a));
      return alts.length ? (or(start, ...alts) as SQL) : start;
    }),
  );
}

function filterCondition(filters: SearchFilters, db: Db): SQL[] {
  const out: SQL[] = [];
  if (filters.group) out.push(productInGroup(db, filters.group));
  if (filters.minStars) out.push(gte(certificates.stars, filters.minStars));
  if (filters.province) out.push(eq(producers.provinceCode, filters.province));
  if (filters.priceMin !== undefined) out.push(gte(products.priceVnd, filters.priceMin));
  if (filters.priceMax !== undefined) out.push(lte(products.priceVnd, filters.priceMax));
  // The search documents do not carry fair and showroom catalogues (promotion_entries) yet
  // (decision 0017), so such a filter honestly matches nothing here as in Meilisearch.
  if (filters.fair || filters.showroom) out.push(sql`false`);
  return out;
}

function orderFor(query: SearchQuery, words: string[]): SQL[] {
  switch (query.sort) {
    case "price-asc":
      return [asc(products.priceVnd), asc(products.id)];
    case "price-desc":
      return [desc(products.priceVnd), desc(products.id)];
    case "stars":
      return [desc(certificates.stars), desc(products.createdAt), desc(products.id)];
    case "newest":
      return [desc(products.createdAt), desc(products.id)];
    case "relevance": {
      if (!words.length)
        return [desc(certificates.stars), desc(products.createdAt), desc(products.id)];
      const phrase = ` ${words.join(" ")}`;
      // The whole phrase first, then where it appears (the name leads the search text), then stars.
      return [
        sql`(strpos(${products.searchText}, ${phrase}) > 0) desc`,
        sql`nullif(strpos(${products.searchText}, ${phrase}), 0) asc nulls last`,
        desc(certificates.stars),
        desc(products.id),
      ];
    }
  }
}

type Cell = { groupCode: string; provinceCode: string; stars: number; count: number };

function facetsFrom(cells: Cell[], filters: SearchFilters, wanted: SearchQuery["facets"]) {
  const group = (c: Cell) => !filters.group || c.groupCode === filters.group;
  const stars = (c: Cell) => !filters.minStars || c.stars >= filters.minStars;
  const province = (c: Cell) => !filters.province || c.provinceCode === filters.province;
  const tally = <K extends string | number>(rows: Cell[], key: (c: Cell) => K) => {
    const m = new Map<K, number>();
    for (const c of rows) m.set(key(c), (m.get(key(c)) ?? 0) + c.count);
    return m;
  };
  const facets: Partial<FacetCounts> = {};
  if (wanted.includes("group")) {
    facets.group = [
      ...tally(
        cells.filter((c) => stars(c) && province(c)),
        (c) => c.groupCode,
      ),
    ]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  if (wanted.includes("province")) {
    facets.province = [
      ...tally(
        cells.filter((c) => group(c) && stars(c)),
        (c) => c.provinceCode,
      ),
    ]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  if (wanted.includes("stars")) {
    // "At least" counts, as the filter is a minimum.
    const rows = cells.filter((c) => group(c) && province(c));
    facets.stars = [3, 4, 5].map((s) => ({
      value: s,
      count: rows.filter((c) => c.stars >= s).reduce((n, c) => n + c.count, 0),
    }));
  }
  const total = cells
    .filter((c) => group(c) && stars(c) && province(c))
    .reduce((n, c) => n + c.count, 0);
  return { facets, total };
}

export function createEmbeddedEngine(db: Db): SearchEngine {
  const cellsCache = createFacetCache<Cell[]>();
  async function run(
    query: SearchQuery,
    alternatives: Map<string, string[]> | undefined,
    typing: boolean,
  ): Promise<{ result: SearchResult; textMatched: boolean }> {
    const words = queryWords(query.text);
    const visible = and(
      publicProductCondition(query.today),
      textCondition(words, alternatives, typing),
    );
    const filters = filterCondition(query.filters, db);
    const [rows, cells] = await Promise.all([
      db
        .select({
          id: products.id,
          slug: products.slug,
          nameVi: products.nameVi,
          nameEn: products.nameEn,
        })
        .from(products)
        .innerJoin(producers, producerJoin)
        .innerJoin(certificates, activeCertificateJoin)
        .where(and(visible, ...filters))
        .orderBy(...orderFor(query, words))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      cellsCache.get(
        db,
        JSON.stringify([
          query.today,
          typing,
          words,
          alternatives ? [...alternatives] : null,
          query.filters.priceMin,
          query.filters.priceMax,
          query.filters.fair,
          query.filters.showroom,
        ]),
        () =>
          db
            .select({
              groupCode: productGroups.code,
              provinceCode: producers.provinceCode,
              stars: certificates.stars,
              count: sql<number>`count(*)::int`.mapWith(Number),
            })
            .from(products)
            .innerJoin(producers, producerJoin)
            .innerJoin(certificates, activeCertificateJoin)
            .innerJoin(productSets, eq(productSets.id, products.productSetId))
            .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
            .where(
              and(
                visible,
                // Price and fair filters are not facets: they narrow every count.
                ...filterCondition(
                  {
                    priceMin: query.filters.priceMin,
                    priceMax: query.filters.priceMax,
                    fair: query.filters.fair,
                    showroom: query.filters.showroom,
                  },
                  db,
                ),
              ),
            )
            .groupBy(productGroups.code, producers.provinceCode, certificates.stars),
      ),
    ]);
    const { facets, total } = facetsFrom(cells, query.filters, query.facets);
    const highlightWith = [query.text, ...[...(alternatives?.values() ?? [])].flat()].join(" ");
    const hits: SearchHit[] = rows.map((r) => ({
      productId: r.id,
      slug: r.slug,
      highlight: {
        nameVi: highlightSegments(r.nameVi, highlightWith),
        nameEn: highlightSegments(r.nameEn ?? "", highlightWith),
      },
    }));
    // Whether the words matched anything at all, whatever the group / stars / province filters.
    const textMatched = cells.some((c) => c.count > 0);
    return { result: { hits, total, facets, engine: "embedded" as const }, textMatched };
  }

  async function searchWith(query: SearchQuery, typing: boolean): Promise<SearchResult> {
    const exact = await run(query, undefined, typing);
    const words = queryWords(query.text);
    // Typo correction only when the words themselves match nothing: a search that the
    // filters empty is answered as it is ("no results", with the nearest products offered).
    if (exact.textMatched || !words.length) return exact.result;
    const alternatives = await typoAlternatives(db, words);
    if (!alternatives.size) return exact.result;
    return (await run(query, alternatives, typing)).result;
  }

  return {
    name: "embedded",
    search: (query) => searchWith(query, false),
    async suggest(text, today, limit) {
      const result = await searchWith(
        { text, filters: {}, facets: [], sort: "relevance", page: 1, pageSize: limit, today },
        true,
      );
      return result.hits;
    },
    // The embedded engine reads the database directly: there is no index to write.
    async upsert() {},
    async remove() {},
  };
}
