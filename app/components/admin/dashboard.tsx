/**
 * The official dashboard's pieces: the key figures, and the star-rating tables that are the
 * source of truth of each chart (a chart is a picture of its table, which screen readers read).
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { BarSeries } from "~/components/workspace/bar-chart";
import { DataTable, type Column } from "~/components/workspace/data-table";
import type { DashboardRow } from "~/domain/certificate/statistics.server";
import { formatNumber, pick, type Lang, type T } from "~/i18n";

export type Figure = { label: string; value: number; note?: string; href?: string; tone?: string };

export function KeyFigures({ figures, n }: { figures: Figure[]; n: (v: number) => string }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
      {figures.map((f) => (
        <div
          key={f.label}
          className="flex flex-col rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
        >
          <dt className="order-2 mt-1 text-sm text-stone-700">
            {f.href ? (
              <Link to={f.href} className="font-medium text-brand-700 underline underline-offset-2">
                {f.label}
              </Link>
            ) : (
              f.label
            )}
            {f.note && <span className="mt-0.5 block text-xs text-stone-500">{f.note}</span>}
          </dt>
          <dd className={`order-1 text-3xl font-bold tabular-nums ${f.tone ?? "text-stone-900"}`}>
            {n(f.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const STAR_SERIES_CLASSES = ["bg-amber-200", "bg-amber-400", "bg-amber-600"] as const;

export function starSeries(t: T): BarSeries[] {
  return ([3, 4, 5] as const).map((s, i) => ({
    label: t("stars.short", { stars: s }),
    className: STAR_SERIES_CLASSES[i] ?? "bg-amber-400",
  }));
}

/** A table of rows with a column per star rating and a total, the chart's source of truth. */
export function StarsTable({
  caption,
  nameHeader,
  rows,
  lang,
  t,
}: {
  caption: string;
  nameHeader: string;
  rows: DashboardRow[];
  lang: Lang;
  t: T;
}) {
  const n = (v: number) => formatNumber(lang, v);
  const columns: Column<DashboardRow>[] = [
    {
      key: "name",
      header: nameHeader,
      cell: (r) => pick(lang, r.nameVi, r.nameEn),
      rowHeader: true,
    },
    ...([3, 4, 5] as const).map((s): Column<DashboardRow> => ({
      key: `s${s}`,
      header: t("stars.short", { stars: s }),
      cell: (r) => n(r.stars[s]),
      numeric: true,
    })),
    { key: "total", header: t("admin.dashboard.total"), cell: (r) => n(r.total), numeric: true },
  ];
  const sum = (f: (r: DashboardRow) => number) => n(rows.reduce((a, r) => a + f(r), 0));
  return (
    <DataTable
      caption={caption}
      captionHidden
      dense
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      empty={t("admin.dashboard.none")}
      footer={
        <tr>
          <th scope="row" className="px-3 py-2 text-left sm:px-4">
            {t("admin.dashboard.total")}
          </th>
          {([3, 4, 5] as const).map((s) => (
            <td key={s} className="px-3 py-2 text-right tabular-nums sm:px-4">
              {sum((r) => r.stars[s])}
            </td>
          ))}
          <td className="px-3 py-2 text-right tabular-nums sm:px-4">{sum((r) => r.total)}</td>
        </tr>
      }
    />
  );
}

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <div className="grid items-start gap-4 lg:grid-cols-2">{children}</div>
    </section>
  );
}
