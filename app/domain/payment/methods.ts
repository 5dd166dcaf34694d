/**
 * Every way a buyer can pay, in one place, as data: its checkout label, who collects the money
 * and whether the producer must wait for the money before confirming or shipping. The checkout
 * offers the enabled ones (see methods.server.ts), the order lifecycle asks `mustBeSettledFirst`.
 * Browser-safe: no drizzle, no configuration.
 */
import type { PaymentMethod } from "../../../db/schema";
import type { MessageKey } from "../../i18n/index";

export type { PaymentMethod };

export type PaymentMethodRule = {
  /** The checkout's label for this method. */
  labelKey: MessageKey;
  /**
   * "platform": the money reaches Chợ OCOP's account (card, gateways) and is owed to the
   * producers; "producer": it goes straight to the producer (cash on delivery, bank transfer).
   */
  collectedBy: "platform" | "producer";
  /** The producer may confirm or ship a part only once this payment is settled. */
  settledBeforeFulfilment: boolean;
};

// Spelled out (not imported from the schema) so the browser bundle stays free of drizzle; the
// test holds it to the schema's list.
export const PAYMENT_METHOD_CODES = [
  "cod",
  "transfer",
  "vnpay",
  "card",
] as const satisfies readonly PaymentMethod[];

export const PAYMENT_METHOD_RULES: Record<PaymentMethod, PaymentMethodRule> = {
  cod: {
    labelKey: "orders.checkout.cod",
    collectedBy: "producer",
    settledBeforeFulfilment: false,
  },
  card: {
    labelKey: "payments.checkout.card",
    collectedBy: "platform",
    settledBeforeFulfilment: true,
  },
  vnpay: {
    labelKey: "payments.checkout.vnpay",
    collectedBy: "platform",
    settledBeforeFulfilment: true,
  },
  // Bank transfer by VietQR, straight to each producer's account; the producer confirms
  // receipt before it may confirm or ship (app/domain/payment/transfers.server.ts).
  transfer: {
    labelKey: "transfer.checkout.label",
    collectedBy: "producer",
    settledBeforeFulfilment: true,
  },
};

export function paymentRule(method: PaymentMethod): PaymentMethodRule {
  return PAYMENT_METHOD_RULES[method];
}
