/**
 * The search contract: one suite that every engine must pass. Each engine's test file calls
 * `describeSearchContract` with a way to build the engine on a fresh, fixture-filled database.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths } from "../app/lib/dates";
import type { Db } from "../db/client";
import { legacyPlaces, products } from "../db/schema";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-db";
import {
  ensurePlace,
  ensureProductSet,
  makeCertificate,
  makeProducer,
  makeProduct,
} from "../tests/support/factories";
import { buildSearchDocuments } from "./document";
import type { SearchEngine, SearchQuery } from "./port";

/** The day the fixtures are checked against; certificates are dated relative to it. */
export const CONTRACT_TODAY = "2026-06-15";

export type EngineFactory = (db: Db) => Promise<{
  engine: SearchEngine;
  /** Makes the engine see the database as it is now (a full sync for an index). */
  sync: (today: string) => Promise<void>;
  dispose?: () => Promise<void>;
}>;

type Fixture = Record<string, number>;

async function buildFixture(db: Db): Promise<Fixture> {
  await ensurePlace(db, {
    provinceCode: "66",
    provinceName: "Tỉnh Đắk Lắk",
    communeCode: "24121",
    communeName: "Xã Ea Kly",
  });
  await ensurePlace(db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(db, {
    provinceCode: "01",
    provinceName: "Thành phố Hà Nội",
    communeCode: "10273",
    communeName: "Xã Phú Xuyên",
  });
  const food = await ensureProductSet(db, {
    groupCode: "thuc-pham",
    setCode: "thuc-pham-tho-so-che",
  });
  const tea = await ensureProductSet(db, { groupCode: "thuc-pham", setCode: "che" });
  const drinks = await ensureProductSet(db, { groupCode: "do-uong", setCode: "ruou" });
  await db
    .insert(legacyPlaces)
    .values([
      {
        id: "old-p:vinh-phuc",
        level: "province",
        name: "Tỉnh Vĩnh Phúc",
        currentProvinceCode: "25",
      },
      {
        id: "old-d:vinh-phuc:song-lo",
        level: "district",
        name: "Huyện Sông Lô",
        parentId: "old-p:vinh-phuc",
        currentProvinceCode: "25",
      },
    ])
    .onConflictDoNothing();

  const hanoi = await makeProducer(db, {
    name: "HTX Nông nghiệp Phú Xuyên",
    provinceCode: "01",
    communeCode: "10273",
  });
  const daklak = await makeProducer(db, {
    name: "HTX Cà phê Ea Kly",
    provinceCode: "66",
    communeCode: "24121",
  });
  const songlo = await makeProducer(db, {
    name: "HTX cây trồng Sông Lô xanh",
    provinceCode: "25",
    communeCode: "08848",
  });
  const suspended = await makeProducer(db, {
    name: "HTX Tạm dừng",
    provinceCode: "01",
    communeCode: "10273",
    status: "suspended",
  });

  const recent = addMonths(CONTRACT_TODAY, -6);
  const ids: Fixture = {};
  const add = async (
    key: string,
    p: Parameters<typeof makeProduct>[1],
    cert: {
      stars: number;
      decisionDate?: string;
      status?: "active" | "revoked";
      legacyPlaceId?: string;
    } | null,
  ) => {
    const product = await makeProduct(db, p);
    if (cert) {
      await makeCertificate(db, {
        productId: product.id,
        stars: cert.stars,
        decisionDate: cert.decisionDate ?? recent,
        status: cert.status,
        legacyPlaceId: cert.legacyPlaceId,
      });
    }
    ids[key] = product.id;
  };

  await add(
    "honey",
    {
      producerId: hanoi.id,
      productSetId: food,
      nameVi: "Mật ong hoa nhãn Phú Xuyên",
      nameEn: "Phu Xuyen longan honey",
      priceVnd: 185_000,
      createdAt: new Date("2026-01-01T00:00:00Z"),
    },
    { stars: 4 },
  );
  await add(
    "rice",
    {
      producerId: hanoi.id,
      productSetId: food,
      nameVi: "Gạo tám thơm Phú Xuyên",
      nameEn: "Fragrant rice",
      priceVnd: 45_000,
      createdAt: new Date("2026-02-01T00:00:00Z"),
    },
    { stars: 3 },
  );
  await add(
    "tea",
    {
      producerId: songlo.id,
      productSetId: tea,
      nameVi: "Trà Shan Tuyết cổ thụ",
      nameEn: "Ancient Shan Tuyet tea",
      priceVnd: 350_000,
      createdAt: new Date("2026-03-01T00:00:00Z"),
    },
    { stars: 5 },
  );
  await add(
    "coffee",
    {
      producerId: daklak.id,
      productSetId: food,
      nameVi: "Cà phê Robusta rang mộc",
      nameEn: "Roasted Robusta coffee",
      priceVnd: 161_000,
      createdAt: new Date("2026-04-01T00:00:00Z"),
    },
    { stars: 4 },
  );
  await add(
    "guava",
    {
      producerId: songlo.id,
      productSetId: food,
      nameVi: "Ổi lê Sông Lô",
      nameEn: "Song Lo pear guava",
      priceVnd: 60_000,
      createdAt: new Date("2026-05-01T00:00:00Z"),
    },
    { stars: 3, legacyPlaceId: "old-d:vinh-phuc:song-lo" },
  );
  await add(
    "spirit",
    {
      producerId: daklak.id,
      productSetId: drinks,
      nameVi: "Rượu cần Ê Đê",
      nameEn: "Ede jar wine",
      priceVnd: 220_000,
      createdAt: new Date("2026-05-15T00:00:00Z"),
    },
    { stars: 4 },
  );
  // Never public, though their names match the queries below.
  await add(
    "honey2star",
    { producerId: hanoi.id, productSetId: food, nameVi: "Mật ong rừng hai sao", priceVnd: 150_000 },
    { stars: 2 },
  );
  await add(
    "honeyRevoked",
    { producerId: daklak.id, productSetId: food, nameVi: "Mật ong hoa cà phê", priceVnd: 200_000 },
    { stars: 4, status: "revoked" },
  );
  await add(
    "honeyUnlisted",
    {
      producerId: hanoi.id,
      productSetId: food,
      nameVi: "Mật ong bạc hà",
      priceVnd: 210_000,
      listingStatus: "unlisted",
    },
    { stars: 4 },
  );
  await add(
    "honeySuspended",
    {
      producerId: suspended.id,
      productSetId: food,
      nameVi: "Mật ong bạc hà núi",
      priceVnd: 210_000,
    },
    { stars: 4 },
  );
  await add(
    "honeyUncertified",
    {
      producerId: hanoi.id,
      productSetId: food,
      nameVi: "Mật ong chưa chứng nhận",
      priceVnd: 90_000,
    },
    null,
  );
  // Valid until exactly CONTRACT_TODAY: visible today, gone tomorrow.
  await add(
    "teaLastDay",
    { producerId: songlo.id, productSetId: tea, nameVi: "Chè búp Tân Cương", priceVnd: 80_000 },
    { stars: 3, decisionDate: addMonths(CONTRACT_TODAY, -36) },
  );
  return ids;
}

function query(overrides: Partial<SearchQuery>): SearchQuery {
  return {
    text: "",
    filters: {},
    facets: [],
    sort: "relevance",
    page: 1,
    pageSize: 20,
    today: CONTRACT_TODAY,
    ...overrides,
  };
}

export function describeSearchContract(label: string, factory: EngineFactory): void {
  describe(`search contract: ${label}`, () => {
    let database: TestDatabase;
    let engine: SearchEngine;
    let sync: (today: string) => Promise<void>;
    let dispose: (() => Promise<void>) | undefined;
    let ids: Fixture;
    const slugOf = new Map<number, string>();
    const idsOf = (hits: { productId: number }[]) => hits.map((h) => h.productId);

    beforeAll(async () => {
      database = await createTestDatabase();
      ids = await buildFixture(database.db);
      for (const r of await database.db
        .select({ id: products.id, slug: products.slug })
        .from(products)) {
        slugOf.set(r.id, r.slug);
      }
      const made = await factory(database.db);
      engine = made.engine;
      sync = made.sync;
      dispose = made.dispose;
      await sync(CONTRACT_TODAY);
    });

    afterAll(async () => {
      await dispose?.();
      await database?.cleanup();
    });

    it("finds products typed without diacritics, and only visible ones", async () => {
      const r = await engine.search(query({ text: "mat ong" }));
      expect(idsOf(r.hits)).toEqual([ids.honey]);
      expect(r.total).toBe(1);
      expect(r.hits[0]?.slug).toBe(slugOf.get(ids.honey!));
    });

    it("matches đ as d and finds a place: 'dak lak' finds products from Đắk Lắk", async () => {
      const r = await engine.search(query({ text: "dak lak", sort: "price-asc" }));
      expect(idsOf(r.hits)).toEqual([ids.coffee, ids.spirit]);
    });

    it("'tra shan tuyet' finds Trà Shan Tuyết", async () => {
      const r = await engine.search(query({ text: "tra shan tuyet" }));
      expect(idsOf(r.hits)).toEqual([ids.tea]);
    });

    it("still finds the rice with one typo", async () => {
      const r = await engine.search(query({ text: "gao tam thon" }));
      expect(idsOf(r.hits)).toContain(ids.rice);
      expect(idsOf(r.hits)[0]).toBe(ids.rice);
    });

    it("finds a product by the former district printed on its certificate", async () => {
      const r = await engine.search(query({ text: "huyen song lo" }));
      expect(idsOf(r.hits)).toEqual([ids.guava]);
    });

    it("finds by producer name", async () => {
      const r = await engine.search(query({ text: "HTX Cà phê Ea Kly", sort: "price-asc" }));
      expect(idsOf(r.hits)).toEqual([ids.coffee, ids.spirit]);
    });

    it("highlights the matched words of the name", async () => {
      const r = await engine.search(query({ text: "mat ong" }));
      const segments = r.hits[0]?.highlight.nameVi ?? [];
      expect(segments.map((s) => s.text).join("")).toBe("Mật ong hoa nhãn Phú Xuyên");
      expect(
        segments
          .filter((s) => s.match)
          .map((s) => s.text.trim())
          .join(" "),
      ).toBe("Mật ong");
    });

    it("filters by group, minimum stars, province and price", async () => {
      const drinks = await engine.search(query({ filters: { group: "do-uong" } }));
      expect(idsOf(drinks.hits)).toEqual([ids.spirit]);
      const fiveStar = await engine.search(query({ filters: { minStars: 5 } }));
      expect(idsOf(fiveStar.hits)).toEqual([ids.tea]);
      const phuTho = await engine.search(query({ filters: { province: "25" }, sort: "price-asc" }));
      expect(idsOf(phuTho.hits)).toEqual([ids.guava, ids.teaLastDay, ids.tea]);
      const mid = await engine.search(
        query({ filters: { priceMin: 60_000, priceMax: 185_000 }, sort: "price-asc" }),
      );
      expect(idsOf(mid.hits)).toEqual([ids.guava, ids.teaLastDay, ids.coffee, ids.honey]);
    });

    it("counts facets under the other active filters", async () => {
      const r = await engine.search(
        query({ facets: ["group", "stars", "province"], filters: { province: "66" } }),
      );
      expect(r.total).toBe(2);
      const groups = Object.fromEntries((r.facets.group ?? []).map((f) => [f.value, f.count]));
      expect(groups).toEqual({ "thuc-pham": 1, "do-uong": 1 });
      const stars = Object.fromEntries((r.facets.stars ?? []).map((f) => [f.value, f.count]));
      expect(stars).toEqual({ 3: 2, 4: 2, 5: 0 });
      // The province facet ignores the province filter itself: every visible product counts.
      const provinces = Object.fromEntries(
        (r.facets.province ?? []).map((f) => [f.value, f.count]),
      );
      expect(provinces).toEqual({ "01": 2, "25": 3, "66": 2 });
    });

    it("sorts by price, stars and newest, and pages", async () => {
      const asc = await engine.search(query({ sort: "price-asc" }));
      expect(idsOf(asc.hits)[0]).toBe(ids.rice);
      expect(idsOf(asc.hits).at(-1)).toBe(ids.tea);
      const desc = await engine.search(query({ sort: "price-desc" }));
      expect(idsOf(desc.hits)).toEqual([...idsOf(asc.hits)].reverse());
      const stars = await engine.search(query({ sort: "stars" }));
      expect(idsOf(stars.hits)[0]).toBe(ids.tea);
      const newest = await engine.search(query({ sort: "newest", pageSize: 2 }));
      expect(newest.total).toBe(7);
      const page2 = await engine.search(query({ sort: "newest", pageSize: 2, page: 2 }));
      expect(idsOf(page2.hits)).toHaveLength(2);
      expect(idsOf(page2.hits)).not.toContain(idsOf(newest.hits)[0]);
    });

    it("checks validity at query time: a certificate gone at midnight is gone without a sync", async () => {
      const today = await engine.search(query({ text: "che bup tan cuong" }));
      expect(idsOf(today.hits)).toEqual([ids.teaLastDay]);
      const tomorrow = await engine.search(
        query({ text: "che bup tan cuong", today: addDays(CONTRACT_TODAY, 1) }),
      );
      expect(idsOf(tomorrow.hits)).toEqual([]);
    });

    it("sees a renamed product after its change reaches the engine", async () => {
      await database.db
        .update(products)
        .set({ nameVi: "Ổi găng Sông Lô" })
        .where(eq(products.id, ids.guava!));
      await sync(CONTRACT_TODAY);
      const r = await engine.search(query({ text: "oi gang" }));
      expect(idsOf(r.hits)).toEqual([ids.guava]);
      const docs = await buildSearchDocuments(database.db, CONTRACT_TODAY, [ids.guava!]);
      expect(docs.documents[0]?.nameVi).toBe("Ổi găng Sông Lô");
    });

    it("suggests visible products as the shopper types", async () => {
      const s = await engine.suggest("mat o", CONTRACT_TODAY, 5);
      expect(s.map((h) => h.productId)).toEqual([ids.honey]);
    });

    it("answers a search that its filters empty with nothing, not with guesses", async () => {
      const r = await engine.search(query({ text: "mat ong", filters: { group: "do-uong" } }));
      expect(r.total).toBe(0);
      expect(r.hits).toEqual([]);
    });

    it("answers an empty result honestly", async () => {
      const r = await engine.search(query({ text: "xyzzyq" }));
      expect(r.total).toBe(0);
      expect(r.hits).toEqual([]);
    });
  });
}
