/**
 * One line of the cart: the product, its unit price, what stops it being bought (if anything),
 * its quantity form, the remove button and the line's total.
 */
import { Form, Link } from "@remix-run/react";
import type { CartLine } from "~/domain/cart/cart.server";
import { CART_QUANTITY_MAX } from "~/domain/order/checkout-schema";
import { formatVnd, pick, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";

function problemText(t: T, line: CartLine): string | null {
  if (line.problem === "unavailable") return t("cart.problem.unavailable");
  if (line.problem === "outOfStock") return t("cart.problem.outOfStock");
  if (line.problem === "insufficientStock")
    return t("cart.problem.insufficientStock", { stock: line.stock });
  return null;
}

export function CartLineItem({ line }: { line: CartLine }) {
  const { t, lang } = useT();
  const name = pick(lang, line.nameVi, line.nameEn);
  const problem = problemText(t, line);
  const qtyId = `qty-${line.productId}`;
  return (
    <li className="flex flex-col gap-3 border-t border-stone-200 py-4 first:border-t-0 sm:flex-row sm:items-center">
      <div className="flex-1">
        <Link
          to={`/products/${line.slug}`}
          className="font-semibold text-stone-900 underline-offset-2 hover:underline"
        >
          {name}
        </Link>
        <p className="text-sm text-stone-700">
          {pick(lang, line.unitVi, line.unitEn)} · {t("cart.unitPrice")}:{" "}
          {formatVnd(lang, line.priceVnd)}
        </p>
        {problem && (
          <p
            role="alert"
            className="mt-1 text-sm font-semibold text-red-700"
            data-problem={line.problem}
          >
            {problem}
          </p>
        )}
      </div>
      <Form method="post" className="flex items-end gap-2">
        <input type="hidden" name="intent" value="set" />
        <input type="hidden" name="productId" value={line.productId} />
        <label htmlFor={qtyId} className="text-sm text-stone-700">
          {t("cart.quantity")}
          <input
            id={qtyId}
            name="quantity"
            type="number"
            min={1}
            max={CART_QUANTITY_MAX}
            defaultValue={line.quantity}
            className="mt-1 block min-h-11 w-20 rounded-lg border border-stone-300 px-2"
          />
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-lg border border-stone-300 px-3 text-sm font-semibold"
        >
          {t("cart.update")}
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="productId" value={line.productId} />
        <button
          type="submit"
          className="min-h-11 px-2 text-sm font-semibold text-red-700 underline"
        >
          {t("cart.remove")}
        </button>
      </Form>
      <p className="w-32 text-right font-semibold sm:text-base">
        <span className="sr-only">{t("cart.lineTotal")}: </span>
        {formatVnd(lang, line.lineTotalVnd)}
      </p>
    </li>
  );
}
