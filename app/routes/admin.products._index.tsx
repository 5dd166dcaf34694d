import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  PRODUCT_FILTER_KEYS as FILTER_KEYS,
  ProductFilterForm,
  ProductTable,
} from "~/components/admin/product-list";
import { FormAlert } from "~/components/form/form-alert";
import { Pagination } from "~/components/pagination";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import {
  listAdminProducts,
  listGroupOptions,
  listProducerOptions,
  parseAdminProductFilters,
} from "~/domain/product/register.server";
import { officialUnit } from "~/domain/policy/official-unit.server";
import { formatNumber, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { parseInteger } from "~/lib/params";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, { role: ["official"] });
  const filters = parseAdminProductFilters(query);
  const today = todayInVietnam();
  const [list, groups, producers, unit] = await Promise.all([
    listAdminProducts(db, user, today, filters),
    listGroupOptions(db),
    listProducerOptions(db, user),
    officialUnit(db, user),
  ]);
  const t = makeT(lang);
  const imported = parseInteger(query.get("imported"), { min: 1 });
  return reply({
    list,
    groups,
    producers: producers.options,
    unitName: unit?.inSentence ?? t("acert.everywhere"),
    filters: {
      q: filters.q ?? "",
      stars: filters.stars ? String(filters.stars) : "",
      state: filters.state ?? "",
      group: filters.group ?? "",
      producer: filters.producer ? String(filters.producer) : "",
      decision: filters.decision ?? "",
    },
    imported,
    meta: { title: `${t("acert.list.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function AdminProducts() {
  const { t, lang } = useT();
  const { list, groups, producers, unitName, filters, imported } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const filtered = FILTER_KEYS.some((k) => filters[k] !== "");
  const hrefFor = (page: number) => {
    const q = new URLSearchParams(
      FILTER_KEYS.filter((k) => filters[k] !== "").map((k) => [k, filters[k]]),
    );
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return s ? `/admin/products?${s}` : "/admin/products";
  };

  return (
    <>
      <PageHeader
        title={t("acert.list.title")}
        description={t("acert.list.description", { unit: unitName })}
        actions={
          <>
            <Link to="/admin/products/new" className={primaryButtonClass}>
              {t("acert.list.new")}
            </Link>
            <Link to="/admin/import" className={secondaryButtonClass}>
              {t("acert.list.import")}
            </Link>
          </>
        }
      />
      {imported !== null && (
        <FormAlert tone="info">
          {t("acert.list.imported", {
            count: formatNumber(lang, imported),
            decision: searchParams.get("decision") ?? "",
          })}
        </FormAlert>
      )}
      <ProductFilterForm
        t={t}
        lang={lang}
        filters={filters}
        filtered={filtered}
        groups={groups}
        producers={producers}
      />

      <p className="mb-3 text-sm text-stone-700" role="status">
        {t("acert.list.count", { count: formatNumber(lang, list.total) })}
      </p>
      <ProductTable t={t} lang={lang} items={list.items} filtered={filtered} />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </>
  );
}
