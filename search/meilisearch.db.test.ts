/**
 * The shared search contract against a real Meilisearch: runs only when MEILI_URL is set
 * (MEILI_API_KEY too if the server has a master key). Each run uses its own index prefix and
 * deletes its index afterwards.
 */
import { randomUUID } from "node:crypto";
import { describe } from "vitest";
import { describeSearchContract } from "./contract";
import { buildSearchDocuments } from "./document";
import { createClient, createMeilisearchEngine, liveIndexUid, reindexSwap } from "./meilisearch";

const url = process.env.MEILI_URL ?? "";
const apiKey = process.env.MEILI_API_KEY || undefined;

if (!url) {
  console.warn(
    "NOTICE: the Meilisearch contract suite is skipped: MEILI_URL is not set (no Meilisearch server here).",
  );
}

describe.skipIf(!url)("Meilisearch contract (skipped unless MEILI_URL names a server)", () => {
  describeSearchContract("meilisearch engine", async (db) => {
    const prefix = `test_${randomUUID().slice(0, 8)}_`;
    // Generous: a test server may be cold; the fall-back timeout is the service's business.
    const client = createClient(url, apiKey, 30_000);
    return {
      engine: createMeilisearchEngine({ url, apiKey, indexPrefix: prefix, timeoutMs: 5_000 }),
      sync: async (today) => {
        const { documents } = await buildSearchDocuments(db, today);
        await reindexSwap(client, prefix, documents);
      },
      dispose: async () => {
        await client.deleteIndexIfExists(liveIndexUid(prefix));
      },
    };
  });
});
