/** The legal texts (decision 0028): the public pages and the administrator's edit. */
import type { QueryCase } from "./query-case";

export const cases: QueryCase[] = [
  {
    route: "legal.$code.tsx",
    as: "anonymous",
    path: () => "/legal/privacy",
    params: () => ({ code: "privacy" }),
    query: ["version"],
  },
  {
    route: "admin.legal._index.tsx",
    as: "admin",
    path: () => "/admin/legal",
    query: [],
  },
  {
    route: "admin.legal.$code.tsx",
    as: "admin",
    path: () => "/admin/legal/privacy",
    params: () => ({ code: "privacy" }),
    query: [],
  },
];
