/**
 * The producer's order parts as a CSV file: one line per item, headers and words in the
 * reader's language, UTF-8 with a byte-order mark so Excel shows Vietnamese, and cells that
 * could run as a formula neutralised (app/lib/csv.ts).
 */
import { makeT, pick, type Lang, type T } from "../../i18n/index";
import { paymentKey } from "./payment-key";
import { toCsv, type CsvCell } from "../../lib/csv";
import { VIETNAM_TZ } from "../../lib/dates";
import { CSV_MAX_ROWS, type OrderCsvItem } from "./shipments.server";
import { carrierByCode } from "./carriers";
import { countsTowardsTotal } from "./lifecycle";

const stamp = new Intl.DateTimeFormat("sv-SE", {
  timeZone: VIETNAM_TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** "2026-03-05 14:30" in Vietnam: sorts as text and every spreadsheet reads it as a date. */
function placedAt(at: Date): string {
  return stamp.format(at);
}

export function orderCsv(items: OrderCsvItem[], truncated: boolean, lang: Lang): string {
  const t: T = makeT(lang);
  const header: CsvCell[] = [
    t("pws.csv.number"),
    t("pws.csv.placedAt"),
    t("pws.csv.status"),
    t("pws.csv.buyer"),
    t("pws.csv.phone"),
    t("pws.csv.street"),
    t("pws.csv.commune"),
    t("pws.csv.province"),
    t("pws.csv.payment"),
    t("pws.csv.product"),
    t("pws.csv.unit"),
    t("pws.csv.unitPrice"),
    t("pws.csv.quantity"),
    t("pws.csv.lineTotal"),
    t("pws.csv.shippingFee"),
    t("pws.csv.partTotal"),
    t("pws.csv.dueTotal"),
    t("pws.csv.carrier"),
    t("pws.csv.tracking"),
    t("pws.csv.cancelReason"),
  ];
  const rows: CsvCell[][] = items.map((i) => [
    i.number,
    placedAt(i.createdAt),
    t(`orders.status.${i.status}`),
    i.buyerName,
    i.buyerPhone,
    i.street,
    i.communeName,
    i.provinceName,
    t(paymentKey(i.cardPaymentStatus, i.vnpayPaymentStatus)),
    pick(lang, i.nameVi, i.nameEn),
    pick(lang, i.unitVi, i.unitEn),
    i.unitPriceVnd,
    i.quantity,
    i.lineTotalVnd,
    i.shippingFeeVnd,
    i.partTotalVnd,
    // A cancelled or returned part is not paid for: nothing to collect (decision 0022).
    countsTowardsTotal(i.status) ? i.partTotalVnd : 0,
    carrierByCode(i.carrier)?.name ?? i.carrier,
    i.trackingNumber,
    i.cancelReason,
  ]);
  if (truncated) rows.push([t("pws.csv.truncated", { max: CSV_MAX_ROWS })]);
  return toCsv([header, ...rows]);
}
