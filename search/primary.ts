/** The configured primary engine: Meilisearch when MEILI_URL is set, else none (embedded only). */
import type { Config } from "../app/config.server";
import type { SearchEngine } from "./port";

export function createPrimaryEngine(config: Config): SearchEngine | undefined {
  if (!config.MEILI_URL) return undefined;
  return undefined; // WIP: Meilisearch engine lands next
}
