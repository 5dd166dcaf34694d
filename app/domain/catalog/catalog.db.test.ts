import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificates, legacyPlaces, products, type ProductImage } from "../../../db/schema";
import {
  ensurePlace,
  ensureProductSet,
  makeCertificate,
  makeProducer,
  makeProduct,
} from "../../../tests/support/factories";
import {
  createTestDatabase,
  QueryCounter,
  type TestDatabase,
} from "../../../tests/support/test-db";
import { addDays, addMonths } from "../../lib/dates";
import {
  CATALOG_PAGE_SIZE,
  CATALOG_SORTS,
  getProductPage,
  listCatalog,
  parseCatalogParams,
  type CatalogParams,
  type CatalogSort,
} from "./catalog.server";

const TODAY = "2026-03-15";
const BASE_TIME = Date.parse("2025-01-01T00:00:00Z");

const PROVINCES = [
  { code: "01", name: "Thành phố Hà Nội", short: "Hà Nội", commune: "00004" },
  { code: "15", name: "Tỉnh Lào Cai", short: "Lào Cai", commune: "04000" },
  { code: "66", name: "Tỉnh Đắk Lắk", short: "Đắk Lắk", commune: "24000" },
  { code: "92", name: "Thành phố Cần Thơ", short: "Cần Thơ", commune: "31000" },
] as const;
const GROUPS = ["thuc-pham", "do-uong", "thu-cong-my-nghe"] as const;

/** What the test itself knows about each fixture product, to compute expectations from. */
type Fixture = {
  id: number;
  slug: string;
  groupCode: string;
  provinceCode: string;
  provinceName: string;
  producerName: string;
  stars: number | null;
  validUntil: string | null;
  priceVnd: number;
  createdAt: number;
  visible: boolean;
};

let t: TestDatabase;
const counter = new QueryCounter();
const fixtures: Fixture[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
  for (const p of PROVINCES) {
    await ensurePlace(t.db, {
      provinceCode: p.code,
      provinceName: p.name,
      communeCode: p.commune,
      communeName: `Xã Thử ${p.code}`,
    });
  }
  const setIds = new Map<string, number>();
  for (const g of GROUPS)
    setIds.set(g, await ensureProductSet(t.db, { groupCode: g, setCode: `${g}-bo-1` }));
  // The same group code under the older scheme: the catalogue filters by code across schemes.
  const oldSchemeSet = await ensureProductSet(t.db, {
    legalBasisCode: "2019",
    groupCode: "thuc-pham",
    setCode: "thuc-pham-2019",
  });

  const producersByProvince = new Map<string, { id: number; name: string }>();
  for (const p of PROVINCES) {
    const producer = await makeProducer(t.db, { provinceCode: p.code, communeCode: p.commune });
    producersByProvince.set(p.code, { id: producer.id, name: producer.name });
  }
  const suspended = await makeProducer(t.db, {
    provinceCode: "01",
    communeCode: "00004",
    status: "suspended",
  });

  const starCycle = [3, 4, 5, 1, 3, 4, 2, 5] as const;
  for (let i = 0; i < 62; i++) {
    // Cycles of 3, 8 and 9 so every group, province and star count meet each other; the last
    // two products are the only ones of a fourth province (a page of exactly two cards).
    const small = i >= 60;
    const province = small ? PROVINCES[3] : PROVINCES[(i + Math.floor(i / 9)) % 3]!;
    const groupCode = small ? "do-uong" : GROUPS[Math.floor(i / 3) % 3]!;
    const stars = small ? 4 : starCycle[i % starCycle.length]!;
    const useOldScheme = i === 5;
    const setId = useOldScheme ? oldSchemeSet : setIds.get(groupCode)!;
    const isSuspended = i === 13;
    const producer = isSuspended
      ? { id: suspended.id, name: suspended.name }
      : producersByProvince.get(province.code)!;
    const listingStatus = i % 17 === 4 ? "unlisted" : "listed";
    // Pairs share a creation time and some prices repeat, so the id tie-break is exercised.
    const createdAt = BASE_TIME + Math.floor(i / 2) * 3_600_000;
    const priceVnd = 50_000 + ((i * 5) % 7) * 10_000;
    const product = await makeProduct(t.db, {
      producerId: producer.id,
      productSetId: setId,
      priceVnd,
      listingStatus,
      createdAt: new Date(createdAt),
      slug: `sp-${i}`,
    });
    let certStars: number | null = stars;
    let validUntil: string | null;
    if (i === 22) {
      certStars = null; // never certified
      validUntil = null;
    } else if (i === 23) {
      // Revoked: no active certificate left.
      await makeCertificate(t.db, {
        productId: product.id,
        stars: 4,
        status: "revoked",
        decisionDate: "2025-05-01",
      });
      certStars = null;
      validUntil = null;
    } else {
      const expired = i === 31;
      const atEdge = i === 40;
      const decisionDate = expired
        ? addMonths(addDays(TODAY, -1), -36)
        : atEdge
          ? addMonths(TODAY, -36)
          : addDays("2025-06-01", i);
      await makeCertificate(t.db, { productId: product.id, stars, decisionDate });
      validUntil = addMonths(decisionDate, 36);
    }
    fixtures.push({
      id: product.id,
      slug: product.slug,
      groupCode: useOldScheme ? "thuc-pham" : groupCode,
      provinceCode: isSuspended ? "01" : province.code,
      provinceName: isSuspended ? "Hà Nội" : province.short,
      producerName: producer.name,
      stars: certStars,
      validUntil,
      priceVnd,
      createdAt,
      visible:
        listingStatus === "listed" &&
        !isSuspended &&
        certStars !== null &&
        certStars >= 3 &&
        validUntil !== null &&
        validUntil >= TODAY,
    });
  }
  const image: ProductImage = { src: "/art/sp-0.svg", altVi: "Ảnh sp 0", altEn: "Picture sp 0" };
  await t.db
    .update(products)
    .set({ images: [image] })
    .where(eq(products.slug, "sp-0"));
});

afterAll(async () => {
  await t.cleanup();
});

function compare(sort: CatalogSort) {
  return (a: Fixture, b: Fixture): number => {
    switch (sort) {
      case "newest":
        return b.createdAt - a.createdAt || b.id - a.id;
      case "price-asc":
        return a.priceVnd - b.priceVnd || a.id - b.id;
      case "price-desc":
        return b.priceVnd - a.priceVnd || b.id - a.id;
      case "stars":
        return (b.stars ?? 0) - (a.stars ?? 0) || b.createdAt - a.createdAt || b.id - a.id;
    }
  };
}

function expectFor(params: CatalogParams) {
  const visible = fixtures.filter((f) => f.visible);
  const g = (f: Fixture) => !params.group || f.groupCode === params.group;
  const s = (f: Fixture) => !params.stars || (f.stars ?? 0) >= params.stars;
  const p = (f: Fixture) => !params.province || f.provinceCode === params.province;
  const matching = visible
    .filter((f) => g(f) && s(f) && p(f))
    .sort(compare(params.sort === "relevance" ? "newest" : params.sort));
  const provinces = PROVINCES.map((pr) => ({
    code: pr.code,
    name: pr.short,
    count: visible.filter((f) => g(f) && s(f) && f.provinceCode === pr.code).length,
  }))
    .filter(
      (pr) =>
        pr.count > 0 ||
        (pr.code === params.province && visible.some((f) => f.provinceCode === pr.code)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  return {
    ids: matching.map((f) => f.id),
    total: matching.length,
    facets: {
      groups: GROUPS.map((code) => ({
        code,
        nameVi: code,
        nameEn: code,
        count: visible.filter((f) => f.groupCode === code && s(f) && p(f)).length,
      })),
      stars: [3, 4, 5].map((n) => ({
        stars: n,
        count: visible.filter((f) => g(f) && p(f) && (f.stars ?? 0) >= n).length,
      })),
      provinces,
    },
  };
}

describe("listCatalog", () => {
  it("has a fixture big enough to paginate, with hidden products among it", () => {
    const visible = fixtures.filter((f) => f.visible).length;
    expect(visible).toBeGreaterThan(CATALOG_PAGE_SIZE);
    expect(fixtures.length - visible).toBeGreaterThan(10);
  });

  it("matches an independent filter + sort for every combination, with facets and pages", async () => {
    let combinations = 0;
    for (const group of [undefined, ...GROUPS, "khong-co-nganh"]) {
      for (const stars of [undefined, 3, 4, 5] as const) {
        for (const province of [undefined, ...PROVINCES.map((p) => p.code), "99"]) {
          for (const sort of CATALOG_SORTS) {
            combinations += 1;
            const params: CatalogParams = { group, stars, province, sort, page: 1 };
            const expected = expectFor(params);
            const label = JSON.stringify(params);
            const first = await listCatalog(t.db, params, TODAY);
            expect(first.total, label).toBe(expected.total);
            expect(first.pageCount, label).toBe(
              Math.max(1, Math.ceil(expected.total / CATALOG_PAGE_SIZE)),
            );
            expect(
              first.items.map((i) => i.id),
              label,
            ).toEqual(expected.ids.slice(0, CATALOG_PAGE_SIZE));
            expect(first.facets, label).toEqual(expected.facets);

            if (first.pageCount > 1) {
              const second = await listCatalog(t.db, { ...params, page: 2 }, TODAY);
              expect(
                second.items.map((i) => i.id),
                label,
              ).toEqual(expected.ids.slice(CATALOG_PAGE_SIZE, 2 * CATALOG_PAGE_SIZE));
              expect(second.total, label).toBe(expected.total);
            }
            const beyond = await listCatalog(t.db, { ...params, page: first.pageCount + 1 }, TODAY);
            expect(beyond.items, label).toEqual([]);
            expect(beyond.total, label).toBe(expected.total);
            expect(beyond.page, label).toBe(first.pageCount + 1);
          }
        }
      }
    }
    expect(combinations).toBe(5 * 4 * 6 * 4);
  });

  it("fills every card field from the product, its certificate, producer and province", async () => {
    const result = await listCatalog(t.db, { sort: "newest", page: 1, province: "01" }, TODAY);
    const expected = fixtures.find((f) => f.slug === "sp-0")!;
    expect(expected.visible).toBe(true);
    const pageTwo = await listCatalog(t.db, { sort: "newest", page: 2, province: "01" }, TODAY);
    const card = [...result.items, ...pageTwo.items].find((c) => c.slug === "sp-0");
    expect(card).toEqual({
      id: expected.id,
      slug: "sp-0",
      nameVi: expect.any(String),
      nameEn: expect.any(String),
      priceVnd: expected.priceVnd,
      unitVi: "Hộp 500 g",
      unitEn: "500 g box",
      stock: 10,
      image: { src: "/art/sp-0.svg", altVi: "Ảnh sp 0", altEn: "Picture sp 0" },
      stars: expected.stars,
      validUntil: expected.validUntil,
      producerName: expected.producerName,
      producerSlug: expect.stringMatching(/^htx-thu-nghiem-/),
      provinceCode: "01",
      provinceName: "Hà Nội",
    });
    const noImage = result.items.find((c) => c.slug !== "sp-0");
    expect(noImage?.image).toBeNull();
  });

  it("issues a fixed number of queries for a full page and for two items", async () => {
    // Rewriting a name with itself records a change, so the counts below start uncached.
    const [first] = await t.db
      .select({ id: products.id, nameVi: products.nameVi })
      .from(products)
      .limit(1);
    if (!first) throw new Error("fixture missing");
    await t.db.update(products).set({ nameVi: first.nameVi }).where(eq(products.id, first.id));
    counter.reset();
    const full = await listCatalog(t.db, { sort: "newest", page: 1 }, TODAY);
    const fullQueries = counter.count;
    expect(full.items).toHaveLength(CATALOG_PAGE_SIZE);

    const twoParams = parseCatalogParams(new URLSearchParams("province=92"));
    expect(expectFor(twoParams).total).toBe(2);
    counter.reset();
    const two = await listCatalog(t.db, twoParams, TODAY);
    expect(two.items).toHaveLength(2);
    // Cold: version, page, counts, group names. Warm (same data, same day): the counts are cached.
    expect(fullQueries).toBe(4);
    expect(counter.count).toBe(3);
    expect(two.total).toBe(2);
  });
});

describe("a chosen province with nothing to show", () => {
  it("is still named in the facets, with a count of 0", async () => {
    await ensurePlace(t.db, {
      provinceCode: "04",
      provinceName: "Tỉnh Cao Bằng",
      communeCode: "01273",
      communeName: "Xã Hòa An",
    });
    const r = await listCatalog(
      t.db,
      parseCatalogParams(new URLSearchParams("province=04")),
      TODAY,
    );
    expect(r.total).toBe(0);
    expect(r.facets.provinces).toContainEqual({ code: "04", name: "Cao Bằng", count: 0 });
  });
});

describe("getProductPage", () => {
  it("answers a visible product with its certificate, places, group and history in one query", async () => {
    const producer = await makeProducer(t.db, {
      provinceCode: "66",
      communeCode: "24000",
      legalForm: "household",
    });
    const product = await makeProduct(t.db, {
      producerId: producer.id,
      slug: "ca-phe-thu",
      nameVi: "Cà phê thử",
    });
    const old = await makeCertificate(t.db, {
      productId: product.id,
      stars: 3,
      status: "superseded",
      decisionDate: "2022-01-10",
      legalBasisCode: "2019",
    });
    const current = await makeCertificate(t.db, {
      productId: product.id,
      stars: 4,
      score: 75,
      decisionDate: "2025-02-20",
    });
    await t.db.insert(legacyPlaces).values([
      { id: "tinh-dak-lak", level: "province", name: "Tỉnh Đắk Lắk" },
      {
        id: "huyen-krong-pac",
        level: "district",
        name: "Huyện Krông Pắc",
        parentId: "tinh-dak-lak",
      },
      { id: "xa-ea-kly", level: "commune", name: "Xã Ea Kly", parentId: "huyen-krong-pac" },
    ]);
    await t.db
      .update(certificates)
      .set({
        legacyPlaceId: "xa-ea-kly",
        addressPrinted: "Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk",
      })
      .where(eq(certificates.id, current.id));

    counter.reset();
    const page = await getProductPage(t.db, "ca-phe-thu", TODAY);
    expect(counter.count).toBe(1);
    if (page.kind !== "visible") throw new Error(`expected visible, got ${page.kind}`);
    expect(page.product).toMatchObject({
      id: product.id,
      nameVi: "Cà phê thử",
      priceVnd: 120_000,
      images: [],
    });
    expect(page.certificate).toMatchObject({
      id: current.id,
      stars: 4,
      score: 75,
      decisionDate: "2025-02-20",
      validUntil: "2028-02-20",
      issuingLevel: "province",
      addressPrinted: "Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk",
    });
    expect(page.legalBasis).toEqual({ code: "2023", nameVi: "Căn cứ 2023", nameEn: "Basis 2023" });
    expect(page.producer).toMatchObject({ slug: producer.slug, legalForm: "household" });
    expect(page.commune).toEqual({ code: "24000", name: "Xã Thử 66" });
    expect(page.province).toEqual({ code: "66", name: "Tỉnh Đắk Lắk" });
    expect(page.group.code).toBe("thuc-pham");
    expect(page.legacyPlace).toEqual({
      id: "xa-ea-kly",
      label: "Xã Ea Kly, Huyện Krông Pắc, Tỉnh Đắk Lắk",
    });
    expect(page.history).toEqual([
      {
        id: old.id,
        stars: 3,
        decisionNumber: old.decisionNumber,
        decisionDate: "2022-01-10",
        validUntil: "2025-01-10",
        status: "superseded",
        revokedReason: null,
        revokedAt: null,
      },
    ]);
  });

  it("answers 410 for an expired certificate, with the day it ended", async () => {
    const product = await makeProduct(t.db, { slug: "het-han" });
    await makeCertificate(t.db, {
      productId: product.id,
      decisionDate: addMonths(addDays(TODAY, -1), -36),
    });
    counter.reset();
    const page = await getProductPage(t.db, "het-han", TODAY);
    expect(counter.count).toBe(1);
    expect(page).toMatchObject({
      kind: "gone",
      reason: "expired",
      status: 410,
      endedOn: addDays(TODAY, -1),
    });
  });

  it("answers 410 for a revoked certificate", async () => {
    const product = await makeProduct(t.db, { slug: "bi-thu-hoi" });
    const cert = await makeCertificate(t.db, {
      productId: product.id,
      status: "revoked",
      decisionDate: "2025-01-01",
    });
    await t.db
      .update(certificates)
      .set({ revokedAt: new Date("2026-02-01T03:00:00Z") })
      .where(eq(certificates.id, cert.id));
    const page = await getProductPage(t.db, "bi-thu-hoi", TODAY);
    expect(page).toMatchObject({
      kind: "gone",
      reason: "revoked",
      status: 410,
      endedOn: "2026-02-01",
    });
  });

  it("answers 404 for unlisted, suspended, uncertified and unknown products", async () => {
    const unlisted = fixtures.find((f) => f.slug === "sp-4")!;
    expect(await getProductPage(t.db, unlisted.slug, TODAY)).toMatchObject({
      kind: "gone",
      reason: "unlisted",
      status: 404,
    });
    expect(await getProductPage(t.db, "sp-13", TODAY)).toMatchObject({
      kind: "gone",
      reason: "suspended",
      status: 404,
    });
    expect(await getProductPage(t.db, "sp-22", TODAY)).toMatchObject({
      kind: "gone",
      reason: "uncertified",
      status: 404,
    });
    // 2 stars: below the certified threshold.
    expect(await getProductPage(t.db, "sp-6", TODAY)).toMatchObject({
      kind: "gone",
      reason: "uncertified",
      status: 404,
    });
    counter.reset();
    expect(await getProductPage(t.db, "khong-ton-tai", TODAY)).toEqual({ kind: "missing" });
    expect(counter.count).toBe(1);
  });

  it("shows a product whose certificate is valid until today, and agrees with the catalogue", async () => {
    const edge = fixtures.find((f) => f.slug === "sp-40")!;
    expect(edge.validUntil).toBe(TODAY);
    const page = await getProductPage(t.db, "sp-40", TODAY);
    expect(page.kind).toBe("visible");
    for (const f of fixtures) {
      const kind = (await getProductPage(t.db, f.slug, TODAY)).kind;
      expect(kind, f.slug).toBe(f.visible ? "visible" : "gone");
    }
  });
});

describe("parseCatalogParams", () => {
  it("drops malformed filters and falls back to defaults instead of failing", () => {
    expect(
      parseCatalogParams(
        new URLSearchParams("group=DROP TABLE&stars=2&province=1&sort=cheap&page=-4"),
      ),
    ).toEqual({
      group: undefined,
      stars: undefined,
      province: undefined,
      sort: "newest",
      page: 1,
    });
    expect(parseCatalogParams(new URLSearchParams("group=&stars=&province=&page=abc"))).toEqual({
      group: undefined,
      stars: undefined,
      province: undefined,
      sort: "newest",
      page: 1,
    });
    expect(parseCatalogParams(new URLSearchParams("page=99999999"))).toMatchObject({
      page: 10_000,
    });
    // A search defaults to relevance; without a search text relevance means nothing.
    expect(parseCatalogParams(new URLSearchParams("q=  mật   ong "))).toMatchObject({
      q: "mật ong",
      sort: "relevance",
    });
    expect(parseCatalogParams(new URLSearchParams("sort=relevance")).sort).toBe("newest");
    expect(parseCatalogParams(new URLSearchParams("q=che&sort=price-asc"))).toMatchObject({
      q: "che",
      sort: "price-asc",
    });
    expect(parseCatalogParams(new URLSearchParams(`q=${"a".repeat(300)}`)).q).toHaveLength(100);
    expect(
      parseCatalogParams(
        new URLSearchParams("group=do-uong&stars=4&province=66&sort=price-desc&page=3"),
      ),
    ).toEqual({
      group: "do-uong",
      stars: 4,
      province: "66",
      sort: "price-desc",
      page: 3,
    });
  });
});
