/**
 * One month's statement as CSV: the entries (Vietnam time, signed đồng), then the summary
 * lines, in the reader's language; UTF-8 with a byte-order mark (app/lib/csv.ts).
 */
import { makeT, type Lang } from "../../i18n/index";
import { toCsv, type CsvCell } from "../../lib/csv";
import { VIETNAM_TZ } from "../../lib/dates";
import { entryLabel, minus } from "./labels";
import type { Statement, StatementEntry } from "./statements.server";

const stamp = new Intl.DateTimeFormat("sv-SE", {
  timeZone: VIETNAM_TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function statementCsv(
  producerName: string,
  statement: Statement,
  entries: StatementEntry[],
  lang: Lang,
): string {
  const t = makeT(lang);
  const rows: CsvCell[][] = [
    [
      t("settle.csv.producer"),
      t("settle.csv.month"),
      t("settle.csv.date"),
      t("settle.csv.kind"),
      t("settle.csv.order"),
      t("settle.csv.provider"),
      t("settle.csv.amount"),
      t("settle.csv.note"),
    ],
    ...entries.map((e) => [
      producerName,
      statement.period,
      stamp.format(new Date(e.occurredAt)),
      entryLabel(t, e),
      e.orderNumber,
      e.provider ? t(`settle.provider.${e.provider}`) : null,
      e.amountVnd,
      e.kind === "payout"
        ? t("settle.statement.paid", { date: e.paidOn ?? "", reference: e.bankReference ?? "" })
        : null,
    ]),
    [],
    ...(
      [
        ["settle.col.opening", statement.openingVnd],
        ["settle.col.sales", statement.salesVnd],
        ["settle.col.refunds", minus(statement.refundsVnd)],
        ["settle.col.fees", minus(statement.feesVnd)],
        ["settle.col.corrections", statement.correctionsVnd],
        ["settle.col.net", statement.netVnd],
        ["settle.col.payouts", minus(statement.payoutsVnd)],
        ["settle.col.closing", statement.closingVnd],
      ] as const
    ).map(([key, amount]) => [
      producerName,
      statement.period,
      null,
      t(key),
      null,
      null,
      amount,
      null,
    ]),
  ];
  return toCsv(rows);
}
