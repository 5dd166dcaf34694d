/**
 * The lifecycle of a producer (chủ thể). A suspended producer's products leave the storefront
 * and search at once: the visibility rule requires an active producer.
 */
import type { Role } from "../../../db/schema";
import { defineLifecycle } from "../lifecycle/lifecycle";
import type { ProducerStatus } from "./schemas";

export type { ProducerStatus };

export const PRODUCER_LIFECYCLE = defineLifecycle<ProducerStatus, Role>({
  table: "producers",
  column: "status",
  states: ["active", "suspended"],
  // Registered by an official or created by a decision import. (Suspended demo producers are
  // seeded as they stand.)
  initial: ["active"],
  // The actor is the user's role; the command checks the official's scope first.
  moves: {
    active: { suspended: ["official", "administrator"] },
    suspended: { active: ["official", "administrator"] },
  },
});
