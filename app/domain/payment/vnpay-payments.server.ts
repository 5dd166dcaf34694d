/**
 * Payments through VNPay (decision 0023), with the rules of card payments (0008): the order is
 * placed first (stock reserved, payment pending, its vnp_TxnRef and amount fixed); the buyer is
 * sent to VNPay with a URL built from the order as stored; VNPay's server-to-server IPN, whose
 * signature the route has verified, then moves the payment, each result applied once: its key
 * (reference, response code, VNPay's transaction number) goes into `vnpay_notifications` in the
 * same transaction as the change, so a replay answers "02" and changes nothing.
 *
 * Out of order: a failure after "paid" changes nothing. A success for an order already released
 * (failed or expired, stock returned) is not resurrected: the payment goes to "needs_review" for
 * a person to refund. The same when VNPay's amount differs from the order's.
 *
 * The return page shows the buyer the verified result but writes nothing: the IPN is the
 * source of truth (VNPay's own guidance; see 0023).
 */
import { bookPlatformPayment } from "../settlement/ledger.server";
import { and, asc, eq, lt } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import {
  orderParts,
  orders,
  vnpayNotifications,
  vnpayPayments,
  type VnpayPaymentStatus,
} from "../../../db/schema";
import { formatVnd, translate, type Lang } from "../../i18n/index";
import {
  vnpayDate,
  withoutDiacritics,
  type VnpayGateway,
  type VnpayResult,
} from "../../infra/vnpay.server";
import { hashToken } from "../account/accounts.server";
import { enqueueMail } from "../mail/outbox.server";
import { orderDetailsText } from "../order/mail.server";
import { transitionOrderPart } from "../order/orders.server";
import { moveTo, type AllowedMove } from "../lifecycle/lifecycle";
import { VNPAY_PAYMENT_LIFECYCLE } from "./lifecycle";
import { writeVnpayPaymentMove } from "./vnpay-payment-moves.server";
import { queueVnpayRefundsOfCancelledParts } from "./vnpay-refunds-queue.server";

/** How long VNPay's payment page accepts the payment (vnp_ExpireDate). */
export const PAYMENT_LIFETIME_MS = 15 * 60_000;
/** The sweep waits longer, so a late IPN for a payment made at the last second still finds it pending. */
export const SWEEP_AFTER_MS = 20 * 60_000;

/** VNPay's IPN answer: RspCode and Message, as its integration guide lists them. */
export type IpnAnswer = { RspCode: "00" | "01" | "02" | "04" | "97" | "99"; Message: string };

export const IPN = {
  ok: { RspCode: "00", Message: "Confirm Success" },
  notFound: { RspCode: "01", Message: "Order not found" },
  alreadyConfirmed: { RspCode: "02", Message: "Order already confirmed" },
  invalidAmount: { RspCode: "04", Message: "Invalid amount" },
  badSignature: { RspCode: "97", Message: "Invalid signature" },
  unknown: { RspCode: "99", Message: "Unknown error" },
} as const satisfies Record<string, IpnAnswer>;

/**
 * The signed URL of VNPay's payment page for a placed VNPay order still pending, built from
 * the order as stored. The buyer comes back to /payments/vnpay/return/<access key>.
 */
export async function vnpayPaymentUrl(
  db: Db,
  gateway: VnpayGateway,
  input: { orderId: number; accessKey: string; siteUrl: string; lang: Lang; ipAddr: string },
): Promise<string | null> {
  const [pay] = await db
    .select({
      number: orders.number,
      status: vnpayPayments.status,
      txnRef: vnpayPayments.txnRef,
      amountVnd: vnpayPayments.amountVnd,
      createDate: vnpayPayments.createDate,
      createdAt: vnpayPayments.createdAt,
    })
    .from(vnpayPayments)
    .innerJoin(orders, eq(orders.id, vnpayPayments.orderId))
    .where(eq(vnpayPayments.orderId, input.orderId));
  if (!pay || pay.status !== "pending") return null;
  return gateway.buildPaymentUrl({
    txnRef: pay.txnRef,
    amountVnd: pay.amountVnd,
    orderInfo: withoutDiacritics(translate(input.lang, "vnpay.orderInfo", { number: pay.number })),
    returnUrl: `${input.siteUrl}/payments/vnpay/return/${encodeURIComponent(input.accessKey)}`,
    ipAddr: input.ipAddr,
    locale: input.lang === "en" ? "en" : "vn",
    createDate: pay.createDate,
    expireDate: vnpayDate(new Date(pay.createdAt.getTime() + PAYMENT_LIFETIME_MS)),
  });
}

type LockedPayment = {
  order_id: number;
  status: VnpayPaymentStatus;
  amount_vnd: number;
  lang: Lang;
  number: string;
  user_id: number | null;
  buyer_email: string;
  buyer_name: string;
};

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function lockPayment(
  tx: Tx,
  where: { txnRef: string } | { orderId: number },
): Promise<LockedPayment | undefined> {
  const [row] = await queryRows<LockedPayment>(
    tx,
    sql`select v.order_id, v.status, v.amount_vnd, v.lang, o.number, o.user_id, o.buyer_email,
               o.buyer_name
          from vnpay_payments v join orders o on o.id = v.order_id
         where ${"txnRef" in where ? sql`v.txn_ref = ${where.txnRef}` : sql`v.order_id = ${where.orderId}`}
           for update of v`,
  );
  return row;
}

/** The link in the buyer's email: the order's page for an account's order; a guest has it from the return page. */
function linkFor(pay: LockedPayment, siteUrl: string): string | null {
  return siteUrl && pay.user_id !== null ? `${siteUrl}/orders/${pay.number}` : null;
}

/** Failed or expired: the payment ends and every part is cancelled, which returns the stock once. */
async function release(
  tx: Tx,
  pay: LockedPayment,
  move: AllowedMove<VnpayPaymentStatus>,
  notificationId: number | null,
  siteUrl: string,
): Promise<void> {
  await writeVnpayPaymentMove(tx, pay.order_id, move, notificationId, null);
  const parts = await tx
    .select({ id: orderParts.id })
    .from(orderParts)
    .where(eq(orderParts.orderId, pay.order_id))
    .orderBy(asc(orderParts.id));
  for (const part of parts) {
    // A part already cancelled keeps its state: the stock goes back once.
    await transitionOrderPart(tx, { partId: part.id, to: "cancelled", actor: { kind: "system" } });
  }
  const lang = pay.lang;
  const link = linkFor(pay, siteUrl);
  await enqueueMail(tx, {
    to: pay.buyer_email,
    subject: translate(lang, "payments.mail.cancelledSubject", { number: pay.number }),
    text: [
      translate(lang, "orders.mail.greeting", { name: pay.buyer_name }),
      "",
      translate(lang, move.to === "failed" ? "vnpay.mail.failedBody" : "vnpay.mail.expiredBody", {
        number: pay.number,
      }),
      ...(link ? ["", translate(lang, "payments.mail.link", { link })] : []),
    ].join("\n"),
  });
}

/**
 * THE place a VNPay payment becomes paid: the move, VNPay's transaction details, the refunds
 * of parts cancelled while it was pending, the producers' share booked in the ledger (decision
 * 0024), the buyer's email.
 */
async function markVnpayPaid(
  tx: Tx,
  pay: LockedPayment,
  result: VnpayResult,
  notificationId: number,
  siteUrl: string,
): Promise<void> {
  const paid = moveTo(VNPAY_PAYMENT_LIFECYCLE, pay.status, "paid", "vnpay");
  if (!paid.ok) throw new Error(`vnpay payment ${pay.order_id}: ${paid.error}`);
  await writeVnpayPaymentMove(tx, pay.order_id, paid, notificationId, null);
  await tx
    .update(vnpayPayments)
    .set({
      transactionNo: result.transactionNo || null,
      bankCode: result.bankCode || null,
      payDate: result.payDate || null,
    })
    .where(eq(vnpayPayments.orderId, pay.order_id));
  // The producers' share of the money is booked with the payment (decision 0024).
  await bookPlatformPayment(tx, { orderId: pay.order_id, provider: "vnpay", occurredAt: new Date() });
  await queueVnpayRefundsOfCancelledParts(tx, pay.order_id);
  const lang = pay.lang;
  const link = linkFor(pay, siteUrl);
  await enqueueMail(tx, {
    to: pay.buyer_email,
    subject: translate(lang, "payments.mail.subject", { number: pay.number }),
    text: [
      translate(lang, "orders.mail.greeting", { name: pay.buyer_name }),
      "",
      translate(lang, "vnpay.mail.body", {
        number: pay.number,
        total: formatVnd(lang, pay.amount_vnd),
      }),
      "",
      await orderDetailsText(tx, pay.order_id, lang),
      ...(link ? ["", translate(lang, "payments.mail.link", { link })] : []),
    ].join("\n"),
  });
}

/**
 * Applies one IPN whose signature the caller has verified, once. Answers VNPay: 01 unknown
 * reference, 02 already applied or the payment no longer pending, 04 the amount differs (a
 * success then goes to review), 00 applied.
 */
export async function applyVnpayIpn(
  db: Db,
  result: VnpayResult,
  opts: { siteUrl: string },
): Promise<IpnAnswer> {
  return db.transaction(async (tx) => {
    const pay = await lockPayment(tx, { txnRef: result.txnRef });
    if (!pay) return IPN.notFound;
    const key = `${result.txnRef}:${result.responseCode}:${result.transactionNo}`;
    const amountOk = result.amountVnd === pay.amount_vnd;
    const answer: IpnAnswer = !amountOk
      ? IPN.invalidAmount
      : pay.status === "pending"
        ? IPN.ok
        : IPN.alreadyConfirmed;
    const [fresh] = await tx
      .insert(vnpayNotifications)
      .values({ dedupeKey: key, txnRef: result.txnRef, answer: answer.RspCode })
      .onConflictDoNothing({ target: vnpayNotifications.dedupeKey })
      .returning({ id: vnpayNotifications.id });
    if (!fresh) return IPN.alreadyConfirmed;
    const id = fresh.id;

    if (result.success) {
      if (!amountOk || pay.status !== "pending") {
        // Wrong amount, or paid after the order was released: a person decides. Paid, refunded
        // or already under review: no such move, nothing changes.
        const review = moveTo(VNPAY_PAYMENT_LIFECYCLE, pay.status, "needs_review", "vnpay");
        if (review.ok)
          await writeVnpayPaymentMove(
            tx,
            pay.order_id,
            review,
            id,
            !amountOk
              ? `amount mismatch: VNPay ${result.amountVnd} VND, order ${pay.amount_vnd} VND`
              : `paid after the order was released (${pay.status}): refund, or re-reserve the stock by hand`,
          );
        return answer;
      }
      await markVnpayPaid(tx, pay, result, id, opts.siteUrl);
      return IPN.ok;
    }
    // A failure (or the buyer cancelled on VNPay's page): only a pending payment is released.
    if (!amountOk) return answer;
    const failed = moveTo(VNPAY_PAYMENT_LIFECYCLE, pay.status, "failed", "vnpay");
    if (!failed.ok) return answer;
    await release(tx, pay, failed, id, opts.siteUrl);
    return IPN.ok;
  });
}

/**
 * Releases the stock of VNPay orders still pending well after VNPay's page expired: no IPN
 * came. Returns how many.
 */
export async function sweepExpiredVnpayOrders(
  db: Db,
  now: Date,
  opts: { siteUrl?: string } = {},
): Promise<number> {
  const due = await db
    .select({ orderId: vnpayPayments.orderId })
    .from(vnpayPayments)
    .where(
      and(
        eq(vnpayPayments.status, "pending"),
        lt(vnpayPayments.createdAt, new Date(now.getTime() - SWEEP_AFTER_MS)),
      ),
    )
    .orderBy(asc(vnpayPayments.orderId))
    .limit(100);
  let released = 0;
  for (const { orderId } of due) {
    const done = await db.transaction(async (tx) => {
      const pay = await lockPayment(tx, { orderId });
      if (!pay) return false;
      const move = moveTo(VNPAY_PAYMENT_LIFECYCLE, pay.status, "expired", "system");
      if (!move.ok) return false;
      await release(tx, pay, move, null, opts.siteUrl ?? "");
      return true;
    });
    if (done) released++;
  }
  return released;
}

export type VnpayReturnView = {
  number: string;
  status: VnpayPaymentStatus;
  amountVnd: number;
  /** What VNPay's signed result says (the IPN may not have arrived yet). */
  reportedSuccess: boolean;
  transactionNo: string;
  bankCode: string;
};

/**
 * What the return page shows: the verified result and the payment as stored, for the holder
 * of the order's private key only (anyone else: null, as for an unknown reference).
 */
export async function vnpayReturnView(
  db: Db,
  result: VnpayResult,
  accessKey: string,
): Promise<VnpayReturnView | null> {
  const [row] = await db
    .select({
      number: orders.number,
      accessKeyHash: orders.accessKeyHash,
      status: vnpayPayments.status,
      amountVnd: vnpayPayments.amountVnd,
    })
    .from(vnpayPayments)
    .innerJoin(orders, eq(orders.id, vnpayPayments.orderId))
    .where(eq(vnpayPayments.txnRef, result.txnRef));
  if (!row || !accessKey || hashToken(accessKey) !== row.accessKeyHash) return null;
  return {
    number: row.number,
    status: row.status,
    amountVnd: row.amountVnd,
    reportedSuccess: result.success && result.amountVnd === row.amountVnd,
    transactionNo: result.transactionNo,
    bankCode: result.bankCode,
  };
}
