/** /producer/statements — the producer's monthly statements of platform payments, newest first. */
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { minus, periodLabel, STATE_KEYS, STATE_TONES } from "~/domain/settlement/labels";
import { producerStatements } from "~/domain/settlement/statements.server";
import { formatVnd, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, reply } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "producer");
  const t = makeT(lang);
  const statements = (await producerStatements(db, user.producerId)).reverse();
  return reply({
    statements,
    meta: { title: t("pws.meta.title", { page: t("settle.statements.title") }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function ProducerStatements() {
  const { t, lang } = useT();
  const { statements } = useLoaderData<typeof loader>();
  const vnd = (n: number) => formatVnd(lang, n);
  return (
    <>
      <PageHeader title={t("settle.statements.title")} description={t("settle.statements.intro")} />
      {statements.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
          {t("settle.statements.empty")}
        </p>
      ) : (
        <ul className="grid gap-3">
          {statements.map((s) => (
            <li key={s.period}>
              <Link
                to={`/producer/statements/${s.period}`}
                className="block rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-400"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-lg font-semibold text-brand-800 underline-offset-4">
                    {periodLabel(lang, s.period)}
                  </span>
                  <StatusBadge tone={STATE_TONES[s.state]}>{t(STATE_KEYS[s.state])}</StatusBadge>
                </div>
                <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                  <div>
                    <dt className="text-stone-600">{t("settle.col.sales")}</dt>
                    <dd className="tabular-nums text-stone-900">{vnd(s.salesVnd)}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-600">{t("settle.col.fees")}</dt>
                    <dd className="tabular-nums text-stone-900">{vnd(minus(s.feesVnd))}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-600">{t("settle.col.net")}</dt>
                    <dd className="tabular-nums font-semibold text-stone-900">{vnd(s.netVnd)}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-600">{t("settle.col.closing")}</dt>
                    <dd className="tabular-nums text-stone-900">{vnd(s.closingVnd)}</dd>
                  </div>
                </dl>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
