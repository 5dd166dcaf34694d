/**
 * The dashboard's figures against known data, for each kind of user, and its query budget.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import type { CertificateStatus } from "../../../db/schema";
import type { ScopeUser } from "../policy/scope.server";
import { getDashboard } from "./statistics.server";

const TODAY = "2026-03-15";
const counter = new QueryCounter();
let t: TestDatabase;

const admin: ScopeUser = {
  role: "administrator",
  officialPlaceCode: null,
  officialLegacyPlaceId: null,
};
const province: ScopeUser = {
  role: "official",
  officialPlaceCode: "25",
  officialLegacyPlaceId: null,
};
const commune: ScopeUser = {
  role: "official",
  officialPlaceCode: "08848",
  officialLegacyPlaceId: null,
};
const customer: ScopeUser = {
  role: "customer",
  officialPlaceCode: null,
  officialLegacyPlaceId: null,
};

beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
  const phuTho = { provinceCode: "25", provinceName: "Tỉnh Phú Thọ" };
  await ensurePlace(t.db, { ...phuTho, communeCode: "08848", communeName: "Xã Sông Lô" });
  await ensurePlace(t.db, { ...phuTho, communeCode: "08866", communeName: "Xã Hải Lựu" });
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
  const food = await ensureProductSet(t.db, { groupCode: "thuc-pham", setCode: "mat-ong" });
  const drinks = await ensureProductSet(t.db, { groupCode: "do-uong", setCode: "ruou" });

  const songLo = await makeProducer(t.db, { provinceCode: "25", communeCode: "08848" });
  const haiLuu = await makeProducer(t.db, { provinceCode: "25", communeCode: "08866" });
  const haNoi = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
  const product = async (
    producerId: number,
    productSetId: number,
    certs: { stars: number; decisionDate: string; status?: CertificateStatus }[],
    listingStatus: "listed" | "unlisted" = "listed",
  ) => {
    const p = await makeProduct(t.db, { producerId, productSetId, listingStatus });
    for (const c of certs) await makeCertificate(t.db, { productId: p.id, ...c });
  };
  // Sông Lô: a 4★ decided this year (with the 3★ it superseded), a 3★ ending within 30 days,
  // an expired 3★ and a revoked 4★.
  await product(songLo.id, food, [
    { stars: 3, decisionDate: "2024-01-10", status: "superseded" },
    { stars: 4, decisionDate: "2026-02-01" },
  ]);
  await product(songLo.id, food, [{ stars: 3, decisionDate: "2023-04-01" }]);
  await product(songLo.id, food, [{ stars: 3, decisionDate: "2022-01-01" }]);
  await product(songLo.id, drinks, [{ stars: 4, decisionDate: "2025-01-01", status: "revoked" }]);
  // Hải Lựu: a 5★ drink, a 2★ result, and an unlisted 3★ that is still certified.
  await product(haiLuu.id, drinks, [{ stars: 5, decisionDate: "2024-05-01" }]);
  await product(haiLuu.id, drinks, [{ stars: 2, decisionDate: "2025-09-01" }]);
  await product(haiLuu.id, food, [{ stars: 3, decisionDate: "2025-03-01" }], "unlisted");
  // Hà Nội: a 4★ drink.
  await product(haNoi.id, drinks, [{ stars: 4, decisionDate: "2025-06-01" }]);
});
afterAll(async () => {
  await t.cleanup();
});

const summary = (rows: { code: string; stars: Record<3 | 4 | 5, number>; total: number }[]) =>
  rows.map((r) => [r.code, r.stars[3], r.stars[4], r.stars[5], r.total]);

describe("getDashboard", () => {
  it("counts a province official's figures by commune and group", async () => {
    const d = await getDashboard(t.db, province, TODAY);
    expect(d).toMatchObject({
      year: 2026,
      certified: 4,
      producers: 2,
      stars: { 3: 2, 4: 1, 5: 1 },
      newThisYear: 1,
      expiringSoon: 1,
      expired: 1,
      lowResults: 1,
      unitLevel: "commune",
    });
    expect(summary(d.byUnit).sort()).toEqual([
      ["08848", 1, 1, 0, 2],
      ["08866", 1, 0, 1, 2],
    ]);
    expect(d.byUnit.map((r) => r.nameVi).sort()).toEqual(["Xã Hải Lựu", "Xã Sông Lô"]);
    expect(summary(d.byGroup).sort()).toEqual([
      ["do-uong", 0, 0, 1, 1],
      ["thuc-pham", 2, 1, 0, 3],
    ]);
  });

  it("counts everything for an administrator, by province", async () => {
    const d = await getDashboard(t.db, admin, TODAY);
    expect(d).toMatchObject({
      certified: 5,
      producers: 3,
      stars: { 3: 2, 4: 2, 5: 1 },
      unitLevel: "province",
    });
    expect(summary(d.byUnit)).toEqual([
      ["25", 2, 1, 1, 4],
      ["01", 0, 1, 0, 1],
    ]);
    expect(d.byUnit[0]?.nameVi).toBe("Tỉnh Phú Thọ");
  });

  it("keeps a commune official to their commune, and a customer to nothing", async () => {
    const d = await getDashboard(t.db, commune, TODAY);
    expect(d).toMatchObject({
      certified: 2,
      producers: 1,
      expiringSoon: 1,
      expired: 1,
      lowResults: 0,
    });
    expect(summary(d.byUnit)).toEqual([["08848", 1, 1, 0, 2]]);
    const none = await getDashboard(t.db, customer, TODAY);
    expect(none).toMatchObject({ certified: 0, producers: 0, byUnit: [], byGroup: [] });
  });

  it("moves with the date: a certificate ending today still counts, tomorrow it has expired", async () => {
    // The 3★ of 2023-04-01 is valid until 2026-04-01.
    expect((await getDashboard(t.db, commune, "2026-04-01")).certified).toBe(2);
    const after = await getDashboard(t.db, commune, "2026-04-02");
    expect(after).toMatchObject({ certified: 1, expired: 2 });
  });

  it("costs three queries whatever the data", async () => {
    counter.reset();
    await getDashboard(t.db, admin, TODAY);
    expect(counter.count).toBe(3);
  });
});
