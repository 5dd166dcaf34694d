/**
 * The Meilisearch engine without a Meilisearch server. Pure parts are tested directly; the
 * HTTP behaviour against a node:http stand-in at the external boundary. The stand-in answers
 * with canned, documented response shapes (tasks, errors, multi-search results) and records
 * what the client sent; it never imitates Meilisearch's matching or ranking, which the
 * shared contract suite checks against a real server (search/meilisearch.db.test.ts).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type MultiSearchQuery,
} from "meilisearch";
import type { SearchDocument } from "./document";
import {
  buildIndexTime,
  buildIndexUid,
  compareIndex,
  createClient,
  createMeilisearchEngine,
  diffDocuments,
  facetCountsFrom,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  reindexSwap,
  searchRequests,
} from "./meilisearch";
import { INDEX_SETTINGS, MeiliTaskFailedError } from "./meili-settings";
import type { SearchQuery } from "./port";

const TODAY = "2026-06-15";

function query(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return {
    text: "",
    filters: {},
    facets: [],
    sort: "relevance",
    page: 1,
    pageSize: 20,
    today: TODAY,
    ...overrides,
  };
}

function doc(id: number, overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    slug: `p-${id}`,
    nameVi: `Sản phẩm ${id}`,
    nameEn: `Product ${id}`,
    descriptionVi: "",
    producerName: "HTX",
    producerSlug: "htx",
    communeName: "Xã A",
    provinceCode: "01",
    provinceName: "Thành phố Hà Nội",
    formerPlaceNames: [],
    groupCode: "thuc-pham",
    groupNameVi: "Thực phẩm",
    groupNameEn: "Food",
    setNameVi: "Mật ong",
    setNameEn: "Honey",
    priceVnd: 100_000,
    stars: 4,
    validUntil: "2027-01-01",
    validUntilDay: 20819,
    createdAt: 1_700_000_000_000,
    fairs: [],
    showrooms: [],
    ...overrides,
  };
}

// ---------------------------------------------------------------- pure parts

describe("facetCountsFrom", () => {
  it("turns exact star counts into at-least counts for 3, 4 and 5", () => {
    expect(facetCountsFrom("stars", { stars: { "3": 2, "4": 5, "5": 1 } })).toEqual({
      stars: [
        { value: 3, count: 8 },
        { value: 4, count: 6 },
        { value: 5, count: 1 },
      ],
    });
    expect(facetCountsFrom("stars", {})).toEqual({
      stars: [
        { value: 3, count: 0 },
        { value: 4, count: 0 },
        { value: 5, count: 0 },
      ],
    });
  });

  it("lists groups and provinces most common first, ties by value", () => {
    expect(facetCountsFrom("province", { provinceCode: { "66": 2, "01": 2, "25": 3 } })).toEqual({
      province: [
        { value: "25", count: 3 },
        { value: "01", count: 2 },
        { value: "66", count: 2 },
      ],
    });
    expect(facetCountsFrom("group", { groupCode: { "do-uong": 1 } })).toEqual({
      group: [{ value: "do-uong", count: 1 }],
    });
  });
});

describe("searchRequests", () => {
  it("asks for every word, the highlight tags, the page and the sort", () => {
    const { queries } = searchRequests(
      "ocop_products",
      query({ text: "mat ong", sort: "price-asc", page: 3, pageSize: 12 }),
    );
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({
      indexUid: "ocop_products",
      q: "mat ong",
      sort: ["priceVnd:asc"],
      page: 3,
      hitsPerPage: 12,
      matchingStrategy: "all",
      attributesToHighlight: ["nameVi", "nameEn"],
      highlightPreTag: HIGHLIGHT_PRE,
      highlightPostTag: HIGHLIGHT_POST,
    });
    expect(queries[0]?.filter).toEqual(["validUntilDay >= 20619", "stars >= 3"]);
  });

  it("counts a filtered facet in its own request without its own filter", () => {
    const { queries, separate, inMain } = searchRequests(
      "x",
      query({ facets: ["group", "stars", "province"], filters: { province: "66", priceMax: 500 } }),
    );
    expect(inMain).toEqual(["group", "stars"]);
    expect(separate).toEqual(["province"]);
    expect(queries[0]?.facets).toEqual(["groupCode", "stars"]);
    expect(queries[0]?.filter).toContain('provinceCode = "66"');
    expect(queries[1]).toMatchObject({ facets: ["provinceCode"], limit: 0 });
    expect(queries[1]?.filter).not.toContain('provinceCode = "66"');
    expect(queries[1]?.filter).toContain("priceVnd <= 500");
    expect(queries[1]?.filter).toContain("validUntilDay >= 20619");
  });
});

describe("build index names", () => {
  it("reads back the moment a build index was made, and nothing else", () => {
    const uid = buildIndexUid("ocop_", 1_790_000_000_000);
    expect(uid).toBe("ocop_products_1790000000000");
    expect(buildIndexTime("ocop_", uid)).toBe(1_790_000_000_000);
    expect(buildIndexTime("ocop_", "ocop_products")).toBeNull();
    expect(buildIndexTime("ocop_", "other_products_1790000000000")).toBeNull();
    expect(buildIndexTime("ocop_", "ocop_products_backup")).toBeNull();
  });
});

describe("diffDocuments", () => {
  it("reports missing, stale (with the fields) and unexpected documents, by id", () => {
    const expected = [
      doc(1),
      doc(2, { nameVi: "Mới", formerPlaceNames: ["Huyện Sông Lô"] }),
      doc(3),
    ];
    const indexed = [{ ...doc(2, { nameVi: "Cũ" }) }, { ...doc(3) }, { ...doc(9) }];
    expect(diffDocuments(expected, indexed)).toEqual([
      { id: 1, kind: "missing" },
      { id: 2, kind: "stale", fields: ["formerPlaceNames", "nameVi"] },
      { id: 9, kind: "should-not-be-there" },
    ]);
  });

  it("sees a field the index has that the document no longer has", () => {
    const indexed = [{ ...doc(1), oldField: "x" }];
    expect(diffDocuments([doc(1)], indexed)).toEqual([
      { id: 1, kind: "stale", fields: ["oldField"] },
    ]);
  });

  it("is empty when the index matches", () => {
    expect(diffDocuments([doc(1), doc(2)], [doc(2), doc(1)])).toEqual([]);
  });
});

// ---------------------------------------------------------------- HTTP stand-in

type Call = { method: string; path: string; query: URLSearchParams; body: unknown };
type Reply = { status: number; body?: unknown } | "hang";

type StandIn = { url: string; calls: Call[]; close: () => Promise<void> };
const open: StandIn[] = [];

async function standIn(handle: (call: Call) => Reply): Promise<StandIn> {
  const calls: Call[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const raw = Buffer.concat(chunks).toString("utf8");
      const call: Call = {
        method: req.method ?? "GET",
        path: url.pathname.replace(/^\/+/, ""),
        query: url.searchParams,
        body: raw ? (JSON.parse(raw) as unknown) : undefined,
      };
      calls.push(call);
      const reply = handle(call);
      if (reply === "hang") return;
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const made: StandIn = {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  open.push(made);
  return made;
}

afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

const apiError = (status: number, code: string, message: string): Reply => ({
  status,
  body: {
    message,
    code,
    type: "invalid_request",
    link: `https://docs.meilisearch.com/errors#${code}`,
  },
});

describe("createMeilisearchEngine against a stand-in", () => {
  it("gives up on a server that never answers, with the client's timeout error", async () => {
    const server = await standIn(() => "hang");
    const engine = createMeilisearchEngine({ url: server.url, indexPrefix: "t_", timeoutMs: 50 });
    const error = await engine.search(query({ text: "mat ong" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect((error as MeilisearchRequestError).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
  });

  it("surfaces an API error as the typed error with its code", async () => {
    const server = await standIn(() =>
      apiError(400, "invalid_search_filter", "Attribute `stars` is not filterable."),
    );
    const engine = createMeilisearchEngine({
      url: server.url,
      apiKey: "k3y",
      indexPrefix: "t_",
      timeoutMs: 1000,
    });
    const error = await engine.search(query()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchApiError);
    expect((error as MeilisearchApiError).cause?.code).toBe("invalid_search_filter");
    expect(server.calls[0]?.path).toBe("multi-search");
  });

  it("sends one multi-search and maps hits, highlights, total and facets", async () => {
    const server = await standIn((call) => {
      if (call.path !== "multi-search") return apiError(404, "not_found", call.path);
      return {
        status: 200,
        body: {
          results: [
            {
              indexUid: "t_products",
              hits: [
                {
                  id: 7,
                  slug: "mat-ong-hoa-nhan",
                  nameVi: "Mật ong hoa nhãn",
                  nameEn: "Longan honey",
                  _formatted: {
                    id: "7",
                    slug: "mat-ong-hoa-nhan",
                    nameVi: `${HIGHLIGHT_PRE}Mật${HIGHLIGHT_POST} ${HIGHLIGHT_PRE}ong${HIGHLIGHT_POST} hoa nhãn`,
                    nameEn: "Longan honey",
                  },
                },
              ],
              query: "mat ong",
              processingTimeMs: 1,
              hitsPerPage: 20,
              page: 1,
              totalPages: 1,
              totalHits: 1,
              facetDistribution: { groupCode: { "thuc-pham": 1 }, stars: { "4": 1 } },
            },
            {
              indexUid: "t_products",
              hits: [],
              query: "mat ong",
              processingTimeMs: 1,
              limit: 0,
              offset: 0,
              estimatedTotalHits: 3,
              facetDistribution: { provinceCode: { "01": 1, "66": 2 } },
            },
          ],
        },
      };
    });
    const engine = createMeilisearchEngine({ url: server.url, indexPrefix: "t_", timeoutMs: 1000 });
    const result = await engine.search(
      query({
        text: "mat ong",
        facets: ["group", "stars", "province"],
        filters: { province: "01" },
      }),
    );
    expect(server.calls).toHaveLength(1);
    const sent = server.calls[0]?.body as { queries: MultiSearchQuery[] };
    expect(sent.queries.map((q) => q.facets)).toEqual([["groupCode", "stars"], ["provinceCode"]]);
    expect(result).toEqual({
      engine: "meilisearch",
      total: 1,
      hits: [
        {
          productId: 7,
          slug: "mat-ong-hoa-nhan",
          highlight: {
            nameVi: [
              { text: "Mật", match: true },
              { text: " ", match: false },
              { text: "ong", match: true },
              { text: " hoa nhãn", match: false },
            ],
            nameEn: [{ text: "Longan honey", match: false }],
          },
        },
      ],
      facets: {
        group: [{ value: "thuc-pham", count: 1 }],
        stars: [
          { value: 3, count: 1 },
          { value: 4, count: 1 },
          { value: 5, count: 0 },
        ],
        province: [
          { value: "66", count: 2 },
          { value: "01", count: 1 },
        ],
      },
    });
  });
});

/**
 * A stand-in for Meilisearch's index and task endpoints: it keeps which indexes exist and
 * answers each write with a task that succeeded (or failed, when told to). No search.
 */
async function taskStandIn(
  opts: {
    existing?: string[];
    failDocumentsOf?: string;
    documents?: Record<string, unknown>[];
  } = {},
) {
  const indexes = new Set(opts.existing ?? []);
  const tasks = new Map<number, { status: "succeeded" | "failed"; error: unknown }>();
  let next = 1;
  const task = (
    indexUid: string | null,
    type: string,
    fail?: { code: string; message: string },
  ): Reply => {
    const taskUid = next++;
    tasks.set(taskUid, {
      status: fail ? "failed" : "succeeded",
      error: fail ? { ...fail, type: "invalid_request", link: "" } : null,
    });
    return {
      status: 202,
      body: { taskUid, indexUid, status: "enqueued", type, enqueuedAt: "2026-06-15T00:00:00Z" },
    };
  };
  const server = await standIn((call) => {
    const m = /^indexes\/([^/]+)(?:\/(.*))?$/.exec(call.path);
    const uid = m?.[1];
    const rest = m?.[2];
    if (call.method === "GET" && call.path.startsWith("tasks/")) {
      const id = Number(call.path.slice("tasks/".length));
      const t = tasks.get(id);
      return t
        ? { status: 200, body: { uid: id, ...t, type: "x", indexUid: null } }
        : apiError(404, "task_not_found", "");
    }
    if (call.method === "POST" && call.path === "indexes") {
      const created = (call.body as { uid: string }).uid;
      if (indexes.has(created))
        return task(created, "indexCreation", { code: "index_already_exists", message: "exists" });
      indexes.add(created);
      return task(created, "indexCreation");
    }
    if (call.method === "GET" && call.path === "indexes") {
      return {
        status: 200,
        body: {
          results: [...indexes].map((u) => ({
            uid: u,
            primaryKey: "id",
            createdAt: "",
            updatedAt: "",
          })),
          offset: 0,
          limit: 1000,
          total: indexes.size,
        },
      };
    }
    if (call.method === "POST" && call.path === "swap-indexes") return task(null, "indexSwap");
    if (uid && !indexes.has(uid))
      return apiError(404, "index_not_found", `Index \`${uid}\` not found.`);
    if (uid && call.method === "GET" && rest === undefined) {
      return { status: 200, body: { uid, primaryKey: "id", createdAt: "", updatedAt: "" } };
    }
    if (uid && call.method === "DELETE" && rest === undefined) {
      indexes.delete(uid);
      return task(uid, "indexDeletion");
    }
    if (uid && call.method === "GET" && rest === "settings") return { status: 200, body: {} };
    if (uid && call.method === "PATCH" && rest === "settings") return task(uid, "settingsUpdate");
    if (uid && call.method === "POST" && rest === "documents") {
      return uid === opts.failDocumentsOf
        ? task(uid, "documentAdditionOrUpdate", { code: "invalid_document_id", message: "bad id" })
        : task(uid, "documentAdditionOrUpdate");
    }
    if (uid && call.method === "POST" && rest === "documents/delete-batch")
      return task(uid, "documentDeletion");
    if (uid && call.method === "GET" && rest === "documents") {
      const all = opts.documents ?? [];
      const offset = Number(call.query.get("offset") ?? 0);
      const limit = Number(call.query.get("limit") ?? 20);
      return {
        status: 200,
        body: { results: all.slice(offset, offset + limit), offset, limit, total: all.length },
      };
    }
    return apiError(404, "not_found", `${call.method} ${call.path}`);
  });
  return { server, indexes };
}

const writes = (calls: Call[]) =>
  calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.path}`);

describe("writes against a stand-in", () => {
  it("upsert creates a missing index with its settings once, then writes the documents", async () => {
    const { server, indexes } = await taskStandIn();
    const engine = createMeilisearchEngine({ url: server.url, indexPrefix: "t_", timeoutMs: 1000 });
    await engine.upsert([doc(1), doc(2)]);
    await engine.upsert([doc(3)]);
    expect(indexes.has("t_products")).toBe(true);
    expect(writes(server.calls)).toEqual([
      "POST indexes",
      "PATCH indexes/t_products/settings",
      "POST indexes/t_products/documents",
      "POST indexes/t_products/documents",
    ]);
    const settings = server.calls.find((c) => c.method === "PATCH")?.body;
    expect(settings).toEqual(JSON.parse(JSON.stringify(INDEX_SETTINGS)));
    const posted = server.calls.filter((c) => c.path === "indexes/t_products/documents");
    expect((posted[0]?.body as SearchDocument[]).map((d) => d.id)).toEqual([1, 2]);
    expect(posted[0]?.query.get("primaryKey")).toBe("id");
  });

  it("remove deletes by id, and a failed task rejects", async () => {
    const { server } = await taskStandIn({
      existing: ["t_products"],
      failDocumentsOf: "t_products",
    });
    const engine = createMeilisearchEngine({ url: server.url, indexPrefix: "t_", timeoutMs: 1000 });
    await engine.remove([4, 5]);
    expect(server.calls.find((c) => c.path.endsWith("delete-batch"))?.body).toEqual([4, 5]);
    await expect(engine.upsert([doc(1)])).rejects.toBeInstanceOf(MeiliTaskFailedError);
  });

  it("does nothing for empty writes", async () => {
    const { server } = await taskStandIn();
    const engine = createMeilisearchEngine({ url: server.url, indexPrefix: "t_", timeoutMs: 1000 });
    await engine.upsert([]);
    await engine.remove([]);
    expect(server.calls).toEqual([]);
  });
});

describe("reindexSwap against a stand-in", () => {
  const NOW = 1_790_000_000_000;

  it("builds beside the live index, swaps, and drops the old content and old leftovers", async () => {
    const leftover = buildIndexUid("t_", NOW - 2 * 86_400_000);
    const recent = buildIndexUid("t_", NOW - 60_000);
    const { server, indexes } = await taskStandIn({ existing: ["t_products", leftover, recent] });
    const client = createClient(server.url, undefined, 1000);
    const result = await reindexSwap(client, "t_", [doc(1), doc(2), doc(3)], {
      batchSize: 2,
      now: NOW,
    });
    const fresh = buildIndexUid("t_", NOW);
    expect(writes(server.calls)).toEqual([
      "POST indexes",
      `PATCH indexes/${fresh}/settings`,
      `POST indexes/${fresh}/documents`,
      `POST indexes/${fresh}/documents`,
      "POST swap-indexes",
      `DELETE indexes/${fresh}`,
      `DELETE indexes/${leftover}`,
    ]);
    expect(server.calls[0]?.body).toEqual({ uid: fresh, primaryKey: "id" });
    expect(server.calls.find((c) => c.path === "swap-indexes")?.body).toEqual([
      { indexes: ["t_products", fresh], rename: false },
    ]);
    expect(result).toEqual({ indexUid: "t_products", documents: 3, removedLeftovers: [leftover] });
    // A build that may still be running elsewhere is left alone.
    expect([...indexes].sort()).toEqual(["t_products", recent].sort());
  });

  it("creates the live index first when there is none, so the swap has two sides", async () => {
    const { server, indexes } = await taskStandIn();
    await reindexSwap(createClient(server.url, undefined, 1000), "t_", [doc(1)], { now: NOW });
    const creations = server.calls.filter((c) => c.method === "POST" && c.path === "indexes");
    expect(creations.map((c) => (c.body as { uid: string }).uid)).toEqual([
      buildIndexUid("t_", NOW),
      "t_products",
    ]);
    expect([...indexes]).toEqual(["t_products"]);
  });

  it("leaves the live index untouched and removes its build when writing fails", async () => {
    const fresh = buildIndexUid("t_", NOW);
    const { server, indexes } = await taskStandIn({
      existing: ["t_products"],
      failDocumentsOf: fresh,
    });
    await expect(
      reindexSwap(createClient(server.url, undefined, 1000), "t_", [doc(1)], { now: NOW }),
    ).rejects.toThrow(/invalid|bad id/);
    expect(server.calls.some((c) => c.path === "swap-indexes")).toBe(false);
    expect([...indexes]).toEqual(["t_products"]);
  });
});

describe("compareIndex against a stand-in", () => {
  it("pages through every indexed document", async () => {
    const indexed = [1, 2, 3, 4, 5].map((id) => doc(id));
    const { server } = await taskStandIn({ existing: ["t_products"], documents: indexed });
    const client = createClient(server.url, undefined, 1000);
    const expected = [doc(1), doc(2, { priceVnd: 1 }), doc(3), doc(4), doc(6)];
    expect(await compareIndex(client, "t_", expected, { pageSize: 2 })).toEqual([
      { id: 2, kind: "stale", fields: ["priceVnd"] },
      { id: 5, kind: "should-not-be-there" },
      { id: 6, kind: "missing" },
    ]);
    expect(server.calls.filter((c) => c.path === "indexes/t_products/documents")).toHaveLength(3);
  });

  it("reports every document missing when there is no index", async () => {
    const { server } = await taskStandIn();
    const client = createClient(server.url, undefined, 1000);
    expect(await compareIndex(client, "t_", [doc(1)])).toEqual([{ id: 1, kind: "missing" }]);
  });
});
