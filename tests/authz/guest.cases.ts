/**
 * Find my order (/orders/lookup, decision 0025): a public page, the same for everyone. The
 * matrix does not list public routes by itself; these rows run all the same. A wrong pair is
 * not a row here: every persona posts from one address, so the rows would meet the look-up's
 * own limit; wrong pairs and the limit are in tests/routes/order-lookup.db.test.ts.
 */
import type { AuthzCase } from "./authz-case";
import { PERSONAS } from "./world";

export const cases: AuthzCase[] = [
  {
    route: "orders.lookup.tsx",
    method: "GET",
    url: () => "/orders/lookup",
    allow: PERSONAS,
    note: "public: a guest without account, email or link finds an order here",
  },
  {
    route: "orders.lookup.tsx",
    method: "POST",
    url: () => "/orders/lookup",
    allow: PERSONAS,
    note: "an empty form is refused naming the fields, for everyone alike",
  },
  {
    route: "orders.lookup.tsx",
    method: "POST",
    url: () => "/orders/lookup",
    form: (w) => ({ phone: "0987 654 321", number: w.order.number }),
    allow: PERSONAS,
    answers: { status: 303, location: /^\/orders\/OC-/ },
    note: "the right pair opens the order for whoever gives it (the browser gets a grant)",
  },
];
