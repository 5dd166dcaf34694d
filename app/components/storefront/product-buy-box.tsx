/** A product's price, whether it is in stock, and the form that puts it in the cart. */
import { Form } from "@remix-run/react";
import type { ProductPageVisible } from "~/domain/catalog/catalog.server";
import { formatAlcoholPercent, isAgeRestricted } from "~/domain/product/alcohol";
import { formatVnd } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function ProductBuyBox({
  product,
  unit,
}: {
  product: Pick<ProductPageVisible["product"], "id" | "priceVnd" | "stock" | "alcoholPercent">;
  unit: string;
}) {
  const { t, lang } = useT();
  const inStock = product.stock > 0;
  return (
    <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="sr-only">{t("catalog.product.price")}: </span>
        <span className="text-3xl font-bold text-brand-700">
          {formatVnd(lang, product.priceVnd)}
        </span>
        <span className="text-stone-700">/ {unit}</span>
      </p>
      {product.alcoholPercent !== null && (
        <p className="mt-1 text-sm font-medium text-stone-800" data-testid="product-alcohol">
          {t("alcohol.strength", {
            percent: formatAlcoholPercent(product.alcoholPercent, lang),
          })}
        </p>
      )}
      {isAgeRestricted(product.alcoholPercent) && (
        <div
          className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-stone-800"
          data-testid="product-age-notice"
        >
          <p className="font-semibold">{t("alcohol.notice")}</p>
          <p className="mt-1">{t("alcohol.noticeNoPromotion")}</p>
        </div>
      )}
      <p
        className={`mt-3 inline-flex items-center gap-2 text-sm font-semibold ${inStock ? "text-brand-800" : "text-red-700"}`}
      >
        <span
          aria-hidden="true"
          className={`h-2.5 w-2.5 rounded-full ${inStock ? "bg-brand-500" : "bg-red-600"}`}
        />
        {inStock ? t("catalog.product.inStock") : t("catalog.product.outOfStock")}
      </p>
      {inStock && (
        <Form method="post" action="/cart" className="mt-4 flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="add" />
          <input type="hidden" name="productId" value={product.id} />
          <label htmlFor="add-quantity" className="text-sm text-stone-700">
            {t("cart.quantity")}
            <input
              id="add-quantity"
              name="quantity"
              type="number"
              min={1}
              max={Math.min(99, product.stock)}
              defaultValue={1}
              className="mt-1 block min-h-12 w-24 rounded-lg border border-stone-300 px-3"
            />
          </label>
          <button
            type="submit"
            className="min-h-12 rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
          >
            {t("cart.add")}
          </button>
        </Form>
      )}
    </div>
  );
}
