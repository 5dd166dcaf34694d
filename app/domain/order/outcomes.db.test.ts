/**
 * Cancelled and returned shipments leave every total; delivery outcomes (delivered by the
 * buyer, delivery failed, returned with or without restock) move stock and money exactly once
 * and are recorded for the timeline. On PGlite, and on Postgres with TEST_DATABASE_URL.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardPayments, cardRefunds, orderEvents, orderParts, products } from "../../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { formatVnd } from "../../i18n/index";
import { addToCart, ensureCart } from "../cart/cart.server";
import type { Buyer } from "./checkout-schema";
import { orderCsv } from "./csv.server";
import { listOrdersForUser } from "./history.server";
import { orderTotals } from "./lifecycle";
import { orderDetailsText } from "./mail.server";
import { getOrderForBuyer, placeOrder, transitionOrderPart } from "./orders.server";
import { listProducerOrderItemsForCsv, moveProducerOrderPart } from "./shipments.server";
import { partTimelines } from "./timeline.server";
import type { PaymentMethod } from "../../../db/schema";

let t: TestDatabase;
const today = todayInVietnam();
const HN = { provinceCode: "01", communeCode: "00004" };
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
});
afterAll(async () => {
  await t.cleanup();
});

async function stockOf(productId: number) {
  const [row] = await t.db
    .select({ stock: products.stock })
    .from(products)
    .where(eq(products.id, productId));
  return row?.stock;
}

/** An order of two producers' products (3 of the first, 2 of the second). */
async function twoPartOrder(payment: PaymentMethod = "cod", userId: number | null = null) {
  const { product: honey } = await makeVisibleProduct(t.db, { stock: 10, priceVnd: 120_000 });
  const { product: rice } = await makeVisibleProduct(t.db, { stock: 10, priceVnd: 48_000 });
  const { cartId } = await ensureCart(t.db, userId ? { userId } : { guestToken: null });
  await addToCart(t.db, { cartId, productId: honey.id, quantity: 3, today });
  await addToCart(t.db, { cartId, productId: rice.id, quantity: 2, today });
  const order = await placeOrder(t.db, { cartId, buyer, payment, userId });
  if (!order.ok) throw new Error(order.error);
  const parts = await t.db.select().from(orderParts).where(eq(orderParts.orderId, order.orderId));
  const honeyPart = parts.find((p) => p.producerId === honey.producerId);
  const ricePart = parts.find((p) => p.producerId === rice.producerId);
  if (!honeyPart || !ricePart) throw new Error("parts missing");
  const producerOf = async (producerId: number) => ({
    id: (await makeUser(t.db)).id,
    email: "chu-the@example.com",
    role: "producer_member" as const,
    name: "Chủ thể",
    producerId,
  });
  return {
    order,
    honey,
    rice,
    honeyPart,
    ricePart,
    honeyProducer: await producerOf(honey.producerId),
    buyerActor: { kind: "buyer", userId, accessKey: order.accessKey } as const,
  };
}

/** Confirmed and shipped by its producer. */
async function ship(
  partId: number,
  actor: Awaited<ReturnType<typeof twoPartOrder>>["honeyProducer"],
) {
  expect((await moveProducerOrderPart(t.db, actor, partId, "confirmed")).ok).toBe(true);
  expect(
    (
      await moveProducerOrderPart(t.db, actor, partId, "shipped", {
        carrier: "ghn",
        trackingNumber: "GAK78X9",
      })
    ).ok,
  ).toBe(true);
}

describe("totals without cancelled and returned shipments", () => {
  it("leave the cancelled part out of the order page, the email, the account list and the CSV", async () => {
    const user = await makeUser(t.db);
    const o = await twoPartOrder("cod", user.id);
    const placed = o.order.totalVnd;
    expect(
      (
        await transitionOrderPart(t.db, {
          partId: o.ricePart.id,
          to: "cancelled",
          actor: o.buyerActor,
        })
      ).ok,
    ).toBe(true);

    const view = await getOrderForBuyer(t.db, o.order.number, {
      userId: user.id,
      accessKey: null,
    });
    if (!view) throw new Error("order not visible");
    // History stays: the placed total is unchanged; what is due drops by exactly that part.
    expect(view.totalVnd).toBe(placed);
    expect(orderTotals(view.parts).totalVnd).toBe(placed - o.ricePart.totalVnd);
    expect(orderTotals(view.parts).totalVnd).toBe(o.honeyPart.totalVnd);

    const [summary] = await listOrdersForUser(t.db, user.id);
    expect(summary?.totalVnd).toBe(o.honeyPart.totalVnd);

    const text = await orderDetailsText(t.db, o.order.orderId, "vi");
    expect(text).toContain("[Đã huỷ: không tính vào tổng cộng]");
    expect(text).toContain(`Tổng cộng: ${formatVnd("vi", o.honeyPart.totalVnd)}`);
    const en = await orderDetailsText(t.db, o.order.orderId, "en");
    expect(en).toContain("[Cancelled: not counted in the total]");

    const { items } = await listProducerOrderItemsForCsv(t.db, o.rice.producerId, {
      status: null,
      from: null,
      to: null,
    });
    const csv = orderCsv(items, false, "en")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    const header = csv[0]?.split(",") ?? [];
    const dueAt = header.findIndex((h) => h.startsWith("Amount due"));
    const row = csv[1]?.split(",") ?? [];
    expect(dueAt).toBeGreaterThan(0);
    expect(row[dueAt]).toBe("0");
  });

  it("leaves a returned part out too, and keeps a failed delivery in until it is returned", async () => {
    const user = await makeUser(t.db);
    const o = await twoPartOrder("cod", user.id);
    await ship(o.honeyPart.id, o.honeyProducer);
    await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "delivery_failed", {
      failureReason: "refused",
    });
    expect((await listOrdersForUser(t.db, user.id))[0]?.totalVnd).toBe(o.order.totalVnd);
    await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", {
      restock: false,
    });
    expect((await listOrdersForUser(t.db, user.id))[0]?.totalVnd).toBe(o.ricePart.totalVnd);
  });
});

describe("delivery outcomes", () => {
  it("a failed delivery needs a listed reason; the return with restock puts the stock back exactly once", async () => {
    const o = await twoPartOrder();
    expect(await stockOf(o.honey.id)).toBe(7);
    await ship(o.honeyPart.id, o.honeyProducer);
    // Not yet failed: a return straight from "shipped" is refused.
    expect(
      await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", {
        restock: true,
      }),
    ).toEqual({ ok: false, error: "transitionNotAllowed" });
    expect(
      await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "delivery_failed", {
        failureReason: "mưa bão",
      }),
    ).toEqual({ ok: false, error: "failureReasonRequired" });
    expect(
      await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "delivery_failed", {
        failureReason: "unreachable",
      }),
    ).toEqual({ ok: true, from: "shipped", to: "delivery_failed" });
    expect(
      await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", {}),
    ).toEqual({ ok: false, error: "restockRequired" });
    expect(await stockOf(o.honey.id)).toBe(7);

    const both = await Promise.all([
      moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", { restock: true }),
      moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", { restock: true }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([{ ok: false, error: "transitionNotAllowed" }]);
    expect(await stockOf(o.honey.id)).toBe(10);
    // A third submit, later: nothing more.
    await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", {
      restock: true,
    });
    expect(await stockOf(o.honey.id)).toBe(10);

    const [row] = await t.db.select().from(orderParts).where(eq(orderParts.id, o.honeyPart.id));
    expect(row).toMatchObject({
      status: "returned",
      deliveryFailureReason: "unreachable",
      restocked: true,
    });
    const timeline = (await partTimelines(t.db, [o.honeyPart.id])).get(o.honeyPart.id) ?? [];
    expect(timeline.map((e) => [e.status, e.actor])).toEqual([
      ["placed", "buyer"],
      ["confirmed", "producer"],
      ["shipped", "producer"],
      ["delivery_failed", "producer"],
      ["returned", "producer"],
    ]);
    expect(timeline[2]).toMatchObject({ carrier: "ghn", trackingNumber: "GAK78X9" });
    expect(timeline[3]?.reason).toBe("unreachable");
    expect(timeline[4]?.restocked).toBe(true);
    for (const e of timeline) expect(e.at).toBeInstanceOf(Date);
  });

  it("a return without restock leaves the stock as it is", async () => {
    const o = await twoPartOrder();
    await ship(o.honeyPart.id, o.honeyProducer);
    await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "delivery_failed", {
      failureReason: "damaged",
    });
    expect(
      (
        await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", {
          restock: false,
        })
      ).ok,
    ).toBe(true);
    expect(await stockOf(o.honey.id)).toBe(7);
  });

  it("only the owning producer records outcomes", async () => {
    const o = await twoPartOrder();
    await ship(o.honeyPart.id, o.honeyProducer);
    const other = await makeProducer(t.db);
    const stranger = { ...o.honeyProducer, producerId: other.id };
    expect(
      await moveProducerOrderPart(t.db, stranger, o.honeyPart.id, "delivery_failed", {
        failureReason: "refused",
      }),
    ).toEqual({ ok: false, error: "notFound" });
    const [row] = await t.db.select().from(orderParts).where(eq(orderParts.id, o.honeyPart.id));
    expect(row?.status).toBe("shipped");
  });

  it("the buyer confirms receipt of their own shipped part only, once", async () => {
    const o = await twoPartOrder();
    const received = (partId: number, actor = o.buyerActor as object) =>
      transitionOrderPart(t.db, {
        partId,
        to: "delivered",
        orderNumber: o.order.number,
        actor: actor as typeof o.buyerActor,
      });
    // Not shipped yet.
    expect(await received(o.honeyPart.id)).toEqual({ ok: false, error: "transitionNotAllowed" });
    await ship(o.honeyPart.id, o.honeyProducer);
    // Without the order's key, or from another order's page: not found.
    expect(
      await received(o.honeyPart.id, { kind: "buyer", userId: null, accessKey: "sai-khoa" }),
    ).toEqual({ ok: false, error: "notFound" });
    const other = await twoPartOrder();
    expect(
      await transitionOrderPart(t.db, {
        partId: o.honeyPart.id,
        to: "delivered",
        orderNumber: other.order.number,
        actor: other.buyerActor,
      }),
    ).toEqual({ ok: false, error: "notFound" });
    expect(await received(o.honeyPart.id)).toEqual({
      ok: true,
      from: "shipped",
      to: "delivered",
    });
    expect(await received(o.honeyPart.id)).toEqual({ ok: false, error: "transitionNotAllowed" });
    const events = await t.db
      .select({ to: orderEvents.toStatus, actor: orderEvents.actorKind })
      .from(orderEvents)
      .where(eq(orderEvents.orderPartId, o.honeyPart.id))
      .orderBy(orderEvents.id);
    expect(events.at(-1)).toEqual({ to: "delivered", actor: "buyer" });
    expect(events.filter((e) => e.to === "delivered")).toHaveLength(1);
  });

  it("a returned part of a paid card order queues the refund of its whole total, once", async () => {
    const o = await twoPartOrder("card");
    // The payment as Stripe's webhook leaves it (covered by card-payments.db.test.ts).
    await t.db.execute(
      sql`update card_payments set status = 'paid' where order_id = ${o.order.orderId}`,
    );
    await ship(o.honeyPart.id, o.honeyProducer);
    await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "delivery_failed", {
      failureReason: "refused",
    });
    expect(
      await t.db.select().from(cardRefunds).where(eq(cardRefunds.orderPartId, o.honeyPart.id)),
    ).toHaveLength(0);
    await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", {
      restock: true,
    });
    await moveProducerOrderPart(t.db, o.honeyProducer, o.honeyPart.id, "returned", {
      restock: true,
    });
    const refunds = await t.db
      .select({ amount: cardRefunds.amountVnd, status: cardRefunds.status })
      .from(cardRefunds)
      .where(eq(cardRefunds.orderId, o.order.orderId));
    expect(refunds).toEqual([{ amount: o.honeyPart.totalVnd, status: "pending" }]);
    const [pay] = await t.db
      .select({ status: cardPayments.status })
      .from(cardPayments)
      .where(eq(cardPayments.orderId, o.order.orderId));
    expect(pay?.status).toBe("paid");
  });
});
