import { createSearchService, type SearchService } from "../../search/service";
import type { SearchEngine } from "../../search/port";
import { createPrimaryEngine } from "../../search/primary";
import { getConfig } from "./config.server";
import { getDb } from "./db.server";

declare global {
  // One service per process, surviving module reloads in development.
  var __ocopSearch: Promise<SearchService> | undefined;
}

/** Meilisearch when configured; the workers index into it too. */
export function primaryEngine(): SearchEngine | undefined {
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
