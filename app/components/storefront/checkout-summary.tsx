/** The checkout's summary: the cart's lines by producer and the subtotal (shipping comes later). */
import type { Cart } from "~/domain/cart/cart.server";
import { formatVnd, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function CheckoutSummary({ cart }: { cart: Pick<Cart, "groups" | "itemsTotalVnd"> }) {
  const { t, lang } = useT();
  return (
    <aside className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:mt-14 lg:self-start">
      <h2 className="text-lg font-bold">{t("orders.checkout.summary")}</h2>
      {cart.groups.map((g) => (
        <section key={g.producer.id} className="mt-4">
          <h3 className="text-sm font-semibold text-stone-700">
            {t("cart.from", { producer: g.producer.name })}
          </h3>
          <ul className="mt-1 text-sm">
            {g.lines.map((l) => (
              <li key={l.productId} className="flex justify-between gap-2">
                <span>
                  {pick(lang, l.nameVi, l.nameEn)} × {l.quantity}
                </span>
                <span>{formatVnd(lang, l.lineTotalVnd)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="mt-4 flex justify-between border-t border-stone-200 pt-3 font-bold">
        <span>{t("cart.subtotal")}</span>
        <span>{formatVnd(lang, cart.itemsTotalVnd)}</span>
      </p>
    </aside>
  );
}
