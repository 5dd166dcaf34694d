/**
 * Law 44/2019 on a real database (decision 0027): the strength column and its range, placeOrder
 * refusing a drink of 15% or more without the buyer's age and recording it with, and such a
 * drink left out of every featured slot and trade-promotion catalogue while staying listed.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  cartItems,
  orders,
  producers,
  products,
  promotionEntries,
} from "../../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, cartNeedsAgeCheck, ensureCart, getCart } from "../cart/cart.server";
import { listProductCards } from "../catalog/catalog.server";
import { getHomePage } from "../catalog/highlights.server";
import type { Buyer } from "../order/checkout-schema";
import { placeOrder } from "../order/orders.server";
import { quoteCheckout } from "../order/quote.server";
import {
  addEntry,
  createPromotion,
  getPublicPromotion,
  promotionsOfProduct,
  searchPickerProducts,
  setPublication,
} from "../promotion/promotion.server";
import { setProductAlcoholPercent } from "./alcohol-commands.server";

let t: TestDatabase;
const today = todayInVietnam();
const HN = { provinceCode: "01", communeCode: "00004" };
const buyer: Buyer = {
  name: "Nguyễn Văn Nam",
  phone: "0912345678",
  email: "nam@example.com",
  ...HN,
  street: "Số 5 phố Huế",
};

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, {
    ...HN,
    provinceName: "Thành phố Hà Nội",
    communeName: "Phường Ba Đình",
  });
});
afterAll(async () => {
  await t.cleanup();
});

async function cartWith(lines: { productId: number; quantity: number }[]) {
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  for (const l of lines) {
    const r = await addToCart(t.db, { cartId, ...l, today });
    if (!r.ok) throw new Error(`could not add ${l.productId}: ${r.error}`);
  }
  return cartId;
}

const orderCount = async () =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(orders))[0]?.n ?? 0;

describe("the alcohol_percent column", () => {
  it("keeps one decimal between 0 and 100 and refuses anything else", async () => {
    const { product } = await makeVisibleProduct(t.db, { alcoholPercent: 12.5 });
    const [row] = await t.db
      .select({ a: products.alcoholPercent })
      .from(products)
      .where(eq(products.id, product.id));
    expect(row?.a).toBe(12.5);
    for (const bad of [100.5, -1])
      await expect(
        t.db.update(products).set({ alcoholPercent: bad }).where(eq(products.id, product.id)),
      ).rejects.toThrow();
    await t.db.update(products).set({ alcoholPercent: null }).where(eq(products.id, product.id));
  });

  it("is set by an official of the product's unit, audited, and not by one elsewhere", async () => {
    const producer = await makeProducer(t.db, HN);
    const { product } = await makeVisibleProduct(t.db, { producerId: producer.id });
    const hanoi = await makeUser(t.db, { role: "official", officialPlaceCode: "01" });
    await ensurePlace(t.db, { provinceCode: "79", communeCode: "26734" });
    const saigon = await makeUser(t.db, { role: "official", officialPlaceCode: "79" });
    expect(await setProductAlcoholPercent(t.db, saigon, product.id, 40)).toEqual({
      ok: false,
      kind: "notFound",
    });
    expect(await setProductAlcoholPercent(t.db, hanoi, product.id, 40)).toEqual({
      ok: true,
      changed: true,
    });
    expect(await setProductAlcoholPercent(t.db, hanoi, product.id, 40)).toEqual({
      ok: true,
      changed: false,
    });
    const audits = await t.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, String(product.id)));
    expect(audits.map((a) => a.after)).toEqual([{ alcoholPercent: 40 }]);
  });
});

describe("placeOrder and the buyer's age", () => {
  it("refuses a 40% spirit without the age confirmation, writing nothing", async () => {
    const { product } = await makeVisibleProduct(t.db, { alcoholPercent: 40, stock: 5 });
    const cartId = await cartWith([{ productId: product.id, quantity: 2 }]);
    expect(cartNeedsAgeCheck(await getCart(t.db, cartId, today))).toBe(true);
    const before = await orderCount();
    for (const ageConfirmed of [undefined, false]) {
      const result = await placeOrder(t.db, { cartId, buyer, payment: "cod", ageConfirmed });
      expect(result).toEqual({
        ok: false,
        error: "ageNotConfirmed",
        productId: product.id,
        productName: product.nameVi,
      });
    }
    expect(await orderCount()).toBe(before);
    const [stock] = await t.db
      .select({ stock: products.stock })
      .from(products)
      .where(eq(products.id, product.id));
    expect(stock?.stock).toBe(5);
    const items = await t.db.select().from(cartItems).where(eq(cartItems.cartId, cartId));
    expect(items).toHaveLength(1);
  });

  it("places it with the confirmation and records when", async () => {
    const { product } = await makeVisibleProduct(t.db, { alcoholPercent: 15 });
    const cartId = await cartWith([{ productId: product.id, quantity: 1 }]);
    const started = Date.now();
    const result = await placeOrder(t.db, { cartId, buyer, payment: "cod", ageConfirmed: true });
    if (!result.ok) throw new Error(result.error);
    const [order] = await t.db
      .select({ at: orders.ageConfirmedAt })
      .from(orders)
      .where(eq(orders.id, result.orderId));
    expect(order?.at).toBeInstanceOf(Date);
    expect(order!.at!.getTime()).toBeGreaterThanOrEqual(started - 60_000);
  });

  it("asks nothing for a 14.9% drink or a product without alcohol, and records no age", async () => {
    const wine = (await makeVisibleProduct(t.db, { alcoholPercent: 14.9 })).product;
    const honey = (await makeVisibleProduct(t.db)).product;
    const cartId = await cartWith([
      { productId: wine.id, quantity: 1 },
      { productId: honey.id, quantity: 1 },
    ]);
    expect(cartNeedsAgeCheck(await getCart(t.db, cartId, today))).toBe(false);
    const result = await placeOrder(t.db, { cartId, buyer, payment: "cod" });
    if (!result.ok) throw new Error(result.error);
    const [order] = await t.db
      .select({ at: orders.ageConfirmedAt })
      .from(orders)
      .where(eq(orders.id, result.orderId));
    expect(order?.at).toBeNull();
  });
});

describe("free shipping and drinks of 15% or more", () => {
  it("does not count their value and charges their weight when the rest reaches the offer", async () => {
    const producer = await makeProducer(t.db, HN);
    await t.db
      .update(producers)
      .set({ freeShippingFromVnd: 300_000 })
      .where(eq(producers.id, producer.id));
    const spirit = (
      await makeVisibleProduct(t.db, {
        producerId: producer.id,
        alcoholPercent: 40,
        priceVnd: 500_000,
        packedWeightGrams: 950,
      })
    ).product;
    const honey = (await makeVisibleProduct(t.db, { producerId: producer.id, priceVnd: 100_000 }))
      .product;
    // The spirit alone is worth more than the threshold: still not free.
    const onlySpirit = await cartWith([{ productId: spirit.id, quantity: 1 }]);
    const q1 = await quoteCheckout(t.db, onlySpirit, HN.provinceCode, today);
    expect(q1?.shipments[0]?.freeShipping).toBe(false);
    expect(q1?.shipments[0]?.feeVnd).toBe(q1?.shipments[0]?.tableFeeVnd);
    expect(q1?.shipments[0]?.alcoholExcluded).toEqual({
      itemsTotalVnd: 500_000,
      weightGrams: 950,
      charged: false,
    });
    // Three honeys reach it: the honeys ship free, the spirit's 950 g is charged.
    const mixed = await cartWith([
      { productId: spirit.id, quantity: 1 },
      { productId: honey.id, quantity: 3 },
    ]);
    const q2 = await quoteCheckout(t.db, mixed, HN.provinceCode, today);
    const s = q2!.shipments[0]!;
    expect(s.freeShipping).toBe(false);
    expect(s.feeVnd).toBeGreaterThan(0);
    expect(s.feeVnd).toBeLessThan(s.tableFeeVnd);
    expect(s.alcoholExcluded?.charged).toBe(true);
    // placeOrder charges exactly what the quote showed.
    const placed = await placeOrder(t.db, {
      cartId: mixed,
      buyer,
      payment: "cod",
      ageConfirmed: true,
      expectedTotalVnd: q2!.totalVnd,
    });
    expect(placed.ok).toBe(true);
  });
});

describe("featured slots and trade promotion", () => {
  it("keeps a 15%+ drink off the home page strips but listed in the catalogue", async () => {
    const spirit = (await makeVisibleProduct(t.db, { alcoholPercent: 45, stars: 5 })).product;
    const wine = (await makeVisibleProduct(t.db, { alcoholPercent: 12, stars: 5 })).product;
    const home = await getHomePage(t.db, today);
    const shown = [...home.featured, ...home.newest].map((c) => c.id);
    expect(shown).not.toContain(spirit.id);
    expect(shown).toContain(wine.id);
    const listed = await listProductCards(t.db, today, {
      where: eq(products.id, spirit.id),
      limit: 1,
    });
    expect(listed.map((c) => c.id)).toEqual([spirit.id]);
  });

  it("refuses it in a fair's catalogue and hides one added before", async () => {
    const official = await makeUser(t.db, { role: "official", officialPlaceCode: "01" });
    const producer = await makeProducer(t.db, HN);
    const spirit = (
      await makeVisibleProduct(t.db, {
        producerId: producer.id,
        alcoholPercent: 40,
        nameVi: "Rượu nếp cái hoa vàng",
      })
    ).product;
    const tea = (await makeVisibleProduct(t.db, { producerId: producer.id })).product;
    const fair = await createPromotion(t.db, official, {
      kind: "fair",
      nameVi: "Hội chợ OCOP Thủ đô",
      nameEn: null,
      venue: "Cung Văn hóa Hữu nghị",
      provinceCode: "01",
      startsOn: today,
      endsOn: today,
      descriptionVi: "Hội chợ sản phẩm OCOP.",
      descriptionEn: null,
      coverImage: null,
      organiserPlaceCode: "01",
    });
    if (!fair.ok) throw new Error("fair");
    expect(await addEntry(t.db, official, "fair", fair.id, spirit.id, today)).toEqual({
      ok: false,
      fieldErrors: { productId: "alcohol.error.notPromotable" },
    });
    expect(await addEntry(t.db, official, "fair", fair.id, tea.id, today)).toEqual({ ok: true });
    expect(
      (await searchPickerProducts(t.db, today, "ruou nep cai", fair.id)).map((p) => p.id),
    ).not.toContain(spirit.id);
    // An entry from before the rule (or whose strength was raised since), featured even.
    await t.db
      .insert(promotionEntries)
      .values({ promotionId: fair.id, productId: spirit.id, position: 5, featured: true });
    await setPublication(t.db, official, "fair", fair.id, "published");
    const page = await getPublicPromotion(t.db, "fair", fair.slug, today);
    expect(page?.entries.map((e) => e.id)).toEqual([tea.id]);
    expect(await promotionsOfProduct(t.db, spirit.id, today)).toEqual([]);
    expect((await promotionsOfProduct(t.db, tea.id, today)).length).toBe(1);
  });
});
