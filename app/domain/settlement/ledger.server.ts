/**
 * Booking into the producers' ledger (decision 0024), provider-neutral: the card webhook
 * calls these now, VNPay's IPN will call the same ones. Call them INSIDE the transaction that
 * records the payment or the refund, so the money and its booking commit together.
 *
 * Every entry has a unique `reference`; booking the same thing twice inserts nothing (a
 * replayed webhook, a retried worker). Entries are never updated or deleted (a trigger
 * refuses it): a mistake is corrected by a new entry.
 *
 * An entry belongs to the Vietnam-time month of `occurredAt`, unless that month's statement
 * is already paid out: then it goes to the month after the last one paid, so a statement
 * that has been paid never changes.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { ledgerEntries, type LedgerKind, type LedgerProvider } from "../../../db/schema";
import { getConfig } from "../../infra/config.server";
import { addPeriods, monthInVietnam } from "../../lib/months";
import { feeReturned, formatRate, platformFee } from "./fee";

/** Takes a share lock on the producers (in id order), so no payout closes a month meanwhile. */
async function lockProducersForBooking(tx: Db, producerIds: number[]): Promise<void> {
  if (producerIds.length === 0) return;
  await queryRows(
    tx,
    sql`select id from producers
         where id in (${sql.join(
           producerIds.map((id) => sql`${id}`),
           sql`, `,
         )})
         order by id for share`,
  );
}

/** The month an entry of this producer occurring at `at` is booked in (see the file's note). */
export async function bookingPeriod(tx: Db, producerId: number, at: Date): Promise<string> {
  const [row] = await queryRows<{ last_paid: string | null }>(
    tx,
    sql`select max(period) as last_paid from ledger_entries
         where producer_id = ${producerId} and kind = 'payout'`,
  );
  const month = monthInVietnam(at);
  const lastPaid = row?.last_paid ?? null;
  return lastPaid !== null && month <= lastPaid ? addPeriods(lastPaid, 1) : month;
}

type NewEntry = {
  producerId: number;
  orderPartId: number | null;
  kind: LedgerKind;
  amountVnd: number;
  provider: LedgerProvider | null;
  period: string;
  occurredAt: Date;
  reference: string;
  note?: string | null;
  paidOn?: string | null;
  bankReference?: string | null;
};

/** Inserts one entry unless its reference is booked already; true when it was inserted. */
export async function insertEntry(tx: Db, entry: NewEntry): Promise<boolean> {
  const inserted = await tx
    .insert(ledgerEntries)
    .values(entry)
    .onConflictDoNothing({ target: ledgerEntries.reference })
    .returning({ id: ledgerEntries.id });
  return inserted.length > 0;
}

export type PlatformPayment = {
  orderId: number;
  provider: LedgerProvider;
  /** When the platform learned the payment succeeded (the webhook's or IPN's handling). */
  occurredAt: Date;
  /** Defaults to PLATFORM_FEE_RATE from the configuration. */
  feeRate?: number;
};

export type PaymentBooking = {
  /** Parts booked now (0 when the payment was booked before). */
  partsBooked: number;
  salesVnd: number;
  feesVnd: number;
};

/**
 * Books a platform payment of an order: per order part not cancelled, one `sale` of the
 * part's total (items + shipping) and one `platform_fee` of −round(rate × total) (none when
 * that rounds to 0). A part cancelled before the payment is not booked: its money goes back
 * to the buyer and was never the producer's. References `sale:<part>` and `fee:<part>`.
 */
export async function bookPlatformPayment(tx: Db, p: PlatformPayment): Promise<PaymentBooking> {
  const rate = p.feeRate ?? getConfig().PLATFORM_FEE_RATE;
  const parts = await queryRows<{ id: number; producer_id: number; total_vnd: number }>(
    tx,
    sql`select id, producer_id, total_vnd from order_parts
         where order_id = ${p.orderId} and status <> 'cancelled' and total_vnd > 0
         order by id`,
  );
  await lockProducersForBooking(
    tx,
    [...new Set(parts.map((x) => Number(x.producer_id)))].sort((a, b) => a - b),
  );
  const result: PaymentBooking = { partsBooked: 0, salesVnd: 0, feesVnd: 0 };
  for (const part of parts) {
    const partId = Number(part.id);
    const producerId = Number(part.producer_id);
    const total = Number(part.total_vnd);
    const period = await bookingPeriod(tx, producerId, p.occurredAt);
    const common = {
      producerId,
      orderPartId: partId,
      provider: p.provider,
      period,
      occurredAt: p.occurredAt,
    };
    const sold = await insertEntry(tx, {
      ...common,
      kind: "sale",
      amountVnd: total,
      reference: `sale:${partId}`,
    });
    if (!sold) continue;
    const fee = platformFee(total, rate);
    if (fee > 0)
      await insertEntry(tx, {
        ...common,
        kind: "platform_fee",
        amountVnd: -fee,
        reference: `fee:${partId}`,
        note: formatRate(rate),
      });
    result.partsBooked += 1;
    result.salesVnd += total;
    result.feesVnd += fee;
  }
  return result;
}

export type PlatformRefund = {
  orderPartId: number;
  /** The money given back to the buyer, positive đồng. */
  amountVnd: number;
  provider: LedgerProvider;
  /** Unique per refund at the provider, e.g. "card:<card_refunds.id>" or "vnpay:<txn ref>". */
  reference: string;
  occurredAt: Date;
};

export type RefundBooking =
  | { booked: true; refundVnd: number; feeReturnedVnd: number }
  /** The part was never booked as sold (cancelled before the payment), or booked already. */
  | { booked: false; reason: "notSold" | "duplicate" };

/**
 * Books a refund of (part of) an order part: a `refund` of −amount and a `fee_refund`
 * giving back the fee in proportion (see fee.ts). A part that was never booked as sold
 * books nothing. Reference `refund:<reference>` (and `…:fee`).
 */
export async function bookPlatformRefund(tx: Db, r: PlatformRefund): Promise<RefundBooking> {
  if (!Number.isSafeInteger(r.amountVnd) || r.amountVnd <= 0)
    throw new Error(`refund of part ${r.orderPartId}: the amount must be positive whole đồng`);
  const [sums] = await queryRows<{
    producer_id: number;
    provider: string | null;
    sale: string;
    fee: string;
    refunded: string;
    fee_returned: string;
  }>(
    tx,
    sql`select max(producer_id) as producer_id,
               max(provider) filter (where kind = 'sale') as provider,
               coalesce(sum(amount_vnd) filter (where kind = 'sale'), 0) as sale,
               coalesce(-sum(amount_vnd) filter (where kind = 'platform_fee'), 0) as fee,
               coalesce(-sum(amount_vnd) filter (where kind = 'refund'), 0) as refunded,
               coalesce(sum(amount_vnd) filter (where kind = 'fee_refund'), 0) as fee_returned
          from ledger_entries where order_part_id = ${r.orderPartId}`,
  );
  const sale = Number(sums?.sale ?? 0);
  if (!sums || sale <= 0) return { booked: false, reason: "notSold" };
  if (sums.provider !== r.provider)
    throw new Error(
      `refund of part ${r.orderPartId} by ${r.provider}, but it was paid by ${sums.provider}`,
    );
  const producerId = Number(sums.producer_id);
  await lockProducersForBooking(tx, [producerId]);
  const period = await bookingPeriod(tx, producerId, r.occurredAt);
  const common = {
    producerId,
    orderPartId: r.orderPartId,
    provider: r.provider,
    period,
    occurredAt: r.occurredAt,
  };
  const booked = await insertEntry(tx, {
    ...common,
    kind: "refund",
    amountVnd: -r.amountVnd,
    reference: `refund:${r.reference}`,
  });
  if (!booked) return { booked: false, reason: "duplicate" };
  const fee = Number(sums.fee);
  const before = Number(sums.fee_returned);
  const back = feeReturned(fee, sale, Number(sums.refunded) + r.amountVnd) - before;
  if (back > 0)
    await insertEntry(tx, {
      ...common,
      kind: "fee_refund",
      amountVnd: back,
      reference: `refund:${r.reference}:fee`,
    });
  return { booked: true, refundVnd: r.amountVnd, feeReturnedVnd: Math.max(back, 0) };
}
