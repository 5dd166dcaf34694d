/**
 * The public lists of fairs (running and coming, then past) and of showrooms (filtered by
 * province and location type). Their cards are one card with the kind's badge and lines.
 */
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import type {
  PublicFairListItem,
  PublicShowroomListItem,
} from "~/domain/promotion/promotion.server";
import { formatNumber, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import type { publicFairsLoader, publicShowroomsLoader } from "~/web/promotion-routes.server";
import { formatDateRange } from "./date-range";
import { PhaseBadge, PromoCover } from "./promo-public";

type ListMeta = {
  meta: { title: string; description: string; canonical: string; noindex: boolean };
};

/** Title, description, canonical; a filtered list is followed but not indexed. */
export const listMeta: MetaFunction<() => Promise<ListMeta>> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { name: "description", content: data.meta.description },
        { tagName: "link", rel: "canonical", href: data.meta.canonical },
        ...(data.meta.noindex ? [{ name: "robots", content: "noindex, follow" }] : []),
      ]
    : [];

function productCount(t: ReturnType<typeof useT>["t"], lang: "vi" | "en", n: number) {
  return n === 1 ? t("promo.productsOne") : t("promo.products", { count: formatNumber(lang, n) });
}

/** A card of a list: cover with a badge, an optional line above the name, lines under it. */
function PromotionCard({
  href,
  image,
  seed,
  badge,
  kicker,
  heading: Heading,
  title,
  lines,
  products,
}: {
  href: string;
  image: string | null;
  seed: string;
  badge: ReactNode;
  kicker?: ReactNode;
  heading: "h2" | "h3";
  title: string;
  lines: ReactNode;
  products: number;
}) {
  const { t, lang } = useT();
  return (
    <article className="relative flex w-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 transition focus-within:ring-2 focus-within:ring-accent-500 hover:shadow-md hover:ring-brand-200">
      <div className="relative">
        <PromoCover image={image} seed={seed} className="aspect-[16/9]" />
        {badge}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        {kicker}
        <Heading className="text-lg font-bold leading-snug text-stone-900">
          <Link to={href} className="after:absolute after:inset-0 focus:outline-none">
            {title}
          </Link>
        </Heading>
        {lines}
        <p className="mt-auto pt-1 text-sm font-medium text-stone-600">
          {productCount(t, lang, products)}
        </p>
      </div>
    </article>
  );
}

function FairCard({ fair }: { fair: PublicFairListItem }) {
  const { lang } = useT();
  return (
    <PromotionCard
      href={`/fairs/${fair.slug}`}
      image={fair.coverImage}
      seed={fair.slug}
      badge={
        <div className="absolute left-3 top-3">
          <PhaseBadge phase={fair.phase} />
        </div>
      }
      kicker={
        <p className="text-sm font-semibold text-brand-700">
          <time dateTime={fair.startsOn}>{formatDateRange(lang, fair.startsOn, fair.endsOn)}</time>
        </p>
      }
      heading="h3"
      title={pick(lang, fair.nameVi, fair.nameEn)}
      lines={
        <p className="text-sm text-stone-700">
          {fair.venue} · {fair.provinceName}
        </p>
      }
      products={fair.products}
    />
  );
}

function ShowroomCard({ showroom: s }: { showroom: PublicShowroomListItem }) {
  const { t, lang } = useT();
  return (
    <PromotionCard
      href={`/showrooms/${s.slug}`}
      image={s.coverImage}
      seed={s.slug}
      badge={
        <span className="absolute left-3 top-3 rounded-full bg-white/95 px-2.5 py-1 text-xs font-bold text-brand-800 shadow-sm">
          {t(`promo.type.${s.locationType}`)}
        </span>
      }
      heading="h2"
      title={pick(lang, s.nameVi, s.nameEn)}
      lines={
        <>
          <p className="text-sm text-stone-700">
            {s.address}, {s.communeName}, {s.provinceName}
          </p>
          <p className="text-sm text-stone-600">
            {t("promo.showroom.hours")}: {s.openingHours}
          </p>
        </>
      }
      products={s.products}
    />
  );
}

export function FairsListPage() {
  const { fairs } = useLoaderData<typeof publicFairsLoader>();
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

const selectClass =
  "mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900";

export function ShowroomsListPage() {
  const { filters, list } = useLoaderData<typeof publicShowroomsLoader>();
  const { t, lang } = useT();
  const filtered = Boolean(filters.province || filters.type);
  const n = list.items.length;
  const noneAtAll = list.provinces.length === 0;
  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 pt-6 sm:pt-10">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">
          {t("promo.showrooms.title")}
        </h1>
        <p className="mt-2 text-stone-700">{t("promo.showrooms.lead")}</p>
      </header>

      {!noneAtAll && (
        <Form
          method="get"
          className="mt-6 grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:grid-cols-[1fr_1fr_auto] sm:items-end sm:p-5"
        >
          <div>
            <label htmlFor="showroom-province" className="text-sm font-medium text-stone-800">
              {t("promo.showrooms.province")}
            </label>
            <select
              id="showroom-province"
              name="province"
              defaultValue={filters.province ?? ""}
              key={filters.province ?? ""}
              className={selectClass}
            >
              <option value="">{t("promo.showrooms.allProvinces")}</option>
              {list.provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name} ({formatNumber(lang, p.count)})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="showroom-type" className="text-sm font-medium text-stone-800">
              {t("promo.showrooms.type")}
            </label>
            <select
              id="showroom-type"
              name="type"
              defaultValue={filters.type ?? ""}
              key={filters.type ?? ""}
              className={selectClass}
            >
              <option value="">{t("promo.showrooms.allTypes")}</option>
              {list.types.map((x) => (
                <option key={x.type} value={x.type}>
                  {t(`promo.type.${x.type}`)} ({formatNumber(lang, x.count)})
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-2">
            <button
              type="submit"
              className="min-h-12 flex-1 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700 sm:flex-none"
            >
              {t("promo.showrooms.apply")}
            </button>
            {filtered && (
              <Link
                to="/showrooms"
                className="inline-flex min-h-12 flex-1 items-center justify-center rounded-lg border border-stone-300 px-4 font-semibold text-stone-800 hover:bg-stone-50 sm:flex-none"
              >
                {t("promo.showrooms.clear")}
              </Link>
            )}
          </div>
        </Form>
      )}

      <p role="status" className="mt-6 text-sm font-medium text-stone-700">
        {n === 1
          ? t("promo.showrooms.countOne")
          : t("promo.showrooms.count", { count: formatNumber(lang, n) })}
      </p>

      {n === 0 ? (
        <p className="mt-4 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-stone-700">
          {noneAtAll ? t("promo.showrooms.emptyAll") : t("promo.showrooms.empty")}
        </p>
      ) : (
        <ul className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {list.items.map((s) => (
            <li key={s.slug} className="flex">
              <ShowroomCard showroom={s} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
