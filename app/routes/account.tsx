import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AccountConsents } from "~/components/legal/account-consents";
import { privacyConsentsOfUser } from "~/domain/legal/consents.server";
import { listOrdersForUser } from "~/domain/order/history.server";
import { formatDate, formatVnd, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "user");
  const t = makeT(lang);
  return reply({
    user: { name: user.name, email: user.email, role: user.role },
    orders: await listOrdersForUser(db, user.id),
    consents: await privacyConsentsOfUser(db, user.id),
    meta: { title: `${t("accounts.account.title")} · ${t("site.name")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function Account() {
  const { t, lang } = useT();
  const { user, orders, consents } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("accounts.account.title")}</h1>
      <section className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="text-sm font-medium text-stone-600">{t("accounts.field.name")}</dt>
          <dd className="font-semibold">{user.name}</dd>
          <dt className="text-sm font-medium text-stone-600">{t("accounts.field.email")}</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-sm font-medium text-stone-600">{t("accounts.account.role")}</dt>
          <dd>{t(`accounts.role.${user.role}`)}</dd>
        </dl>
        <Form method="post" action="/logout" reloadDocument className="mt-6">
          <button
            type="submit"
            className="min-h-12 rounded-lg border border-stone-300 px-5 font-semibold text-stone-800 hover:bg-stone-50"
          >
            {t("accounts.account.logout")}
          </button>
        </Form>
      </section>
      <section className="mt-8" aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="text-xl font-bold">
          {t("accounts.account.orders")}
        </h2>
        {orders.length === 0 ? (
          <p className="mt-2 rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
            {t("accounts.account.ordersEmpty")}
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm">
            {orders.map((o) => (
              <li key={o.number} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <Link
                    to={`/orders/${o.number}`}
                    className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    {o.number}
                  </Link>
                  <p className="text-sm text-stone-600">
                    {formatDate(lang, todayInVietnam(new Date(o.placedAt)))} ·{" "}
                    {o.parts.map((status) => t(`orders.status.${status}`)).join(", ")}
                  </p>
                </div>
                <span className="font-bold">{formatVnd(lang, o.totalVnd)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AccountConsents consents={consents} />
    </div>
  );
}
