/**
 * Orders. `placeOrder` turns a cart into an order in one transaction: it re-reads every
 * price, name and visibility from the database (the browser sends none of them), reserves
 * stock with a conditional update per product so no unit is ever sold twice, splits the
 * order into one part per producer with its shipping fee, records the first event of each
 * part, empties the cart and queues the confirmation email (cash on delivery only: a card
 * order's buyer hears from us once the payment succeeds or fails, see card-payments.server.ts).
 * Any line that cannot be reserved refuses the whole order, naming the product, and nothing
 * is written.
 */
import { randomBytes, randomInt } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { queryRows, type Db } from "../../../db/client";
import { recordPrivacyConsent } from "../legal/consents.server";
import {
  cardPayments,
  cardRefunds,
  cartItems,
  carts,
  users,
  certificates,
  orderEvents,
  orderItems,
  orderParts,
  orders,
  places,
  producers,
  products,
  type CardPaymentStatus,
  type CardRefundStatus,
  type VnpayPaymentStatus,
  vnpayPayments,
  vnpayRefunds,
  type OrderActorKind,
  type OrderPartStatus,
  type PaymentMethod,
} from "../../../db/schema";
import { formatVnd, translate, type Lang } from "../../i18n/index";
import { todayInVietnam } from "../../lib/dates";
import { hashToken } from "../account/accounts.server";
import { hasOrderGrant } from "./access-grants.server";
import {
  lockPlatformPaymentOfPart,
  queuePlatformRefund,
} from "../payment/platform-payments.server";
import { openVnpayPayment } from "../payment/vnpay-payment-moves.server";
import type { Buyer } from "./checkout-schema";
import { enqueueMail } from "../mail/outbox.server";
import { initialState, moveTo } from "../lifecycle/lifecycle";
import { CARD_PAYMENT_LIFECYCLE } from "../payment/lifecycle";
import { paymentRule } from "../payment/methods";
import { enqueueTransferMail } from "../payment/transfer-mail.server";
import {
  openTransfers,
  partPaymentSettled,
  withdrawTransfer,
} from "../payment/transfer-state.server";
import { ORDER_PART_LIFECYCLE, refundsPart, returnsStock } from "./lifecycle";
import { deliveryOutcome, eventDetails } from "./outcomes";
import { isAgeRestricted } from "../product/alcohol";
import { priceShipments } from "./quote";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductFlag,
} from "../catalog/visibility.server";

/** No 0/O, 1/I/L: a number read aloud on the phone cannot be misheard as another. */
const ORDER_NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

function randomChars(n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += ORDER_NUMBER_ALPHABET[randomInt(ORDER_NUMBER_ALPHABET.length)];
  return out;
}

/** "OC-7K3-9F2Q": 31^7 ≈ 27 billion numbers, so a clash is rare and simply retried. */
export function newOrderNumber(): string {
  return `OC-${randomChars(3)}-${randomChars(4)}`;
}

export const ORDER_NUMBER_PATTERN = /^OC-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/;

/** An order number as we make them ("OC-7K3-9F2Q"), or null: anything else names no order. */
export function parseOrderNumber(raw: unknown): string | null {
  return typeof raw === "string" && ORDER_NUMBER_PATTERN.test(raw) ? raw : null;
}

export type PlaceOrderInput = {
  cartId: number;
  buyer: Buyer;
  payment: PaymentMethod;
  /** The signed-in buyer; a cart that belongs to a user can only be ordered by that user. */
  userId?: number | null;
  /** Language of the confirmation email. */
  lang?: Lang;
  /** Public address of the site, for the link in the email. */
  siteUrl?: string;
  /**
   * The grand total the buyer was shown (checkout quote). The order is placed only if the
   * total computed now is exactly this; null (nothing was shown) refuses. The checkout always
   * passes it; only internal callers (seed, tests) leave it out.
   */
  expectedTotalVnd?: number | null;
  /**
   * The buyer ticked "I confirm I am 18 or older". Required when the cart holds a drink of 15%
   * alcohol or more (Law 44/2019, decision 0027); the order then records when.
   */
  ageConfirmed?: boolean;
  /**
   * The buyer agreed to the privacy notice (the checkout form requires it, decision 0028):
   * recorded with the order, the notice's version and this time. Internal callers leave it out.
   */
  privacyConsent?: { givenAt: Date };
};

export type PlaceOrderFailure =
  | { ok: false; error: "emptyCart" }
  /** A drink of 15% or more without the buyer's age confirmation: nothing written. */
  | { ok: false; error: "ageNotConfirmed"; productId: number; productName: string }
  | { ok: false; error: "communeNotInProvince" }
  /** Bank transfer chosen, but this producer has not recorded a bank account. */
  | { ok: false; error: "noBankAccount"; producerName: string }
  /** The total now differs from the one the buyer saw (or none was shown): nothing written. */
  | { ok: false; error: "totalChanged"; totalVnd: number; expectedTotalVnd: number | null }
  | { ok: false; error: "unavailable"; productId: number; productName: string }
  | {
      ok: false;
      error: "outOfStock";
      productId: number;
      productName: string;
      available: number;
    };

export type PlaceOrderResult =
  | {
      ok: true;
      orderId: number;
      number: string;
      /** The private link token (stored hashed): `/orders/<number>?key=<accessKey>`. */
      accessKey: string;
      totalVnd: number;
    }
  | PlaceOrderFailure;

/** Thrown inside the transaction to roll it back; turned into the typed result outside. */
class OrderRefused extends Error {
  constructor(readonly failure: PlaceOrderFailure) {
    super(failure.error);
  }
}

type ReservedLine = {
  productId: number;
  producerId: number;
  nameVi: string;
  nameEn: string | null;
  unitVi: string;
  unitEn: string | null;
  priceVnd: number;
  packedWeightGrams: number;
  alcoholPercent: number | null;
  quantity: number;
};

export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const today = todayInVietnam();
  const accessKey = randomBytes(24).toString("base64url");
  try {
    return await db.transaction(async (tx) => {
      // Locking the cart makes a double-submitted checkout wait, then find the cart empty.
      const [cart] = await queryRows<{ id: number; user_id: number | null }>(
        tx,
        sql`select id, user_id from carts where id = ${input.cartId} for update`,
      );
      if (!cart || (cart.user_id !== null && cart.user_id !== (input.userId ?? null)))
        throw new OrderRefused({ ok: false, error: "emptyCart" });

      const [commune] = await tx
        .select({ code: places.code })
        .from(places)
        .where(
          and(
            eq(places.code, input.buyer.communeCode),
            eq(places.level, "commune"),
            eq(places.provinceCode, input.buyer.provinceCode),
          ),
        );
      if (!commune) throw new OrderRefused({ ok: false, error: "communeNotInProvince" });

      // A signed-in buyer who leaves the email out keeps the account's; a guest may have none
      // and finds the order again by phone + number (decision 0025).
      let buyerEmail = input.buyer.email;
      if (!buyerEmail && input.userId) {
        const [account] = await tx
          .select({ email: users.email })
          .from(users)
          .where(eq(users.id, input.userId));
        buyerEmail = account?.email ?? null;
      }

      const wanted = await tx
        .select({
          productId: cartItems.productId,
          quantity: cartItems.quantity,
          nameVi: products.nameVi,
          alcoholPercent: products.alcoholPercent,
          visible: publicProductFlag(today),
        })
        .from(cartItems)
        .innerJoin(products, eq(products.id, cartItems.productId))
        .innerJoin(producers, producerJoin)
        .leftJoin(certificates, activeCertificateJoin)
        .where(eq(cartItems.cartId, cart.id))
        // One order for every transaction: two carts sharing products never deadlock.
        .orderBy(asc(cartItems.productId));
      if (wanted.length === 0) throw new OrderRefused({ ok: false, error: "emptyCart" });
      const hidden = wanted.find((w) => !w.visible);
      if (hidden)
        throw new OrderRefused({
          ok: false,
          error: "unavailable",
          productId: hidden.productId,
          productName: hidden.nameVi,
        });
      const restricted = wanted.find((w) => isAgeRestricted(w.alcoholPercent));
      if (restricted && input.ageConfirmed !== true)
        throw new OrderRefused({
          ok: false,
          error: "ageNotConfirmed",
          productId: restricted.productId,
          productName: restricted.nameVi,
        });

      const reserved: ReservedLine[] = [];
      for (const w of wanted) {
        // The row lock taken here also fixes the price and name copied into the order.
        const [row] = await tx
          .update(products)
          .set({ stock: sql`${products.stock} - ${w.quantity}` })
          .where(and(eq(products.id, w.productId), sql`${products.stock} >= ${w.quantity}`))
          .returning({
            productId: products.id,
            producerId: products.producerId,
            nameVi: products.nameVi,
            nameEn: products.nameEn,
            unitVi: products.unitVi,
            unitEn: products.unitEn,
            priceVnd: products.priceVnd,
            packedWeightGrams: products.packedWeightGrams,
            alcoholPercent: products.alcoholPercent,
          });
        if (!row) {
          const [left] = await tx
            .select({ stock: products.stock })
            .from(products)
            .where(eq(products.id, w.productId));
          throw new OrderRefused({
            ok: false,
            error: "outOfStock",
            productId: w.productId,
            productName: w.nameVi,
            available: left?.stock ?? 0,
          });
        }
        reserved.push({ ...row, quantity: w.quantity });
      }

      const producerIds = [...new Set(reserved.map((r) => r.producerId))];
      const producerRows = await tx
        .select({
          id: producers.id,
          provinceCode: producers.provinceCode,
          freeShippingFromVnd: producers.freeShippingFromVnd,
        })
        .from(producers)
        .where(inArray(producers.id, producerIds))
        .orderBy(asc(producers.id));
      // The same computation as the checkout's quote (quote.ts), on the rows locked above.
      const priced = priceShipments(
        producerRows.map((p) => ({
          producerId: p.id,
          producerProvinceCode: p.provinceCode,
          freeShippingFromVnd: p.freeShippingFromVnd,
          lines: reserved.filter((r) => r.producerId === p.id),
        })),
        input.buyer.provinceCode,
        today,
      );
      const { itemsTotalVnd, shippingTotalVnd } = priced;
      if (input.expectedTotalVnd !== undefined && input.expectedTotalVnd !== priced.totalVnd)
        throw new OrderRefused({
          ok: false,
          error: "totalChanged",
          totalVnd: priced.totalVnd,
          expectedTotalVnd: input.expectedTotalVnd,
        });
      const parts = priced.shipments.map((s) => ({
        producerId: s.producerId,
        lines: s.lines,
        itemsTotalVnd: s.itemsTotalVnd,
        shippingFeeVnd: s.shipping.feeVnd,
      }));

      let order: { id: number; number: string } | undefined;
      for (let attempt = 0; !order && attempt < 5; attempt++) {
        [order] = await tx
          .insert(orders)
          .values({
            number: newOrderNumber(),
            userId: input.userId ?? null,
            accessKeyHash: hashToken(accessKey),
            buyerName: input.buyer.name,
            buyerPhone: input.buyer.phone,
            buyerEmail,
            provinceCode: input.buyer.provinceCode,
            communeCode: input.buyer.communeCode,
            street: input.buyer.street,
            paymentMethod: input.payment,
            itemsTotalVnd,
            shippingTotalVnd,
            totalVnd: itemsTotalVnd + shippingTotalVnd,
            ageConfirmedAt: restricted ? sql`now()` : null,
          })
          // A clashing number inserts nothing (and does not abort the transaction): try again.
          .onConflictDoNothing({ target: orders.number })
          .returning({ id: orders.id, number: orders.number });
      }
      if (!order) throw new Error("could not draw a free order number");
      // Stock is reserved now; the payment stays pending until Stripe says otherwise.
      if (input.payment === "card") {
        await tx.insert(cardPayments).values({
          orderId: order.id,
          status: initialState(CARD_PAYMENT_LIFECYCLE, "pending"),
        });
      }
      // The same for VNPay: the payment's reference and amount are fixed now (decision 0023).
      if (input.payment === "vnpay")
        await openVnpayPayment(tx, {
          orderId: order.id,
          number: order.number,
          amountVnd: itemsTotalVnd + shippingTotalVnd,
          lang: input.lang ?? "vi",
          now: new Date(),
        });

      for (const part of parts) {
        const [row] = await tx
          .insert(orderParts)
          .values({
            orderId: order.id,
            producerId: part.producerId,
            status: initialState(ORDER_PART_LIFECYCLE, "placed"),
            itemsTotalVnd: part.itemsTotalVnd,
            shippingFeeVnd: part.shippingFeeVnd,
            totalVnd: part.itemsTotalVnd + part.shippingFeeVnd,
          })
          .returning({ id: orderParts.id });
        if (!row) throw new Error("order part not inserted");
        await tx.insert(orderItems).values(
          part.lines.map((l) => ({
            orderPartId: row.id,
            productId: l.productId,
            nameVi: l.nameVi,
            nameEn: l.nameEn,
            unitVi: l.unitVi,
            unitEn: l.unitEn,
            unitPriceVnd: l.priceVnd,
            quantity: l.quantity,
            lineTotalVnd: l.priceVnd * l.quantity,
          })),
        );
        await tx.insert(orderEvents).values({
          orderPartId: row.id,
          fromStatus: null,
          toStatus: "placed",
          actorKind: "buyer",
          actorUserId: input.userId ?? null,
        });
      }

      // Bank transfer: one VietQR transfer per part, to its producer's account (reserved stock
      // waits for the producer's "money received"); no account refuses the whole order.
      if (input.payment === "transfer") {
        const opened = await openTransfers(tx, { orderId: order.id, orderNumber: order.number });
        if (!opened.ok)
          throw new OrderRefused({
            ok: false,
            error: "noBankAccount",
            producerName: opened.producerName,
          });
      }

      await tx.delete(cartItems).where(eq(cartItems.cartId, cart.id));
      await tx
        .update(carts)
        .set({ updatedAt: sql`now()` })
        .where(eq(carts.id, cart.id));

      const lang = input.lang ?? "vi";
      const totalVnd = itemsTotalVnd + shippingTotalVnd;
      const link = `${input.siteUrl ?? ""}/orders/${order.number}?key=${accessKey}`;
      // A card order is not confirmed by email yet: nothing is paid, and the buyer may still
      // walk away from Stripe's page. The payment's outcome sends the one email (decision 0013).
      if (input.payment === "cod")
        await enqueueMail(tx, {
          to: buyerEmail,
          subject: translate(lang, "orders.mail.subject", { number: order.number }),
          text: [
            translate(lang, "orders.mail.greeting", { name: input.buyer.name }),
            "",
            translate(lang, "orders.mail.body", {
              number: order.number,
              parts: parts.length,
              total: formatVnd(lang, totalVnd),
            }),
            "",
            translate(lang, "orders.mail.link", { link }),
          ].join("\n"),
        });

      if (input.privacyConsent)
        await recordPrivacyConsent(
          tx,
          { context: "checkout", orderId: order.id, userId: input.userId ?? null },
          input.privacyConsent.givenAt,
        );

      // A transfer order is confirmed with what to pay: each shipment's account and VietQR code.
      if (input.payment === "transfer")
        await enqueueTransferMail(tx, { orderId: order.id, kind: "placed", lang, link });

      return { ok: true, orderId: order.id, number: order.number, accessKey, totalVnd } as const;
    });
  } catch (e) {
    if (e instanceof OrderRefused) return e.failure;
    throw e;
  }
}

export type OrderActor =
  | {
      kind: "buyer";
      userId: number | null;
      accessKey?: string | null;
      /** The browser's order look-up token (decision 0025). */
      grantToken?: string | null;
    }
  | { kind: "producer"; userId: number; producerId: number }
  | { kind: "system" };

export type TransitionError =
  | "notFound"
  | "transitionNotAllowed"
  | "actorNotAllowed"
  /** Shipping needs a carrier and a tracking number. */
  | "shippingDetailsRequired"
  /** A producer (or the system) cancelling must say why. */
  | "reasonRequired"
  /** A producer may not confirm or ship a card order before its payment is "paid". */
  | "paymentNotCompleted"
  /** A failed delivery needs its reason from DELIVERY_FAILURE_REASONS. */
  | "failureReasonRequired"
  /** A return needs the producer's choice: do the units go back into stock? */
  | "restockRequired";

export type TransitionResult =
  { ok: true; from: OrderPartStatus; to: OrderPartStatus } | { ok: false; error: TransitionError };

/** What some moves carry: the carrier and tracking number of a shipment, the reason for a cancel. */
export type TransitionDetails = {
  carrier?: string | null;
  trackingNumber?: string | null;
  reason?: string | null;
  /** Why a delivery failed (delivery_failed): a DELIVERY_FAILURE_REASONS code. */
  failureReason?: string | null;
  /** Whether a returned parcel's units go back into stock (returned). */
  restock?: boolean | null;
};

/**
 * Moves one order part to `to` if the transition table allows it for this actor, who must
 * also own it (the buyer by account or private link, the producer by id). Records the event;
 * a cancellation puts the part's quantities back in stock and, when the order was paid by
 * card, queues the refund of the part's total (items and its shipping fee). A producer cannot
 * confirm or ship a card order that is not paid. All in one transaction, with the payment and
 * the part locked, so two clicks cannot return the stock or queue a refund twice.
 */
export async function transitionOrderPart(
  db: Db,
  input: {
    partId: number;
    to: OrderPartStatus;
    actor: OrderActor;
    details?: TransitionDetails;
    /** The order the request named (the buyer's page): a part of another order is missing. */
    orderNumber?: string;
  },
): Promise<TransitionResult> {
  const carrier = input.details?.carrier?.trim() || null;
  const trackingNumber = input.details?.trackingNumber?.trim() || null;
  const reason = input.details?.reason?.trim() || null;
  return db.transaction(async (tx) => {
    // The card payment first, then the part: the webhook locks in the same order, so a
    // payment arriving while the buyer cancels either sees the cancel or is seen by it.
    const payment = await lockPlatformPaymentOfPart(tx, input.partId);
    const [part] = await queryRows<{
      id: number;
      order_id: number;
      status: OrderPartStatus;
      producer_id: number;
      total_vnd: number;
      user_id: number | null;
      access_key_hash: string;
      payment_method: PaymentMethod;
    }>(
      tx,
      sql`select p.id, p.order_id, p.status, p.producer_id, p.total_vnd,
                 o.user_id, o.access_key_hash, o.payment_method
            from order_parts p join orders o on o.id = p.order_id
           where p.id = ${input.partId}
             ${input.orderNumber === undefined ? sql`` : sql`and o.number = ${input.orderNumber}`}
             for update of p`,
    );
    if (!part) return { ok: false, error: "notFound" } as const;
    const { actor } = input;
    const owns =
      actor.kind === "system" ||
      (actor.kind === "producer" && actor.producerId === part.producer_id) ||
      (actor.kind === "buyer" &&
        ((actor.userId !== null && actor.userId === part.user_id) ||
          (!!actor.accessKey && hashToken(actor.accessKey) === part.access_key_hash))) ||
      (actor.kind === "buyer" && (await hasOrderGrant(tx, part.order_id, actor.grantToken)));
    // Someone else's order is answered as missing: its existence is none of their business.
    if (!owns) return { ok: false, error: "notFound" } as const;
    const move = moveTo(ORDER_PART_LIFECYCLE, part.status, input.to, actor.kind);
    if (!move.ok) return move;
    // Nothing leaves the producer for a card or VNPay order that is not paid (decisions 0012,
    // 0023), nor for a bank transfer the producer has not seen arrive.
    if (
      paymentRule(part.payment_method).settledBeforeFulfilment &&
      actor.kind === "producer" &&
      (input.to === "confirmed" || input.to === "shipped") &&
      !(await partPaymentSettled(tx, {
        method: part.payment_method,
        partId: part.id,
        platformPaymentStatus: payment?.status ?? null,
      }))
    ) {
      return { ok: false, error: "paymentNotCompleted" } as const;
    }
    if (input.to === "shipped" && (!carrier || !trackingNumber)) {
      return { ok: false, error: "shippingDetailsRequired" } as const;
    }
    if (input.to === "cancelled" && actor.kind === "producer" && !reason) {
      return { ok: false, error: "reasonRequired" } as const;
    }
    const outcome = deliveryOutcome(input.to, input.details);
    if (!outcome.ok) return outcome;

    await tx
      .update(orderParts)
      .set({
        status: move.to,
        updatedAt: sql`now()`,
        ...(input.to === "shipped" ? { carrier, trackingNumber } : {}),
        ...(input.to === "cancelled" ? { cancelReason: reason } : {}),
        ...(input.to === "delivery_failed" ? { deliveryFailureReason: outcome.failureReason } : {}),
        ...(input.to === "returned" ? { restocked: outcome.restock } : {}),
      })
      .where(eq(orderParts.id, part.id));
    await tx.insert(orderEvents).values({
      orderPartId: part.id,
      fromStatus: part.status,
      toStatus: input.to,
      actorKind: actor.kind,
      actorUserId: actor.kind === "system" ? null : actor.userId,
      details: eventDetails(input.to, { carrier, trackingNumber, reason, ...outcome.event }),
    });
    if (returnsStock(input.to, outcome.restock)) {
      await tx.execute(
        sql`update products p set stock = p.stock + i.quantity
              from order_items i
             where i.order_part_id = ${part.id} and p.id = i.product_id`,
      );
    }
    // A transfer still awaited for this part is withdrawn: no reminder, no expiry.
    if (input.to === "cancelled") await withdrawTransfer(tx, part.id);
    // Paid by card or VNPay: the money for a cancelled or returned part goes back through the
    // provider that collected it (a worker asks it; decisions 0011, 0022 and 0023).
    if (refundsPart(input.to) && payment?.status === "paid") {
      await queuePlatformRefund(tx, payment, {
        orderId: part.order_id,
        orderPartId: part.id,
        amountVnd: part.total_vnd,
      });
    }
    return { ok: true, from: part.status, to: input.to } as const;
  });
}

const communePlace = alias(places, "commune_place");
const provincePlace = alias(places, "province_place");

export type OrderView = {
  id: number;
  number: string;
  createdAt: Date;
  buyerName: string;
  buyerPhone: string;
  /** Null when a guest ordered without one. */
  buyerEmail: string | null;
  street: string;
  communeName: string;
  provinceName: string;
  paymentMethod: PaymentMethod;
  /** Null for cash on delivery. */
  cardPaymentStatus: CardPaymentStatus | null;
  /** Null unless paid through VNPay. */
  vnpayPaymentStatus: VnpayPaymentStatus | null;
  itemsTotalVnd: number;
  shippingTotalVnd: number;
  totalVnd: number;
  parts: {
    id: number;
    producer: { id: number; slug: string; name: string };
    status: OrderPartStatus;
    /** Set by the producer when the part is shipped. */
    carrier: string | null;
    trackingNumber: string | null;
    /** Why the part was cancelled, when someone said. */
    cancelReason: string | null;
    /** Why its delivery failed (a DELIVERY_FAILURE_REASONS code). */
    deliveryFailureReason: string | null;
    /** The money of a cancelled part of a paid card order, on its way back to the card. */
    refund: { amountVnd: number; status: CardRefundStatus } | null;
    itemsTotalVnd: number;
    shippingFeeVnd: number;
    totalVnd: number;
    items: {
      productId: number;
      nameVi: string;
      nameEn: string | null;
      unitVi: string;
      unitEn: string | null;
      unitPriceVnd: number;
      quantity: number;
      lineTotalVnd: number;
    }[];
  }[];
};

/**
 * The buyer's view of an order: for the signed-in owner, for whoever holds the private
 * link's key, or for a browser the order was granted to by a phone + number look-up.
 * Anyone else gets null, exactly as for an unknown number. Three or four queries.
 */
export async function getOrderForBuyer(
  db: Db,
  number: string,
  who: {
    userId: number | null;
    accessKey: string | null;
    /** The browser's order look-up token (decision 0025). */
    grantToken?: string | null;
  },
): Promise<OrderView | null> {
  if (parseOrderNumber(number) === null) return null;
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      userId: orders.userId,
      accessKeyHash: orders.accessKeyHash,
      createdAt: orders.createdAt,
      buyerName: orders.buyerName,
      buyerPhone: orders.buyerPhone,
      buyerEmail: orders.buyerEmail,
      street: orders.street,
      communeName: communePlace.name,
      provinceName: provincePlace.name,
      paymentMethod: orders.paymentMethod,
      cardPaymentStatus: cardPayments.status,
      vnpayPaymentStatus: vnpayPayments.status,
      itemsTotalVnd: orders.itemsTotalVnd,
      shippingTotalVnd: orders.shippingTotalVnd,
      totalVnd: orders.totalVnd,
    })
    .from(orders)
    .leftJoin(cardPayments, eq(cardPayments.orderId, orders.id))
    .leftJoin(vnpayPayments, eq(vnpayPayments.orderId, orders.id))
    .innerJoin(communePlace, eq(communePlace.code, orders.communeCode))
    .innerJoin(provincePlace, eq(provincePlace.code, orders.provinceCode))
    .where(eq(orders.number, number));
  if (!order) return null;
  const byUser = who.userId !== null && order.userId === who.userId;
  const byKey = !!who.accessKey && hashToken(who.accessKey) === order.accessKeyHash;
  if (!byUser && !byKey && !(await hasOrderGrant(db, order.id, who.grantToken))) return null;

  const partRows = await db
    .select({
      id: orderParts.id,
      status: orderParts.status,
      carrier: orderParts.carrier,
      trackingNumber: orderParts.trackingNumber,
      cancelReason: orderParts.cancelReason,
      deliveryFailureReason: orderParts.deliveryFailureReason,
      // A part's refund goes back through the provider that collected it: card or VNPay.
      refundAmountVnd: sql<
        number | null
      >`coalesce(${cardRefunds.amountVnd}, ${vnpayRefunds.amountVnd})`.mapWith(Number),
      refundStatus: sql<CardRefundStatus | null>`coalesce(${cardRefunds.status}, ${vnpayRefunds.status})`,
      itemsTotalVnd: orderParts.itemsTotalVnd,
      shippingFeeVnd: orderParts.shippingFeeVnd,
      totalVnd: orderParts.totalVnd,
      producerId: producers.id,
      producerSlug: producers.slug,
      producerName: producers.name,
    })
    .from(orderParts)
    .innerJoin(producers, eq(producers.id, orderParts.producerId))
    .leftJoin(cardRefunds, eq(cardRefunds.orderPartId, orderParts.id))
    .leftJoin(vnpayRefunds, eq(vnpayRefunds.orderPartId, orderParts.id))
    .where(eq(orderParts.orderId, order.id))
    .orderBy(asc(producers.name), asc(orderParts.id));
  const itemRows = partRows.length
    ? await db
        .select()
        .from(orderItems)
        .where(
          inArray(
            orderItems.orderPartId,
            partRows.map((p) => p.id),
          ),
        )
        .orderBy(asc(orderItems.id))
    : [];
  const { userId: _u, accessKeyHash: _k, ...rest } = order;
  return {
    ...rest,
    parts: partRows.map((p) => ({
      id: p.id,
      producer: { id: p.producerId, slug: p.producerSlug, name: p.producerName },
      status: p.status,
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      cancelReason: p.cancelReason,
      deliveryFailureReason: p.deliveryFailureReason,
      refund:
        p.refundStatus === null || p.refundAmountVnd === null
          ? null
          : { amountVnd: p.refundAmountVnd, status: p.refundStatus },
      itemsTotalVnd: p.itemsTotalVnd,
      shippingFeeVnd: p.shippingFeeVnd,
      totalVnd: p.totalVnd,
      items: itemRows
        .filter((i) => i.orderPartId === p.id)
        .map((i) => ({
          productId: i.productId,
          nameVi: i.nameVi,
          nameEn: i.nameEn,
          unitVi: i.unitVi,
          unitEn: i.unitEn,
          unitPriceVnd: i.unitPriceVnd,
          quantity: i.quantity,
          lineTotalVnd: i.lineTotalVnd,
        })),
    })),
  };
}

export type { OrderActorKind };
