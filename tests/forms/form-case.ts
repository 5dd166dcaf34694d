/**
 * The form walker's case format (see README.md). A case names one route file with an action,
 * builds what the route needs, and lists bad submissions with what the route must answer:
 * a 4xx, a translated message on each named field (or, for input our pages never send, a
 * bare 4xx with the reason), and nothing written anywhere in the database.
 */
import type { Db } from "../../db/client";
import type { MessageKey } from "../../app/i18n";

/** The bad value belongs to a field a person fills in: the answer names it, translated. */
export type FieldExpectation = {
  status: 400 | 409 | 422;
  /**
   * Exactly the fields that must carry a message, each with its translation key: the
   * route's answer has `errors: { [field]: MessageKey }` (app/domain/account/schemas.ts).
   */
  fields: Partial<Record<string, MessageKey>>;
  /** A message about the whole form, when the problem is not one field's (`formError`). */
  formError?: MessageKey;
};

/** The bad value is one our pages never send (a hidden field, a tampered id): a plain 4xx. */
export type BareExpectation = {
  status: 400 | 403 | 404 | 405 | 409 | 413 | 415 | 422;
  /** Why this answer names no field, e.g. "partId is a hidden field". */
  bare: string;
};

export interface BadSubmission<S> {
  /** What is wrong, e.g. "phone with nine digits". */
  name: string;
  /** The case's valid form with these fields changed; null leaves the field out. */
  change?: Record<string, string | null>;
  /** Or the whole form, instead of `valid` + `change`. */
  form?(state: S): Record<string, string>;
  /** Or a raw body with its headers (a webhook's JSON); no Origin header is added. */
  raw?(state: S): { body: string; headers: Record<string, string> };
  /** The Origin header sent with a form (default: the site's own); null sends none. */
  origin?: string | null;
  expect: FieldExpectation | BareExpectation;
  /**
   * Tables this refused submission may still write, each with the reason, e.g.
   * `{ login_failures: "a wrong password is counted for the rate limit" }`. Nothing else may change.
   */
  mayWrite?: Record<string, string>;
}

export interface FormCase<S> {
  /** The route file under app/routes, e.g. "checkout.tsx" or "producer.orders.$id.tsx". */
  route: string;
  /** Tells two cases of one route apart, e.g. "signed in". */
  about?: string;
  /** Builds what the route needs (a signed-in user, a cart, an order); runs once per case. */
  setup?(db: Db): Promise<S>;
  /** Path and query of the request, e.g. "/checkout". */
  path(state: S): string;
  /** The params Remix would pass, e.g. { number: "OC-…" }. */
  params?(state: S): Record<string, string>;
  /** The Cookie header: a session (`sessionCookie`), a cart, both, or none. */
  cookie?(state: S): string | undefined;
  /** A form the route would accept: each bad submission changes it. It is never sent as is. */
  valid?(state: S): Record<string, string>;
  bad: BadSubmission<S>[];
  /**
   * By default the walker also posts the valid form from another site and expects 403 with
   * nothing written (assertSameOrigin). Say why when a route must accept cross-site posts.
   */
  crossSite?: { exempt: string };
  /**
   * Fields the automatic hostile values (NUL, 100 kB, bad numbers and dates; see
   * hostileChanges in the walker) must leave alone, each with the reason.
   */
  hostileSkip?: Record<string, string>;
}

/** Keeps each case's state type while the walker handles them all alike. */
export function formCase<S>(c: FormCase<S>): FormCase<unknown> {
  return c;
}

/** The Stripe settings the walker runs with: the webhook's cases sign with this secret. */
export const WALKER_STRIPE_ENV = {
  STRIPE_SECRET_KEY: "sk_test_form_walker",
  STRIPE_WEBHOOK_SECRET: "whsec_form_walker",
  // Nothing is listening there: no refused submission may reach Stripe.
  STRIPE_API_BASE: "http://127.0.0.1:9",
} as const;
