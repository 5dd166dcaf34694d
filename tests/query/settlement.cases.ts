/** Settlement's pages (decision 0024): the producer's statements and the administrator's payouts. */
import type { QueryCase } from "./query-case";

export const cases: QueryCase[] = [
  {
    route: "producer.statements._index.tsx",
    as: "producerA",
    path: () => "/producer/statements",
    query: [],
  },
  {
    route: "producer.statements.$month.tsx",
    as: "producerA",
    path: (w) => `/producer/statements/${w.statementMonth}`,
    params: (w) => ({ month: w.statementMonth }),
    query: [],
  },
  {
    route: "producer.statements.$month_.csv.ts",
    as: "producerA",
    path: (w) => `/producer/statements/${w.statementMonth}/csv`,
    params: (w) => ({ month: w.statementMonth }),
    query: [],
  },
  {
    route: "admin.payouts._index.tsx",
    as: "admin",
    path: () => "/admin/payouts",
    query: ["show"],
  },
  {
    route: "admin.payouts.$producerId.$month.tsx",
    as: "admin",
    path: (w) => `/admin/payouts/${w.producerA.id}/${w.statementMonth}`,
    params: (w) => ({ producerId: String(w.producerA.id), month: w.statementMonth }),
    query: ["paid"],
  },
];
