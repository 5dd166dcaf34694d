/**
 * Housekeeping deletes each kind of row past its threshold and nothing on the near side of it:
 * every test puts one row just beyond and one just within the limit.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cartItems,
  carts,
  loginFailures,
  mailOutbox,
  orderAccessGrants,
  orderLookupFailures,
  orders,
  passwordResetTokens,
  sessions,
  signupRequests,
} from "../../../db/schema";
import { ensurePlace, makeUser, makeVisibleProduct } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addToCart } from "../cart/cart.server";
import {
  HOUSEKEEPING_RULES,
  runHousekeeping,
  type HousekeepingCounts,
} from "./housekeeping.server";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

const NOW = new Date("2026-03-01T08:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A moment `ms` before NOW. */
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const MINUTE = 60_000;
const quiet = { info: () => {} };

async function ids<T extends { id: number | string }>(rows: Promise<T[]>) {
  return (await rows).map((r) => Number(r.id)).sort((a, b) => a - b);
}

describe("runHousekeeping", () => {
  it("deletes past every threshold, keeps everything within, and counts what went", async () => {
    const r = HOUSEKEEPING_RULES;
    const { product } = await makeVisibleProduct(t.db);
    const user = await makeUser(t.db);
    const other = await makeUser(t.db);

    // Guest carts: one untouched for just over 30 days (with a line), one just under; a
    // user's cart older still is never deleted.
    const [oldGuest, recentGuest, userCart] = await t.db
      .insert(carts)
      .values([
        { tokenHash: "old-guest", updatedAt: ago(r.guestCartDays * DAY + MINUTE) },
        { tokenHash: "recent-guest", updatedAt: ago(r.guestCartDays * DAY - MINUTE) },
        { userId: user.id, updatedAt: ago(400 * DAY) },
      ])
      .returning({ id: carts.id });
    if (!oldGuest || !recentGuest || !userCart) throw new Error("carts not inserted");
    await t.db.insert(cartItems).values([
      { cartId: oldGuest.id, productId: product.id, quantity: 2 },
      { cartId: recentGuest.id, productId: product.id, quantity: 1 },
      { cartId: userCart.id, productId: product.id, quantity: 1 },
    ]);

    // Sessions: expired a minute ago, expiring in a minute.
    await t.db.insert(sessions).values([
      { id: "expired-session", userId: user.id, expiresAt: ago(MINUTE) },
      { id: "live-session", userId: user.id, expiresAt: ago(-MINUTE) },
    ]);

    // Log-in failures: just over and just under 24 hours old.
    const failures = await t.db
      .insert(loginFailures)
      .values([
        {
          email: "a@example.com",
          ip: "10.0.0.1",
          createdAt: ago(r.loginFailureHours * HOUR + MINUTE),
        },
        {
          email: "a@example.com",
          ip: "10.0.0.1",
          createdAt: ago(r.loginFailureHours * HOUR - MINUTE),
        },
      ])
      .returning({ id: loginFailures.id });

    // Order look-up failures as log-in failures; look-up grants expired a minute ago or not yet.
    const lookupFailures = await t.db
      .insert(orderLookupFailures)
      .values([
        {
          orderNumber: "OC-AAA-AAAA",
          ip: "10.0.0.1",
          createdAt: ago(r.loginFailureHours * HOUR + MINUTE),
        },
        {
          orderNumber: "OC-AAA-AAAA",
          ip: "10.0.0.1",
          createdAt: ago(r.loginFailureHours * HOUR - MINUTE),
        },
      ])
      .returning({ id: orderLookupFailures.id });
    await ensurePlace(t.db);
    const [order] = await t.db
      .insert(orders)
      .values({
        number: "OC-HKG-2222",
        accessKeyHash: "x",
        buyerName: "Khách",
        buyerPhone: "0912345678",
        provinceCode: "01",
        communeCode: "00004",
        street: "Số 1 phố Huế",
        paymentMethod: "cod",
        itemsTotalVnd: 0,
        shippingTotalVnd: 0,
        totalVnd: 0,
      })
      .returning({ id: orders.id });
    if (!order) throw new Error("order not inserted");
    await t.db.insert(orderAccessGrants).values([
      { tokenHash: "grant-expired", orderId: order.id, expiresAt: ago(MINUTE) },
      { tokenHash: "grant-live", orderId: order.id, expiresAt: ago(-MINUTE) },
    ]);

    // Reset and invitation links: used or expired just over / just under 7 days ago, and
    // one still open.
    const spent = r.spentTokenDays * DAY;
    await t.db.insert(passwordResetTokens).values([
      {
        tokenHash: "used-long-ago",
        userId: user.id,
        expiresAt: ago(spent),
        usedAt: ago(spent + MINUTE),
      },
      {
        tokenHash: "used-recently",
        userId: user.id,
        expiresAt: ago(-HOUR),
        usedAt: ago(spent - MINUTE),
      },
      { tokenHash: "expired-long-ago", userId: other.id, expiresAt: ago(spent + MINUTE) },
      {
        tokenHash: "invite-expired-recently",
        userId: other.id,
        purpose: "invite",
        expiresAt: ago(spent - MINUTE),
      },
      { tokenHash: "invite-open", userId: other.id, purpose: "invite", expiresAt: ago(-3 * DAY) },
    ]);

    // Sign-up requests: used or expired just over / just under 7 days ago, and one open.
    await t.db.insert(signupRequests).values([
      {
        email: "dung-lau@example.com",
        tokenHash: "signup-used-long-ago",
        name: "A",
        passwordHash: "$argon2id$x",
        expiresAt: ago(spent - HOUR),
        usedAt: ago(spent + MINUTE),
      },
      { email: "het-han-lau@example.com", expiresAt: ago(spent + MINUTE) },
      { email: "het-han-gan@example.com", expiresAt: ago(spent - MINUTE) },
      {
        email: "dang-mo@example.com",
        tokenHash: "signup-open",
        name: "B",
        passwordHash: "$argon2id$y",
        expiresAt: ago(-HOUR),
      },
    ]);

    // Mail: sent just over / just under 30 days ago, and an old one never sent (kept: the
    // outbox still owes it).
    const mails = await t.db
      .insert(mailOutbox)
      .values([
        {
          toAddress: "x@example.com",
          subject: "old",
          textBody: ".",
          sentAt: ago(r.sentMailDays * DAY + MINUTE),
        },
        {
          toAddress: "x@example.com",
          subject: "recent",
          textBody: ".",
          sentAt: ago(r.sentMailDays * DAY - MINUTE),
        },
        { toAddress: "x@example.com", subject: "unsent", textBody: ".", createdAt: ago(90 * DAY) },
      ])
      .returning({ id: mailOutbox.id });

    const lines: string[] = [];
    const counts = await runHousekeeping(t.db, NOW, { info: (line: string) => lines.push(line) });
    expect(counts).toEqual({
      guestCarts: 1,
      guestCartItems: 1,
      expiredSessions: 1,
      loginFailures: 1,
      orderLookupFailures: 1,
      expiredOrderGrants: 1,
      spentTokens: 2,
      signupRequests: 2,
      sentMail: 1,
    } satisfies HousekeepingCounts);
    expect(lines).toEqual([
      "housekeeping: deleted 1 guestCarts, 1 guestCartItems, 1 expiredSessions, 1 loginFailures, 1 orderLookupFailures, 1 expiredOrderGrants, 2 spentTokens, 2 signupRequests, 1 sentMail",
    ]);

    expect(await ids(t.db.select({ id: carts.id }).from(carts))).toEqual(
      [recentGuest.id, userCart.id].sort((a, b) => a - b),
    );
    expect(
      (await t.db.select({ cartId: cartItems.cartId }).from(cartItems)).map((i) => i.cartId).sort(),
    ).toEqual([recentGuest.id, userCart.id].sort());
    expect((await t.db.select({ id: sessions.id }).from(sessions)).map((s) => s.id)).toEqual([
      "live-session",
    ]);
    expect(await ids(t.db.select({ id: loginFailures.id }).from(loginFailures))).toEqual([
      Number(failures[1]?.id),
    ]);
    expect(
      await ids(t.db.select({ id: orderLookupFailures.id }).from(orderLookupFailures)),
    ).toEqual([Number(lookupFailures[1]?.id)]);
    expect(
      (await t.db.select({ h: orderAccessGrants.tokenHash }).from(orderAccessGrants)).map(
        (g) => g.h,
      ),
    ).toEqual(["grant-live"]);
    expect(
      (await t.db.select({ h: passwordResetTokens.tokenHash }).from(passwordResetTokens))
        .map((x) => x.h)
        .sort(),
    ).toEqual(["invite-expired-recently", "invite-open", "used-recently"]);
    expect(
      (await t.db.select({ e: signupRequests.email }).from(signupRequests)).map((x) => x.e).sort(),
    ).toEqual(["dang-mo@example.com", "het-han-gan@example.com"]);
    expect(
      (await t.db.select({ s: mailOutbox.subject }).from(mailOutbox)).map((m) => m.s).sort(),
    ).toEqual(["recent", "unsent"]);
    expect(mails).toHaveLength(3);

    // A second run finds nothing more to do.
    expect(Object.values(await runHousekeeping(t.db, NOW, quiet))).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it("keeps a guest cart someone used again, since using it moves its date", async () => {
    const { product } = await makeVisibleProduct(t.db);
    const [cart] = await t.db
      .insert(carts)
      .values({ tokenHash: "came-back", updatedAt: ago(45 * DAY) })
      .returning({ id: carts.id });
    if (!cart) throw new Error("cart not inserted");
    await addToCart(t.db, {
      cartId: cart.id,
      productId: product.id,
      quantity: 1,
      today: NOW.toISOString().slice(0, 10),
    });
    // Adding a line touched the cart just now, by the database's clock.
    await runHousekeeping(t.db, new Date(), quiet);
    expect(await t.db.select().from(carts).where(eq(carts.id, cart.id))).toHaveLength(1);
    const rows = await t.db
      .select()
      .from(cartItems)
      .where(inArray(cartItems.cartId, [cart.id]));
    expect(rows).toHaveLength(1);
  });
});
