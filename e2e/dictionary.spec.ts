import { expect, test } from "@playwright/test";
import { dictionaryHref } from "../app/i18n/i18n.server";

/**
 * The reader's dictionary as a file (decision 0010): the workspaces' messages are served only
 * to a signed-in person whose role opens a workspace, and never kept by a shared cache.
 */
test("the workspace dictionary is for people who work in a workspace", async ({
  page,
  request,
}) => {
  const href = dictionaryHref("vi", true);
  expect((await request.get(href)).status()).toBe(404);

  await page.goto("/login?redirectTo=%2Fproducer");
  await page.getByLabel("Email").fill("htx-songlo@demo.cho-ocop.vn");
  await page.getByLabel("Mật khẩu").fill("cho-ocop-demo");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/producer$/);

  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
  const body = await response.text();
  expect(body).toContain('"pws.');
  expect(body.startsWith('window.__OCOP_I18N__={"lang":"vi"')).toBe(true);

  // A shopper's dictionary stays light: no workspace message in it.
  const shop = await request.get(dictionaryHref("vi", false));
  expect(shop.status()).toBe(200);
  expect(shop.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(await shop.text()).not.toContain('"pws.');
});
