/**
 * The bank transfers of an order as the buyer's page shows them: per part, its state, and
 * while it is awaited the account details and the VietQR code as an SVG.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { bankTransfers, orderParts } from "../../../db/schema";
import { formatVnd, translate, type Lang } from "../../i18n/index";
import { qrSvg } from "../../lib/qr.server";
import { bankByBin } from "./banks";
import { transferInstructions } from "./transfer-state.server";
import { maskAccountNumber } from "./vietqr";

export async function buyerTransferPanels(
  db: Db,
  order: { id: number; paymentMethod: string },
  lang: Lang,
) {
  if (order.paymentMethod !== "transfer") return {};
  const rows = await transferInstructions(db, order.id);
  const panels = await Promise.all(
    rows.map(async ({ payload, bankBin: _b, producerName: _p, ...t }) => ({
      ...t,
      qrSvg:
        t.status === "awaiting"
          ? await qrSvg(payload, {
              label: translate(lang, "transfer.qrAlt", {
                bank: t.bankName,
                amount: formatVnd(lang, t.amountVnd),
              }),
            })
          : null,
    })),
  );
  return Object.fromEntries(panels.map((p) => [p.partId, p]));
}

/** A part's transfer as its producer's order page shows it, or null when not paid by transfer. */
export async function producerTransferPanel(db: Db, producerId: number, partId: number) {
  const [row] = await db
    .select({
      status: bankTransfers.status,
      bankBin: bankTransfers.bankBin,
      accountNumber: bankTransfers.accountNumber,
      amountVnd: bankTransfers.amountVnd,
      memo: bankTransfers.memo,
    })
    .from(bankTransfers)
    .innerJoin(orderParts, eq(orderParts.id, bankTransfers.orderPartId))
    .where(and(eq(bankTransfers.orderPartId, partId), eq(orderParts.producerId, producerId)));
  if (!row) return null;
  return {
    status: row.status,
    bankName: bankByBin(row.bankBin)?.shortName ?? row.bankBin,
    accountMasked: maskAccountNumber(row.accountNumber),
    amountVnd: row.amountVnd,
    memo: row.memo,
  };
}
