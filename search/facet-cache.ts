/**
 * Facet counts are the costly part of a search (they count every match, not one page), and
 * they do not depend on the page, the sort or the facet filters themselves. They are cached
 * per data version: every change that can alter a search document writes a search_outbox row
 * (database triggers, migration 0003), so the outbox's highest id moves whenever the answer
 * could. With "today" in the key too, a certificate that expires at midnight is counted out
 * at midnight. The cache is therefore never stale; it only saves recounting.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/client";

const MAX_ENTRIES = 500;

export type FacetCache<T> = {
  get(db: Db, key: string, compute: () => Promise<T>): Promise<T>;
  /** For tests: how many answers came from the cache. */
  hits(): number;
};

/** The data version: the newest outbox row's id (0 for an empty outbox). */
export async function searchDataVersion(db: Db): Promise<string> {
  const [row] = await queryRows<{ v: string | number | null }>(
    db,
    sql`select max(id) as v from search_outbox`,
  );
  return String(row?.v ?? 0);
}

export function createFacetCache<T>(): FacetCache<T> {
  const entries = new Map<string, T>();
  let hits = 0;
  return {
    async get(db, key, compute) {
      const fullKey = `${await searchDataVersion(db)}|${key}`;
      const cached = entries.get(fullKey);
      if (cached !== undefined) {
        hits += 1;
        // Refresh its place: the map's order is the eviction order.
        entries.delete(fullKey);
        entries.set(fullKey, cached);
        return cached;
      }
      const value = await compute();
      entries.set(fullKey, value);
      if (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return value;
    },
    hits: () => hits,
  };
}
