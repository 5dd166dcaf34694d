import { z } from "zod";
import type { MessageKey } from "../../i18n/index";

/**
 * Law 44/2019/QH14 on preventing and controlling harms of alcohol (decision 0027,
 * docs/ocop-rules.md "Alcohol"). Strength is % by volume (art. 2 §4). Selling, supplying or
 * promoting alcohol to a person under 18 is prohibited (art. 5 §3); advertising a spirit of
 * 15% or more is prohibited (art. 5 §7; also Law on Advertising 16/2012/QH13 art. 7 §3). So a
 * drink of 15% or more: the checkout asks for the buyer's age, featured slots and fair or
 * showroom catalogues leave it out, and free-shipping offers do not cover it. Listing it in
 * the catalogue and in search is not advertising: it stays findable.
 */
export const AGE_RESTRICTED_FROM_PERCENT = 15;

/** Whether a product of this strength (% ABV, null for no alcohol) falls under the rules above. */
export function isAgeRestricted(alcoholPercent: number | string | null | undefined): boolean {
  if (alcoholPercent === null || alcoholPercent === undefined || alcoholPercent === "")
    return false;
  return Number(alcoholPercent) >= AGE_RESTRICTED_FROM_PERCENT;
}

const rangeKey: MessageKey = "alcohol.error.range";

/**
 * The strength as typed in a form: empty is null (no alcohol); "40", "12.5", "12,5" or "40%"
 * is a number from 0 to 100 with at most one decimal; anything else names the field.
 */
export const alcoholPercentField = z
  .string()
  .max(10, rangeKey)
  .optional()
  .transform((v, ctx) => {
    const s = (v ?? "").trim().replace(/\s*%$/, "");
    if (s === "") return null;
    if (!/^\d{1,3}([.,]\d)?$/.test(s)) {
      ctx.addIssue({ code: "custom", message: rangeKey });
      return z.NEVER;
    }
    const n = Number(s.replace(",", "."));
    if (n > 100) {
      ctx.addIssue({ code: "custom", message: rangeKey });
      return z.NEVER;
    }
    return n;
  });

/** The stored strength as the form shows it again ("40", "12.5"); empty for none. */
export function alcoholPercentInput(alcoholPercent: number | null | undefined): string {
  return alcoholPercent === null || alcoholPercent === undefined ? "" : String(alcoholPercent);
}

/** "40", "12.5": the strength as the product page prints it, without trailing ".0". */
export function formatAlcoholPercent(alcoholPercent: number, locale: "vi" | "en"): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(alcoholPercent);
}

/** The official's one-field form (admin product page). */
export const alcoholSchema = z.object({ alcoholPercent: alcoholPercentField });
