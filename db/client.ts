import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type the domain code sees; whether it is PGlite or a server is hidden. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir?: string };

export type Database = {
  db: Db;
  kind: DatabaseTarget["kind"];
  close: () => Promise<void>;
};

export type OpenOptions = { logger?: Logger };

export async function openDatabase(target: DatabaseTarget, opts: OpenOptions = {}): Promise<Database> {
  if (target.kind === "postgres") {
    const client = postgres(target.url, {
      max: target.poolSize ?? 10,
      onnotice: () => {},
      // Dates stay strings ("YYYY-MM-DD"): a calendar date has no time zone to shift.
      types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
    });
    const db: Db = drizzlePostgres(client, { schema, logger: opts.logger });
    return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: target.dataDir,
    extensions: { pg_trgm, unaccent },
  });
  const db: Db = drizzlePglite(client, { schema, logger: opts.logger });
  return { db, kind: "pglite", close: () => client.close() };
}

/**
 * Runs raw SQL and returns its rows on either driver (PGlite answers `{ rows }`,
 * postgres.js answers an array). Prefer the query builder; use this for SQL it cannot say.
 */
export async function queryRows<T extends Record<string, unknown>>(
  db: Db,
  query: SQL,
): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  if (result && typeof result === "object" && "rows" in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  throw new Error("Unexpected result shape from db.execute");
}
