import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/web/auth.server";
import { Pagination } from "~/components/pagination";
import { DataTable } from "~/components/workspace/data-table";
import { SelectField, TextField } from "~/components/workspace/field";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { PRODUCER_STATUSES } from "~/domain/producer/schemas";
import {
  listAdminProducers,
  scopedPlaceOptions,
  type AdminProducerRow,
} from "~/domain/producer/register.server";
import { formatNumber, makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { legalFormLabel } from "~/domain/producer/legal-form";
import { readQuery } from "~/web/request-input.server";
import { parsePage } from "~/lib/params";

/** Query parameters; anything malformed is dropped, never a 500. */
const paramsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  province: z
    .string()
    .regex(/^[0-9]{2}$/)
    .optional()
    .catch(undefined),
  commune: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional()
    .catch(undefined),
  status: z.enum(PRODUCER_STATUSES).optional().catch(undefined),
  page: z.unknown().transform((v) => (v === undefined ? undefined : parsePage(v))),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const query = readQuery(request);
  const params = paramsSchema.parse(
    Object.fromEntries(
      ["q", "province", "commune", "status", "page"].map((k) => [k, query.get(k) || undefined]),
    ),
  );
  const db = await getDb();
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
  const t = makeT(await getLang(request));
  return data(
    {
      list,
      options,
      filters: {
        q: params.q ?? "",
        province: params.province ?? "",
        commune: commune ?? "",
        status: params.status ?? "",
      },
      meta: { title: `${t("admin.producers.title")} · ${t("admin.workspace")}` },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

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
  const statusLabel = (s: AdminProducerRow["status"]) =>
    s === "active" ? t("admin.status.active") : t("admin.status.suspended");

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
      <Form
        method="get"
        role="search"
        aria-label={t("admin.producers.filters")}
        className="mb-6 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
      >
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField
            name="q"
            type="search"
            label={t("admin.producers.search")}
            defaultValue={filters.q}
            autoComplete="off"
          />
          {options.provinces.length > 1 && (
            <SelectField
              name="province"
              label={t("admin.field.province")}
              placeholder={t("admin.producers.allProvinces")}
              options={options.provinces.map((p) => ({ value: p.code, label: p.name }))}
              defaultValue={filters.province}
            />
          )}
          {options.communes.length > 1 && (
            <SelectField
              name="commune"
              label={t("admin.field.commune")}
              placeholder={t("admin.producers.allCommunes")}
              options={options.communes.map((c) => ({ value: c.code, label: c.name }))}
              defaultValue={filters.commune}
            />
          )}
          <SelectField
            name="status"
            label={t("admin.producers.status")}
            placeholder={t("admin.producers.allStatuses")}
            options={PRODUCER_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
            defaultValue={filters.status}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={primaryButtonClass}>
            {t("admin.producers.filter")}
          </button>
          {filtered && (
            <Link to="/admin/producers" className={secondaryButtonClass}>
              {t("admin.producers.clear")}
            </Link>
          )}
          {options.provinces.length > 1 && options.communes.length === 0 && (
            <p className="text-sm text-stone-600">{t("admin.producers.communeAfterProvince")}</p>
          )}
        </div>
      </Form>

      <p className="mb-3 text-sm text-stone-700" role="status">
        {t("admin.producers.count", { count: formatNumber(lang, list.total) })}
      </p>
      <DataTable
        caption={t("admin.producers.title")}
        captionHidden
        rows={list.items}
        rowKey={(p) => p.id}
        empty={filtered ? t("admin.producers.emptyFiltered") : t("admin.producers.empty")}
        columns={[
          {
            key: "name",
            header: t("admin.field.name"),
            rowHeader: true,
            cell: (p) => (
              <>
                <Link
                  to={`/admin/producers/${p.id}`}
                  className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                >
                  {p.name}
                </Link>
                <span className="block text-xs font-normal text-stone-600">
                  {legalFormLabel(t, p.legalForm)}
                </span>
              </>
            ),
          },
          {
            key: "place",
            header: t("admin.producers.place"),
            cell: (p) => (
              <>
                {p.communeName}
                <span className="block text-xs text-stone-600">{p.provinceName}</span>
              </>
            ),
          },
          {
            key: "products",
            header: t("admin.producers.products"),
            numeric: true,
            wide: true,
            cell: (p) => formatNumber(lang, p.products),
          },
          {
            key: "status",
            header: t("admin.producers.status"),
            cell: (p) => (
              <StatusBadge tone={p.status === "active" ? "green" : "red"}>
                {statusLabel(p.status)}
              </StatusBadge>
            ),
          },
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </>
  );
}
