import { getConfig } from "./config.server";
import { getDb } from "./db.server";
import { startCardRefundWorker } from "../domain/payment/card-refunds.server";
import type { PollingWorker } from "./polling-worker";
import { getStripe } from "./stripe.server";

declare global {
  // One refund worker per process, surviving module reloads in development.
  var __ocopCardRefunds: PollingWorker | undefined;
}

/** Asks Stripe for the refunds of cancelled parts of paid card orders (when Stripe is configured). */
export function startCardRefunds(): void {
  const stripe = getStripe();
  if (globalThis.__ocopCardRefunds || !stripe) return;
  globalThis.__ocopCardRefunds = startCardRefundWorker(getDb, stripe, {
    siteUrl: getConfig().siteUrl,
  });
}
