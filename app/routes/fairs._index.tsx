import { publicFairsLoader } from "~/web/promotion-routes.server";
import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDateRange, PhaseBadge, PromoCover } from "~/components/promotion/promo-public";
import type { PublicFairListItem } from "~/domain/promotion/promotion.server";
import { formatNumber, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";

export const loader = publicFairsLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { name: "description", content: data.meta.description },
        { tagName: "link", rel: "canonical", href: data.meta.canonical },
      ]
    : [];

export default function FairsIndex() {
  const { fairs } = useLoaderData<typeof loader>();
  const { t } = useT();
  const none = fairs.current.length === 0 && fairs.past.length === 0;
  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 pt-6 sm:pt-10">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">
          {t("promo.fairs.title")}
        </h1>
        <p className="mt-2 text-stone-700">{t("promo.fairs.lead")}</p>
      </header>

      {none ? (
        <p className="mt-8 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-stone-700">
          {t("promo.fairs.empty")}
        </p>
      ) : (
        <>
          <section aria-labelledby="fairs-current" className="mt-8">
            <h2 id="fairs-current" className="text-xl font-bold tracking-tight">
              {t("promo.fairs.current")}
            </h2>
            {fairs.current.length === 0 ? (
              <p className="mt-4 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-8 text-stone-700">
                {t("promo.fairs.noneCurrent")}
              </p>
            ) : (
              <ul className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
                {fairs.current.map((fair) => (
                  <li key={fair.slug} className="flex">
                    <FairCard fair={fair} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {fairs.past.length > 0 && (
            <section aria-labelledby="fairs-past" className="mt-12">
              <h2 id="fairs-past" className="text-xl font-bold tracking-tight">
                {t("promo.fairs.past")}
              </h2>
              <ul className="mt-4 divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
                {fairs.past.map((fair) => (
                  <li key={fair.slug}>
                    <PastFairRow fair={fair} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}

      <aside className="mt-12 flex flex-col items-start gap-3 rounded-2xl bg-brand-50 p-5 ring-1 ring-brand-100 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-stone-800">{t("promo.fairs.showroomsTeaser")}</p>
        <Link
          to="/showrooms"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("promo.fairs.showroomsLink")}
        </Link>
      </aside>
    </div>
  );
}

function productCount(t: ReturnType<typeof useT>["t"], lang: "vi" | "en", n: number) {
  return n === 1 ? t("promo.productsOne") : t("promo.products", { count: formatNumber(lang, n) });
}

function FairCard({ fair }: { fair: PublicFairListItem }) {
  const { t, lang } = useT();
  return (
    <article className="relative flex w-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 transition focus-within:ring-2 focus-within:ring-accent-500 hover:shadow-md hover:ring-brand-200">
      <div className="relative">
        <PromoCover image={fair.coverImage} seed={fair.slug} className="aspect-[16/9]" />
        <div className="absolute left-3 top-3">
          <PhaseBadge phase={fair.phase} />
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-sm font-semibold text-brand-700">
          <time dateTime={fair.startsOn}>{formatDateRange(lang, fair.startsOn, fair.endsOn)}</time>
        </p>
        <h3 className="text-lg font-bold leading-snug text-stone-900">
          <Link
            to={`/fairs/${fair.slug}`}
            className="after:absolute after:inset-0 focus:outline-none"
          >
            {pick(lang, fair.nameVi, fair.nameEn)}
          </Link>
        </h3>
        <p className="text-sm text-stone-700">
          {fair.venue} · {fair.provinceName}
        </p>
        <p className="mt-auto pt-1 text-sm font-medium text-stone-600">
          {productCount(t, lang, fair.products)}
        </p>
      </div>
    </article>
  );
}

function PastFairRow({ fair }: { fair: PublicFairListItem }) {
  const { t, lang } = useT();
  return (
    <Link
      to={`/fairs/${fair.slug}`}
      className="flex min-h-16 flex-col gap-1 px-4 py-3 hover:bg-rice-50 sm:flex-row sm:items-center sm:gap-4"
    >
      <span className="shrink-0 text-sm font-semibold text-stone-600 sm:w-48">
        {formatDateRange(lang, fair.startsOn, fair.endsOn)}
      </span>
      <span className="flex-1 font-semibold text-stone-900">
        {pick(lang, fair.nameVi, fair.nameEn)}
      </span>
      <span className="text-sm text-stone-600">
        {fair.provinceName} · {productCount(t, lang, fair.products)}
      </span>
    </Link>
  );
}
