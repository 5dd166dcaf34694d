/**
 * One shipment of the buyer's order page: its producer, status and tracking, its items and
 * sums, its status timeline, the cancel button (with its confirmation) while the buyer may
 * still cancel it, and "I received it" once it is on its way. A cancelled or returned part
 * stays visible but says so in words and its sums are struck through: it is not paid for.
 */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { PartTimeline, type TimelineRow } from "~/components/order/part-timeline";
import { TrackingLink, carrierName } from "~/components/order/tracking-link";
import {
  BUYER_CANCELLABLE,
  countsTowardsTotal,
  isDeliveryFailureReason,
} from "~/domain/order/lifecycle";
import type { OrderView } from "~/domain/order/orders.server";
import { formatVnd, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { CancelPartButton } from "./cancel-part-dialog";

export function OrderPartCard({
  part,
  accessKey,
  children,
  timeline,
  totalAfterCancelVnd,
}: {
  part: OrderView["parts"][number];
  /** The private link's key, sent back with the cancel so a guest may cancel too. */
  accessKey: string | null;
  /** What the payment adds to this shipment (a bank transfer's VietQR code). */
  children?: ReactNode;
  timeline: TimelineRow[];
  /** The amount due if this part were cancelled (for the confirmation). */
  totalAfterCancelVnd: number;
}) {
  const { t, lang } = useT();
  const unpaid = !countsTowardsTotal(part.status);
  const Amount = ({ vnd, free }: { vnd: number; free?: boolean }) => {
    const text = free && vnd === 0 ? t("orders.view.free") : formatVnd(lang, vnd);
    return unpaid ? <s className="text-stone-500">{text}</s> : <>{text}</>;
  };
  return (
    <section
      data-testid="order-part"
      data-status={part.status}
      aria-labelledby={`part-${part.id}`}
      className={`mt-6 rounded-xl border bg-white p-5 shadow-sm ${unpaid ? "border-dashed border-stone-300" : "border-stone-200"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`part-${part.id}`} className="text-lg font-bold">
          {t("orders.view.shipment", { producer: part.producer.name })}
        </h2>
        <p
          className={`text-sm font-semibold ${unpaid ? "text-red-800" : "text-brand-800"}`}
          data-testid="part-status"
        >
          {t("orders.view.status")}: {t(`orders.status.${part.status}`)}
        </p>
      </div>
      {unpaid && (
        <p className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-900" data-testid="part-unpaid">
          <strong>{t(`orders.status.${part.status}`)}</strong>
          {" — "}
          {t("outcomes.part.notCounted")}
          {part.status === "cancelled" && part.cancelReason && (
            <span className="block">
              {t("orders.view.cancelReason")}: {part.cancelReason}
            </span>
          )}
        </p>
      )}
      {part.status === "delivery_failed" && isDeliveryFailureReason(part.deliveryFailureReason) && (
        <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {t("outcomes.part.failedBecause", {
            reason: t(`outcomes.failure.${part.deliveryFailureReason}`),
          })}
        </p>
      )}
      {(part.carrier || part.trackingNumber) && (
        <dl
          className="mt-3 grid gap-x-4 gap-y-1 rounded-lg bg-stone-50 p-3 text-sm sm:grid-cols-[max-content_1fr]"
          data-testid="part-details"
        >
          {part.carrier && (
            <>
              <dt className="font-medium text-stone-600">{t("orders.view.carrier")}</dt>
              <dd>{carrierName(part.carrier)}</dd>
            </>
          )}
          {part.trackingNumber && (
            <>
              <dt className="font-medium text-stone-600">{t("orders.view.tracking")}</dt>
              <dd>
                <TrackingLink carrier={part.carrier} trackingNumber={part.trackingNumber} />
              </dd>
            </>
          )}
        </dl>
      )}
      {part.refund && (
        <p
          className={`mt-3 rounded-lg p-3 text-sm font-semibold ${part.refund.status === "failed" ? "bg-red-50 text-red-800" : "bg-brand-50 text-brand-800"}`}
          data-testid="part-refund"
        >
          {t(`payments.refund.${part.refund.status}`, {
            amount: formatVnd(lang, part.refund.amountVnd),
          })}
        </p>
      )}
      <ul className="mt-3 text-sm">
        {part.items.map((item) => (
          <li
            key={item.productId}
            className="flex justify-between gap-2 border-t border-stone-100 py-2 first:border-t-0"
          >
            <span>
              {pick(lang, item.nameVi, item.nameEn)} · {pick(lang, item.unitVi, item.unitEn)} ×{" "}
              {item.quantity}
            </span>
            <Amount vnd={item.lineTotalVnd} />
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 border-t border-stone-200 pt-3 text-sm">
        <dt>{t("orders.view.items")}</dt>
        <dd className="text-right">
          <Amount vnd={part.itemsTotalVnd} />
        </dd>
        <dt>{t("orders.view.shipping")}</dt>
        <dd className="text-right">
          <Amount vnd={part.shippingFeeVnd} free />
        </dd>
        <dt className="font-semibold">{t("outcomes.part.total")}</dt>
        <dd className="text-right font-semibold" data-testid="part-total">
          <Amount vnd={part.totalVnd} />
        </dd>
      </dl>
      {children}
      <PartTimeline id={`timeline-${part.id}`} entries={timeline} />
      {part.status === "shipped" && (
        <Form method="post" className="mt-4">
          <input type="hidden" name="intent" value="received" />
          <input type="hidden" name="partId" value={part.id} />
          {accessKey && <input type="hidden" name="key" value={accessKey} />}
          <p className="mb-2 text-sm text-stone-700">{t("outcomes.received.hint")}</p>
          <button
            type="submit"
            className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
          >
            {t("outcomes.received.button")}
          </button>
        </Form>
      )}
      {BUYER_CANCELLABLE.includes(part.status) && (
        <CancelPartButton
          partId={part.id}
          producer={part.producer.name}
          partTotalVnd={part.totalVnd}
          totalAfterVnd={totalAfterCancelVnd}
          accessKey={accessKey}
        />
      )}
    </section>
  );
}
