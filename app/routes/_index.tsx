import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductCard } from "~/components/product-card";
import { GroupTile } from "~/components/storefront/group-tile";
import { getHomePage } from "~/domain/catalog/highlights.server";
import type { ProductCardData } from "~/domain/catalog/product-card";
import { formatNumber, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang } = await enter(args, "public");
  const t = makeT(lang);
  const home = await getHomePage(db, todayInVietnam());
  return { ...home, meta: { title: t("home.meta.title"), description: t("site.description") } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { name: "description", content: data.meta.description },
        { property: "og:title", content: data.meta.title },
        { property: "og:description", content: data.meta.description },
      ]
    : [];

export default function Home() {
  const data = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const isEmpty = data.totalProducts === 0;
  return (
    <>
      <section className="border-b border-brand-100 bg-gradient-to-b from-brand-50 to-rice-50">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:py-14">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            {t("home.hero.kicker")}
          </p>
          <h1 className="mt-2 max-w-3xl text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">
            {t("home.hero.title")}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-stone-700">{t("home.hero.lead")}</p>
          {!isEmpty && (
            <p className="mt-3 text-sm font-medium text-stone-600">
              {t("home.hero.stats", {
                products: formatNumber(lang, data.totalProducts),
                provinces: formatNumber(lang, data.provinces.length),
              })}
            </p>
          )}
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              to="/products"
              className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700"
            >
              {t("home.hero.browse")}
            </Link>
            <Link
              to="/certificates"
              className="rounded-lg border border-brand-600 bg-white px-5 py-3 font-semibold text-brand-700 hover:bg-brand-50"
            >
              {t("home.hero.lookup")}
            </Link>
          </div>
        </div>
      </section>

      <div className="mx-auto max-w-6xl space-y-12 px-4 py-10">
        {data.groups.length > 0 && (
          <section aria-labelledby="home-groups">
            <h2 id="home-groups" className="text-xl font-bold tracking-tight sm:text-2xl">
              {t("home.groups.title")}
            </h2>
            <ul className="mt-4 grid gap-2 sm:grid-cols-2 sm:gap-3 md:grid-cols-3 lg:grid-cols-6">
              {data.groups.map((g) => (
                <li key={g.code}>
                  <GroupTile group={g} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {isEmpty && (
          <p className="rounded-lg bg-white p-6 text-stone-700 shadow-sm">{t("home.empty")}</p>
        )}

        <ProductSection
          id="home-featured"
          title={t("home.featured.title")}
          products={data.featured}
          viewAllTo="/products?sort=stars"
        />

        {data.provinces.length > 0 && (
          <section aria-labelledby="home-provinces">
            <h2 id="home-provinces" className="text-xl font-bold tracking-tight sm:text-2xl">
              {t("home.provinces.title")}
            </h2>
            <ul className="mt-4 flex flex-wrap gap-2">
              {data.provinces.map((p) => (
                <li key={p.code}>
                  {/* The link's name is its visible text plus a hidden unit ("An Giang 5
                      products"), so speech input can say what it sees (WCAG 2.5.3). */}
                  <Link
                    to={`/products?province=${p.code}`}
                    className="inline-flex items-center gap-2 rounded-full border border-stone-300 bg-white px-3.5 py-2 text-sm font-medium text-stone-800 hover:border-brand-500 hover:text-brand-700"
                  >
                    {p.shortName}
                    <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">
                      {formatNumber(lang, p.products)}
                      <span className="sr-only">
                        {" "}
                        {p.products === 1 ? t("home.provinces.unitOne") : t("home.provinces.unit")}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}

        <ProductSection
          id="home-newest"
          title={t("home.newest.title")}
          products={data.newest}
          viewAllTo="/products?sort=newest"
        />
      </div>
    </>
  );
}

function ProductSection({
  id,
  title,
  products,
  viewAllTo,
}: {
  id: string;
  title: string;
  products: ProductCardData[];
  viewAllTo: string;
}) {
  const { t } = useT();
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} className="text-xl font-bold tracking-tight sm:text-2xl">
          {title}
        </h2>
        <Link
          to={viewAllTo}
          className="shrink-0 whitespace-nowrap py-2 text-sm font-semibold text-brand-700 hover:underline"
        >
          {t("common.viewAll")}
        </Link>
      </div>
      <ul className="mt-4 grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
        {products.map((p) => (
          <li key={p.id} className="flex">
            <ProductCard product={p} />
          </li>
        ))}
      </ul>
    </section>
  );
}
