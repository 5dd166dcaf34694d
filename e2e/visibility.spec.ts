import { expect, test, type APIRequestContext } from "@playwright/test";
import { HIDDEN_DEMO_SLUGS, VISIBLE_DEMO_SLUGS } from "../db/seed";

/**
 * The storefront's promise: no page and no sitemap ever shows a 1–2★, expired, revoked or
 * unlisted product, or one of a suspended producer. The demo seed plants one of each.
 */
const hidden = HIDDEN_DEMO_SLUGS.map((h) => h.slug);
const productLink = (slug: string) => new RegExp(`/products/${slug}(?=["?#/])`);

async function allCatalogueHtml(request: APIRequestContext): Promise<string[]> {
  const pages: string[] = [];
  for (let page = 1; page <= 50; page += 1) {
    const response = await request.get(`/products?page=${page}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    pages.push(html);
    if (!html.includes(`page=${page + 1}`)) break;
  }
  return pages;
}

test.describe("only certified, valid, listed products are ever shown", () => {
  test("hidden products answer 404 or 410, never their page", async ({ request }) => {
    for (const { slug, reason } of HIDDEN_DEMO_SLUGS) {
      const response = await request.get(`/products/${slug}`);
      const expected = /expired|revoked/.test(reason) ? 410 : 404;
      expect(response.status(), `${slug}: ${reason}`).toBe(expected);
    }
  });

  test("an expired product's page says it is no longer certified", async ({ page }) => {
    const expired = HIDDEN_DEMO_SLUGS.find((h) => h.reason.includes("expired"));
    expect(expired).toBeDefined();
    const response = await page.goto(`/products/${expired?.slug}`);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).toContainText(/hết hạn|expired/i);
  });

  test("the whole catalogue, the home page and the sitemap never list them", async ({
    request,
  }) => {
    const catalogue = await allCatalogueHtml(request);
    expect(catalogue.length).toBeGreaterThan(1);
    const home = await (await request.get("/")).text();
    const sitemapResponse = await request.get("/sitemap.xml");
    expect(sitemapResponse.status()).toBe(200);
    const sitemap = await sitemapResponse.text();
    for (const slug of hidden) {
      for (const html of catalogue) expect(html, slug).not.toMatch(productLink(slug));
      expect(home, slug).not.toMatch(productLink(slug));
      expect(sitemap, slug).not.toMatch(new RegExp(`/products/${slug}<`));
    }
    // The known visible ones are there, so the checks above are not vacuous.
    const everything = catalogue.join("\n");
    for (const { slug } of VISIBLE_DEMO_SLUGS) {
      expect(everything, slug).toMatch(productLink(slug));
      expect(sitemap, slug).toMatch(new RegExp(`/products/${slug}<`));
    }
  });

  test("filtered catalogue pages and producer pages never list them", async ({ request }) => {
    const producerPaths = new Set<string>();
    for (const stars of ["3", "4", "5"]) {
      const html = await (await request.get(`/products?stars=${stars}&sort=stars`)).text();
      for (const slug of hidden)
        expect(html, `${slug} stars=${stars}`).not.toMatch(productLink(slug));
    }
    const producersHtml = await (await request.get("/producers")).text();
    for (const m of producersHtml.matchAll(/href="(\/producers\/[a-z0-9-]+)"/g)) {
      if (m[1]) producerPaths.add(m[1]);
    }
    expect(producerPaths.size).toBeGreaterThan(5);
    for (const path of producerPaths) {
      const html = await (await request.get(path)).text();
      for (const slug of hidden) expect(html, `${slug} on ${path}`).not.toMatch(productLink(slug));
    }
  });
});
