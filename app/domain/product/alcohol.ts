import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Law 44/2019/QH14 on preventing and controlling harms of alcohol (decision 0027,
 * docs/ocop-rules.md "Alcohol"). A drink of 15% alcohol by volume or more may not be
 * advertised or promoted (art. 10 §1, art. 11 §1) and may not be sold to a person under 18
 * (art. 5 §5): the checkout asks for an age confirmation, featured slots and printed
 * catalogues leave it out, and free-shipping offers do not cover it. Listing it in the
 * catalogue and in search is not advertising: it stays findable.
 */
export const AGE_RESTRICTED_FROM_PERCENT = 15;

/** Whether a product of this strength (% ABV, null for no alcohol) falls under the rules above. */
export function isAgeRestricted(alcoholPercent: number | string | null | undefined): boolean {
  if (alcoholPercent === null || alcoholPercent === undefined || alcoholPercent === "") return false;
  return Number(alcoholPercent) >= AGE_RESTRICTED_FROM_PERCENT;
}

/** SQL twin of `!isAgeRestricted`: the product may be featured or promoted. */
export function promotableCondition(column: AnyPgColumn): SQL {
  return sql`(${column} is null or ${column} < ${AGE_RESTRICTED_FROM_PERCENT})`;
}

/** "40", "12.5": the strength as the product page prints it, without trailing ".0". */
export function formatAlcoholPercent(alcoholPercent: number, locale: "vi" | "en"): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(alcoholPercent);
}
