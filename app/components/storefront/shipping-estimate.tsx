/**
 * Shipping estimates outside the checkout: one producer's parcel in the cart, and the product
 * page's "shipping from …, delivered in 2–4 days" line. Both say which province they are for.
 */
import type { ShipmentEstimate } from "~/domain/order/quote.server";
import { formatVnd } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function CartShippingEstimate({
  estimate,
  provinceNames,
}: {
  estimate: ShipmentEstimate | undefined;
  provinceNames: Record<string, string>;
}) {
  const { t, lang } = useT();
  if (!estimate) return null;
  return (
    <p className="mt-3 text-sm text-stone-700" data-testid="cart-shipping-estimate">
      {t("shipping.cartEstimate", {
        province: provinceNames[estimate.provinceCode] ?? estimate.provinceCode,
        fee: estimate.freeShipping ? t("shipping.free") : formatVnd(lang, estimate.feeVnd),
        min: estimate.estimateDays.min,
        max: estimate.estimateDays.max,
      })}
    </p>
  );
}

export type ProductShipping = {
  provinceName: string;
  /** For one unit, before any threshold: the lowest fee this product ships for. */
  feeVnd: number;
  estimateDays: { min: number; max: number };
  freeShippingFromVnd: number | null;
};

export function ProductShippingLine({ shipping }: { shipping: ProductShipping }) {
  const { t, lang } = useT();
  const common = {
    fee: formatVnd(lang, shipping.feeVnd),
    min: shipping.estimateDays.min,
    max: shipping.estimateDays.max,
    province: shipping.provinceName,
  };
  return (
    <p className="mt-3 text-sm text-stone-700" data-testid="product-shipping">
      {shipping.freeShippingFromVnd === null
        ? t("shipping.productLine", common)
        : t("shipping.productLineFree", {
            ...common,
            amount: formatVnd(lang, shipping.freeShippingFromVnd),
          })}{" "}
      <span className="text-stone-500">{t("shipping.productChange")}</span>
    </p>
  );
}
