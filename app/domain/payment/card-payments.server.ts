/**
 * Card payments through Stripe Checkout. The order is placed first (stock reserved, payment
 * pending); the Checkout Session is built from the order as stored, never from the form.
 * Stripe's webhooks then move the payment, each event applied once: its id goes into
 * `stripe_events` in the same transaction as the change, so a redelivery changes nothing.
 *
 * Out-of-order events: a failure or expiry after "paid" changes nothing. A payment that
 * arrives after the order was released (expired/failed, stock returned) is not resurrected
 * and the stock is not touched again: the payment goes to "needs_review" for a person to
 * refund or to re-reserve by hand. The same happens when Stripe's amount or currency differ
 * from the order's total.
 *
 * Email (decision 0013): a card order sends nothing when it is placed. The buyer gets one
 * message when the payment succeeds (payment received, the order's details, the private
 * link), or one when it fails or expires (the order is cancelled, nothing was charged).
 */
import { and, asc, eq, lt, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { queryRows, type Db } from "../../../db/client";
import {
  cardPayments,
  orderItems,
  orderParts,
  orders,
  producers,
  stripeEvents,
  type CardPaymentStatus,
} from "../../../db/schema";
import { formatVnd, pick, translate, type Lang } from "../../i18n/index";
import { queueRefundsOfCancelledParts } from "./card-refunds.server";
import { lockCart, putBackInCart } from "../cart/cart.server";
import { enqueueMail } from "../mail/outbox.server";
import { orderDetailsText, privateOrderLink } from "../order/mail.server";
import { transitionOrderPart } from "../order/orders.server";
import { parseId } from "../../lib/params";
import { moveTo, type AllowedMove } from "../lifecycle/lifecycle";
import { CARD_PAYMENT_LIFECYCLE } from "./lifecycle";
import { writeCardPaymentMove } from "./card-payment-moves.server";
import { bookPlatformPayment } from "../settlement/ledger.server";

/** Stripe lets a Checkout Session live at least 30 minutes. */
export const SESSION_LIFETIME_MS = 30 * 60_000;
/** The sweep waits a little longer than the session, so Stripe's own expiry usually comes first. */
export const SWEEP_AFTER_MS = 35 * 60_000;

export type CheckoutSessionResult =
  { ok: true; sessionId: string; url: string } | { ok: false; error: "notFound" | "notPending" };

/**
 * Creates the Checkout Session for a placed card order and stores its id. Amounts are whole
 * đồng: VND is a zero-decimal currency for Stripe. The idempotency key makes a retried
 * request return the same session instead of a second one.
 */
export async function createCheckoutSession(
  db: Db,
  stripe: Stripe,
  input: { orderId: number; accessKey: string; siteUrl: string; lang: Lang; now: Date },
): Promise<CheckoutSessionResult> {
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      buyerEmail: orders.buyerEmail,
      status: cardPayments.status,
    })
    .from(orders)
    .innerJoin(cardPayments, eq(cardPayments.orderId, orders.id))
    .where(eq(orders.id, input.orderId));
  if (!order) return { ok: false, error: "notFound" };
  if (order.status !== "pending") return { ok: false, error: "notPending" };
  const parts = await db
    .select({
      id: orderParts.id,
      shippingFeeVnd: orderParts.shippingFeeVnd,
      producerName: producers.name,
    })
    .from(orderParts)
    .innerJoin(producers, eq(producers.id, orderParts.producerId))
    .where(eq(orderParts.orderId, order.id))
    .orderBy(asc(orderParts.id));
  const items = await db
    .select({
      nameVi: orderItems.nameVi,
      nameEn: orderItems.nameEn,
      unitPriceVnd: orderItems.unitPriceVnd,
      quantity: orderItems.quantity,
    })
    .from(orderItems)
    .innerJoin(orderParts, eq(orderParts.id, orderItems.orderPartId))
    .where(eq(orderParts.orderId, order.id))
    .orderBy(asc(orderItems.id));

  const line = (name: string, unitAmount: number, quantity: number) => ({
    quantity,
    price_data: { currency: "vnd", unit_amount: unitAmount, product_data: { name } },
  });
  const orderUrl = `${input.siteUrl}/orders/${order.number}?${new URLSearchParams({ key: input.accessKey })}`;
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        ...items.map((i) => line(pick(input.lang, i.nameVi, i.nameEn), i.unitPriceVnd, i.quantity)),
        ...parts
          .filter((p) => p.shippingFeeVnd > 0)
          .map((p) =>
            line(
              translate(input.lang, "payments.shippingLine", { producer: p.producerName }),
              p.shippingFeeVnd,
              1,
            ),
          ),
      ],
      customer_email: order.buyerEmail ?? undefined,
      client_reference_id: String(order.id),
      metadata: { order_id: String(order.id), order_number: order.number, lang: input.lang },
      expires_at: Math.floor((input.now.getTime() + SESSION_LIFETIME_MS) / 1000),
      success_url: `${orderUrl}&payment=done`,
      cancel_url: `${orderUrl}&payment=cancelled`,
    },
    { idempotencyKey: `checkout-${order.id}` },
  );
  if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
  await db
    .update(cardPayments)
    .set({ sessionId: session.id, updatedAt: sql`now()` })
    .where(eq(cardPayments.orderId, order.id));
  return { ok: true, sessionId: session.id, url: session.url };
}

type LockedPayment = {
  order_id: number;
  status: CardPaymentStatus;
  number: string;
  user_id: number | null;
  access_key_hash: string;
  /** Null for a guest who gave no email: no mail is sent. */
  buyer_email: string | null;
  buyer_name: string;
  total_vnd: number;
};

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function lockPayment(tx: Tx, orderId: number): Promise<LockedPayment | undefined> {
  const [row] = await queryRows<LockedPayment>(
    tx,
    sql`select c.order_id, c.status, o.number, o.user_id, o.access_key_hash, o.buyer_email,
               o.buyer_name, o.total_vnd
          from card_payments c join orders o on o.id = c.order_id
         where c.order_id = ${orderId}
           for update of c`,
  );
  return row;
}

/** Who hears about the payment's outcome, in which language, with which link to the order. */
type Notice = { lang: Lang; link: string | null };

/**
 * The link for the buyer's email: the private one when the session proves it, else the plain
 * one for an order placed from an account (its owner signs in), else none.
 */
function noticeFor(
  pay: LockedPayment,
  session: Stripe.Checkout.Session | null,
  siteUrl: string,
): Notice {
  const lang: Lang = session?.metadata?.lang === "en" ? "en" : "vi";
  if (!siteUrl) return { lang, link: null };
  const link =
    privateOrderLink({
      successUrl: session?.success_url,
      number: pay.number,
      accessKeyHash: pay.access_key_hash,
      siteUrl,
    }) ?? (pay.user_id !== null ? `${siteUrl}/orders/${pay.number}` : null);
  return { lang, link };
}

/**
 * Failed or expired: the payment ends and every part is cancelled, which returns the stock.
 * With a notice, the buyer is told the order is cancelled and nothing was charged.
 */
async function release(
  tx: Tx,
  pay: LockedPayment,
  move: AllowedMove<CardPaymentStatus>,
  stripeEventId: string | null,
  notice: Notice | null,
): Promise<void> {
  await writeCardPaymentMove(tx, pay.order_id, move, stripeEventId, null);
  const parts = await tx
    .select({ id: orderParts.id })
    .from(orderParts)
    .where(eq(orderParts.orderId, pay.order_id))
    .orderBy(asc(orderParts.id));
  for (const part of parts) {
    // A part already cancelled (or refused by the table) keeps its state; the stock goes back once.
    await transitionOrderPart(tx, { partId: part.id, to: "cancelled", actor: { kind: "system" } });
  }
  if (!notice) return;
  const { lang, link } = notice;
  await enqueueMail(tx, {
    to: pay.buyer_email,
    subject: translate(lang, "payments.mail.cancelledSubject", { number: pay.number }),
    text: [
      translate(lang, "orders.mail.greeting", { name: pay.buyer_name }),
      "",
      translate(
        lang,
        move.to === "failed" ? "payments.mail.failedBody" : "payments.mail.expiredBody",
        {
          number: pay.number,
        },
      ),
      ...(link ? ["", translate(lang, "payments.mail.link", { link })] : []),
    ].join("\n"),
  });
}

async function markPaid(
  tx: Tx,
  pay: LockedPayment,
  session: Stripe.Checkout.Session,
  stripeEventId: string,
  siteUrl: string,
): Promise<StripeEventOutcome> {
  if (pay.status !== "pending") {
    // Failed or expired: the lifecycle sends it to review. Paid, refunded or already under
    // review: it has no such move, and a replayed success changes nothing.
    const review = moveTo(CARD_PAYMENT_LIFECYCLE, pay.status, "needs_review", "stripe");
    if (!review.ok) return "unchanged";
    await writeCardPaymentMove(
      tx,
      pay.order_id,
      review,
      stripeEventId,
      `paid after the order was released (${pay.status}): refund, or re-reserve the stock by hand`,
    );
    return "needsReview";
  }
  if (session.amount_total !== pay.total_vnd || session.currency !== "vnd") {
    const review = moveTo(CARD_PAYMENT_LIFECYCLE, pay.status, "needs_review", "stripe");
    if (!review.ok) return "unchanged";
    await writeCardPaymentMove(
      tx,
      pay.order_id,
      review,
      stripeEventId,
      `amount mismatch: Stripe ${session.amount_total ?? "?"} ${session.currency ?? "?"}, order ${pay.total_vnd} vnd`,
    );
    return "needsReview";
  }
  const paid = moveTo(CARD_PAYMENT_LIFECYCLE, pay.status, "paid", "stripe");
  if (!paid.ok) return "unchanged";
  await writeCardPaymentMove(tx, pay.order_id, paid, stripeEventId, null);
  // The producers' share of the money is booked with the payment (decision 0024).
  await bookPlatformPayment(tx, {
    orderId: pay.order_id,
    provider: "card",
    occurredAt: new Date(),
  });
  // Parts the buyer cancelled while the payment was pending were paid for all the same.
  await queueRefundsOfCancelledParts(tx, pay.order_id);
  const { lang, link } = noticeFor(pay, session, siteUrl);
  await enqueueMail(tx, {
    to: pay.buyer_email,
    subject: translate(lang, "payments.mail.subject", { number: pay.number }),
    text: [
      translate(lang, "orders.mail.greeting", { name: pay.buyer_name }),
      "",
      translate(lang, "payments.mail.body", {
        number: pay.number,
        total: formatVnd(lang, pay.total_vnd),
      }),
      "",
      await orderDetailsText(tx, pay.order_id, lang),
      ...(link ? ["", translate(lang, "payments.mail.link", { link })] : []),
    ].join("\n"),
  });
  return "paid";
}

export type StripeEventOutcome =
  "duplicate" | "ignored" | "unchanged" | "paid" | "failed" | "expired" | "needsReview";

function orderIdOf(session: Stripe.Checkout.Session): number | null {
  const raw = session.metadata?.order_id ?? session.client_reference_id ?? "";
  return parseId(raw);
}

/**
 * Applies one verified Stripe event, once: the event id and the change commit together.
 * Call only with an event whose signature has been checked.
 */
export async function applyStripeEvent(
  db: Db,
  event: Stripe.Event,
  opts: { siteUrl: string },
): Promise<StripeEventOutcome> {
  return db.transaction(async (tx) => {
    const fresh = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type })
      .onConflictDoNothing({ target: stripeEvents.id })
      .returning({ id: stripeEvents.id });
    if (fresh.length === 0) return "duplicate";
    switch (event.type) {
      case "checkout.session.completed":
      case "checkout.session.async_payment_succeeded":
      case "checkout.session.async_payment_failed":
      case "checkout.session.expired":
        break;
      default:
        return "ignored";
    }
    const session = event.data.object;
    const orderId = orderIdOf(session);
    const pay = orderId === null ? undefined : await lockPayment(tx, orderId);
    if (!pay) return "ignored";
    switch (event.type) {
      case "checkout.session.completed":
        // "unpaid": a delayed method (bank transfer); async_payment_succeeded/failed follows.
        if (session.payment_status !== "paid") return "unchanged";
        return markPaid(tx, pay, session, event.id, opts.siteUrl);
      case "checkout.session.async_payment_succeeded":
        return markPaid(tx, pay, session, event.id, opts.siteUrl);
      case "checkout.session.async_payment_failed":
      case "checkout.session.expired": {
        const to = event.type === "checkout.session.expired" ? "expired" : "failed";
        // Only a pending payment is released: after "paid" a late failure changes nothing.
        const move = moveTo(CARD_PAYMENT_LIFECYCLE, pay.status, to, "stripe");
        if (!move.ok) return "unchanged";
        await release(tx, pay, move, event.id, noticeFor(pay, session, opts.siteUrl));
        return to;
      }
    }
  });
}

/**
 * Releases the stock of card orders still pending well after their session must have
 * expired: the safety net for an `expired` webhook that never arrived. Returns how many.
 */
export async function sweepExpiredCardOrders(
  db: Db,
  now: Date,
  opts: { siteUrl?: string } = {},
): Promise<number> {
  const due = await db
    .select({ orderId: cardPayments.orderId })
    .from(cardPayments)
    .where(
      and(
        eq(cardPayments.status, "pending"),
        lt(cardPayments.createdAt, new Date(now.getTime() - SWEEP_AFTER_MS)),
      ),
    )
    .orderBy(asc(cardPayments.orderId))
    .limit(100);
  let released = 0;
  for (const { orderId } of due) {
    const done = await db.transaction(async (tx) => {
      const pay = await lockPayment(tx, orderId);
      if (!pay) return false;
      // A webhook may have settled it since the select above: then the move is refused.
      const move = moveTo(CARD_PAYMENT_LIFECYCLE, pay.status, "expired", "system");
      if (!move.ok) return false;
      // No session at hand: the email is in Vietnamese, with a link only for an account's order.
      await release(tx, pay, move, null, noticeFor(pay, null, opts.siteUrl ?? ""));
      return true;
    });
    if (done) released++;
  }
  return released;
}

/**
 * A card order whose Checkout Session could not be created: the order is cancelled (its stock
 * released) and its lines go back in the buyer's cart, so trying again is one click. One
 * transaction: if any of it fails, the order stays pending with its stock reserved (the sweep
 * releases it later) and the cart is as it was. Nothing happens to an order no longer pending.
 * No email: the buyer is still on the checkout page, which says no order was placed.
 */
export async function abandonCardOrder(
  db: Db,
  input: { orderId: number; cartId: number },
): Promise<{ released: boolean; linesBack: number }> {
  return db.transaction(async (tx) => {
    // The cart before the payment and the products, in the order placing an order takes them.
    const hasCart = await lockCart(tx, input.cartId);
    const pay = await lockPayment(tx, input.orderId);
    const move = pay && moveTo(CARD_PAYMENT_LIFECYCLE, pay.status, "failed", "system");
    if (!pay || !move || !move.ok) return { released: false, linesBack: 0 };
    await release(tx, pay, move, null, null);
    if (!hasCart) return { released: true, linesBack: 0 };
    const lines = await tx
      .select({ productId: orderItems.productId, quantity: orderItems.quantity })
      .from(orderItems)
      .innerJoin(orderParts, eq(orderParts.id, orderItems.orderPartId))
      .where(eq(orderParts.orderId, input.orderId))
      .orderBy(asc(orderItems.id));
    await putBackInCart(tx, input.cartId, lines);
    return { released: true, linesBack: lines.length };
  });
}
