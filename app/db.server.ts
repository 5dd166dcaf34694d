import { openDatabase, type Database, type Db } from "../db/client";
import { getConfig } from "./config.server";

declare global {
  // Survives module reloads in development so PGlite's data folder is opened once.
  var __ocopDatabase: Promise<Database> | undefined;
}

/** The app's database, opened once per process from the validated configuration. */
export function getDatabase(): Promise<Database> {
  if (!globalThis.__ocopDatabase) {
    const config = getConfig();
    globalThis.__ocopDatabase = openDatabase(
      config.DATABASE_URL
        ? { kind: "postgres", url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
        : { kind: "pglite", dataDir: config.pgliteDir },
    );
  }
  return globalThis.__ocopDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
