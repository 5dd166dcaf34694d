/**
 * Every kind of public page, with a demo record for the ones that need one: the pages the
 * outside judges (bytes, the Nu HTML checker, axe) are run over. A new public route belongs here.
 */
import { HIDDEN_DEMO_SLUGS, VISIBLE_DEMO_SLUGS } from "../../db/seed";
import { DEMO_PRODUCERS } from "../../db/seed/data";
import { DEMO_FAIRS, DEMO_SHOWROOMS } from "../../db/seed/promotion";

export type PublicPage = { path: string; status: number; about: string };

const product = VISIBLE_DEMO_SLUGS[0].slug;
const revoked = HIDDEN_DEMO_SLUGS.find((h) => h.reason === "certificate revoked")?.slug;
const producer = DEMO_PRODUCERS.find((p) => p.status !== "suspended")?.slug;
const fair = DEMO_FAIRS.find((f) => f.status === "published")?.slug;
const showroom = DEMO_SHOWROOMS[0]?.slug;

export const PUBLIC_HTML_PAGES: readonly PublicPage[] = [
  { path: "/", status: 200, about: "home" },
  { path: "/products", status: 200, about: "catalogue" },
  { path: "/products?q=mat+ong&stars=4", status: 200, about: "search with a filter" },
  { path: "/products?q=zzzqqq", status: 200, about: "search with no results" },
  { path: `/products/${product}`, status: 200, about: "product" },
  { path: `/products/${revoked}`, status: 410, about: "revoked product" },
  { path: "/producers", status: 200, about: "producers" },
  { path: `/producers/${producer}`, status: 200, about: "producer" },
  { path: "/certificates", status: 200, about: "certificate lookup" },
  { path: "/certificates?q=QĐ-UBND", status: 200, about: "certificate lookup results" },
  { path: "/fairs", status: 200, about: "fairs" },
  { path: `/fairs/${fair}`, status: 200, about: "fair" },
  { path: `/fairs/${fair}/print`, status: 200, about: "printed fair catalogue" },
  { path: "/showrooms", status: 200, about: "showrooms" },
  { path: `/showrooms/${showroom}`, status: 200, about: "showroom" },
  { path: `/showrooms/${showroom}/print`, status: 200, about: "printed showroom catalogue" },
  { path: "/cart", status: 200, about: "empty cart" },
  { path: "/login", status: 200, about: "log in" },
  { path: "/signup", status: 200, about: "sign up" },
  { path: "/signup/sent", status: 200, about: "sign-up sent: check your email" },
  { path: "/confirm-signup/khong-co-link-nay", status: 200, about: "sign-up link not valid" },
  { path: "/forgot-password", status: 200, about: "forgotten password" },
  { path: "/orders/lookup", status: 200, about: "find my order (phone + order number)" },
  { path: "/legal/operating-rules", status: 200, about: "the marketplace's operating rules" },
  { path: "/legal/privacy", status: 200, about: "the privacy notice" },
  { path: "/legal/privacy?version=1", status: 200, about: "a version of the privacy notice" },
  { path: "/legal/contact", status: 200, about: "contact and complaints" },
  { path: "/legal/operator", status: 200, about: "the operator and its registration" },
  { path: "/legal/khong-co-van-ban-nay", status: 404, about: "a legal text that does not exist" },
  { path: "/khong-co-trang-nay", status: 404, about: "not found" },
  {
    path: "/fairs/khong-co-hoi-cho-nay",
    status: 404,
    about: "a record not found (the root's error page)",
  },
];

export const PUBLIC_OTHER_PAGES: readonly PublicPage[] = [
  { path: "/sitemap.xml", status: 200, about: "sitemap" },
  { path: "/robots.txt", status: 200, about: "robots" },
  { path: "/api/suggest?q=mat", status: 200, about: "suggestions" },
  { path: "/i18n/vi.js", status: 200, about: "the reader's dictionary" },
];
