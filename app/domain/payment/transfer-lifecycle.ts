/**
 * The lifecycle of a bank transfer (VietQR) owed for one order part. The money goes straight
 * to the producer, so only the producer can say it arrived ("received") or did not
 * ("not_received", which cancels the part); the system expires a transfer nobody confirmed in
 * time (the part is cancelled, its stock returns) and withdraws one whose part was cancelled
 * otherwise. Pure: pages may import it.
 */
import type { BankTransferStatus } from "../../../db/schema";
import { defineLifecycle } from "../lifecycle/lifecycle";

export type { BankTransferStatus };

export type TransferActorKind = "producer" | "system";

export const BANK_TRANSFER_LIFECYCLE = defineLifecycle<BankTransferStatus, TransferActorKind>({
  table: "bank_transfers",
  column: "status",
  // Spelled out (not imported from the schema) so pages may import this file without drizzle;
  // the lifecycle registry test holds it to the schema's list.
  states: ["awaiting", "received", "not_received", "expired", "withdrawn"],
  // Written with the order part, at placement.
  initial: ["awaiting"],
  moves: {
    awaiting: {
      // Then the producer may confirm and ship the part.
      received: ["producer"],
      // The part is cancelled with that reason and its stock returns.
      not_received: ["producer"],
      // TRANSFER_CANCEL_AFTER_HOURS passed: the part is cancelled, its stock returns.
      expired: ["system"],
      // The part was cancelled by the buyer or the producer before the money was confirmed.
      withdrawn: ["system"],
    },
    received: {},
    not_received: {},
    expired: {},
    withdrawn: {},
  },
});
