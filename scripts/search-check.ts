/**
 * `npm run search:check` — compares the Meilisearch index with the database and prints every
 * difference: a visible product missing from the index, an indexed one whose fields are stale,
 * or an indexed one that should not be there (hidden, expired, deleted).
 * Exit status: 0 in step; 1 differences found; 2 MEILI_URL not set; 3 the check could not run.
 */
import { parseConfig, databaseTarget } from "../app/infra/config.server";
import { todayInVietnam } from "../app/lib/dates";
import { openDatabase } from "../db/client";
import { buildSearchDocuments } from "../search/document";
import {
  compareIndex,
  createClient,
  liveIndexUid,
  type IndexMismatch,
} from "../search/meilisearch";
import { print } from "./print";

const READ_TIMEOUT_MS = 30_000;

function describeMismatch(m: IndexMismatch): string {
  switch (m.kind) {
    case "missing":
      return `product ${m.id}: visible but missing from the index`;
    case "stale":
      return `product ${m.id}: stale in the index (${(m.fields ?? []).join(", ")})`;
    case "should-not-be-there":
      return `product ${m.id}: in the index but not visible`;
  }
}

async function main(): Promise<number> {
  const config = parseConfig();
  if (!config.MEILI_URL) {
    print(
      "MEILI_URL is not set: there is no Meilisearch index to check (search runs on the embedded engine).",
    );
    return 2;
  }
  const database = await openDatabase(databaseTarget(config, 2));
  try {
    const { documents } = await buildSearchDocuments(database.db, todayInVietnam());
    const client = createClient(config.MEILI_URL, config.MEILI_API_KEY, READ_TIMEOUT_MS);
    const mismatches = await compareIndex(client, config.MEILI_INDEX_PREFIX, documents);
    const uid = liveIndexUid(config.MEILI_INDEX_PREFIX);
    for (const m of mismatches) print(describeMismatch(m));
    if (mismatches.length) {
      print(
        `${uid}: ${mismatches.length} difference(s) from the database over ${documents.length} visible products. Run npm run search:reindex to rebuild.`,
      );
      return 1;
    }
    print(`${uid} is in step with the database: ${documents.length} visible products.`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `search:check could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(3);
  },
);
