/**
 * Card payment through Stripe Checkout, through the checkout page and the webhook route.
 *
 * Stripe itself is the external boundary and cannot be reached from tests: the stand-in of
 * its HTTP API in scripts/stripe-stand-in.ts (the one the e2e suite uses) listens on
 * 127.0.0.1, records what the real SDK sends and answers in Stripe's shape. Webhooks are
 * signed offline with the SDK's test header helper.
 */
import { and, eq, like, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { action as cartAction } from "../../app/routes/cart";
import { action as checkoutAction } from "../../app/routes/checkout";
import { action as webhookAction } from "../../app/routes/webhooks.stripe";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { getOrderForBuyer, placeOrder } from "../../app/domain/order/orders.server";
import {
  sweepExpiredCardOrders,
  SWEEP_AFTER_MS,
} from "../../app/domain/payment/card-payments.server";
import { formatVnd } from "../../app/i18n";
import { todayInVietnam } from "../../app/lib/dates";
import {
  cardPaymentEvents,
  cardPayments,
  cartItems,
  mailOutbox,
  orderEvents,
  orderParts,
  orders,
  products,
  stripeEvents,
} from "../../db/schema";
import { startStripeStandIn, type StripeStandIn } from "../../scripts/stripe-stand-in";
import { ensurePlace, makeProducer, makeVisibleProduct } from "../support/factories";
import { createTestDatabase, testDbKind, type TestDatabase } from "../support/test-db";
import { quotedTotal } from "../support/checkout";
import { args, ORIGIN, post as postRequest, settle } from "../support/route-call";

const WEBHOOK_SECRET = "whsec_test_secret";

let standIn: StripeStandIn;
let t: TestDatabase;

beforeAll(async () => {
  standIn = await startStripeStandIn({ port: 0 });
  // Read once by getConfig() on first use, which happens after this point.
  vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_stand_in");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
  vi.stubEnv("STRIPE_API_BASE", standIn.url);
  vi.stubEnv("SITE_URL", ORIGIN);

  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
  await ensurePlace(t.db, {
    provinceCode: "15",
    communeCode: "04000",
    provinceName: "Tỉnh Lào Cai",
    communeName: "Xã Bát Xát",
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
  await standIn.close();
});

const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  postRequest(path, fields, { cookie });

const buyer = {
  name: "Nguyễn Thị Lan",
  phone: "0912345678",
  email: "lan@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 12 ngõ 34 Đội Cấn",
};

async function stockOf(productId: number) {
  const [row] = await t.db
    .select({ stock: products.stock })
    .from(products)
    .where(eq(products.id, productId));
  return row?.stock;
}

async function paymentOf(orderId: number) {
  const [row] = await t.db.select().from(cardPayments).where(eq(cardPayments.orderId, orderId));
  return row;
}

async function count(table: typeof stripeEvents | typeof cardPaymentEvents | typeof mailOutbox) {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

/** Every email about this order, oldest first. */
async function mailsAbout(number: string) {
  return t.db
    .select()
    .from(mailOutbox)
    .where(like(mailOutbox.subject, `%${number}%`))
    .orderBy(mailOutbox.id);
}

const totalText = (vnd: number) => formatVnd("vi", vnd);
const PAID_SUBJECT = /^Đã nhận thanh toán cho đơn OC-/;
const CANCELLED_SUBJECT = /^Đơn OC-\S+ đã được huỷ vì chưa thanh toán$/;

/** A card order placed directly (stock reserved, payment pending): 2 × 80 000 đ from Lào Cai. */
async function cardOrder() {
  const producer = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
  const { product } = await makeVisibleProduct(t.db, {
    producerId: producer.id,
    priceVnd: 80_000,
    stock: 10,
  });
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  const added = await addToCart(t.db, {
    cartId,
    productId: product.id,
    quantity: 2,
    today: todayInVietnam(),
  });
  if (!added.ok) throw new Error(added.error);
  const mailBefore = await count(mailOutbox);
  const placed = await placeOrder(t.db, { cartId, buyer, payment: "card" });
  if (!placed.ok) throw new Error(placed.error);
  expect(await stockOf(product.id)).toBe(8);
  // Nothing is confirmed by email before the payment's outcome is known.
  expect(await count(mailOutbox)).toBe(mailBefore);
  return { ...placed, productId: product.id };
}

let eventSeq = 0;
function event(
  type: string,
  order: { orderId: number; totalVnd: number; number: string; accessKey: string },
  session: Partial<{ amount_total: number; currency: string; payment_status: string }> = {},
  id = `evt_test_${++eventSeq}`,
) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: {
      object: {
        id: `cs_test_order_${order.orderId}`,
        object: "checkout.session",
        amount_total: order.totalVnd,
        currency: "vnd",
        payment_status: "paid",
        client_reference_id: String(order.orderId),
        metadata: { order_id: String(order.orderId), lang: "vi" },
        // As createCheckoutSession builds it: the private link, with where the buyer came back.
        success_url: `${ORIGIN}/orders/${order.number}?key=${order.accessKey}&payment=done`,
        ...session,
      },
    },
  });
}

function deliver(payload: string, secret = WEBHOOK_SECRET) {
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  return webhookAction(
    args(
      new Request(`${ORIGIN}/webhooks/stripe`, {
        method: "POST",
        body: payload,
        // Stripe posts from its own servers: no Origin of ours.
        headers: { "Content-Type": "application/json", "Stripe-Signature": header },
      }),
    ),
  );
}

describe("checkout with a card", () => {
  it("places the order, builds the session from the database and redirects to Stripe", async () => {
    const producer = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producer.id,
      priceVnd: 120_000,
      stock: 5,
    });
    const added = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(product.id), quantity: "2" })),
      ),
    );
    const cookie =
      (added instanceof Response ? (added.headers.get("Set-Cookie") ?? "") : "").split(";")[0] ??
      "";
    expect(cookie).toMatch(/^ocop_cart=/);

    const quotedTotalVnd = await quotedTotal(buyer, cookie);
    standIn.requests.length = 0;
    const before = Math.floor(Date.now() / 1000);
    const result = await settle(() =>
      checkoutAction(
        args(
          post(
            "/checkout",
            // Tampered fields: the server reads no price or quantity from the form.
            {
              ...buyer,
              payment: "card",
              privacyConsent: "yes",
              intent: "place",
              quotedTotalVnd,
              quantity: "50",
              priceVnd: "1",
              totalVnd: "1",
            },
            cookie,
          ),
        ),
      ),
    );
    const after = Math.floor(Date.now() / 1000);
    expect(result instanceof Response && result.status).toBe(303);
    const location = result instanceof Response ? result.headers.get("Location") : null;
    expect(location).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_stand_in_/);
    const sessionId = location?.split("/").at(-1);

    const [order] = await t.db
      .select()
      .from(orders)
      .where(eq(orders.buyerEmail, buyer.email))
      .orderBy(sql`${orders.id} desc`)
      .limit(1);
    if (!order) throw new Error("no order");
    expect(order.paymentMethod).toBe("card");
    expect(await stockOf(product.id)).toBe(3);
    const payment = await paymentOf(order.id);
    expect(payment?.status).toBe("pending");
    expect(payment?.sessionId).toBe(sessionId);
    const [part] = await t.db.select().from(orderParts).where(eq(orderParts.orderId, order.id));
    expect(part?.shippingFeeVnd).toBeGreaterThan(0);

    expect(standIn.requests).toHaveLength(1);
    const req = standIn.requests[0];
    if (!req) throw new Error("no request");
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/v1/checkout/sessions");
    expect(req.headers["idempotency-key"]).toBe(`checkout-${order.id}`);
    const b = req.body;
    expect(b.get("mode")).toBe("payment");
    // Zero-decimal VND: whole đồng, not hundredths.
    expect(b.get("line_items[0][price_data][unit_amount]")).toBe("120000");
    expect(b.get("line_items[0][price_data][currency]")).toBe("vnd");
    expect(b.get("line_items[0][quantity]")).toBe("2");
    expect(b.get("line_items[1][price_data][unit_amount]")).toBe(String(part?.shippingFeeVnd));
    expect(b.get("line_items[1][quantity]")).toBe("1");
    expect(b.has("line_items[2][quantity]")).toBe(false);
    expect(120_000 * 2 + (part?.shippingFeeVnd ?? 0)).toBe(order.totalVnd);
    expect(b.get("metadata[order_id]")).toBe(String(order.id));
    expect(b.get("client_reference_id")).toBe(String(order.id));
    const expiresAt = Number(b.get("expires_at"));
    expect(expiresAt).toBeGreaterThanOrEqual(before + 30 * 60);
    expect(expiresAt).toBeLessThanOrEqual(after + 30 * 60);
    expect(b.get("success_url")).toMatch(new RegExp(`/orders/${order.number}\\?key=`));
    expect(b.get("cancel_url")).toMatch(new RegExp(`/orders/${order.number}\\?key=`));
  });

  it("cancels the order and refills the cart when Stripe refuses the session", async () => {
    const producer = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producer.id,
      priceVnd: 50_000,
      stock: 4,
    });
    const added = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(product.id), quantity: "3" })),
      ),
    );
    const cookie =
      (added instanceof Response ? (added.headers.get("Set-Cookie") ?? "") : "").split(";")[0] ??
      "";
    const quotedTotalVnd = await quotedTotal(buyer, cookie);
    standIn.refuse("/v1/checkout/sessions");
    const result = await settle(() =>
      checkoutAction(
        args(
          post("/checkout", { ...buyer, payment: "card", privacyConsent: "yes", intent: "place", quotedTotalVnd }, cookie),
        ),
      ),
    );
    expect(
      result instanceof Response ? result.status : (result as { init?: ResponseInit }).init?.status,
    ).toBe(502);
    expect(await stockOf(product.id)).toBe(4);
    const back = await t.db.select().from(cartItems).where(eq(cartItems.productId, product.id));
    expect(back.map((r) => r.quantity)).toEqual([3]);
  });
});

describe("the Stripe webhook", () => {
  it("answers 400 to a forged signature and writes nothing", async () => {
    const order = await cardOrder();
    const events = await count(stripeEvents);
    const forged = await deliver(event("checkout.session.completed", order), "whsec_someone_else");
    expect(forged.status).toBe(400);
    const unsigned = await webhookAction(
      args(
        new Request(`${ORIGIN}/webhooks/stripe`, {
          method: "POST",
          body: event("checkout.session.completed", order),
        }),
      ),
    );
    expect(unsigned.status).toBe(400);
    expect(await count(stripeEvents)).toBe(events);
    expect((await paymentOf(order.orderId))?.status).toBe("pending");
    expect(await mailsAbout(order.number)).toHaveLength(0);
  });

  it("marks the order paid once when the same event is delivered five times", async () => {
    const order = await cardOrder();
    const payload = event("checkout.session.completed", order);
    const responses =
      testDbKind() === "postgres"
        ? await Promise.all(Array.from({ length: 5 }, () => deliver(payload)))
        : await (async () => {
            const out: Response[] = [];
            for (let i = 0; i < 5; i++) out.push(await deliver(payload));
            return out;
          })();
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await Promise.all(responses.map((r) => r.text()))).sort()).toEqual([
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "paid",
    ]);
    expect((await paymentOf(order.orderId))?.status).toBe("paid");
    const changes = await t.db
      .select()
      .from(cardPaymentEvents)
      .where(eq(cardPaymentEvents.orderId, order.orderId));
    expect(changes.map((c) => [c.fromStatus, c.toStatus])).toEqual([["pending", "paid"]]);
    // One email: payment received, the order's details and its private link.
    const mails = await mailsAbout(order.number);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(PAID_SUBJECT)]);
    const body = mails[0]?.textBody ?? "";
    expect(body).toContain(`Chúng tôi đã nhận ${totalText(order.totalVnd)} thanh toán bằng thẻ`);
    expect(body).toContain("Giao đến: Nguyễn Thị Lan · 0912345678, Số 12 ngõ 34 Đội Cấn");
    expect(body).toMatch(
      /Kiện hàng từ HTX Thử nghiệm \S+\n- Sản phẩm \S+ \(Hộp 500 g\) × 2: 160\.000\s₫\nPhí giao hàng: [1-9][\d.]*\s₫/,
    );
    expect(body).toContain(`Tổng cộng: ${totalText(order.totalVnd)}`);
    expect(body).toContain(`Tổng cộng: ${totalText(order.totalVnd)}`);
    expect(body).toContain(`${ORIGIN}/orders/${order.number}?key=${order.accessKey}`);
    expect(await stockOf(order.productId)).toBe(8);
    const view = await getOrderForBuyer(t.db, order.number, {
      userId: null,
      accessKey: order.accessKey,
    });
    expect(view?.paymentMethod).toBe("card");
    expect(view?.cardPaymentStatus).toBe("paid");
  });

  it("waits on an unpaid completion, then takes the async success", async () => {
    const order = await cardOrder();
    const waiting = await deliver(
      event("checkout.session.completed", order, { payment_status: "unpaid" }),
    );
    expect(await waiting.text()).toBe("unchanged");
    expect((await paymentOf(order.orderId))?.status).toBe("pending");
    const ok = await deliver(event("checkout.session.async_payment_succeeded", order));
    expect(await ok.text()).toBe("paid");
    expect((await paymentOf(order.orderId))?.status).toBe("paid");
    expect((await mailsAbout(order.number)).map((m) => m.subject)).toEqual([
      expect.stringMatching(PAID_SUBJECT),
    ]);
  });

  it("releases the stock on an async failure, through the order parts' transitions", async () => {
    const order = await cardOrder();
    const r = await deliver(event("checkout.session.async_payment_failed", order));
    expect(await r.text()).toBe("failed");
    expect((await paymentOf(order.orderId))?.status).toBe("failed");
    expect(await stockOf(order.productId)).toBe(10);
    const parts = await t.db.select().from(orderParts).where(eq(orderParts.orderId, order.orderId));
    expect(parts.map((p) => p.status)).toEqual(["cancelled"]);
    const [cancel] = await t.db
      .select()
      .from(orderEvents)
      .where(
        and(eq(orderEvents.orderPartId, parts[0]?.id ?? 0), eq(orderEvents.toStatus, "cancelled")),
      );
    expect(cancel?.actorKind).toBe("system");
    // One email: the order is cancelled and nothing was charged.
    const mails = await mailsAbout(order.number);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(CANCELLED_SUBJECT)]);
    expect(mails[0]?.textBody).toContain("không thành công nên đơn đã được huỷ");
    expect(mails[0]?.textBody).toContain("Bạn không bị trừ tiền.");
    expect(mails[0]?.textBody).toContain(`/orders/${order.number}?key=${order.accessKey}`);
  });

  it("expired then completed: stock released once, the late payment left for a person", async () => {
    const order = await cardOrder();
    expect(await (await deliver(event("checkout.session.expired", order))).text()).toBe("expired");
    expect(await stockOf(order.productId)).toBe(10);
    expect(await (await deliver(event("checkout.session.completed", order))).text()).toBe(
      "needsReview",
    );
    expect(await stockOf(order.productId)).toBe(10);
    const payment = await paymentOf(order.orderId);
    expect(payment?.status).toBe("needs_review");
    const parts = await t.db.select().from(orderParts).where(eq(orderParts.orderId, order.orderId));
    expect(parts.map((p) => p.status)).toEqual(["cancelled"]);
    const changes = await t.db
      .select()
      .from(cardPaymentEvents)
      .where(eq(cardPaymentEvents.orderId, order.orderId));
    expect(changes.map((c) => c.toStatus)).toEqual(["expired", "needs_review"]);
    expect(changes[1]?.note).toMatch(/paid after the order was released/);
    // The expiry's email only: the late payment is for a person to sort out.
    const mails = await mailsAbout(order.number);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(CANCELLED_SUBJECT)]);
    expect(mails[0]?.textBody).toContain("hết thời gian thanh toán bằng thẻ");
  });

  it("completed then expired: stays paid, stock stays reserved", async () => {
    const order = await cardOrder();
    expect(await (await deliver(event("checkout.session.completed", order))).text()).toBe("paid");
    expect(await (await deliver(event("checkout.session.expired", order))).text()).toBe(
      "unchanged",
    );
    expect((await paymentOf(order.orderId))?.status).toBe("paid");
    expect(await stockOf(order.productId)).toBe(8);
    const parts = await t.db.select().from(orderParts).where(eq(orderParts.orderId, order.orderId));
    expect(parts.map((p) => p.status)).toEqual(["placed"]);
    expect((await mailsAbout(order.number)).map((m) => m.subject)).toEqual([
      expect.stringMatching(PAID_SUBJECT),
    ]);
  });

  it("does not mark paid when the amount or the currency differ from the order", async () => {
    const short = await cardOrder();
    const r = await deliver(
      event("checkout.session.completed", short, { amount_total: short.totalVnd - 1 }),
    );
    expect(await r.text()).toBe("needsReview");
    expect((await paymentOf(short.orderId))?.status).toBe("needs_review");
    const [change] = await t.db
      .select()
      .from(cardPaymentEvents)
      .where(eq(cardPaymentEvents.orderId, short.orderId));
    expect(change?.note).toMatch(/amount mismatch/);

    const usd = await cardOrder();
    const u = await deliver(event("checkout.session.completed", usd, { currency: "usd" }));
    expect(await u.text()).toBe("needsReview");
    expect(await mailsAbout(short.number)).toHaveLength(0);
    expect(await mailsAbout(usd.number)).toHaveLength(0);
  });
});

describe("the sweep for missed webhooks", () => {
  it("releases a card order still pending after 35 minutes, once", async () => {
    const order = await cardOrder();
    const [row] = await t.db
      .select({ createdAt: cardPayments.createdAt })
      .from(cardPayments)
      .where(eq(cardPayments.orderId, order.orderId));
    if (!row) throw new Error("no payment");
    // Other tests' orders are settled or younger; only this one's age is reasoned about.
    const early = new Date(row.createdAt.getTime() + SWEEP_AFTER_MS - 60_000);
    await sweepExpiredCardOrders(t.db, early);
    expect((await paymentOf(order.orderId))?.status).toBe("pending");
    expect(await stockOf(order.productId)).toBe(8);

    const late = new Date(row.createdAt.getTime() + SWEEP_AFTER_MS + 60_000);
    await sweepExpiredCardOrders(t.db, late);
    expect((await paymentOf(order.orderId))?.status).toBe("expired");
    expect(await stockOf(order.productId)).toBe(10);
    // The buyer is told; a guest's private link is not known without the session.
    const mails = await mailsAbout(order.number);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(CANCELLED_SUBJECT)]);
    expect(mails[0]?.textBody).not.toContain("?key=");
    await sweepExpiredCardOrders(t.db, late);
    expect(await stockOf(order.productId)).toBe(10);
    // The webhook that finally arrives changes nothing either.
    expect(await (await deliver(event("checkout.session.expired", order))).text()).toBe(
      "unchanged",
    );
    expect(await stockOf(order.productId)).toBe(10);
    expect(await mailsAbout(order.number)).toHaveLength(1);
  });
});
