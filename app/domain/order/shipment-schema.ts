/**
 * The producer's shipment forms (ship, cancel, delivery failed, returned) and order-list filters as zod schemas. Messages
 * are translation keys ("pws.error.…").
 */
import { z } from "zod";
import { hasNoControl } from "../../lib/text";
import type { MessageKey } from "../../i18n/index";
import type { OrderPartStatus } from "../../../db/schema";
import { parseIsoDate, parsePage } from "../../lib/params";
import { CARRIER_CHOICES, OTHER_CARRIER } from "./carriers";
import { DELIVERY_FAILURE_REASONS } from "./lifecycle";

const key = (k: MessageKey) => k;

// Spelled out here (not imported from the schema) so pages may import this file without drizzle.
export const PART_STATUSES = [
  "placed",
  "confirmed",
  "shipped",
  "delivered",
  "delivery_failed",
  "returned",
  "cancelled",
] as const satisfies readonly OrderPartStatus[];

export const CARRIER_MAX = 60;
export const TRACKING_MAX = 40;
export const REASON_MIN = 5;
export const REASON_MAX = 500;

const trackingNumber = z
  .string({ required_error: key("pws.error.trackingRequired") })
  .trim()
  .min(1, key("pws.error.trackingRequired"))
  .max(TRACKING_MAX, key("pws.error.trackingInvalid"))
  // What carriers print: letters, digits and a few separators.
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]{3,}$/, key("pws.error.trackingInvalid"));

/**
 * Shipping: a carrier from the list (app/domain/order/carriers.ts), or "other" with its name
 * typed; the stored carrier is the list's code, or the typed name.
 */
export const shipSchema = z
  .object({
    carrier: z.enum(CARRIER_CHOICES, {
      errorMap: () => ({ message: key("pws.error.carrierRequired") }),
    }),
    carrierName: z.string().trim().optional(),
    trackingNumber,
  })
  .superRefine((v, ctx) => {
    if (v.carrier !== OTHER_CARRIER) return;
    const name = v.carrierName ?? "";
    const message =
      name.length < 2
        ? key("pws.error.carrierNameRequired")
        : name.length > CARRIER_MAX || !hasNoControl(name)
          ? key("pws.error.carrierTooLong")
          : null;
    if (message) ctx.addIssue({ code: "custom", path: ["carrierName"], message });
  })
  .transform((v) => ({
    carrier: v.carrier === OTHER_CARRIER ? (v.carrierName ?? "") : v.carrier,
    trackingNumber: v.trackingNumber,
  }));

/** A failed delivery: why, from the short list. */
export const deliveryFailedSchema = z.object({
  failureReason: z.enum(DELIVERY_FAILURE_REASONS, {
    errorMap: () => ({ message: key("pws.error.failureReasonRequired") }),
  }),
});

/** A returned parcel: whether its units go back into stock ("yes" / "no", no default). */
export const returnedSchema = z.object({
  restock: z
    .enum(["yes", "no"], { errorMap: () => ({ message: key("pws.error.restockRequired") }) })
    .transform((v) => v === "yes"),
});

export const cancelSchema = z.object({
  reason: z
    .string({ required_error: key("pws.error.reasonRequired") })
    .trim()
    .min(REASON_MIN, key("pws.error.reasonRequired"))
    .max(REASON_MAX, key("pws.error.reasonTooLong"))
    .refine(hasNoControl, key("pws.error.reasonTooLong")),
});

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
  failureReasonRequired: "pws.orderError.failureReasonRequired",
  restockRequired: "pws.orderError.restockRequired",
};

export function orderErrorKey(error: string): MessageKey {
  return ORDER_ERROR_KEYS[error] ?? "pws.orderError.generic";
}

/** 400 for what the form could fix, 409 for a state that does not allow the move. */
export function orderErrorStatus(error: string): number {
  return error === "shippingDetailsRequired" ||
    error === "reasonRequired" ||
    error === "failureReasonRequired" ||
    error === "restockRequired"
    ? 400
    : 409;
}
