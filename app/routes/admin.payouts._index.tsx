/** /admin/payouts — every producer's monthly statements with what is owed (administrators only). */
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { periodLabel, STATE_KEYS, STATE_TONES } from "~/domain/settlement/labels";
import { adminStatements } from "~/domain/settlement/statements.server";
import { formatVnd, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, reply } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, query } = await enter(args, { role: ["administrator"] });
  const t = makeT(lang);
  const show = query.get("show") === "all" ? "all" : "due";
  const rows = await adminStatements(db, { due: show === "due" });
  return reply({
    show,
    rows,
    meta: { title: `${t("settle.payouts.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function AdminPayouts() {
  const { t, lang } = useT();
  const { show, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("settle.payouts.title")} description={t("settle.payouts.intro")} />
      <Form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="block text-sm font-medium text-stone-800">
          {t("settle.payouts.filter")}
          <select
            name="show"
            defaultValue={show}
            key={show}
            className="mt-1 block min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-base"
          >
            <option value="due">{t("settle.payouts.filterDue")}</option>
            <option value="all">{t("settle.payouts.filterAll")}</option>
          </select>
        </label>
        <button
          type="submit"
          className="min-h-12 rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800"
        >
          {t("settle.payouts.apply")}
        </button>
      </Form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
          {t("settle.payouts.empty")}
        </p>
      ) : (
        <ul className="grid gap-3">
          {rows.map((s) => (
            <li
              key={`${s.producerId}-${s.period}`}
              className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-semibold text-stone-900">
                  {s.producerName} · {periodLabel(lang, s.period)}
                </h2>
                <StatusBadge tone={STATE_TONES[s.state]}>{t(STATE_KEYS[s.state])}</StatusBadge>
              </div>
              <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-stone-600">{t("settle.col.net")}</dt>
                  <dd className="tabular-nums text-stone-900">{formatVnd(lang, s.netVnd)}</dd>
                </div>
                <div>
                  <dt className="text-stone-600">
                    {t(s.state === "paid" ? "settle.col.payouts" : "settle.col.owed")}
                  </dt>
                  <dd className="tabular-nums font-semibold text-stone-900">
                    {formatVnd(lang, s.state === "paid" ? s.payoutsVnd : s.owedVnd)}
                  </dd>
                </div>
              </dl>
              <Link
                to={`/admin/payouts/${s.producerId}/${s.period}`}
                className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
              >
                {t(s.state === "due" ? "settle.payouts.open" : "settle.payouts.view")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
