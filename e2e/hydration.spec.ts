import { recordBrowserErrors, settle } from "./support/browser-errors";
import { expect, switchToEnglish, test } from "./support/fixtures";
import { PUBLIC_HTML_PAGES } from "./support/public-pages";
import { hiddenDemo } from "./support/storefront";

/**
 * The browser renders what the server sent: no hydration error (React #418, #423, #425) or
 * any other error on the console while a page loads. The Vietnamese pages are covered by the
 * accessibility spec, which watches the console on every page it checks; here the English.
 */

test("a withdrawn product's page hydrates in both languages, its headline given in both", async ({
  page,
}) => {
  const browser = recordBrowserErrors(page);
  const path = `/products/${hiddenDemo(/certificate revoked/)}`;

  const vi = await page.goto(path);
  expect(vi?.status()).toBe(410);
  await settle(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Chứng nhận OCOP của sản phẩm này đã bị thu hồi",
  );
  await expect(page.locator('main p[lang="en"]')).toHaveText(
    "This product's OCOP certificate has been revoked",
  );

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await settle(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "This product's OCOP certificate has been revoked",
  );
  await expect(page.locator('main p[lang="vi"]')).toHaveText(
    "Chứng nhận OCOP của sản phẩm này đã bị thu hồi",
  );

  browser.stop();
  expect(browser.errors, `\n${browser.errors.join("\n")}\n`).toEqual([]);
});

test("every public page hydrates in English without an error", async ({ page }) => {
  test.setTimeout(120_000);
  await switchToEnglish(page);
  const problems: string[] = [];
  for (const { path, status } of PUBLIC_HTML_PAGES) {
    const browser = recordBrowserErrors(page);
    const response = await page.goto(path);
    if (response?.status() !== status) problems.push(`${path}: answered ${response?.status()}`);
    await settle(page);
    browser.stop();
    problems.push(...browser.errors.map((e) => `${path}: ${e}`));
  }
  expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
});

test("a slow dictionary file still comes before the page's modules: hydrated, translated", async ({
  page,
}) => {
  // The modules come from the cache or the preload links; the dictionary is held back, as on a
  // slow network. Were the modules to run first, the page would hydrate with raw keys.
  await page.route(/\/i18n\/(vi|en)(-workspace)?\.js/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  const browser = recordBrowserErrors(page);
  await page.goto("/products");
  await page.waitForFunction(() => "__remixRouter" in window);
  await settle(page);
  await expect(page.getByRole("banner").getByRole("button", { name: /^English/ })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })).toBeVisible();
  browser.stop();
  expect(browser.errors, `\n${browser.errors.join("\n")}\n`).toEqual([]);
});
