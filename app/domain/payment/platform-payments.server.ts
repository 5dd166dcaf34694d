/**
 * What the order code needs to know of the payments collected by the platform (card through
 * Stripe, VNPay), whichever the order used: its payment, locked, and where a cancelled part's
 * refund is queued. Free of the order code (no import cycle with orders.server.ts).
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import type { CardPaymentStatus, VnpayPaymentStatus } from "../../../db/schema";
import { queueCardRefund } from "./card-refunds.server";
import { queueVnpayRefund } from "./vnpay-refunds-queue.server";

export type PlatformPayment =
  { method: "card"; status: CardPaymentStatus } | { method: "vnpay"; status: VnpayPaymentStatus };

/**
 * Locks the platform payment of the order a part belongs to (none for cash on delivery). The
 * webhook/IPN handlers lock the payment before the parts too, so a payment arriving while the
 * buyer cancels either sees the cancel or is seen by it.
 */
export async function lockPlatformPaymentOfPart(
  tx: Db,
  partId: number,
): Promise<PlatformPayment | undefined> {
  const [card] = await queryRows<{ status: CardPaymentStatus }>(
    tx,
    sql`select c.status from card_payments c
         where c.order_id = (select order_id from order_parts where id = ${partId})
           for update`,
  );
  if (card) return { method: "card", status: card.status };
  const [vnpay] = await queryRows<{ status: VnpayPaymentStatus }>(
    tx,
    sql`select v.status from vnpay_payments v
         where v.order_id = (select order_id from order_parts where id = ${partId})
           for update`,
  );
  if (vnpay) return { method: "vnpay", status: vnpay.status };
  return undefined;
}

/** Queues the refund of a cancelled part of a paid order through the provider that collected it. */
export async function queuePlatformRefund(
  tx: Db,
  payment: PlatformPayment,
  refund: { orderId: number; orderPartId: number; amountVnd: number },
): Promise<void> {
  if (payment.method === "card") await queueCardRefund(tx, refund);
  else await queueVnpayRefund(tx, refund);
}
