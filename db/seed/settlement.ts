/**
 * Demo settlement (decision 0024): a few orders paid by card from the Sông Lô cooperative in
 * the last two months, delivered, their money booked in the producers' ledger through the
 * same booking function the Stripe webhook uses, and the older month paid out by the demo
 * administrator — so /producer/statements and /admin/payouts are not empty after `npm start`.
 * The payment is marked paid as Stripe's webhook would (no Stripe call: demo data only).
 */
import { and, eq, sql } from "drizzle-orm";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { moveTo } from "../../app/domain/lifecycle/lifecycle";
import { placeOrder, transitionOrderPart } from "../../app/domain/order/orders.server";
import { writeCardPaymentMove } from "../../app/domain/payment/card-payment-moves.server";
import { CARD_PAYMENT_LIFECYCLE } from "../../app/domain/payment/lifecycle";
import { bookPlatformPayment } from "../../app/domain/settlement/ledger.server";
import { recordPayout } from "../../app/domain/settlement/payouts.server";
import { producerStatements } from "../../app/domain/settlement/statements.server";
import { todayInVietnam } from "../../app/lib/dates";
import { addPeriods, firstDayOf, monthInVietnam } from "../../app/lib/months";
import type { Db } from "../client";
import { cardPayments, orderParts, orders, places, producers, products, users } from "../schema";

const PRODUCER_SLUG = "htx-cay-trong-song-lo-xanh";
const MEMBER_EMAIL = "htx-songlo@demo.cho-ocop.vn";
const ADMIN_EMAIL = "admin@demo.cho-ocop.vn";

/** Which product, how many, and when (months before this one, day of that month, hour UTC). */
const DEMO_CARD_ORDERS = [
  { slug: "tra-la-oi-song-lo", quantity: 3, monthsAgo: 2, day: "06", hourUtc: 2 },
  { slug: "oi-le-song-lo", quantity: 2, monthsAgo: 2, day: "19", hourUtc: 9 },
  { slug: "nuoc-ep-oi-song-lo", quantity: 4, monthsAgo: 1, day: "04", hourUtc: 4 },
  { slug: "tra-la-oi-song-lo", quantity: 1, monthsAgo: 1, day: "23", hourUtc: 13 },
] as const;

const BUYERS = [
  {
    name: "Phạm Minh Châu",
    phone: "0903123456",
    email: "chau@example.com",
    street: "Số 8 Lý Thường Kiệt",
  },
  { name: "Đỗ Thu Hà", phone: "0976234567", email: "thuha@example.com", street: "Số 21 ngõ Huế" },
];

export async function seedSettlement(db: Db): Promise<number> {
  const [producer] = await db
    .select({ id: producers.id })
    .from(producers)
    .where(eq(producers.slug, PRODUCER_SLUG));
  const [member] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, MEMBER_EMAIL));
  const [admin] = await db.select().from(users).where(eq(users.email, ADMIN_EMAIL));
  const [commune] = await db
    .select({ code: places.code, provinceCode: places.provinceCode })
    .from(places)
    .where(and(eq(places.level, "commune"), eq(places.provinceCode, "01")))
    .limit(1);
  if (!producer || !member || !admin || !commune?.provinceCode) return 0;
  const producerActor = { kind: "producer", userId: member.id, producerId: producer.id } as const;
  const thisMonth = monthInVietnam(new Date());
  let booked = 0;
  for (const [i, plan] of DEMO_CARD_ORDERS.entries()) {
    const [product] = await db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.slug, plan.slug), eq(products.producerId, producer.id)));
    if (!product) continue;
    const at = new Date(
      `${addPeriods(thisMonth, -plan.monthsAgo)}-${plan.day}T${String(plan.hourUtc).padStart(2, "0")}:00:00Z`,
    );
    const { cartId } = await ensureCart(db, { guestToken: null });
    const added = await addToCart(db, {
      cartId,
      productId: product.id,
      quantity: plan.quantity,
      today: todayInVietnam(),
    });
    if (!added.ok) continue;
    const b = BUYERS[i % BUYERS.length]!;
    const placed = await placeOrder(db, {
      cartId,
      payment: "card",
      buyer: { ...b, provinceCode: commune.provinceCode, communeCode: commune.code },
    });
    if (!placed.ok) continue;
    await db.transaction(async (tx) => {
      const paid = moveTo(CARD_PAYMENT_LIFECYCLE, "pending", "paid", "stripe");
      if (!paid.ok) throw new Error(paid.error);
      await writeCardPaymentMove(tx, placed.orderId, paid, null, "demo seed");
      await bookPlatformPayment(tx, { orderId: placed.orderId, provider: "card", occurredAt: at });
      await tx.update(orders).set({ createdAt: at }).where(eq(orders.id, placed.orderId));
      await tx
        .update(cardPayments)
        .set({ createdAt: at, updatedAt: at })
        .where(eq(cardPayments.orderId, placed.orderId));
      await tx
        .update(orderParts)
        .set({ createdAt: at, updatedAt: sql`now()` })
        .where(eq(orderParts.orderId, placed.orderId));
    });
    const [part] = await db
      .select({ id: orderParts.id })
      .from(orderParts)
      .where(eq(orderParts.orderId, placed.orderId));
    if (part) {
      await transitionOrderPart(db, { partId: part.id, to: "confirmed", actor: producerActor });
      await transitionOrderPart(db, {
        partId: part.id,
        to: "shipped",
        actor: producerActor,
        details: { carrier: "GHN", trackingNumber: `GHNDEMO${1000 + i}` },
      });
      await transitionOrderPart(db, { partId: part.id, to: "delivered", actor: producerActor });
    }
    booked += 1;
  }
  // The older month is paid out; the last one waits for the administrator.
  const older = addPeriods(thisMonth, -2);
  const statement = (await producerStatements(db, producer.id)).find((s) => s.period === older);
  if (statement?.state === "due")
    await recordPayout(
      db,
      admin,
      { producerId: producer.id, period: older },
      {
        paidOn: `${firstDayOf(addPeriods(older, 1)).slice(0, 8)}05`,
        bankReference: `FT${older.replace("-", "")}0517`,
        amountVnd: statement.owedVnd,
      },
    );
  return booked;
}
