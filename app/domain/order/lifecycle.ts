/**
 * The lifecycle of an order part (one producer's shipment), as one explicit table: every
 * status change in the code goes through `checkTransition`, so a refused move is refused in
 * one place. Cancelling returns the reserved stock (see orders.server.ts).
 */
import type { OrderActorKind, OrderPartStatus } from "../../../db/schema";

export type { OrderActorKind, OrderPartStatus };

/** from → to → who may make that move. Anything absent is refused. */
export const ORDER_PART_TRANSITIONS: Readonly<
  Record<OrderPartStatus, Partial<Record<OrderPartStatus, readonly OrderActorKind[]>>>
> = {
  // "system": a card payment that failed or expired gives the stock back.
  placed: { confirmed: ["producer"], cancelled: ["buyer", "producer", "system"] },
  confirmed: { shipped: ["producer"], cancelled: ["buyer", "producer", "system"] },
  shipped: { delivered: ["producer", "system"] },
  delivered: {},
  cancelled: {},
};

/** Statuses from which the buyer may still cancel. */
export const BUYER_CANCELLABLE: readonly OrderPartStatus[] = (
  Object.keys(ORDER_PART_TRANSITIONS) as OrderPartStatus[]
).filter((from) => ORDER_PART_TRANSITIONS[from].cancelled?.includes("buyer") ?? false);

export type TransitionCheck =
  { ok: true } | { ok: false; error: "transitionNotAllowed" | "actorNotAllowed" };

export function checkTransition(
  from: OrderPartStatus,
  to: OrderPartStatus,
  actor: OrderActorKind,
): TransitionCheck {
  const allowed = ORDER_PART_TRANSITIONS[from][to];
  if (!allowed) return { ok: false, error: "transitionNotAllowed" };
  if (!allowed.includes(actor)) return { ok: false, error: "actorNotAllowed" };
  return { ok: true };
}

/** Whether reaching `to` gives the reserved stock back. */
export function returnsStock(to: OrderPartStatus): boolean {
  return to === "cancelled";
}
