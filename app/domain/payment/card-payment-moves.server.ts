/**
 * The one place a card payment's status is written: the move its lifecycle allowed, and the
 * row of the payment's history (card_payment_events) in the same transaction. Webhooks, the
 * sweep, an abandoned checkout and the refund worker all come through here.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { cardPaymentEvents, cardPayments, type CardPaymentStatus } from "../../../db/schema";
import type { AllowedMove } from "../lifecycle/lifecycle";

export async function writeCardPaymentMove(
  tx: Db,
  orderId: number,
  move: AllowedMove<CardPaymentStatus>,
  /** The Stripe event that made the move; null when our own sweep or worker did. */
  stripeEventId: string | null,
  note: string | null,
): Promise<void> {
  await tx
    .update(cardPayments)
    .set({ status: move.to, updatedAt: sql`now()` })
    .where(eq(cardPayments.orderId, orderId));
  await tx.insert(cardPaymentEvents).values({
    orderId,
    fromStatus: move.from,
    toStatus: move.to,
    stripeEventId,
    note,
  });
}
