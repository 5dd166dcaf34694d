/**
 * Bank transfers (VietQR) as the order code needs them, with no dependency on it: opening
 * one transfer per part when a transfer order is placed, withdrawing it when its part is
 * cancelled otherwise, whether a part's payment is settled, and what the buyer is shown.
 * The producer's moves and the reminders live in transfers.server.ts.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import {
  bankTransfers,
  orderParts,
  producers,
  type BankTransferStatus,
  type PaymentMethod,
} from "../../../db/schema";
import { initialState, moveTo } from "../lifecycle/lifecycle";
import { bankByBin } from "./banks";
import { BANK_TRANSFER_LIFECYCLE } from "./transfer-lifecycle";
import { transferMemo, vietQrPayload } from "./vietqr";

export type OpenTransfersResult = { ok: true } | { ok: false; producerName: string };

/**
 * One awaiting transfer per part of a just-placed order, to its producer's account as it is
 * now (copied, with the amount and the memo). A producer without an account refuses the
 * order: the caller rolls the placement back and names the producer.
 */
export async function openTransfers(
  tx: Db,
  input: { orderId: number; orderNumber: string },
): Promise<OpenTransfersResult> {
  const rows = await queryRows<{
    id: number;
    total_vnd: number;
    producer_name: string;
    bank_bin: string | null;
    account_number: string | null;
    account_holder: string | null;
  }>(
    tx,
    sql`select p.id, p.total_vnd, pr.name as producer_name,
               a.bank_bin, a.account_number, a.account_holder
          from order_parts p
          join producers pr on pr.id = p.producer_id
          left join producer_bank_accounts a on a.producer_id = p.producer_id
         where p.order_id = ${input.orderId}
         order by p.id`,
  );
  const missing = rows.find((r) => !r.bank_bin || !r.account_number || !r.account_holder);
  if (missing) return { ok: false, producerName: missing.producer_name };
  for (const r of rows) {
    await tx.insert(bankTransfers).values({
      orderPartId: r.id,
      orderId: input.orderId,
      status: initialState(BANK_TRANSFER_LIFECYCLE, "awaiting"),
      bankBin: r.bank_bin!,
      accountNumber: r.account_number!,
      accountHolder: r.account_holder!,
      amountVnd: r.total_vnd,
      memo: transferMemo(input.orderNumber, r.id),
    });
  }
  return { ok: true };
}

/** The producers of a cart (by id) that have no bank account yet: transfer is not offered. */
export async function producersWithoutBankAccount(
  db: Db,
  producerIds: readonly number[],
): Promise<{ id: number; name: string }[]> {
  if (producerIds.length === 0) return [];
  return queryRows<{ id: number; name: string }>(
    db,
    sql`select pr.id, pr.name from producers pr
         where pr.id in (${sql.join(
           producerIds.map((id) => sql`${id}`),
           sql`, `,
         )})
           and not exists (select 1 from producer_bank_accounts a where a.producer_id = pr.id)
         order by pr.name, pr.id`,
  );
}

/**
 * The part was cancelled (by the buyer or the producer) while its transfer was awaiting: the
 * transfer is withdrawn, so neither the reminder nor the expiry touches it. Call with the
 * part locked, in the cancelling transaction.
 */
export async function withdrawTransfer(tx: Db, partId: number): Promise<void> {
  const [row] = await queryRows<{ status: BankTransferStatus }>(
    tx,
    sql`select status from bank_transfers where order_part_id = ${partId} for update`,
  );
  if (!row) return;
  const move = moveTo(BANK_TRANSFER_LIFECYCLE, row.status, "withdrawn", "system");
  if (!move.ok) return;
  await tx
    .update(bankTransfers)
    .set({ status: move.to, updatedAt: sql`now()` })
    .where(eq(bankTransfers.orderPartId, partId));
}

/**
 * Whether the money of a part is in, for a method whose rule says it must be before the
 * producer confirms or ships: a card or VNPay by its order's payment, a transfer by the producer's word.
 */
export async function partPaymentSettled(
  tx: Db,
  input: {
    method: PaymentMethod;
    partId: number;
    /** The status of the order's card or VNPay payment, locked by the caller. */
    platformPaymentStatus: string | null;
  },
): Promise<boolean> {
  switch (input.method) {
    case "card":
    case "vnpay":
      return input.platformPaymentStatus === "paid";
    case "transfer": {
      const [row] = await tx
        .select({ status: bankTransfers.status })
        .from(bankTransfers)
        .where(eq(bankTransfers.orderPartId, input.partId));
      return row?.status === "received";
    }
    case "cod":
      return true;
  }
}

export type TransferInstruction = {
  partId: number;
  producerName: string;
  status: BankTransferStatus;
  bankBin: string;
  bankName: string;
  bankFullName: string;
  accountNumber: string;
  accountHolder: string;
  amountVnd: number;
  memo: string;
  /** The EMVCo payload the QR code carries. */
  payload: string;
};

/** What the buyer must transfer for each part of an order (all states; the page picks). */
export async function transferInstructions(
  db: Db,
  orderId: number,
  opts: { onlyAwaiting?: boolean } = {},
): Promise<TransferInstruction[]> {
  const rows = await db
    .select({
      partId: bankTransfers.orderPartId,
      producerName: producers.name,
      status: bankTransfers.status,
      bankBin: bankTransfers.bankBin,
      accountNumber: bankTransfers.accountNumber,
      accountHolder: bankTransfers.accountHolder,
      amountVnd: bankTransfers.amountVnd,
      memo: bankTransfers.memo,
    })
    .from(bankTransfers)
    .innerJoin(orderParts, eq(orderParts.id, bankTransfers.orderPartId))
    .innerJoin(producers, eq(producers.id, orderParts.producerId))
    .where(
      opts.onlyAwaiting
        ? and(eq(bankTransfers.orderId, orderId), eq(bankTransfers.status, "awaiting"))
        : eq(bankTransfers.orderId, orderId),
    )
    .orderBy(asc(producers.name), asc(bankTransfers.orderPartId));
  return rows.map((r) => {
    const bank = bankByBin(r.bankBin);
    return {
      ...r,
      bankName: bank?.shortName ?? r.bankBin,
      bankFullName: bank?.name ?? r.bankBin,
      payload: vietQrPayload(r),
    };
  });
}
