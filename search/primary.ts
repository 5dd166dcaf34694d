/** The configured primary engine: Meilisearch when MEILI_URL is set, else none (embedded only). */
import type { Config } from "../app/config.server";
import { createMeilisearchEngine } from "./meilisearch";
import type { SearchEngine } from "./port";

export function createPrimaryEngine(config: Config): SearchEngine | undefined {
  if (!config.MEILI_URL) return undefined;
  return createMeilisearchEngine({
    url: config.MEILI_URL,
    apiKey: config.MEILI_API_KEY,
    indexPrefix: config.MEILI_INDEX_PREFIX,
    timeoutMs: config.SEARCH_TIMEOUT_MS,
  });
}
