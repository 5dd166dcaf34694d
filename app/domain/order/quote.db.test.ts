/**
 * The checkout's quote against placing the order, on a real database: the quote is what the
 * order charges, to the đồng and per parcel; a price, weight or threshold changed between the
 * two refuses the order with the new total and writes nothing (no order, no stock taken, the
 * cart kept); placing without having been shown a total is refused the same way.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, orderParts, orders, producers, products } from "../../../db/schema";
import { ensurePlace, makeProducer, makeVisibleProduct } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart, getCart } from "../cart/cart.server";
import type { Buyer } from "./checkout-schema";
import { placeOrder } from "./orders.server";
import { cartShippingEstimates, quoteCheckout } from "./quote.server";
import { rateTableOn, tableFee } from "./shipping";

let t: TestDatabase;
const today = todayInVietnam();
const HN = { provinceCode: "01", communeCode: "00004" };
const LC = { provinceCode: "15", communeCode: "04000" };
const HCM = { provinceCode: "79", communeCode: "26734" };
const buyer: Buyer = {
  name: "Trần Văn Minh",
  phone: "0987654321",
  email: "minh@example.com",
  ...HN,
  street: "Số 5 phố Huế",
};

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, HN);
  await ensurePlace(t.db, { ...LC, provinceName: "Tỉnh Lào Cai", communeName: "Xã Bát Xát" });
  await ensurePlace(t.db, {
    ...HCM,
    provinceName: "Thành phố Hồ Chí Minh",
    communeName: "Phường Sài Gòn",
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

async function counts() {
  const n = async (table: typeof orders | typeof orderParts | typeof mailOutbox) =>
    (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
  return { orders: await n(orders), parts: await n(orderParts), mail: await n(mailOutbox) };
}

async function stockOf(id: number) {
  const [row] = await t.db
    .select({ stock: products.stock })
    .from(products)
    .where(eq(products.id, id));
  return row?.stock;
}

/** Honey from Hà Nội and a 5 kg rice bag from Hồ Chí Minh City, in one cart. */
async function twoParcelCart() {
  const hanoi = await makeProducer(t.db, { ...HN, name: "HTX Mật ong Hà Nội" });
  const saigon = await makeProducer(t.db, {
    ...HCM,
    name: "HTX Gạo Sài Gòn",
    freeShippingFromVnd: 1_000_000,
  });
  const honey = (
    await makeVisibleProduct(t.db, {
      producerId: hanoi.id,
      priceVnd: 180_000,
      stock: 10,
      packedWeightGrams: 700,
    })
  ).product;
  const rice = (
    await makeVisibleProduct(t.db, {
      producerId: saigon.id,
      priceVnd: 150_000,
      stock: 10,
      packedWeightGrams: 5_200,
    })
  ).product;
  const cartId = await cartWith([
    { productId: honey.id, quantity: 2 },
    { productId: rice.id, quantity: 1 },
  ]);
  return { hanoi, saigon, honey, rice, cartId };
}

describe("quoteCheckout", () => {
  it("quotes each parcel by weight and zone, and the order charges exactly the quote", async () => {
    const { hanoi, saigon, honey, rice, cartId } = await twoParcelCart();
    const quote = await quoteCheckout(t.db, cartId, HN.provinceCode, today);
    if (!quote) throw new Error("no quote");
    const table = rateTableOn(today);
    const byProducer = new Map(quote.shipments.map((s) => [s.producer.id, s]));
    expect(byProducer.get(hanoi.id)).toMatchObject({
      weightGrams: 1_400,
      zone: "sameProvince",
      itemsTotalVnd: 360_000,
      feeVnd: tableFee(table, 1_400, "sameProvince"),
      estimateDays: table.estimateDays.sameProvince,
    });
    expect(byProducer.get(saigon.id)).toMatchObject({
      weightGrams: 5_200,
      zone: "otherRegion",
      itemsTotalVnd: 150_000,
      feeVnd: tableFee(table, 5_200, "otherRegion"),
      freeShipping: false,
      freeShippingFromVnd: 1_000_000,
    });
    expect(quote.totalVnd).toBe(
      510_000 + tableFee(table, 1_400, "sameProvince") + tableFee(table, 5_200, "otherRegion"),
    );

    const placed = await placeOrder(t.db, {
      cartId,
      buyer,
      payment: "cod",
      expectedTotalVnd: quote.totalVnd,
    });
    if (!placed.ok) throw new Error(placed.error);
    expect(placed.totalVnd).toBe(quote.totalVnd);
    const parts = await t.db
      .select()
      .from(orderParts)
      .where(eq(orderParts.orderId, placed.orderId));
    expect(
      parts.map((p) => [p.producerId, p.itemsTotalVnd, p.shippingFeeVnd, p.totalVnd]).sort(),
    ).toEqual(
      quote.shipments.map((s) => [s.producer.id, s.itemsTotalVnd, s.feeVnd, s.totalVnd]).sort(),
    );
    expect([await stockOf(honey.id), await stockOf(rice.id)]).toEqual([8, 9]);
  });

  it("follows the province: the same cart costs more to ship farther", async () => {
    const { cartId } = await twoParcelCart();
    const hn = await quoteCheckout(t.db, cartId, HN.provinceCode, today);
    const lc = await quoteCheckout(t.db, cartId, LC.provinceCode, today);
    const hcm = await quoteCheckout(t.db, cartId, HCM.provinceCode, today);
    expect(hn?.itemsTotalVnd).toBe(lc?.itemsTotalVnd);
    expect(lc?.shipments.map((s) => s.zone).sort()).toEqual(["otherRegion", "sameRegion"]);
    expect(hcm?.shipments.map((s) => s.zone).sort()).toEqual(["otherRegion", "sameProvince"]);
    expect(hn?.totalVnd).not.toBe(lc?.totalVnd);
    expect(await quoteCheckout(t.db, cartId, "99", today)).toBeNull();
  });

  it("estimates each cart parcel to the remembered province, else to the producer's own", async () => {
    const { hanoi, saigon, cartId } = await twoParcelCart();
    const cart = await getCart(t.db, cartId, today);
    const mine = cartShippingEstimates(cart, null, today);
    expect(mine[hanoi.id]?.provinceCode).toBe(HN.provinceCode);
    expect(mine[saigon.id]?.provinceCode).toBe(HCM.provinceCode);
    const toHanoi = cartShippingEstimates(cart, HN.provinceCode, today);
    expect(toHanoi[saigon.id]?.feeVnd).toBe(tableFee(rateTableOn(today), 5_200, "otherRegion"));
  });
});

describe("the total the buyer saw is the total placed", () => {
  async function refusedWithNothingWritten(
    change: (c: Awaited<ReturnType<typeof twoParcelCart>>) => Promise<void>,
  ) {
    const c = await twoParcelCart();
    const quote = await quoteCheckout(t.db, c.cartId, HN.provinceCode, today);
    if (!quote) throw new Error("no quote");
    await change(c);
    const before = await counts();
    const result = await placeOrder(t.db, {
      cartId: c.cartId,
      buyer,
      payment: "cod",
      expectedTotalVnd: quote.totalVnd,
    });
    const fresh = await quoteCheckout(t.db, c.cartId, HN.provinceCode, today);
    expect(result).toEqual({
      ok: false,
      error: "totalChanged",
      totalVnd: fresh?.totalVnd,
      expectedTotalVnd: quote.totalVnd,
    });
    expect(fresh?.totalVnd).not.toBe(quote.totalVnd);
    expect(await counts()).toEqual(before);
    expect([await stockOf(c.honey.id), await stockOf(c.rice.id)]).toEqual([10, 10]);
    const cart = await getCart(t.db, c.cartId, today);
    expect(cart.groups.flatMap((g) => g.lines)).toHaveLength(2);
    // Ordering at the new total, as the refreshed page shows it, goes through.
    const again = await placeOrder(t.db, {
      cartId: c.cartId,
      buyer,
      payment: "cod",
      expectedTotalVnd: fresh?.totalVnd ?? null,
    });
    expect(again.ok).toBe(true);
  }

  it("refuses when a price changed after the quote", async () => {
    await refusedWithNothingWritten(async ({ honey }) => {
      await t.db.update(products).set({ priceVnd: 185_000 }).where(eq(products.id, honey.id));
    });
  });

  it("refuses when a packed weight changed after the quote", async () => {
    await refusedWithNothingWritten(async ({ rice }) => {
      await t.db
        .update(products)
        .set({ packedWeightGrams: 10_200 })
        .where(eq(products.id, rice.id));
    });
  });

  it("refuses when the producer's free-shipping threshold was reached after the quote", async () => {
    await refusedWithNothingWritten(async ({ saigon }) => {
      await t.db
        .update(producers)
        .set({ freeShippingFromVnd: 150_000 })
        .where(eq(producers.id, saigon.id));
    });
  });

  it("refuses when no total was shown, and says the total", async () => {
    const { cartId } = await twoParcelCart();
    const quote = await quoteCheckout(t.db, cartId, HN.provinceCode, today);
    const before = await counts();
    expect(
      await placeOrder(t.db, { cartId, buyer, payment: "cod", expectedTotalVnd: null }),
    ).toEqual({
      ok: false,
      error: "totalChanged",
      totalVnd: quote?.totalVnd,
      expectedTotalVnd: null,
    });
    expect(await counts()).toEqual(before);
  });
});
