/**
 * The search routes' loaders on a test database: suggestions, the /search redirect, and
 * /readyz reporting a degraded engine while Meilisearch fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as suggestLoader } from "../../app/routes/api.suggest";
import { loader as readyLoader } from "../../app/routes/readyz";
import { loader as searchLoader } from "../../app/routes/search";
import type { SearchEngine } from "../../search/port";
import { createSearchService } from "../../search/service";
import { makeVisibleProduct } from "../support/factories";
import { args as routeArgs, get } from "../support/route-call";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await makeVisibleProduct(t.db, { slug: "mat-ong-goi-y", nameVi: "Mật ong gợi ý" });
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  globalThis.__ocopSearch = undefined;
  await t.cleanup();
});

const args = (path: string) => routeArgs(get(path));

/** A Meilisearch that refuses connections: a stand-in at the engine interface. */
const downEngine: SearchEngine = {
  name: "meilisearch",
  search: () => Promise.reject(new Error("connect ECONNREFUSED")),
  suggest: () => Promise.reject(new Error("connect ECONNREFUSED")),
  upsert: async () => {},
  remove: async () => {},
};

describe("search routes", () => {
  it("suggests visible products with highlighted names, and nothing for one letter", async () => {
    globalThis.__ocopSearch = Promise.resolve(createSearchService(t.db));
    const r = await suggestLoader(args("/api/suggest?q=mat%20o"));
    const body = (await r.json()) as { suggestions: { slug: string; nameVi: unknown[] }[] };
    expect(body.suggestions.map((s) => s.slug)).toEqual(["mat-ong-goi-y"]);
    expect(body.suggestions[0]?.nameVi).toContainEqual({ text: "Mật", match: true });
    const short = await suggestLoader(args("/api/suggest?q=m"));
    expect(await short.json()).toEqual({ suggestions: [] });
  });

  it("/search redirects to the catalogue with the query", () => {
    const r = searchLoader(args("/search?q=mat%20ong&stars=4&evil=1"));
    expect(r.status).toBe(301);
    expect(r.headers.get("Location")).toBe("/products?q=mat+ong&stars=4");
  });

  it("/readyz says which engine answers, and degraded while Meilisearch fails", async () => {
    const service = createSearchService(t.db, { primary: downEngine, log: { warn: () => {} } });
    globalThis.__ocopSearch = Promise.resolve(service);
    const before = await (await readyLoader()).json();
    expect(before).toMatchObject({
      status: "ready",
      search: { primary: "meilisearch", answering: "meilisearch" },
    });
    // A search while Meilisearch is down is still answered, by the embedded engine.
    const r = await suggestLoader(args("/api/suggest?q=mat%20ong"));
    expect(((await r.json()) as { suggestions: unknown[] }).suggestions).toHaveLength(1);
    const after = await readyLoader();
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({
      status: "degraded",
      search: { primary: "meilisearch", answering: "embedded" },
    });
  });
});
