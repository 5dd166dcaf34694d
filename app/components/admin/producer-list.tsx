/**
 * The official's producer list: the filter form (a GET form: the filters are the URL; the
 * commune list follows the chosen province on the next page) and the table of producers.
 */
import { Form, Link } from "@remix-run/react";
import { SelectField, TextField } from "~/components/form/field";
import type { PlaceOption } from "~/components/form/place-picker";
import { DataTable } from "~/components/workspace/data-table";
import { primaryButtonClass, secondaryButtonClass } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { legalFormLabel } from "~/domain/producer/legal-form";
import type { AdminProducerRow } from "~/domain/producer/register.server";
import { PRODUCER_STATUSES } from "~/domain/producer/schemas";
import { formatNumber, type Lang, type T } from "~/i18n";

export function producerStatusLabel(t: T, s: AdminProducerRow["status"]) {
  return s === "active" ? t("admin.status.active") : t("admin.status.suspended");
}

export function ProducerFilterForm({
  t,
  filters,
  filtered,
  options,
}: {
  t: T;
  filters: { q: string; province: string; commune: string; status: string };
  filtered: boolean;
  options: { provinces: readonly PlaceOption[]; communes: readonly PlaceOption[] };
}) {
  const statusLabel = (s: AdminProducerRow["status"]) => producerStatusLabel(t, s);
  return (
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
  );
}

export function ProducerTable({
  t,
  lang,
  items,
  filtered,
}: {
  t: T;
  lang: Lang;
  items: AdminProducerRow[];
  filtered: boolean;
}) {
  const statusLabel = (s: AdminProducerRow["status"]) => producerStatusLabel(t, s);
  return (
    <DataTable
      caption={t("admin.producers.title")}
      captionHidden
      rows={items}
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
  );
}
