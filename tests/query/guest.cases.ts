/** Find my order (/orders/lookup, decision 0025): a public form that reads no query. */
import type { QueryCase } from "./query-case";

export const cases: QueryCase[] = [
  { route: "orders.lookup.tsx", as: "anonymous", path: () => "/orders/lookup", query: [] },
];
