/**
 * Whether a producer offers a product for sale (products.listing_status). Listed is only one
 * condition of being on the storefront: the visibility rule also wants an active producer and
 * a valid certificate.
 */
import { defineLifecycle } from "../lifecycle/lifecycle";

export type ListingStatus = "listed" | "unlisted";

/** "producer": a member of the product's producer, in the producer workspace. */
export type ListingActorKind = "producer";

export const PRODUCT_LISTING_LIFECYCLE = defineLifecycle<ListingStatus, ListingActorKind>({
  table: "products",
  column: "listing_status",
  states: ["listed", "unlisted"],
  // Onboarding lists the product; a decision import leaves it unlisted when the annex gives no
  // price or unit, so the producer completes the listing first.
  initial: ["listed", "unlisted"],
  moves: {
    listed: { unlisted: ["producer"] },
    unlisted: { listed: ["producer"] },
  },
});
