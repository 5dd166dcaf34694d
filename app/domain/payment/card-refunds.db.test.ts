/**
 * Refunds of cancelled parts of paid card orders: queued in the cancel's transaction, asked of
 * Stripe by the worker with an idempotency key, retried with back-off, and the payment marked
 * "refunded" once every part is refunded.
 *
 * Stripe is the external boundary: the stand-in of its HTTP API in scripts/stripe-stand-in.ts
 * (the one the e2e suite uses) answers the real SDK and records what it was sent.
 */
import { and, asc, eq, like } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cardPaymentEvents,
  cardPayments,
  cardRefunds,
  mailOutbox,
  orderParts,
  products,
} from "../../../db/schema";
import {
  standInPaymentIntent,
  startStripeStandIn,
  type StripeStandIn,
} from "../../../scripts/stripe-stand-in";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, testDbKind, type TestDatabase } from "../../../tests/support/test-db";
import { formatVnd } from "../../i18n/index";
import { todayInVietnam } from "../../lib/dates";
import { stripeAddress } from "../../infra/stripe.server";
import { applyStripeEvent, createCheckoutSession } from "./card-payments.server";
import { drainCardRefundsOnce } from "./card-refunds.server";
import { addToCart, ensureCart } from "../cart/cart.server";
import { getOrderForBuyer, placeOrder, transitionOrderPart } from "../order/orders.server";

const SITE = "https://cho.example";
const SECRET = "whsec_refund_tests";
let t: TestDatabase;
let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  standIn = await startStripeStandIn({ port: 0 });
  stripe = new Stripe("sk_test_refunds", { ...stripeAddress(standIn.url), maxNetworkRetries: 0 });
  t = await createTestDatabase();
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
  await ensurePlace(t.db, {
    provinceCode: "15",
    communeCode: "04000",
    provinceName: "Tỉnh Lào Cai",
    communeName: "Xã Bát Xát",
  });
});
afterAll(async () => {
  await t.cleanup();
  await standIn.close();
});

const buyer = {
  name: "Trần Văn Hùng",
  phone: "0987654321",
  email: "hung@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 5 phố Huế",
};

let eventSeq = 0;
/** A webhook event as Stripe signs it, verified by the SDK like the route does. */
function completed(order: { orderId: number; totalVnd: number }, sessionId: string) {
  const payload = JSON.stringify({
    id: `evt_refund_${++eventSeq}`,
    object: "event",
    type: "checkout.session.completed",
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: {
      object: {
        id: sessionId,
        object: "checkout.session",
        amount_total: order.totalVnd,
        currency: "vnd",
        payment_status: "paid",
        metadata: { order_id: String(order.orderId), lang: "vi" },
      },
    },
  });
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  return Stripe.webhooks.constructEvent(payload, header, SECRET);
}

/** A card order with a part from Hà Nội and one from Lào Cai, its session at the stand-in. */
async function cardOrder(opts: { pay: boolean }) {
  const hanoi = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
  const laocai = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
  const a = (await makeVisibleProduct(t.db, { producerId: hanoi.id, priceVnd: 100_000, stock: 5 }))
    .product;
  const b = (await makeVisibleProduct(t.db, { producerId: laocai.id, priceVnd: 60_000, stock: 5 }))
    .product;
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  for (const productId of [a.id, b.id]) {
    const r = await addToCart(t.db, { cartId, productId, quantity: 2, today: todayInVietnam() });
    if (!r.ok) throw new Error(r.error);
  }
  const order = await placeOrder(t.db, { cartId, buyer, payment: "card", siteUrl: SITE });
  if (!order.ok) throw new Error(order.error);
  const session = await createCheckoutSession(t.db, stripe, {
    orderId: order.orderId,
    accessKey: order.accessKey,
    siteUrl: SITE,
    lang: "vi",
    now: new Date(),
  });
  if (!session.ok) throw new Error(session.error);
  if (opts.pay)
    expect(
      await applyStripeEvent(t.db, completed(order, session.sessionId), { siteUrl: SITE }),
    ).toBe("paid");
  const parts = await t.db
    .select()
    .from(orderParts)
    .where(eq(orderParts.orderId, order.orderId))
    .orderBy(asc(orderParts.id));
  const partA = parts.find((p) => p.producerId === hanoi.id);
  const partB = parts.find((p) => p.producerId === laocai.id);
  if (!partA || !partB) throw new Error("parts missing");
  return { order, sessionId: session.sessionId, partA, partB, a, b, hanoi, laocai };
}

async function refundsOf(orderId: number) {
  return t.db
    .select()
    .from(cardRefunds)
    .where(eq(cardRefunds.orderId, orderId))
    .orderBy(asc(cardRefunds.id));
}

async function paymentStatus(orderId: number) {
  const [row] = await t.db
    .select({ status: cardPayments.status })
    .from(cardPayments)
    .where(eq(cardPayments.orderId, orderId));
  return row?.status;
}

async function refundMails(number: string) {
  return t.db
    .select()
    .from(mailOutbox)
    .where(and(like(mailOutbox.subject, `%${number}%`), like(mailOutbox.subject, "Đã hoàn%")));
}

async function stockOf(productId: number) {
  const [row] = await t.db
    .select({ stock: products.stock })
    .from(products)
    .where(eq(products.id, productId));
  return row?.stock;
}

const buyerActor = (accessKey: string) => ({ kind: "buyer", userId: null, accessKey }) as const;

describe("refunds of cancelled parts of paid card orders", () => {
  it("queues the part's total (items and its shipping fee) in the cancel's transaction, once", async () => {
    const { order, partA, a } = await cardOrder({ pay: true });
    // Hà Nội part: 2 × 100 000 within the buyer's province, plus that shipment's fee.
    expect(partA.shippingFeeVnd).toBeGreaterThan(0);
    expect(partA.totalVnd).toBe(200_000 + partA.shippingFeeVnd);
    const cancel = () =>
      transitionOrderPart(t.db, {
        partId: partA.id,
        to: "cancelled",
        actor: buyerActor(order.accessKey),
      });
    expect((await cancel()).ok).toBe(true);
    expect(await cancel()).toEqual({ ok: false, error: "transitionNotAllowed" });
    const refunds = await refundsOf(order.orderId);
    expect(refunds.map((r) => [r.orderPartId, r.amountVnd, r.status, r.attempts])).toEqual([
      [partA.id, partA.totalVnd, "pending", 0],
    ]);
    expect(await stockOf(a.id)).toBe(5);
    const view = await getOrderForBuyer(t.db, order.number, {
      userId: null,
      accessKey: order.accessKey,
    });
    expect(view?.parts.find((p) => p.id === partA.id)?.refund).toEqual({
      amountVnd: partA.totalVnd,
      status: "pending",
    });
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE })).toMatchObject({
      claimed: 1,
      succeeded: 1,
    });
  });

  it("asks Stripe for the session's payment intent, refunds with the row's idempotency key, emails the buyer; the last refund marks the payment refunded", async () => {
    const { order, sessionId, partA, partB, laocai } = await cardOrder({ pay: true });
    await transitionOrderPart(t.db, {
      partId: partA.id,
      to: "cancelled",
      actor: buyerActor(order.accessKey),
    });
    standIn.requests.length = 0;
    const first = await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE });
    expect(first).toMatchObject({ succeeded: 1, retrying: 0, gaveUp: 0 });
    const [refundA] = await refundsOf(order.orderId);
    if (!refundA) throw new Error("no refund");
    expect(refundA.status).toBe("succeeded");
    expect(refundA.stripeRefundId).toMatch(/^re_test_stand_in_/);
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/checkout/sessions/${sessionId}`,
      "POST /v1/refunds",
    ]);
    const refundRequest = standIn.requests[1];
    expect(refundRequest?.body.get("payment_intent")).toBe(standInPaymentIntent(sessionId));
    expect(refundRequest?.body.get("amount")).toBe(String(partA.totalVnd));
    expect(refundRequest?.headers["idempotency-key"]).toBe(`ocop-refund-${refundA.id}`);
    // One part is still to be delivered: the payment stays paid.
    expect(await paymentStatus(order.orderId)).toBe("paid");
    const mails = await refundMails(order.number);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(
      `Đã hoàn ${formatVnd("vi", partA.totalVnd)} cho đơn ${order.number}`,
    );
    expect(mails[0]?.toAddress).toBe(buyer.email);
    expect(mails[0]?.textBody).toContain(`${SITE}/orders/${order.number}?key=${order.accessKey}`);

    // The producer cancels the other part, with a reason: refunded too, then the payment.
    const producer = {
      kind: "producer",
      userId: (await makeUser(t.db)).id,
      producerId: laocai.id,
    } as const;
    expect(
      (
        await transitionOrderPart(t.db, {
          partId: partB.id,
          to: "cancelled",
          actor: producer,
          details: { reason: "Hết hàng do mưa lũ" },
        })
      ).ok,
    ).toBe(true);
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE })).toMatchObject({
      succeeded: 1,
    });
    expect((await refundsOf(order.orderId)).map((r) => [r.amountVnd, r.status])).toEqual([
      [partA.totalVnd, "succeeded"],
      [partB.totalVnd, "succeeded"],
    ]);
    expect(await paymentStatus(order.orderId)).toBe("refunded");
    const events = await t.db
      .select()
      .from(cardPaymentEvents)
      .where(eq(cardPaymentEvents.orderId, order.orderId))
      .orderBy(asc(cardPaymentEvents.id));
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ["pending", "paid"],
      ["paid", "refunded"],
    ]);
    expect(await refundMails(order.number)).toHaveLength(2);
    const view = await getOrderForBuyer(t.db, order.number, {
      userId: null,
      accessKey: order.accessKey,
    });
    expect(view?.cardPaymentStatus).toBe("refunded");
    expect(view?.parts.find((p) => p.id === partB.id)).toMatchObject({
      status: "cancelled",
      cancelReason: "Hết hàng do mưa lũ",
      refund: { amountVnd: partB.totalVnd, status: "succeeded" },
    });
    // Nothing left to do.
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE })).toMatchObject({
      claimed: 0,
    });
  });

  it("retries a refused refund after a doubling back-off, always with the same idempotency key", async () => {
    const { order, partA } = await cardOrder({ pay: true });
    await transitionOrderPart(t.db, {
      partId: partA.id,
      to: "cancelled",
      actor: buyerActor(order.accessKey),
    });
    standIn.requests.length = 0;
    standIn.refuse("/v1/refunds", 2);
    const t0 = Date.now() + 1_000;
    const at = (seconds: number) => new Date(t0 + seconds * 1000);

    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE, now: at(0) })).toMatchObject({
      claimed: 1,
      retrying: 1,
    });
    let [row] = await refundsOf(order.orderId);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "stand-in refusal" });
    // Not due again before 2 s have passed.
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE, now: at(1) })).toMatchObject({
      claimed: 0,
    });
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE, now: at(3) })).toMatchObject({
      retrying: 1,
    });
    // Then 4 s after the second try.
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE, now: at(6) })).toMatchObject({
      claimed: 0,
    });
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE, now: at(8) })).toMatchObject({
      succeeded: 1,
    });
    [row] = await refundsOf(order.orderId);
    expect(row).toMatchObject({ status: "succeeded", attempts: 3, lastError: null });
    const keys = standIn.requests
      .filter((r) => r.path === "/v1/refunds")
      .map((r) => r.headers["idempotency-key"]);
    expect(keys).toEqual([
      `ocop-refund-${row?.id}`,
      `ocop-refund-${row?.id}`,
      `ocop-refund-${row?.id}`,
    ]);
    expect(await refundMails(order.number)).toHaveLength(1);
  });

  it("gives up after the last attempt: failed, shown to the buyer, the payment stays paid", async () => {
    const { order, partA } = await cardOrder({ pay: true });
    await transitionOrderPart(t.db, {
      partId: partA.id,
      to: "cancelled",
      actor: buyerActor(order.accessKey),
    });
    standIn.refuse("/v1/refunds", 2);
    const now = new Date(Date.now() + 1_000);
    await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE, now, maxAttempts: 2 });
    const later = new Date(now.getTime() + 5_000);
    expect(
      await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE, now: later, maxAttempts: 2 }),
    ).toMatchObject({ gaveUp: 1 });
    const [row] = await refundsOf(order.orderId);
    expect(row).toMatchObject({ status: "failed", attempts: 2 });
    expect(
      await drainCardRefundsOnce(t.db, stripe, {
        siteUrl: SITE,
        now: new Date(later.getTime() + 3_600_000),
      }),
    ).toMatchObject({ claimed: 0 });
    expect(await paymentStatus(order.orderId)).toBe("paid");
    expect(await refundMails(order.number)).toHaveLength(0);
    const view = await getOrderForBuyer(t.db, order.number, {
      userId: null,
      accessKey: order.accessKey,
    });
    expect(view?.parts.find((p) => p.id === partA.id)?.refund?.status).toBe("failed");
  });

  it("refunds nothing for a cancel before payment, until the payment arrives anyway; nothing for COD", async () => {
    const { order, sessionId, partA } = await cardOrder({ pay: false });
    expect(
      (
        await transitionOrderPart(t.db, {
          partId: partA.id,
          to: "cancelled",
          actor: buyerActor(order.accessKey),
        })
      ).ok,
    ).toBe(true);
    expect(await refundsOf(order.orderId)).toEqual([]);
    // The buyer paid on Stripe's page all the same: that part's money goes back.
    expect(await applyStripeEvent(t.db, completed(order, sessionId), { siteUrl: SITE })).toBe(
      "paid",
    );
    expect((await refundsOf(order.orderId)).map((r) => [r.orderPartId, r.amountVnd])).toEqual([
      [partA.id, partA.totalVnd],
    ]);

    const { product } = await makeVisibleProduct(t.db, { stock: 3 });
    const { cartId } = await ensureCart(t.db, { guestToken: null });
    await addToCart(t.db, { cartId, productId: product.id, quantity: 1, today: todayInVietnam() });
    const cod = await placeOrder(t.db, { cartId, buyer, payment: "cod" });
    if (!cod.ok) throw new Error(cod.error);
    const [codPart] = await t.db
      .select()
      .from(orderParts)
      .where(eq(orderParts.orderId, cod.orderId));
    await transitionOrderPart(t.db, {
      partId: codPart?.id ?? 0,
      to: "cancelled",
      actor: buyerActor(cod.accessKey),
    });
    expect(await refundsOf(cod.orderId)).toEqual([]);
  });
});

describe("a producer and an unpaid card order", () => {
  it("may not confirm or ship it before the payment is paid", async () => {
    const { order, sessionId, partA, hanoi } = await cardOrder({ pay: false });
    const producer = {
      kind: "producer",
      userId: (await makeUser(t.db)).id,
      producerId: hanoi.id,
    } as const;
    expect(
      await transitionOrderPart(t.db, { partId: partA.id, to: "confirmed", actor: producer }),
    ).toEqual({ ok: false, error: "paymentNotCompleted" });
    expect(await applyStripeEvent(t.db, completed(order, sessionId), { siteUrl: SITE })).toBe(
      "paid",
    );
    expect(
      await transitionOrderPart(t.db, { partId: partA.id, to: "confirmed", actor: producer }),
    ).toEqual({ ok: true, from: "placed", to: "confirmed" });
    expect(
      (
        await transitionOrderPart(t.db, {
          partId: partA.id,
          to: "shipped",
          actor: producer,
          details: { carrier: "Viettel Post", trackingNumber: "VTP-0042" },
        })
      ).ok,
    ).toBe(true);
    const view = await getOrderForBuyer(t.db, order.number, {
      userId: null,
      accessKey: order.accessKey,
    });
    expect(view?.parts.find((p) => p.id === partA.id)).toMatchObject({
      status: "shipped",
      carrier: "Viettel Post",
      trackingNumber: "VTP-0042",
      refund: null,
    });
  });

  it("may not ship a confirmed part whose payment is no longer paid", async () => {
    const { order, partA, hanoi } = await cardOrder({ pay: true });
    const producer = {
      kind: "producer",
      userId: (await makeUser(t.db)).id,
      producerId: hanoi.id,
    } as const;
    expect(
      (await transitionOrderPart(t.db, { partId: partA.id, to: "confirmed", actor: producer })).ok,
    ).toBe(true);
    // E.g. a person moved the payment to review after a dispute.
    await t.db
      .update(cardPayments)
      .set({ status: "needs_review" })
      .where(eq(cardPayments.orderId, order.orderId));
    expect(
      await transitionOrderPart(t.db, {
        partId: partA.id,
        to: "shipped",
        actor: producer,
        details: { carrier: "GHN", trackingNumber: "GHN1" },
      }),
    ).toEqual({ ok: false, error: "paymentNotCompleted" });
  });
});

// PGlite has one connection, so nothing there runs concurrently: this runs on the server only.
describe.skipIf(testDbKind() !== "postgres")(
  "a cancel racing the payment (skipped on PGlite: needs the Postgres server of TEST_DATABASE_URL)",
  () => {
    it("refunds the cancelled part exactly once, whichever commits first, without deadlock", async () => {
      const races = [];
      for (let i = 0; i < 10; i++) races.push(await cardOrder({ pay: false }));
      await Promise.all(
        races.flatMap(({ order, sessionId, partA }) => [
          transitionOrderPart(t.db, {
            partId: partA.id,
            to: "cancelled",
            actor: buyerActor(order.accessKey),
          }),
          applyStripeEvent(t.db, completed(order, sessionId), { siteUrl: SITE }),
        ]),
      );
      for (const { order, partA } of races) {
        expect(await paymentStatus(order.orderId)).toBe("paid");
        expect((await refundsOf(order.orderId)).map((r) => [r.orderPartId, r.amountVnd])).toEqual([
          [partA.id, partA.totalVnd],
        ]);
      }
    });
  },
);
