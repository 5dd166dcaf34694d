/**
 * VNPay through the checkout page, the IPN route and the return page.
 *
 * VNPay itself is the external boundary and cannot be reached from tests: the STAND-IN of its
 * payment page and refund API in scripts/vnpay-stand-in.ts (the one the e2e suite uses),
 * written from VNPay's documented algorithm, checks the signature of the URL the app built,
 * "pays" or "cancels", calls the app's IPN route with a signed result (here the route's loader
 * itself) and answers the app's signed refund requests. IPNs with a wrong signature, amount or
 * reference are signed here with the stand-in's own signer.
 */
import { and, eq, inArray, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loader as ipnLoader } from "../../app/routes/payments.vnpay.ipn";
import { loader as returnLoader } from "../../app/routes/payments.vnpay.return.$key";
import { action as cartAction } from "../../app/routes/cart";
import { action as checkoutAction } from "../../app/routes/checkout";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import {
  getOrderForBuyer,
  placeOrder,
  transitionOrderPart,
} from "../../app/domain/order/orders.server";
import {
  sweepExpiredVnpayOrders,
  SWEEP_AFTER_MS,
  vnpayPaymentUrl,
} from "../../app/domain/payment/vnpay-payments.server";
import { paymentKey } from "../../app/domain/order/payment-key";
import { getProducerOrderPart } from "../../app/domain/order/shipments.server";
import { drainVnpayRefundsOnce } from "../../app/domain/payment/vnpay-refunds.server";
import { getVnpay } from "../../app/infra/vnpay.server";
import { todayInVietnam } from "../../app/lib/dates";
import {
  ledgerEntries,
  mailOutbox,
  orderParts,
  products,
  vnpayNotifications,
  vnpayPaymentEvents,
  vnpayPayments,
  vnpayRefunds,
} from "../../db/schema";
import { signedQuery, startVnpayStandIn, type VnpayStandIn } from "../../scripts/vnpay-stand-in";
import { ensurePlace, makeProducer, makeUser, makeVisibleProduct } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { args, dataOf, get, ORIGIN, post, run, settle } from "../support/route-call";

const SECRET = "ROUTETESTSECRET0ROUTETESTSECRET0";
const TMN = "OCOPTEST";

let standIn: VnpayStandIn;
let t: TestDatabase;

/** VNPay's server calling our IPN route with a query string. */
async function ipn(query: string): Promise<{ RspCode: string; Message: string }> {
  const answer = await settle(() => ipnLoader(args(get(`/payments/vnpay/ipn?${query}`))));
  if (!(answer instanceof Response)) throw new Error("the IPN answers a Response");
  return (await answer.json()) as { RspCode: string; Message: string };
}

beforeAll(async () => {
  standIn = await startVnpayStandIn({ port: 0, tmnCode: TMN, hashSecret: SECRET, ipn });
  vi.stubEnv("VNPAY_TMN_CODE", TMN);
  vi.stubEnv("VNPAY_HASH_SECRET", SECRET);
  vi.stubEnv("VNPAY_PAYMENT_URL", standIn.paymentUrl);
  vi.stubEnv("VNPAY_API_URL", standIn.apiUrl);
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
  const [row] = await t.db.select().from(vnpayPayments).where(eq(vnpayPayments.orderId, orderId));
  return row;
}
async function count(
  table: typeof vnpayNotifications | typeof vnpayPaymentEvents | typeof mailOutbox,
) {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}
async function mailsAbout(number: string) {
  return t.db
    .select()
    .from(mailOutbox)
    .where(like(mailOutbox.subject, `%${number}%`))
    .orderBy(mailOutbox.id);
}

/** A VNPay order placed directly (stock reserved, payment pending): 2 × 80 000 đ from Lào Cai, in two parts. */
async function vnpayOrder(opts: { parts?: 1 | 2 } = {}) {
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  const productIds: number[] = [];
  for (let i = 0; i < (opts.parts ?? 1); i++) {
    const producer = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producer.id,
      priceVnd: 80_000,
      stock: 10,
    });
    const added = await addToCart(t.db, {
      cartId,
      productId: product.id,
      quantity: 2,
      today: todayInVietnam(),
    });
    if (!added.ok) throw new Error(added.error);
    productIds.push(product.id);
  }
  const placed = await placeOrder(t.db, { cartId, buyer, payment: "vnpay" });
  if (!placed.ok) throw new Error(placed.error);
  const pay = await paymentOf(placed.orderId);
  if (!pay) throw new Error("no vnpay payment row");
  return { ...placed, productIds, txnRef: pay.txnRef };
}

/** A result as VNPay signs it (the stand-in's signer), for an order. */
function result(
  order: { txnRef: string; totalVnd: number },
  over: Partial<Record<string, string>> = {},
  secret = SECRET,
) {
  const fields: Record<string, string> = {
    vnp_Amount: String(order.totalVnd * 100),
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP14226112",
    vnp_CardType: "ATM",
    vnp_OrderInfo: "Thanh toan don hang",
    vnp_PayDate: "20261207203000",
    vnp_ResponseCode: "00",
    vnp_TmnCode: TMN,
    vnp_TransactionNo: "14226112",
    vnp_TransactionStatus: "00",
    vnp_TxnRef: order.txnRef,
  };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) fields[k] = v;
  return signedQuery(fields, secret);
}

/** The ledger entries booked for an order's parts, as "kind provider amount" (decision 0024). */
async function ledgerOf(orderId: number): Promise<string[]> {
  const parts = await t.db
    .select({ id: orderParts.id })
    .from(orderParts)
    .where(eq(orderParts.orderId, orderId));
  if (parts.length === 0) return [];
  const rows = await t.db
    .select()
    .from(ledgerEntries)
    .where(
      inArray(
        ledgerEntries.orderPartId,
        parts.map((p) => p.id),
      ),
    )
    .orderBy(ledgerEntries.id);
  return rows.map((r) => `${r.kind} ${r.provider} ${r.orderPartId} ${r.amountVnd}`);
}

describe("checkout with VNPay", () => {
  it("places the order (stock reserved) and redirects to VNPay's page with a URL built per the protocol", async () => {
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
      ((added instanceof Response ? added.headers.get("Set-Cookie") : "") ?? "").split(";")[0] ??
      "";
    // The province step shows the total; the order is placed at exactly that total.
    const step = await settle(() =>
      checkoutAction(args(post("/checkout", { ...buyer, intent: "province" }, { cookie }))),
    );
    const quoted = dataOf<{ quote: { totalVnd: number } }>(step).quote.totalVnd;
    const out = await run(() =>
      checkoutAction(
        args(
          post(
            "/checkout",
            {
              ...buyer,
              payment: "vnpay",
              privacyConsent: "yes",
              intent: "place",
              quotedTotalVnd: String(quoted),
            },
            { cookie },
          ),
          {},
          { clientAddress: "203.0.113.9" },
        ),
      ),
    );
    expect(out.status).toBe(303);
    const url = new URL(out.location ?? "");
    expect(`${url.origin}${url.pathname}`).toBe(standIn.paymentUrl);
    const p = Object.fromEntries(url.searchParams);
    const [order] = await t.db
      .select()
      .from(vnpayPayments)
      .where(eq(vnpayPayments.txnRef, p.vnp_TxnRef ?? ""));
    expect(order).toBeDefined();
    expect(order?.status).toBe("pending");
    expect(await stockOf(product.id)).toBe(3);
    expect(p).toMatchObject({
      vnp_Version: "2.1.0",
      vnp_Command: "pay",
      vnp_TmnCode: TMN,
      vnp_CurrCode: "VND",
      vnp_Locale: "vn",
      vnp_IpAddr: "203.0.113.9",
      vnp_Amount: String((order?.amountVnd ?? 0) * 100),
    });
    expect(p.vnp_OrderInfo).toMatch(/^Thanh toan don hang OC-[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    expect(p.vnp_ReturnUrl).toMatch(new RegExp(`^${ORIGIN}/payments/vnpay/return/[A-Za-z0-9_-]+$`));
    expect(p.vnp_CreateDate).toMatch(/^\d{14}$/);
    // Vietnam time (GMT+7), and VNPay's page expires 15 minutes later.
    const instant = (d: string) =>
      Date.UTC(
        +d.slice(0, 4),
        +d.slice(4, 6) - 1,
        +d.slice(6, 8),
        +d.slice(8, 10) - 7,
        +d.slice(10, 12),
        +d.slice(12, 14),
      );
    expect(Math.abs(instant(p.vnp_CreateDate ?? "") - Date.now())).toBeLessThan(60_000);
    expect(instant(p.vnp_ExpireDate ?? "") - instant(p.vnp_CreateDate ?? "")).toBe(15 * 60_000);
    // The stand-in, which checks the signature as VNPay documents it, shows its page.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Thanh toán qua VNPay");
  });

  it("speaks the reader's language to VNPay: vnp_Locale en, order info in English without diacritics", async () => {
    const order = await vnpayOrder();
    const gateway = getVnpay();
    if (!gateway) throw new Error("VNPay configured");
    const url = await vnpayPaymentUrl(t.db, gateway, {
      orderId: order.orderId,
      accessKey: order.accessKey,
      siteUrl: ORIGIN,
      lang: "en",
      ipAddr: "127.0.0.1",
    });
    const p = new URL(url ?? "").searchParams;
    expect(p.get("vnp_Locale")).toBe("en");
    expect(p.get("vnp_OrderInfo")).toBe(`Payment for order ${order.number}`);
    expect(p.get("vnp_TxnRef")).toBe(order.number.replace(/-/g, ""));
    // Once the payment is no longer pending there is nothing to pay.
    expect((await ipn(result(order))).RspCode).toBe("00");
    expect(
      await vnpayPaymentUrl(t.db, gateway, {
        orderId: order.orderId,
        accessKey: order.accessKey,
        siteUrl: ORIGIN,
        lang: "vi",
        ipAddr: "127.0.0.1",
      }),
    ).toBeNull();
  });

  it("pays through the stand-in: its IPN makes the order paid, once, and the return page says so", async () => {
    const order = await vnpayOrder();
    const payUrl = getVnpay()?.buildPaymentUrl({
      txnRef: order.txnRef,
      amountVnd: order.totalVnd,
      orderInfo: "Thanh toan don hang",
      returnUrl: `${ORIGIN}/payments/vnpay/return/${order.accessKey}`,
      ipAddr: "127.0.0.1",
      locale: "vn",
      createDate: "20261207200000",
      expireDate: "20261207201500",
    });
    const q = new URL(payUrl ?? "").search.slice(1);
    const done = await fetch(`${standIn.url}/paymentv2/complete`, {
      method: "POST",
      body: new URLSearchParams({ q, outcome: "pay" }),
      redirect: "manual",
    });
    expect(done.status).toBe(302);
    expect(standIn.ipnAnswers.at(-1)).toEqual({
      txnRef: order.txnRef,
      answer: { RspCode: "00", Message: "Confirm Success" },
    });
    expect((await paymentOf(order.orderId))?.status).toBe("paid");
    expect((await paymentOf(order.orderId))?.transactionNo).toMatch(/^\d+$/);
    const mails = await mailsAbout(order.number);
    expect(mails.map((m) => m.subject)).toEqual([`Đã nhận thanh toán cho đơn ${order.number}`]);
    expect(mails[0]?.textBody).toContain("qua VNPay");

    // The browser comes back to the return page with the same signed result.
    const back = new URL(done.headers.get("Location") ?? "");
    expect(back.pathname).toBe(`/payments/vnpay/return/${order.accessKey}`);
    const page = await run(() =>
      returnLoader(args(get(`${back.pathname}${back.search}`), { key: order.accessKey })),
    );
    expect(page.status).toBe(200);
    expect(page.body.view).toMatchObject({
      number: order.number,
      status: "paid",
      amountVnd: order.totalVnd,
    });
    expect(page.headers.get("Cache-Control")).toContain("no-store");
    // The order page says it.
    const view = await getOrderForBuyer(t.db, order.number, {
      userId: null,
      accessKey: order.accessKey,
    });
    expect(view?.vnpayPaymentStatus).toBe("paid");
  });
});

describe("the IPN", () => {
  it("refuses a bad signature with 97 and changes nothing", async () => {
    const order = await vnpayOrder();
    const before = [
      await count(vnpayNotifications),
      await count(vnpayPaymentEvents),
      await count(mailOutbox),
    ];
    expect(await ipn(result(order, {}, "not the secret"))).toEqual({
      RspCode: "97",
      Message: "Invalid signature",
    });
    // A signed result whose amount was changed afterwards.
    const tampered = result(order).replace(`vnp_Amount=${order.totalVnd * 100}`, "vnp_Amount=100");
    expect((await ipn(tampered)).RspCode).toBe("97");
    expect((await ipn("vnp_TxnRef=" + order.txnRef)).RspCode).toBe("97");
    expect((await paymentOf(order.orderId))?.status).toBe("pending");
    expect([
      await count(vnpayNotifications),
      await count(vnpayPaymentEvents),
      await count(mailOutbox),
    ]).toEqual(before);
  });

  it("answers 01 for an unknown reference", async () => {
    expect(await ipn(result({ txnRef: "OCNOSUCH1", totalVnd: 1000 }))).toEqual({
      RspCode: "01",
      Message: "Order not found",
    });
  });

  it("answers 04 for a wrong amount and sends the payment to review, stock kept", async () => {
    const order = await vnpayOrder();
    expect(await ipn(result({ ...order, totalVnd: order.totalVnd - 1000 }))).toEqual({
      RspCode: "04",
      Message: "Invalid amount",
    });
    expect((await paymentOf(order.orderId))?.status).toBe("needs_review");
    const [event] = await t.db
      .select()
      .from(vnpayPaymentEvents)
      .where(eq(vnpayPaymentEvents.orderId, order.orderId));
    expect(event?.note).toMatch(/amount mismatch/);
    expect(await stockOf(order.productIds[0] ?? 0)).toBe(8);
    expect(await mailsAbout(order.number)).toEqual([]);
  });

  it("applies a success once: the replay answers 02 and changes nothing; a later failure is ignored", async () => {
    const order = await vnpayOrder();
    expect(await ledgerOf(order.orderId)).toEqual([]);
    expect((await ipn(result(order))).RspCode).toBe("00");
    // The producer's share is booked with the payment: the part's total and the 3 % fee.
    const [part] = await t.db
      .select()
      .from(orderParts)
      .where(eq(orderParts.orderId, order.orderId));
    if (!part) throw new Error("a part expected");
    const booked = [
      `sale vnpay ${part.id} ${part.totalVnd}`,
      `platform_fee vnpay ${part.id} ${-Math.floor((part.totalVnd * 300 + 5_000) / 10_000)}`,
    ];
    expect(await ledgerOf(order.orderId)).toEqual(booked);
    const after = [
      await count(vnpayNotifications),
      await count(vnpayPaymentEvents),
      await count(mailOutbox),
    ];
    expect(await ipn(result(order))).toEqual({ RspCode: "02", Message: "Order already confirmed" });
    expect([
      await count(vnpayNotifications),
      await count(vnpayPaymentEvents),
      await count(mailOutbox),
    ]).toEqual(after);
    // Out of order: a failure after the success changes nothing.
    expect(
      (
        await ipn(
          result(order, {
            vnp_ResponseCode: "24",
            vnp_TransactionStatus: "02",
            vnp_TransactionNo: "0",
          }),
        )
      ).RspCode,
    ).toBe("02");
    expect((await paymentOf(order.orderId))?.status).toBe("paid");
    expect(await stockOf(order.productIds[0] ?? 0)).toBe(8);
    expect((await mailsAbout(order.number)).length).toBe(1);
    // Replays booked nothing more.
    expect(await ledgerOf(order.orderId)).toEqual(booked);
  });

  it("a failure releases the stock once; a success arriving after it goes to review", async () => {
    const order = await vnpayOrder();
    const failure = result(order, {
      vnp_ResponseCode: "24",
      vnp_TransactionStatus: "02",
      vnp_TransactionNo: "0",
    });
    expect((await ipn(failure)).RspCode).toBe("00");
    expect((await paymentOf(order.orderId))?.status).toBe("failed");
    expect(await stockOf(order.productIds[0] ?? 0)).toBe(10);
    expect((await ipn(failure)).RspCode).toBe("02");
    expect(await stockOf(order.productIds[0] ?? 0)).toBe(10);
    const parts = await t.db.select().from(orderParts).where(eq(orderParts.orderId, order.orderId));
    expect(parts.map((p) => p.status)).toEqual(["cancelled"]);
    expect((await mailsAbout(order.number)).map((m) => m.subject)).toEqual([
      `Đơn ${order.number} đã được huỷ vì chưa thanh toán`,
    ]);
    expect((await ipn(result(order))).RspCode).toBe("02");
    expect((await paymentOf(order.orderId))?.status).toBe("needs_review");
    expect(await stockOf(order.productIds[0] ?? 0)).toBe(10);
  });

  it("a success after the sweep expired the order goes to review, the order is not resurrected", async () => {
    const order = await vnpayOrder();
    await t.db
      .update(vnpayPayments)
      .set({ createdAt: new Date(Date.now() - SWEEP_AFTER_MS - 60_000) })
      .where(eq(vnpayPayments.orderId, order.orderId));
    expect(await sweepExpiredVnpayOrders(t.db, new Date())).toBeGreaterThanOrEqual(1);
    expect((await paymentOf(order.orderId))?.status).toBe("expired");
    expect(await stockOf(order.productIds[0] ?? 0)).toBe(10);
    expect(await sweepExpiredVnpayOrders(t.db, new Date())).toBe(0);
    expect((await ipn(result(order))).RspCode).toBe("02");
    expect((await paymentOf(order.orderId))?.status).toBe("needs_review");
    const parts = await t.db.select().from(orderParts).where(eq(orderParts.orderId, order.orderId));
    expect(parts.map((p) => p.status)).toEqual(["cancelled"]);
    expect(await stockOf(order.productIds[0] ?? 0)).toBe(10);
  });
});

describe("fulfilment and refunds", () => {
  it("a producer cannot confirm an unpaid VNPay order; a cancelled paid part is refunded through VNPay's API", async () => {
    const order = await vnpayOrder({ parts: 2 });
    const parts = await t.db
      .select()
      .from(orderParts)
      .where(eq(orderParts.orderId, order.orderId))
      .orderBy(orderParts.id);
    const [first, second] = parts;
    if (!first || !second) throw new Error("two parts expected");
    const producer = {
      kind: "producer",
      userId: (await makeUser(t.db)).id,
      producerId: first.producerId,
    } as const;
    // The producer's workspace words it as VNPay awaiting payment, not as cash on delivery.
    const seen = await getProducerOrderPart(t.db, first.producerId, first.id);
    expect(paymentKey(seen?.cardPaymentStatus ?? null, seen?.vnpayPaymentStatus ?? null)).toBe(
      "pws.payment.vnpay.pending",
    );
    expect(
      await transitionOrderPart(t.db, { partId: first.id, to: "confirmed", actor: producer }),
    ).toEqual({
      ok: false,
      error: "paymentNotCompleted",
    });
    expect((await ipn(result(order))).RspCode).toBe("00");
    expect(
      (await transitionOrderPart(t.db, { partId: first.id, to: "confirmed", actor: producer })).ok,
    ).toBe(true);

    // The buyer cancels the other part: its refund is queued in the same transaction.
    const buyerActor = { kind: "buyer", userId: null, accessKey: order.accessKey } as const;
    expect(
      (await transitionOrderPart(t.db, { partId: second.id, to: "cancelled", actor: buyerActor }))
        .ok,
    ).toBe(true);
    const [queued] = await t.db
      .select()
      .from(vnpayRefunds)
      .where(eq(vnpayRefunds.orderPartId, second.id));
    expect(queued).toMatchObject({ status: "pending", amountVnd: second.totalVnd });

    // VNPay refuses once: the row stays pending; then it accepts.
    const gateway = getVnpay();
    if (!gateway) throw new Error("VNPay configured");
    standIn.refuseRefunds("94");
    standIn.refunds.length = 0;
    expect(await drainVnpayRefundsOnce(t.db, gateway, { siteUrl: ORIGIN })).toMatchObject({
      claimed: 1,
      retrying: 1,
    });
    const later = new Date(Date.now() + 60_000);
    expect(
      await drainVnpayRefundsOnce(t.db, gateway, { siteUrl: ORIGIN, now: later }),
    ).toMatchObject({ claimed: 1, succeeded: 1 });
    const [done] = await t.db
      .select()
      .from(vnpayRefunds)
      .where(eq(vnpayRefunds.orderPartId, second.id));
    expect(done?.status).toBe("succeeded");
    expect(done?.vnpayTransactionNo).toMatch(/^\d+$/);
    // What VNPay received: a partial refund of this part's amount ×100, of our transaction.
    expect(standIn.refunds.at(-1)).toMatchObject({
      vnp_Command: "refund",
      vnp_TmnCode: TMN,
      vnp_TxnRef: order.txnRef,
      vnp_Amount: String(second.totalVnd * 100),
      vnp_TransactionType: "03",
      vnp_TransactionNo: "14226112",
    });
    // The buyer's order page shows the refund of the cancelled part, and none on the other.
    const view = await getOrderForBuyer(t.db, order.number, {
      userId: null,
      accessKey: order.accessKey,
    });
    expect(view?.parts.find((p) => p.id === second.id)?.refund).toEqual({
      amountVnd: second.totalVnd,
      status: "succeeded",
    });
    expect(view?.parts.find((p) => p.id === first.id)?.refund).toBeNull();
    // The ledger: both parts sold with their fees, then the cancelled one refunded with its fee
    // given back; what the producer of the first part is owed is untouched.
    const refundRows = await t.db
      .select({ kind: ledgerEntries.kind, amountVnd: ledgerEntries.amountVnd })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.orderPartId, second.id), eq(ledgerEntries.provider, "vnpay")))
      .orderBy(ledgerEntries.id);
    const secondFee = Math.floor((second.totalVnd * 300 + 5_000) / 10_000);
    expect(refundRows).toEqual([
      { kind: "sale", amountVnd: second.totalVnd },
      { kind: "platform_fee", amountVnd: -secondFee },
      { kind: "refund", amountVnd: -second.totalVnd },
      { kind: "fee_refund", amountVnd: secondFee },
    ]);
    expect(refundRows.reduce((sum, r) => sum + r.amountVnd, 0)).toBe(0);
    // One part is still going: the payment stays paid.
    expect((await paymentOf(order.orderId))?.status).toBe("paid");
    expect(
      await drainVnpayRefundsOnce(t.db, gateway, { siteUrl: ORIGIN, now: later }),
    ).toMatchObject({ claimed: 0 });
    expect((await mailsAbout(order.number)).map((m) => m.subject).at(-1)).toMatch(
      /^Đã hoàn .* cho đơn /,
    );
  });
});

describe("the return page", () => {
  it("shows a bad signature as such (400) and hides an order from a wrong key (404)", async () => {
    const order = await vnpayOrder();
    const bad = await run(() =>
      returnLoader(
        args(get(`/payments/vnpay/return/${order.accessKey}?${result(order, {}, "wrong")}`), {
          key: order.accessKey,
        }),
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.view).toBeNull();
    const wrongKey = await run(() =>
      returnLoader(
        args(get(`/payments/vnpay/return/not-the-key?${result(order)}`), { key: "not-the-key" }),
      ),
    );
    expect(wrongKey.status).toBe(404);
    // A signed success before the IPN: shown as waiting, nothing written.
    const early = await run(() =>
      returnLoader(
        args(get(`/payments/vnpay/return/${order.accessKey}?${result(order)}`), {
          key: order.accessKey,
        }),
      ),
    );
    expect(early.body.view).toMatchObject({ status: "pending", reportedSuccess: true });
    expect((await paymentOf(order.orderId))?.status).toBe("pending");
  });
});
