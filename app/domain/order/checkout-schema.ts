/**
 * The checkout form's one zod schema, shared by the page and the server. Messages are
 * translation keys. Whether the commune lies in the province is checked against the database
 * by placeOrder, since the list of places is data, not code.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import { PAYMENT_METHOD_CODES } from "../payment/methods";
import { integerField } from "../../lib/params";
import { privacyConsentField } from "../legal/schemas";

const key = (k: MessageKey) => k;

/**
 * Vietnamese mobile numbers: 10 digits, 0 then 3/5/7/8/9, or the same after +84 / 84 without
 * the 0. Spaces, dots and dashes people type between groups are dropped. Stored as 0xxxxxxxxx.
 */
export function normaliseVietnamesePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "");
  const m = /^(?:0|\+84|84)([35789]\d{8})$/.exec(compact);
  return m ? `0${m[1]}` : null;
}

/** A Vietnamese mobile number as typed, stored as 0xxxxxxxxx (checkout and order look-up). */
export const phoneField = z
  .string({ required_error: key("orders.error.phoneInvalid") })
  .max(30, key("orders.error.phoneInvalid"))
  .transform((v, ctx) => {
    const phone = normaliseVietnamesePhone(v);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: key("orders.error.phoneInvalid") });
      return z.NEVER;
    }
    return phone;
  });

export const checkoutSchema = z.object({
  name: z
    .string({ required_error: key("orders.error.nameRequired") })
    .trim()
    .min(2, key("orders.error.nameRequired"))
    .max(100, key("orders.error.nameTooLong")),
  phone: phoneField,
  // Optional: a guest without email keeps the order number and the link, and finds the order
  // again by phone + number (decision 0025). Empty (or absent) is null; anything typed must be
  // an email address.
  email: z
    .string()
    .trim()
    .max(254, key("orders.error.emailInvalid"))
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(
      z
        .string()
        .email(key("orders.error.emailInvalid"))
        .transform((v) => v.toLowerCase())
        .nullable(),
    ),
  provinceCode: z
    .string({ required_error: key("orders.error.provinceRequired") })
    .regex(/^[0-9]{2}$/, key("orders.error.provinceRequired")),
  communeCode: z
    .string({ required_error: key("orders.error.communeRequired") })
    .regex(/^[0-9]{5}$/, key("orders.error.communeRequired")),
  street: z
    .string({ required_error: key("orders.error.streetLength") })
    .trim()
    .min(5, key("orders.error.streetLength"))
    .max(200, key("orders.error.streetLength")),
  payment: z.enum(PAYMENT_METHOD_CODES, {
    errorMap: () => ({ message: key("orders.error.paymentMethod") }),
  }),
  // The checkbox "I confirm I am 18 or older", asked when the cart holds a drink of 15% or
  // more; whether it was needed is placeOrder's to decide (decision 0027).
  ageConfirmed: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
  // The privacy notice, agreed to with an unticked box (decision 0028). The form requires it;
  // placeOrder records it when given and leaves that to the form.
  privacyConsent: privacyConsentField,
});

export type CheckoutInput = z.infer<typeof checkoutSchema>;
export type Buyer = Omit<CheckoutInput, "payment" | "ageConfirmed" | "privacyConsent">;

export const CART_QUANTITY_MAX = 99;

export const quantitySchema = integerField(key("cart.error.quantity"), {
  min: 1,
  max: CART_QUANTITY_MAX,
});
