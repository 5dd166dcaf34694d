import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { products } from "../db/schema";
import { makeVisibleProduct } from "../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-db";
import { createFacetCache, searchDataVersion } from "./facet-cache";

describe("facet cache", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it("recounts only after a change that can alter search documents", async () => {
    const { db } = database;
    const { product } = await makeVisibleProduct(db);
    const cache = createFacetCache<number>();
    let computed = 0;
    const compute = async () => ++computed;

    expect(await cache.get(db, "k", compute)).toBe(1);
    expect(await cache.get(db, "k", compute)).toBe(1);
    expect(cache.hits()).toBe(1);
    expect(await cache.get(db, "other", compute)).toBe(2);

    const before = await searchDataVersion(db);
    // Stock is not part of a search document: no new version, still cached.
    await db.update(products).set({ stock: 3 }).where(eq(products.id, product.id));
    expect(await searchDataVersion(db)).toBe(before);
    expect(await cache.get(db, "k", compute)).toBe(1);

    // A rename is: the version moves and the next answer is recounted.
    await db.update(products).set({ nameVi: "Tên mới" }).where(eq(products.id, product.id));
    expect(await searchDataVersion(db)).not.toBe(before);
    expect(await cache.get(db, "k", compute)).toBe(3);
  });
});
