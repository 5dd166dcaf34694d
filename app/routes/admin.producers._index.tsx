import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProducerFilterForm, ProducerTable } from "~/components/admin/producer-list";
import { Pagination } from "~/components/pagination";
import { PageHeader, primaryButtonClass } from "~/components/workspace/page-header";
import { listAdminProducers, scopedPlaceOptions } from "~/domain/producer/register.server";
import { parseAdminProducerQuery } from "~/domain/producer/schemas";
import { formatNumber, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, { role: ["official"] });
  const params = parseAdminProducerQuery(query);
  const options = await scopedPlaceOptions(db, user, params.province ?? null);
  // Only a commune of the shown list filters: a stale one from another province is dropped.
  const commune = options.communes.some((c) => c.code === params.commune) ? params.commune : null;
  const list = await listAdminProducers(db, user, {
    q: params.q,
    provinceCode: params.province ?? null,
    communeCode: commune,
    status: params.status ?? null,
    page: params.page,
  });
  const t = makeT(lang);
  return reply({
    list,
    options,
    filters: {
      q: params.q ?? "",
      province: params.province ?? "",
      commune: commune ?? "",
      status: params.status ?? "",
    },
    meta: { title: `${t("admin.producers.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function AdminProducers() {
  const { t, lang } = useT();
  const { list, options, filters } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.q || filters.province || filters.commune || filters.status);
  const hrefFor = (page: number) => {
    const q = new URLSearchParams(
      Object.entries(filters).filter(([, v]) => v !== "") as [string, string][],
    );
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return s ? `/admin/producers?${s}` : "/admin/producers";
  };

  return (
    <>
      <PageHeader
        title={t("admin.producers.title")}
        description={t("admin.producers.lead")}
        actions={
          <Link to="/admin/producers/new" className={primaryButtonClass}>
            {t("admin.producers.new")}
          </Link>
        }
      />
      <ProducerFilterForm t={t} filters={filters} filtered={filtered} options={options} />

      <p className="mb-3 text-sm text-stone-700" role="status">
        {t("admin.producers.count", { count: formatNumber(lang, list.total) })}
      </p>
      <ProducerTable t={t} lang={lang} items={list.items} filtered={filtered} />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </>
  );
}
