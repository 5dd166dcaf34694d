import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificates, producers, products } from "../../../db/schema";
import { makeCertificate, makeProducer, makeProduct } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays, addMonths } from "../../lib/dates";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductCondition,
  publicProductFlag,
} from "./visibility.server";

const TODAY = "2026-03-15";
/** Decision date whose 36-month validity ends exactly on `validUntil`. */
const decidedFor = (validUntil: string) => addMonths(validUntil, -36);

let t: TestDatabase;

/** What the predicate says about one product, through both of its forms. */
async function visibility(productId: number) {
  const rows = await t.db
    .select({
      flag: publicProductFlag(TODAY),
      certificateId: certificates.id,
      stars: certificates.stars,
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .leftJoin(certificates, activeCertificateJoin)
    .where(eq(products.id, productId));
  const filtered = await t.db
    .select({ id: products.id, certificateId: certificates.id, stars: certificates.stars })
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(certificates, activeCertificateJoin)
    .where(sql`${publicProductCondition(TODAY)} and ${products.id} = ${productId}`);
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  // The condition and the flag are one rule: they must never disagree.
  expect(filtered.length === 1).toBe(row.flag);
  return { visible: row.flag, certificateId: row.certificateId, stars: row.stars, filtered };
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

describe("publicProductCondition", () => {
  it("shows a product whose certificate is valid until today", async () => {
    const p = await makeProduct(t.db);
    await makeCertificate(t.db, { productId: p.id, stars: 3, decisionDate: decidedFor(TODAY) });
    const [cert] = await t.db.select().from(certificates).where(eq(certificates.productId, p.id));
    expect(cert?.validUntil).toBe(TODAY);
    expect((await visibility(p.id)).visible).toBe(true);
  });

  it("hides a product whose certificate ran out yesterday", async () => {
    const p = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: p.id,
      stars: 5,
      decisionDate: decidedFor(addDays(TODAY, -1)),
    });
    expect((await visibility(p.id)).visible).toBe(false);
  });

  it("hides a 2-star product and shows a 3-star one", async () => {
    const two = await makeProduct(t.db);
    await makeCertificate(t.db, { productId: two.id, stars: 2, decisionDate: addDays(TODAY, -10) });
    const three = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: three.id,
      stars: 3,
      decisionDate: addDays(TODAY, -10),
    });
    expect((await visibility(two.id)).visible).toBe(false);
    expect((await visibility(three.id)).visible).toBe(true);
  });

  it("hides a product whose certificate was revoked", async () => {
    const p = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: p.id,
      stars: 4,
      status: "revoked",
      decisionDate: addDays(TODAY, -100),
    });
    expect((await visibility(p.id)).visible).toBe(false);
  });

  it("shows a renewed product through its new 3-star certificate only", async () => {
    const p = await makeProduct(t.db);
    // The old 5-star certificate is still in date, but a regrade superseded it.
    const old = await makeCertificate(t.db, {
      productId: p.id,
      stars: 5,
      status: "superseded",
      decisionDate: addMonths(TODAY, -12),
    });
    const renewal = await makeCertificate(t.db, {
      productId: p.id,
      stars: 3,
      decisionDate: addDays(TODAY, -3),
    });
    const v = await visibility(p.id);
    expect(v.visible).toBe(true);
    expect(v.certificateId).toBe(renewal.id);
    expect(v.stars).toBe(3);
    expect(v.filtered).toEqual([{ id: p.id, certificateId: renewal.id, stars: 3 }]);
    expect(v.certificateId).not.toBe(old.id);
  });

  it("hides a product whose only certificate was superseded", async () => {
    const p = await makeProduct(t.db);
    await makeCertificate(t.db, {
      productId: p.id,
      stars: 4,
      status: "superseded",
      decisionDate: addDays(TODAY, -30),
    });
    expect((await visibility(p.id)).visible).toBe(false);
  });

  it("hides an unlisted product", async () => {
    const p = await makeProduct(t.db, { listingStatus: "unlisted" });
    await makeCertificate(t.db, { productId: p.id, stars: 4, decisionDate: addDays(TODAY, -30) });
    expect((await visibility(p.id)).visible).toBe(false);
  });

  it("hides the products of a suspended producer", async () => {
    const producer = await makeProducer(t.db, { status: "suspended" });
    const p = await makeProduct(t.db, { producerId: producer.id });
    await makeCertificate(t.db, { productId: p.id, stars: 5, decisionDate: addDays(TODAY, -30) });
    expect((await visibility(p.id)).visible).toBe(false);
  });

  it("hides a product without any certificate (the flag is false, not null)", async () => {
    const p = await makeProduct(t.db);
    const v = await visibility(p.id);
    expect(v.visible).toBe(false);
    expect(v.certificateId).toBeNull();
  });
});
