/**
 * The lifecycle of an order part (one producer's shipment). Cancelling returns the reserved
 * stock (see orders.server.ts). After shipping, the parcel is delivered (the producer, the
 * system or the buyer confirming receipt say so), or its delivery fails (a cash-on-delivery
 * buyer refused it or could not be reached) and it comes back to the producer ("returned"),
 * who chooses whether its units go back into stock. Cancelled and returned parts are not paid
 * for: they leave every total (orderTotals) and, for a paid platform order, their whole total
 * (items and shipping fee) is refunded (decision 0022).
 */
import type { OrderActorKind, OrderPartStatus } from "../../../db/schema";
import { checkMove, defineLifecycle, statesFrom, type MoveCheck } from "../lifecycle/lifecycle";

export type { OrderActorKind, OrderPartStatus };

export const ORDER_PART_LIFECYCLE = defineLifecycle<OrderPartStatus, OrderActorKind>({
  table: "order_parts",
  column: "status",
  // Spelled out (not imported from the schema) so pages may import this file without drizzle;
  // the lifecycle registry test holds it to the schema's list.
  states: [
    "placed",
    "confirmed",
    "shipped",
    "delivered",
    "delivery_failed",
    "returned",
    "cancelled",
  ],
  initial: ["placed"],
  moves: {
    // "system": a card payment that failed or expired gives the stock back.
    placed: { confirmed: ["producer"], cancelled: ["buyer", "producer", "system"] },
    confirmed: { shipped: ["producer"], cancelled: ["buyer", "producer", "system"] },
    // The buyer confirms receipt from the order page; the producer records it or a failure.
    shipped: { delivered: ["producer", "system", "buyer"], delivery_failed: ["producer"] },
    // A second attempt may still succeed; otherwise the parcel comes back to the producer.
    delivery_failed: { delivered: ["producer"], returned: ["producer"] },
    delivered: {},
    returned: {},
    cancelled: {},
  },
});

/** from → to → who may make that move. Anything absent is refused. */
export const ORDER_PART_TRANSITIONS = ORDER_PART_LIFECYCLE.moves;

/** Statuses from which the buyer may still cancel. */
export const BUYER_CANCELLABLE: readonly OrderPartStatus[] = statesFrom(
  ORDER_PART_LIFECYCLE,
  "cancelled",
  "buyer",
);

export type TransitionCheck = MoveCheck;

export function checkTransition(
  from: OrderPartStatus,
  to: OrderPartStatus,
  actor: OrderActorKind,
): TransitionCheck {
  return checkMove(ORDER_PART_LIFECYCLE, from, to, actor);
}

/**
 * Whether reaching `to` gives the reserved stock back. A cancel always does (nothing left the
 * producer); a returned parcel only when the producer says its units can be sold again (a
 * broken jar of honey cannot).
 */
export function returnsStock(to: OrderPartStatus, restock?: boolean | null): boolean {
  if (to === "cancelled") return true;
  if (to === "returned") return restock === true;
  return false;
}

/** Statuses whose money is not owed: the part leaves every total (amount due, sums, CSV). */
export const UNPAID_STATUSES: readonly OrderPartStatus[] = ["cancelled", "returned"];

export function countsTowardsTotal(status: OrderPartStatus): boolean {
  return !UNPAID_STATUSES.includes(status);
}

/**
 * Whether reaching `to` refunds the part's whole total (items and its shipping fee) when the
 * order was paid on the platform: a cancelled part was never sent, a returned one came back.
 */
export function refundsPart(to: OrderPartStatus): boolean {
  return UNPAID_STATUSES.includes(to);
}

/** Why a delivery failed, as the producer picks it (a short list, stored as its code). */
export const DELIVERY_FAILURE_REASONS = [
  "refused",
  "unreachable",
  "wrong_address",
  "damaged",
  "other",
] as const;
export type DeliveryFailureReason = (typeof DELIVERY_FAILURE_REASONS)[number];

export function isDeliveryFailureReason(v: unknown): v is DeliveryFailureReason {
  return (DELIVERY_FAILURE_REASONS as readonly unknown[]).includes(v);
}

/** Sums of an order over the parts still owed: what a cash-on-delivery buyer pays. */
export function orderTotals(
  parts: readonly { status: OrderPartStatus; itemsTotalVnd: number; shippingFeeVnd: number }[],
): { itemsTotalVnd: number; shippingTotalVnd: number; totalVnd: number } {
  let items = 0;
  let shipping = 0;
  for (const p of parts) {
    if (!countsTowardsTotal(p.status)) continue;
    items += p.itemsTotalVnd;
    shipping += p.shippingFeeVnd;
  }
  return { itemsTotalVnd: items, shippingTotalVnd: shipping, totalVnd: items + shipping };
}
