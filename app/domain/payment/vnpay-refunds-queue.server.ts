/**
 * Queuing the refund of a cancelled part of a paid VNPay order (the worker that asks VNPay is
 * vnpay-refunds.server.ts). Free of the order code, so the cancel may call it.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { vnpayRefunds } from "../../../db/schema";
import { initialState } from "../lifecycle/lifecycle";
import { VNPAY_REFUND_LIFECYCLE } from "./lifecycle";

/** Queues the refund of one cancelled part; a second call for the same part changes nothing. */
export async function queueVnpayRefund(
  db: Db,
  refund: { orderId: number; orderPartId: number; amountVnd: number },
): Promise<void> {
  if (refund.amountVnd <= 0) return;
  const { orderId, orderPartId, amountVnd } = refund;
  await db
    .insert(vnpayRefunds)
    .values({
      orderId,
      orderPartId,
      amountVnd,
      status: initialState(VNPAY_REFUND_LIFECYCLE, "pending"),
    })
    .onConflictDoNothing({
      target: vnpayRefunds.orderPartId,
    });
}

/** The parts cancelled while the payment was pending were paid for all the same: queue them. */
export async function queueVnpayRefundsOfCancelledParts(db: Db, orderId: number): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into vnpay_refunds (order_id, order_part_id, amount_vnd)
        select order_id, id, total_vnd from order_parts
         where order_id = ${orderId} and status = 'cancelled' and total_vnd > 0
        on conflict (order_part_id) do nothing
        returning id`,
  );
  return rows.length;
}
