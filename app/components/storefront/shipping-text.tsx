/** Small pieces of shipping wording shared by the product page, the cart and the checkout. */
import type { Lang } from "~/i18n";
import { translate } from "~/i18n";

/** "700 g", "1,4 kg" (vi) / "1.4 kg" (en): one decimal above a kilogram. */
export function formatWeight(lang: Lang, grams: number): string {
  if (grams < 1000) return translate(lang, "shipping.weight.g", { g: grams });
  const kg = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(grams / 1000);
  return translate(lang, "shipping.weight.kg", { kg });
}
