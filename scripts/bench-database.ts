/**
 * The benchmarks' own database, never the app's: BENCH_DATABASE_URL (default a local
 * "ocop_bench" database) or, with `pglite`, embedded PGlite in data/bench. Seeded with the
 * demo and then generated products up to the wanted count; kept between runs unless `reseed`.
 */
import path from "node:path";
import { count, sql } from "drizzle-orm";
import { openDatabase, queryRows, type DatabaseTarget } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { products } from "../db/schema";
import { seedDemo } from "../db/seed";
import { seedScale } from "../db/seed/scale";
import { print } from "./print";

export type BenchDatabase = {
  target: DatabaseTarget;
  /** Environment for an app process that should serve this database. */
  env: Record<string, string>;
};

export async function prepareBenchDatabase(opts: {
  pglite: boolean;
  reseed: boolean;
  products: number;
}): Promise<BenchDatabase> {
  const root = path.resolve(import.meta.dirname, "..");
  let bench: BenchDatabase;
  if (opts.pglite) {
    const dataDir = path.join(root, "data", "bench");
    bench = {
      env: { DATA_DIR: dataDir },
      target: { kind: "pglite", dataDir: path.join(dataDir, "pglite") },
    };
  } else {
    const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/ocop_bench";
    const name = new URL(url).pathname.slice(1);
    const adminUrl = new URL(url);
    adminUrl.pathname = "/postgres";
    const admin = await openDatabase({ kind: "postgres", url: adminUrl.toString(), poolSize: 1 });
    const exists = await queryRows(
      admin.db,
      sql`select 1 from pg_database where datname = ${name}`,
    );
    if (opts.reseed && exists.length)
      await admin.db.execute(sql.raw(`drop database "${name}" with (force)`));
    if (!exists.length || opts.reseed) await admin.db.execute(sql.raw(`create database "${name}"`));
    await admin.close();
    bench = { env: { DATABASE_URL: url }, target: { kind: "postgres", url } };
  }

  const database = await openDatabase(bench.target);
  try {
    await migrateDatabase(database);
    const countProducts = async () =>
      (await database.db.select({ n: count() }).from(products))[0]?.n ?? 0;
    if ((await countProducts()) === 0) await seedDemo(database.db);
    const have = await countProducts();
    if (have < opts.products) {
      const started = Date.now();
      await seedScale(database.db, { products: opts.products - have });
      print(
        `Seeded ${opts.products - have} products in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      await database.db.execute(sql`analyze`);
    }
  } finally {
    await database.close();
  }
  return bench;
}
