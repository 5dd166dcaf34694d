import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../db/client";
import { certificates, products } from "../db/schema";
import { makeCertificate, makeVisibleProduct } from "../tests/support/factories";
import { createTestDatabase, testDbKind, type TestDatabase } from "../tests/support/test-db";
import type { SearchDocument } from "./document";
import { drainOutboxOnce } from "./outbox";
import type { SearchEngine } from "./port";

/**
 * A stand-in index at the engine interface (the boundary where Meilisearch would sit): it
 * records what it is sent and fails the first `failures` pushes, like a server that is down.
 */
class RecordingIndex implements SearchEngine {
  readonly name = "meilisearch" as const;
  docs = new Map<number, SearchDocument>();
  removed: number[] = [];
  pushes = 0;
  constructor(public failures = 0) {}
  async search(): Promise<never> {
    throw new Error("not used");
  }
  async suggest(): Promise<never> {
    throw new Error("not used");
  }
  async upsert(documents: SearchDocument[]) {
    this.pushes += 1;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error("index unavailable");
    }
    for (const d of documents) this.docs.set(d.id, d);
  }
  async remove(ids: number[]) {
    for (const id of ids) this.docs.delete(id);
    this.removed.push(...ids);
  }
}

async function pendingFor(db: TestDatabase["db"], productId: number) {
  return queryRows<{ attempts: number; last_error: string | null }>(
    db,
    sql`select attempts, last_error from search_outbox where product_id = ${productId} and done_at is null`,
  );
}

/** Makes every pending row due now, as if its back-off had passed. */
async function fastForward(db: TestDatabase["db"]) {
  await db.execute(sql`update search_outbox set available_at = now() where done_at is null`);
}

describe("search outbox", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it("records a change in the same transaction, and nothing when it rolls back", async () => {
    const { db } = database;
    const { product } = await makeVisibleProduct(db);
    expect((await pendingFor(db, product.id)).length).toBeGreaterThan(0);

    await drainOutboxOnce(db, new RecordingIndex());
    expect(await pendingFor(db, product.id)).toHaveLength(0);

    await expect(
      db.transaction(async (tx) => {
        await tx
          .update(products)
          .set({ nameVi: "Tên sẽ bị huỷ" })
          .where(eq(products.id, product.id));
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await pendingFor(db, product.id)).toHaveLength(0);

    await db.update(products).set({ priceVnd: 99_000 }).where(eq(products.id, product.id));
    expect(await pendingFor(db, product.id)).toHaveLength(1);
    await drainOutboxOnce(db, new RecordingIndex());
  });

  it("retries a failed push with back-off until it is applied", async () => {
    const { db } = database;
    const { product } = await makeVisibleProduct(db, { nameVi: "Mật ong thử lại" });
    const index = new RecordingIndex(2);

    const first = await drainOutboxOnce(db, index);
    expect(first.failed).toBeGreaterThan(0);
    const [row] = await pendingFor(db, product.id);
    expect(row?.attempts).toBe(1);
    expect(row?.last_error).toBe("index unavailable");
    // Backed off: not due yet, so an immediate drain claims nothing.
    expect((await drainOutboxOnce(db, index)).claimed).toBe(0);

    await fastForward(db);
    expect((await drainOutboxOnce(db, index)).failed).toBeGreaterThan(0);
    expect((await pendingFor(db, product.id))[0]?.attempts).toBe(2);

    await fastForward(db);
    const third = await drainOutboxOnce(db, index);
    expect(third.failed).toBe(0);
    expect(index.docs.get(product.id)?.nameVi).toBe("Mật ong thử lại");
    expect(await pendingFor(db, product.id)).toHaveLength(0);
  });

  it("removes a product from the index when it stops being visible", async () => {
    const { db } = database;
    const { product, certificate } = await makeVisibleProduct(db);
    const index = new RecordingIndex();
    await drainOutboxOnce(db, index);
    expect(index.docs.has(product.id)).toBe(true);

    await db
      .update(certificates)
      .set({ status: "revoked", revokedReason: "Không đạt", revokedAt: new Date() })
      .where(eq(certificates.id, certificate.id));
    await drainOutboxOnce(db, index);
    expect(index.docs.has(product.id)).toBe(false);
    expect(index.removed).toContain(product.id);

    // A renewal brings it back.
    await makeCertificate(db, { productId: product.id, stars: 3 });
    await drainOutboxOnce(db, index);
    expect(index.docs.get(product.id)?.stars).toBe(3);
  });

  it("never lets two workers process one row twice", async () => {
    const { db } = database;
    for (let i = 0; i < 30; i += 1) await makeVisibleProduct(db);
    const [pending] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from search_outbox where done_at is null`,
    );
    const due = Number(pending?.n);
    expect(due).toBeGreaterThanOrEqual(60);
    const a = new RecordingIndex();
    const b = new RecordingIndex();
    const results = await Promise.all(
      [a, b, a, b, a, b].map((index) => drainOutboxOnce(db, index, { batchSize: 15 })),
    );
    const claimed = results.flatMap((r) => r.rowIds);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBe(Math.min(due, 90));
    if (testDbKind() === "postgres") {
      // On a server the drains really ran side by side and split the rows between them.
      expect(results.filter((r) => r.claimed > 0).length).toBeGreaterThan(1);
    }
  });
});
