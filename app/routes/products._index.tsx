import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActiveFilterChips, catalogHref, hasActiveFilters } from "~/components/catalog-filters";
import { Pagination } from "~/components/pagination";
import { ProductCard } from "~/components/product-card";
import { CatalogFilterPanels } from "~/components/storefront/catalog-filter-panels";
import { SearchNoResults } from "~/components/storefront/search-no-results";
import { getConfig } from "~/infra/config.server";
import { listCatalog, parseCatalogParams } from "~/domain/catalog/catalog.server";
import { searchCatalog, type NameHighlight } from "~/domain/catalog/search.server";
import type { ProductCardData } from "~/domain/catalog/product-card";
import { getSearch } from "~/infra/search.server";
import { DEFAULT_LANG, formatNumber, isLang, makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, query } = await enter(args, "public");
  const params = parseCatalogParams(query);
  const today = todayInVietnam();
  let search: { highlights: Record<number, NameHighlight>; nearest: ProductCardData[] } | null =
    null;
  let catalog;
  if (params.q) {
    const found = await searchCatalog(db, await getSearch(), { ...params, q: params.q }, today);
    const { highlights, nearest, q: _q, engine: _engine, ...rest } = found;
    catalog = rest;
    search = { highlights, nearest };
  } else {
    catalog = await listCatalog(db, params, today);
  }
  const payload = { params, catalog, search, siteUrl: getConfig().siteUrl };
  // A page past the end is not a page: say so to crawlers, but still render a way back.
  return data(payload, { status: params.page > catalog.pageCount ? 404 : 200 });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const rootData = matches.find((m) => m.id === "root")?.data;
  const langValue =
    rootData && typeof rootData === "object" && "lang" in rootData ? rootData.lang : undefined;
  const lang = isLang(langValue) ? langValue : DEFAULT_LANG;
  const t = makeT(lang);
  if (!data) return [{ title: t("catalog.metaTitle") }];
  const { params, catalog, siteUrl } = data;
  const parts: string[] = [];
  const group = catalog.facets.groups.find((g) => g.code === params.group);
  if (group) parts.push(pick(lang, group.nameVi, group.nameEn));
  if (params.stars) parts.push(t("stars.label", { stars: params.stars }));
  const province = catalog.facets.provinces.find((p) => p.code === params.province);
  if (province) parts.push(province.name);
  if (params.q) parts.unshift(`“${params.q}”`);
  const title = parts.length
    ? t("catalog.metaTitleFiltered", { filters: parts.join(" · ") })
    : t("catalog.metaTitle");
  // Sorting reorders the same list: the canonical address leaves it out.
  const canonical = siteUrl + catalogHref({ ...params, sort: undefined });
  return [
    { title },
    // Search results are for the shopper, not for search engines' indexes.
    ...(params.q ? [{ name: "robots", content: "noindex, follow" }] : []),
    { name: "description", content: t("catalog.metaDescription") },
    { tagName: "link", rel: "canonical", href: canonical },
    { property: "og:title", content: title },
    { property: "og:description", content: t("catalog.metaDescription") },
    { property: "og:type", content: "website" },
    { property: "og:url", content: canonical },
  ];
};

export default function ProductsIndex() {
  const { params, catalog, search } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const { items, total, page, pageCount, pageSize, facets } = catalog;
  const from = (page - 1) * pageSize + 1;
  const to = from + items.length - 1;
  const filtered = hasActiveFilters(params);

  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 pt-6 sm:pt-10">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">
          {params.q ? t("search.resultsFor", { q: params.q }) : t("catalog.title")}
        </h1>
        {params.q ? (
          <p className="mt-2">
            <Link
              to={catalogHref({ ...params, q: undefined, sort: undefined, page: 1 })}
              className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("search.clearSearch")}
            </Link>
          </p>
        ) : (
          <p className="mt-2 text-stone-700">{t("catalog.lead")}</p>
        )}
      </header>

      <div className="mt-6 lg:mt-8 lg:grid lg:grid-cols-[16rem_1fr] lg:gap-8">
        <CatalogFilterPanels params={params} facets={facets} />

        <section aria-labelledby="results-count">
          <div className="flex flex-col gap-3">
            <p id="results-count" role="status" className="text-sm font-medium text-stone-700">
              {total === 0
                ? t("catalog.count", { count: 0 })
                : items.length > 0
                  ? t("catalog.showing", {
                      from: formatNumber(lang, from),
                      to: formatNumber(lang, to),
                      total: formatNumber(lang, total),
                    })
                  : total === 1
                    ? t("catalog.countOne")
                    : t("catalog.count", { count: formatNumber(lang, total) })}
            </p>
            <ActiveFilterChips params={params} facets={facets} />
          </div>

          {items.length > 0 ? (
            <ul className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-5 xl:grid-cols-4">
              {items.map((product, i) => (
                <li key={product.id} className="flex">
                  <div className="flex w-full">
                    <ProductCard
                      product={product}
                      headingLevel="h2"
                      priority={i < 4}
                      highlight={search?.highlights[product.id]}
                    />
                  </div>
                </li>
              ))}
            </ul>
          ) : total === 0 && params.q ? (
            <SearchNoResults q={params.q} filtered={filtered} nearest={search?.nearest ?? []} />
          ) : total === 0 ? (
            <div className="mt-8 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
              <h2 className="text-lg font-semibold text-stone-900">{t("catalog.empty.title")}</h2>
              <p className="mt-2 text-stone-700">{t("catalog.empty.body")}</p>
              {filtered ? (
                <Link
                  to={catalogHref({ sort: params.sort })}
                  className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
                >
                  {t("catalog.clear")}
                </Link>
              ) : null}
            </div>
          ) : (
            <div className="mt-8 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
              <h2 className="text-lg font-semibold text-stone-900">{t("catalog.beyond.title")}</h2>
              <p className="mt-2 text-stone-700">
                {t("catalog.beyond.body", { pages: pageCount })}
              </p>
              <Link
                to={catalogHref({ ...params, page: 1 })}
                className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
              >
                {t("catalog.firstPage")}
              </Link>
            </div>
          )}

          <Pagination
            page={page}
            pageCount={pageCount}
            hrefFor={(p) => catalogHref({ ...params, page: p })}
          />
        </section>
      </div>
    </div>
  );
}
