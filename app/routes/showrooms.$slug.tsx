import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  CatalogueGrid,
  Fact,
  PrinterIcon,
  PromoCover,
  PromoDescription,
} from "~/components/promotion/promo-public";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { PROMO_SLUG } from "~/domain/promotion/schemas";
import { getPublicShowroom } from "~/domain/promotion/promotion.server";
import { formatNumber, makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { telHref } from "~/lib/tel-href";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!PROMO_SLUG.test(slug)) throw new Response("Not Found", { status: 404 });
  const [db, lang] = await Promise.all([getDb(), getLang(request)]);
  const showroom = await getPublicShowroom(db, slug, todayInVietnam());
  if (!showroom) throw new Response("Not Found", { status: 404 });
  const t = makeT(lang);
  const name = pick(lang, showroom.nameVi, showroom.nameEn);
  return {
    showroom,
    meta: {
      title: `${name} · ${t("site.name")}`,
      description: t("promo.showroom.metaDescription", {
        name,
        address: `${showroom.address}, ${showroom.communeName}, ${showroom.provinceName}`,
        hours: showroom.openingHours,
      }),
      canonical: `${getConfig().siteUrl}/showrooms/${showroom.slug}`,
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

export default function ShowroomPage() {
  const { showroom: s } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const count = s.entries.length;
  const printLink = (className: string) =>
    count > 0 ? (
      <Link to={`/showrooms/${s.slug}/print`} className={className}>
        <PrinterIcon />
        {t("promo.printLink")}
      </Link>
    ) : null;
  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 pt-6 sm:pt-8">
      <Link
        to="/showrooms"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline"
      >
        <span aria-hidden="true">←&nbsp;</span>
        {t("promo.showroom.back")}
      </Link>

      <div className="mt-2 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
        <header>
          <span className="inline-flex rounded-full bg-brand-50 px-2.5 py-1 text-xs font-bold text-brand-800 ring-1 ring-brand-200">
            {t(`promo.type.${s.locationType}`)}
          </span>
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">
            {pick(lang, s.nameVi, s.nameEn)}
          </h1>
          <dl className="mt-6 grid gap-4 sm:grid-cols-2">
            <Fact icon="pin" label={t("promo.showroom.address")}>
              <address className="not-italic">
                {s.address}, {s.communeName}, {s.provinceName}
              </address>
            </Fact>
            <Fact icon="clock" label={t("promo.showroom.hours")}>
              {s.openingHours}
            </Fact>
            {(s.contactPhone || s.contactEmail) && (
              <Fact icon="phone" label={t("promo.showroom.contact")}>
                <span className="flex flex-col">
                  {s.contactPhone && (
                    <a
                      href={telHref(s.contactPhone)}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {s.contactPhone}
                    </a>
                  )}
                  {s.contactEmail && (
                    <a
                      href={`mailto:${s.contactEmail}`}
                      className="break-all text-brand-700 underline underline-offset-2"
                    >
                      {s.contactEmail}
                    </a>
                  )}
                </span>
              </Fact>
            )}
            <Fact icon="people" label={t("promo.organiser")}>
              {s.organiserName}
            </Fact>
          </dl>
          <PromoDescription descriptionVi={s.descriptionVi} descriptionEn={s.descriptionEn} />
        </header>
        <div className="order-first lg:order-none">
          <PromoCover
            image={s.coverImage}
            seed={s.slug}
            className="aspect-[16/9] rounded-2xl shadow-sm ring-1 ring-stone-200"
          />
          {printLink(
            "mt-4 hidden min-h-12 w-full items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800 hover:bg-stone-50 lg:flex",
          )}
        </div>
      </div>

      <section aria-labelledby="showroom-catalogue" className="mt-12">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="showroom-catalogue" className="text-2xl font-bold tracking-tight">
            {t("promo.showroom.catalogue")}
            <span className="ml-2 text-base font-medium text-stone-600">
              (
              {count === 1
                ? t("promo.productsOne")
                : t("promo.products", { count: formatNumber(lang, count) })}
              )
            </span>
          </h2>
          {printLink(
            "inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 text-sm font-semibold text-stone-800 hover:bg-stone-50 lg:hidden",
          )}
        </div>
        {count === 0 ? (
          <p className="mt-4 rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-stone-700">
            {t("promo.showroom.catalogueEmpty")}
          </p>
        ) : (
          <CatalogueGrid entries={s.entries} kind="showroom" />
        )}
      </section>
    </div>
  );
}
