import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { DEMO_PRODUCERS } from "../db/seed/data";
import { signUp } from "./support/accounts";
import { mailsTo, waitForMail } from "./support/mail";
import { publicDemoProducts } from "./support/storefront";
import { agreeToPrivacyNotice } from "./support/consent";

/**
 * A guest buys from two producers with cash on delivery and gets one order with two
 * shipments, each with its own shipping fee. The checkout shows each parcel's fee and the
 * grand total before the order (updated without a reload when the province changes), and the
 * order page shows exactly that total.
 */

function twoProductsFromTwoProducers() {
  const publicSlugs = new Set(publicDemoProducts().map((p) => p.slug));
  const picks: { slug: string; nameVi: string; producer: string; provinceCode: string }[] = [];
  for (const producer of DEMO_PRODUCERS) {
    if (producer.status === "suspended") continue;
    // Not a drink of 15% or more: that checkout asks for the buyer's age (e2e/alcohol.spec.ts).
    const product = producer.products.find(
      (p) => publicSlugs.has(p.slug) && p.stock >= 10 && (p.alcoholPercent ?? 0) < 15,
    );
    if (product)
      picks.push({
        slug: product.slug,
        nameVi: product.nameVi,
        producer: producer.name,
        provinceCode: producer.provinceCode,
      });
    if (picks.length === 2) return picks as [(typeof picks)[0], (typeof picks)[0]];
  }
  throw new Error("The demo seed needs two producers with a public product in stock");
}

async function addToCart(page: Page, slug: string) {
  await page.goto(`/products/${slug}`);
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

async function buyFromTwoProducers(page: Page, javaScript: boolean, email: string) {
  const [first, second] = twoProductsFromTwoProducers();
  await addToCart(page, first.slug);
  await addToCart(page, second.slug);

  await expect(page.getByRole("heading", { name: "Giỏ hàng" })).toBeVisible();
  await expect(page.getByTestId("cart-group")).toHaveCount(2);
  await expect(page.getByRole("heading", { name: `Từ ${first.producer}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Từ ${second.producer}` })).toBeVisible();
  await page.getByRole("link", { name: "Thanh toán" }).click();

  await expect(page.getByRole("heading", { name: "Thanh toán", level: 1 })).toBeVisible();
  await page.getByLabel("Họ và tên người nhận").fill("Nguyễn Thị Lan");
  await page.getByLabel("Số điện thoại").fill("0912 345 678");
  await page.getByLabel("Email (không bắt buộc)").fill(email);
  // With JavaScript, choosing the province posts the form: only once the page has hydrated
  // (on a busy machine that takes a moment after the page shows).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption(first.provinceCode);
  // Without JavaScript the buyer asks for the commune list with a button (step one of two).
  if (!javaScript) await page.getByRole("button", { name: "Xem danh sách xã, phường" }).click();
  // Choosing the province loads its communes (by a form post, with or without JavaScript),
  // and the totals: each parcel's shipping fee and estimate, and the grand total.
  const summary = page.getByTestId("checkout-summary");
  await expect(summary.getByTestId("checkout-shipment")).toHaveCount(2);
  await expect(summary.getByTestId("shipment-fee")).toHaveCount(2);
  await expect(summary.getByText(/^Giao trong \d–\d ngày/)).toHaveCount(2);
  const shownTotal = (await summary.getByTestId("checkout-total").innerText()).replace(
    /^Tổng cộng\s*/,
    "",
  );
  expect(shownTotal).toMatch(/^[\d.]+\s₫$/);
  await expect(page.getByTestId("checkout-total-to-pay")).toHaveText(
    `Tổng cộng phải trả: ${shownTotal}`,
  );
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  const firstCommune = await commune.locator("option").nth(1).getAttribute("value");
  await commune.selectOption(firstCommune ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 12 ngõ 34 Đội Cấn");
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  await expect(page).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}/);
  const orderNumber = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await expect(page.getByRole("heading", { name: /^Đơn hàng OC-/ })).toBeVisible();
  await expect(page.getByText("Cảm ơn bạn! Đơn hàng đã được đặt.", { exact: false })).toBeVisible();
  const parts = page.getByTestId("order-part");
  await expect(parts).toHaveCount(2);
  await expect(page.getByRole("heading", { name: `Kiện hàng từ ${first.producer}` })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: `Kiện hàng từ ${second.producer}` }),
  ).toBeVisible();
  await expect(parts.getByText("Trạng thái: Đã đặt")).toHaveCount(2);
  // Exactly the total the checkout showed.
  await expect(page.getByTestId("order-total")).toHaveText(shownTotal);
  await expect(page.getByText(first.nameVi, { exact: false })).toBeVisible();

  // Cash on delivery: the confirmation email goes out at once, with the private link.
  const mail = await waitForMail(
    email,
    new RegExp(`^Xác nhận đơn hàng ${orderNumber} – Chợ OCOP$`),
  );
  expect(mail).toMatch(new RegExp(`/orders/${orderNumber}\\?key=[A-Za-z0-9_-]+`));
  expect(mailsTo(email)).toHaveLength(1);

  // The cart is empty afterwards.
  await page.goto("/cart");
  await expect(page.getByText("Giỏ hàng của bạn đang trống.")).toBeVisible();
  return orderNumber;
}

const uniqueEmail = (who: string, info: TestInfo) =>
  `${who}-${info.project.name}-${Date.now()}@example.com`;

test("a guest buys from two producers with COD and sees one order with two shipments", async ({
  page,
}, info) => {
  await buyFromTwoProducers(page, true, uniqueEmail("lan", info));
});

test("a customer signs up, buys, and finds the order in their history", async ({ page }, info) => {
  const email = `mua-${info.project.name}-${Date.now()}@example.com`;
  await signUp(page, { name: "Phạm Văn Hùng", email, password: "mat-khau-cua-hung" });
  const header = page.getByRole("banner");

  const orderNumber = await buyFromTwoProducers(page, true, uniqueEmail("hung-mua", info));
  expect(orderNumber).toMatch(/^OC-/);

  await header.getByRole("link", { name: /Phạm Văn Hùng/ }).click();
  await expect(page.getByRole("heading", { name: "Tài khoản của tôi" })).toBeVisible();
  await page.getByRole("link", { name: orderNumber }).click();
  await expect(page.getByRole("heading", { name: `Đơn hàng ${orderNumber}` })).toBeVisible();
  await expect(page.getByTestId("order-part")).toHaveCount(2);
});

test("changing the province updates each parcel's fee and the total without reloading the page", async ({
  page,
}) => {
  const [first, second] = twoProductsFromTwoProducers();
  await addToCart(page, first.slug);
  await addToCart(page, second.slug);
  await page.goto("/checkout");
  await page.waitForLoadState("networkidle");
  const summary = page.getByTestId("checkout-summary");
  await expect(summary.getByText("Chọn tỉnh, thành phố nhận hàng", { exact: false })).toBeVisible();
  // A mark on the window: a reload would wipe it.
  await page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 42));

  await page.getByLabel("Tỉnh, thành phố").selectOption(first.provinceCode);
  await expect(summary.getByTestId("checkout-shipment")).toHaveCount(2);
  const near = await summary.getByTestId("checkout-total").innerText();
  const nearFees = await summary.getByTestId("shipment-fee").allInnerTexts();

  // Cà Mau is far from (almost) everywhere: another region for a northern producer.
  const far = first.provinceCode === "96" ? "01" : "96";
  await page.getByLabel("Tỉnh, thành phố").selectOption(far);
  await expect(summary.getByTestId("checkout-total")).not.toHaveText(near);
  await expect
    .poll(() => summary.getByTestId("shipment-fee").allInnerTexts())
    .not.toEqual(nearFees);
  await expect(summary.getByText(/^Giao đến /)).toContainText("Cà Mau");
  expect(await page.evaluate(() => (window as unknown as { __mark?: number }).__mark)).toBe(42);

  // Enter in a text field places the order once the total is shown (not "show communes").
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await page.getByLabel("Họ và tên người nhận").fill("Trần Thị Mai");
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page.getByLabel("Email (không bắt buộc)").fill(`mai-${Date.now()}@example.com`);
  const total = (await summary.getByTestId("checkout-total").innerText()).replace(
    /^Tổng cộng\s*/,
    "",
  );
  await agreeToPrivacyNotice(page);
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 3 đường Trần Hưng Đạo");
  await page.getByLabel("Số nhà, đường, thôn, ấp").press("Enter");
  await expect(page).toHaveURL(/\/orders\/OC-/);
  await expect(page.getByTestId("order-total")).toHaveText(total);
});

test("the product page and the cart say what shipping costs, and to which province", async ({
  page,
}) => {
  const [first] = twoProductsFromTwoProducers();
  await page.goto(`/products/${first.slug}`);
  await expect(page.getByTestId("product-shipping")).toContainText(
    /Phí ship từ [\d.]+\s₫, giao trong \d–\d ngày đến /,
  );
  await addToCart(page, first.slug);
  await expect(page.getByTestId("cart-shipping-estimate")).toContainText(
    /Phí ship ước tính đến .+: /,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the same purchase works with plain forms", async ({ page }, info) => {
    await buyFromTwoProducers(page, false, uniqueEmail("lan-no-js", info));
  });
});
