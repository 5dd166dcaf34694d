/**
 * The OCOP rules of issue 12 on a real database: a provincial 4★ with 90+ is recorded as
 * proposed for 5★ and shown as such (product page, lookup, dashboard); a "not achieved"
 * result is kept without a number and never public; the database's checks hold the same
 * rules whatever the caller; the migration re-labels certificates dated before their basis.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "../../../db/reference/index";
import { certificates, productGroups, productSets, products } from "../../../db/schema";
import { queryRows } from "../../../db/client";
import { ensurePlace, makeProducer, makeProduct, makeUser } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import { getProductPage } from "../catalog/catalog.server";
import { createCertifiedProduct, loadDecisionContext } from "./commands.server";
import { lookupCertificates } from "./lookup.server";
import { onboardSchema } from "./schemas";
import { getDashboard } from "./statistics.server";

let t: TestDatabase;
const today = todayInVietnam();
let setId = 0;
let producerId = 0;
let official: SessionUser;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  const [set] = await t.db
    .select({ id: productSets.id })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(and(eq(productGroups.legalBasisCode, "2023"), eq(productSets.code, "che")));
  setId = set?.id ?? 0;
  producerId = (await makeProducer(t.db, { provinceCode: "25", communeCode: "08848" })).id;
  const u = await makeUser(t.db, { role: "official", officialPlaceCode: "25" });
  official = {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    producerId: u.producerId,
    officialPlaceCode: u.officialPlaceCode,
    officialLegacyPlaceId: u.officialLegacyPlaceId,
  };
});
afterAll(async () => {
  await t.cleanup();
});

async function onboard(o: Record<string, string>) {
  const dc = await loadDecisionContext(t.db, today);
  const r = onboardSchema(dc).safeParse({
    producerId: String(producerId),
    productSetId: String(setId),
    descriptionVi: "Trà hoa vàng hái sáng, sấy lạnh.",
    unitVi: "Hộp 100 g",
    priceVnd: "450.000",
    decisionNumber: "318/QĐ-UBND",
    decisionDate: "2026-03-02",
    issuingBody: "UBND tỉnh Phú Thọ",
    issuingLevel: "province",
    ...o,
  });
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  const result = await createCertifiedProduct(t.db, official, r.data);
  if (!result.ok) throw new Error(JSON.stringify(result));
  const [product] = await t.db.select().from(products).where(eq(products.id, result.productId));
  if (!product) throw new Error("product missing");
  return { product, certificateId: result.certificateId };
}

describe("4★, potential 5★", () => {
  it("is recorded, shown on the product page and in the lookup, and counted", async () => {
    const { product, certificateId } = await onboard({
      nameVi: "Trà hoa vàng tiềm năng",
      score: "92",
    });
    const [row] = await t.db.select().from(certificates).where(eq(certificates.id, certificateId));
    expect(row).toMatchObject({
      stars: 4,
      score: 92,
      proposedForFive: true,
      achieved: true,
      legalBasisCode: "2025",
    });
    const page = await getProductPage(t.db, product.slug, today);
    expect(page.kind).toBe("visible");
    if (page.kind !== "visible") return;
    expect(page.certificate.proposedForFive).toBe(true);
    expect(page.legalBasis.nameVi).toContain("1489/QĐ-TTg");
    const found = await lookupCertificates(t.db, today, "Trà hoa vàng tiềm năng");
    expect(
      found.kind === "results" && found.results.map((r) => [r.stars, r.proposedForFive]),
    ).toEqual([[4, true]]);
    const dashboard = await getDashboard(t.db, official, today);
    expect(dashboard.potentialFive).toBe(1);
    expect(dashboard.stars[4]).toBeGreaterThanOrEqual(1);
  });
});

describe("not achieved", () => {
  it("is kept without a number and never public, whatever the score", async () => {
    const { product, certificateId } = await onboard({
      nameVi: "Trà hoa vàng không đạt",
      score: "95",
      notAchieved: "on",
      decisionNumber: "",
    });
    const [row] = await t.db.select().from(certificates).where(eq(certificates.id, certificateId));
    expect(row).toMatchObject({
      achieved: false,
      decisionNumber: null,
      proposedForFive: false,
      stars: 4,
    });
    expect((await getProductPage(t.db, product.slug, today)).kind).toBe("gone");
    const found = await lookupCertificates(t.db, today, "Trà hoa vàng không đạt");
    expect(found.kind === "results" && found.results).toEqual([]);
    const dashboard = await getDashboard(t.db, official, today);
    expect(dashboard.lowResults).toBeGreaterThanOrEqual(1);
  });
});

describe("the database's checks", () => {
  async function insert(values: Partial<typeof certificates.$inferInsert>) {
    const product = await makeProduct(t.db, { producerId, productSetId: setId });
    return t.db.insert(certificates).values({
      productId: product.id,
      stars: 4,
      score: 92,
      decisionNumber: "77/QĐ-UBND",
      decisionDate: "2026-03-02",
      issuingLevel: "province",
      issuingBody: "UBND tỉnh Phú Thọ",
      legalBasisCode: "2025",
      ...values,
    });
  }
  const refused = async (values: Partial<typeof certificates.$inferInsert>) => {
    try {
      await insert(values);
      return null;
    } catch (e) {
      const cause = (e as { cause?: { message?: string } }).cause;
      return String(cause?.message ?? (e as Error).message).match(/certificates_[a-z_]+/)?.[0];
    }
  };

  it("accepts a provincial 4★ with 92 only when it is proposed for 5★", async () => {
    expect(await refused({ proposedForFive: true })).toBeNull();
    expect(await refused({})).toBe("certificates_score_band");
    expect(
      await refused({ proposedForFive: true, issuingLevel: "ministry", issuingBody: "Bộ" }),
    ).toBe("certificates_proposed_for_five");
    expect(await refused({ proposedForFive: true, score: 85 })).toBe(
      "certificates_proposed_for_five",
    );
  });

  it("lets a not-achieved result carry any score but needs one, and a recognition needs a number", async () => {
    expect(
      await refused({ achieved: false, score: 97, stars: 4, decisionNumber: null }),
    ).toBeNull();
    expect(await refused({ achieved: false, score: null, stars: 4, decisionNumber: null })).toBe(
      "certificates_not_achieved_score",
    );
    expect(await refused({ score: 80, decisionNumber: null })).toBe("certificates_decision_number");
    expect(await refused({ score: 40, stars: 2, decisionNumber: null })).toBeNull();
  });
});

describe("the migration's re-labelling rule", () => {
  it("is the same as the app's: the criteria in force, else the programme", async () => {
    const rows = await queryRows<{ d: string; code: string }>(
      t.db,
      sql`select d::text as d, (select b.code from legal_bases b where b.effective_from <= d
            order by (b.text_kind <> 'programme') desc, b.effective_from desc limit 1) as code
          from unnest(array['2018-06-01','2020-01-10','2022-09-01','2025-07-02','2026-03-15','2026-06-01']::date[]) d`,
    );
    expect(rows.map((r) => [r.d, r.code])).toEqual([
      ["2018-06-01", "2018"],
      ["2020-01-10", "2019"],
      ["2022-09-01", "2020"],
      ["2025-07-02", "2023"],
      ["2026-03-15", "2025"],
      ["2026-06-01", "2026"],
    ]);
  });
});
