import { publicShowroomsLoader } from "~/web/promotion-routes.server";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { PromoCover } from "~/components/promotion/promo-public";
import type { PublicShowroomListItem } from "~/domain/promotion/promotion.server";
import { formatNumber, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";

export const loader = publicShowroomsLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { name: "description", content: data.meta.description },
        { tagName: "link", rel: "canonical", href: data.meta.canonical },
        ...(data.meta.noindex ? [{ name: "robots", content: "noindex, follow" }] : []),
      ]
    : [];

const selectClass =
  "mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900";

export default function ShowroomsIndex() {
  const { filters, list } = useLoaderData<typeof loader>();
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

function ShowroomCard({ showroom: s }: { showroom: PublicShowroomListItem }) {
  const { t, lang } = useT();
  return (
    <article className="relative flex w-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 transition focus-within:ring-2 focus-within:ring-accent-500 hover:shadow-md hover:ring-brand-200">
      <div className="relative">
        <PromoCover image={s.coverImage} seed={s.slug} className="aspect-[16/9]" />
        <span className="absolute left-3 top-3 rounded-full bg-white/95 px-2.5 py-1 text-xs font-bold text-brand-800 shadow-sm">
          {t(`promo.type.${s.locationType}`)}
        </span>
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h2 className="text-lg font-bold leading-snug text-stone-900">
          <Link
            to={`/showrooms/${s.slug}`}
            className="after:absolute after:inset-0 focus:outline-none"
          >
            {pick(lang, s.nameVi, s.nameEn)}
          </Link>
        </h2>
        <p className="text-sm text-stone-700">
          {s.address}, {s.communeName}, {s.provinceName}
        </p>
        <p className="text-sm text-stone-600">
          {t("promo.showroom.hours")}: {s.openingHours}
        </p>
        <p className="mt-auto pt-1 text-sm font-medium text-stone-600">
          {s.products === 1
            ? t("promo.productsOne")
            : t("promo.products", { count: formatNumber(lang, s.products) })}
        </p>
      </div>
    </article>
  );
}
