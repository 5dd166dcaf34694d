import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { BarChart, type BarSeries } from "~/components/workspace/bar-chart";
import { DataTable, type Column } from "~/components/workspace/data-table";
import { PageHeader } from "~/components/workspace/page-header";
import {
  EXPIRING_WITHIN_DAYS,
  getDashboard,
  type DashboardRow,
} from "~/domain/certificate/statistics.server";
import { formatDate, formatNumber, makeT, pick, type Lang, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter, reply } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, { role: ["official"] });
  const t = makeT(lang);
  const dashboard = await getDashboard(db, user, todayInVietnam());
  return reply({
    dashboard,
    expiringDays: EXPIRING_WITHIN_DAYS,
    meta: { title: `${t("admin.dashboard.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

const STAR_SERIES_CLASSES = ["bg-amber-200", "bg-amber-400", "bg-amber-600"] as const;

function starSeries(t: T): BarSeries[] {
  return ([3, 4, 5] as const).map((s, i) => ({
    label: t("stars.short", { stars: s }),
    className: STAR_SERIES_CLASSES[i] ?? "bg-amber-400",
  }));
}

/** A table of rows with a column per star rating and a total, the chart's source of truth. */
function StarsTable({
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

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <div className="grid items-start gap-4 lg:grid-cols-2">{children}</div>
    </section>
  );
}

export default function AdminDashboard() {
  const { t, lang } = useT();
  const { dashboard: d, expiringDays } = useLoaderData<typeof loader>();
  const n = (v: number) => formatNumber(lang, v);
  const series = starSeries(t);
  const toBars = (rows: DashboardRow[]) =>
    rows.map((r) => ({
      key: r.code,
      label: pick(lang, r.nameVi, r.nameEn),
      values: [r.stars[3], r.stars[4], r.stars[5]],
    }));
  const starRows: DashboardRow[] = ([5, 4, 3] as const).map((s) => ({
    code: String(s),
    nameVi: t("stars.label", { stars: s }),
    nameEn: t("stars.label", { stars: s }),
    stars: {
      3: s === 3 ? d.stars[3] : 0,
      4: s === 4 ? d.stars[4] : 0,
      5: s === 5 ? d.stars[5] : 0,
    },
    total: d.stars[s],
  }));
  const unitTitle =
    d.unitLevel === "province" ? t("admin.dashboard.byProvince") : t("admin.dashboard.byCommune");
  const unitHeader =
    d.unitLevel === "province" ? t("admin.dashboard.province") : t("admin.dashboard.commune");

  const figures: { label: string; value: number; note?: string; href?: string; tone?: string }[] = [
    { label: t("admin.dashboard.certified"), value: d.certified, tone: "text-brand-800" },
    { label: t("admin.dashboard.producers"), value: d.producers },
    { label: t("admin.dashboard.newThisYear", { year: d.year }), value: d.newThisYear },
    {
      label: t("admin.dashboard.expiringSoon", { days: expiringDays }),
      value: d.expiringSoon,
      href: "/admin/certificates/expiring",
      tone: d.expiringSoon > 0 ? "text-amber-800" : undefined,
    },
    {
      label: t("admin.dashboard.expired"),
      value: d.expired,
      note: t("admin.dashboard.expiredNote"),
      tone: d.expired > 0 ? "text-red-800" : undefined,
    },
    {
      label: t("admin.dashboard.lowResults"),
      value: d.lowResults,
      note: t("admin.dashboard.lowResultsNote"),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("admin.dashboard.title")}
        description={t("admin.dashboard.lead", { date: formatDate(lang, d.today) })}
      />
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        {figures.map((f) => (
          <div
            key={f.label}
            className="flex flex-col rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
          >
            <dt className="order-2 mt-1 text-sm text-stone-700">
              {f.href ? (
                <Link
                  to={f.href}
                  className="font-medium text-brand-700 underline underline-offset-2"
                >
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

      <Section id="by-stars" title={t("admin.dashboard.byStars")}>
        <BarChart series={series} rows={toBars(starRows)} format={n} />
        <DataTable
          caption={t("admin.dashboard.byStars")}
          captionHidden
          dense
          rows={starRows}
          rowKey={(r) => r.code}
          empty={t("admin.dashboard.none")}
          columns={[
            {
              key: "rating",
              header: t("admin.dashboard.rating"),
              cell: (r) => r.nameVi,
              rowHeader: true,
            },
            {
              key: "count",
              header: t("admin.dashboard.products"),
              cell: (r) => n(r.total),
              numeric: true,
            },
          ]}
          footer={
            <tr>
              <th scope="row" className="px-3 py-2 text-left sm:px-4">
                {t("admin.dashboard.total")}
              </th>
              <td className="px-3 py-2 text-right tabular-nums sm:px-4">{n(d.certified)}</td>
            </tr>
          }
        />
      </Section>

      <Section id="by-unit" title={unitTitle}>
        {d.byUnit.length > 0 && <BarChart series={series} rows={toBars(d.byUnit)} format={n} />}
        <StarsTable caption={unitTitle} nameHeader={unitHeader} rows={d.byUnit} lang={lang} t={t} />
      </Section>

      <Section id="by-group" title={t("admin.dashboard.byGroup")}>
        {d.byGroup.length > 0 && <BarChart series={series} rows={toBars(d.byGroup)} format={n} />}
        <StarsTable
          caption={t("admin.dashboard.byGroup")}
          nameHeader={t("admin.dashboard.group")}
          rows={d.byGroup}
          lang={lang}
          t={t}
        />
      </Section>
    </>
  );
}
