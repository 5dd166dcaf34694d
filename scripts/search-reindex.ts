/**
 * `npm run search:reindex` — rebuilds the Meilisearch index from the database (DATABASE_URL,
 * else PGlite in DATA_DIR, which the running app must not hold open at the same time).
 * A fresh index is filled beside the live one and swapped in atomically: searches keep being
 * answered throughout. Changes that reached the outbox while the build ran are applied again
 * afterwards, since the worker may have written them into the index that was swapped out.
 * Without MEILI_URL there is no index to rebuild: it says so and exits 0.
 */
import { sql } from "drizzle-orm";
import { parseConfig, databaseTarget } from "../app/infra/config.server";
import { todayInVietnam } from "../app/lib/dates";
import { openDatabase, queryRows } from "../db/client";
import { buildSearchDocuments } from "../search/document";
import { createClient, createMeilisearchEngine, reindexSwap } from "../search/meilisearch";
import { print } from "./print";

/** Changes made this long before the build started are caught up too (long transactions). */
const CATCH_UP_MARGIN = sql`interval '10 minutes'`;
const WRITE_TIMEOUT_MS = 30_000;

async function main(): Promise<number> {
  const config = parseConfig();
  if (!config.MEILI_URL) {
    print(
      "MEILI_URL is not set: search runs on the embedded engine in the database, so there is no index to rebuild.",
    );
    return 0;
  }
  const database = await openDatabase(databaseTarget(config, 2));
  try {
    const { db } = database;
    const started = performance.now();
    const [mark] = await queryRows<{ since: string }>(
      db,
      sql`select (now() - ${CATCH_UP_MARGIN})::text as since`,
    );
    const today = todayInVietnam();
    const { documents, hiddenIds } = await buildSearchDocuments(db, today);
    const client = createClient(config.MEILI_URL, config.MEILI_API_KEY, WRITE_TIMEOUT_MS);
    const result = await reindexSwap(client, config.MEILI_INDEX_PREFIX, documents);
    print(
      `Rebuilt ${result.indexUid}: ${result.documents} visible products indexed, ${hiddenIds.length} hidden ones left out, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    for (const uid of result.removedLeftovers)
      print(`Removed ${uid}, left over from an earlier rebuild.`);

    const changed = await queryRows<{ product_id: number }>(
      db,
      sql`select distinct product_id from search_outbox where created_at >= ${mark?.since ?? "-infinity"}::timestamptz`,
    );
    if (changed.length) {
      const engine = createMeilisearchEngine({
        url: config.MEILI_URL,
        apiKey: config.MEILI_API_KEY,
        indexPrefix: config.MEILI_INDEX_PREFIX,
        timeoutMs: WRITE_TIMEOUT_MS,
      });
      const again = await buildSearchDocuments(
        db,
        today,
        changed.map((r) => Number(r.product_id)),
      );
      await engine.upsert(again.documents);
      await engine.remove(again.hiddenIds);
      print(
        `Applied again ${changed.length} recent product changes (made during or just before the rebuild).`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `search:reindex failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
