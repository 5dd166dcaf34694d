import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../../db/client";
import {
  cartItems,
  mailOutbox,
  orderEvents,
  orderItems,
  orderParts,
  orders,
  products,
} from "../../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, testDbKind, type TestDatabase } from "../../../tests/support/test-db";
import { formatVnd } from "../../i18n/index";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart, getCart } from "../cart/cart.server";
import type { Buyer } from "./checkout-schema";
import { rateTableOn, tableFee } from "./shipping";
import {
  getOrderForBuyer,
  ORDER_NUMBER_PATTERN,
  parseOrderNumber,
  placeOrder,
  transitionOrderPart,
  type PlaceOrderInput,
} from "./orders.server";

let t: TestDatabase;
const today = todayInVietnam();

// Hà Nội (01) with one ward; Lào Cai (15) with one commune.
const HN = { provinceCode: "01", communeCode: "00004" };
const LC = { provinceCode: "15", communeCode: "04000" };

const buyer: Buyer = {
  name: "Nguyễn Thị Lan",
  phone: "0912345678",
  email: "lan@example.com",
  provinceCode: HN.provinceCode,
  communeCode: HN.communeCode,
  street: "Số 12 ngõ 34 Đội Cấn",
};

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, HN);
  await ensurePlace(t.db, {
    ...LC,
    provinceName: "Tỉnh Lào Cai",
    communeName: "Xã Bát Xát",
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

async function countRows() {
  const n = async (
    table:
      | typeof orders
      | typeof orderParts
      | typeof orderItems
      | typeof orderEvents
      | typeof mailOutbox,
  ) => {
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
    return row?.n ?? 0;
  };
  return {
    orders: await n(orders),
    parts: await n(orderParts),
    items: await n(orderItems),
    events: await n(orderEvents),
    mail: await n(mailOutbox),
  };
}

async function stockOf(productId: number) {
  const [row] = await t.db
    .select({ stock: products.stock })
    .from(products)
    .where(eq(products.id, productId));
  return row?.stock;
}

describe("parseOrderNumber", () => {
  it("takes our numbers only, as they are written", () => {
    expect(parseOrderNumber("OC-7K3-9F2Q")).toBe("OC-7K3-9F2Q");
    // No 0/1/I/L/O (they are read as each other), no lowercase, nothing around it.
    for (const raw of [
      "OC-7K3-9F2O",
      "oc-7k3-9f2q",
      "OC-7K3-9F2Q ",
      "OC-7K39F2Q",
      "",
      undefined,
      7,
    ])
      expect(parseOrderNumber(raw), String(raw)).toBeNull();
  });
});

describe("placeOrder", () => {
  it("makes one order with one part per producer, reserves stock, copies prices, empties the cart and queues the email", async () => {
    const hanoi = await makeProducer(t.db, { ...HN, name: "HTX Hà Nội" });
    const laocai = await makeProducer(t.db, { ...LC, name: "HTX Lào Cai" });
    const a = (
      await makeVisibleProduct(t.db, { producerId: hanoi.id, priceVnd: 120_000, stock: 10 })
    ).product;
    const b = (
      await makeVisibleProduct(t.db, { producerId: laocai.id, priceVnd: 85_000, stock: 4 })
    ).product;
    const c = (
      await makeVisibleProduct(t.db, { producerId: laocai.id, priceVnd: 250_000, stock: 3 })
    ).product;
    const cartId = await cartWith([
      { productId: a.id, quantity: 2 },
      { productId: b.id, quantity: 1 },
      { productId: c.id, quantity: 1 },
    ]);
    const before = await countRows();

    const result = await placeOrder(t.db, {
      cartId,
      buyer,
      payment: "cod",
      siteUrl: "https://cho.example",
    });
    if (!result.ok) throw new Error(`refused: ${result.error}`);
    expect(result.number).toMatch(ORDER_NUMBER_PATTERN);

    // Hà Nội part: 2 × 500 g within the province. Lào Cai part: 2 × 500 g within the North.
    const table = rateTableOn(today);
    const hnFee = tableFee(table, 1_000, "sameProvince");
    const lcFee = tableFee(table, 1_000, "sameRegion");
    const [order] = await t.db.select().from(orders).where(eq(orders.id, result.orderId));
    expect(order).toMatchObject({
      itemsTotalVnd: 575_000,
      shippingTotalVnd: hnFee + lcFee,
      totalVnd: 575_000 + hnFee + lcFee,
      buyerPhone: "0912345678",
      paymentMethod: "cod",
    });
    expect(result.totalVnd).toBe(575_000 + hnFee + lcFee);
    expect(order?.accessKeyHash).not.toContain(result.accessKey);
    const parts = await t.db
      .select()
      .from(orderParts)
      .where(eq(orderParts.orderId, result.orderId));
    expect(
      parts
        .map((p) => [p.producerId, p.status, p.itemsTotalVnd, p.shippingFeeVnd, p.totalVnd])
        .sort((x, y) => Number(x[0]) - Number(y[0])),
    ).toEqual(
      [
        [hanoi.id, "placed", 240_000, hnFee, 240_000 + hnFee],
        [laocai.id, "placed", 335_000, lcFee, 335_000 + lcFee],
      ].sort((x, y) => Number(x[0]) - Number(y[0])),
    );
    const items = await t.db
      .select()
      .from(orderItems)
      .where(
        inArray(
          orderItems.orderPartId,
          parts.map((p) => p.id),
        ),
      );
    expect(
      items.map((i) => [i.productId, i.unitPriceVnd, i.quantity, i.lineTotalVnd]).sort(),
    ).toEqual(
      [
        [a.id, 120_000, 2, 240_000],
        [b.id, 85_000, 1, 85_000],
        [c.id, 250_000, 1, 250_000],
      ].sort(),
    );
    expect([await stockOf(a.id), await stockOf(b.id), await stockOf(c.id)]).toEqual([8, 3, 2]);
    const events = await t.db
      .select()
      .from(orderEvents)
      .where(
        inArray(
          orderEvents.orderPartId,
          parts.map((p) => p.id),
        ),
      );
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorKind])).toEqual([
      [null, "placed", "buyer"],
      [null, "placed", "buyer"],
    ]);
    expect((await getCart(t.db, cartId, today)).groups).toEqual([]);

    const after = await countRows();
    expect(after.mail - before.mail).toBe(1);
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .orderBy(sql`${mailOutbox.id} desc`)
      .limit(1);
    expect(mail?.toAddress).toBe("lan@example.com");
    expect(mail?.subject).toContain(result.number);
    expect(mail?.textBody).toContain(
      `https://cho.example/orders/${result.number}?key=${result.accessKey}`,
    );
    expect(mail?.textBody).toContain(formatVnd("vi", 575_000 + hnFee + lcFee));

    // A second submit of the same (now empty) cart orders nothing.
    expect(await placeOrder(t.db, { cartId, buyer, payment: "cod" })).toEqual({
      ok: false,
      error: "emptyCart",
    });
  });

  it("ships free from the producer's threshold up, and charges the table just below it", async () => {
    const producer = await makeProducer(t.db, { ...LC, freeShippingFromVnd: 500_000 });
    const at = async (priceVnd: number) => {
      const { product } = await makeVisibleProduct(t.db, {
        producerId: producer.id,
        priceVnd,
        stock: 5,
        packedWeightGrams: 700,
      });
      const cartId = await cartWith([{ productId: product.id, quantity: 2 }]);
      const r = await placeOrder(t.db, { cartId, buyer, payment: "cod" });
      if (!r.ok) throw new Error(r.error);
      return r.totalVnd;
    };
    expect(await at(250_000)).toBe(500_000);
    // 1.4 kg from Lào Cai to Hà Nội: the same region.
    expect(await at(249_999)).toBe(499_998 + tableFee(rateTableOn(today), 1_400, "sameRegion"));
  });

  it("charges by the packed weight: a 5 kg rice bag costs more to ship than a honey jar", async () => {
    const producer = await makeProducer(t.db, LC);
    const fee = async (packedWeightGrams: number) => {
      const { product } = await makeVisibleProduct(t.db, {
        producerId: producer.id,
        priceVnd: 100_000,
        packedWeightGrams,
      });
      const cartId = await cartWith([{ productId: product.id, quantity: 1 }]);
      const r = await placeOrder(t.db, { cartId, buyer, payment: "cod" });
      if (!r.ok) throw new Error(r.error);
      return r.totalVnd - 100_000;
    };
    const table = rateTableOn(today);
    expect(await fee(700)).toBe(tableFee(table, 700, "sameRegion"));
    expect(await fee(5_200)).toBe(tableFee(table, 5_200, "sameRegion"));
    expect(await fee(5_200)).toBeGreaterThan(await fee(700));
  });

  it("refuses the whole order, naming the product, when one line cannot be reserved, and writes nothing", async () => {
    const plenty = (await makeVisibleProduct(t.db, { stock: 50 })).product;
    const scarce = (await makeVisibleProduct(t.db, { nameVi: "Chè Shan tuyết", stock: 5 })).product;
    const cartId = await cartWith([
      { productId: plenty.id, quantity: 3 },
      { productId: scarce.id, quantity: 4 },
    ]);
    // Someone else buys in the meantime.
    await t.db.update(products).set({ stock: 2 }).where(eq(products.id, scarce.id));
    const before = await countRows();

    expect(await placeOrder(t.db, { cartId, buyer, payment: "cod" })).toEqual({
      ok: false,
      error: "outOfStock",
      productId: scarce.id,
      productName: "Chè Shan tuyết",
      available: 2,
    });
    expect(await countRows()).toEqual(before);
    expect([await stockOf(plenty.id), await stockOf(scarce.id)]).toEqual([50, 2]);
    expect((await getCart(t.db, cartId, today)).groups.flatMap((g) => g.lines)).toHaveLength(2);
  });

  it("refuses a product that is no longer on sale, naming it", async () => {
    const { product } = await makeVisibleProduct(t.db, { nameVi: "Rượu ngô men lá" });
    const cartId = await cartWith([{ productId: product.id, quantity: 1 }]);
    await t.db
      .update(products)
      .set({ listingStatus: "unlisted" })
      .where(eq(products.id, product.id));
    const before = await countRows();
    expect(await placeOrder(t.db, { cartId, buyer, payment: "cod" })).toEqual({
      ok: false,
      error: "unavailable",
      productId: product.id,
      productName: "Rượu ngô men lá",
    });
    expect(await countRows()).toEqual(before);
    expect(await stockOf(product.id)).toBe(10);
  });

  it("refuses a commune that is not in the province", async () => {
    const { product } = await makeVisibleProduct(t.db);
    const cartId = await cartWith([{ productId: product.id, quantity: 1 }]);
    const before = await countRows();
    expect(
      await placeOrder(t.db, {
        cartId,
        buyer: { ...buyer, provinceCode: HN.provinceCode, communeCode: LC.communeCode },
        payment: "cod",
      }),
    ).toEqual({ ok: false, error: "communeNotInProvince" });
    expect(await countRows()).toEqual(before);
    expect(await stockOf(product.id)).toBe(10);
  });

  it("ignores prices, totals and products the client tries to slip in", async () => {
    const { product } = await makeVisibleProduct(t.db, { priceVnd: 300_000, stock: 5 });
    const other = (await makeVisibleProduct(t.db, { priceVnd: 1_000, stock: 5 })).product;
    const cartId = await cartWith([{ productId: product.id, quantity: 1 }]);
    // What a tampered form could carry: the function's input has no place for any of it.
    const tampered = {
      cartId,
      buyer: { ...buyer, priceVnd: 1, productId: other.id },
      payment: "cod" as const,
      totalVnd: 1,
      items: [{ productId: other.id, priceVnd: 1, quantity: 99 }],
    };
    const input: PlaceOrderInput = tampered;
    const r = await placeOrder(t.db, input);
    if (!r.ok) throw new Error(r.error);
    const [order] = await t.db.select().from(orders).where(eq(orders.id, r.orderId));
    expect(order?.itemsTotalVnd).toBe(300_000);
    const items = await queryRows<{ product_id: number; unit_price_vnd: number }>(
      t.db,
      sql`select i.product_id, i.unit_price_vnd from order_items i
            join order_parts p on p.id = i.order_part_id where p.order_id = ${r.orderId}`,
    );
    expect(items).toEqual([{ product_id: product.id, unit_price_vnd: 300_000 }]);
    expect(await stockOf(other.id)).toBe(5);
  });

  it("lets only the owner place the order of a user's cart", async () => {
    const owner = await makeUser(t.db);
    const stranger = await makeUser(t.db);
    const { product } = await makeVisibleProduct(t.db);
    const { cartId } = await ensureCart(t.db, { userId: owner.id });
    await addToCart(t.db, { cartId, productId: product.id, quantity: 1, today });
    expect(await placeOrder(t.db, { cartId, buyer, payment: "cod", userId: stranger.id })).toEqual({
      ok: false,
      error: "emptyCart",
    });
    expect(await placeOrder(t.db, { cartId, buyer, payment: "cod" })).toEqual({
      ok: false,
      error: "emptyCart",
    });
    const r = await placeOrder(t.db, { cartId, buyer, payment: "cod", userId: owner.id });
    expect(r.ok).toBe(true);
  });
});

describe("transitions of order parts", () => {
  async function placedOrder(stock = 10, quantity = 3) {
    const { product } = await makeVisibleProduct(t.db, { stock });
    const cartId = await cartWith([{ productId: product.id, quantity }]);
    const r = await placeOrder(t.db, { cartId, buyer, payment: "cod" });
    if (!r.ok) throw new Error(r.error);
    const [part] = await t.db.select().from(orderParts).where(eq(orderParts.orderId, r.orderId));
    if (!part) throw new Error("no part");
    return { product, order: r, part };
  }

  it("lets the buyer cancel with the private key, returns the stock once, and records the event", async () => {
    const { product, order, part } = await placedOrder(10, 3);
    expect(await stockOf(product.id)).toBe(7);
    const actor = { kind: "buyer", userId: null, accessKey: order.accessKey } as const;
    expect(await transitionOrderPart(t.db, { partId: part.id, to: "cancelled", actor })).toEqual({
      ok: true,
      from: "placed",
      to: "cancelled",
    });
    expect(await stockOf(product.id)).toBe(10);
    expect(await transitionOrderPart(t.db, { partId: part.id, to: "cancelled", actor })).toEqual({
      ok: false,
      error: "transitionNotAllowed",
    });
    expect(await stockOf(product.id)).toBe(10);
    const events = await t.db
      .select({
        from: orderEvents.fromStatus,
        to: orderEvents.toStatus,
        actor: orderEvents.actorKind,
      })
      .from(orderEvents)
      .where(eq(orderEvents.orderPartId, part.id))
      .orderBy(orderEvents.id);
    expect(events).toEqual([
      { from: null, to: "placed", actor: "buyer" },
      { from: "placed", to: "cancelled", actor: "buyer" },
    ]);
  });

  it("walks placed → confirmed → shipped → delivered for the producer, and refuses the buyer's late cancel", async () => {
    const { product, order, part } = await placedOrder();
    const producer = {
      kind: "producer",
      userId: (await makeUser(t.db)).id,
      producerId: product.producerId,
    } as const;
    const buyerActor = { kind: "buyer", userId: null, accessKey: order.accessKey } as const;
    expect(
      await transitionOrderPart(t.db, { partId: part.id, to: "shipped", actor: producer }),
    ).toEqual({
      ok: false,
      error: "transitionNotAllowed",
    });
    expect(
      await transitionOrderPart(t.db, { partId: part.id, to: "confirmed", actor: buyerActor }),
    ).toEqual({
      ok: false,
      error: "actorNotAllowed",
    });
    expect(
      (await transitionOrderPart(t.db, { partId: part.id, to: "confirmed", actor: producer })).ok,
    ).toBe(true);
    expect(
      await transitionOrderPart(t.db, { partId: part.id, to: "shipped", actor: producer }),
    ).toEqual({ ok: false, error: "shippingDetailsRequired" });
    const shipping = { carrier: "Viettel Post", trackingNumber: "VTP123456789" };
    expect(
      (
        await transitionOrderPart(t.db, {
          partId: part.id,
          to: "shipped",
          actor: producer,
          details: shipping,
        })
      ).ok,
    ).toBe(true);
    const [shipped] = await t.db
      .select({ carrier: orderParts.carrier, trackingNumber: orderParts.trackingNumber })
      .from(orderParts)
      .where(eq(orderParts.id, part.id));
    expect(shipped).toEqual(shipping);
    expect(
      await transitionOrderPart(t.db, { partId: part.id, to: "cancelled", actor: buyerActor }),
    ).toEqual({
      ok: false,
      error: "transitionNotAllowed",
    });
    expect(
      (await transitionOrderPart(t.db, { partId: part.id, to: "delivered", actor: producer })).ok,
    ).toBe(true);
    expect(await stockOf(product.id)).toBe(7);
    const [row] = await t.db.select().from(orderParts).where(eq(orderParts.id, part.id));
    expect(row?.status).toBe("delivered");
  });

  it("answers 'not found' to anyone who does not own the part", async () => {
    const { part } = await placedOrder();
    const otherProducer = await makeProducer(t.db);
    const refused = { ok: false, error: "notFound" };
    expect(
      await transitionOrderPart(t.db, {
        partId: part.id,
        to: "cancelled",
        actor: { kind: "buyer", userId: null, accessKey: "wrong" },
      }),
    ).toEqual(refused);
    expect(
      await transitionOrderPart(t.db, {
        partId: part.id,
        to: "confirmed",
        actor: { kind: "producer", userId: 1, producerId: otherProducer.id },
      }),
    ).toEqual(refused);
    const [row] = await t.db.select().from(orderParts).where(eq(orderParts.id, part.id));
    expect(row?.status).toBe("placed");
  });
});

describe("getOrderForBuyer", () => {
  it("shows the order to the signed-in owner or the key holder, and to nobody else", async () => {
    const owner = await makeUser(t.db);
    const { product } = await makeVisibleProduct(t.db, { priceVnd: 70_000 });
    const { cartId } = await ensureCart(t.db, { userId: owner.id });
    await addToCart(t.db, { cartId, productId: product.id, quantity: 2, today });
    const r = await placeOrder(t.db, { cartId, buyer, payment: "cod", userId: owner.id });
    if (!r.ok) throw new Error(r.error);
    const view = await getOrderForBuyer(t.db, r.number, { userId: owner.id, accessKey: null });
    expect(view).toMatchObject({
      number: r.number,
      itemsTotalVnd: 140_000,
      communeName: "Phường Ba Đình",
    });
    expect(view?.parts[0]?.items[0]).toMatchObject({
      productId: product.id,
      quantity: 2,
      lineTotalVnd: 140_000,
    });
    expect(view && "accessKeyHash" in view).toBe(false);
    expect(
      await getOrderForBuyer(t.db, r.number, { userId: null, accessKey: r.accessKey }),
    ).not.toBeNull();
    expect(
      await getOrderForBuyer(t.db, r.number, { userId: owner.id + 1, accessKey: null }),
    ).toBeNull();
    expect(await getOrderForBuyer(t.db, r.number, { userId: null, accessKey: "guess" })).toBeNull();
    expect(
      await getOrderForBuyer(t.db, "OC-XXX-XXXX", { userId: owner.id, accessKey: null }),
    ).toBeNull();
  });
});

const onServer = testDbKind() === "postgres";

// PGlite has one connection, so nothing there runs concurrently: these run on the server only.
describe.skipIf(!onServer)(
  "concurrent checkouts (skipped on PGlite: needs the Postgres server of TEST_DATABASE_URL)",
  () => {
    it("sells exactly the stock: 200 buyers, 10 units → 10 orders, 190 refusals, stock 0", async () => {
      const { product } = await makeVisibleProduct(t.db, { nameVi: "Mật ong bạc hà", stock: 10 });
      const carts = await Promise.all(
        Array.from({ length: 200 }, () => cartWith([{ productId: product.id, quantity: 1 }])),
      );
      const results = await Promise.all(
        carts.map((cartId) => placeOrder(t.db, { cartId, buyer, payment: "cod" })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(10);
      const refusals = results.filter((r) => !r.ok);
      expect(refusals).toHaveLength(190);
      for (const r of refusals)
        expect(r).toMatchObject({
          ok: false,
          error: "outOfStock",
          productId: product.id,
          productName: "Mật ong bạc hà",
        });
      expect(await stockOf(product.id)).toBe(0);
      const [sold] = await queryRows<{ n: number }>(
        t.db,
        sql`select coalesce(sum(quantity), 0)::int as n from order_items where product_id = ${product.id}`,
      );
      expect(sold?.n).toBe(10);
    });

    it("with two contested lines per cart, added in either order: no deadlock, no oversell", async () => {
      const x = (await makeVisibleProduct(t.db, { stock: 10 })).product;
      const y = (await makeVisibleProduct(t.db, { stock: 10 })).product;
      const carts = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          cartWith(
            i % 2
              ? [
                  { productId: x.id, quantity: 1 },
                  { productId: y.id, quantity: 1 },
                ]
              : [
                  { productId: y.id, quantity: 1 },
                  { productId: x.id, quantity: 1 },
                ],
          ),
        ),
      );
      const results = await Promise.all(
        carts.map((cartId) => placeOrder(t.db, { cartId, buyer, payment: "cod" })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(10);
      expect(results.filter((r) => !r.ok && r.error === "outOfStock")).toHaveLength(190);
      expect([await stockOf(x.id), await stockOf(y.id)]).toEqual([0, 0]);
      const left = await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(cartItems)
        .where(inArray(cartItems.cartId, carts));
      // Refused carts keep both lines; the ten that ordered are empty.
      expect(left[0]?.n).toBe(380);
    });
  },
);
