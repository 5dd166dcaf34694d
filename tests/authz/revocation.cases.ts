/**
 * Revocation as a decision and entries awaiting the province (issue 12): the awaiting list is
 * for officials and administrators; the new intents of the product page are refused out of
 * scope (404) like every form there.
 */
import { ALL_OFFICIALS, OFFICIALS_IN_SCOPE, type AuthzCase } from "./authz-case";

export const cases: AuthzCase[] = [
  {
    route: "admin.entries.tsx",
    method: "GET",
    url: () => "/admin/entries",
    allow: ALL_OFFICIALS,
    note: "a scoped list: each official sees the entries of their own unit",
  },
  {
    route: "admin.products.$id.tsx",
    method: "POST",
    url: (w) => `/admin/products/${w.productA.id}`,
    params: (w) => ({ id: String(w.productA.id) }),
    form: () => ({ intent: "prepareRevocation", decisionNumber: "" }),
    allow: OFFICIALS_IN_SCOPE,
    note: "an empty prepared revocation is refused field by field; out of scope is 404 first",
  },
  {
    route: "admin.products.$id.tsx",
    method: "POST",
    url: (w) => `/admin/products/${w.productA.id}`,
    params: (w) => ({ id: String(w.productA.id) }),
    form: () => ({ intent: "returnEntry", entryId: "987654", returnReason: "" }),
    allow: OFFICIALS_IN_SCOPE,
    note: "a return without its reason is refused; out of scope is 404 first",
  },
];
