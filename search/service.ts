/**
 * What the app calls to search: Meilisearch when configured, the embedded engine otherwise
 * and whenever Meilisearch errors or is slow. The storefront never shows an error because
 * search is down; the fall-back is logged and reported by /readyz as degraded.
 */
import type { Db } from "../db/client";
import { logger } from "../app/infra/logger";
import { createEmbeddedEngine } from "./embedded";
import type { EngineName, SearchEngine, SearchHit, SearchQuery, SearchResult } from "./port";

export type SearchStatus = {
  /** The engine meant to answer. */
  primary: EngineName;
  /** True while the primary has failed recently and the embedded engine is answering. */
  degraded: boolean;
};

export type SearchService = {
  search(query: SearchQuery): Promise<SearchResult>;
  suggest(text: string, today: string, limit: number): Promise<SearchHit[]>;
  status(): SearchStatus;
};

/** How long after a failure /readyz keeps reporting the degraded engine. */
const DEGRADED_FOR_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export function createSearchService(
  db: Db,
  opts: { primary?: SearchEngine; timeoutMs?: number; log?: Pick<Console, "warn"> } = {},
): SearchService {
  const embedded = createEmbeddedEngine(db);
  const primary = opts.primary;
  const timeoutMs = opts.timeoutMs ?? 300;
  const log = opts.log ?? logger;
  let failedAt = 0;

  async function attempt<T>(
    what: string,
    viaPrimary: (e: SearchEngine) => Promise<T>,
    viaEmbedded: () => Promise<T>,
  ) {
    if (!primary) return viaEmbedded();
    try {
      return await withTimeout(viaPrimary(primary), timeoutMs);
    } catch (error) {
      failedAt = Date.now();
      log.warn(
        `search: ${primary.name} failed on ${what} (${error instanceof Error ? error.message : String(error)}); the embedded engine answers`,
      );
      return viaEmbedded();
    }
  }

  return {
    search: (query) =>
      attempt(
        "search",
        (e) => e.search(query),
        () => embedded.search(query),
      ),
    suggest: (text, today, limit) =>
      attempt(
        "suggest",
        (e) => e.suggest(text, today, limit),
        () => embedded.suggest(text, today, limit),
      ),
    status: () => ({
      primary: primary?.name ?? "embedded",
      degraded: Boolean(primary) && Date.now() - failedAt < DEGRADED_FOR_MS,
    }),
  };
}
