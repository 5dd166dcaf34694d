/**
 * A shipment's status timeline for the buyer: each move from order_events, oldest first, with
 * its time in Vietnam (formatted by the loader), the carrier and tracking number of the
 * shipment, and the reason of a cancel or a failed delivery.
 */
import type { OrderActorKind, OrderPartStatus } from "~/domain/order/lifecycle";
import { isDeliveryFailureReason } from "~/domain/order/lifecycle";
import { useT } from "~/i18n/use-t";
import { carrierName, TrackingLink } from "./tracking-link";

export type TimelineRow = {
  status: OrderPartStatus;
  actor: OrderActorKind;
  /** Shown, in Vietnam time. */
  at: string;
  /** The same instant for machines (ISO 8601), the <time> element's datetime. */
  iso: string;
  carrier: string | null;
  trackingNumber: string | null;
  reason: string | null;
  restocked: boolean | null;
};

export function PartTimeline({ id, entries }: { id: string; entries: TimelineRow[] }) {
  const { t } = useT();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-4" data-testid="part-timeline">
      <h3 id={id} className="text-sm font-bold text-stone-800">
        {t("outcomes.timeline.heading")}
      </h3>
      <ol className="mt-2 space-y-2 border-l-2 border-stone-200 pl-4 text-sm">
        {entries.map((e, i) => (
          <li key={i} className="relative">
            <span
              aria-hidden="true"
              className={`absolute top-1.5 -left-[1.3rem] h-2.5 w-2.5 rounded-full ${e.status === "cancelled" || e.status === "delivery_failed" || e.status === "returned" ? "bg-red-600" : "bg-brand-600"}`}
            />
            <span className="font-semibold">{t(`orders.status.${e.status}`)}</span>
            <span className="text-stone-600">
              {" "}
              · <time dateTime={e.iso}>{e.at}</time> · {t(`outcomes.actor.${e.actor}`)}
            </span>
            {e.status === "shipped" && e.trackingNumber && (
              <span className="block">
                {t("outcomes.timeline.shippedWith", { carrier: carrierName(e.carrier) ?? "" })}{" "}
                <TrackingLink carrier={e.carrier} trackingNumber={e.trackingNumber} />
              </span>
            )}
            {e.reason && (
              <span className="block text-stone-700">
                {t("outcomes.timeline.reason")}:{" "}
                {e.status === "delivery_failed" && isDeliveryFailureReason(e.reason)
                  ? t(`outcomes.failure.${e.reason}`)
                  : e.reason}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
