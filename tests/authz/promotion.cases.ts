/**
 * Fairs and showrooms in the official workspace. Lists and "new" pages open to every official
 * (each sees only what their unit organises); a fair or showroom, its edit form and its
 * curation buttons answer only to officials whose unit covers its organiser (404 otherwise).
 */
import { ALL_OFFICIALS, OFFICIALS_IN_SCOPE, type AuthzCase } from "./authz-case";

export const cases: AuthzCase[] = [
  {
    route: "admin.fairs._index.tsx",
    method: "GET",
    url: () => "/admin/fairs",
    allow: ALL_OFFICIALS,
    hiddenFrom: { personas: ["officialOut"], text: () => "Hội chợ ma trận" },
    note: "a scoped list: the other province's official gets it without fair A",
  },
  {
    route: "admin.fairs.new.tsx",
    method: "GET",
    url: () => "/admin/fairs/new",
    allow: ALL_OFFICIALS,
    hiddenFrom: { personas: ["officialOut"], text: () => "Xã Sông Lô" },
    note: "the organiser choices are the official's own unit and those under it",
  },
  {
    route: "admin.fairs.new.tsx",
    method: "POST",
    url: () => "/admin/fairs/new",
    allow: ALL_OFFICIALS,
    note: "the empty form is refused field by field; nothing is written",
  },
  {
    route: "admin.fairs.$id.tsx",
    method: "GET",
    url: (w) => `/admin/fairs/${w.fairA.id}`,
    params: (w) => ({ id: String(w.fairA.id) }),
    allow: OFFICIALS_IN_SCOPE,
  },
  {
    route: "admin.fairs.$id.tsx",
    method: "GET",
    url: (w) => `/admin/fairs/${w.fairA.id}?q=mat+ong`,
    params: (w) => ({ id: String(w.fairA.id) }),
    allow: OFFICIALS_IN_SCOPE,
    note: "the product picker is part of the page: out of scope is 404 before any search",
  },
  {
    route: "admin.fairs.$id.tsx",
    method: "POST",
    url: (w) => `/admin/fairs/${w.fairA.id}`,
    params: (w) => ({ id: String(w.fairA.id) }),
    allow: OFFICIALS_IN_SCOPE,
    note: "no intent: 400 in scope, 404 out of it",
  },
  {
    route: "admin.fairs.$id.tsx",
    method: "POST",
    url: (w) => `/admin/fairs/${w.fairA.id}`,
    params: (w) => ({ id: String(w.fairA.id) }),
    form: () => ({ intent: "details" }),
    allow: OFFICIALS_IN_SCOPE,
    note: "an empty edit is refused field by field; out of scope is 404 before any validation",
  },
  {
    route: "admin.fairs.$id.tsx",
    method: "POST",
    url: (w) => `/admin/fairs/${w.fairA.id}`,
    params: (w) => ({ id: String(w.fairA.id) }),
    form: () => ({ intent: "remove", productId: "x" }),
    allow: OFFICIALS_IN_SCOPE,
    note: "a curation button with a bad product id: 400 in scope, 404 out of it",
  },
  {
    route: "admin.showrooms._index.tsx",
    method: "GET",
    url: () => "/admin/showrooms",
    allow: ALL_OFFICIALS,
    hiddenFrom: { personas: ["officialOut"], text: () => "Điểm bán ma trận" },
    note: "a scoped list: the other province's official gets it without showroom A",
  },
  {
    route: "admin.showrooms.new.tsx",
    method: "GET",
    url: () => "/admin/showrooms/new",
    allow: ALL_OFFICIALS,
  },
  {
    route: "admin.showrooms.new.tsx",
    method: "POST",
    url: () => "/admin/showrooms/new",
    allow: ALL_OFFICIALS,
    note: "the empty form is refused field by field; nothing is written",
  },
  {
    route: "admin.showrooms.$id.tsx",
    method: "GET",
    url: (w) => `/admin/showrooms/${w.showroomA.id}`,
    params: (w) => ({ id: String(w.showroomA.id) }),
    allow: OFFICIALS_IN_SCOPE,
  },
  {
    route: "admin.showrooms.$id.tsx",
    method: "POST",
    url: (w) => `/admin/showrooms/${w.showroomA.id}`,
    params: (w) => ({ id: String(w.showroomA.id) }),
    allow: OFFICIALS_IN_SCOPE,
    note: "no intent: 400 in scope, 404 out of it",
  },
  {
    route: "admin.showrooms.$id.tsx",
    method: "POST",
    url: (w) => `/admin/showrooms/${w.showroomA.id}`,
    params: (w) => ({ id: String(w.showroomA.id) }),
    form: () => ({ intent: "province", provinceCode: "25" }),
    allow: OFFICIALS_IN_SCOPE,
    note: "listing communes while editing: out of scope is 404 before anything is shown",
  },
];
