/** The catalogue's answer to a search that found nothing: what to try, and the nearest products. */
import { Link } from "@remix-run/react";
import { catalogHref } from "~/components/catalog-filters";
import { ProductCard } from "~/components/product-card";
import type { ProductCardData } from "~/domain/catalog/product-card";
import { useT } from "~/i18n/use-t";

export function SearchNoResults({
  q,
  filtered,
  nearest,
}: {
  q: string;
  /** Filters narrow the search: offer to search without them. */
  filtered: boolean;
  nearest: ProductCardData[];
}) {
  const { t } = useT();
  return (
    <div className="mt-8">
      <div className="rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
        <h2 className="text-lg font-semibold text-stone-900">
          {t("search.noResults.title", { q })}
        </h2>
        <p className="mt-2 text-stone-700">{t("search.noResults.body")}</p>
        {filtered ? (
          <Link
            to={catalogHref({ q })}
            className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("search.noResults.clearFilters")}
          </Link>
        ) : null}
      </div>
      {nearest.length ? (
        <section aria-labelledby="nearest-title" className="mt-8">
          <h2 id="nearest-title" className="text-lg font-bold text-stone-900">
            {t("search.nearest")}
          </h2>
          <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-5 xl:grid-cols-4">
            {nearest.map((product) => (
              <li key={product.id} className="flex">
                <div className="flex w-full">
                  <ProductCard product={product} headingLevel="h3" />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
