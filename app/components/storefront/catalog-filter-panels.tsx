/**
 * The catalogue's filters twice over: a disclosure above the results on a phone, a sticky
 * sidebar on a wide screen (only one of the two is shown at a time).
 */
import { CatalogFilters } from "~/components/catalog-filters";
import type { CatalogFacets, CatalogParams } from "~/domain/catalog/catalog.server";
import { useT } from "~/i18n/use-t";

export function CatalogFilterPanels({
  params,
  facets,
}: {
  params: CatalogParams;
  facets: CatalogFacets;
}) {
  const { t } = useT();
  return (
    <>
      <details className="group mb-5 rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 lg:hidden">
        <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between px-4 py-3 font-semibold text-stone-900 [&::-webkit-details-marker]:hidden">
          <span className="flex items-center gap-2">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 text-brand-700">
              <path
                d="M3 5h14M6 10h8M8.5 15h3"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            {t("catalog.filters.show")}
          </span>
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="h-5 w-5 transition-transform group-open:rotate-180"
          >
            <path
              d="M5 8l5 5 5-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </summary>
        <div className="border-t border-stone-200 px-4 pb-5 pt-4">
          <CatalogFilters params={params} facets={facets} idPrefix="filters-phone" />
        </div>
      </details>

      <aside aria-labelledby="filters-title" className="hidden lg:block">
        <div className="sticky top-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <h2 id="filters-title" className="mb-4 text-base font-bold text-stone-900">
            {t("catalog.filters")}
          </h2>
          <CatalogFilters params={params} facets={facets} idPrefix="filters-desktop" />
        </div>
      </aside>
    </>
  );
}
