/**
 * The lifecycle of a certificate entry (a new decision or a revocation recorded for a
 * product). A commune official prepares it; the province official (or an administrator)
 * confirms it, and it takes effect, or returns it with a reason. Entries of province officials
 * and administrators are recorded confirmed at once (`direct`).
 */
import type { CertificateEntryStatus, Role } from "../../../db/schema";
import { defineLifecycle } from "../lifecycle/lifecycle";

export const CERTIFICATE_ENTRY_LIFECYCLE = defineLifecycle<CertificateEntryStatus, Role>({
  table: "certificate_entries",
  column: "status",
  states: ["prepared", "confirmed", "returned"],
  // Prepared by a commune official; confirmed at once when a province official or an
  // administrator records it themselves.
  initial: ["prepared", "confirmed"],
  // The actor is the role; the command checks the tier (province, not commune) and the scope.
  moves: {
    prepared: { confirmed: ["official", "administrator"], returned: ["official", "administrator"] },
    confirmed: {},
    returned: {},
  },
});
