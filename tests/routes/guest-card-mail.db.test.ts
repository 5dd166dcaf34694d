/**
 * A guest who pays by card without giving an email (decision 0025): Stripe Checkout is opened
 * without `customer_email`, and neither the payment's success nor its expiry queues a mail,
 * while the payment itself moves as for anyone. Stripe is the local stand-in of its HTTP API
 * (scripts/stripe-stand-in.ts, as in stripe-payments.db.test.ts); webhooks are signed offline
 * with the SDK's test header helper.
 */
import { quotedTotal } from "../support/checkout";
import { count, eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { action as cartAction } from "../../app/routes/cart";
import { action as checkoutAction } from "../../app/routes/checkout";
import { action as webhookAction } from "../../app/routes/webhooks.stripe";
import { cardPayments, mailOutbox, orders } from "../../db/schema";
import { startStripeStandIn, type StripeStandIn } from "../../scripts/stripe-stand-in";
import { ensurePlace, makeVisibleProduct } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { args, ORIGIN, post, settle } from "../support/route-call";

const WEBHOOK_SECRET = "whsec_test_secret";
let standIn: StripeStandIn;
let t: TestDatabase;

beforeAll(async () => {
  standIn = await startStripeStandIn({ port: 0 });
  vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_stand_in");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
  vi.stubEnv("STRIPE_API_BASE", standIn.url);
  vi.stubEnv("SITE_URL", ORIGIN);
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
  await standIn.close();
});

async function mailCount() {
  const [row] = await t.db.select({ n: count() }).from(mailOutbox);
  return row?.n ?? 0;
}

/** A guest's card order without email, through the cart and checkout pages. */
async function guestCardOrder(phone: string) {
  const { product } = await makeVisibleProduct(t.db, { priceVnd: 90_000, stock: 5 });
  const added = await settle(() =>
    cartAction(
      args(post("/cart", { intent: "add", productId: String(product.id), quantity: "1" })),
    ),
  );
  const cookie =
    ((added instanceof Response ? added.headers.get("Set-Cookie") : null) ?? "").split(";")[0] ??
    "";
  const fields = {
    name: "Vũ Văn Thẻ",
    phone,
    email: "",
    provinceCode: "01",
    communeCode: "00004",
    street: "Số 4 ngõ Thanh Toán",
    payment: "card",
    privacyConsent: "yes",
  };
  const quotedTotalVnd = await quotedTotal(fields, cookie);
  standIn.requests.length = 0;
  const placed = await settle(() =>
    checkoutAction(
      args(post("/checkout", { ...fields, intent: "place", quotedTotalVnd }, { cookie })),
    ),
  );
  expect(placed instanceof Response && placed.status).toBe(303);
  const [order] = await t.db.select().from(orders).where(eq(orders.buyerPhone, phone));
  if (!order) throw new Error("no order");
  return order;
}

function sessionEvent(type: string, order: { id: number; totalVnd: number; number: string }) {
  return JSON.stringify({
    id: `evt_guest_${type}_${order.id}`,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: {
      object: {
        id: `cs_test_order_${order.id}`,
        object: "checkout.session",
        amount_total: order.totalVnd,
        currency: "vnd",
        payment_status: "paid",
        client_reference_id: String(order.id),
        metadata: { order_id: String(order.id), lang: "vi" },
        success_url: `${ORIGIN}/orders/${order.number}?key=x&payment=done`,
      },
    },
  });
}

function deliver(payload: string) {
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return webhookAction(
    args(
      new Request(`${ORIGIN}/webhooks/stripe`, {
        method: "POST",
        body: payload,
        headers: { "Content-Type": "application/json", "Stripe-Signature": header },
      }),
    ),
  );
}

async function statusOf(orderId: number) {
  const [row] = await t.db
    .select({ status: cardPayments.status })
    .from(cardPayments)
    .where(eq(cardPayments.orderId, orderId));
  return row?.status;
}

describe("a card order without email", () => {
  it("opens Stripe Checkout without a customer email", async () => {
    const order = await guestCardOrder("0966000111");
    expect(order.buyerEmail).toBeNull();
    const req = standIn.requests.find((r) => r.path === "/v1/checkout/sessions");
    expect(req?.body.get("metadata[order_id]")).toBe(String(order.id));
    expect(req?.body.has("customer_email")).toBe(false);
  });

  it("is paid without queuing a mail", async () => {
    const order = await guestCardOrder("0966000222");
    const mails = await mailCount();
    const res = await deliver(sessionEvent("checkout.session.completed", order));
    expect(await res.text()).toBe("paid");
    expect(await statusOf(order.id)).toBe("paid");
    expect(await mailCount()).toBe(mails);
  });

  it("expires without queuing a mail", async () => {
    const order = await guestCardOrder("0966000333");
    const mails = await mailCount();
    const res = await deliver(sessionEvent("checkout.session.expired", order));
    expect(await res.text()).toBe("expired");
    expect(await statusOf(order.id)).toBe("expired");
    expect(await mailCount()).toBe(mails);
  });
});
