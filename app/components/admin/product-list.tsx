/**
 * The official's product list: the filter form (a GET form: the filters are the URL) and the
 * table of products with their certificate, place and public state.
 */
import { Form, Link } from "@remix-run/react";
import { CertStateBadge, certStateLabel } from "~/components/admin/certificate-bits";
import { SelectField, TextField } from "~/components/form/field";
import { StarBadge } from "~/components/star-badge";
import { DataTable } from "~/components/workspace/data-table";
import { primaryButtonClass, secondaryButtonClass } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { CERT_STATES } from "~/domain/certificate/schemas";
import type { AdminProductRow } from "~/domain/product/register.server";
import { formatDate, pick, type Lang, type T } from "~/i18n";

export const PRODUCT_FILTER_KEYS = [
  "q",
  "stars",
  "state",
  "group",
  "producer",
  "decision",
] as const;

export type ProductFilterValues = Record<(typeof PRODUCT_FILTER_KEYS)[number], string>;

export function ProductFilterForm({
  t,
  lang,
  filters,
  filtered,
  groups,
  producers,
}: {
  t: T;
  lang: Lang;
  filters: ProductFilterValues;
  filtered: boolean;
  groups: readonly { code: string; nameVi: string; nameEn: string }[];
  producers: readonly { id: number; name: string }[];
}) {
  return (
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
  );
}

export function ProductTable({
  t,
  lang,
  items,
  filtered,
}: {
  t: T;
  lang: Lang;
  items: AdminProductRow[];
  filtered: boolean;
}) {
  return (
    <DataTable
      caption={t("acert.list.caption")}
      captionHidden
      rows={items}
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
  );
}
