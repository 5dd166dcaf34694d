import Stripe from "stripe";
import { getConfig } from "./config.server";
import { getDb } from "./db.server";
import { sweepExpiredCardOrders } from "../domain/payment/card-payments.server";
import { startPollingWorker, type PollingWorker } from "./polling-worker";

declare global {
  // One sweep per process, surviving module reloads in development.
  var __ocopCardSweep: PollingWorker | undefined;
}

/** The Stripe client options for an API base such as http://127.0.0.1:12111 (tests only). */
export function stripeAddress(base: string | undefined): Stripe.StripeConfig {
  if (!base) return {};
  const u = new URL(base);
  const protocol = u.protocol === "http:" ? "http" : "https";
  return {
    host: u.hostname,
    port: u.port || (protocol === "http" ? 80 : 443),
    protocol,
  };
}

let client: Stripe | undefined;

/** Null when card payment is not configured. */
export function getStripe(): Stripe | null {
  const config = getConfig();
  if (!config.STRIPE_SECRET_KEY) return null;
  client ??= new Stripe(config.STRIPE_SECRET_KEY, {
    ...stripeAddress(config.STRIPE_API_BASE),
    maxNetworkRetries: 2,
    timeout: 20_000,
  });
  return client;
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
