/**
 * The administrator's payout form. Messages are translation keys. Whether the amount is
 * what is owed, and the date after the month, is checked by payouts.server.ts.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";

const key = (k: MessageKey) => k;

export const PAYOUT_FIELDS = ["paidOn", "bankReference", "amountVnd"] as const;

export const payoutFormSchema = z.object({
  paidOn: z
    .string({ required_error: key("settle.error.paidOn") })
    .trim()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, key("settle.error.paidOn"))
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), key("settle.error.paidOn")),
  bankReference: z
    .string({ required_error: key("settle.error.bankReference") })
    .trim()
    .min(3, key("settle.error.bankReference"))
    .max(64, key("settle.error.bankReference"))
    .regex(/^[\p{L}\p{N} ._/#:-]+$/u, key("settle.error.bankReference")),
  /**
   * Whole đồng; groups of three may be separated by dots, commas or spaces ("12.345.000",
   * "12,345,000", "12 345 000"); anything else with a separator (e.g. "1000,5") is refused.
   */
  amountVnd: z
    .string({ required_error: key("settle.error.amount") })
    .trim()
    .transform((v) => v.replace(/\s*(₫|đ|VND)$/i, "").replace(/\s/g, ""))
    .transform((v) => (/^[0-9]{1,3}([.,][0-9]{3})+$/.test(v) ? v.replace(/[.,]/g, "") : v))
    .pipe(z.string().regex(/^[0-9]{1,13}$/, key("settle.error.amount")))
    .transform((v) => Number(v))
    .refine((v) => v > 0, key("settle.error.amount")),
});

export type PayoutInput = z.infer<typeof payoutFormSchema>;
