/**
 * Where VNPay sends the buyer back (vnp_ReturnUrl, with the order's private key in the path):
 * the signed result is verified first, then shown with the payment as stored. Nothing is
 * written here; VNPay's IPN is the source of truth (decision 0023).
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { vnpayReturnView } from "~/domain/payment/vnpay-payments.server";
import { formatVnd, makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getVnpay } from "~/infra/vnpay.server";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, notFound, NO_STORE } from "~/web/route.server";

const HEADERS = { ...NO_STORE, "Referrer-Policy": "same-origin" };

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, token } = await enter(args, "public");
  const gateway = getVnpay();
  const key = token("key");
  if (!gateway || !key) throw notFound();
  const t = makeT(lang);
  const meta = { title: `${t("vnpay.return.title")} · ${t("site.name")}` };
  const result = gateway.verifyResult(Object.fromEntries(new URL(args.request.url).searchParams));
  if (!result) return data({ meta, key, view: null }, { status: 400, headers: HEADERS });
  const view = await vnpayReturnView(db, result, key);
  if (!view) throw notFound();
  return data({ meta, key, view }, { headers: HEADERS });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type View = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["view"]>;

function messageOf(view: View): { key: MessageKey; tone: "info" | "error" } {
  switch (view.status) {
    case "paid":
      return { key: "vnpay.return.paid", tone: "info" };
    case "pending":
      return view.reportedSuccess
        ? { key: "vnpay.return.waiting", tone: "info" }
        : { key: "vnpay.return.failedPending", tone: "error" };
    case "failed":
    case "expired":
      return { key: "vnpay.return.failed", tone: "error" };
    case "needs_review":
      return { key: "vnpay.return.review", tone: "info" };
    case "refunded":
      return { key: "vnpay.view.refunded", tone: "info" };
  }
}

export default function VnpayReturn() {
  const { t, lang } = useT();
  const { key, view } = useLoaderData<typeof loader>();
  const message = view ? messageOf(view) : null;
  return (
    <div className="mx-auto max-w-xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("vnpay.return.title")}</h1>
      <div className="mt-4" data-testid="vnpay-result">
        {message ? (
          <FormAlert tone={message.tone}>{t(message.key)}</FormAlert>
        ) : (
          <FormAlert>{t("vnpay.return.invalid")}</FormAlert>
        )}
      </div>
      {view && (
        <>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
            <dt className="text-stone-600">{t("vnpay.return.order")}</dt>
            <dd className="font-semibold">{view.number}</dd>
            <dt className="text-stone-600">{t("vnpay.return.amount")}</dt>
            <dd className="font-semibold">{formatVnd(lang, view.amountVnd)}</dd>
            {view.transactionNo && (
              <>
                <dt className="text-stone-600">{t("vnpay.return.transaction")}</dt>
                <dd className="break-all">{view.transactionNo}</dd>
              </>
            )}
            {view.bankCode && (
              <>
                <dt className="text-stone-600">{t("vnpay.return.bank")}</dt>
                <dd>{view.bankCode}</dd>
              </>
            )}
          </dl>
          <p className="mt-6">
            <Link
              to={`/orders/${view.number}?${new URLSearchParams({ key })}`}
              className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {t("vnpay.return.viewOrder")}
            </Link>
          </p>
        </>
      )}
      {!view && (
        <p className="mt-6">
          <Link to="/" className="underline">
            {t("vnpay.return.home")}
          </Link>
        </p>
      )}
    </div>
  );
}
