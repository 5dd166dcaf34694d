/**
 * `npm start`: validate configuration, build if needed, migrate, seed demo data into an
 * empty database, then serve. Runs the same on PGlite (no DATABASE_URL) and on a server.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseConfig, databaseTarget } from "../app/infra/config.server";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "../db/seed";
import { createApp } from "../server/app";
import { logger } from "../app/infra/logger";

const root = path.resolve(import.meta.dirname, "..");
const buildDir = path.join(root, "build");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

function buildIfNeeded() {
  const serverEntry = path.join(buildDir, "server", "index.js");
  const sources = ["app", "db", "search", "public"]
    .map((d) => path.join(root, d))
    .filter((d) => fs.existsSync(d));
  const stale =
    !fs.existsSync(serverEntry) ||
    Math.max(...sources.map(newestMtime)) > fs.statSync(serverEntry).mtimeMs;
  if (!stale) return;
  logger.info("Building the app…");
  const result = spawnSync("npx", ["remix", "vite:build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("The build failed; see the output above.");
}

async function main() {
  let config;
  try {
    config = parseConfig();
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  process.env.NODE_ENV ??= "production";
  buildIfNeeded();

  const database = await openDatabase(databaseTarget(config, 2));
  try {
    await migrateDatabase(database);
    if (config.SEED_ON_START) {
      const seeded = await seedIfEmpty(database.db);
      if (seeded)
        logger.info(
          `Seeded demo data: ${seeded.producers} producers, ${seeded.products} products.`,
        );
    }
  } finally {
    // PGlite allows one process-wide handle on its folder: close ours before the app opens its own.
    await database.close();
  }

  const app = await createApp(buildDir);
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info(`Chợ OCOP is serving on http://localhost:${config.PORT} (${database.kind})`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  logger.error("start failed", error);
  process.exit(1);
});
