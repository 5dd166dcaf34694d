/**
 * One month's statement as a sheet that prints on A4 (statement-print.css): the summary
 * (opening, sales, refunds, fees, net, payouts, closing), the payout that closed it, and
 * every entry. The producer's page and the administrator's payout page both show it.
 */
import type { LinksFunction } from "@remix-run/node";
import type { ReactNode } from "react";
import { StatusBadge } from "~/components/workspace/status-badge";
import { formatVnd } from "~/i18n";
import { useT } from "~/i18n/use-t";
import {
  dayLabel,
  entryLabel,
  minus,
  periodLabel,
  STATE_KEYS,
  STATE_TONES,
} from "~/domain/settlement/labels";
import type { Statement, StatementEntry } from "~/domain/settlement/statements.server";
import statementPrintCss from "./statement-print.css?url";

export const statementLinks: LinksFunction = () => [{ rel: "stylesheet", href: statementPrintCss }];

type Props = {
  producerName: string;
  statement: Statement;
  entries: (StatementEntry & { when: string })[];
  /** Buttons above the sheet (print, CSV); not printed. */
  actions?: ReactNode;
  /** The producer reads it: a due statement says what the platform will pay "you". */
  forProducer?: boolean;
};

export function StatementView({
  producerName,
  statement: s,
  entries,
  actions,
  forProducer = false,
}: Props) {
  const { t, lang } = useT();
  const vnd = (n: number) => formatVnd(lang, n);
  const lines: [string, string, boolean?][] = [
    [t("settle.col.opening"), vnd(s.openingVnd)],
    [t("settle.col.sales"), vnd(s.salesVnd)],
    [t("settle.col.refunds"), vnd(minus(s.refundsVnd))],
    [t("settle.col.fees"), vnd(minus(s.feesVnd))],
    ...(s.correctionsVnd !== 0
      ? [[t("settle.col.corrections"), vnd(s.correctionsVnd)] as [string, string]]
      : []),
    [t("settle.col.net"), vnd(s.netVnd), true],
    [t("settle.col.payouts"), vnd(minus(s.payoutsVnd))],
    [t("settle.col.closing"), vnd(s.closingVnd), true],
  ];
  return (
    <article className="print-sheet rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-xl font-bold text-stone-900">
            {t("settle.statement.title", { month: periodLabel(lang, s.period) })}
          </h2>
          <p className="mt-1 text-stone-700">
            {t("settle.statement.producer", { name: producerName })}
          </p>
        </div>
        <StatusBadge tone={STATE_TONES[s.state]}>{t(STATE_KEYS[s.state])}</StatusBadge>
      </header>
      {actions && (
        <div data-print-hidden className="mt-4 flex flex-wrap gap-2">
          {actions}
        </div>
      )}
      {s.payout ? (
        <p
          data-testid="statement-paid"
          className="mt-4 rounded-lg border border-green-300 bg-green-50 p-3 font-semibold text-green-900"
        >
          {t("settle.statement.paid", {
            date: dayLabel(lang, s.payout.paidOn),
            reference: s.payout.bankReference,
          })}
        </p>
      ) : s.state === "open" ? (
        <p className="mt-4 text-sm text-stone-600">{t("settle.statement.open")}</p>
      ) : s.state === "due" && forProducer ? (
        <p className="mt-4 font-semibold text-amber-900">
          {t("settle.statement.due", { amount: vnd(s.owedVnd) })}
        </p>
      ) : null}

      <h3 className="mt-6 text-lg font-semibold text-stone-900">{t("settle.statement.summary")}</h3>
      <dl className="mt-2 divide-y divide-stone-200 border-y border-stone-200">
        {lines.map(([label, value, strong]) => (
          <div key={label} className="flex justify-between gap-4 py-2">
            <dt className={strong ? "font-semibold text-stone-900" : "text-stone-700"}>{label}</dt>
            <dd
              className={`tabular-nums ${strong ? "font-bold text-stone-900" : "text-stone-900"}`}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-stone-600">{t("settle.statement.formula")}</p>

      <h3 className="mt-6 text-lg font-semibold text-stone-900">{t("settle.statement.entries")}</h3>
      {entries.length === 0 ? (
        <p className="mt-2 text-stone-600">{t("settle.statement.noEntries")}</p>
      ) : (
        <>
          {/* On a phone each entry is two lines; from a tablet up (and on paper) a table. */}
          <ul className="mt-2 divide-y divide-stone-200 border-y border-stone-200 sm:hidden print:hidden">
            {entries.map((e) => (
              <li key={e.id} className="py-2 text-sm">
                <div className="flex justify-between gap-3">
                  <span className="text-stone-900">{entryLabel(t, e)}</span>
                  <span className="whitespace-nowrap tabular-nums text-stone-900">
                    {vnd(e.amountVnd)}
                  </span>
                </div>
                <div className="text-stone-600">
                  {e.when}
                  {e.orderNumber ? ` · ${e.orderNumber}` : ""}
                </div>
              </li>
            ))}
          </ul>
          <div className="mt-2 hidden sm:block print:block">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-stone-300 text-stone-700">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("settle.entry.date")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("settle.entry.kind")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("settle.entry.order")}
                  </th>
                  <th scope="col" className="py-2 text-right font-semibold">
                    {t("settle.entry.amount")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td className="whitespace-nowrap py-2 pr-3 text-stone-700">{e.when}</td>
                    <td className="py-2 pr-3 text-stone-900">{entryLabel(t, e)}</td>
                    <td className="whitespace-nowrap py-2 pr-3 text-stone-700">
                      {e.orderNumber ?? ""}
                    </td>
                    <td className="whitespace-nowrap py-2 text-right tabular-nums text-stone-900">
                      {vnd(e.amountVnd)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </article>
  );
}
