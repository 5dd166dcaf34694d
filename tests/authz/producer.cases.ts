/**
 * The producer workspace (/producer): producer members only, each for their own producer.
 * Administrators are refused here too (they work in /admin); officials and customers get 403.
 * Targets belong to producer A, so producer B gets 404 for them.
 */
import type { AuthzCase } from "./authz-case";

const MEMBERS = ["producerA", "producerB"] as const;

export const cases: AuthzCase[] = [
  {
    route: "producer.tsx",
    method: "GET",
    url: () => "/producer",
    allow: MEMBERS,
    note: "the frame: any producer member, showing their own producer",
    hiddenFrom: { personas: ["producerB"], text: (w) => w.producerA.name },
  },
  {
    route: "producer._index.tsx",
    method: "GET",
    url: () => "/producer",
    allow: MEMBERS,
  },
  {
    route: "producer.products._index.tsx",
    method: "GET",
    url: () => "/producer/products",
    allow: MEMBERS,
    hiddenFrom: { personas: ["producerB"], text: (w) => w.productA.nameVi },
    shows: (w) => w.productA.nameVi,
  },
  {
    route: "producer.products.$id.tsx",
    method: "GET",
    url: (w) => `/producer/products/${w.productA.id}`,
    params: (w) => ({ id: String(w.productA.id) }),
    allow: ["producerA"],
    shows: (w) => w.productA.nameVi,
  },
  {
    route: "producer.products.$id.tsx",
    method: "POST",
    url: (w) => `/producer/products/${w.productA.id}`,
    params: (w) => ({ id: String(w.productA.id) }),
    allow: ["producerA"],
    note: "an empty form: 400 for producer A, nothing written",
  },
  {
    route: "producer.shipping.tsx",
    method: "GET",
    url: () => "/producer/shipping",
    allow: MEMBERS,
  },
  {
    route: "producer.shipping.tsx",
    method: "POST",
    url: () => "/producer/shipping",
    allow: MEMBERS,
    note: "an empty form: 400 (unknown intent), nothing written",
  },
  {
    route: "producer.orders._index.tsx",
    method: "GET",
    url: () => "/producer/orders",
    allow: MEMBERS,
  },
  {
    route: "producer.orders.$id.tsx",
    method: "GET",
    url: (w) => `/producer/orders/${w.order.partA}`,
    params: (w) => ({ id: String(w.order.partA) }),
    allow: ["producerA"],
    shows: (w) => w.order.number,
  },
  {
    route: "producer.orders.$id.tsx",
    method: "POST",
    url: (w) => `/producer/orders/${w.order.partA}`,
    params: (w) => ({ id: String(w.order.partA) }),
    allow: ["producerA"],
    note: "an empty form: 400 for producer A, the part is not moved",
  },
  {
    route: "producer.orders[.]csv.ts",
    method: "GET",
    url: () => "/producer/orders.csv",
    allow: MEMBERS,
    hiddenFrom: { personas: ["producerB"], text: (w) => w.productA.nameVi },
    shows: (w) => w.productA.nameVi,
    note: "each member downloads only their own producer's items",
  },
];
