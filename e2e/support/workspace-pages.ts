/**
 * Every kind of page behind a log-in, for the outside judges (axe, the Nu HTML checker): the
 * producer's and the official's workspaces (lists, a record, new-record forms, import, audit,
 * fairs and showrooms) and a customer's account, order, cart and checkout. A record's page is the first one
 * its list links to, read from the list's HTML with the signed-in person's cookies.
 * A new workspace route belongs here.
 */
import type { APIRequestContext } from "@playwright/test";

export type SignedInPage = { path: string; about: string };

/** The first link on `list` whose path matches `pattern` (anchored): a real record to open. */
async function firstLink(
  request: APIRequestContext,
  list: string,
  pattern: RegExp,
): Promise<string> {
  const response = await request.get(list);
  if (!response.ok()) throw new Error(`${list} answered ${response.status()}`);
  const html = await response.text();
  const found = [...html.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1] ?? "")
    .find((href) => pattern.test(href));
  if (!found) throw new Error(`No link matching ${pattern} on ${list}`);
  return found;
}

/** The demo producer's workspace; it needs an order of one of its products to exist. */
export async function producerPages(request: APIRequestContext): Promise<SignedInPage[]> {
  return [
    { path: "/producer", about: "producer overview" },
    { path: "/producer/products", about: "producer's products" },
    {
      path: await firstLink(request, "/producer/products", /^\/producer\/products\/\d+$/),
      about: "producer's product",
    },
    { path: "/producer/orders", about: "producer's orders" },
    { path: "/producer/bank-account", about: "producer's bank account" },
    {
      path: await firstLink(request, "/producer/orders", /^\/producer\/orders\/\d+$/),
      about: "producer's order",
    },
    { path: "/producer/statements", about: "producer's statements" },
    {
      path: await firstLink(
        request,
        "/producer/statements",
        /^\/producer\/statements\/\d{4}-\d{2}$/,
      ),
      about: "producer's monthly statement",
    },
    // The demo's guava juice expires within 30 days: its letter is linked from the overview.
    {
      path: await firstLink(request, "/producer", /^\/producer\/certificates\/\d+\/letter$/),
      about: "producer's expiry notice letter",
    },
  ];
}

/** The workspace of an official of Phú Thọ. */
export async function officialPages(request: APIRequestContext): Promise<SignedInPage[]> {
  const record = (list: string) =>
    firstLink(request, list, new RegExp(`^${list.replace(/\//g, "\\/")}\\/\\d+$`));
  return [
    { path: "/admin", about: "official overview" },
    { path: "/admin/producers", about: "producers" },
    { path: await record("/admin/producers"), about: "a producer" },
    { path: "/admin/producers/new", about: "new producer" },
    { path: "/admin/products", about: "products" },
    { path: await record("/admin/products"), about: "a product" },
    { path: "/admin/products/new", about: "new product" },
    // With a producer search the form offers a second, named search form to pick one.
    { path: "/admin/products/new?pq=S%C3%B4ng+L%C3%B4", about: "new product, producer search" },
    { path: "/admin/certificates/expiring", about: "expiring certificates" },
    {
      path: await firstLink(
        request,
        "/admin/certificates/expiring",
        /^\/admin\/certificates\/\d+\/letter$/,
      ),
      about: "expiry notice letter",
    },
    { path: "/admin/import", about: "import a decision" },
    { path: "/admin/audit", about: "audit log" },
    { path: "/admin/fairs", about: "fairs" },
    { path: await record("/admin/fairs"), about: "a fair" },
    { path: "/admin/fairs/new", about: "new fair" },
    { path: "/admin/showrooms", about: "showrooms" },
    { path: await record("/admin/showrooms"), about: "a showroom" },
    { path: "/admin/showrooms/new", about: "new showroom" },
  ];
}

/** The administrator's own pages (officials are refused them): the legal texts. */
export function administratorPages(): SignedInPage[] {
  return [
    { path: "/admin/legal", about: "legal documents" },
    { path: "/admin/legal/privacy", about: "edit the privacy notice" },
  ];
}

/** A customer's account, one of their orders, and the way to the next (put a product in the cart first). */
export function customerPages(orderNumber: string): SignedInPage[] {
  return [
    { path: "/account", about: "account" },
    { path: `/orders/${orderNumber}`, about: "an order" },
    { path: "/cart", about: "cart with a product" },
    { path: "/checkout", about: "checkout" },
  ];
}
