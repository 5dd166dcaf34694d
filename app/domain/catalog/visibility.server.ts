import { and, eq, gte, isNotNull, sql, type SQL } from "drizzle-orm";
import { certificates, producers, products } from "../../../db/schema";

/**
 * The one rule for "may the public see this product", used by the storefront, the sitemap,
 * search indexing and search queries:
 *   product listed ∧ producer active ∧ an active certificate with ≥ 3 stars, achieved and
 *   with a decision number (a recognition, not an evaluation result), valid until today (in
 *   Vietnam) or later.
 *
 * The query must join `producers` on `producerJoin` and `certificates` on
 * `activeCertificateJoin` (a left join is fine: a missing certificate fails the rule).
 */
export function publicProductCondition(today: string): SQL {
  return and(
    eq(products.listingStatus, "listed"),
    eq(producers.status, "active"),
    eq(certificates.status, "active"),
    gte(certificates.stars, 3),
    eq(certificates.achieved, true),
    isNotNull(certificates.decisionNumber),
    gte(certificates.validUntil, today),
  ) as SQL;
}

/** The same rule as a boolean column (false, never null, when no certificate joined). */
export function publicProductFlag(today: string): SQL<boolean> {
  return sql<boolean>`coalesce((${publicProductCondition(today)}), false)`;
}

export const producerJoin = eq(producers.id, products.producerId);

/** At most one certificate per product is active (a partial unique index enforces it). */
export const activeCertificateJoin = and(
  eq(certificates.productId, products.id),
  eq(certificates.status, "active"),
) as SQL;

/** Minimum stars for a certified (public) OCOP product. */
export const MIN_PUBLIC_STARS = 3;
