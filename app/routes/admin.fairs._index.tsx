import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { formatDateRange } from "~/components/promotion/promo-public";
import { DataTable } from "~/components/workspace/data-table";
import { PageHeader, primaryButtonClass } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { fairPhase, listFairsForOfficial } from "~/domain/promotion/promotion.server";
import { formatNumber, makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const today = todayInVietnam();
  const fairs = (await listFairsForOfficial(await getDb(), user)).map((f) => ({
    ...f,
    phase: fairPhase(f, today),
  }));
  const t = makeT(await getLang(request));
  return data(
    { fairs, meta: { title: `${t("promo.admin.fairs.title")} · ${t("admin.workspace")}` } },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

export default function AdminFairs() {
  const { fairs } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <>
      <PageHeader
        title={t("promo.admin.fairs.title")}
        description={t("promo.admin.fairs.lead")}
        actions={
          <Link to="/admin/fairs/new" className={primaryButtonClass}>
            + {t("promo.admin.fairs.new")}
          </Link>
        }
      />
      <DataTable
        caption={t("promo.admin.fairs.title")}
        captionHidden
        rows={fairs}
        rowKey={(f) => f.id}
        empty={t("promo.admin.fairs.empty")}
        columns={[
          {
            key: "name",
            header: t("promo.admin.col.name"),
            rowHeader: true,
            cell: (f) => (
              <>
                <Link
                  to={`/admin/fairs/${f.id}`}
                  className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                >
                  {pick(lang, f.nameVi, f.nameEn)}
                </Link>
                <span className="mt-0.5 block text-xs font-normal text-stone-600 sm:hidden">
                  {formatDateRange(lang, f.startsOn, f.endsOn)}
                </span>
              </>
            ),
          },
          {
            key: "dates",
            header: t("promo.admin.col.dates"),
            wide: true,
            cell: (f) => (
              <span className="whitespace-nowrap">
                {formatDateRange(lang, f.startsOn, f.endsOn)}
                <span className="block text-xs text-stone-600">{t(`promo.phase.${f.phase}`)}</span>
              </span>
            ),
          },
          {
            key: "place",
            header: t("promo.admin.col.place"),
            wide: true,
            cell: (f) => (
              <>
                {f.venue}
                <span className="block text-xs text-stone-600">{f.provinceName}</span>
              </>
            ),
          },
          {
            key: "organiser",
            header: t("promo.admin.col.organiser"),
            wide: true,
            cell: (f) => f.organiserName,
          },
          {
            key: "products",
            header: t("promo.admin.col.products"),
            numeric: true,
            cell: (f) => formatNumber(lang, f.entries),
          },
          {
            key: "status",
            header: t("promo.admin.col.status"),
            cell: (f) => (
              <StatusBadge tone={f.status === "published" ? "green" : "stone"}>
                {t(`promo.status.${f.status}`)}
              </StatusBadge>
            ),
          },
        ]}
      />
    </>
  );
}
