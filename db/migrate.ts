import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Database, Schema } from "./client";

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "migrations",
);

/** Applies pending migrations from code (drizzle-kit's own runner cannot load PGlite extensions). */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as PgliteDatabase<Schema>, { migrationsFolder: folder });
  } else {
    await migratePostgres(database.db as PostgresJsDatabase<Schema>, { migrationsFolder: folder });
  }
}
