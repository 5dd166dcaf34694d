/**
 * An order part as the producer sees it: where it goes (buyer, phone, address, payment, the
 * shipment or the cancel reason) and what is in it, with its totals.
 */
import { paymentKey } from "~/components/producer-order-status";
import type { ProducerOrderDetail } from "~/domain/order/shipments.server";
import { formatVnd, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { telHref } from "~/lib/tel-href";
import { carrierName, TrackingLink } from "~/components/order/tracking-link";
import { countsTowardsTotal, isDeliveryFailureReason } from "~/domain/order/lifecycle";

type Part = Omit<ProducerOrderDetail, "createdAt" | "events">;

export function OrderPartDelivery({ part, placedAt }: { part: Part; placedAt: string }) {
  const { t } = useT();
  return (
    <section
      aria-labelledby="deliver-heading"
      className="min-w-0 rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:col-start-1"
    >
      <h2 id="deliver-heading" className="text-lg font-bold">
        {t("pws.order.deliverTo")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-sm font-medium text-stone-600">{t("pws.order.buyer")}</dt>
        <dd className="font-semibold">{part.buyerName}</dd>
        <dt className="text-sm font-medium text-stone-600">{t("pws.order.phone")}</dt>
        <dd>
          <a
            href={telHref(part.buyerPhone)}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {part.buyerPhone}
          </a>
        </dd>
        <dt className="text-sm font-medium text-stone-600">{t("pws.order.address")}</dt>
        <dd>
          {part.street}, {part.communeName}, {part.provinceName}
        </dd>
        <dt className="text-sm font-medium text-stone-600">{t("pws.order.placedAt")}</dt>
        <dd>{placedAt}</dd>
        <dt className="text-sm font-medium text-stone-600">{t("pws.order.payment")}</dt>
        <dd>{t(paymentKey(part.cardPaymentStatus, part.vnpayPaymentStatus))}</dd>
      </dl>
      {part.status !== "placed" &&
      part.status !== "confirmed" &&
      part.carrier &&
      part.trackingNumber ? (
        <p
          className="mt-3 rounded-lg bg-brand-50 p-3 text-sm text-brand-900"
          data-testid="shipment"
        >
          {t("pws.outcome.ship.sentWith", { carrier: carrierName(part.carrier) ?? "" })}{" "}
          <TrackingLink carrier={part.carrier} trackingNumber={part.trackingNumber} />
        </p>
      ) : null}
      {isDeliveryFailureReason(part.deliveryFailureReason) &&
        (part.status === "delivery_failed" || part.status === "returned") && (
          <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
            {t("outcomes.part.failedBecause", {
              reason: t(`outcomes.failure.${part.deliveryFailureReason}`),
            })}
          </p>
        )}
      {part.status === "returned" && part.restocked !== null && (
        <p
          className="mt-3 rounded-lg bg-stone-100 p-3 text-sm text-stone-800"
          data-testid="restocked"
        >
          {t(part.restocked ? "pws.outcome.return.restocked" : "pws.outcome.return.notRestocked")}
        </p>
      )}
      {part.status === "cancelled" && part.cancelReason && (
        <p className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-900">
          {t("pws.order.cancelledBecause", { reason: part.cancelReason })}
        </p>
      )}
    </section>
  );
}

export function OrderPartItems({
  part,
}: {
  part: Pick<Part, "items" | "itemsTotalVnd" | "shippingFeeVnd" | "totalVnd" | "status">;
}) {
  const { t, lang } = useT();
  const unpaid = !countsTowardsTotal(part.status);
  return (
    <section
      aria-labelledby="items-heading"
      className="min-w-0 rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:col-start-1"
    >
      <h2 id="items-heading" className="text-lg font-bold">
        {t("pws.order.itemsHeading")}
      </h2>
      <ul className="mt-2 text-sm">
        {part.items.map((item) => (
          <li
            key={item.productId}
            className="flex justify-between gap-3 border-t border-stone-100 py-2 first:border-t-0"
          >
            <span>
              <span className="font-medium">{pick(lang, item.nameVi, item.nameEn)}</span> ·{" "}
              {pick(lang, item.unitVi, item.unitEn)} × {item.quantity}
            </span>
            <span className="shrink-0 tabular-nums">{formatVnd(lang, item.lineTotalVnd)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-stone-200 pt-3 text-sm">
        <dt>{t("pws.order.itemsTotal")}</dt>
        <dd className="text-right tabular-nums">{formatVnd(lang, part.itemsTotalVnd)}</dd>
        <dt>{t("pws.order.shipping")}</dt>
        <dd className="text-right tabular-nums">
          {part.shippingFeeVnd === 0 ? t("pws.order.free") : formatVnd(lang, part.shippingFeeVnd)}
        </dd>
        <dt className="font-bold">{t("pws.order.total")}</dt>
        <dd className="text-right font-bold tabular-nums" data-testid="part-total">
          {unpaid ? <s>{formatVnd(lang, part.totalVnd)}</s> : formatVnd(lang, part.totalVnd)}
        </dd>
        {unpaid && (
          <dd className="col-span-2 text-sm font-semibold text-red-800">
            {t(`orders.status.${part.status}`)} — {t("pws.outcome.notCounted")}
          </dd>
        )}
      </dl>
    </section>
  );
}

export function OrderPartHistory({
  events,
}: {
  events: {
    at: string;
    to: ProducerOrderDetail["status"];
    actor: ProducerOrderDetail["events"][number]["actor"];
    details: ProducerOrderDetail["events"][number]["details"];
  }[];
}) {
  const { t } = useT();
  return (
    <section aria-labelledby="history-heading" className="min-w-0 lg:col-start-1">
      <h2 id="history-heading" className="text-lg font-bold">
        {t("pws.order.historyHeading")}
      </h2>
      <ol className="mt-2 space-y-1 border-l-2 border-stone-200 pl-4 text-sm">
        {events.map((e, i) => (
          <li key={i}>
            <span className="text-stone-600">{e.at}</span> ·{" "}
            {t("pws.order.eventBy", {
              status: t(`orders.status.${e.to}`),
              actor: t(`pws.order.actor.${e.actor}`),
            })}
            {e.details?.reason && (
              <span className="text-stone-700">
                {" "}
                ·{" "}
                {isDeliveryFailureReason(e.details.reason) && e.to === "delivery_failed"
                  ? t(`outcomes.failure.${e.details.reason}`)
                  : e.details.reason}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
