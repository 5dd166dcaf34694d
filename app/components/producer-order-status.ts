import type { CardPaymentStatus, OrderPartStatus } from "../../db/schema";
import type { MessageKey } from "../i18n";
import type { BadgeTone } from "./workspace/status-badge";

/** The colour that repeats an order part's status word in the producer workspace. */
export const PART_STATUS_TONES: Record<OrderPartStatus, BadgeTone> = {
  placed: "amber",
  confirmed: "blue",
  shipped: "green",
  delivered: "stone",
  cancelled: "red",
};

/** How a part is paid, as the order list, the order page and the CSV export word it. */
export function paymentKey(cardPaymentStatus: CardPaymentStatus | null): MessageKey {
  return cardPaymentStatus ? `pws.payment.card.${cardPaymentStatus}` : "pws.payment.cod";
}
