/**
 * The report of a dry run (or of a refused import): clean or the number of problems, the
 * summary, the problems row by row, warnings, the producers matched and new, and after a clean
 * run the import button, which posts the decision again with the kept file's token.
 */
import { Form } from "@remix-run/react";
import { DataTable } from "~/components/workspace/data-table";
import { primaryButtonClass } from "~/components/workspace/page-header";
import { IMPORT_COLUMNS, type ImportIssue } from "~/domain/certificate/decision-import-columns";
import type { ImportReport } from "~/domain/certificate/decision-import.server";
import { IMPORT_DECISION_FIELDS } from "~/domain/certificate/schemas";
import { formatNumber, type Lang, type T } from "~/i18n";

function fieldLabel(t: T, lang: Lang, field: ImportIssue["field"]): string {
  if (field === null) return "–";
  if (field === "file") return t("acert.import.reportFile");
  const column = IMPORT_COLUMNS.find((c) => c.key === field);
  if (column) return lang === "en" ? column.en : column.vi;
  return t("acert.import.reportForm");
}

function issueText(t: T, i: ImportIssue): string {
  return t(i.key, i.params);
}

export function ImportReportPanel({
  t,
  lang,
  report,
  fileName,
  token,
  values,
  busy,
}: {
  t: T;
  lang: Lang;
  report: ImportReport;
  fileName: string | null;
  token: string | null;
  values: Record<string, string>;
  busy: boolean;
}) {
  const clean = report.issues.length === 0 && report.summary !== null;
  return (
    <section
      aria-labelledby="import-report"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="import-report" className="text-lg font-bold">
        {t("acert.import.reportTitle")}
      </h2>
      {fileName && (
        <p className="mt-1 break-all text-sm text-stone-600">
          {t("acert.import.checkedFile", { name: fileName })}
        </p>
      )}
      {clean ? (
        <p
          role="status"
          className="mt-3 rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm font-semibold text-brand-900"
        >
          {t("acert.import.reportClean")}
        </p>
      ) : (
        <p
          role="alert"
          className="mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-800"
        >
          {report.issues.length === 1
            ? t("acert.import.reportProblemsOne")
            : t("acert.import.reportProblems", {
                count: formatNumber(lang, report.issues.length),
              })}
        </p>
      )}

      {report.summary && (
        <dl className="mt-4 grid grid-cols-[1fr_max-content] gap-x-6 gap-y-1 text-sm">
          {(
            [
              ["acert.import.summary.rows", report.summary.rows],
              ["acert.import.summary.newProducts", report.summary.newProducts],
              ["acert.import.summary.recertified", report.summary.recertifiedProducts],
              ["acert.import.summary.newProducers", report.summary.newProducers],
              ["acert.import.summary.matchedProducers", report.summary.matchedProducers],
              ["acert.import.summary.unlisted", report.summary.unlisted],
            ] as const
          ).map(([key, n]) => (
            <div key={key} className="contents">
              <dt className="text-stone-700">{t(key)}</dt>
              <dd className="text-right font-semibold tabular-nums">{formatNumber(lang, n)}</dd>
            </div>
          ))}
          {report.summary.byStars.map((s) => (
            <div key={s.stars} className="contents">
              <dt className="pl-4 text-stone-600">
                {t("acert.import.summary.stars", { stars: s.stars })}
              </dt>
              <dd className="text-right tabular-nums">{formatNumber(lang, s.count)}</dd>
            </div>
          ))}
        </dl>
      )}

      {report.issues.length > 0 && (
        <div className="mt-4">
          <DataTable
            caption={t("acert.import.reportCaption")}
            rows={report.issues.map((issue, i) => ({ ...issue, i }))}
            rowKey={(r) => r.i}
            empty=""
            columns={[
              {
                key: "row",
                header: t("acert.import.reportRow"),
                numeric: true,
                rowHeader: true,
                cell: (r) => (r.row === null ? "–" : String(r.row)),
              },
              {
                key: "field",
                header: t("acert.import.reportField"),
                cell: (r) => fieldLabel(t, lang, r.field),
              },
              {
                key: "problem",
                header: t("acert.import.reportProblem"),
                cell: (r) => issueText(t, r),
              },
            ]}
          />
        </div>
      )}

      {report.warnings.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold">{t("acert.import.warnings")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700">
            {report.warnings.map((w, i) => (
              <li key={i}>
                {t("acert.import.reportRow")} {w.row}: {issueText(t, w)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.ignoredHeaders.length > 0 && (
        <p className="mt-3 text-sm text-stone-600">
          {t("acert.import.ignoredHeaders", { headers: report.ignoredHeaders.join(", ") })}
        </p>
      )}
      {(
        [
          ["acert.import.matchedTitle", report.matchedProducers],
          ["acert.import.newTitle", report.newProducers],
        ] as const
      ).map(([title, list]) =>
        list.length > 0 && report.summary ? (
          <div key={title} className="mt-4">
            <h3 className="font-semibold">{t(title)}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700">
              {list.map((p) => (
                <li key={`${p.name}|${p.communeName}`}>
                  {t("acert.import.producerRows", {
                    name: p.name,
                    commune: p.communeName,
                    rows: p.rows.join(", "),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}

      {clean && token && report.summary && (
        <Form method="post" className="mt-6 border-t border-stone-200 pt-5">
          <input type="hidden" name="intent" value="import" />
          <input type="hidden" name="token" value={token} />
          {IMPORT_DECISION_FIELDS.map((f) => (
            <input key={f} type="hidden" name={f} value={values[f] ?? ""} />
          ))}
          <p className="mb-3 text-sm text-stone-700">{t("acert.import.commitHint")}</p>
          <button
            type="submit"
            className={`${primaryButtonClass} w-full sm:w-auto`}
            disabled={busy}
          >
            {t("acert.import.commit", {
              count: formatNumber(lang, report.summary.rows),
            })}
          </button>
        </Form>
      )}
    </section>
  );
}
