import type { CardPaymentStatus, VnpayPaymentStatus } from "../../../db/schema";
import type { MessageKey } from "../../i18n";

/** How a part is paid, as the order list, the order page and the CSV export word it. */
export function paymentKey(
  cardPaymentStatus: CardPaymentStatus | null,
  vnpayPaymentStatus: VnpayPaymentStatus | null = null,
): MessageKey {
  if (cardPaymentStatus) return `pws.payment.card.${cardPaymentStatus}`;
  if (vnpayPaymentStatus) return `pws.payment.vnpay.${vnpayPaymentStatus}`;
  return "pws.payment.cod";
}
