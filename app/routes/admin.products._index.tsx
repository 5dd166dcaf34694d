import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { CertStateBadge, certStateLabel } from "~/components/admin/certificate-bits";
import { FormAlert } from "~/components/account-form";
import { Pagination } from "~/components/pagination";
import { StarBadge } from "~/components/star-badge";
import { DataTable } from "~/components/workspace/data-table";
import { SelectField, TextField } from "~/components/workspace/field";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import {
  listAdminProducts,
  listGroupOptions,
  listProducerOptions,
  parseAdminProductFilters,
  type AdminProductRow,
} from "~/domain/product/register.server";
import { CERT_STATES } from "~/domain/certificate/schemas";
import { officialUnit } from "~/domain/policy/official-unit.server";
import { formatDate, formatNumber, makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { readQuery } from "~/web/request-input.server";
import { parseInteger } from "~/lib/params";

const FILTER_KEYS = ["q", "stars", "state", "group", "producer", "decision"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const query = readQuery(request);
  const filters = parseAdminProductFilters(query);
  const db = await getDb();
  const today = todayInVietnam();
  const [list, groups, producers, unit] = await Promise.all([
    listAdminProducts(db, user, today, filters),
    listGroupOptions(db),
    listProducerOptions(db, user),
    officialUnit(db, user),
  ]);
  const t = makeT(await getLang(request));
  const imported = parseInteger(query.get("imported"), { min: 1 });
  return data(
    {
      list,
      groups,
      producers: producers.options,
      unitName: unit?.inSentence ?? t("acert.everywhere"),
      filters: {
        q: filters.q ?? "",
        stars: filters.stars ? String(filters.stars) : "",
        state: filters.state ?? "",
        group: filters.group ?? "",
        producer: filters.producer ? String(filters.producer) : "",
        decision: filters.decision ?? "",
      },
      imported,
      meta: { title: `${t("acert.list.title")} · ${t("admin.workspace")}` },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

export default function AdminProducts() {
  const { t, lang } = useT();
  const { list, groups, producers, unitName, filters, imported } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const filtered = FILTER_KEYS.some((k) => filters[k] !== "");
  const hrefFor = (page: number) => {
    const q = new URLSearchParams(
      FILTER_KEYS.filter((k) => filters[k] !== "").map((k) => [k, filters[k]]),
    );
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return s ? `/admin/products?${s}` : "/admin/products";
  };

  return (
    <>
      <PageHeader
        title={t("acert.list.title")}
        description={t("acert.list.description", { unit: unitName })}
        actions={
          <>
            <Link to="/admin/products/new" className={primaryButtonClass}>
              {t("acert.list.new")}
            </Link>
            <Link to="/admin/import" className={secondaryButtonClass}>
              {t("acert.list.import")}
            </Link>
          </>
        }
      />
      {imported !== null && (
        <FormAlert tone="info">
          {t("acert.list.imported", {
            count: formatNumber(lang, imported),
            decision: searchParams.get("decision") ?? "",
          })}
        </FormAlert>
      )}
      <Form
        method="get"
        role="search"
        aria-label={t("acert.filter.title")}
        className="mb-6 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
      >
        {filters.decision && <input type="hidden" name="decision" value={filters.decision} />}
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          <TextField
            name="q"
            type="search"
            label={t("acert.filter.q")}
            defaultValue={filters.q}
            autoComplete="off"
            maxLength={100}
          />
          <SelectField
            name="stars"
            label={t("acert.filter.stars")}
            placeholder={t("acert.filter.starsAll")}
            options={[5, 4, 3, 2, 1].map((s) => ({
              value: String(s),
              label: t("acert.stars.value", { stars: s }),
            }))}
            defaultValue={filters.stars}
          />
          <SelectField
            name="state"
            label={t("acert.filter.state")}
            placeholder={t("acert.filter.stateAll")}
            options={CERT_STATES.map((s) => ({ value: s, label: certStateLabel(t, s) }))}
            defaultValue={filters.state}
          />
          <SelectField
            name="group"
            label={t("acert.filter.group")}
            placeholder={t("acert.filter.groupAll")}
            options={groups.map((g) => ({ value: g.code, label: pick(lang, g.nameVi, g.nameEn) }))}
            defaultValue={filters.group}
          />
          {producers.length > 1 && (
            <SelectField
              name="producer"
              label={t("acert.filter.producer")}
              placeholder={t("acert.filter.producerAll")}
              options={producers.map((p) => ({ value: String(p.id), label: p.name }))}
              defaultValue={filters.producer}
            />
          )}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={primaryButtonClass}>
            {t("acert.filter.apply")}
          </button>
          {filtered && (
            <Link to="/admin/products" className={secondaryButtonClass}>
              {t("acert.filter.reset")}
            </Link>
          )}
          {filters.decision && (
            <StatusBadge tone="blue">
              {t("acert.list.decisionFilter", { decision: filters.decision })}
            </StatusBadge>
          )}
        </div>
      </Form>

      <p className="mb-3 text-sm text-stone-700" role="status">
        {t("acert.list.count", { count: formatNumber(lang, list.total) })}
      </p>
      <DataTable
        caption={t("acert.list.caption")}
        captionHidden
        rows={list.items}
        rowKey={(p) => p.id}
        empty={filtered ? t("acert.list.emptyFiltered") : t("acert.list.empty")}
        columns={[
          {
            key: "name",
            header: t("acert.col.product"),
            rowHeader: true,
            cell: (p: AdminProductRow) => (
              <>
                <Link
                  to={`/admin/products/${p.id}`}
                  className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                >
                  {pick(lang, p.nameVi, p.nameEn)}
                </Link>
                <span className="block text-xs font-normal text-stone-600">{p.producerName}</span>
              </>
            ),
          },
          {
            key: "certificate",
            header: t("acert.col.certificate"),
            cell: (p) => (
              <span className="flex flex-col items-start gap-1">
                {p.stars !== null && <StarBadge stars={p.stars} />}
                <CertStateBadge t={t} state={p.state} />
                {p.validUntil && (
                  <span className="whitespace-nowrap text-xs text-stone-600">
                    {t("acert.list.validUntil", { date: formatDate(lang, p.validUntil) })}
                  </span>
                )}
              </span>
            ),
          },
          {
            key: "place",
            header: t("acert.col.place"),
            wide: true,
            cell: (p) => (
              <>
                {p.communeName}
                <span className="block text-xs text-stone-600">{p.provinceName}</span>
              </>
            ),
          },
          {
            key: "listing",
            header: t("acert.col.listing"),
            wide: true,
            cell: (p) => (
              <>
                <span className="block">
                  {p.listingStatus === "listed"
                    ? t("acert.listing.listed")
                    : p.priceVnd === 0
                      ? t("acert.listing.needsPrice")
                      : t("acert.listing.unlisted")}
                </span>
                <span
                  className={`block text-xs ${p.visible ? "font-semibold text-brand-700" : "text-stone-600"}`}
                >
                  {p.visible ? t("acert.list.public") : t("acert.list.hidden")}
                </span>
              </>
            ),
          },
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </>
  );
}
