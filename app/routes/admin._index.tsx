import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  KeyFigures,
  Section,
  StarsTable,
  starSeries,
  type Figure,
} from "~/components/admin/dashboard";
import { BarChart } from "~/components/workspace/bar-chart";
import { DataTable } from "~/components/workspace/data-table";
import { PageHeader } from "~/components/workspace/page-header";
import {
  EXPIRING_WITHIN_DAYS,
  getDashboard,
  type DashboardRow,
} from "~/domain/certificate/statistics.server";
import { countUnnotified } from "~/domain/certificate/expiry-notices.server";
import { formatDate, formatNumber, makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, { role: ["official"] });
  const t = makeT(lang);
  const today = todayInVietnam();
  const [dashboard, unnotified] = await Promise.all([
    getDashboard(db, user, today),
    countUnnotified(db, user, today),
  ]);
  return reply({
    dashboard,
    unnotified,
    expiringDays: EXPIRING_WITHIN_DAYS,
    meta: { title: `${t("admin.dashboard.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function AdminDashboard() {
  const { t, lang } = useT();
  const { dashboard: d, expiringDays, unnotified } = useLoaderData<typeof loader>();
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

  const figures: Figure[] = [
    { label: t("admin.dashboard.certified"), value: d.certified, tone: "text-brand-800" },
    { label: t("admin.dashboard.producers"), value: d.producers },
    { label: t("admin.dashboard.newThisYear", { year: d.year }), value: d.newThisYear },
    {
      label: t("stats.potentialFive"),
      value: d.potentialFive,
      note: t("ocop.potentialFiveNote"),
      tone: d.potentialFive > 0 ? "text-amber-800" : undefined,
    },
    {
      label: t("admin.dashboard.expiringSoon", { days: expiringDays }),
      value: d.expiringSoon,
      href: "/admin/certificates/expiring",
      tone: d.expiringSoon > 0 ? "text-amber-800" : undefined,
    },
    {
      // Expiry notices (issue 12): certificates no email reached and no letter posted yet.
      label: t("acert.notice.unnotified"),
      value: unnotified,
      note: t("acert.notice.unnotifiedNote"),
      href: "/admin/certificates/expiring",
      tone: unnotified > 0 ? "text-red-800" : undefined,
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
      <KeyFigures figures={figures} n={n} />

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
