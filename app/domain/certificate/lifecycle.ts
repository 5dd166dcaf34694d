/**
 * The lifecycle of an OCOP certificate (decision 0009). At most one certificate per product is
 * active (a partial unique index): a new decision supersedes the active one, an inspection may
 * revoke it. Expiry is not a state: a certificate past valid_until stays "active" and the
 * visibility rule compares the date.
 */
import type { CertificateStatus, Role } from "../../../db/schema";
import { defineLifecycle } from "../lifecycle/lifecycle";

export type { CertificateStatus };

export const CERTIFICATE_LIFECYCLE = defineLifecycle<CertificateStatus, Role>({
  table: "certificates",
  column: "status",
  // Spelled out so pages may import this file without drizzle; the registry test holds it to
  // the schema's list.
  states: ["active", "revoked", "superseded"],
  // Onboarding, a new decision, a decision import. (Revoked and superseded rows of the demo
  // data are seeded as they stand.)
  initial: ["active"],
  // The actor is the user's role; the official's scope (the product's place) is checked
  // by the command before the move.
  moves: {
    active: {
      // A new decision for the product (renewal, regrade, import): the old row then points
      // at its successor (superseded_by_id).
      superseded: ["official", "administrator"],
      // With the reason, required by a check constraint; the product leaves the storefront.
      revoked: ["official", "administrator"],
    },
    revoked: {},
    superseded: {},
  },
});
