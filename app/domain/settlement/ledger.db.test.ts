/**
 * The producers' ledger and its statements, on both databases (decision 0024): bookings from
 * real card payments and refunds (Stripe's HTTP API is the stand-in of
 * scripts/stripe-stand-in.ts), sums to the đồng, months in Vietnam time, the immutability
 * trigger, and payouts that close a statement once.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  ledgerEntries,
  orderParts,
  producers as producersTable,
} from "../../../db/schema";
import { startStripeStandIn, type StripeStandIn } from "../../../scripts/stripe-stand-in";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, testDbKind, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { stripeAddress } from "../../infra/stripe.server";
import { addToCart, ensureCart } from "../cart/cart.server";
import { placeOrder, transitionOrderPart } from "../order/orders.server";
import { applyStripeEvent, createCheckoutSession } from "../payment/card-payments.server";
import { drainCardRefundsOnce } from "../payment/card-refunds.server";
import { platformFee } from "./fee";
import { bookPlatformPayment, bookPlatformRefund } from "./ledger.server";
import { recordPayout } from "./payouts.server";
import { producerStatement, producerStatements } from "./statements.server";

const SITE = "https://cho.example";
const SECRET = "whsec_ledger_tests";
const RATE = 0.03;
let t: TestDatabase;
let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  standIn = await startStripeStandIn({ port: 0 });
  stripe = new Stripe("sk_test_ledger", { ...stripeAddress(standIn.url), maxNetworkRetries: 0 });
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
function completed(order: { orderId: number; totalVnd: number }, sessionId: string) {
  const payload = JSON.stringify({
    id: `evt_ledger_${testDbKind()}_${++eventSeq}`,
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

/**
 * A card order with a part from Hà Nội (2 × 100 000, shipped free: the producer's threshold is
 * 200 000, so the part is exactly 200 000 and its 3 % fee 6 000) and one from Lào Cai.
 */
async function cardOrder(producers?: { hanoi: { id: number }; laocai: { id: number } }) {
  const hanoi =
    producers?.hanoi ?? (await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" }));
  const laocai =
    producers?.laocai ?? (await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" }));
  await t.db
    .update(producersTable)
    .set({ freeShippingFromVnd: 200_000 })
    .where(eq(producersTable.id, hanoi.id));
  const a = (await makeVisibleProduct(t.db, { producerId: hanoi.id, priceVnd: 100_000, stock: 9 }))
    .product;
  const b = (await makeVisibleProduct(t.db, { producerId: laocai.id, priceVnd: 60_000, stock: 9 }))
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
  const parts = await t.db
    .select()
    .from(orderParts)
    .where(eq(orderParts.orderId, order.orderId))
    .orderBy(asc(orderParts.id));
  const partA = parts.find((p) => p.producerId === hanoi.id)!;
  const partB = parts.find((p) => p.producerId === laocai.id)!;
  return { order, sessionId: session.sessionId, partA, partB, hanoi, laocai };
}

async function entriesOf(producerId: number) {
  return t.db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.producerId, producerId))
    .orderBy(asc(ledgerEntries.id));
}

/** The database's message of a failed statement (drizzle wraps it as the cause). */
async function failure(query: PromiseLike<unknown>): Promise<string | null> {
  try {
    await query;
    return null;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${cause instanceof Error ? cause.message : ""} ${(error as Error).message}`;
  }
}

const sum = (rows: { amountVnd: number }[]) => rows.reduce((s, r) => s + r.amountVnd, 0);
const buyerActor = (accessKey: string) => ({ kind: "buyer", userId: null, accessKey }) as const;

describe("booking card payments and refunds", () => {
  it("books a sale and a fee per part when Stripe says paid, and nothing more on a replay", async () => {
    const o = await cardOrder();
    const event = completed(o.order, o.sessionId);
    expect(await applyStripeEvent(t.db, event, { siteUrl: SITE })).toBe("paid");
    expect(await applyStripeEvent(t.db, event, { siteUrl: SITE })).toBe("duplicate");
    // A second event for the same payment (Stripe's async success after completed) books nothing.
    expect(await applyStripeEvent(t.db, completed(o.order, o.sessionId), { siteUrl: SITE })).toBe(
      "unchanged",
    );
    const a = await entriesOf(o.hanoi.id);
    expect(a.map((e) => [e.kind, e.amountVnd, e.provider, e.orderPartId])).toEqual([
      ["sale", 200_000, "card", o.partA.id],
      ["platform_fee", -6_000, "card", o.partA.id],
    ]);
    const b = await entriesOf(o.laocai.id);
    expect(b.map((e) => [e.kind, e.amountVnd])).toEqual([
      ["sale", o.partB.totalVnd],
      ["platform_fee", -platformFee(o.partB.totalVnd, RATE)],
    ]);
    // Calling the booking again directly (a replay by another path) books nothing either.
    const again = await t.db.transaction((tx) =>
      bookPlatformPayment(tx, {
        orderId: o.order.orderId,
        provider: "card",
        occurredAt: new Date(),
      }),
    );
    expect(again.partsBooked).toBe(0);
    expect(await entriesOf(o.hanoi.id)).toHaveLength(2);
  });

  it("books a refund and gives the part's whole fee back when a paid part is cancelled and refunded", async () => {
    const o = await cardOrder();
    expect(await applyStripeEvent(t.db, completed(o.order, o.sessionId), { siteUrl: SITE })).toBe(
      "paid",
    );
    const cancel = await transitionOrderPart(t.db, {
      partId: o.partA.id,
      to: "cancelled",
      actor: buyerActor(o.order.accessKey),
    });
    expect(cancel.ok).toBe(true);
    // Nothing is booked until Stripe has actually refunded.
    expect(await entriesOf(o.hanoi.id)).toHaveLength(2);
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE })).toMatchObject({
      succeeded: 1,
    });
    const a = await entriesOf(o.hanoi.id);
    expect(a.map((e) => [e.kind, e.amountVnd])).toEqual([
      ["sale", 200_000],
      ["platform_fee", -6_000],
      ["refund", -200_000],
      ["fee_refund", 6_000],
    ]);
    expect(sum(a)).toBe(0);
    // The worker's row is done; a second booking of the same refund changes nothing.
    const replay = await t.db.transaction((tx) =>
      bookPlatformRefund(tx, {
        orderPartId: o.partA.id,
        amountVnd: 200_000,
        provider: "card",
        reference: a.find((e) => e.kind === "refund")!.reference.replace(/^refund:/, ""),
        occurredAt: new Date(),
      }),
    );
    expect(replay).toEqual({ booked: false, reason: "duplicate" });
    expect(await entriesOf(o.hanoi.id)).toHaveLength(4);
  });

  it("does not book a part cancelled before the payment, nor its refund", async () => {
    const o = await cardOrder();
    // The buyer cancels the Hà Nội part while the payment is still pending…
    expect(
      (
        await transitionOrderPart(t.db, {
          partId: o.partA.id,
          to: "cancelled",
          actor: buyerActor(o.order.accessKey),
        })
      ).ok,
    ).toBe(true);
    // …then pays the whole session anyway: the part's money goes back, it was never the producer's.
    expect(await applyStripeEvent(t.db, completed(o.order, o.sessionId), { siteUrl: SITE })).toBe(
      "paid",
    );
    expect(await drainCardRefundsOnce(t.db, stripe, { siteUrl: SITE })).toMatchObject({
      succeeded: 1,
    });
    expect(await entriesOf(o.hanoi.id)).toEqual([]);
    expect((await entriesOf(o.laocai.id)).map((e) => e.kind)).toEqual(["sale", "platform_fee"]);
  });

  it("gives the fee back in proportion on a partial refund, and exactly the rest on the last", async () => {
    const o = await cardOrder();
    const at = new Date("2026-11-10T03:00:00Z");
    await t.db.transaction((tx) =>
      bookPlatformPayment(tx, {
        orderId: o.order.orderId,
        provider: "card",
        occurredAt: at,
        feeRate: 0.0275,
      }),
    );
    // 2.75 % of 200 000 = 5 500.
    const refund = (amountVnd: number, reference: string) =>
      t.db.transaction((tx) =>
        bookPlatformRefund(tx, {
          orderPartId: o.partA.id,
          amountVnd,
          provider: "card",
          reference,
          occurredAt: at,
        }),
      );
    // A third of the money back: 5 500 × 66 667 / 200 000 = 1 833.34 → 1 833.
    expect(await refund(66_667, "test:p1")).toEqual({
      booked: true,
      refundVnd: 66_667,
      feeReturnedVnd: 1_833,
    });
    // The rest: exactly what is left of the fee, 5 500 − 1 833.
    expect(await refund(133_333, "test:p2")).toEqual({
      booked: true,
      refundVnd: 133_333,
      feeReturnedVnd: 3_667,
    });
    expect(sum(await entriesOf(o.hanoi.id))).toBe(0);
    await expect(
      t.db.transaction((tx) =>
        bookPlatformRefund(tx, {
          orderPartId: o.partA.id,
          amountVnd: 1,
          provider: "vnpay",
          reference: "x",
          occurredAt: at,
        }),
      ),
    ).rejects.toThrow(/paid by card/);
  });
});

describe("the ledger is immutable", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of entries in the database itself", async () => {
    const o = await cardOrder();
    await applyStripeEvent(t.db, completed(o.order, o.sessionId), { siteUrl: SITE });
    const [entry] = await entriesOf(o.hanoi.id);
    expect(
      await failure(
        t.db.update(ledgerEntries).set({ amountVnd: 1 }).where(eq(ledgerEntries.id, entry!.id)),
      ),
    ).toMatch(/ledger_entries are immutable: UPDATE refused/);
    expect(
      await failure(t.db.delete(ledgerEntries).where(eq(ledgerEntries.id, entry!.id))),
    ).toMatch(/ledger_entries are immutable: DELETE refused/);
    expect(await failure(t.db.execute(sql`truncate ledger_entries`))).toMatch(
      /ledger_entries are immutable: TRUNCATE refused/,
    );
    // Nor can the order part it belongs to be deleted from under it.
    await expect(t.db.delete(orderParts).where(eq(orderParts.id, o.partA.id))).rejects.toThrow();
    expect((await entriesOf(o.hanoi.id))[0]).toEqual(entry);
  });

  it("refuses an entry of the wrong sign or an unknown provider", async () => {
    const o = await cardOrder();
    const base = {
      producerId: o.hanoi.id,
      orderPartId: o.partA.id,
      period: "2026-11",
      occurredAt: new Date(),
    };
    await expect(
      t.db
        .insert(ledgerEntries)
        .values({ ...base, kind: "sale", amountVnd: -5, provider: "card", reference: "bad:1" }),
    ).rejects.toThrow();
    await expect(
      t.db.execute(
        sql`insert into ledger_entries (producer_id, order_part_id, kind, amount_vnd, provider, period, occurred_at, reference)
            values (${o.hanoi.id}, ${o.partA.id}, 'sale', 5, 'momo', '2026-11', now(), 'bad:2')`,
      ),
    ).rejects.toThrow();
  });
});

describe("monthly statements", () => {
  const NOW = new Date("2027-02-10T05:00:00Z");

  it("puts 23:30 on 31 October (Vietnam) in October and 00:30 on 1 November in November", async () => {
    const hanoi = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
    const laocai = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const late = await cardOrder({ hanoi, laocai });
    const early = await cardOrder({ hanoi, laocai });
    await t.db.transaction(async (tx) => {
      // 16:30 UTC = 23:30 in Hà Nội, 31 October.
      await bookPlatformPayment(tx, {
        orderId: late.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-10-31T16:30:00Z"),
        feeRate: RATE,
      });
      // 17:30 UTC on 31 October (still October in UTC) = 00:30 on 1 November in Hà Nội.
      await bookPlatformPayment(tx, {
        orderId: early.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-10-31T17:30:00Z"),
        feeRate: RATE,
      });
    });
    const statements = await producerStatements(t.db, hanoi.id, NOW);
    expect(statements.map((s) => [s.period, s.salesVnd, s.feesVnd])).toEqual([
      ["2026-10", 200_000, 6_000],
      ["2026-11", 200_000, 6_000],
    ]);
  });

  it("sums to the đồng: net = sales − refunds − fees, closing = opening + net − payouts", async () => {
    const hanoi = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
    const laocai = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const orders = [
      await cardOrder({ hanoi, laocai }),
      await cardOrder({ hanoi, laocai }),
      await cardOrder({ hanoi, laocai }),
    ];
    await t.db.transaction(async (tx) => {
      await bookPlatformPayment(tx, {
        orderId: orders[0]!.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-10-05T02:00:00Z"),
        feeRate: RATE,
      });
      await bookPlatformPayment(tx, {
        orderId: orders[1]!.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-11-05T02:00:00Z"),
        feeRate: RATE,
      });
      await bookPlatformPayment(tx, {
        orderId: orders[2]!.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-11-20T02:00:00Z"),
        feeRate: RATE,
      });
      await bookPlatformRefund(tx, {
        orderPartId: orders[1]!.partB.id,
        amountVnd: 50_001,
        provider: "card",
        reference: "sum:1",
        occurredAt: new Date("2026-11-25T02:00:00Z"),
      });
    });
    for (const producer of [hanoi, laocai]) {
      const statements = await producerStatements(t.db, producer.id, NOW);
      const entries = await entriesOf(producer.id);
      let opening = 0;
      for (const s of statements) {
        const of = (kind: string) =>
          sum(entries.filter((e) => e.period === s.period && e.kind === kind));
        expect(s.salesVnd).toBe(of("sale"));
        expect(s.refundsVnd).toBe(0 - of("refund"));
        expect(s.feesVnd).toBe(0 - (of("platform_fee") + of("fee_refund")));
        expect(s.netVnd).toBe(s.salesVnd - s.refundsVnd - s.feesVnd);
        expect(s.openingVnd).toBe(opening);
        expect(s.closingVnd).toBe(s.openingVnd + s.netVnd - s.payoutsVnd);
        opening = s.closingVnd;
      }
      expect(opening).toBe(sum(entries));
    }
    const laocaiNov = (await producerStatements(t.db, laocai.id, NOW)).find(
      (s) => s.period === "2026-11",
    )!;
    const part = orders[1]!.partB.totalVnd;
    const fee = platformFee(part, RATE);
    // The fee given back for 50 001 of the part, rounded half up.
    const back = Math.floor((fee * 50_001 * 2 + part) / (2 * part));
    expect(laocaiNov.refundsVnd).toBe(50_001);
    expect(laocaiNov.feesVnd).toBe(2 * fee - back);
    expect(laocaiNov.netVnd).toBe(2 * part - 50_001 - (2 * fee - back));
  });
});

describe("payouts", () => {
  const NOW = new Date("2027-01-10T05:00:00Z");

  it("closes a month's statement once, for exactly what is owed, in order, audited", async () => {
    const admin = await makeUser(t.db, { role: "administrator" });
    const hanoi = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
    const laocai = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const oct = await cardOrder({ hanoi, laocai });
    const nov = await cardOrder({ hanoi, laocai });
    const jan = await cardOrder({ hanoi, laocai });
    await t.db.transaction(async (tx) => {
      await bookPlatformPayment(tx, {
        orderId: oct.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-10-12T02:00:00Z"),
        feeRate: RATE,
      });
      await bookPlatformPayment(tx, {
        orderId: nov.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-11-12T02:00:00Z"),
        feeRate: RATE,
      });
      await bookPlatformPayment(tx, {
        orderId: jan.order.orderId,
        provider: "card",
        occurredAt: new Date("2027-01-02T02:00:00Z"),
        feeRate: RATE,
      });
    });
    const pay = (
      period: string,
      input: { paidOn: string; bankReference: string; amountVnd: number },
    ) => recordPayout(t.db, admin, { producerId: hanoi.id, period }, input, NOW);
    const owed = 200_000 - 6_000;
    const good = { paidOn: "2026-12-03", bankReference: "FT26337001", amountVnd: owed };

    expect(await pay("2026-11", good)).toEqual({
      ok: false,
      formError: "settle.error.earlierDue",
      params: { month: "2026-10" },
    });
    expect(await pay("2027-01", { ...good, paidOn: "2027-01-10" })).toEqual({
      ok: false,
      formError: "settle.error.notOver",
    });
    expect(await pay("2026-09", good)).toEqual({ ok: false, notFound: true });
    expect(await pay("2026-10", { ...good, amountVnd: owed + 1 })).toEqual({
      ok: false,
      fieldErrors: { amountVnd: "settle.error.amountNotOwed" },
    });
    expect(await pay("2026-10", { ...good, paidOn: "2026-10-31" })).toEqual({
      ok: false,
      fieldErrors: { paidOn: "settle.error.paidOnRange" },
    });
    expect(await pay("2026-10", { ...good, paidOn: "2027-01-11" })).toEqual({
      ok: false,
      fieldErrors: { paidOn: "settle.error.paidOnRange" },
    });
    expect(await entriesOf(hanoi.id).then((e) => e.filter((x) => x.kind === "payout"))).toEqual([]);

    expect(await pay("2026-10", good)).toEqual({ ok: true });
    expect(await pay("2026-10", good)).toEqual({
      ok: false,
      formError: "settle.error.alreadyPaid",
    });
    const found = await producerStatement(t.db, hanoi.id, "2026-10", NOW);
    expect(found?.statement).toMatchObject({
      state: "paid",
      owedVnd: owed,
      payoutsVnd: owed,
      closingVnd: 0,
      payout: { paidOn: "2026-12-03", bankReference: "FT26337001", amountVnd: owed },
    });
    expect(found?.entries.at(-1)).toMatchObject({ kind: "payout", amountVnd: -owed });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "payout.record"), eq(auditLog.entityId, String(hanoi.id))));
    expect(audit).toMatchObject({ actorUserId: admin.id, entityType: "producer" });
    expect(audit?.after).toMatchObject({
      period: "2026-10",
      amountVnd: owed,
      bankReference: "FT26337001",
    });

    // A refund that happened in October but is booked after the payout goes to the next open month.
    await t.db.transaction((tx) =>
      bookPlatformRefund(tx, {
        orderPartId: oct.partA.id,
        amountVnd: 20_000,
        provider: "card",
        reference: "late:1",
        occurredAt: new Date("2026-10-30T02:00:00Z"),
      }),
    );
    const after = await producerStatements(t.db, hanoi.id, NOW);
    expect(after.find((s) => s.period === "2026-10")).toMatchObject({
      closingVnd: 0,
      refundsVnd: 0,
    });
    const novStatement = after.find((s) => s.period === "2026-11")!;
    expect(novStatement).toMatchObject({ openingVnd: 0, refundsVnd: 20_000, state: "due" });
    expect(await pay("2026-11", { ...good, amountVnd: novStatement.owedVnd })).toEqual({
      ok: true,
    });
  });

  it("lets only one of two payouts recorded at the same time through", async () => {
    const admin = await makeUser(t.db, { role: "administrator" });
    const o = await cardOrder();
    await t.db.transaction((tx) =>
      bookPlatformPayment(tx, {
        orderId: o.order.orderId,
        provider: "card",
        occurredAt: new Date("2026-12-01T02:00:00Z"),
        feeRate: RATE,
      }),
    );
    const input = { paidOn: "2027-01-05", bankReference: "FT27005", amountVnd: 200_000 - 6_000 };
    const results = await Promise.all([
      recordPayout(t.db, admin, { producerId: o.hanoi.id, period: "2026-12" }, input, NOW),
      recordPayout(t.db, admin, { producerId: o.hanoi.id, period: "2026-12" }, input, NOW),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await entriesOf(o.hanoi.id)).filter((e) => e.kind === "payout")).toHaveLength(1);
  });
});
