/**
 * `npm run seed` — seeds the demo catalogue into an empty database (the one the app uses:
 * DATABASE_URL, else PGlite in DATA_DIR).
 *   --reset          empties producers, products, certificates (and what references them) first
 *   --products N     then adds N generated products for benchmarks (scale mode)
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { parseConfig, databaseTarget } from "../app/infra/config.server";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "../db/seed";
import { seedScale } from "../db/seed/scale";
import { print } from "./print";

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run seed -- [--reset] [--products N]`);
  process.exit(2);
}

async function main() {
  let flags;
  try {
    ({ values: flags } = parseArgs({
      options: { reset: { type: "boolean", default: false }, products: { type: "string" } },
    }));
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  const extra = flags.products === undefined ? 0 : Number(flags.products);
  if (!Number.isInteger(extra) || extra < 0)
    usage(`--products must be a whole number, got "${flags.products}"`);

  const config = parseConfig();
  const database = await openDatabase(databaseTarget(config, 2));
  try {
    await migrateDatabase(database);
    if (flags.reset) {
      // CASCADE also empties whatever references products (orders, fair catalogues, …).
      await database.db.execute(
        sql`truncate table promotions, certificates, products, producers restart identity cascade`,
      );
      print("Emptied producers, products, certificates, fairs and showrooms.");
    }
    let started = performance.now();
    const seeded = await seedIfEmpty(database.db);
    if (seeded) {
      print(
        `Seeded the demo: ${seeded.producers} producers, ${seeded.products} products in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    } else {
      print("The database already has products: demo seed skipped (use --reset to start over).");
    }
    if (extra > 0) {
      started = performance.now();
      const scaled = await seedScale(database.db, { products: extra });
      print(
        `Added ${scaled.products} generated products from ${scaled.producers} producers in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
