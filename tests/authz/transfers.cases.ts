/**
 * Bank transfer (VietQR): the producer's bank account page and the "money received / not
 * received" answers on its order page. Members only, each for their own producer; the world's
 * order is cash on delivery, so producer A's answer is refused with a 409 (nothing written)
 * and producer B, for whom the part does not exist, gets 404.
 */
import type { AuthzCase } from "./authz-case";

const MEMBERS = ["producerA", "producerB"] as const;

export const cases: AuthzCase[] = [
  {
    route: "producer.bank-account.tsx",
    method: "GET",
    url: () => "/producer/bank-account",
    allow: MEMBERS,
    note: "each member sees (and may change) only their own producer's account",
  },
  {
    route: "producer.bank-account.tsx",
    method: "POST",
    url: () => "/producer/bank-account",
    allow: MEMBERS,
    note: "an empty form: 400 (no intent), nothing written",
  },
  {
    route: "producer.bank-account.tsx",
    method: "POST",
    url: () => "/producer/bank-account",
    form: () => ({ intent: "save", bankBin: "123456", accountNumber: "12", accountHolder: "" }),
    allow: MEMBERS,
    note: "a bad form: 400 naming the fields, nothing written",
  },
  {
    route: "producer.orders.$id.tsx",
    method: "POST",
    url: (w) => `/producer/orders/${w.order.partA}`,
    params: (w) => ({ id: String(w.order.partA) }),
    form: () => ({ intent: "transferReceived" }),
    allow: ["producerA"],
    note: "a cash-on-delivery part: 409 for producer A, nothing written; 404 for producer B",
  },
  {
    route: "producer.orders.$id.tsx",
    method: "POST",
    url: (w) => `/producer/orders/${w.order.partA}`,
    params: (w) => ({ id: String(w.order.partA) }),
    form: () => ({ intent: "transferNotReceived" }),
    allow: ["producerA"],
    note: "never cancels someone else's part; a cash-on-delivery part is not cancelled (409)",
  },
];
