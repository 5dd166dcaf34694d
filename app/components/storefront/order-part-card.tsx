/**
 * One shipment of the buyer's order page: its producer, status and tracking, its items and
 * sums, and the cancel button while the buyer may still cancel it.
 */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { BUYER_CANCELLABLE } from "~/domain/order/lifecycle";
import type { OrderView } from "~/domain/order/orders.server";
import { formatVnd, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function OrderPartCard({
  part,
  accessKey,
  children,
}: {
  part: OrderView["parts"][number];
  /** The private link's key, sent back with the cancel so a guest may cancel too. */
  accessKey: string | null;
  /** What the payment adds to this shipment (a bank transfer's VietQR code). */
  children?: ReactNode;
}) {
  const { t, lang } = useT();
  return (
    <section
      data-testid="order-part"
      aria-labelledby={`part-${part.id}`}
      className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`part-${part.id}`} className="text-lg font-bold">
          {t("orders.view.shipment", { producer: part.producer.name })}
        </h2>
        <p className="text-sm font-semibold text-brand-800">
          {t("orders.view.status")}: {t(`orders.status.${part.status}`)}
        </p>
      </div>
      {(part.carrier || part.trackingNumber || part.cancelReason) && (
        <dl
          className="mt-3 grid gap-x-4 gap-y-1 rounded-lg bg-stone-50 p-3 text-sm sm:grid-cols-[max-content_1fr]"
          data-testid="part-details"
        >
          {part.carrier && (
            <>
              <dt className="font-medium text-stone-600">{t("orders.view.carrier")}</dt>
              <dd>{part.carrier}</dd>
            </>
          )}
          {part.trackingNumber && (
            <>
              <dt className="font-medium text-stone-600">{t("orders.view.tracking")}</dt>
              <dd className="font-mono break-all">{part.trackingNumber}</dd>
            </>
          )}
          {part.status === "cancelled" && part.cancelReason && (
            <>
              <dt className="font-medium text-stone-600">{t("orders.view.cancelReason")}</dt>
              <dd>{part.cancelReason}</dd>
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
            <span>{formatVnd(lang, item.lineTotalVnd)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 border-t border-stone-200 pt-3 text-sm">
        <dt>{t("orders.view.items")}</dt>
        <dd className="text-right">{formatVnd(lang, part.itemsTotalVnd)}</dd>
        <dt>{t("orders.view.shipping")}</dt>
        <dd className="text-right">
          {part.shippingFeeVnd === 0 ? t("orders.view.free") : formatVnd(lang, part.shippingFeeVnd)}
        </dd>
      </dl>
      {children}
      {BUYER_CANCELLABLE.includes(part.status) && (
        <Form method="post" className="mt-3">
          <input type="hidden" name="partId" value={part.id} />
          {accessKey && <input type="hidden" name="key" value={accessKey} />}
          <button type="submit" className="min-h-11 text-sm font-semibold text-red-700 underline">
            {t("orders.view.cancel")}
          </button>
        </Form>
      )}
    </section>
  );
}
