import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormAlert } from "~/components/form/form-alert";
import { OrderPartCard } from "~/components/storefront/order-part-card";
import { OrderSavedBox } from "~/components/storefront/order-saved-box";
import { TransferPanel } from "~/components/storefront/transfer-panel";
import {
  getOrderForBuyer,
  parseOrderNumber,
  transitionOrderPart,
} from "~/domain/order/orders.server";
import { buyerTransferPanels } from "~/domain/payment/transfer-view.server";
import { formatVnd, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { idField } from "~/lib/params";
import { getConfig } from "~/infra/config.server";
import { readOrderGrantToken } from "~/web/order-grant-cookie.server";
import { enter, enterAction, notFound, NO_STORE } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

function keyFrom(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 && value.length < 100 ? value : null;
}

export async function loader(args: LoaderFunctionArgs) {
  const { request, user, db, lang, query } = await enter(args, "public");
  const number = parseOrderNumber(args.params.number);
  if (number === null) throw notFound();
  const accessKey = keyFrom(query.get("key"));
  const grantToken = await readOrderGrantToken(request);
  const order = await getOrderForBuyer(db, number, {
    userId: user?.id ?? null,
    accessKey,
    grantToken,
  });
  if (!order) throw notFound();
  // A guest without email keeps the number and this link: shown large (decision 0025).
  const savedLink =
    accessKey && !order.buyerEmail
      ? `${getConfig().siteUrl}/orders/${order.number}?${new URLSearchParams({ key: accessKey })}`
      : null;
  const t = makeT(lang);
  return data(
    {
      order,
      // Bank transfer: per shipment, its VietQR code and details while awaited.
      transfers: await buyerTransferPanels(db, order, lang),
      accessKey,
      savedLink,
      placed: query.get("placed") === "1",
      cancelled: query.get("cancelled") === "1",
      // Back from Stripe's page (success_url / cancel_url of the Checkout Session).
      returnedFromPayment: query.get("payment"),
      meta: { title: `${t("orders.view.title", { number: order.number })} · ${t("site.name")}` },
    },
    // The private key is in the address: keep the page out of caches and referrers.
    { headers: { ...NO_STORE, "Referrer-Policy": "same-origin" } },
  );
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

const cancelSchema = z.object({
  partId: idField("partId"),
  key: z.string().max(100).optional(),
});

export async function action(args: ActionFunctionArgs) {
  const { user, db, form } = await enterAction(args, "public");
  const number = parseOrderNumber(args.params.number);
  if (number === null) throw notFound();
  const parsed = cancelSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  const accessKey = keyFrom(parsed.data.key);
  const result = await transitionOrderPart(db, {
    partId: parsed.data.partId,
    orderNumber: number,
    to: "cancelled",
    actor: {
      kind: "buyer",
      userId: user?.id ?? null,
      accessKey,
      grantToken: await readOrderGrantToken(args.request),
    },
  });
  if (!result.ok && result.error === "notFound") throw notFound();
  const query = new URLSearchParams(accessKey ? { key: accessKey } : {});
  if (result.ok) query.set("cancelled", "1");
  return redirect(`/orders/${number}?${query}`, 303);
}

export default function OrderRoute() {
  const { t, lang } = useT();
  const { order, transfers, accessKey, savedLink, placed, cancelled, returnedFromPayment } =
    useLoaderData<typeof loader>();
  const waitingForStripe = order.cardPaymentStatus === "pending";
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">
        {t("orders.view.title", { number: order.number })}
      </h1>
      <div className="mt-4">
        {placed && (
          <FormAlert tone="info">
            {t(order.buyerEmail ? "orders.view.placed" : "orders.view.placedNoEmail")}
          </FormAlert>
        )}
        {cancelled && <FormAlert tone="info">{t("orders.view.cancelled")}</FormAlert>}
        {waitingForStripe && returnedFromPayment === "done" && (
          <FormAlert tone="info">{t("payments.view.returned")}</FormAlert>
        )}
        {waitingForStripe && returnedFromPayment === "cancelled" && (
          <FormAlert tone="info">{t("payments.view.leftCheckout")}</FormAlert>
        )}
      </div>
      {savedLink && <OrderSavedBox number={order.number} link={savedLink} />}
      <section className="mt-4 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
        <h2 className="text-lg font-bold">{t("orders.view.deliverTo")}</h2>
        <p className="mt-1">
          {order.buyerName} · {order.buyerPhone}
        </p>
        <p className="text-stone-700">
          {order.street}, {order.communeName}, {order.provinceName}
        </p>
        <p className="mt-2 text-sm text-stone-700" data-testid="order-payment">
          {order.cardPaymentStatus
            ? t(`payments.view.${order.cardPaymentStatus}`)
            : order.vnpayPaymentStatus
              ? t(`vnpay.view.${order.vnpayPaymentStatus}`)
              : order.paymentMethod === "transfer"
                ? t("transfer.checkout.label")
              : t("orders.view.payment")}
        </p>
      </section>
      {order.parts.map((part) => (
        <OrderPartCard key={part.id} part={part} accessKey={accessKey}>
          {transfers[part.id] && <TransferPanel transfer={transfers[part.id]!} />}
        </OrderPartCard>
      ))}
      <dl className="mt-6 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
        <dt>{t("orders.view.items")}</dt>
        <dd className="text-right">{formatVnd(lang, order.itemsTotalVnd)}</dd>
        <dt>{t("orders.view.shipping")}</dt>
        <dd className="text-right">{formatVnd(lang, order.shippingTotalVnd)}</dd>
        <dt className="text-lg font-bold">{t("orders.view.total")}</dt>
        <dd className="text-right text-lg font-bold" data-testid="order-total">
          {formatVnd(lang, order.totalVnd)}
        </dd>
      </dl>
    </div>
  );
}
