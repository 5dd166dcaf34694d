/** Signed-in pages outside the workspaces: the account page and an order's page. */
import type { AuthzCase } from "./authz-case";

export const cases: AuthzCase[] = [
  {
    route: "account.tsx",
    method: "GET",
    url: () => "/account",
    allow: ["customer", "producerA", "producerB", "officialIn", "officialOut", "admin"],
    hiddenFrom: {
      personas: ["producerA", "producerB", "officialIn", "officialOut", "admin"],
      text: (w) => w.order.number,
    },
    shows: (w) => w.order.number,
    note: "everyone signed in has an account page; only the buyer's orders are on it",
  },
  {
    route: "orders.$number.tsx",
    method: "GET",
    url: (w) => `/orders/${w.order.number}`,
    params: (w) => ({ number: w.order.number }),
    allow: ["customer"],
    shows: (w) => w.order.number,
    note: "the buyer only; a guest needs the private link, tested in tests/routes",
  },
  {
    route: "orders.$number.tsx",
    method: "POST",
    url: (w) => `/orders/${w.order.number}`,
    params: (w) => ({ number: w.order.number }),
    form: (w) => ({ intent: "cancel", partId: String(w.order.partB) }),
    allow: ["customer"],
    answers: { status: 303, location: /[?&]cancelled=1/ },
    note: "only the buyer may cancel a shipment; the row cancels part B, which no other row needs",
  },
];
