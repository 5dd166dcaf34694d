/**
 * Refunds of cancelled parts of card orders that were paid (decision 0011). The cancel writes
 * a pending `card_refunds` row in its own transaction (queueCardRefund); a worker then asks
 * Stripe, like the mail outbox drains its rows: claimed with FOR UPDATE SKIP LOCKED, retried
 * with a doubling back-off, given up (and logged) after REFUND_MAX_ATTEMPTS. The Stripe
 * request carries the row id as idempotency key, so a retry after a lost answer never
 * refunds twice. When every part of the order is cancelled and refunded, the card payment
 * becomes "refunded".
 */
import { sql } from "drizzle-orm";
import type Stripe from "stripe";
import { queryRows, type Db } from "../../../db/client";
import { cardRefunds, type CardPaymentStatus, type CardRefundStatus } from "../../../db/schema";
import { formatVnd, translate, type Lang } from "../../i18n/index";
import { logger } from "../../infra/logger";
import { startPollingWorker, type PollingWorker } from "../../infra/polling-worker";
import { enqueueMail } from "../mail/outbox.server";
import { privateOrderLink } from "../order/mail.server";
import { moveTo } from "../lifecycle/lifecycle";
import { CARD_PAYMENT_LIFECYCLE, CARD_REFUND_LIFECYCLE } from "./lifecycle";
import { writeCardPaymentMove } from "./card-payment-moves.server";
import { bookPlatformRefund } from "../settlement/ledger.server";

/** With the doubling back-off (2 s, 4 s … 512 s) about 17 minutes of trying before giving up. */
export const REFUND_MAX_ATTEMPTS = 10;

/** Queues the refund of one cancelled part; a second call for the same part changes nothing. */
export async function queueCardRefund(
  db: Db,
  refund: { orderId: number; orderPartId: number; amountVnd: number },
): Promise<void> {
  if (refund.amountVnd <= 0) return;
  await db.insert(cardRefunds).values(refund).onConflictDoNothing({
    target: cardRefunds.orderPartId,
  });
}

/**
 * Queues refunds for the parts cancelled while the payment was still pending: the buyer
 * paid for them anyway. Call with the payment locked, when it becomes "paid".
 */
export async function queueRefundsOfCancelledParts(db: Db, orderId: number): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into card_refunds (order_id, order_part_id, amount_vnd)
        select order_id, id, total_vnd from order_parts
         where order_id = ${orderId} and status = 'cancelled' and total_vnd > 0
        on conflict (order_part_id) do nothing
        returning id`,
  );
  return rows.length;
}

export type RefundDrainResult = {
  claimed: number;
  succeeded: number;
  /** Failed this time, kept pending for a later attempt. */
  retrying: number;
  /** Failed for the last time: status "failed", logged for a person. */
  gaveUp: number;
};

type ClaimedRefund = {
  id: number;
  status: CardRefundStatus;
  order_id: number;
  order_part_id: number;
  amount_vnd: number;
  attempts: number;
  session_id: string | null;
  number: string;
  access_key_hash: string;
  /** Null for a guest who gave no email: no mail is sent. */
  buyer_email: string | null;
  buyer_name: string;
  producer_name: string;
};

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Once every part is cancelled or returned (not paid for, decision 0022) and its refund
 * succeeded, the payment is "refunded".
 */
async function settleOrder(tx: Tx, orderId: number): Promise<boolean> {
  const [payment] = await queryRows<{ status: CardPaymentStatus }>(
    tx,
    sql`select status from card_payments where order_id = ${orderId} for update`,
  );
  if (!payment) return false;
  // Only a paid payment becomes refunded (not one under review, nor one refunded already).
  const move = moveTo(CARD_PAYMENT_LIFECYCLE, payment.status, "refunded", "system");
  if (!move.ok) return false;
  const [open] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n
          from order_parts p left join card_refunds r on r.order_part_id = p.id
         where p.order_id = ${orderId}
           and (p.status not in ('cancelled', 'returned')
                or r.status is distinct from 'succeeded')`,
  );
  if (Number(open?.n ?? 1) > 0) return false;
  await writeCardPaymentMove(
    tx,
    orderId,
    move,
    null,
    "every part cancelled or returned and its refund succeeded",
  );
  return true;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * Asks Stripe for up to `batchSize` due refunds, each in its own transaction: the Checkout
 * Session gives the payment intent, then one refund of the part's amount.
 */
export async function drainCardRefundsOnce(
  db: Db,
  stripe: Stripe,
  opts: { siteUrl: string; now?: Date; batchSize?: number; maxAttempts?: number },
): Promise<RefundDrainResult> {
  const now = (opts.now ?? new Date()).toISOString();
  const maxAttempts = opts.maxAttempts ?? REFUND_MAX_ATTEMPTS;
  const result: RefundDrainResult = { claimed: 0, succeeded: 0, retrying: 0, gaveUp: 0 };
  for (let i = 0; i < (opts.batchSize ?? 10); i++) {
    const outcome = await db.transaction(async (tx) => {
      // Due: never tried, or the back-off since the last try (2^attempts seconds) has passed.
      const [row] = await queryRows<ClaimedRefund>(
        tx,
        sql`select r.id, r.status, r.order_id, r.order_part_id, r.amount_vnd, r.attempts, c.session_id, o.number,
                   o.access_key_hash, o.buyer_email, o.buyer_name, pr.name as producer_name
              from card_refunds r
              join orders o on o.id = r.order_id
              join card_payments c on c.order_id = r.order_id
              join order_parts p on p.id = r.order_part_id
              join producers pr on pr.id = p.producer_id
             where r.status = 'pending'
               and (r.attempts = 0
                    or r.updated_at <= ${now}::timestamptz
                                       - make_interval(secs => power(2, least(r.attempts, 12))))
             order by r.id
             limit 1
             for update of r skip locked`,
      );
      if (!row) return null;
      const id = Number(row.id);
      const attempts = Number(row.attempts) + 1;
      try {
        if (!row.session_id) throw new Error("the card payment has no Checkout Session");
        const session = await stripe.checkout.sessions.retrieve(row.session_id);
        const paymentIntent =
          typeof session.payment_intent === "string"
            ? session.payment_intent
            : session.payment_intent?.id;
        if (!paymentIntent) throw new Error("the Checkout Session has no payment intent");
        const refund = await stripe.refunds.create(
          {
            payment_intent: paymentIntent,
            amount: Number(row.amount_vnd),
            metadata: { order_id: String(row.order_id), card_refund_id: String(id) },
          },
          { idempotencyKey: `ocop-refund-${id}` },
        );
        if (refund.status === "failed" || refund.status === "canceled")
          throw new Error(`Stripe answered the refund with status ${refund.status}`);
        const succeeded = moveTo(CARD_REFUND_LIFECYCLE, row.status, "succeeded", "stripe");
        // The row was claimed pending and is locked: a refusal here is a bug, not Stripe's.
        if (!succeeded.ok) throw new Error(`card refund ${id}: ${succeeded.error}`);
        await tx
          .update(cardRefunds)
          .set({
            status: succeeded.to,
            stripeRefundId: refund.id,
            attempts,
            lastError: null,
            updatedAt: sql`${now}::timestamptz`,
          })
          .where(sql`${cardRefunds.id} = ${id}`);
        // Taken off what the producer is owed, with the fee's share (decision 0024).
        await bookPlatformRefund(tx, {
          orderPartId: Number(row.order_part_id),
          amountVnd: Number(row.amount_vnd),
          provider: "card",
          reference: `card:${id}`,
          occurredAt: new Date(now),
        });
        const lang: Lang = session.metadata?.lang === "en" ? "en" : "vi";
        const amount = formatVnd(lang, Number(row.amount_vnd));
        const link = privateOrderLink({
          successUrl: session.success_url,
          number: row.number,
          accessKeyHash: row.access_key_hash,
          siteUrl: opts.siteUrl,
        });
        await enqueueMail(tx, {
          to: row.buyer_email,
          subject: translate(lang, "payments.refund.mail.subject", {
            amount,
            number: row.number,
          }),
          text: [
            translate(lang, "orders.mail.greeting", { name: row.buyer_name }),
            "",
            translate(lang, "payments.refund.mail.body", {
              amount,
              number: row.number,
              producer: row.producer_name,
            }),
            ...(link ? ["", translate(lang, "payments.mail.link", { link })] : []),
          ].join("\n"),
        });
        await settleOrder(tx, Number(row.order_id));
        return "succeeded" as const;
      } catch (error) {
        const message = messageOf(error);
        const giveUp = attempts >= maxAttempts;
        // Before the last attempt the row stays pending (no move); the last one fails it.
        const failed = giveUp
          ? moveTo(CARD_REFUND_LIFECYCLE, row.status, "failed", "system")
          : null;
        if (failed && !failed.ok) throw new Error(`card refund ${id}: ${failed.error}`);
        await tx
          .update(cardRefunds)
          .set({
            ...(failed ? { status: failed.to } : {}),
            attempts,
            lastError: message,
            updatedAt: sql`${now}::timestamptz`,
          })
          .where(sql`${cardRefunds.id} = ${id}`);
        if (giveUp)
          logger.error(
            `card refund ${id} of order ${row.number} (${row.amount_vnd} VND) failed after ${attempts} attempts; refund it by hand in Stripe: ${message}`,
          );
        return giveUp ? ("gaveUp" as const) : ("retrying" as const);
      }
    });
    if (!outcome) break;
    result.claimed += 1;
    result[outcome] += 1;
  }
  return result;
}

/** Polls for due refunds until stopped (see app/infra/polling-worker.ts). */
export function startCardRefundWorker(
  getDb: () => Promise<Db>,
  stripe: Stripe,
  opts: { siteUrl: string; idleMs?: number },
): PollingWorker {
  return startPollingWorker({
    name: "card refunds",
    drain: async () => {
      const r = await drainCardRefundsOnce(await getDb(), stripe, { siteUrl: opts.siteUrl });
      return { claimed: r.claimed, failed: r.retrying + r.gaveUp };
    },
    idleMs: opts.idleMs ?? 5_000,
  });
}
