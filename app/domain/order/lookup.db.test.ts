/**
 * Guests without email (decision 0025): an order placed with the phone number only queues no
 * mail; the phone + number look-up grants that order to one browser and nothing else, answers
 * every wrong pair alike, and stops answering past its limits.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mailOutbox, orderAccessGrants, orderLookupFailures, orders } from "../../../db/schema";
import { ensurePlace, makeUser, makeVisibleProduct } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart } from "../cart/cart.server";
import { enqueueMail } from "../mail/outbox.server";
import { hasOrderGrant } from "./access-grants.server";
import { checkoutSchema } from "./checkout-schema";
import { orderLookupSchema } from "./lookup-schema";
import { lookupOrder, ORDER_LOOKUP_LIMITS } from "./lookup.server";
import { getOrderForBuyer, placeOrder, transitionOrderPart } from "./orders.server";

let t: TestDatabase;
const today = todayInVietnam();

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db);
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  await t.db.delete(orderLookupFailures);
});

/** The checkout form as a guest sends it, through the real schema. */
function checkoutForm(phone: string, email = "") {
  const parsed = checkoutSchema.parse({
    name: "Trần Văn Khách",
    phone,
    email,
    provinceCode: "01",
    communeCode: "00004",
    street: "Số 5 ngõ 7 Kim Mã",
    payment: "cod",
    privacyConsent: "yes",
  });
  const { payment, ageConfirmed: _age, privacyConsent: _consent, ...buyer } = parsed;
  return { buyer, payment };
}

async function placeGuestOrder(phone: string, email = "", userId: number | null = null) {
  const { product } = await makeVisibleProduct(t.db, { stock: 10 });
  const { cartId } = await ensureCart(t.db, userId ? { userId } : { guestToken: null });
  const added = await addToCart(t.db, { cartId, productId: product.id, quantity: 1, today });
  if (!added.ok) throw new Error(added.error);
  const r = await placeOrder(t.db, { cartId, ...checkoutForm(phone, email), userId });
  if (!r.ok) throw new Error(r.error);
  return r;
}

async function mailCount() {
  const [row] = await t.db.select({ n: count() }).from(mailOutbox);
  return row?.n ?? 0;
}
async function grantCount() {
  const [row] = await t.db.select({ n: count() }).from(orderAccessGrants);
  return row?.n ?? 0;
}

const lookup = (
  phone: string,
  number: string,
  ip: string | null,
  grantToken: string | null = null,
) => lookupOrder(t.db, { ...orderLookupSchema.parse({ phone, number }), ip, grantToken });

describe("an order without email", () => {
  it("is placed with the phone number only and queues no mail", async () => {
    const before = await mailCount();
    const placed = await placeGuestOrder("0987 654 321");
    const [row] = await t.db
      .select({ email: orders.buyerEmail, phone: orders.buyerPhone })
      .from(orders)
      .where(eq(orders.id, placed.orderId));
    expect(row).toEqual({ email: null, phone: "0987654321" });
    expect(await mailCount()).toBe(before);
    // The private link still opens it, and the view says there is no email.
    const view = await getOrderForBuyer(t.db, placed.number, {
      userId: null,
      accessKey: placed.accessKey,
    });
    expect(view?.buyerEmail).toBeNull();
  });

  it("with an email given, still queues the confirmation to it", async () => {
    const before = await mailCount();
    await placeGuestOrder("0987654321", "Khach@Example.com");
    const rows = await t.db.select({ to: mailOutbox.toAddress }).from(mailOutbox);
    expect(rows.length).toBe(before + 1);
    expect(rows.map((r) => r.to)).toContain("khach@example.com");
  });

  it("placed by a signed-in buyer who left the field empty, keeps the account's email", async () => {
    const user = await makeUser(t.db, { email: "tai-khoan@example.com" });
    const placed = await placeGuestOrder("0987654321", "", user.id);
    const [row] = await t.db
      .select({ email: orders.buyerEmail })
      .from(orders)
      .where(eq(orders.id, placed.orderId));
    expect(row?.email).toBe("tai-khoan@example.com");
    const to = (await t.db.select({ to: mailOutbox.toAddress }).from(mailOutbox)).map((r) => r.to);
    expect(to).toContain("tai-khoan@example.com");
  });

  it("is a message to nobody, which the outbox does not queue", async () => {
    const before = await mailCount();
    expect(await enqueueMail(t.db, { to: null, subject: "x", text: "y" })).toBe(false);
    expect(await mailCount()).toBe(before);
  });
});

describe("lookupOrder", () => {
  it("grants the order for the right phone + number, in any usual spelling, to this browser only", async () => {
    const placed = await placeGuestOrder("0912 000 111");
    const typed = placed.number.toLowerCase().replace(/-/g, " ");
    const r = await lookup("+84 912-000-111", typed, "10.1.0.1");
    expect(r.ok && r.number).toBe(placed.number);
    if (!r.ok) throw new Error("no match");
    const asGranted = { userId: null, accessKey: null, grantToken: r.grantToken };
    expect((await getOrderForBuyer(t.db, placed.number, asGranted))?.id).toBe(placed.orderId);
    // Another browser (no token, or another token) still sees nothing.
    expect(
      await getOrderForBuyer(t.db, placed.number, { userId: null, accessKey: null }),
    ).toBeNull();
    const other = await placeGuestOrder("0912000222");
    const r2 = await lookup("0912000222", other.number, "10.1.0.2");
    if (!r2.ok) throw new Error("no match");
    expect(
      await getOrderForBuyer(t.db, placed.number, { ...asGranted, grantToken: r2.grantToken }),
    ).toBeNull();
    // The token opens only the order it was granted: not the other one.
    expect(await getOrderForBuyer(t.db, other.number, asGranted)).toBeNull();
    // A second look-up from the same browser adds to the same token.
    const r3 = await lookup("0912000222", other.number, "10.1.0.1", r.grantToken);
    expect(r3.ok && r3.grantToken).toBe(r.grantToken);
    expect((await getOrderForBuyer(t.db, other.number, asGranted))?.id).toBe(other.orderId);
  });

  it("answers a wrong phone, an unknown number and another order's phone alike, granting nothing", async () => {
    const mine = await placeGuestOrder("0912333444");
    const theirs = await placeGuestOrder("0912555666");
    const grants = await grantCount();
    const answers = [
      await lookup("0912333445", mine.number, "10.2.0.1"),
      await lookup("0912333444", "OC-ZZZ-ZZZZ", "10.2.0.1"),
      await lookup("0912555666", mine.number, "10.2.0.1"),
      await lookup("0912333444", theirs.number, "10.2.0.1"),
    ];
    expect(answers).toEqual(Array(4).fill({ ok: false, error: "notFound" }));
    expect(await grantCount()).toBe(grants);
    // Each counted as a failure, the unknown number as much as the known ones.
    const failures = await t.db.select().from(orderLookupFailures);
    expect(failures.map((f) => f.orderNumber)).toEqual([
      mine.number,
      "OC-ZZZ-ZZZZ",
      mine.number,
      theirs.number,
    ]);
  });

  it("refuses even the right pair once one address failed too often on that number", async () => {
    const placed = await placeGuestOrder("0933111222");
    for (let i = 0; i < ORDER_LOOKUP_LIMITS.perNumberFromAddress; i++)
      expect(await lookup(`09331112${String(30 + i)}`, placed.number, "10.3.0.1")).toEqual({
        ok: false,
        error: "notFound",
      });
    const grants = await grantCount();
    expect(await lookup("0933111222", placed.number, "10.3.0.1")).toEqual({
      ok: false,
      error: "rateLimited",
    });
    expect(await grantCount()).toBe(grants);
    // The owner elsewhere is not locked out by one address's guesses.
    expect((await lookup("0933111222", placed.number, "10.3.0.2")).ok).toBe(true);
  });

  it("limits one address trying many numbers, and one number guessed from many addresses", async () => {
    const placed = await placeGuestOrder("0944111222");
    for (let i = 0; i < ORDER_LOOKUP_LIMITS.perAddress; i++)
      await lookup("0944111222", `OC-ZZZ-${"23456789ABCDEFGHJKMNPQ"[i] ?? "R"}ZZZ`, "10.4.0.1");
    expect(await lookup("0944111222", placed.number, "10.4.0.1")).toEqual({
      ok: false,
      error: "rateLimited",
    });

    await t.db.delete(orderLookupFailures);
    for (let i = 0; i < ORDER_LOOKUP_LIMITS.perNumber; i++)
      await lookup("0944111299", placed.number, `10.5.${i}.1`);
    expect(await lookup("0944111222", placed.number, "10.6.0.1")).toEqual({
      ok: false,
      error: "rateLimited",
    });
  });

  it("lets the granted browser cancel a parcel; an expired grant opens nothing", async () => {
    const placed = await placeGuestOrder("0955111222");
    const r = await lookup("0955111222", placed.number, "10.7.0.1");
    if (!r.ok) throw new Error("no match");
    const view = await getOrderForBuyer(t.db, placed.number, {
      userId: null,
      accessKey: null,
      grantToken: r.grantToken,
    });
    const partId = view?.parts[0]?.id;
    if (!partId) throw new Error("no part");
    const stranger = await transitionOrderPart(t.db, {
      partId,
      orderNumber: placed.number,
      to: "cancelled",
      actor: { kind: "buyer", userId: null, accessKey: null, grantToken: null },
    });
    expect(stranger).toEqual({ ok: false, error: "notFound" });
    const cancelled = await transitionOrderPart(t.db, {
      partId,
      orderNumber: placed.number,
      to: "cancelled",
      actor: { kind: "buyer", userId: null, accessKey: null, grantToken: r.grantToken },
    });
    expect(cancelled.ok).toBe(true);

    await t.db
      .update(orderAccessGrants)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(orderAccessGrants.orderId, placed.orderId));
    expect(await hasOrderGrant(t.db, placed.orderId, r.grantToken)).toBe(false);
    expect(
      await getOrderForBuyer(t.db, placed.number, {
        userId: null,
        accessKey: null,
        grantToken: r.grantToken,
      }),
    ).toBeNull();
  });
});
