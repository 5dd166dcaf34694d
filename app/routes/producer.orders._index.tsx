import { countsTowardsTotal } from "~/domain/order/lifecycle";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { PageHeader, secondaryButtonClass } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { orderFilterQuery, parseOrderFilter, PART_STATUSES } from "~/domain/order/shipment-schema";
import { formatVietnamDateTime, listProducerOrderParts } from "~/domain/order/shipments.server";
import { formatNumber, formatVnd, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { PART_STATUS_TONES, paymentKey } from "~/components/producer-order-status";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, "producer");
  const t = makeT(lang);
  const { page, ...filter } = parseOrderFilter(query);
  const list = await listProducerOrderParts(db, user.producerId, filter, page);
  return reply({
    filter,
    page: Math.min(page, list.pages),
    pages: list.pages,
    total: list.total,
    rows: list.rows.map((r) => ({ ...r, placedAt: formatVietnamDateTime(lang, r.createdAt) })),
    meta: { title: t("pws.meta.title", { page: t("pws.orders.title") }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

const inputClass =
  "mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900";

export default function ProducerOrdersPage() {
  const { t, lang } = useT();
  const { filter, page, pages, total, rows } = useLoaderData<typeof loader>();
  const query = orderFilterQuery(filter);
  const filtered = query.toString().length > 0;
  const csvHref = `/producer/orders.csv${filtered ? `?${query}` : ""}`;
  return (
    <>
      <PageHeader
        title={t("pws.orders.title")}
        description={t("pws.orders.intro")}
        actions={
          <a href={csvHref} className={secondaryButtonClass} download>
            {t("pws.orders.export")}
          </a>
        }
      />

      <Form
        method="get"
        aria-labelledby="filter-heading"
        className="mb-6 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
      >
        <h2 id="filter-heading" className="sr-only">
          {t("pws.orders.filterHeading")}
        </h2>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-[1.4fr_1fr_1fr_auto] sm:items-end">
          <label className="col-span-2 block text-sm font-medium text-stone-800 sm:col-span-1">
            {t("pws.orders.status")}
            <select
              name="status"
              key={filter.status ?? ""}
              defaultValue={filter.status ?? ""}
              className={inputClass}
            >
              <option value="">{t("pws.orders.allStatuses")}</option>
              {PART_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`orders.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium text-stone-800">
            {t("pws.orders.from")}
            <input
              type="date"
              name="from"
              key={`from-${filter.from ?? ""}`}
              defaultValue={filter.from ?? ""}
              className={inputClass}
            />
          </label>
          <label className="block text-sm font-medium text-stone-800">
            {t("pws.orders.to")}
            <input
              type="date"
              name="to"
              key={`to-${filter.to ?? ""}`}
              defaultValue={filter.to ?? ""}
              className={inputClass}
            />
          </label>
          <div className="col-span-2 flex gap-2 sm:col-span-1">
            <button
              type="submit"
              className="min-h-12 flex-1 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700 sm:flex-none"
            >
              {t("pws.orders.apply")}
            </button>
            {filtered && (
              <Link
                to="/producer/orders"
                className="inline-flex min-h-12 items-center justify-center rounded-lg px-3 font-semibold text-stone-700 underline underline-offset-2"
              >
                {t("pws.orders.clear")}
              </Link>
            )}
          </div>
        </div>
        <p className="mt-3 text-xs text-stone-600">{t("pws.orders.exportHint")}</p>
      </Form>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
          {t(filtered ? "pws.orders.emptyFiltered" : "pws.orders.empty")}
        </p>
      ) : (
        <>
          <p className="mb-3 text-sm text-stone-600" role="status">
            {t("pws.orders.count", { count: formatNumber(lang, total) })}
          </p>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm">
            {rows.map((o) => (
              <li
                key={o.partId}
                data-testid="producer-order"
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 p-4"
              >
                <div className="min-w-0">
                  <Link
                    to={`/producer/orders/${o.partId}`}
                    aria-label={t("pws.orders.open", { number: o.number })}
                    className="font-mono font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    {o.number}
                  </Link>
                  <p className="text-sm text-stone-700">
                    {o.buyerName} · {t("pws.orders.items", { count: o.items })}
                  </p>
                  <p className="text-xs text-stone-600">
                    {o.placedAt} · {t(paymentKey(o.cardPaymentStatus, o.vnpayPaymentStatus))}
                  </p>
                </div>
                <div className="flex items-center gap-3">
                  <StatusBadge tone={PART_STATUS_TONES[o.status]}>
                    {t(`orders.status.${o.status}`)}
                  </StatusBadge>
                  <span className="font-bold tabular-nums">
                    {/* Cancelled or returned: not paid for, struck through (the badge says why). */}
                    {countsTowardsTotal(o.status) ? (
                      formatVnd(lang, o.totalVnd)
                    ) : (
                      <s className="text-stone-500">{formatVnd(lang, o.totalVnd)}</s>
                    )}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageCount={pages}
            hrefFor={(p) => {
              const q = orderFilterQuery(filter);
              if (p > 1) q.set("page", String(p));
              const s = q.toString();
              return `/producer/orders${s ? `?${s}` : ""}`;
            }}
          />
        </>
      )}
    </>
  );
}
