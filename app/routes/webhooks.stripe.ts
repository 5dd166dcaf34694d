/**
 * Stripe's webhook. Cross-origin by nature, so no same-origin check: the signature over the
 * raw body is the only credential, and it is checked before anything else is read or written.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import Stripe from "stripe";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { applyStripeEvent } from "~/domain/payment/card-payments.server";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export function loader() {
  return text("Method Not Allowed", 405);
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return text("Method Not Allowed", 405);
  const config = getConfig();
  if (!config.STRIPE_WEBHOOK_SECRET) return text("Not Found", 404);
  const payload = await request.text();
  const signature = request.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = await Stripe.webhooks.constructEventAsync(
      payload,
      signature,
      config.STRIPE_WEBHOOK_SECRET,
    );
  } catch {
    return text("Bad signature", 400);
  }
  // A thrown error answers 500, and Stripe redelivers: the change happens on a later try.
  const outcome = await applyStripeEvent(await getDb(), event, { siteUrl: config.siteUrl });
  return text(outcome, 200);
}
