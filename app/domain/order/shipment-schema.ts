/**
 * The producer's shipment forms (ship, cancel) and order-list filters as zod schemas. Messages
 * are translation keys ("pws.error.…").
 */
import { z } from "zod";
import { hasNoControl } from "../../lib/text";
import type { MessageKey } from "../../i18n/index";
import type { OrderPartStatus } from "../../../db/schema";
import { parseIsoDate, parsePage } from "../../lib/params";

const key = (k: MessageKey) => k;

// Spelled out here (not imported from the schema) so pages may import this file without drizzle.
export const PART_STATUSES = [
  "placed",
  "confirmed",
  "shipped",
  "delivered",
  "cancelled",
] as const satisfies readonly OrderPartStatus[];

export const CARRIER_MAX = 60;
export const TRACKING_MAX = 40;
export const REASON_MIN = 5;
export const REASON_MAX = 500;

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
