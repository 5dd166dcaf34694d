import Stripe from "stripe";
import { getConfig } from "./config.server";

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
