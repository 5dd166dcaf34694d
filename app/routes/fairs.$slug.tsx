import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  CatalogueGrid,
  Fact,
  formatDateRange,
  PhaseBadge,
  PrinterIcon,
  PromoCover,
  PromoDescription,
} from "~/components/promotion/promo-public";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { PROMO_SLUG } from "~/domain/promotion/schemas";
import { getPublicFair } from "~/domain/promotion/promotion.server";
import { formatNumber, makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!PROMO_SLUG.test(slug)) throw new Response("Not Found", { status: 404 });
  const [db, lang] = await Promise.all([getDb(), getLang(request)]);
  const fair = await getPublicFair(db, slug, todayInVietnam());
  // Drafts and unknown fairs look alike from outside.
  if (!fair) throw new Response("Not Found", { status: 404 });
  const t = makeT(lang);
  const name = pick(lang, fair.nameVi, fair.nameEn);
  return {
    fair,
    meta: {
      title: `${name} · ${t("site.name")}`,
      description: t("promo.fair.metaDescription", {
        name,
        dates: formatDateRange(lang, fair.startsOn, fair.endsOn),
        venue: `${fair.venue}, ${fair.provinceName}`,
      }),
      canonical: `${getConfig().siteUrl}/fairs/${fair.slug}`,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { name: "description", content: data.meta.description },
        { tagName: "link", rel: "canonical", href: data.meta.canonical },
        { property: "og:title", content: data.meta.title },
        { property: "og:description", content: data.meta.description },
        { property: "og:url", content: data.meta.canonical },
      ]
    : [];

export default function FairPage() {
  const { fair } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const count = fair.entries.length;
  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 pt-6 sm:pt-8">
      <Link
        to="/fairs"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline"
      >
        <span aria-hidden="true">←&nbsp;</span>
        {t("promo.fair.back")}
      </Link>

      <div className="mt-2 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
        <header>
          <PhaseBadge phase={fair.phase} />
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">
            {pick(lang, fair.nameVi, fair.nameEn)}
          </h1>
          <dl className="mt-6 grid gap-4 sm:grid-cols-2">
            <Fact icon="calendar" label={t("promo.fair.when")}>
              <time dateTime={fair.startsOn}>
                {formatDateRange(lang, fair.startsOn, fair.endsOn)}
              </time>
            </Fact>
            <Fact icon="pin" label={t("promo.fair.where")}>
              {fair.venue}, {fair.provinceName}
            </Fact>
            <Fact icon="people" label={t("promo.organiser")}>
              {fair.organiserName}
            </Fact>
          </dl>
          <PromoDescription descriptionVi={fair.descriptionVi} descriptionEn={fair.descriptionEn} />
        </header>
        <div className="order-first lg:order-none">
          <PromoCover
            image={fair.coverImage}
            seed={fair.slug}
            className="aspect-[16/9] rounded-2xl shadow-sm ring-1 ring-stone-200"
          />
          {count > 0 && (
            <Link
              to={`/fairs/${fair.slug}/print`}
              className="mt-4 hidden min-h-12 w-full items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800 hover:bg-stone-50 lg:flex"
            >
              <PrinterIcon />
              {t("promo.printLink")}
            </Link>
          )}
        </div>
      </div>

      <section aria-labelledby="fair-catalogue" className="mt-12">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="fair-catalogue" className="text-2xl font-bold tracking-tight">
            {t("promo.fair.catalogue")}
            <span className="ml-2 text-base font-medium text-stone-600">
              (
              {count === 1
                ? t("promo.productsOne")
                : t("promo.products", { count: formatNumber(lang, count) })}
              )
            </span>
          </h2>
          {count > 0 && (
            <Link
              to={`/fairs/${fair.slug}/print`}
              className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 text-sm font-semibold text-stone-800 hover:bg-stone-50 lg:hidden"
            >
              <PrinterIcon />
              {t("promo.printLink")}
            </Link>
          )}
        </div>
        {count === 0 ? (
          <p className="mt-4 rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-stone-700">
            {t("promo.fair.catalogueEmpty")}
          </p>
        ) : (
          <CatalogueGrid entries={fair.entries} kind="fair" />
        )}
      </section>
    </div>
  );
}
