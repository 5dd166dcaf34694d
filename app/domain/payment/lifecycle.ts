/**
 * The lifecycles of a card payment and of the refund of a cancelled part (decisions 0008 and
 * 0011). Nobody in the shop moves these by hand: Stripe's webhooks ("stripe") and our own
 * sweeps and workers ("system") do.
 */
import type {
  CardPaymentStatus,
  CardRefundStatus,
  VnpayPaymentStatus,
  VnpayRefundStatus,
} from "../../../db/schema";
import { defineLifecycle } from "../lifecycle/lifecycle";

export type { CardPaymentStatus, CardRefundStatus, VnpayPaymentStatus, VnpayRefundStatus };

/** "stripe": a verified webhook event or Stripe's answer to our request; "system": our workers. */
export type PaymentActorKind = "stripe" | "system";

export const CARD_PAYMENT_LIFECYCLE = defineLifecycle<CardPaymentStatus, PaymentActorKind>({
  table: "card_payments",
  column: "status",
  // Spelled out (not imported from the schema) so pages may import this file without drizzle;
  // the lifecycle registry test holds it to the schema's list.
  states: ["pending", "paid", "failed", "expired", "needs_review", "refunded"],
  // Written with the order, before the Checkout Session exists.
  initial: ["pending"],
  moves: {
    pending: {
      // Only when Stripe's amount and currency are the order's; then the refunds of parts
      // cancelled meanwhile are queued and the buyer is mailed.
      paid: ["stripe"],
      // Failed or expired releases the order: every part is cancelled and the stock returns.
      // "system": the session could not be created (failed) or the sweep found it long dead
      // (expired) without a webhook.
      failed: ["stripe", "system"],
      expired: ["stripe", "system"],
      // Stripe's amount or currency differ from the order's: a person decides.
      needs_review: ["stripe"],
    },
    // "system": the refund worker, once every part is cancelled and its refund succeeded.
    paid: { refunded: ["system"] },
    // A payment arriving after the order was released: the stock is not taken again.
    failed: { needs_review: ["stripe"] },
    expired: { needs_review: ["stripe"] },
    // Settled by a person in Stripe's dashboard; the shop has no move out of it.
    needs_review: {},
    refunded: {},
  },
});

export const CARD_REFUND_LIFECYCLE = defineLifecycle<CardRefundStatus, PaymentActorKind>({
  table: "card_refunds",
  column: "status",
  states: ["pending", "succeeded", "failed"],
  // Queued in the transaction that cancels a paid part, or when a payment arrives for parts
  // cancelled while it was pending.
  initial: ["pending"],
  moves: {
    pending: {
      // Stripe accepted the refund: the buyer is mailed, and the payment may become "refunded".
      succeeded: ["stripe"],
      // The worker gave up after REFUND_MAX_ATTEMPTS; a person refunds by hand (logged). A
      // failed attempt before that keeps the row pending: no move.
      failed: ["system"],
    },
    succeeded: {},
    failed: {},
  },
});

/** "vnpay": a notification whose signature was verified (IPN or return), or VNPay's answer to our refund request. */
export type VnpayActorKind = "vnpay" | "system";

/**
 * A VNPay payment (decision 0023): the same states and rules as a card payment, moved by
 * VNPay's signed notifications instead of Stripe's webhooks.
 */
export const VNPAY_PAYMENT_LIFECYCLE = defineLifecycle<VnpayPaymentStatus, VnpayActorKind>({
  table: "vnpay_payments",
  column: "status",
  states: ["pending", "paid", "failed", "expired", "needs_review", "refunded"],
  // Written with the order, before the buyer is sent to VNPay.
  initial: ["pending"],
  moves: {
    pending: {
      // Only when VNPay's amount is the order's; the refunds of parts cancelled meanwhile are queued.
      paid: ["vnpay"],
      // VNPay reported a failure or the buyer cancelled on its page ("vnpay"); the payment URL
      // could not be built ("system"). Either way every part is cancelled and the stock returns.
      failed: ["vnpay", "system"],
      // Our sweep: the payment page has long expired without a notification.
      expired: ["system"],
      // VNPay's amount differs from the order's: a person decides.
      needs_review: ["vnpay"],
    },
    // "system": the refund worker, once every part is cancelled and its refund succeeded.
    paid: { refunded: ["system"] },
    // A payment arriving after the order was released: the stock is not taken again.
    failed: { needs_review: ["vnpay"] },
    expired: { needs_review: ["vnpay"] },
    needs_review: {},
    refunded: {},
  },
});

export const VNPAY_REFUND_LIFECYCLE = defineLifecycle<VnpayRefundStatus, VnpayActorKind>({
  table: "vnpay_refunds",
  column: "status",
  states: ["pending", "succeeded", "failed"],
  initial: ["pending"],
  moves: {
    // VNPay's refund API answered 00 (signed): succeeded. The worker gave up: failed.
    pending: { succeeded: ["vnpay"], failed: ["system"] },
    succeeded: {},
    failed: {},
  },
});
