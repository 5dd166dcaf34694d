import { createSearchService, type SearchService } from "../../search/service";
import { NO_INDEX, startOutboxWorker, type OutboxWorker } from "../../search/outbox";
import type { SearchEngine } from "../../search/port";
import { createPrimaryEngine, preparePrimaryEngine } from "../../search/primary";
import { getConfig } from "./config.server";
import { getDb } from "./db.server";
import { logger } from "./logger";

declare global {
  // One service and one outbox worker per process, surviving module reloads in development.
  var __ocopSearch: Promise<SearchService> | undefined;
  var __ocopSearchWorker: OutboxWorker | undefined;
}

function primaryEngine(): SearchEngine | undefined {
  return createPrimaryEngine(getConfig());
}

/** The app's search: Meilisearch when configured, with the embedded engine as its fall-back. */
export function getSearch(): Promise<SearchService> {
  globalThis.__ocopSearch ??= (async () =>
    createSearchService(await getDb(), {
      primary: primaryEngine(),
      timeoutMs: getConfig().SEARCH_TIMEOUT_MS,
    }))();
  return globalThis.__ocopSearch;
}

/**
 * Starts draining the search outbox inside the app (unless SEARCH_WORKER=false, e.g. when
 * `npm run search:worker` runs beside it). Without Meilisearch it only acknowledges rows.
 */
export function startSearchWorker(): void {
  const config = getConfig();
  if (!config.SEARCH_WORKER || globalThis.__ocopSearchWorker) return;
  // Index settings are code: bring Meilisearch in line at start (searches fall back meanwhile).
  preparePrimaryEngine(config).catch((error: unknown) =>
    logger.warn(
      "search: could not apply the Meilisearch index settings; will retry on write",
      error,
    ),
  );
  globalThis.__ocopSearchWorker = startOutboxWorker(getDb, primaryEngine() ?? NO_INDEX);
}
