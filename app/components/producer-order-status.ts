import type { OrderPartStatus } from "../../db/schema";
import type { BadgeTone } from "./workspace/status-badge";

/** The colour that repeats an order part's status word in the producer workspace. */
export const PART_STATUS_TONES: Record<OrderPartStatus, BadgeTone> = {
  placed: "amber",
  confirmed: "blue",
  shipped: "green",
  delivered: "stone",
  delivery_failed: "amber",
  returned: "red",
  cancelled: "red",
};

// The words for how a part is paid belong to the order (the CSV export uses them too).
export { paymentKey } from "../domain/order/payment-key";
