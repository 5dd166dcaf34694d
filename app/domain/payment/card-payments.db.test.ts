/**
 * A card order whose Checkout Session could not be created is abandoned in one transaction:
 * the order is cancelled, its stock released and its lines put back in the buyer's cart, all
 * together or not at all.
 */
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardPayments, cartItems, orderParts, products } from "../../../db/schema";
import { ensurePlace, makeProducer, makeVisibleProduct } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart } from "../cart/cart.server";
import { placeOrder } from "../order/orders.server";
import { abandonCardOrder } from "./card-payments.server";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
});
afterAll(async () => {
  await t.cleanup();
});

const buyer = {
  name: "Trần Văn Hùng",
  phone: "0987654321",
  email: "hung@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 5 phố Huế",
};

/** A placed card order of two producers' products (2 and 3 of them, 10 in stock each). */
async function placedCardOrder() {
  const place = { provinceCode: "01", communeCode: "00004" };
  const one = await makeProducer(t.db, place);
  const two = await makeProducer(t.db, place);
  const a = (await makeVisibleProduct(t.db, { producerId: one.id, priceVnd: 80_000, stock: 10 }))
    .product;
  const b = (await makeVisibleProduct(t.db, { producerId: two.id, priceVnd: 45_000, stock: 10 }))
    .product;
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  for (const [productId, quantity] of [
    [a.id, 2],
    [b.id, 3],
  ] as const) {
    const added = await addToCart(t.db, { cartId, productId, quantity, today: todayInVietnam() });
    if (!added.ok) throw new Error(added.error);
  }
  const placed = await placeOrder(t.db, { cartId, buyer, payment: "card" });
  if (!placed.ok) throw new Error(placed.error);
  return { cartId, orderId: placed.orderId, productIds: [a.id, b.id] };
}

async function cartOf(cartId: number) {
  return t.db
    .select({ productId: cartItems.productId, quantity: cartItems.quantity })
    .from(cartItems)
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.productId));
}

async function stockOf(ids: number[]) {
  const rows = await t.db.select({ id: products.id, stock: products.stock }).from(products);
  return ids.map((id) => rows.find((r) => r.id === id)?.stock);
}

async function stateOf(orderId: number) {
  const [payment] = await t.db
    .select({ status: cardPayments.status })
    .from(cardPayments)
    .where(eq(cardPayments.orderId, orderId));
  const parts = await t.db
    .select({ status: orderParts.status })
    .from(orderParts)
    .where(eq(orderParts.orderId, orderId));
  return { payment: payment?.status, parts: parts.map((p) => p.status) };
}

describe("abandonCardOrder", () => {
  it("cancels the order, releases its stock and puts every line back in the cart", async () => {
    const o = await placedCardOrder();
    expect(await cartOf(o.cartId)).toEqual([]);
    expect(await stockOf(o.productIds)).toEqual([8, 7]);

    expect(await abandonCardOrder(t.db, o)).toEqual({ released: true, linesBack: 2 });

    expect(await cartOf(o.cartId)).toEqual([
      { productId: o.productIds[0], quantity: 2 },
      { productId: o.productIds[1], quantity: 3 },
    ]);
    expect(await stockOf(o.productIds)).toEqual([10, 10]);
    expect(await stateOf(o.orderId)).toEqual({
      payment: "failed",
      parts: ["cancelled", "cancelled"],
    });

    // A second call (a retried request) changes nothing: the cart is not filled twice.
    expect(await abandonCardOrder(t.db, o)).toEqual({ released: false, linesBack: 0 });
    expect((await cartOf(o.cartId)).map((l) => l.quantity)).toEqual([2, 3]);
    expect(await stockOf(o.productIds)).toEqual([10, 10]);
  });

  it("leaves the order, its stock and the cart untouched when putting the lines back fails", async () => {
    const o = await placedCardOrder();
    // The database refuses the cart's new lines (as a full disk or a lost connection would).
    await t.db.execute(
      sql.raw(`create function refuse_cart_line() returns trigger language plpgsql as $$
        begin raise exception 'cart write refused'; end $$`),
    );
    await t.db.execute(
      sql.raw(`create trigger refuse_cart_line before insert on cart_items
        for each row when (new.cart_id = ${o.cartId}) execute function refuse_cart_line()`),
    );
    try {
      await expect(abandonCardOrder(t.db, o)).rejects.toThrow();
    } finally {
      await t.db.execute(sql.raw("drop trigger refuse_cart_line on cart_items"));
      await t.db.execute(sql.raw("drop function refuse_cart_line()"));
    }
    expect(await stateOf(o.orderId)).toEqual({ payment: "pending", parts: ["placed", "placed"] });
    expect(await stockOf(o.productIds)).toEqual([8, 7]);
    expect(await cartOf(o.cartId)).toEqual([]);

    // Once the database takes writes again, the same command does all of it.
    expect(await abandonCardOrder(t.db, o)).toEqual({ released: true, linesBack: 2 });
    expect((await cartOf(o.cartId)).map((l) => l.quantity)).toEqual([2, 3]);
    expect(await stockOf(o.productIds)).toEqual([10, 10]);
  });
});
