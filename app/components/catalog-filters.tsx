import { Form, Link } from "@remix-run/react";
import type {
  CatalogFacets,
  CatalogParams,
  CatalogSortWithRelevance,
} from "~/domain/catalog/catalog.server";
import { defaultSort } from "~/domain/catalog/sort";
import { pick, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";

const SORTS: CatalogSortWithRelevance[] = ["newest", "price-asc", "price-desc", "stars"];

/**
 * The catalogue URL for some parameters; defaults (the default sort, page 1) are left out so
 * each listing has one address.
 */
export function catalogHref(params: Partial<CatalogParams>): string {
  const q = new URLSearchParams();
  if (params.q) q.set("q", params.q);
  if (params.group) q.set("group", params.group);
  if (params.stars) q.set("stars", String(params.stars));
  if (params.province) q.set("province", params.province);
  if (params.sort && params.sort !== defaultSort(params.q)) q.set("sort", params.sort);
  if (params.page && params.page > 1) q.set("page", String(params.page));
  const s = q.toString();
  return s ? `/products?${s}` : "/products";
}

export function hasActiveFilters(params: CatalogParams): boolean {
  return Boolean(params.group || params.stars || params.province);
}

function sortLabel(t: T, sort: CatalogSortWithRelevance): string {
  switch (sort) {
    case "relevance":
      return t("search.sort.relevance");
    case "newest":
      return t("catalog.sort.newest");
    case "price-asc":
      return t("catalog.sort.price-asc");
    case "price-desc":
      return t("catalog.sort.price-desc");
    case "stars":
      return t("catalog.sort.stars");
  }
}

function starsLabel(t: T, stars: number): string {
  return stars === 5 ? t("catalog.filter.starsExact") : t("catalog.filter.starsMin", { stars });
}

/** Labels of the active filters, each with the URL that removes it. */
export function useActiveFilters(params: CatalogParams, facets: CatalogFacets) {
  const { t, lang } = useT();
  const chips: { key: string; label: string; href: string }[] = [];
  if (params.group) {
    const g = facets.groups.find((x) => x.code === params.group);
    chips.push({
      key: "group",
      label: g ? pick(lang, g.nameVi, g.nameEn) : params.group,
      href: catalogHref({ ...params, group: undefined, page: 1 }),
    });
  }
  if (params.stars) {
    chips.push({
      key: "stars",
      label: starsLabel(t, params.stars),
      href: catalogHref({ ...params, stars: undefined, page: 1 }),
    });
  }
  if (params.province) {
    const p = facets.provinces.find((x) => x.code === params.province);
    chips.push({
      key: "province",
      label: p?.name ?? params.province,
      href: catalogHref({ ...params, province: undefined, page: 1 }),
    });
  }
  return chips;
}

const selectClass =
  "mt-1.5 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus:border-brand-600 sm:text-sm";
const labelClass = "block text-sm font-semibold text-stone-800";

/**
 * A GET form: each choice is a URL, so filtering works without JavaScript, and a change
 * submits at once where JavaScript runs. Options that would give nothing are disabled.
 */
export function CatalogFilters({
  params,
  facets,
  idPrefix,
}: {
  params: CatalogParams;
  facets: CatalogFacets;
  /** The form is rendered twice (phone drawer, desktop sidebar): ids must differ. */
  idPrefix: string;
}) {
  const { t, lang } = useT();
  const id = (name: string) => `${idPrefix}-${name}`;
  const option = (label: string, count: number) => t("catalog.filter.option", { label, count });
  return (
    <Form
      method="get"
      action="/products"
      className="space-y-5"
      onChange={(e) => e.currentTarget.requestSubmit()}
    >
      {/* Filtering a search keeps the search. */}
      {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
      <div>
        <label htmlFor={id("group")} className={labelClass}>
          {t("catalog.filter.group")}
        </label>
        <select
          id={id("group")}
          name="group"
          defaultValue={params.group ?? ""}
          className={selectClass}
        >
          <option value="">{t("catalog.filter.groupAll")}</option>
          {facets.groups.map((g) => (
            <option key={g.code} value={g.code} disabled={g.count === 0 && g.code !== params.group}>
              {option(pick(lang, g.nameVi, g.nameEn), g.count)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={id("stars")} className={labelClass}>
          {t("catalog.filter.stars")}
        </label>
        <select
          id={id("stars")}
          name="stars"
          defaultValue={params.stars ? String(params.stars) : ""}
          className={selectClass}
        >
          <option value="">{t("catalog.filter.starsAll")}</option>
          {facets.stars.map((s) => (
            <option
              key={s.stars}
              value={s.stars}
              disabled={s.count === 0 && s.stars !== params.stars}
            >
              {option(starsLabel(t, s.stars), s.count)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={id("province")} className={labelClass}>
          {t("catalog.filter.province")}
        </label>
        <select
          id={id("province")}
          name="province"
          defaultValue={params.province ?? ""}
          className={selectClass}
        >
          <option value="">{t("catalog.filter.provinceAll")}</option>
          {facets.provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {option(p.name, p.count)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={id("sort")} className={labelClass}>
          {t("catalog.sort")}
        </label>
        <select id={id("sort")} name="sort" defaultValue={params.sort} className={selectClass}>
          {(params.q ? (["relevance", ...SORTS] as const) : SORTS).map((s) => (
            <option key={s} value={s}>
              {sortLabel(t, s)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3 pt-1">
        <button
          type="submit"
          className="min-h-11 flex-1 rounded-lg bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
        >
          {t("catalog.apply")}
        </button>
        {hasActiveFilters(params) ? (
          <Link
            to={catalogHref({ q: params.q, sort: params.sort })}
            className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("catalog.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

/** One removable chip per active filter. */
export function ActiveFilterChips({
  params,
  facets,
}: {
  params: CatalogParams;
  facets: CatalogFacets;
}) {
  const { t } = useT();
  const chips = useActiveFilters(params, facets);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-stone-700">{t("catalog.active")}:</span>
      <ul className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <Link
              to={c.href}
              aria-label={t("catalog.removeFilter", { label: c.label })}
              className="inline-flex min-h-9 items-center gap-1.5 rounded-full bg-brand-100 py-1 pl-3 pr-2 text-sm font-medium text-brand-900 ring-1 ring-brand-200 hover:bg-brand-200"
            >
              {c.label}
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4">
                <path
                  d="M6 6l8 8M14 6l-8 8"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              </svg>
            </Link>
          </li>
        ))}
      </ul>
      <Link
        to={catalogHref({ q: params.q, sort: params.sort })}
        className="inline-flex min-h-9 items-center px-1 text-sm font-medium text-brand-700 underline underline-offset-2"
      >
        {t("catalog.clear")}
      </Link>
    </div>
  );
}
