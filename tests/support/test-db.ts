import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import { openDatabase, type Database } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";

export type TestDatabase = Database & {
  /** Closes the connection and drops the database (server) or discards it (PGlite). */
  cleanup: () => Promise<void>;
};

/** Which database the current vitest project runs on (set per project in vitest.config.ts). */
export function testDbKind(): "pglite" | "postgres" {
  return process.env.TEST_DB_KIND === "postgres" ? "postgres" : "pglite";
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is required for the db:postgres project");
  return url;
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * server named ocop_test_<random>, dropped again by cleanup(). `migrationsFolder` migrates it
 * from another folder (a migration's test starts from the schema before it).
 */
export async function createTestDatabase(
  opts: { logger?: Logger; migrationsFolder?: string } = {},
): Promise<TestDatabase> {
  if (testDbKind() === "pglite") {
    const database = await openDatabase({ kind: "pglite" }, opts);
    await migrateDatabase(database, opts.migrationsFolder);
    return { ...database, cleanup: database.close };
  }
  const name = `ocop_test_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase({ kind: "postgres", url: serverUrl(), poolSize: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const database = await openDatabase(
    { kind: "postgres", url: withDatabaseName(serverUrl(), name), poolSize: 20 },
    opts,
  );
  await migrateDatabase(database, opts.migrationsFolder);
  return {
    ...database,
    cleanup: async () => {
      await database.close();
      const again = await openDatabase({ kind: "postgres", url: serverUrl(), poolSize: 1 });
      await again.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await again.close();
    },
  };
}

/** Counts the SQL statements a piece of code issues (for the no-N+1 checks). */
export class QueryCounter implements Logger {
  count = 0;
  queries: string[] = [];
  logQuery(query: string): void {
    this.count += 1;
    this.queries.push(query);
  }
  reset(): void {
    this.count = 0;
    this.queries = [];
  }
}
