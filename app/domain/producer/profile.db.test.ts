import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { producers } from "../../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProduct,
  makeProducer,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import {
  createTestDatabase,
  QueryCounter,
  type TestDatabase,
} from "../../../tests/support/test-db";
import { getProducerProfile, listProducers, safeWebsiteUrl } from "./profile.server";

const TODAY = "2026-01-15";
const counter = new QueryCounter();
let t: TestDatabase;
let ids: Record<"honey" | "tea" | "lapsed" | "suspended", { id: number; slug: string }>;
let visibleSlugs: string[];

beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
  await ensurePlace(t.db, {
    provinceCode: "33",
    provinceName: "Tỉnh Hưng Yên",
    communeCode: "12001",
    communeName: "Xã Phụng Công",
  });
  await ensurePlace(t.db, {
    provinceCode: "19",
    provinceName: "Tỉnh Thái Nguyên",
    communeCode: "05500",
    communeName: "Xã Tân Cương",
  });

  const honey = await makeProducer(t.db, {
    name: "HTX Mật ong Phụng Công",
    slug: "htx-mat-ong",
    provinceCode: "33",
    communeCode: "12001",
  });
  const tea = await makeProducer(t.db, {
    name: "Hộ Chè Tân Cương",
    slug: "ho-che",
    legalForm: "household",
    provinceCode: "19",
    communeCode: "05500",
  });
  const lapsed = await makeProducer(t.db, {
    name: "Doanh nghiệp Hết hạn",
    slug: "dn-het-han",
    legalForm: "enterprise",
    provinceCode: "33",
    communeCode: "12001",
  });
  const suspended = await makeProducer(t.db, {
    name: "Tổ hợp tác Tạm dừng",
    slug: "tht-tam-dung",
    status: "suspended",
    provinceCode: "19",
    communeCode: "05500",
  });
  ids = { honey, tea, lapsed, suspended };
  await t.db
    .update(producers)
    .set({
      storyEn: "Our story.",
      phone: "0912 345 678",
      email: "htx@example.vn",
      website: "htx.example.vn",
    })
    .where(eq(producers.id, honey.id));

  const h1 = await makeVisibleProduct(t.db, {
    producerId: honey.id,
    slug: "mat-ong-nhan",
    stars: 5,
  });
  const h2 = await makeVisibleProduct(t.db, {
    producerId: honey.id,
    slug: "mat-ong-vai",
    stars: 3,
  });
  const h3 = await makeProduct(t.db, { producerId: honey.id, slug: "mat-ong-het-han" });
  await makeCertificate(t.db, { productId: h3.id, decisionDate: "2022-01-01" });
  await makeVisibleProduct(t.db, {
    producerId: honey.id,
    slug: "mat-ong-an",
    listingStatus: "unlisted",
  });
  const h5 = await makeProduct(t.db, { producerId: honey.id, slug: "mat-ong-hai-sao" });
  await makeCertificate(t.db, { productId: h5.id, stars: 2 });
  const tea1 = await makeVisibleProduct(t.db, { producerId: tea.id, slug: "che-tan-cuong" });
  const l1 = await makeProduct(t.db, { producerId: lapsed.id, slug: "san-pham-het-han" });
  await makeCertificate(t.db, { productId: l1.id, decisionDate: "2021-06-01" });
  await makeVisibleProduct(t.db, { producerId: suspended.id, slug: "cua-tht-tam-dung" });
  visibleSlugs = [h1.product.slug, h2.product.slug, tea1.product.slug];
});
afterAll(async () => {
  await t.cleanup();
});

describe("producer directory", () => {
  it("lists active producers with at least one visible product, counting only those", async () => {
    const list = await listProducers(t.db, TODAY);
    expect(list.items.map((p) => [p.slug, p.legalForm, p.provinceName, p.visibleProducts])).toEqual(
      [
        ["ho-che", "household", "Tỉnh Thái Nguyên", 1],
        ["htx-mat-ong", "cooperative", "Tỉnh Hưng Yên", 2],
      ],
    );
    expect(list.total).toBe(2);
    expect(list.provinces).toEqual([
      { code: "33", name: "Tỉnh Hưng Yên", producers: 1 },
      { code: "19", name: "Tỉnh Thái Nguyên", producers: 1 },
    ]);
  });

  it("filters by province and pages", async () => {
    const hungYen = await listProducers(t.db, TODAY, { provinceCode: "33" });
    expect(hungYen.items.map((p) => p.slug)).toEqual(["htx-mat-ong"]);
    expect(hungYen.total).toBe(1);

    const page2 = await listProducers(t.db, TODAY, { page: 2, pageSize: 1 });
    expect(page2.items.map((p) => p.slug)).toEqual(["htx-mat-ong"]);
    expect([page2.page, page2.pages, page2.total]).toEqual([2, 2, 2]);
  });

  it("uses two queries whatever the number of producers", async () => {
    counter.reset();
    await listProducers(t.db, TODAY);
    expect(counter.count).toBe(2);
    for (let i = 0; i < 5; i += 1) await makeVisibleProduct(t.db);
    counter.reset();
    const more = await listProducers(t.db, TODAY);
    expect(more.total).toBe(7);
    expect(counter.count).toBe(2);
  });
});

describe("producer profile", () => {
  it("shows only the producer's publicly visible products", async () => {
    const profile = await getProducerProfile(t.db, TODAY, "htx-mat-ong");
    expect(profile?.name).toBe("HTX Mật ong Phụng Công");
    expect(profile?.communeName).toBe("Xã Phụng Công");
    expect(profile?.provinceName).toBe("Tỉnh Hưng Yên");
    expect(profile?.storyEn).toBe("Our story.");
    expect(profile?.websiteUrl).toBe("https://htx.example.vn/");
    // The factory's address is "Thôn 1": today's commune and province must be added to it.
    expect(profile?.addressNamesPlace).toBe(false);
    // 5★ first, then the rest; never the expired, unlisted or 2★ ones.
    expect(profile?.products.map((p) => p.slug)).toEqual(["mat-ong-nhan", "mat-ong-vai"]);
    expect(profile?.products.every((p) => visibleSlugs.includes(p.slug))).toBe(true);
  });

  it("is missing for a suspended or unknown producer", async () => {
    expect(await getProducerProfile(t.db, TODAY, ids.suspended.slug)).toBeNull();
    expect(await getProducerProfile(t.db, TODAY, "khong-ton-tai")).toBeNull();
  });

  it("still opens for an active producer whose certificates lapsed, with no products", async () => {
    await t.db
      .update(producers)
      .set({ addressPrinted: "Thôn 2, xã Phụng Công, tỉnh Hưng Yên" })
      .where(eq(producers.id, ids.lapsed.id));
    const profile = await getProducerProfile(t.db, TODAY, ids.lapsed.slug);
    expect(profile?.legalForm).toBe("enterprise");
    expect(profile?.addressNamesPlace).toBe(true);
    expect(profile?.products).toEqual([]);
  });

  it("uses two queries whatever the number of products", async () => {
    counter.reset();
    await getProducerProfile(t.db, TODAY, "ho-che");
    expect(counter.count).toBe(2);
    for (let i = 0; i < 6; i += 1) await makeVisibleProduct(t.db, { producerId: ids.tea.id });
    counter.reset();
    const profile = await getProducerProfile(t.db, TODAY, "ho-che");
    expect(profile?.products).toHaveLength(7);
    expect(counter.count).toBe(2);
  });
});

describe("safeWebsiteUrl", () => {
  it("links only http(s) addresses", () => {
    expect(safeWebsiteUrl("https://a.vn/x")).toBe("https://a.vn/x");
    expect(safeWebsiteUrl("a.vn")).toBe("https://a.vn/");
    expect(safeWebsiteUrl("javascript:alert(1)")).toBeNull();
    expect(safeWebsiteUrl("not a url")).toBeNull();
    expect(safeWebsiteUrl(null)).toBeNull();
  });
});
