import { expect, test, type Page } from "@playwright/test";
import { publicDemoProducts } from "./support/storefront";
import { agreeToPrivacyNotice } from "./support/consent";

/**
 * A guest orders without email, keeps the order number, and later finds the order from
 * another browser by phone number + order number (decision 0025).
 */

const SHOTS = process.env.GUEST_SHOTS;

function productInStock(): string {
  const p = publicDemoProducts().find((d) => d.stock >= 20);
  if (!p) throw new Error("The demo seed needs a public product with stock");
  return p.slug;
}

async function shot(page: Page, name: string, widths: number[]) {
  if (!SHOTS) return;
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

test("a guest orders without email and finds the order again by phone + number", async ({
  page,
  browser,
  baseURL,
}) => {
  // Two browsers, a checkout and three look-ups: longer than one page's budget on a busy machine.
  test.setTimeout(120_000);
  // Unique per run: the look-up limits count per number, and a phone is shared by no one else.
  const phone = `09${String(Date.now()).slice(-8)}`;
  await page.goto(`/products/${productInStock()}`);
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("link", { name: "Đã đặt hàng? Tra cứu đơn hàng" })).toBeVisible();
  await page.getByRole("link", { name: "Thanh toán" }).click();

  const email = page.getByLabel("Email (không bắt buộc)");
  await expect(email).not.toHaveAttribute("required");
  await expect(
    page.getByText("Không có email, bạn sẽ không nhận được email xác nhận.", { exact: false }),
  ).toBeVisible();
  await page.getByLabel("Họ và tên người nhận").fill("Đinh Thị Khách");
  await page.getByLabel("Số điện thoại").fill(phone);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption("01");
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 8 ngõ 12 Láng Hạ");
  await email.scrollIntoViewIfNeeded();
  await shot(page, "checkout-email", [390, 1280]);
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  await expect(page).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}\?key=/);
  const number = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await expect(page.getByText("Bạn không để lại email", { exact: false })).toBeVisible();
  const saved = page.getByTestId("order-saved");
  await expect(
    saved.getByRole("heading", { name: "Lưu lại mã đơn và đường liên kết này" }),
  ).toBeVisible();
  await expect(saved.getByTestId("order-saved-number")).toHaveText(number);
  await expect(saved.getByTestId("order-saved-link")).toContainText(`/orders/${number}?key=`);
  // The copy buttons come with JavaScript.
  await expect(saved.getByRole("button", { name: "Sao chép: Mã đơn hàng" })).toBeVisible();
  await shot(page, "order-saved", [390, 1280]);

  // Another browser, without JavaScript: no cookie, no link, no email. The footer leads to
  // the look-up, a plain form that posts and redirects.
  const other = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    locale: "vi-VN",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const guest = await other.newPage();
  await guest.goto(`/orders/${number}`);
  await expect(guest.getByRole("heading", { name: `Đơn hàng ${number}` })).toHaveCount(0);
  await guest.goto("/");
  await guest.getByRole("contentinfo").getByRole("link", { name: "Tra cứu đơn hàng" }).click();
  await expect(guest).toHaveURL(/\/orders\/lookup$/);
  await expect(guest.getByRole("heading", { name: "Tra cứu đơn hàng", level: 1 })).toBeVisible();

  // A wrong phone: the same answer an unknown number gets.
  await guest.getByLabel("Số điện thoại đặt hàng").fill("0900000001");
  await guest.getByLabel("Mã đơn hàng").fill(number);
  await guest.getByRole("button", { name: "Tìm đơn hàng" }).click();
  const notFound = "Không tìm thấy đơn hàng với số điện thoại và mã đơn này.";
  await expect(guest.getByRole("alert")).toContainText(notFound);
  await guest.getByLabel("Số điện thoại đặt hàng").fill(phone);
  await guest.getByLabel("Mã đơn hàng").fill("OC-ZZZ-ZZZ2");
  await guest.getByRole("button", { name: "Tìm đơn hàng" }).click();
  await expect(guest.getByRole("alert")).toContainText(notFound);
  await shot(guest, "lookup-not-found", [390, 1280]);

  // The right pair, typed as people do: the order opens in this browser.
  await guest
    .getByLabel("Số điện thoại đặt hàng")
    .fill(`+84 ${phone.slice(1, 4)} ${phone.slice(4)}`);
  await guest.getByLabel("Mã đơn hàng").fill(number.toLowerCase());
  await guest.getByRole("button", { name: "Tìm đơn hàng" }).click();
  await expect(guest).toHaveURL(new RegExp(`/orders/${number}$`));
  await expect(guest.getByRole("heading", { name: `Đơn hàng ${number}` })).toBeVisible();
  await expect(guest.getByTestId("order-part")).toHaveCount(1);
  // And it stays open on the next visit, from the cookie.
  await guest.goto(`/orders/${number}`);
  await expect(guest.getByRole("heading", { name: `Đơn hàng ${number}` })).toBeVisible();
  await guest.goto("/orders/lookup");
  await shot(guest, "lookup", [390, 1280]);
  await other.close();
});
