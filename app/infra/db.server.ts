import { sql } from "drizzle-orm";
import { openDatabase, type Database, type Db } from "../../db/client";
import { databaseTarget, getConfig } from "./config.server";

declare global {
  // Survives module reloads in development so PGlite's data folder is opened once.
  var __ocopDatabase: Promise<Database> | undefined;
}

/** The app's database, opened once per process from the validated configuration. */
export function getDatabase(): Promise<Database> {
  if (!globalThis.__ocopDatabase) {
    const config = getConfig();
    globalThis.__ocopDatabase = openDatabase(databaseTarget(config));
  }
  return globalThis.__ocopDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Readiness: one round trip to the database; answers its kind ("pglite" or "postgres"). */
export async function pingDatabase(): Promise<Database["kind"]> {
  const database = await getDatabase();
  await database.db.execute(sql`select 1`);
  return database.kind;
}
