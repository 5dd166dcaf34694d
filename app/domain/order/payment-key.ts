import type { CardPaymentStatus } from "../../../db/schema";
import type { MessageKey } from "../../i18n";

/** How a part is paid, as the order list, the order page and the CSV export word it. */
export function paymentKey(cardPaymentStatus: CardPaymentStatus | null): MessageKey {
  return cardPaymentStatus ? `pws.payment.card.${cardPaymentStatus}` : "pws.payment.cod";
}
