/**
 * The cancel's confirmation page and the buyer's "I received it" (issue 11, points 2 and 7):
 * both on the buyer's order page, both the buyer's only. The producer's new moves (delivery
 * failed, returned) go through producer.orders.$id.tsx, whose rows are in producer.cases.ts.
 */
import type { AuthzCase } from "./authz-case";

export const cases: AuthzCase[] = [
  {
    route: "orders.$number.tsx",
    method: "GET",
    url: (w) => `/orders/${w.order.number}?cancel=${w.order.partA}`,
    params: (w) => ({ number: w.order.number }),
    allow: ["customer"],
    shows: (w) => w.order.number,
    note: "the cancel's confirmation page (no JavaScript): the buyer only",
  },
  {
    route: "orders.$number.tsx",
    method: "POST",
    url: (w) => `/orders/${w.order.number}`,
    params: (w) => ({ number: w.order.number }),
    form: (w) => ({ intent: "received", partId: String(w.order.partA) }),
    allow: ["customer"],
    // Part A is not shipped: the lifecycle refuses, the page is shown again as it is.
    answers: { status: 303, location: /^\/orders\/OC-/ },
    note: "only the buyer confirms receipt; a part not yet shipped stays as it is",
  },
];
