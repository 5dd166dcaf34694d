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
import { CancelConfirmation, OrderTotals } from "~/components/storefront/order-totals";
import { TransferPanel } from "~/components/storefront/transfer-panel";
import { BUYER_CANCELLABLE, orderTotals } from "~/domain/order/lifecycle";
import {
  getOrderForBuyer,
  parseOrderNumber,
  transitionOrderPart,
} from "~/domain/order/orders.server";
import { partTimelinesForPage } from "~/domain/order/timeline.server";
import { buyerTransferPanels } from "~/domain/payment/transfer-view.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { idField } from "~/lib/params";
import { getConfig } from "~/infra/config.server";
import { readOrderGrantToken } from "~/web/order-grant-cookie.server";
import { byIntent, enter, enterAction, notFound, NO_STORE } from "~/web/route.server";
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
  const due = orderTotals(order.parts);
  // ?cancel=<part>: the confirmation page of the cancel (the button's target without JavaScript).
  const asked = Number(query.get("cancel"));
  const confirmCancel =
    order.parts.find((p) => p.id === asked && BUYER_CANCELLABLE.includes(p.status)) ?? null;
  return data(
    {
      order,
      // Bank transfer: per shipment, its VietQR code and details while awaited.
      transfers: await buyerTransferPanels(db, order, lang),
      due,
      timelines: await partTimelinesForPage(
        db,
        order.parts.map((p) => p.id),
        lang,
      ),
      confirmCancel: confirmCancel && {
        id: confirmCancel.id,
        producer: confirmCancel.producer.name,
        totalVnd: confirmCancel.totalVnd,
      },
      accessKey,
      savedLink,
      placed: query.get("placed") === "1",
      cancelled: query.get("cancelled") === "1",
      received: query.get("received") === "1",
      // Back from Stripe's page (success_url / cancel_url of the Checkout Session).
      returnedFromPayment: query.get("payment"),
      meta: { title: `${t("orders.view.title", { number: order.number })} · ${t("site.name")}` },
    },
    // The private key is in the address: keep the page out of caches and referrers.
    { headers: { ...NO_STORE, "Referrer-Policy": "same-origin" } },
  );
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

const partSchema = z.object({
  intent: z.enum(["cancel", "received"]),
  partId: idField("partId"),
  key: z.string().max(100).optional(),
});

export async function action(args: ActionFunctionArgs) {
  const { user, db, form } = await enterAction(args, "public");
  const number = parseOrderNumber(args.params.number);
  if (number === null) throw notFound();
  const parsed = partSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  const accessKey = keyFrom(parsed.data.key);
  // Cancel (before shipping) or confirm receipt (once shipped): the lifecycle says which fits.
  const to = byIntent(parsed.data.intent, {
    cancel: () => "cancelled" as const,
    received: () => "delivered" as const,
  });
  const result = await transitionOrderPart(db, {
    partId: parsed.data.partId,
    orderNumber: number,
    to,
    actor: {
      kind: "buyer",
      userId: user?.id ?? null,
      accessKey,
      grantToken: await readOrderGrantToken(args.request),
    },
  });
  if (!result.ok && result.error === "notFound") throw notFound();
  const query = new URLSearchParams(accessKey ? { key: accessKey } : {});
  // A repeated submit finds the move done already: the page shows the part as it is.
  if (result.ok) query.set(to === "cancelled" ? "cancelled" : "received", "1");
  return redirect(`/orders/${number}?${query}`, 303);
}

export default function OrderRoute() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const { order, due, timelines, confirmCancel, accessKey, placed, cancelled, received } = data;
  const { transfers, savedLink, returnedFromPayment } = data;
  const waitingForStripe = order.cardPaymentStatus === "pending";
  if (confirmCancel)
    return (
      <CancelConfirmation
        number={order.number}
        part={confirmCancel}
        totalAfterVnd={due.totalVnd - confirmCancel.totalVnd}
        accessKey={accessKey}
      />
    );
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
        {received && <FormAlert tone="info">{t("outcomes.received.done")}</FormAlert>}
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
        <OrderPartCard
          key={part.id}
          part={part}
          accessKey={accessKey}
          timeline={timelines[part.id] ?? []}
          totalAfterCancelVnd={due.totalVnd - part.totalVnd}
        >
          {transfers[part.id] && <TransferPanel transfer={transfers[part.id]!} />}
        </OrderPartCard>
      ))}
      <OrderTotals due={due} placedTotalVnd={order.totalVnd} />
    </div>
  );
}
