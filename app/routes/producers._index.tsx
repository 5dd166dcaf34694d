import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Pagination } from "~/components/pagination";
import { listProducers } from "~/domain/producer/profile.server";
import { formatNumber, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { legalFormLabel } from "~/domain/producer/legal-form";
import { parsePage } from "~/lib/params";
import { enter, notFound } from "~/web/route.server";

// A hand-edited URL falls back to "all provinces, first page" instead of failing.
const paramsSchema = z.object({
  province: z
    .string()
    .regex(/^[0-9]{2}$/)
    .nullable()
    .catch(null),
  page: z.unknown().transform((v) => parsePage(v)),
});

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, query } = await enter(args, "public");
  const params = paramsSchema.parse({
    province: query.get("province") || null,
    page: query.get("page") ?? 1,
  });
  const list = await listProducers(db, todayInVietnam(), {
    provinceCode: params.province,
    page: params.page,
  });
  if (list.page > list.pages) throw notFound();
  const t = makeT(lang);
  return {
    ...list,
    meta: { title: t("producers.meta.title"), description: t("producers.meta.description") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.meta.title }, { name: "description", content: data.meta.description }] : [];

export default function Producers() {
  const data = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const hrefFor = (page: number) => {
    const search = new URLSearchParams();
    if (data.provinceCode) search.set("province", data.provinceCode);
    if (page > 1) search.set("page", String(page));
    const qs = search.toString();
    return qs ? `/producers?${qs}` : "/producers";
  };
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("producers.title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("producers.lead")}</p>

      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-xs">
          <label htmlFor="producers-province" className="text-sm font-medium text-stone-700">
            {t("producers.filter.province")}
          </label>
          <select
            id="producers-province"
            name="province"
            defaultValue={data.provinceCode ?? ""}
            className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-base"
          >
            <option value="">{t("producers.filter.allProvinces")}</option>
            {data.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name} ({formatNumber(lang, p.producers)})
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
        >
          {t("producers.filter.submit")}
        </button>
      </Form>

      <p className="mt-6 text-sm text-stone-600" aria-live="polite">
        {data.total === 1
          ? t("producers.countOne")
          : t("producers.count", { count: formatNumber(lang, data.total) })}
      </p>

      {data.items.length === 0 ? (
        <p className="mt-4 rounded-lg bg-white p-6 text-stone-700 shadow-sm">
          {t("producers.empty")}
        </p>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {data.items.map((p) => (
            <li key={p.slug}>
              <article className="relative flex h-full flex-col gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200 transition hover:ring-brand-500 focus-within:ring-2 focus-within:ring-accent-500">
                <h2 className="font-semibold leading-snug text-stone-900">
                  <Link
                    to={`/producers/${p.slug}`}
                    className="after:absolute after:inset-0 focus:outline-none"
                  >
                    {p.name}
                  </Link>
                </h2>
                <p className="text-sm text-stone-600">
                  <span className="rounded bg-rice-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">
                    {legalFormLabel(t, p.legalForm)}
                  </span>{" "}
                  · {p.provinceName}
                </p>
                <p className="mt-auto text-sm font-medium text-brand-700">
                  {p.visibleProducts === 1
                    ? t("producers.productsOne")
                    : t("producers.products", { count: formatNumber(lang, p.visibleProducts) })}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}

      <Pagination page={data.page} pageCount={data.pages} hrefFor={hrefFor} />
    </div>
  );
}
