/**
 * Which payment methods this installation offers: cash on delivery always, the others when
 * their configuration is present (a card needs Stripe's keys).
 */
import { getStripe } from "../../infra/stripe.server";
import { PAYMENT_METHOD_CODES, type PaymentMethod } from "./methods";

export function enabledPaymentMethods(): PaymentMethod[] {
  return PAYMENT_METHOD_CODES.filter((method) => {
    if (method === "card") return getStripe() !== null;
    return true;
  });
}
