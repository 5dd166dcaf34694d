/**
 * After an order is placed with a platform payment, where the buyer goes next: Stripe's
 * Checkout page for a card, VNPay's payment page for VNPay (decisions 0008 and 0023). Cash on
 * delivery and bank transfer have nowhere to go but the order page ("none").
 */
import type { Db } from "../../../db/client";
import type { Lang } from "../../i18n/index";
import { logger } from "../../infra/logger";
import { getStripe } from "../../infra/stripe.server";
import { getVnpay } from "../../infra/vnpay.server";
import { abandonCardOrder, createCheckoutSession } from "./card-payments.server";
import type { PaymentMethod } from "./methods";
import { vnpayPaymentUrl } from "./vnpay-payments.server";

export type PaymentStart =
  | { kind: "none" }
  | { kind: "redirect"; url: string }
  /** The provider could not be reached: the order was abandoned and its stock released. */
  | { kind: "unavailable" };

export async function startPlatformPayment(
  db: Db,
  input: {
    payment: PaymentMethod;
    orderId: number;
    accessKey: string;
    cartId: number;
    siteUrl: string;
    lang: Lang;
    /** The buyer's address, which VNPay wants (vnp_IpAddr). */
    ipAddr: string;
  },
): Promise<PaymentStart> {
  const { orderId, accessKey, siteUrl, lang } = input;
  const stripe = input.payment === "card" ? getStripe() : null;
  if (stripe) {
    try {
      const session = await createCheckoutSession(db, stripe, {
        orderId,
        accessKey,
        siteUrl,
        lang,
        now: new Date(),
      });
      if (session.ok) return { kind: "redirect", url: session.url };
    } catch (error) {
      logger.error(
        "Stripe Checkout Session not created:",
        error instanceof Error ? error.message : error,
      );
    }
    await abandonCardOrder(db, { orderId, cartId: input.cartId });
    return { kind: "unavailable" };
  }
  // VNPay: the order is placed (stock reserved); the buyer goes to VNPay's page.
  const vnpay = input.payment === "vnpay" ? getVnpay() : null;
  const url =
    vnpay &&
    (await vnpayPaymentUrl(db, vnpay, { orderId, accessKey, siteUrl, lang, ipAddr: input.ipAddr }));
  return url ? { kind: "redirect", url } : { kind: "none" };
}
