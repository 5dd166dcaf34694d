/**
 * The lifecycle of an order part (one producer's shipment). Cancelling returns the reserved
 * stock (see orders.server.ts).
 */
import type { OrderActorKind, OrderPartStatus } from "../../../db/schema";
import { checkMove, defineLifecycle, statesFrom, type MoveCheck } from "../lifecycle/lifecycle";

export type { OrderActorKind, OrderPartStatus };

export const ORDER_PART_LIFECYCLE = defineLifecycle<OrderPartStatus, OrderActorKind>({
  table: "order_parts",
  column: "status",
  // Spelled out (not imported from the schema) so pages may import this file without drizzle;
  // the lifecycle registry test holds it to the schema's list.
  states: ["placed", "confirmed", "shipped", "delivered", "cancelled"],
  initial: ["placed"],
  moves: {
    // "system": a card payment that failed or expired gives the stock back.
    placed: { confirmed: ["producer"], cancelled: ["buyer", "producer", "system"] },
    confirmed: { shipped: ["producer"], cancelled: ["buyer", "producer", "system"] },
    shipped: { delivered: ["producer", "system"] },
    delivered: {},
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

/** Whether reaching `to` gives the reserved stock back. */
export function returnsStock(to: OrderPartStatus): boolean {
  return to === "cancelled";
}
