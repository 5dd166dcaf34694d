/**
 * The one place a VNPay payment's row is opened and its status written: the move its lifecycle
 * allowed, and the row of the payment's history (vnpay_payment_events) in the same transaction.
 * Free of the order code, so placing an order may call `openVnpayPayment`.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { vnpayPaymentEvents, vnpayPayments, type VnpayPaymentStatus } from "../../../db/schema";
import type { Lang } from "../../i18n/index";
import { vnpayDate } from "../../infra/vnpay.server";
import { initialState, type AllowedMove } from "../lifecycle/lifecycle";
import { VNPAY_PAYMENT_LIFECYCLE } from "./lifecycle";

/** The reference VNPay knows the payment by: the order number without its dashes. */
export function txnRefOf(orderNumber: string): string {
  return orderNumber.replace(/-/g, "");
}

/** Written with the order (stock reserved), before the buyer is sent to VNPay. */
export async function openVnpayPayment(
  tx: Db,
  input: { orderId: number; number: string; amountVnd: number; lang: Lang; now: Date },
): Promise<void> {
  await tx.insert(vnpayPayments).values({
    orderId: input.orderId,
    status: initialState(VNPAY_PAYMENT_LIFECYCLE, "pending"),
    txnRef: txnRefOf(input.number),
    amountVnd: input.amountVnd,
    createDate: vnpayDate(input.now),
    lang: input.lang,
  });
}

export async function writeVnpayPaymentMove(
  tx: Db,
  orderId: number,
  move: AllowedMove<VnpayPaymentStatus>,
  /** The IPN that made the move; null when our own sweep or worker did. */
  notificationId: number | null,
  note: string | null,
): Promise<void> {
  await tx
    .update(vnpayPayments)
    .set({ status: move.to, updatedAt: sql`now()` })
    .where(eq(vnpayPayments.orderId, orderId));
  await tx.insert(vnpayPaymentEvents).values({
    orderId,
    fromStatus: move.from,
    toStatus: move.to,
    notificationId,
    note,
  });
}
