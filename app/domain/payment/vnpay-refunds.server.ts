/**
 * Refunds of cancelled parts of paid VNPay orders, like card refunds (decision 0011): the
 * cancel queues a pending `vnpay_refunds` row (vnpay-refunds-queue.server.ts); this worker asks
 * VNPay's refund API (vnp_Command=refund, signed), claimed with FOR UPDATE SKIP LOCKED, retried
 * with a doubling back-off, given up (and logged) after REFUND_MAX_ATTEMPTS. A part of the
 * payment is refunded with transaction type "03" (partial), the whole payment with "02".
 * When every part is cancelled and refunded, the payment becomes "refunded".
 */
import { bookPlatformRefund } from "../settlement/ledger.server";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { vnpayRefunds, type VnpayPaymentStatus, type VnpayRefundStatus } from "../../../db/schema";
import { formatVnd, translate, type Lang } from "../../i18n/index";
import { logger } from "../../infra/logger";
import { startPollingWorker, type PollingWorker } from "../../infra/polling-worker";
import {
  vnpayDate,
  vnpayRequestId,
  withoutDiacritics,
  type VnpayGateway,
} from "../../infra/vnpay.server";
import { enqueueMail } from "../mail/outbox.server";
import { moveTo } from "../lifecycle/lifecycle";
import { REFUND_MAX_ATTEMPTS } from "./card-refunds.server";
import { VNPAY_PAYMENT_LIFECYCLE, VNPAY_REFUND_LIFECYCLE } from "./lifecycle";
import { writeVnpayPaymentMove } from "./vnpay-payment-moves.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type ClaimedRefund = {
  id: number;
  status: VnpayRefundStatus;
  order_id: number;
  order_part_id: number;
  amount_vnd: number;
  attempts: number;
  txn_ref: string;
  paid_vnd: number;
  create_date: string;
  transaction_no: string | null;
  lang: Lang;
  number: string;
  user_id: number | null;
  buyer_email: string | null;
  buyer_name: string;
  producer_name: string;
};

export type VnpayRefundDrainResult = {
  claimed: number;
  succeeded: number;
  retrying: number;
  gaveUp: number;
};

/** Once every part is cancelled and its refund succeeded, the payment is "refunded". */
async function settleOrder(tx: Tx, orderId: number): Promise<boolean> {
  const [payment] = await queryRows<{ status: VnpayPaymentStatus }>(
    tx,
    sql`select status from vnpay_payments where order_id = ${orderId} for update`,
  );
  if (!payment) return false;
  const move = moveTo(VNPAY_PAYMENT_LIFECYCLE, payment.status, "refunded", "system");
  if (!move.ok) return false;
  const [open] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n
          from order_parts p left join vnpay_refunds r on r.order_part_id = p.id
         where p.order_id = ${orderId}
           and (p.status <> 'cancelled' or r.status is distinct from 'succeeded')`,
  );
  if (Number(open?.n ?? 1) > 0) return false;
  await writeVnpayPaymentMove(
    tx,
    orderId,
    move,
    null,
    "every part cancelled and its refund succeeded",
  );
  return true;
}

/**
 * THE place a VNPay refund succeeds: the move, VNPay's transaction number, the buyer's email,
 * the refund booked in the producer's ledger (decision 0024), and the payment becoming
 * "refunded" when nothing is left.
 */
async function markVnpayRefundSucceeded(
  tx: Tx,
  row: ClaimedRefund,
  transactionNo: string,
  attempts: number,
  now: string,
  siteUrl: string,
): Promise<void> {
  const id = Number(row.id);
  const succeeded = moveTo(VNPAY_REFUND_LIFECYCLE, row.status, "succeeded", "vnpay");
  if (!succeeded.ok) throw new Error(`vnpay refund ${id}: ${succeeded.error}`);
  await tx
    .update(vnpayRefunds)
    .set({
      status: succeeded.to,
      vnpayTransactionNo: transactionNo || null,
      attempts,
      lastError: null,
      updatedAt: sql`${now}::timestamptz`,
    })
    .where(sql`${vnpayRefunds.id} = ${id}`);
  // Taken off what the producer is owed, with the fee's share (decision 0024).
  await bookPlatformRefund(tx, {
    orderPartId: Number(row.order_part_id),
    amountVnd: Number(row.amount_vnd),
    provider: "vnpay",
    reference: `vnpay:${id}`,
    occurredAt: new Date(now),
  });
  const lang = row.lang;
  const amount = formatVnd(lang, Number(row.amount_vnd));
  const link = siteUrl && row.user_id !== null ? `${siteUrl}/orders/${row.number}` : null;
  await enqueueMail(tx, {
    to: row.buyer_email,
    subject: translate(lang, "payments.refund.mail.subject", { amount, number: row.number }),
    text: [
      translate(lang, "orders.mail.greeting", { name: row.buyer_name }),
      "",
      translate(lang, "vnpay.refund.mail.body", {
        amount,
        number: row.number,
        producer: row.producer_name,
      }),
      ...(link ? ["", translate(lang, "payments.mail.link", { link })] : []),
    ].join("\n"),
  });
  await settleOrder(tx, Number(row.order_id));
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** Asks VNPay for up to `batchSize` due refunds, each in its own transaction. */
export async function drainVnpayRefundsOnce(
  db: Db,
  gateway: VnpayGateway,
  opts: { siteUrl: string; now?: Date; batchSize?: number; maxAttempts?: number },
): Promise<VnpayRefundDrainResult> {
  const nowDate = opts.now ?? new Date();
  const now = nowDate.toISOString();
  const maxAttempts = opts.maxAttempts ?? REFUND_MAX_ATTEMPTS;
  const result: VnpayRefundDrainResult = { claimed: 0, succeeded: 0, retrying: 0, gaveUp: 0 };
  for (let i = 0; i < (opts.batchSize ?? 10); i++) {
    const outcome = await db.transaction(async (tx) => {
      const [row] = await queryRows<ClaimedRefund>(
        tx,
        sql`select r.id, r.status, r.order_id, r.order_part_id, r.amount_vnd, r.attempts, v.txn_ref,
                   v.amount_vnd as paid_vnd, v.create_date, v.transaction_no, v.lang, o.number,
                   o.user_id, o.buyer_email, o.buyer_name, pr.name as producer_name
              from vnpay_refunds r
              join orders o on o.id = r.order_id
              join vnpay_payments v on v.order_id = r.order_id
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
        const answer = await gateway.refund({
          requestId: vnpayRequestId(),
          txnRef: row.txn_ref,
          amountVnd: Number(row.amount_vnd),
          transactionType: Number(row.amount_vnd) >= Number(row.paid_vnd) ? "02" : "03",
          transactionNo: row.transaction_no,
          transactionDate: row.create_date,
          createBy: "cho-ocop",
          createDate: vnpayDate(nowDate),
          ipAddr: "127.0.0.1",
          orderInfo: withoutDiacritics(`Hoan tien don ${row.number} kien ${id}`),
        });
        if (!answer.ok)
          throw new Error(`VNPay refused the refund: ${answer.responseCode} ${answer.message}`);
        await markVnpayRefundSucceeded(tx, row, answer.transactionNo, attempts, now, opts.siteUrl);
        return "succeeded" as const;
      } catch (error) {
        const message = messageOf(error);
        const giveUp = attempts >= maxAttempts;
        const failed = giveUp
          ? moveTo(VNPAY_REFUND_LIFECYCLE, row.status, "failed", "system")
          : null;
        if (failed && !failed.ok) throw new Error(`vnpay refund ${id}: ${failed.error}`);
        await tx
          .update(vnpayRefunds)
          .set({
            ...(failed ? { status: failed.to } : {}),
            attempts,
            lastError: message,
            updatedAt: sql`${now}::timestamptz`,
          })
          .where(sql`${vnpayRefunds.id} = ${id}`);
        if (giveUp)
          logger.error(
            `VNPay refund ${id} of order ${row.number} (${row.amount_vnd} VND) failed after ${attempts} attempts; refund it by hand in VNPay's merchant portal: ${message}`,
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

/** Polls for due VNPay refunds until stopped. */
export function startVnpayRefundWorker(
  getDb: () => Promise<Db>,
  gateway: VnpayGateway,
  opts: { siteUrl: string; idleMs?: number },
): PollingWorker {
  return startPollingWorker({
    name: "vnpay refunds",
    drain: async () => {
      const r = await drainVnpayRefundsOnce(await getDb(), gateway, { siteUrl: opts.siteUrl });
      return { claimed: r.claimed, failed: r.retrying + r.gaveUp };
    },
    idleMs: opts.idleMs ?? 5_000,
  });
}
