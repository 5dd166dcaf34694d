/**
 * Which payment methods this installation offers: cash on delivery always, the others when
 * their configuration is present (a card needs Stripe's keys, VNPay its merchant code and secret).
 * Bank transfer is always on; a cart offers it only when every producer in it has a bank account (transfer-state.server.ts).
 */
import { getStripe } from "../../infra/stripe.server";
import { getVnpay } from "../../infra/vnpay.server";
import { PAYMENT_METHOD_CODES, type PaymentMethod } from "./methods";

export function enabledPaymentMethods(): PaymentMethod[] {
  return PAYMENT_METHOD_CODES.filter((method) => {
    if (method === "card") return getStripe() !== null;
    if (method === "vnpay") return getVnpay() !== null;
    return true;
  });
}
