/**
 * "On show at": the fairs and showrooms whose catalogue holds a product, on its page.
 */
import { Link } from "@remix-run/react";
import { PROMOTION_PATHS } from "~/domain/promotion/schemas";
import { pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { formatDateRange } from "./date-range";

export type ProductPromotionItem = {
  kind: "fair" | "showroom";
  slug: string;
  nameVi: string;
  nameEn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  code: string | null;
};

export function ProductPromotions({ items }: { items: readonly ProductPromotionItem[] }) {
  const { t, lang } = useT();
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="product-promotions"
      className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
    >
      <h2 id="product-promotions" className="font-bold text-stone-900">
        {t("promo.product.title")}
      </h2>
      <ul className="mt-2 divide-y divide-stone-100">
        {items.map((p) => (
          <li key={`${p.kind}-${p.slug}`}>
            <Link
              to={`${PROMOTION_PATHS[p.kind].public}/${p.slug}`}
              className="flex min-h-11 flex-col justify-center py-2 hover:bg-rice-50"
            >
              <span className="font-medium text-brand-800">{pick(lang, p.nameVi, p.nameEn)}</span>
              <span className="text-sm text-stone-600">
                {p.kind === "fair" && p.startsOn && p.endsOn
                  ? formatDateRange(lang, p.startsOn, p.endsOn)
                  : t("promo.product.showroom")}
                {p.code &&
                  ` · ${t(p.kind === "fair" ? "promo.booth" : "promo.shelf", { code: p.code })}`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
