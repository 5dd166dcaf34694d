/**
 * `npm run search:worker`: drains the search outbox outside the app, for deployments that
 * run it as its own process (set SEARCH_WORKER=false on the app then). Several workers may
 * run at once: rows are claimed with SKIP LOCKED. Needs DATABASE_URL: PGlite's folder can be
 * opened by one process only, the app's.
 */
import { parseConfig } from "../app/infra/config.server";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { NO_INDEX, startOutboxWorker } from "../search/outbox";
import { createPrimaryEngine } from "../search/primary";
import { logger } from "../app/infra/logger";

async function main() {
  const config = parseConfig();
  if (!config.DATABASE_URL) {
    logger.error(
      "search:worker needs DATABASE_URL: with embedded PGlite the app drains the outbox itself.",
    );
    process.exit(2);
  }
  const database = await openDatabase({ kind: "postgres", url: config.DATABASE_URL, poolSize: 2 });
  await migrateDatabase(database);
  const engine = createPrimaryEngine(config) ?? NO_INDEX;
  logger.info(`search:worker draining the outbox into ${engine.name}`);
  const worker = startOutboxWorker(async () => database.db, engine);
  const stop = async () => {
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  logger.error("search:worker stopped", error);
  process.exit(1);
});
