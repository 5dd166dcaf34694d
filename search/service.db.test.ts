import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInVietnam } from "../app/lib/dates";
import { makeVisibleProduct } from "../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-db";
import type { SearchEngine, SearchQuery } from "./port";
import { createSearchService } from "./service";

/** Stand-ins for a Meilisearch server at the engine interface: one that errors, one that hangs. */
function brokenEngine(mode: "error" | "hang"): SearchEngine {
  const fail = () =>
    mode === "error"
      ? Promise.reject(new Error("connect ECONNREFUSED"))
      : new Promise<never>(() => {});
  return {
    name: "meilisearch",
    search: fail,
    suggest: fail,
    upsert: async () => {},
    remove: async () => {},
  };
}

const query = (text: string): SearchQuery => ({
  text,
  filters: {},
  facets: ["group"],
  sort: "relevance",
  page: 1,
  pageSize: 10,
  today: todayInVietnam(),
});

describe("search service", () => {
  let database: TestDatabase;
  let productId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    productId = (await makeVisibleProduct(database.db, { nameVi: "Mật ong hoa nhãn" })).product.id;
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it("answers with the embedded engine when nothing else is configured", async () => {
    const service = createSearchService(database.db);
    const r = await service.search(query("mat ong"));
    expect(r.engine).toBe("embedded");
    expect(r.hits.map((h) => h.productId)).toEqual([productId]);
    expect(service.status()).toEqual({ primary: "embedded", degraded: false });
  });

  for (const mode of ["error", "hang"] as const) {
    it(`falls back to the embedded engine when Meilisearch ${mode === "error" ? "errors" : "does not answer"}`, async () => {
      const warnings: string[] = [];
      const service = createSearchService(database.db, {
        primary: brokenEngine(mode),
        timeoutMs: 50,
        log: { warn: (m: string) => warnings.push(m) },
      });
      expect(service.status().degraded).toBe(false);
      const r = await service.search(query("mat ong"));
      expect(r.engine).toBe("embedded");
      expect(r.hits.map((h) => h.productId)).toEqual([productId]);
      const s = await service.suggest("mat", todayInVietnam(), 5);
      expect(s.map((h) => h.productId)).toEqual([productId]);
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toMatch(/meilisearch failed on search/);
      expect(service.status()).toEqual({ primary: "meilisearch", degraded: true });
    });
  }
});
