import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { DataTable } from "~/components/workspace/data-table";
import { PageHeader, primaryButtonClass } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { listShowroomsForOfficial } from "~/domain/promotion/promotion.server";
import { formatNumber, makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const showrooms = await listShowroomsForOfficial(await getDb(), user);
  const t = makeT(await getLang(request));
  return data(
    {
      showrooms,
      meta: { title: `${t("promo.admin.showrooms.title")} · ${t("admin.workspace")}` },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

export default function AdminShowrooms() {
  const { showrooms } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <>
      <PageHeader
        title={t("promo.admin.showrooms.title")}
        description={t("promo.admin.showrooms.lead")}
        actions={
          <Link to="/admin/showrooms/new" className={primaryButtonClass}>
            + {t("promo.admin.showrooms.new")}
          </Link>
        }
      />
      <DataTable
        caption={t("promo.admin.showrooms.title")}
        captionHidden
        rows={showrooms}
        rowKey={(s) => s.id}
        empty={t("promo.admin.showrooms.empty")}
        columns={[
          {
            key: "name",
            header: t("promo.admin.col.name"),
            rowHeader: true,
            cell: (s) => (
              <>
                <Link
                  to={`/admin/showrooms/${s.id}`}
                  className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                >
                  {pick(lang, s.nameVi, s.nameEn)}
                </Link>
                <span className="mt-0.5 block text-xs font-normal text-stone-600">
                  {t(`promo.type.${s.locationType}`)}
                </span>
              </>
            ),
          },
          {
            key: "place",
            header: t("promo.admin.col.place"),
            wide: true,
            cell: (s) => (
              <>
                {s.address}
                <span className="block text-xs text-stone-600">
                  {s.communeName}, {s.provinceName}
                </span>
              </>
            ),
          },
          {
            key: "organiser",
            header: t("promo.admin.col.organiser"),
            wide: true,
            cell: (s) => s.organiserName,
          },
          {
            key: "products",
            header: t("promo.admin.col.products"),
            numeric: true,
            cell: (s) => formatNumber(lang, s.entries),
          },
          {
            key: "status",
            header: t("promo.admin.col.status"),
            cell: (s) => (
              <StatusBadge tone={s.status === "published" ? "green" : "stone"}>
                {t(`promo.status.${s.status}`)}
              </StatusBadge>
            ),
          },
        ]}
      />
    </>
  );
}
