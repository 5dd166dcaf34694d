/**
 * The producer's listing form as a zod schema. Messages are translation keys ("pws.error.…"),
 * so each field's problem is shown in the reader's language; the server decides.
 */
import { z } from "zod";
import { hasNoControl } from "../../lib/text";
import type { MessageKey } from "../../i18n/index";
import { alcoholPercentField } from "./alcohol";

const key = (k: MessageKey) => k;

export const PRICE_MIN = 1_000;
export const PRICE_MAX = 100_000_000;
export const STOCK_MAX = 100_000;
/** One unit as packed for the carrier, in grams (the database allows 1 g to 50 kg). */
export const WEIGHT_MIN_GRAMS = 1;
export const WEIGHT_MAX_GRAMS = 50_000;
export const UNIT_MAX = 60;
export const DESCRIPTION_MAX = 5_000;

/**
 * Whole đồng as people type it: "120000", "120.000" (Vietnamese grouping), "120,000" or
 * "120 000". Anything with a fractional part or other characters is not a price.
 */
export function parseWholeNumber(raw: string): number | null {
  const s = raw.trim().replace(/[\s\u00a0]/g, "");
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) digits = s.replace(/\./g, "");
  else if (/^\d{1,3}(,\d{3})+$/.test(s)) digits = s.replace(/,/g, "");
  if (digits === null || digits.length > 12) return null;
  return Number(digits);
}

function wholeNumber(messageKey: MessageKey, min: number, max: number, rangeKey: MessageKey) {
  return z
    .string({ required_error: messageKey })
    .max(40, messageKey)
    .transform((v, ctx) => {
      // A negative number is a number out of range, not a typo.
      if (/^\s*-\s*\d[\d.,\s]*$/.test(v) && parseWholeNumber(v.replace("-", "")) !== null) {
        ctx.addIssue({ code: "custom", message: rangeKey });
        return z.NEVER;
      }
      const n = parseWholeNumber(v);
      if (n === null) {
        ctx.addIssue({ code: "custom", message: messageKey });
        return z.NEVER;
      }
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: rangeKey });
        return z.NEVER;
      }
      return n;
    });
}

const optionalText = (max: number, tooLong: MessageKey) =>
  z
    .string()
    .max(max, tooLong)
    .refine(hasNoControl, tooLong)
    .optional()
    .transform((v) => {
      const t = v?.trim() ?? "";
      return t.length > 0 ? t : null;
    });

export const productEditSchema = z.object({
  priceVnd: wholeNumber(
    key("pws.error.priceWhole"),
    PRICE_MIN,
    PRICE_MAX,
    key("pws.error.priceRange"),
  ),
  stock: wholeNumber(key("pws.error.stockWhole"), 0, STOCK_MAX, key("pws.error.stockRange")),
  packedWeightGrams: wholeNumber(
    key("pws.error.weightWhole"),
    WEIGHT_MIN_GRAMS,
    WEIGHT_MAX_GRAMS,
    key("pws.error.weightRange"),
  ),
  /** % ABV, empty for a product without alcohol (decision 0027). */
  alcoholPercent: alcoholPercentField,
  unitVi: z
    .string({ required_error: key("pws.error.unitViRequired") })
    .trim()
    .min(1, key("pws.error.unitViRequired"))
    .max(UNIT_MAX, key("pws.error.unitTooLong"))
    .refine(hasNoControl, key("pws.error.unitTooLong")),
  unitEn: optionalText(UNIT_MAX, key("pws.error.unitTooLong")),
  descriptionVi: z
    .string({ required_error: key("pws.error.descriptionViRequired") })
    .trim()
    .min(1, key("pws.error.descriptionViRequired"))
    .max(DESCRIPTION_MAX, key("pws.error.descriptionTooLong")),
  descriptionEn: z
    .string()
    .max(DESCRIPTION_MAX, key("pws.error.descriptionTooLong"))
    .optional()
    .transform((v) => {
      const t = v?.trim() ?? "";
      return t.length > 0 ? t : null;
    }),
  listingStatus: z.enum(["listed", "unlisted"], {
    errorMap: () => ({ message: key("pws.error.listingStatus") }),
  }),
});

export type ProductEdit = z.infer<typeof productEditSchema>;
export const PRODUCT_EDIT_FIELDS = [
  "priceVnd",
  "stock",
  "packedWeightGrams",
  "alcoholPercent",
  "unitVi",
  "unitEn",
  "descriptionVi",
  "descriptionEn",
  "listingStatus",
] as const;
