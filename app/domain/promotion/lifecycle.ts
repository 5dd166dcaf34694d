/**
 * The lifecycle of a fair's or showroom's publication: a draft only its organisers see, or
 * published on the public pages, the sitemap and the product pages. Officials in scope and
 * administrators move it both ways; setting the status it already has is no move at all.
 */
import { defineLifecycle } from "../lifecycle/lifecycle";

// Spelled out (not imported from the schema) so pages may import this file without drizzle.
export type PublicationStatus = "draft" | "published";
export type PromotionActorKind = "official" | "administrator";

export const PROMOTION_LIFECYCLE = defineLifecycle<PublicationStatus, PromotionActorKind>({
  table: "promotions",
  column: "status",
  states: ["draft", "published"],
  initial: ["draft"],
  moves: {
    draft: { published: ["official", "administrator"] },
    published: { draft: ["official", "administrator"] },
  },
});
