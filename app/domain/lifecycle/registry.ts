/**
 * Every lifecycle of the shop, one per status column. registry.test.ts holds this list to the
 * drizzle schema: every status-like column (a text enum named `status` or `*_status`) has
 * exactly one lifecycle here, or is named below as not being one (with the reason), so a new
 * status column cannot arrive without its table of moves.
 *
 * Columns that look like statuses but are not lifecycles, and other tables that were judged:
 * - order_events.from_status / to_status and card_payment_events.from_status / to_status: the
 *   history of moves, one row per move, written once and never changed. Their values are the
 *   states of order_parts.status and card_payments.status, whose lifecycles they record.
 * - users.role (an account's kind, not a stage it passes through), signup_requests and
 *   password_reset_tokens (used_at: a link is used once), mail_outbox and search_outbox
 *   (sent_at / done_at with attempts: a queue's progress, kept by its worker): no status
 *   column, so nothing for a lifecycle to govern.
 */
import type { Lifecycle } from "./lifecycle";
import { CERTIFICATE_LIFECYCLE } from "../certificate/lifecycle";
import { CERTIFICATE_ENTRY_LIFECYCLE } from "../certificate/entry-lifecycle";
import { ORDER_PART_LIFECYCLE } from "../order/lifecycle";
import {
  CARD_PAYMENT_LIFECYCLE,
  CARD_REFUND_LIFECYCLE,
  VNPAY_PAYMENT_LIFECYCLE,
  VNPAY_REFUND_LIFECYCLE,
} from "../payment/lifecycle";
import { BANK_TRANSFER_LIFECYCLE } from "../payment/transfer-lifecycle";
import { PRODUCER_LIFECYCLE } from "../producer/lifecycle";
import { PRODUCT_LISTING_LIFECYCLE } from "../product/lifecycle";
import { PROMOTION_LIFECYCLE } from "../promotion/lifecycle";

export type AnyLifecycle = Lifecycle<string, string>;

export const LIFECYCLES: readonly AnyLifecycle[] = [
  ORDER_PART_LIFECYCLE,
  CARD_PAYMENT_LIFECYCLE,
  CARD_REFUND_LIFECYCLE,
  VNPAY_PAYMENT_LIFECYCLE,
  VNPAY_REFUND_LIFECYCLE,
  BANK_TRANSFER_LIFECYCLE,
  CERTIFICATE_LIFECYCLE,
  CERTIFICATE_ENTRY_LIFECYCLE,
  PRODUCER_LIFECYCLE,
  PRODUCT_LISTING_LIFECYCLE,
  PROMOTION_LIFECYCLE,
];

/** Status-like columns that are records of moves, not states of a row (see above). */
export const NOT_LIFECYCLES: readonly { table: string; column: string; records: string }[] = [
  { table: "order_events", column: "from_status", records: "order_parts.status" },
  { table: "order_events", column: "to_status", records: "order_parts.status" },
  { table: "card_payment_events", column: "from_status", records: "card_payments.status" },
  { table: "card_payment_events", column: "to_status", records: "card_payments.status" },
  { table: "vnpay_payment_events", column: "from_status", records: "vnpay_payments.status" },
  { table: "vnpay_payment_events", column: "to_status", records: "vnpay_payments.status" },
];
