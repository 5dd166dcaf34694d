import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensurePlace,
  ensureProductSet,
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
import { getHomePage, HOME_FEATURED_LIMIT, HOME_NEWEST_LIMIT } from "./highlights.server";

const TODAY = "2026-01-15";
const counter = new QueryCounter();
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
});
afterAll(async () => {
  await t.cleanup();
});

describe("home page", () => {
  it("counts only visible products, per group and per province", async () => {
    await ensurePlace(t.db, {
      provinceCode: "66",
      provinceName: "Tỉnh Đắk Lắk",
      communeCode: "24100",
      communeName: "Xã Ea Tu",
    });
    const food = await ensureProductSet(t.db, { groupCode: "thuc-pham", setCode: "mat-ong" });
    const drinks = await ensureProductSet(t.db, { groupCode: "do-uong", setCode: "ruou" });
    await ensureProductSet(t.db, { groupCode: "du-lich", setCode: "du-lich-cong-dong" });
    // A product filed under the older scheme's "thuc-pham" still counts in today's tile.
    const oldFood = await ensureProductSet(t.db, {
      legalBasisCode: "2019",
      groupCode: "thuc-pham",
      setCode: "nong-san",
    });
    const daklak = await makeProducer(t.db, { provinceCode: "66", communeCode: "24100" });
    const hanoi = await makeProducer(t.db);
    const suspended = await makeProducer(t.db, { status: "suspended" });

    await makeVisibleProduct(t.db, { productSetId: food, producerId: daklak.id, stars: 5 });
    await makeVisibleProduct(t.db, { productSetId: food, producerId: hanoi.id, stars: 3 });
    await makeVisibleProduct(t.db, { productSetId: oldFood, producerId: hanoi.id, stars: 4 });
    await makeVisibleProduct(t.db, { productSetId: drinks, producerId: daklak.id, stars: 4 });
    // Not visible: expired, 2★, unlisted, suspended producer, no certificate.
    const expired = await makeProduct(t.db, { productSetId: food, producerId: daklak.id });
    await makeCertificate(t.db, { productId: expired.id, decisionDate: "2022-06-01" });
    const twoStar = await makeProduct(t.db, { productSetId: drinks, producerId: hanoi.id });
    await makeCertificate(t.db, { productId: twoStar.id, stars: 2 });
    await makeVisibleProduct(t.db, {
      productSetId: food,
      producerId: hanoi.id,
      listingStatus: "unlisted",
    });
    await makeVisibleProduct(t.db, { productSetId: drinks, producerId: suspended.id });
    await makeProduct(t.db, { productSetId: food, producerId: hanoi.id });

    counter.reset();
    const home = await getHomePage(t.db, TODAY);
    expect(counter.count).toBe(4);

    // Only the current (2023) scheme's groups are tiles; 2019's "thuc-pham" is folded into it.
    expect(home.groups.map((g) => [g.code, g.products])).toEqual([
      ["thuc-pham", 3],
      ["do-uong", 1],
      ["du-lich", 0],
    ]);
    expect(home.totalProducts).toBe(4);
    expect(home.provinces.map((p) => [p.code, p.shortName, p.products])).toEqual([
      ["66", "Đắk Lắk", 2],
      ["01", "Hà Nội", 2],
    ]);
    expect(home.featured.map((c) => c.stars)).toEqual([5, 4, 4]);
    expect(home.newest).toHaveLength(4);
    const shown = new Set([...home.featured, ...home.newest].map((c) => c.producerSlug));
    expect(shown.has(suspended.slug)).toBe(false);
  });

  it("issues the same four queries with many more products, and caps the card lists", async () => {
    for (let i = 0; i < HOME_NEWEST_LIMIT + 4; i += 1) await makeVisibleProduct(t.db, { stars: 5 });
    counter.reset();
    const home = await getHomePage(t.db, TODAY);
    expect(counter.count).toBe(4);
    expect(home.totalProducts).toBe(4 + HOME_NEWEST_LIMIT + 4);
    expect(home.featured).toHaveLength(HOME_FEATURED_LIMIT);
    expect(home.newest).toHaveLength(HOME_NEWEST_LIMIT);
    expect(home.featured.every((c) => c.stars === 5)).toBe(true);
  });
});
