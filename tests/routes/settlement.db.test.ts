/**
 * Settlement through the routes: the Stripe webhook (signed offline with the SDK's test
 * header helper; Stripe's HTTP API is the stand-in of scripts/stripe-stand-in.ts) books a
 * paid order once however often the event is delivered; the producer reads its statement
 * and downloads it as CSV (read back with csv-parse); the administrator records a payout,
 * once, and the producer's statement then says it was paid.
 */
import { parse } from "csv-parse/sync";
import { asc, eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { action as webhookAction } from "../../app/routes/webhooks.stripe";
import { loader as statementsLoader } from "../../app/routes/producer.statements._index";
import { loader as statementLoader } from "../../app/routes/producer.statements.$month";
import { loader as csvLoader } from "../../app/routes/producer.statements.$month_.csv";
import { loader as payoutsLoader } from "../../app/routes/admin.payouts._index";
import {
  action as payoutAction,
  loader as payoutLoader,
} from "../../app/routes/admin.payouts.$producerId.$month";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
import { createCheckoutSession } from "../../app/domain/payment/card-payments.server";
import { bookPlatformPayment } from "../../app/domain/settlement/ledger.server";
import { stripeAddress } from "../../app/infra/stripe.server";
import { todayInVietnam } from "../../app/lib/dates";
import { addPeriods, monthInVietnam } from "../../app/lib/months";
import { ledgerEntries, orderParts } from "../../db/schema";
import { startStripeStandIn, type StripeStandIn } from "../../scripts/stripe-stand-in";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  args,
  dataOf,
  get,
  ORIGIN,
  post,
  run,
  sessionCookie,
  settle,
  statusOf,
} from "../support/route-call";

const WEBHOOK_SECRET = "whsec_settlement_routes";
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

const buyer = {
  name: "Nguyễn Thị Lan",
  phone: "0912345678",
  email: "lan@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 12 ngõ 34 Đội Cấn",
};

async function setupProducer(name: string) {
  const producer = await makeProducer(t.db, { name, provinceCode: "01", communeCode: "00004" });
  const { product } = await makeVisibleProduct(t.db, {
    producerId: producer.id,
    priceVnd: 150_000,
    stock: 20,
  });
  const member = await makeSignedInUser(t.db, { role: "producer_member", producerId: producer.id });
  return { producer, product, cookie: await sessionCookie(member.token) };
}

async function cardOrder(productId: number) {
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  const added = await addToCart(t.db, { cartId, productId, quantity: 2, today: todayInVietnam() });
  if (!added.ok) throw new Error(added.error);
  const placed = await placeOrder(t.db, { cartId, buyer, payment: "card" });
  if (!placed.ok) throw new Error(placed.error);
  return placed;
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

function completedEvent(
  order: { orderId: number; totalVnd: number },
  sessionId: string,
  id: string,
) {
  return JSON.stringify({
    id,
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
        client_reference_id: String(order.orderId),
        metadata: { order_id: String(order.orderId), lang: "vi" },
      },
    },
  });
}

async function entriesOf(producerId: number) {
  return t.db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.producerId, producerId))
    .orderBy(asc(ledgerEntries.id));
}

describe("the webhook books a card payment once", () => {
  it("delivered twice (Stripe's retry), the same event books one sale and one fee", async () => {
    const { producer, product, cookie } = await setupProducer("HTX Chè Tân Cương");
    const order = await cardOrder(product.id);
    const stripe = new Stripe("sk_test_stand_in", { ...stripeAddress(standIn.url) });
    const session = await createCheckoutSession(t.db, stripe, {
      orderId: order.orderId,
      accessKey: order.accessKey,
      siteUrl: ORIGIN,
      lang: "vi",
      now: new Date(),
    });
    if (!session.ok) throw new Error(session.error);
    const payload = completedEvent(order, session.sessionId, "evt_settle_twice");
    const first = await deliver(payload);
    const second = await deliver(payload);
    expect([await first.text(), await second.text()]).toEqual(["paid", "duplicate"]);
    const entries = await entriesOf(producer.id);
    const [part] = await t.db
      .select()
      .from(orderParts)
      .where(eq(orderParts.orderId, order.orderId));
    expect(entries.map((e) => [e.kind, e.amountVnd, e.orderPartId])).toEqual([
      ["sale", part!.totalVnd, part!.id],
      ["platform_fee", -Math.floor((part!.totalVnd * 300 + 5_000) / 10_000), part!.id],
    ]);

    // The producer sees this month's statement, open, with the sale and the fee.
    const month = monthInVietnam(new Date());
    const list = dataOf<{ statements: { period: string; state: string; salesVnd: number }[] }>(
      await statementsLoader(args(get("/producer/statements", cookie))),
    );
    expect(list.statements).toEqual([
      expect.objectContaining({ period: month, state: "open", salesVnd: part!.totalVnd }),
    ]);

    // The CSV, read back by a CSV parser: one line per entry, then the summary lines.
    const csv = (await csvLoader(
      args(get(`/producer/statements/${month}/csv`, cookie), { month }),
    )) as Response;
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Content-Disposition")).toBe(
      `attachment; filename="sao-ke-${month}.csv"`,
    );
    const rows: string[][] = parse(await csv.text(), { bom: true, relax_column_count: true });
    expect(rows[0]).toEqual([
      "Chủ thể",
      "Tháng",
      "Ngày giờ",
      "Khoản",
      "Đơn hàng",
      "Kênh thanh toán",
      "Số tiền (đồng)",
      "Ghi chú",
    ]);
    expect(rows[1]).toEqual([
      "HTX Chè Tân Cương",
      month,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      "Tiền hàng (thẻ)",
      order.number,
      "thẻ",
      String(part!.totalVnd),
      "",
    ]);
    expect(rows[2]?.[3]).toBe("Phí nền tảng (3%)");
    const summary = Object.fromEntries(rows.slice(4).map((r) => [r[3], Number(r[6])]));
    const fee = -Number(rows[2]?.[6]);
    expect(summary).toEqual({
      "Số dư đầu kỳ": 0,
      "Tiền hàng đã thanh toán": part!.totalVnd,
      "Tiền hoàn cho người mua": 0,
      "Phí nền tảng": -fee,
      "Điều chỉnh": 0,
      "Thực nhận trong tháng": part!.totalVnd - fee,
      "Đã chi trả": 0,
      "Số dư cuối kỳ": part!.totalVnd - fee,
    });
  });
});

describe("a payout recorded by the administrator closes the producer's statement", () => {
  it("records once, exactly what is owed, and the producer sees it paid", async () => {
    const { producer, product, cookie } = await setupProducer("HTX Gạo Séng Cù");
    const other = await setupProducer("HTX Khác");
    const admin = await makeSignedInUser(t.db, { role: "administrator" });
    const adminCookie = await sessionCookie(admin.token);
    const month = addPeriods(monthInVietnam(new Date()), -1);
    const order = await cardOrder(product.id);
    await t.db.transaction((tx) =>
      bookPlatformPayment(tx, {
        orderId: order.orderId,
        provider: "card",
        occurredAt: new Date(`${month}-15T03:00:00Z`),
        feeRate: 0.03,
      }),
    );
    const owed = order.totalVnd - Math.floor((order.totalVnd * 300 + 5_000) / 10_000);
    const params = { producerId: String(producer.id), month };
    const path = `/admin/payouts/${producer.id}/${month}`;

    const due = dataOf<{ rows: { producerId: number; period: string; owedVnd: number }[] }>(
      await payoutsLoader(args(get("/admin/payouts", adminCookie))),
    );
    expect(due.rows.find((r) => r.producerId === producer.id)).toMatchObject({
      period: month,
      owedVnd: owed,
    });

    const paidOn = todayInVietnam();
    const form = { intent: "payout", paidOn, bankReference: "FT-2026-0042", amountVnd: "" };
    const wrong = await run(() =>
      payoutAction(
        args(
          post(path, { ...form, amountVnd: String(owed + 1000) }, { cookie: adminCookie }),
          params,
        ),
      ),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ errors: { amountVnd: "settle.error.amountNotOwed" } });
    expect((await entriesOf(producer.id)).some((e) => e.kind === "payout")).toBe(false);

    // Another producer's member cannot read this statement: the month is theirs, not this one.
    expect(
      statusOf(
        await settle(() =>
          statementLoader(args(get(`/producer/statements/${month}`, other.cookie), { month })),
        ),
      ),
    ).toBe(404);

    const ok = await run(() =>
      payoutAction(
        args(
          post(path, { ...form, amountVnd: owed.toLocaleString("vi-VN") }, { cookie: adminCookie }),
          params,
        ),
      ),
    );
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`${path}?paid=1`);
    const again = await run(() =>
      payoutAction(
        args(post(path, { ...form, amountVnd: String(owed) }, { cookie: adminCookie }), params),
      ),
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ formError: "settle.error.alreadyPaid" });
    expect((await entriesOf(producer.id)).filter((e) => e.kind === "payout")).toEqual([
      expect.objectContaining({ amountVnd: -owed, paidOn, bankReference: "FT-2026-0042" }),
    ]);

    const page = dataOf<{ statement: { state: string; closingVnd: number; payout: unknown } }>(
      await statementLoader(args(get(`/producer/statements/${month}`, cookie), { month })),
    );
    expect(page.statement).toMatchObject({
      state: "paid",
      closingVnd: 0,
      payout: { paidOn, bankReference: "FT-2026-0042", amountVnd: owed },
    });
    const adminPage = dataOf<{ statement: { state: string } }>(
      await payoutLoader(args(get(path, adminCookie), params)),
    );
    expect(adminPage.statement.state).toBe("paid");
  });
});
