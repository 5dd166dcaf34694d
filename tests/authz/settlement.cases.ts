/**
 * Settlement (decision 0024): a producer's statements are its members' only; payouts are
 * the administrators' only (officials are refused, whatever their unit).
 */
import type { AuthzCase } from "./authz-case";

const MEMBERS = ["producerA", "producerB"] as const;

export const cases: AuthzCase[] = [
  {
    route: "producer.statements._index.tsx",
    method: "GET",
    url: () => "/producer/statements",
    allow: MEMBERS,
    note: "each member sees its own producer's months",
  },
  {
    route: "producer.statements.$month.tsx",
    method: "GET",
    url: (w) => `/producer/statements/${w.statementMonth}`,
    params: (w) => ({ month: w.statementMonth }),
    allow: MEMBERS,
    note: "the month is in the URL, the producer is the member's own: B sees B's statement",
    shows: (w) => w.producerA.name,
    hiddenFrom: { personas: ["producerB"], text: (w) => w.producerA.name },
  },
  {
    route: "producer.statements.$month_.csv.ts",
    method: "GET",
    url: (w) => `/producer/statements/${w.statementMonth}/csv`,
    params: (w) => ({ month: w.statementMonth }),
    allow: MEMBERS,
    shows: (w) => w.producerA.name,
    hiddenFrom: { personas: ["producerB"], text: (w) => w.producerA.name },
  },
  {
    route: "admin.payouts._index.tsx",
    method: "GET",
    url: () => "/admin/payouts",
    allow: ["admin"],
    shows: (w) => w.producerA.name,
  },
  {
    route: "admin.payouts.$producerId.$month.tsx",
    method: "GET",
    url: (w) => `/admin/payouts/${w.producerA.id}/${w.statementMonth}`,
    params: (w) => ({ producerId: String(w.producerA.id), month: w.statementMonth }),
    allow: ["admin"],
    shows: (w) => w.producerA.name,
  },
  {
    route: "admin.payouts.$producerId.$month.tsx",
    method: "POST",
    url: (w) => `/admin/payouts/${w.producerA.id}/${w.statementMonth}`,
    params: (w) => ({ producerId: String(w.producerA.id), month: w.statementMonth }),
    allow: ["admin"],
    note: "an empty form: 400 naming the fields for the administrator, nothing written",
  },
];
