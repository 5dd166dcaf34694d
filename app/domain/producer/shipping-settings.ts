/**
 * The producer's shipping settings form: an optional free-shipping threshold in whole đồng
 * (empty: no free shipping). Messages are translation keys.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import { parseWholeNumber } from "../product/listing-schema";

export const FREE_SHIPPING_MIN_VND = 1_000;
export const FREE_SHIPPING_MAX_VND = 100_000_000;
export const SHIPPING_SETTINGS_FIELDS = ["freeShippingFromVnd"] as const;

const key = (k: MessageKey) => k;

export const shippingSettingsSchema = z.object({
  freeShippingFromVnd: z
    .string()
    .max(40, key("pws.error.freeShippingWhole"))
    .optional()
    .transform((raw, ctx) => {
      const v = raw?.trim() ?? "";
      if (v === "") return null;
      const n = parseWholeNumber(v);
      if (n === null) {
        ctx.addIssue({ code: "custom", message: key("pws.error.freeShippingWhole") });
        return z.NEVER;
      }
      if (n < FREE_SHIPPING_MIN_VND || n > FREE_SHIPPING_MAX_VND) {
        ctx.addIssue({ code: "custom", message: key("pws.error.freeShippingRange") });
        return z.NEVER;
      }
      return n;
    }),
});
export type ShippingSettings = z.infer<typeof shippingSettingsSchema>;
