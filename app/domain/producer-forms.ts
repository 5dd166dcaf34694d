/**
 * The producer workspace's forms as zod schemas. Messages are translation keys ("pws.error.…"),
 * so each field's problem is shown in the reader's language; the server decides.
 */
import { z } from "zod";
import type { MessageKey } from "../i18n";
import type { OrderPartStatus } from "../../db/schema";
import { parseIsoDate, parsePage } from "../lib/params";

const key = (k: MessageKey) => k;

// Spelled out here (not imported from the schema) so pages may import this file without drizzle.
export const PART_STATUSES = [
  "placed",
  "confirmed",
  "shipped",
  "delivered",
  "cancelled",
] as const satisfies readonly OrderPartStatus[];

export const PRICE_MIN = 1_000;
export const PRICE_MAX = 100_000_000;
export const STOCK_MAX = 100_000;
export const UNIT_MAX = 60;
export const DESCRIPTION_MAX = 5_000;
export const CARRIER_MAX = 60;
export const TRACKING_MAX = 40;
export const REASON_MIN = 5;
export const REASON_MAX = 500;

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

/** No control characters other than tab and line breaks (they break CSV files and logs). */
function hasNoControl(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return false;
  }
  return true;
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
  "unitVi",
  "unitEn",
  "descriptionVi",
  "descriptionEn",
  "listingStatus",
] as const;

export const shipSchema = z.object({
  carrier: z
    .string({ required_error: key("pws.error.carrierRequired") })
    .trim()
    .min(2, key("pws.error.carrierRequired"))
    .max(CARRIER_MAX, key("pws.error.carrierTooLong"))
    .refine(hasNoControl, key("pws.error.carrierTooLong")),
  trackingNumber: z
    .string({ required_error: key("pws.error.trackingRequired") })
    .trim()
    .min(1, key("pws.error.trackingRequired"))
    .max(TRACKING_MAX, key("pws.error.trackingInvalid"))
    // What carriers print: letters, digits and a few separators.
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]{3,}$/, key("pws.error.trackingInvalid")),
});

export const cancelSchema = z.object({
  reason: z
    .string({ required_error: key("pws.error.reasonRequired") })
    .trim()
    .min(REASON_MIN, key("pws.error.reasonRequired"))
    .max(REASON_MAX, key("pws.error.reasonTooLong"))
    .refine(hasNoControl, key("pws.error.reasonTooLong")),
});

/** Carriers most Vietnamese shops use: offered as suggestions, any name is accepted. */
export const COMMON_CARRIERS = [
  "Viettel Post",
  "VNPost",
  "Giao Hàng Nhanh (GHN)",
  "Giao Hàng Tiết Kiệm (GHTK)",
  "J&T Express",
  "Ninja Van",
  "Best Express",
  "SPX Express",
] as const;

export type OrderFilter = {
  status: OrderPartStatus | null;
  /** YYYY-MM-DD, order date in Vietnam, inclusive. */
  from: string | null;
  to: string | null;
};

/**
 * The order list's filters from the address. A list is read, never written: a value that
 * makes no sense is dropped rather than refused, and the form shows what was applied.
 */
export function parseOrderFilter(params: URLSearchParams): OrderFilter & { page: number } {
  const status = params.get("status");
  let from = parseIsoDate(params.get("from"));
  let to = parseIsoDate(params.get("to"));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    status: (PART_STATUSES as readonly string[]).includes(status ?? "")
      ? (status as OrderPartStatus)
      : null,
    from,
    to,
    page: parsePage(params.get("page")),
  };
}

/** The filter as query parameters (without the page), for links and the CSV export. */
export function orderFilterQuery(f: OrderFilter): URLSearchParams {
  const q = new URLSearchParams();
  if (f.status) q.set("status", f.status);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  return q;
}

/**
 * Every refusal transitionOrderPart can answer, as the producer's message. Keyed by string
 * so a refusal added later still gets the generic message (and a test lists the known ones).
 */
const ORDER_ERROR_KEYS: Readonly<Record<string, MessageKey>> = {
  notFound: "pws.orderError.notFound",
  transitionNotAllowed: "pws.orderError.transitionNotAllowed",
  actorNotAllowed: "pws.orderError.actorNotAllowed",
  shippingDetailsRequired: "pws.orderError.shippingDetailsRequired",
  reasonRequired: "pws.orderError.reasonRequired",
  paymentNotCompleted: "pws.orderError.paymentNotCompleted",
};

export function orderErrorKey(error: string): MessageKey {
  return ORDER_ERROR_KEYS[error] ?? "pws.orderError.generic";
}

/** 400 for what the form could fix, 409 for a state that does not allow the move. */
export function orderErrorStatus(error: string): number {
  return error === "shippingDetailsRequired" || error === "reasonRequired" ? 400 : 409;
}
