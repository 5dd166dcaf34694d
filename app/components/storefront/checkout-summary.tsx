/**
 * The checkout's summary. Before a province is chosen: the cart's lines by producer and the
 * subtotal, and a word that shipping follows the province. Once chosen: the server's quote,
 * per parcel its items, weight, shipping fee and delivery estimate, then the grand total —
 * exactly what placing the order will charge, or the order is refused.
 */
import type { Cart } from "~/domain/cart/cart.server";
import type { CheckoutQuote } from "~/domain/order/quote.server";
import { formatVnd, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { formatWeight } from "./shipping-text";

export function CheckoutSummary({
  cart,
  quote,
  provinceName,
}: {
  cart: Pick<Cart, "groups" | "itemsTotalVnd">;
  quote: CheckoutQuote | null;
  provinceName: string | null;
}) {
  const { t, lang } = useT();
  const row = "flex justify-between gap-2";
  return (
    <aside
      aria-labelledby="checkout-summary"
      aria-live="polite"
      data-testid="checkout-summary"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:mt-14 lg:self-start"
    >
      <h2 id="checkout-summary" className="text-lg font-bold">
        {t("orders.checkout.summary")}
      </h2>
      {quote && provinceName && (
        <p className="mt-1 text-sm text-stone-700">
          {t("shipping.checkout.shipTo", { province: provinceName })}
        </p>
      )}
      {quote
        ? quote.shipments.map((s) => (
            <section
              key={s.producer.id}
              className="mt-4 border-t border-stone-100 pt-3"
              data-testid="checkout-shipment"
            >
              <h3 className="text-sm font-semibold text-stone-800">
                {t("orders.view.shipment", { producer: s.producer.name })}
              </h3>
              <ul className="mt-1 text-sm">
                {s.lines.map((l) => (
                  <li key={l.productId} className={row}>
                    <span>
                      {pick(lang, l.nameVi, l.nameEn)} × {l.quantity}
                    </span>
                    <span className="shrink-0">{formatVnd(lang, l.lineTotalVnd)}</span>
                  </li>
                ))}
              </ul>
              <p className={`${row} mt-1 text-sm`} data-testid="shipment-fee">
                <span>
                  {t("shipping.feeWeight", { weight: formatWeight(lang, s.weightGrams) })}
                </span>
                <span className="shrink-0">
                  {s.freeShipping ? t("shipping.free") : formatVnd(lang, s.feeVnd)}
                </span>
              </p>
              <p className="text-xs text-stone-600">
                {t("shipping.estimate", { min: s.estimateDays.min, max: s.estimateDays.max })} ·{" "}
                {t(`shipping.zone.${s.zone}`)}
                {s.freeShippingFromVnd !== null && !s.freeShipping && (
                  <>
                    {" · "}
                    {t("shipping.freeFrom", { amount: formatVnd(lang, s.freeShippingFromVnd) })}
                  </>
                )}
              </p>
              {s.alcoholExcluded && (
                <p className="mt-1 text-xs text-amber-900" data-testid="shipment-alcohol-excluded">
                  {s.alcoholExcluded.charged
                    ? t("alcohol.shipping.excludedCharged", {
                        weight: formatWeight(lang, s.alcoholExcluded.weightGrams),
                      })
                    : t("alcohol.shipping.excluded", {
                        amount: formatVnd(lang, s.alcoholExcluded.itemsTotalVnd),
                      })}
                </p>
              )}
              <p className={`${row} mt-1 text-sm font-semibold`}>
                <span>{t("shipping.checkout.shipmentTotal")}</span>
                <span className="shrink-0">{formatVnd(lang, s.totalVnd)}</span>
              </p>
            </section>
          ))
        : cart.groups.map((g) => (
            <section key={g.producer.id} className="mt-4">
              <h3 className="text-sm font-semibold text-stone-700">
                {t("cart.from", { producer: g.producer.name })}
              </h3>
              <ul className="mt-1 text-sm">
                {g.lines.map((l) => (
                  <li key={l.productId} className={row}>
                    <span>
                      {pick(lang, l.nameVi, l.nameEn)} × {l.quantity}
                    </span>
                    <span className="shrink-0">{formatVnd(lang, l.lineTotalVnd)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      {quote ? (
        <div className="mt-4 border-t border-stone-200 pt-3 text-sm">
          <p className={row}>
            <span>{t("cart.subtotal")}</span>
            <span>{formatVnd(lang, quote.itemsTotalVnd)}</span>
          </p>
          <p className={row}>
            <span>{t("shipping.checkout.shippingTotal")}</span>
            <span>{formatVnd(lang, quote.shippingTotalVnd)}</span>
          </p>
          <p className={`${row} mt-2 text-base font-bold`} data-testid="checkout-total">
            <span>{t("shipping.checkout.total")}</span>
            <span>{formatVnd(lang, quote.totalVnd)}</span>
          </p>
          {quote.hasProblems && (
            <p className="mt-2 text-xs text-stone-600">{t("shipping.checkout.problemsLeftOut")}</p>
          )}
        </div>
      ) : (
        <>
          <p className={`${row} mt-4 border-t border-stone-200 pt-3 font-bold`}>
            <span>{t("cart.subtotal")}</span>
            <span>{formatVnd(lang, cart.itemsTotalVnd)}</span>
          </p>
          <p className="mt-2 text-sm text-stone-600">{t("shipping.checkout.chooseProvince")}</p>
        </>
      )}
    </aside>
  );
}
