import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificates } from "../../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { makeCertificate, makeProduct, makeProducer } from "../../../tests/support/factories";
import { addDays, addMonths } from "../../lib/dates";
import { LOOKUP_LIMIT, type CertificateLookupResult } from "./lookup-query";
import { lookupCertificates } from "./lookup.server";

const TODAY = "2026-01-15";
/** The decision date whose certificate runs until `today + days`. */
const decidedSoThatValidFor = (days: number) => addMonths(addDays(TODAY, days), -36);

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

async function lookup(q: string): Promise<CertificateLookupResult[]> {
  const result = await lookupCertificates(t.db, TODAY, q);
  if (result.kind !== "results") throw new Error(`expected results, got ${result.kind}`);
  return result.results;
}

describe("certificate lookup", () => {
  it("computes valid, expiring, expired, revoked and superseded at query time", async () => {
    const valid = await makeProduct(t.db, { nameVi: "Trà shan tuyết Hà Giang" });
    await makeCertificate(t.db, {
      productId: valid.id,
      stars: 4,
      decisionNumber: "5101/QĐ-UBND",
      decisionDate: "2025-06-01",
    });
    const expiring = await makeProduct(t.db, { nameVi: "Miến dong Bình Liêu" });
    await makeCertificate(t.db, {
      productId: expiring.id,
      stars: 3,
      decisionNumber: "5102/QĐ-UBND",
      decisionDate: decidedSoThatValidFor(10),
    });
    const expired = await makeProduct(t.db, { nameVi: "Nước mắm Phú Quốc" });
    await makeCertificate(t.db, {
      productId: expired.id,
      stars: 4,
      decisionNumber: "5103/QĐ-UBND",
      decisionDate: "2022-06-01",
    });
    const revoked = await makeProduct(t.db, { nameVi: "Bánh tráng Trảng Bàng" });
    await makeCertificate(t.db, {
      productId: revoked.id,
      stars: 3,
      decisionNumber: "5104/QĐ-UBND",
      decisionDate: "2025-01-10",
      status: "revoked",
    });
    const renewed = await makeProduct(t.db, { nameVi: "Chè Thái Nguyên" });
    const old = await makeCertificate(t.db, {
      productId: renewed.id,
      stars: 3,
      decisionNumber: "5105/QĐ-UBND",
      decisionDate: "2021-03-01",
      status: "superseded",
    });
    const current = await makeCertificate(t.db, {
      productId: renewed.id,
      stars: 5,
      score: 92,
      decisionNumber: "88/QĐ-BNNMT",
      decisionDate: "2024-03-01",
    });
    await t.db
      .update(certificates)
      .set({ supersededById: current.id })
      .where(eq(certificates.id, old.id));

    const byNumber = new Map((await lookup("510")).map((r) => [r.decisionNumber, r]));
    expect(byNumber.get("5101/QĐ-UBND")?.status).toBe("valid");
    expect(byNumber.get("5102/QĐ-UBND")?.status).toBe("expiring");
    expect(byNumber.get("5102/QĐ-UBND")?.validUntil).toBe(addDays(TODAY, 10));
    expect(byNumber.get("5103/QĐ-UBND")?.status).toBe("expired");
    expect(byNumber.get("5104/QĐ-UBND")?.status).toBe("revoked");
    expect(byNumber.get("5104/QĐ-UBND")?.revokedReason).toBeTruthy();
    expect(byNumber.get("5105/QĐ-UBND")?.status).toBe("superseded");
    expect(byNumber.get("5105/QĐ-UBND")?.supersededBy).toEqual({
      decisionNumber: "88/QĐ-BNNMT",
      decisionDate: "2024-03-01",
      stars: 5,
    });

    // The product is linked only while the public may see it.
    expect(byNumber.get("5101/QĐ-UBND")?.product.visible).toBe(true);
    expect(byNumber.get("5102/QĐ-UBND")?.product.visible).toBe(true);
    expect(byNumber.get("5103/QĐ-UBND")?.product.visible).toBe(false);
    expect(byNumber.get("5104/QĐ-UBND")?.product.visible).toBe(false);
    // A superseded record of a product whose newer certificate is valid: the product is visible.
    expect(byNumber.get("5105/QĐ-UBND")?.product.visible).toBe(true);
  });

  it("treats the last valid day as valid and the 30th day ahead as expiring", async () => {
    const p1 = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: p1.id,
      decisionNumber: "6201/QĐ-UBND",
      decisionDate: decidedSoThatValidFor(0),
    });
    const p2 = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: p2.id,
      decisionNumber: "6202/QĐ-UBND",
      decisionDate: decidedSoThatValidFor(30),
    });
    const p3 = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: p3.id,
      decisionNumber: "6203/QĐ-UBND",
      decisionDate: decidedSoThatValidFor(31),
    });
    const p4 = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: p4.id,
      decisionNumber: "6204/QĐ-UBND",
      decisionDate: decidedSoThatValidFor(-1),
    });
    const byNumber = new Map((await lookup("620")).map((r) => [r.decisionNumber, r.status]));
    expect(Object.fromEntries(byNumber)).toEqual({
      "6201/QĐ-UBND": "expiring",
      "6202/QĐ-UBND": "expiring",
      "6203/QĐ-UBND": "valid",
      "6204/QĐ-UBND": "expired",
    });
  });

  it("finds product names without diacritics and decision numbers typed as QD", async () => {
    const honey = await makeProduct(t.db, {
      nameVi: "Mật ong hoa nhãn Hưng Yên",
      nameEn: "Longan honey",
    });
    await makeCertificate(t.db, { productId: honey.id, stars: 4, decisionNumber: "1234/QĐ-UBND" });
    const other = await makeProduct(t.db, { nameVi: "Gạo ST25 Sóc Trăng" });
    await makeCertificate(t.db, {
      productId: other.id,
      stars: 5,
      score: 95,
      decisionNumber: "12345/QĐ-BNNMT",
    });

    for (const q of ["mat ong", "MẬT ONG", "Mật   ong hoa", "hoa nhan hung yen", "longan"]) {
      const names = (await lookup(q)).map((r) => r.product.nameVi);
      expect(names, q).toContain("Mật ong hoa nhãn Hưng Yên");
      expect(names, q).not.toContain("Gạo ST25 Sóc Trăng");
    }
    expect((await lookup("gao st25")).map((r) => r.decisionNumber)).toEqual(["12345/QĐ-BNNMT"]);

    // Exact and prefix, with or without "Đ"; the prefix also catches longer numbers.
    expect((await lookup("1234/QĐ-UBND")).map((r) => r.decisionNumber)).toEqual(["1234/QĐ-UBND"]);
    expect((await lookup("1234/qd-ubnd")).map((r) => r.decisionNumber)).toEqual(["1234/QĐ-UBND"]);
    expect((await lookup("1234")).map((r) => r.decisionNumber).sort()).toEqual([
      "1234/QĐ-UBND",
      "12345/QĐ-BNNMT",
    ]);
    // Not a substring match on the number: "234" is no decision prefix.
    expect((await lookup("234/QĐ")).map((r) => r.decisionNumber)).toEqual([]);
  });

  it("ranks product-name matches before producer-name matches", async () => {
    const maker = await makeProducer(t.db, { name: "HTX Chè xanh Định Hóa" });
    const cake = await makeProduct(t.db, { producerId: maker.id, nameVi: "Bánh chưng Bờ Đậu" });
    await makeCertificate(t.db, { productId: cake.id, decisionNumber: "6301/QĐ-UBND" });
    const tea = await makeProduct(t.db, { nameVi: "Trà xanh Định Hóa" });
    await makeCertificate(t.db, { productId: tea.id, decisionNumber: "6302/QĐ-UBND" });
    expect((await lookup("xanh dinh hoa")).map((r) => r.product.nameVi)).toEqual([
      "Trà xanh Định Hóa",
      "Bánh chưng Bờ Đậu",
    ]);
  });

  it("never shows 1–2★ records, which are scores rather than certificates", async () => {
    const p = await makeProduct(t.db, { nameVi: "Rượu cần Đắk Nông" });
    await makeCertificate(t.db, {
      productId: p.id,
      stars: 2,
      score: 45,
      decisionNumber: "7001/QĐ-UBND",
    });
    expect(await lookup("7001/QĐ-UBND")).toEqual([]);
    expect(await lookup("ruou can dak nong")).toEqual([]);
  });

  it("links nothing for a suspended producer's or an unlisted product", async () => {
    const suspended = await makeProducer(t.db, { status: "suspended" });
    const p1 = await makeProduct(t.db, {
      producerId: suspended.id,
      nameVi: "Nấm linh chi Quảng Nam",
    });
    await makeCertificate(t.db, { productId: p1.id, decisionNumber: "7101/QĐ-UBND" });
    const p2 = await makeProduct(t.db, { listingStatus: "unlisted", nameVi: "Cà phê Cầu Đất" });
    await makeCertificate(t.db, { productId: p2.id, decisionNumber: "7102/QĐ-UBND" });
    // Whole decision prefixes: a bare "710" could also match a random test product name.
    const results = [...(await lookup("7101/QĐ")), ...(await lookup("7102/QĐ"))];
    expect(
      results.map((r) => [r.decisionNumber, r.status, r.product.visible, r.producer.active]),
    ).toEqual([
      ["7101/QĐ-UBND", "valid", false, false],
      ["7102/QĐ-UBND", "valid", false, true],
    ]);
  });

  it("validates the query and treats LIKE wildcards literally", async () => {
    expect(await lookupCertificates(t.db, TODAY, "   ")).toEqual({ kind: "empty" });
    expect(await lookupCertificates(t.db, TODAY, "a")).toMatchObject({
      kind: "invalid",
      reason: "tooShort",
    });
    expect(await lookupCertificates(t.db, TODAY, "x".repeat(101))).toMatchObject({
      kind: "invalid",
      reason: "tooLong",
    });
    expect(await lookupCertificates(t.db, TODAY, "x".repeat(100))).toMatchObject({
      kind: "results",
      results: [],
    });
    expect(await lookup("%%")).toEqual([]);
    expect(await lookup("__")).toEqual([]);
  });

  it("caps the results and says so", async () => {
    const producer = await makeProducer(t.db);
    for (let i = 0; i < LOOKUP_LIMIT + 2; i += 1) {
      const p = await makeProduct(t.db, {
        producerId: producer.id,
        nameVi: `Bánh pía Sóc Trăng ${i}`,
      });
      await makeCertificate(t.db, { productId: p.id, decisionNumber: `${9000 + i}/QĐ-UBND` });
    }
    const result = await lookupCertificates(t.db, TODAY, "banh pia");
    expect(result).toMatchObject({ kind: "results", truncated: true });
    expect(result.kind === "results" && result.results.length).toBe(LOOKUP_LIMIT);
  });
});
