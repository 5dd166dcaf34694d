/**
 * The marketplace's legal texts (decision 0028): public pages for everyone; editing them is the
 * administrators' only (officials are refused, whatever their unit: the texts are the
 * marketplace's, not a unit's).
 */
import type { AuthzCase } from "./authz-case";
import { PERSONAS } from "./world";

export const cases: AuthzCase[] = [
  {
    route: "legal.$code.tsx",
    method: "GET",
    url: () => "/legal/privacy",
    params: () => ({ code: "privacy" }),
    allow: PERSONAS,
    note: "public: the privacy notice is read before consenting, signed in or not",
    shows: () => "Nghị định 13/2023/NĐ-CP",
  },
  {
    route: "legal.$code.tsx",
    method: "GET",
    url: () => "/legal/operator?version=1",
    params: () => ({ code: "operator" }),
    allow: PERSONAS,
    note: "an earlier version stays readable: consents point to it",
    shows: () => "Chưa đăng ký",
  },
  {
    route: "admin.legal._index.tsx",
    method: "GET",
    url: () => "/admin/legal",
    allow: ["admin"],
    shows: () => "Quy chế hoạt động",
  },
  {
    route: "admin.legal.$code.tsx",
    method: "GET",
    url: () => "/admin/legal/privacy",
    params: () => ({ code: "privacy" }),
    allow: ["admin"],
    shows: () => "Chính sách bảo vệ dữ liệu cá nhân",
  },
  {
    route: "admin.legal.$code.tsx",
    method: "POST",
    url: () => "/admin/legal/privacy",
    params: () => ({ code: "privacy" }),
    allow: ["admin"],
    note: "an empty form: 400 naming the fields for the administrator, nothing written",
  },
];
