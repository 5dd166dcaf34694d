import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductCard } from "~/components/product-card";
import { getHomePage, type HomeGroup } from "~/domain/catalog/highlights.server";
import type { ProductCardData } from "~/domain/catalog/product-card";
import { formatNumber, makeT, pick } from "~/i18n";
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

function GroupTile({ group }: { group: HomeGroup }) {
  const { t, lang } = useT();
  const empty = group.products === 0;
  return (
    <Link
      to={`/products?group=${encodeURIComponent(group.code)}`}
      className="flex h-full items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm transition hover:border-brand-500 hover:shadow lg:flex-col lg:items-start lg:p-4"
    >
      <GroupIcon code={group.code} />
      <span className="flex min-w-0 flex-1 flex-col gap-1 lg:h-full">
        <span className="font-semibold leading-snug text-stone-900">
          {pick(lang, group.nameVi, group.nameEn)}
        </span>
        <span className={`text-sm lg:mt-auto ${empty ? "text-stone-500" : "text-brand-700"}`}>
          {empty
            ? t("home.groups.none")
            : group.products === 1
              ? t("home.groups.countOne")
              : t("home.groups.count", { count: formatNumber(lang, group.products) })}
        </span>
      </span>
    </Link>
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

/** Simple line icons for the six groups; an unknown code (a future scheme) gets a star. */
const GROUP_ICONS: Record<string, string> = {
  // a bowl of rice
  "thuc-pham": "M4 12h16a8 8 0 0 1-16 0Zm4-3c0-2 1-3 2-4m2 4c0-2 1-3 2-4m2 4c0-2 1-3 2-4",
  // a bottle
  "do-uong": "M10 3h4v4l2 3v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10l2-3Zm-2 9h8",
  // a leaf
  "thao-duoc": "M5 19c0-8 6-14 14-14 0 8-6 14-14 14Zm0 0 8-8",
  // a woven basket
  "thu-cong-my-nghe": "M4 10h16l-2 10H6Zm3 0 2-5m8 5-2-5M6 14h12M7 17h10",
  // a potted plant
  "sinh-vat-canh":
    "M12 13V7m0 3c-3 0-4-2-4-4 3 0 4 2 4 4Zm0-2c0-2 1-4 4-4 0 2-1 4-4 4ZM7 13h10l-1.5 7h-7Z",
  // a mountain and sun
  "du-lich": "M3 19l6-9 4 5 3-3 5 7Zm13-12a2 2 0 1 0 0-.01",
};
const STAR_ICON = "M12 4l2.4 5 5.6.7-4.1 3.8 1 5.5L12 16.3 7.1 19l1-5.5L4 9.7l5.6-.7Z";

function GroupIcon({ code }: { code: string }) {
  return (
    <span className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={GROUP_ICONS[code] ?? STAR_ICON} />
      </svg>
    </span>
  );
}
