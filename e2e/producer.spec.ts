import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, logIn, SONG_LO_PRODUCT, test } from "./support/fixtures";
import { demoProduct } from "./support/storefront";
import { agreeToPrivacyNotice } from "./support/consent";

/**
 * The producer workspace, as the Sông Lô cooperative's member uses it: edit a listing's price
 * and stock and add a photo, and the storefront shows them at once; fulfil a guest's order
 * (confirm, ship with a carrier and tracking number) and the buyer's page says it is on its
 * way. Each project edits its own product, so the desktop and phone runs never collide.
 */

/** One product per project: both run at once against the same database. */
const EDITED = { desktop: "tra-la-oi-song-lo", phone: "oi-ruot-do-song-lo" } as const;
/** Ordered by guests in both projects; its stock is large. */
const ORDERED = SONG_LO_PRODUCT;

/** The demo producer's member, signed in through the form, on the workspace's overview. */
async function logInAsProducer(page: Page) {
  await logIn(page, "producer", "/producer");
  await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible();
}

/** "66.000 ₫" as the Vietnamese page prints it (a no-break space before the sign). */
function vnd(amount: number): RegExp {
  const grouped = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return new RegExp(`^${grouped.replace(/\./g, "\\.")}\\s₫$`);
}

async function anonymousPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test("a producer edits price, stock and photos, and the storefront shows them at once", async ({
  page,
  browser,
}, info) => {
  const slug = EDITED[info.project.name as keyof typeof EDITED];
  const product = demoProduct(slug);
  await logInAsProducer(page);

  await page
    .getByRole("navigation", { name: "Khu làm việc" })
    .getByRole("link", { name: "Sản phẩm" })
    .click();
  await expect(page.getByRole("heading", { name: "Sản phẩm", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: `Sửa ${product.nameVi}` }).click();
  await expect(page.getByRole("heading", { name: product.nameVi, level: 1 })).toBeVisible();
  // Stars and the certificate are shown, not editable.
  await expect(page.getByTestId("readonly-certificate")).toContainText("OCOP 3 sao");

  // A bad price is refused with its message, and nothing is saved.
  const price = page.getByLabel("Giá bán (đồng)");
  const before = Number(await price.inputValue());
  await price.fill("12,5");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(
    page.getByText("Giá phải là số nguyên đồng, ví dụ 120000 hoặc 120.000."),
  ).toBeVisible();

  // Read back what we set: the price moves by 1.000 đồng, the stock to a number under 99.
  const newPrice = before + 1_000;
  const newStock = info.project.name === "phone" ? 43 : 42;
  await price.fill(newPrice.toLocaleString("vi-VN"));
  await page.getByLabel("Số lượng trong kho").fill(String(newStock));
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thay đổi.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Giá bán (đồng)")).toHaveValue(String(newPrice));

  // A photo made by sharp, larger than the 1200 px the site keeps.
  const file = info.outputPath("anh-san-pham.png");
  await sharp({
    create: { width: 1600, height: 1200, channels: 3, background: { r: 47, g: 111, b: 44 } },
  })
    .png()
    .toFile(file);
  const photos = page.getByTestId("product-photo");
  const count = await photos.count();
  await page.getByLabel("Chọn ảnh").setInputFiles(file);
  await page.getByRole("button", { name: "Tải ảnh lên" }).click();
  await expect(page.getByText("Đã thêm ảnh.")).toBeVisible();
  await expect(photos).toHaveCount(count + 1);
  await photos.last().getByRole("button", { name: "Đặt làm ảnh chính" }).click();
  await expect(page.getByText("Đã đặt ảnh chính.")).toBeVisible();
  await expect(photos.first().getByRole("img")).toHaveAttribute(
    "src",
    /^\/media\/products\/\d+\/[0-9a-f]+-480\.webp$/,
  );

  // A reader without a session (the page cache's audience) sees all of it at once.
  const reader = await anonymousPage(browser);
  await reader.goto(`/products/${slug}`);
  const main = reader.getByRole("main");
  await expect(main.getByText(vnd(newPrice))).toBeVisible();
  await expect(reader.getByLabel("Số lượng")).toHaveAttribute("max", String(newStock));
  const photo = main.getByRole("img", { name: product.nameVi }).first();
  await expect(photo).toHaveAttribute("src", /^\/media\/products\/\d+\/[0-9a-f]+-1200\.webp$/);
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(1200);
  await reader.context().close();
});

test("a producer confirms and ships a guest's order; the buyer's page shows it shipped", async ({
  page,
  browser,
}, info) => {
  const product = demoProduct(ORDERED);
  // The guest buys with cash on delivery and keeps the private link.
  const buyer = await anonymousPage(browser);
  await buyer.goto(`/products/${ORDERED}`);
  await buyer.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(buyer).toHaveURL(/\/cart$/);
  await buyer.getByRole("link", { name: "Thanh toán" }).click();
  await buyer.getByLabel("Họ và tên người nhận").fill(`Khách ${info.project.name}`);
  await buyer.getByLabel("Số điện thoại").fill("0987 654 321");
  await buyer
    .getByLabel("Email (không bắt buộc)")
    .fill(`khach-${info.project.name}-${Date.now()}@example.com`);
  await buyer.getByLabel("Tỉnh, thành phố").selectOption("25");
  const commune = buyer.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await buyer.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 3 đường Hùng Vương");
  await agreeToPrivacyNotice(buyer);
  await buyer.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(buyer).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}\?key=/);
  const orderUrl = buyer.url();
  const number = new URL(orderUrl).pathname.split("/").at(-1) ?? "";
  await expect(buyer.getByText("Trạng thái: Đã đặt")).toBeVisible();

  // The producer finds it among the parts waiting for confirmation.
  await logInAsProducer(page);
  await page.getByTestId("overview-to-confirm").click();
  await expect(page).toHaveURL(/\/producer\/orders\?status=placed$/);
  await page.getByRole("link", { name: `Mở đơn ${number}` }).click();
  await expect(page.getByRole("heading", { name: `Đơn ${number}`, level: 1 })).toBeVisible();
  await expect(page.getByText(product.nameVi, { exact: false })).toBeVisible();
  await expect(page.getByText("Số 3 đường Hùng Vương", { exact: false })).toBeVisible();

  await page.getByRole("button", { name: "Xác nhận đơn" }).click();
  await expect(page.getByText("Đã xác nhận đơn.")).toBeVisible();
  await expect(page.getByTestId("part-status")).toHaveText("Đã xác nhận");

  // Both shipping details are required.
  const tracking = `VTP${Date.now().toString().slice(-9)}`;
  await page.getByLabel("Đơn vị vận chuyển", { exact: true }).selectOption("viettelpost");
  await page.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
  await expect(page.getByText("Vui lòng nhập mã vận đơn.")).toBeVisible();
  await expect(page.getByTestId("part-status")).toHaveText("Đã xác nhận");
  await page.getByLabel("Mã vận đơn").fill(tracking);
  await page.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
  await expect(page.getByText("Đã ghi nhận gửi hàng.", { exact: false })).toBeVisible();
  await expect(page.getByTestId("part-status")).toHaveText("Đang giao");
  await expect(page.getByTestId("shipment")).toContainText(tracking);

  // The buyer's page, through the private link.
  await buyer.goto(orderUrl.replace(/&placed=1$/, ""));
  await expect(buyer.getByText("Trạng thái: Đang giao")).toBeVisible();
  const shipment = buyer.getByTestId("order-part");
  const details = shipment.getByTestId("part-details");
  await expect(details.getByText(tracking)).toBeVisible();
  await expect(details.getByText("Viettel Post", { exact: true })).toBeVisible();
  await buyer.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the forms work as plain forms: a bad stock is refused, the order list filters", async ({
    page,
  }, info) => {
    const product = demoProduct(EDITED[info.project.name as keyof typeof EDITED]);
    await logInAsProducer(page);
    await page.goto("/producer/products");
    await page.getByRole("link", { name: `Sửa ${product.nameVi}` }).click();
    await page.getByLabel("Số lượng trong kho").fill("100001");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(page.getByText("Tồn kho phải từ 0 đến 100.000.")).toBeVisible();
    await expect(page.getByLabel("Số lượng trong kho")).toHaveValue("100001");

    await page.goto("/producer/orders");
    await page.getByLabel("Trạng thái").selectOption("cancelled");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/\/producer\/orders\?status=cancelled/);
    await expect(page.getByRole("link", { name: "Tải CSV" })).toHaveAttribute(
      "href",
      "/producer/orders.csv?status=cancelled",
    );
  });
});
