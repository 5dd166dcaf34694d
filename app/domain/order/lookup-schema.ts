/**
 * The order look-up form (/orders/lookup): the phone number given at checkout and the order
 * number. Messages are translation keys. A well-formed pair that matches no order is not an
 * input error: lookupOrder answers it exactly as a wrong phone (decision 0025).
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import { phoneField } from "./checkout-schema";

const key = (k: MessageKey) => k;

/** The letters and digits of an order number (no 0/O, 1/I/L), as orders.server.ts draws them. */
const CHARS = "[2-9A-HJKMNP-Z]";

/**
 * An order number as people type it back ("oc-7k3-9f2q", "OC 7K3 9F2Q", "7K39F2Q") in the form
 * we print ("OC-7K3-9F2Q"), or null.
 */
export function normaliseOrderNumber(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[\s.\-_]/g, "");
  const m = new RegExp(`^(?:OC)?(${CHARS}{3})(${CHARS}{4})$`).exec(compact);
  return m ? `OC-${m[1]}-${m[2]}` : null;
}

export const orderLookupSchema = z.object({
  number: z
    .string({ required_error: key("orders.lookup.error.number") })
    .max(40, key("orders.lookup.error.number"))
    .transform((v, ctx) => {
      const number = normaliseOrderNumber(v);
      if (!number) {
        ctx.addIssue({ code: "custom", message: key("orders.lookup.error.number") });
        return z.NEVER;
      }
      return number;
    }),
  phone: phoneField,
});

export type OrderLookupInput = z.infer<typeof orderLookupSchema>;
