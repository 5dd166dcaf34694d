/**
 * The public page of a fair or a showroom and its printed catalogue, one of each for both
 * kinds: what differs is the facts in the header (a fair's dates and venue, a showroom's
 * address, hours and contacts). The route files bind a kind to these and to the loaders of
 * app/web/promotion-routes.server.ts.
 */
import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatNumber, pick, type Lang, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { PROMOTION_PATHS } from "~/domain/promotion/schemas";
import { telHref } from "~/lib/tel-href";
import type { printLoader, publicPromotionLoader } from "~/web/promotion-routes.server";
import { formatDateRange } from "./date-range";
import { PrintCatalogue } from "./print-catalogue";
import {
  CatalogueGrid,
  Fact,
  PhaseBadge,
  PrinterIcon,
  PromoCover,
  PromoDescription,
} from "./promo-public";

type PublicMeta = { meta: { title: string; description: string; canonical: string } };

/** Title, description, canonical address and their Open Graph twins. */
export const publicPageMeta: MetaFunction<() => Promise<PublicMeta>> = ({ data }) =>
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

type Promotion = ReturnType<
  typeof useLoaderData<ReturnType<typeof publicPromotionLoader>>
>["promotion"];

/** The badge above the name and the facts under it. */
function Facts({ t, lang, p }: { t: T; lang: Lang; p: Promotion }) {
  if (p.kind === "fair") {
    return (
      <>
        <Fact icon="calendar" label={t("promo.fair.when")}>
          <time dateTime={p.startsOn}>{formatDateRange(lang, p.startsOn, p.endsOn)}</time>
        </Fact>
        <Fact icon="pin" label={t("promo.fair.where")}>
          {p.venue}, {p.provinceName}
        </Fact>
      </>
    );
  }
  return (
    <>
      <Fact icon="pin" label={t("promo.showroom.address")}>
        <address className="not-italic">
          {p.address}, {p.communeName}, {p.provinceName}
        </address>
      </Fact>
      <Fact icon="clock" label={t("promo.showroom.hours")}>
        {p.openingHours}
      </Fact>
      {(p.contactPhone || p.contactEmail) && (
        <Fact icon="phone" label={t("promo.showroom.contact")}>
          <span className="flex flex-col">
            {p.contactPhone && (
              <a
                href={telHref(p.contactPhone)}
                className="text-brand-700 underline underline-offset-2"
              >
                {p.contactPhone}
              </a>
            )}
            {p.contactEmail && (
              <a
                href={`mailto:${p.contactEmail}`}
                className="break-all text-brand-700 underline underline-offset-2"
              >
                {p.contactEmail}
              </a>
            )}
          </span>
        </Fact>
      )}
    </>
  );
}

export function PublicPromotionPage() {
  const { promotion: p } = useLoaderData<ReturnType<typeof publicPromotionLoader>>();
  const { t, lang } = useT();
  const kind = p.kind;
  const count = p.entries.length;
  const printLink = (className: string) =>
    count > 0 ? (
      <Link to={`${PROMOTION_PATHS[kind].public}/${p.slug}/print`} className={className}>
        <PrinterIcon />
        {t("promo.printLink")}
      </Link>
    ) : null;
  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 pt-6 sm:pt-8">
      <Link
        to={PROMOTION_PATHS[kind].public}
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline"
      >
        <span aria-hidden="true">←&nbsp;</span>
        {t(`promo.${kind}.back`)}
      </Link>

      <div className="mt-2 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
        <header>
          {p.kind === "fair" ? (
            <PhaseBadge phase={p.phase} />
          ) : (
            <span className="inline-flex rounded-full bg-brand-50 px-2.5 py-1 text-xs font-bold text-brand-800 ring-1 ring-brand-200">
              {t(`promo.type.${p.locationType}`)}
            </span>
          )}
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">
            {pick(lang, p.nameVi, p.nameEn)}
          </h1>
          <dl className="mt-6 grid gap-4 sm:grid-cols-2">
            <Facts t={t} lang={lang} p={p} />
            <Fact icon="people" label={t("promo.organiser")}>
              {p.organiserName}
            </Fact>
          </dl>
          <PromoDescription descriptionVi={p.descriptionVi} descriptionEn={p.descriptionEn} />
        </header>
        <div className="order-first lg:order-none">
          <PromoCover
            image={p.coverImage}
            seed={p.slug}
            className="aspect-[16/9] rounded-2xl shadow-sm ring-1 ring-stone-200"
          />
          {printLink(
            "mt-4 hidden min-h-12 w-full items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800 hover:bg-stone-50 lg:flex",
          )}
        </div>
      </div>

      <section aria-labelledby={`${kind}-catalogue`} className="mt-12">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id={`${kind}-catalogue`} className="text-2xl font-bold tracking-tight">
            {t(`promo.${kind}.catalogue`)}
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
            {t(`promo.${kind}.catalogueEmpty`)}
          </p>
        ) : (
          <CatalogueGrid entries={p.entries} kind={kind} />
        )}
      </section>
    </div>
  );
}

/** The printed catalogue is not indexed. */
export function PromotionPrintPage() {
  const { promotion: p, entries, siteUrl, today } = useLoaderData<ReturnType<typeof printLoader>>();
  const { t, lang } = useT();
  const details =
    p.kind === "fair"
      ? [
          `${t("promo.fair.when")}: ${formatDateRange(lang, p.startsOn, p.endsOn)}`,
          `${t("promo.fair.where")}: ${p.venue}, ${p.provinceName}`,
          `${t("promo.organiser")}: ${p.organiserName}`,
        ]
      : [
          `${t("promo.showroom.address")}: ${p.address}, ${p.communeName}, ${p.provinceName}`,
          `${t("promo.showroom.hours")}: ${p.openingHours}`,
          ...[[p.contactPhone, p.contactEmail].filter(Boolean).join(" · ")].flatMap((contact) =>
            contact ? [`${t("promo.showroom.contact")}: ${contact}`] : [],
          ),
        ];
  return (
    <PrintCatalogue
      kind={p.kind}
      title={pick(lang, p.nameVi, p.nameEn)}
      details={details}
      entries={entries}
      backHref={`${PROMOTION_PATHS[p.kind].public}/${p.slug}`}
      siteUrl={siteUrl}
      printedOn={today}
    />
  );
}
