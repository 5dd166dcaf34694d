/** The configured primary engine: Meilisearch when MEILI_URL is set, else none (embedded only). */
import type { Config } from "../app/infra/config.server";
import {
  createMeilisearchEngine,
  prepareMeilisearchIndex,
  type MeilisearchEngineOptions,
} from "./meilisearch";
import type { SearchEngine } from "./port";

function meiliOptions(config: Config): MeilisearchEngineOptions | undefined {
  if (!config.MEILI_URL) return undefined;
  return {
    url: config.MEILI_URL,
    apiKey: config.MEILI_API_KEY,
    indexPrefix: config.MEILI_INDEX_PREFIX,
    timeoutMs: config.SEARCH_TIMEOUT_MS,
  };
}

export function createPrimaryEngine(config: Config): SearchEngine | undefined {
  const options = meiliOptions(config);
  return options ? createMeilisearchEngine(options) : undefined;
}

/** Applies the index settings (idempotent) when Meilisearch is configured; else does nothing. */
export async function preparePrimaryEngine(config: Config): Promise<void> {
  const options = meiliOptions(config);
  if (options) await prepareMeilisearchIndex(options);
}
