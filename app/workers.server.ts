/**
 * The composition root of the app's background work: each loop is domain (or search) code that
 * takes its services as arguments, and this is the one place that hands them over. app/infra
 * only provides the services; it never imports the domain (eslint/import-boundaries.js).
 */
import { sweepExpiredCardOrders } from "./domain/payment/card-payments.server";
import { startCardRefundWorker } from "./domain/payment/card-refunds.server";
import { sweepExpiredVnpayOrders } from "./domain/payment/vnpay-payments.server";
import { startVnpayRefundWorker } from "./domain/payment/vnpay-refunds.server";
import { sweepBankTransfers } from "./domain/payment/transfers.server";
import { sweepExpiryNotices } from "./domain/certificate/expiry-notices.server";
import { startHousekeepingWorker } from "./domain/maintenance/housekeeping.server";
import { startMailOutboxWorker } from "./domain/mail/outbox.server";
import { getConfig } from "./infra/config.server";
import { getDb } from "./infra/db.server";
import { logger } from "./infra/logger";
import { mailTransport } from "./infra/mail.server";
import { startPollingWorker, type PollingWorker } from "./infra/polling-worker";
import { primaryEngine } from "./infra/search.server";
import { getStripe } from "./infra/stripe.server";
import { getVnpay } from "./infra/vnpay.server";
import { NO_INDEX, startOutboxWorker, type OutboxWorker } from "../search/outbox";
import { preparePrimaryEngine } from "../search/primary";

declare global {
  // One of each loop per process, surviving module reloads in development.
  var __ocopSearchWorker: OutboxWorker | undefined;
  var __ocopMailWorker: PollingWorker | undefined;
  var __ocopCardSweep: PollingWorker | undefined;
  var __ocopCardRefunds: PollingWorker | undefined;
  var __ocopVnpaySweep: PollingWorker | undefined;
  var __ocopVnpayRefunds: PollingWorker | undefined;
  var __ocopHousekeeping: PollingWorker | undefined;
  var __ocopTransferSweep: PollingWorker | undefined;
  var __ocopExpiryNotices: PollingWorker | undefined;
}

/**
 * Starts draining the search outbox inside the app (unless SEARCH_WORKER=false, e.g. when
 * `npm run search:worker` runs beside it). Without Meilisearch it only acknowledges rows.
 */
export function startSearchWorker(): void {
  const config = getConfig();
  if (!config.SEARCH_WORKER || globalThis.__ocopSearchWorker) return;
  // Index settings are code: bring Meilisearch in line at start (searches fall back meanwhile).
  preparePrimaryEngine(config).catch((error: unknown) =>
    logger.warn(
      "search: could not apply the Meilisearch index settings; will retry on write",
      error,
    ),
  );
  globalThis.__ocopSearchWorker = startOutboxWorker(getDb, primaryEngine() ?? NO_INDEX);
}

/** Starts draining the mail outbox inside the app. */
export function startMailWorker(): void {
  if (globalThis.__ocopMailWorker) return;
  globalThis.__ocopMailWorker = startMailOutboxWorker(getDb, mailTransport());
}

/** Releases the stock of card orders whose webhook never came; every minute. */
export function startCardPaymentSweep(): void {
  if (globalThis.__ocopCardSweep || !getConfig().STRIPE_SECRET_KEY) return;
  globalThis.__ocopCardSweep = startPollingWorker({
    name: "card payment sweep",
    drain: async () => {
      await sweepExpiredCardOrders(await getDb(), new Date(), { siteUrl: getConfig().siteUrl });
      // Nothing is claimed in batches here: always wait a full interval before the next sweep.
      return { claimed: 0, failed: 0 };
    },
    idleMs: 60_000,
  });
}

/** Asks Stripe for the refunds of cancelled parts of paid card orders (when Stripe is configured). */
export function startCardRefunds(): void {
  const stripe = getStripe();
  if (globalThis.__ocopCardRefunds || !stripe) return;
  globalThis.__ocopCardRefunds = startCardRefundWorker(getDb, stripe, {
    siteUrl: getConfig().siteUrl,
  });
}

/** Releases the stock of VNPay orders whose IPN never came; every minute (when VNPay is configured). */
export function startVnpayPaymentSweep(): void {
  if (globalThis.__ocopVnpaySweep || !getVnpay()) return;
  globalThis.__ocopVnpaySweep = startPollingWorker({
    name: "vnpay payment sweep",
    drain: async () => {
      await sweepExpiredVnpayOrders(await getDb(), new Date(), { siteUrl: getConfig().siteUrl });
      return { claimed: 0, failed: 0 };
    },
    idleMs: 60_000,
  });
}

/** Asks VNPay for the refunds of cancelled parts of paid VNPay orders (when VNPay is configured). */
export function startVnpayRefunds(): void {
  const gateway = getVnpay();
  if (globalThis.__ocopVnpayRefunds || !gateway) return;
  globalThis.__ocopVnpayRefunds = startVnpayRefundWorker(getDb, gateway, {
    siteUrl: getConfig().siteUrl,
  });
}

/**
 * Bank transfers (VietQR): reminds buyers of unpaid transfers once, and cancels (stock
 * released) those unpaid past TRANSFER_CANCEL_AFTER_HOURS; every five minutes.
 */
export function startTransferSweep(): void {
  if (globalThis.__ocopTransferSweep) return;
  globalThis.__ocopTransferSweep = startPollingWorker({
    name: "bank transfer sweep",
    drain: async () => {
      const config = getConfig();
      await sweepBankTransfers(await getDb(), new Date(), {
        remindAfterHours: config.TRANSFER_REMIND_AFTER_HOURS,
        cancelAfterHours: config.TRANSFER_CANCEL_AFTER_HOURS,
        siteUrl: config.siteUrl,
      });
      return { claimed: 0, failed: 0 };
    },
    idleMs: 5 * 60_000,
  });
}

/**
 * Sends the certificates' expiry notices (30 and 7 days ahead, once each: the rows they write
 * make a repeat send nothing): at start, then hourly, so a day's notices go out that day.
 */
export function startExpiryNoticeSweep(): void {
  if (globalThis.__ocopExpiryNotices) return;
  globalThis.__ocopExpiryNotices = startPollingWorker({
    name: "certificate expiry notices",
    drain: async () => {
      await sweepExpiryNotices(await getDb(), new Date(), { siteUrl: getConfig().siteUrl });
      return { claimed: 0, failed: 0 };
    },
    idleMs: 3_600_000,
  });
}

/** Deletes old guest carts, expired sessions, spent links and old mail: at start, then hourly. */
export function startHousekeeping(): void {
  if (globalThis.__ocopHousekeeping) return;
  globalThis.__ocopHousekeeping = startHousekeepingWorker(getDb);
}

/**
 * Background work that belongs to the running app: keeping the search index in step, sending
 * email, releasing the stock of card payments that never completed, refunding cancelled card
 * parts, reminding and expiring unpaid bank transfers, notifying producers of certificates
 * about to expire, deleting what is no longer needed.
 */
export function startWorkers(): void {
  startSearchWorker();
  startMailWorker();
  startCardPaymentSweep();
  startCardRefunds();
  startVnpayPaymentSweep();
  startVnpayRefunds();
  startTransferSweep();
  startExpiryNoticeSweep();
  startHousekeeping();
}
