/**
 * The production search engine on Meilisearch. The index is a projection of the database:
 * `reindexSwap` rebuilds it beside the live one and swaps atomically, the outbox worker keeps
 * it in step through `upsert` / `remove`, and `compareIndex` reports where it drifted.
 * Validity and the certified minimum are filtered at query time (search/meili-filter.ts).
 */
import {
  Meilisearch,
  MeilisearchApiError,
  type FacetDistribution,
  type Hit,
  type MultiSearchQuery,
  type MultiSearchResult,
} from "meilisearch";
import type { SearchDocument } from "./document";
import { segmentsFromFormatted } from "./highlight";
import { buildFilter, buildSort, FACET_ATTRIBUTE, facetIsFiltered } from "./meili-filter";
import {
  applySettings,
  completed,
  MeiliTaskFailedError,
  PRIMARY_KEY,
  sameValue,
} from "./meili-settings";
import type {
  FacetCounts,
  SearchEngine,
  SearchFacet,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "./port";

export type MeilisearchEngineOptions = {
  url: string;
  apiKey?: string;
  /** Prefix of the index names, so several deployments can share one server. */
  indexPrefix: string;
  /** A search request that takes longer fails, so the embedded engine can answer in time. */
  timeoutMs: number;
};

/** The live index, the one searches read and the outbox worker writes. */
export function liveIndexUid(prefix: string): string {
  return `${prefix}products`;
}

/**
 * Highlight tags from Unicode's private use area: they never occur in product text, so
 * splitting on them cannot cut a name in the wrong place.
 */
export const HIGHLIGHT_PRE = "\uE000";
export const HIGHLIGHT_POST = "\uE001";

/** Index writes are not on a shopper's path: they may take longer than a search. */
const WRITE_REQUEST_TIMEOUT_MS = 15_000;
const DOCUMENT_BATCH_SIZE = 1_000;
/** Leftover build indexes (from a reindex that died) are removed once older than this. */
const STALE_BUILD_MS = 24 * 60 * 60 * 1000;

type HitFields = Pick<SearchDocument, "id" | "slug" | "nameVi" | "nameEn">;
const HIT_FIELDS = ["id", "slug", "nameVi", "nameEn"] satisfies (keyof HitFields)[];

export function createClient(
  url: string,
  apiKey: string | undefined,
  timeoutMs: number,
): Meilisearch {
  return new Meilisearch({ host: url, apiKey, timeout: timeoutMs });
}

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";
}

/** Group and province counts, the most common first; stars as "at least" counts for 3, 4, 5. */
export function facetCountsFrom(
  facet: SearchFacet,
  distribution: FacetDistribution | undefined,
): Partial<FacetCounts> {
  const counts = distribution?.[FACET_ATTRIBUTE[facet]] ?? {};
  if (facet === "stars") {
    // The distribution counts each star value exactly; the filter is a minimum.
    const exact = Object.entries(counts).map(([value, count]) => [Number(value), count] as const);
    return {
      stars: [3, 4, 5].map((s) => ({
        value: s,
        count: exact.filter(([v]) => v >= s).reduce((n, [, c]) => n + c, 0),
      })),
    };
  }
  const list = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facet === "group" ? { group: list } : { province: list };
}

function hitFrom(hit: Hit<HitFields>): SearchHit {
  const formatted = hit._formatted ?? {};
  const field = (name: "nameVi" | "nameEn") => {
    const value = formatted[name] ?? hit[name] ?? "";
    return segmentsFromFormatted(String(value), HIGHLIGHT_PRE, HIGHLIGHT_POST);
  };
  return {
    productId: Number(hit.id),
    slug: hit.slug,
    highlight: { nameVi: field("nameVi"), nameEn: field("nameEn") },
  };
}

function totalOf(result: MultiSearchResult<HitFields>): number {
  return result.totalHits ?? result.estimatedTotalHits ?? 0;
}

/**
 * The requests for one search: the page of hits with the facets that no active filter
 * narrows, then one count-only request per facet whose own filter is active, so that facet
 * still counts every value the shopper could switch to (as the catalogue's facets do).
 */
export function searchRequests(
  indexUid: string,
  query: SearchQuery,
): { queries: MultiSearchQuery[]; separate: SearchFacet[]; inMain: SearchFacet[] } {
  const wanted = [...new Set(query.facets)];
  const separate = wanted.filter((f) => facetIsFiltered(query.filters, f));
  const inMain = wanted.filter((f) => !separate.includes(f));
  const sort = buildSort(query.sort);
  const main: MultiSearchQuery = {
    indexUid,
    q: query.text,
    filter: buildFilter(query.filters, query.today),
    ...(sort ? { sort } : {}),
    page: Math.max(1, Math.trunc(query.page)),
    hitsPerPage: Math.max(1, Math.trunc(query.pageSize)),
    attributesToRetrieve: HIT_FIELDS,
    attributesToHighlight: ["nameVi", "nameEn"],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    // Every word must match, as in the embedded engine: "che bup tan cuong" must not fall
    // back to any product with "chè" in it once the one it names has expired.
    matchingStrategy: "all",
    ...(inMain.length ? { facets: inMain.map((f) => FACET_ATTRIBUTE[f]) } : {}),
  };
  const facetQueries: MultiSearchQuery[] = separate.map((f) => ({
    indexUid,
    q: query.text,
    filter: buildFilter(query.filters, query.today, f),
    facets: [FACET_ATTRIBUTE[f]],
    limit: 0,
    matchingStrategy: "all",
  }));
  return { queries: [main, ...facetQueries], separate, inMain };
}

/** Creates the index with our primary key and settings when it does not exist yet. */
async function ensureIndex(client: Meilisearch, uid: string): Promise<void> {
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if (!isIndexNotFound(error)) throw error;
    try {
      await completed(
        client.createIndex(uid, { primaryKey: PRIMARY_KEY }),
        `create the index ${uid}`,
      );
    } catch (created) {
      // Another process may have created it meanwhile: that is what we wanted.
      if (!(created instanceof MeiliTaskFailedError && created.code === "index_already_exists"))
        throw created;
    }
  }
  await applySettings(client, uid);
}

/**
 * Brings the live index's settings in line with the code (creating the index if missing):
 * run at start, so a deployment with new settings applies them before its first search.
 */
export async function prepareMeilisearchIndex(options: MeilisearchEngineOptions): Promise<void> {
  const client = createClient(
    options.url,
    options.apiKey,
    Math.max(options.timeoutMs, WRITE_REQUEST_TIMEOUT_MS),
  );
  await ensureIndex(client, liveIndexUid(options.indexPrefix));
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const searchClient = createClient(options.url, options.apiKey, options.timeoutMs);
  const writeClient = createClient(
    options.url,
    options.apiKey,
    Math.max(options.timeoutMs, WRITE_REQUEST_TIMEOUT_MS),
  );
  const uid = liveIndexUid(options.indexPrefix);
  let ready: Promise<void> | undefined;

  /** Once per process: writes into a missing index would create it without our settings. */
  function indexReady(): Promise<void> {
    ready ??= ensureIndex(writeClient, uid).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function search(query: SearchQuery): Promise<SearchResult> {
    const { queries, separate, inMain } = searchRequests(uid, query);
    const { results } = await searchClient.multiSearch<{ queries: MultiSearchQuery[] }, HitFields>({
      queries,
    });
    const [main, ...facetResults] = results;
    if (!main || facetResults.length !== separate.length) {
      throw new Error(
        `Meilisearch answered ${results.length} results to ${queries.length} queries`,
      );
    }
    let facets: Partial<FacetCounts> = {};
    for (const f of inMain) facets = { ...facets, ...facetCountsFrom(f, main.facetDistribution) };
    separate.forEach((f, i) => {
      facets = { ...facets, ...facetCountsFrom(f, facetResults[i]?.facetDistribution) };
    });
    return { hits: main.hits.map(hitFrom), total: totalOf(main), facets, engine: "meilisearch" };
  }

  return {
    name: "meilisearch",
    search,
    async suggest(text, today, limit) {
      const result = await search({
        text,
        filters: {},
        facets: [],
        sort: "relevance",
        page: 1,
        pageSize: limit,
        today,
      });
      return result.hits;
    },
    async upsert(documents) {
      if (!documents.length) return;
      await indexReady();
      const index = writeClient.index<SearchDocument>(uid);
      for (const task of index.addDocumentsInBatches(documents, DOCUMENT_BATCH_SIZE, {
        primaryKey: PRIMARY_KEY,
      })) {
        await completed(task, `write documents to ${uid}`);
      }
    },
    async remove(productIds) {
      if (!productIds.length) return;
      await indexReady();
      await completed(
        writeClient.index(uid).deleteDocuments(productIds),
        `remove documents from ${uid}`,
      );
    },
  };
}

/** A build index's uid for this moment, and the moment a build index was made (or null). */
export function buildIndexUid(prefix: string, now: number): string {
  return `${liveIndexUid(prefix)}_${now}`;
}

export function buildIndexTime(prefix: string, uid: string): number | null {
  const head = `${liveIndexUid(prefix)}_`;
  if (!uid.startsWith(head)) return null;
  const rest = uid.slice(head.length);
  return /^\d{13}$/.test(rest) ? Number(rest) : null;
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (error) {
    if (isIndexNotFound(error)) return false;
    throw error;
  }
}

export type ReindexResult = { indexUid: string; documents: number; removedLeftovers: string[] };

/**
 * Rebuilds the index from `documents`: a fresh index is filled beside the live one, then the
 * two are swapped in one step and the old content dropped. The live index answers searches
 * throughout; if anything fails before the swap, the live index is untouched.
 */
export async function reindexSwap(
  client: Meilisearch,
  prefix: string,
  documents: SearchDocument[],
  opts: { batchSize?: number; now?: number } = {},
): Promise<ReindexResult> {
  const live = liveIndexUid(prefix);
  const now = opts.now ?? Date.now();
  const fresh = buildIndexUid(prefix, now);
  await completed(
    client.createIndex(fresh, { primaryKey: PRIMARY_KEY }),
    `create the index ${fresh}`,
  );
  try {
    // Settings first, so the documents are indexed once, with them.
    await applySettings(client, fresh);
    const index = client.index<SearchDocument>(fresh);
    for (const task of index.addDocumentsInBatches(
      documents,
      opts.batchSize ?? DOCUMENT_BATCH_SIZE,
      {
        primaryKey: PRIMARY_KEY,
      },
    )) {
      await completed(task, `write documents to ${fresh}`);
    }
    // A swap needs both indexes to exist.
    if (!(await indexExists(client, live))) {
      await completed(
        client.createIndex(live, { primaryKey: PRIMARY_KEY }),
        `create the index ${live}`,
      );
    }
    await completed(
      client.swapIndexes([{ indexes: [live, fresh], rename: false }]),
      `swap ${fresh} into ${live}`,
    );
  } catch (error) {
    await client.deleteIndexIfExists(fresh).catch(() => false);
    throw error;
  }
  // After the swap `fresh` holds the old content.
  await completed(client.deleteIndex(fresh), `delete the previous index`);

  const removedLeftovers: string[] = [];
  const { results } = await client.getRawIndexes({ limit: 1000 });
  for (const { uid } of results) {
    const madeAt = buildIndexTime(prefix, uid);
    if (madeAt !== null && madeAt < now - STALE_BUILD_MS) {
      if (await client.deleteIndexIfExists(uid)) removedLeftovers.push(uid);
    }
  }
  return { indexUid: live, documents: documents.length, removedLeftovers };
}

export type IndexMismatch = {
  id: number;
  kind: "missing" | "stale" | "should-not-be-there";
  /** For "stale": the fields whose indexed value differs from the database. */
  fields?: string[];
};

/** Compares expected documents with indexed ones (pure, so it is unit-tested on its own). */
export function diffDocuments(
  expected: SearchDocument[],
  indexed: Record<string, unknown>[],
): IndexMismatch[] {
  const have = new Map<number, Record<string, unknown>>();
  for (const doc of indexed) have.set(Number(doc.id), doc);
  const mismatches: IndexMismatch[] = [];
  const wanted = new Set<number>();
  for (const doc of expected) {
    wanted.add(doc.id);
    const found = have.get(doc.id);
    if (!found) {
      mismatches.push({ id: doc.id, kind: "missing" });
      continue;
    }
    const expectedFields = doc as unknown as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(expectedFields), ...Object.keys(found)])].sort();
    const fields = keys.filter((k) => !sameValue(expectedFields[k], found[k]));
    if (fields.length) mismatches.push({ id: doc.id, kind: "stale", fields });
  }
  for (const id of have.keys()) {
    if (!wanted.has(id)) mismatches.push({ id, kind: "should-not-be-there" });
  }
  return mismatches.sort((a, b) => a.id - b.id);
}

/** Reads every document of the live index and compares it with what the database says. */
export async function compareIndex(
  client: Meilisearch,
  prefix: string,
  documents: SearchDocument[],
  opts: { pageSize?: number } = {},
): Promise<IndexMismatch[]> {
  const index = client.index(liveIndexUid(prefix));
  const pageSize = opts.pageSize ?? 1_000;
  const indexed: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += pageSize) {
    let page;
    try {
      page = await index.getDocuments({ offset, limit: pageSize });
    } catch (error) {
      // No index at all: every document is missing.
      if (isIndexNotFound(error)) break;
      throw error;
    }
    indexed.push(...page.results);
    if (page.results.length < pageSize || indexed.length >= page.total) break;
  }
  return diffDocuments(documents, indexed);
}
