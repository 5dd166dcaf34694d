/**
 * What the moves after shipping carry (transitionOrderPart): a failed delivery its reason from
 * the short list, a return the producer's restock choice. Pure: checks the details, says what
 * to write on the part and in the event.
 */
import type { OrderEventDetails, OrderPartStatus } from "../../../db/schema";
import { isDeliveryFailureReason, type DeliveryFailureReason } from "./lifecycle";

export type DeliveryOutcome =
  | {
      ok: true;
      /** A failed delivery's reason (null for every other move). */
      failureReason: DeliveryFailureReason | null;
      /** What the event records of it. */
      event: Pick<OrderEventDetails, "reason" | "restocked">;
      /** A return's restock choice (null for every other move). */
      restock: boolean | null;
    }
  | { ok: false; error: "failureReasonRequired" | "restockRequired" };

export function deliveryOutcome(
  to: OrderPartStatus,
  details: { failureReason?: string | null; restock?: boolean | null } | undefined,
): DeliveryOutcome {
  if (to === "delivery_failed") {
    const reason = details?.failureReason;
    if (!isDeliveryFailureReason(reason)) return { ok: false, error: "failureReasonRequired" };
    return { ok: true, failureReason: reason, event: { reason }, restock: null };
  }
  if (to === "returned") {
    const restock = details?.restock;
    if (typeof restock !== "boolean") return { ok: false, error: "restockRequired" };
    return { ok: true, failureReason: null, event: { restocked: restock }, restock };
  }
  return { ok: true, failureReason: null, event: {}, restock: null };
}

/** The details an event keeps for the timeline (null when the move carried none). */
export function eventDetails(
  to: OrderPartStatus,
  d: {
    carrier: string | null;
    trackingNumber: string | null;
    reason?: string | null;
    restocked?: boolean;
  },
): OrderEventDetails | null {
  if (to === "shipped" && d.carrier && d.trackingNumber)
    return { carrier: d.carrier, trackingNumber: d.trackingNumber };
  if ((to === "cancelled" || to === "delivery_failed") && d.reason) return { reason: d.reason };
  if (to === "returned" && typeof d.restocked === "boolean") return { restocked: d.restocked };
  return null;
}
