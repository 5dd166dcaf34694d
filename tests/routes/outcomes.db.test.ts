/**
 * The order page and the producer's order page with delivery outcomes, through their loaders
 * and actions with real Requests: the cancel's confirmation page, the amount due without the
 * cancelled part, the buyer's "I received it", the producer's failed delivery and return with
 * the restock choice (and the audit entries), the timeline's times in Vietnam.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
import { todayInVietnam } from "../../app/lib/dates";
import { action as orderAction, loader as orderLoader } from "../../app/routes/orders.$number";
import { action as partAction, loader as partLoader } from "../../app/routes/producer.orders.$id";
import { auditLog, orderParts, products } from "../../db/schema";
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
  locationOf,
  ORIGIN,
  post as postRequest,
  sessionCookie,
  statusOf,
} from "../support/route-call";

const HN = { provinceCode: "01", communeCode: "00004" };
let t: TestDatabase;
let member: { cookie: string };
let producerId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, HN);
  const p = await makeProducer(t.db, HN);
  producerId = p.id;
  const { token } = await makeSignedInUser(t.db, { role: "producer_member", producerId });
  member = { cookie: await sessionCookie(token) };
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

const post = (url: string, fields: Record<string, string>, cookie?: string) =>
  postRequest(url, fields, { cookie, origin: ORIGIN });

/** A guest's order: 2 units of our producer's honey, 1 unit of another producer's rice. */
async function order() {
  const { product: honey } = await makeVisibleProduct(t.db, { producerId, stock: 10 });
  const { product: rice } = await makeVisibleProduct(t.db, { stock: 10 });
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  await addToCart(t.db, { cartId, productId: honey.id, quantity: 2, today: todayInVietnam() });
  await addToCart(t.db, { cartId, productId: rice.id, quantity: 1, today: todayInVietnam() });
  const placed = await placeOrder(t.db, {
    cartId,
    payment: "cod",
    buyer: {
      name: "Võ Thị Sen",
      phone: "0912345678",
      email: "sen@example.com",
      ...HN,
      street: "Số 9 Lê Lợi",
    },
  });
  if (!placed.ok) throw new Error(placed.error);
  const parts = await t.db.select().from(orderParts).where(eq(orderParts.orderId, placed.orderId));
  const mine = parts.find((p) => p.producerId === producerId);
  const other = parts.find((p) => p.producerId !== producerId);
  if (!mine || !other) throw new Error("parts");
  return { ...placed, honey, mine, other };
}

type OrderPage = {
  order: { totalVnd: number; parts: { id: number; status: string }[] };
  due: { totalVnd: number };
  confirmCancel: { id: number; totalVnd: number } | null;
  timelines: Record<string, { status: string; at: string; carrier: string | null }[]>;
};

describe("the buyer's order page", () => {
  it("asks before cancelling, then leaves the cancelled parcel out of the amount due", async () => {
    const o = await order();
    const page = `/orders/${o.number}?key=${o.accessKey}`;
    const asked = dataOf<OrderPage>(
      await orderLoader(args(get(`${page}&cancel=${o.other.id}`), { number: o.number })),
    );
    expect(asked.confirmCancel).toEqual({
      id: o.other.id,
      producer: expect.any(String),
      totalVnd: o.other.totalVnd,
    });
    // Nothing is cancelled by the question.
    expect(asked.order.parts.every((p) => p.status === "placed")).toBe(true);
    // A part of another order, or a number, asks nothing.
    const wrong = dataOf<OrderPage>(
      await orderLoader(args(get(`${page}&cancel=999999`), { number: o.number })),
    );
    expect(wrong.confirmCancel).toBeNull();

    const done = await orderAction(
      args(
        post(`/orders/${o.number}`, {
          intent: "cancel",
          partId: String(o.other.id),
          key: o.accessKey,
        }),
        { number: o.number },
      ),
    );
    expect(locationOf(done)).toMatch(/[?&]cancelled=1/);
    const after = dataOf<OrderPage>(await orderLoader(args(get(page), { number: o.number })));
    expect(after.order.totalVnd).toBe(o.totalVnd);
    expect(after.due.totalVnd).toBe(o.totalVnd - o.other.totalVnd);
    // The cancelled part can no longer be asked about.
    const again = dataOf<OrderPage>(
      await orderLoader(args(get(`${page}&cancel=${o.other.id}`), { number: o.number })),
    );
    expect(again.confirmCancel).toBeNull();
  });

  it("lets the buyer confirm receipt of a shipped parcel, and shows the timeline in Vietnam time", async () => {
    const o = await order();
    const url = `/producer/orders/${o.mine.id}`;
    const params = { id: String(o.mine.id) };
    await partAction(args(post(url, { intent: "confirm" }, member.cookie), params));
    await partAction(
      args(
        post(url, { intent: "ship", carrier: "ghtk", trackingNumber: "S1234.5678" }, member.cookie),
        params,
      ),
    );
    const received = await orderAction(
      args(
        post(`/orders/${o.number}`, {
          intent: "received",
          partId: String(o.mine.id),
          key: o.accessKey,
        }),
        { number: o.number },
      ),
    );
    expect(locationOf(received)).toMatch(/[?&]received=1/);
    const view = dataOf<OrderPage>(
      await orderLoader(args(get(`/orders/${o.number}?key=${o.accessKey}`), { number: o.number })),
    );
    const timeline = view.timelines[String(o.mine.id)] ?? [];
    expect(timeline.map((e) => e.status)).toEqual(["placed", "confirmed", "shipped", "delivered"]);
    expect(timeline[2]?.carrier).toBe("ghtk");
    // "07/12/2026 21:05": a date and a 24-hour time, as read in Vietnam.
    expect(timeline[0]?.at).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });
});

describe("the producer's outcomes", () => {
  it("records a failed delivery and the return with restock, audited; the page offers the right moves", async () => {
    const o = await order();
    const url = `/producer/orders/${o.mine.id}`;
    const params = { id: String(o.mine.id) };
    const can = async () =>
      dataOf<{ can: Record<string, boolean> }>(
        await partLoader(args(get(url, member.cookie), params)),
      ).can;
    await partAction(args(post(url, { intent: "confirm" }, member.cookie), params));
    await partAction(
      args(
        post(url, { intent: "ship", carrier: "jt", trackingNumber: "841327113159" }, member.cookie),
        params,
      ),
    );
    expect(await can()).toMatchObject({ deliver: true, fail: true, return: false, cancel: false });
    const failed = await partAction(
      args(post(url, { intent: "fail", failureReason: "refused" }, member.cookie), params),
    );
    expect(locationOf(failed)).toBe(`${url}?done=delivery_failed`);
    expect(await can()).toMatchObject({ deliver: true, fail: false, return: true });

    const stockBefore = await stock(o.honey.id);
    const returned = await partAction(
      args(post(url, { intent: "return", restock: "yes" }, member.cookie), params),
    );
    expect(locationOf(returned)).toBe(`${url}?done=returned`);
    expect(await stock(o.honey.id)).toBe(stockBefore + 2);
    // The same form again (a double tap without JavaScript): refused, stock unchanged.
    const twice = await partAction(
      args(post(url, { intent: "return", restock: "yes" }, member.cookie), params),
    );
    expect(statusOf(twice)).toBe(409);
    expect(await stock(o.honey.id)).toBe(stockBefore + 2);

    const audits = await t.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(sql`${auditLog.entityType} = 'order_part' and ${auditLog.entityId} = ${o.mine.id}`)
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual([
      "orderPart.confirmed",
      "orderPart.shipped",
      "orderPart.delivery_failed",
      "orderPart.returned",
    ]);
    expect(audits[2]?.after).toMatchObject({ failureReason: "refused" });
    expect(audits[3]?.after).toMatchObject({ restocked: true });
  });

  it("answers another producer's part as missing", async () => {
    const o = await order();
    const r = await partAction(
      args(
        post(
          `/producer/orders/${o.other.id}`,
          { intent: "fail", failureReason: "refused" },
          member.cookie,
        ),
        {
          id: String(o.other.id),
        },
      ),
    ).catch((e: unknown) => e);
    expect(statusOf(r)).toBe(404);
  });
});

async function stock(id: number) {
  const [row] = await t.db.select({ s: products.stock }).from(products).where(eq(products.id, id));
  return row?.s ?? -1;
}
