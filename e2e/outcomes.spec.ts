import type { Browser, Page } from "@playwright/test";
import { expect, logIn, SONG_LO_PRODUCT, test } from "./support/fixtures";
import { DEMO_PRODUCERS } from "../db/seed/data";
import { publicDemoProducts } from "./support/storefront";
import { agreeToPrivacyNotice } from "./support/consent";

/**
 * Issue 11, points 2 and 7 on a real browser: a guest cancels one of two parcels through the
 * confirmation (a dialog with JavaScript, a page without) and the total drops by exactly that
 * parcel, which stays shown struck through with "Đã huỷ"; a producer's parcel fails to be
 * delivered and is recorded as returned, and the buyer's page and timeline say so.
 */

/** The page at a phone's and a desktop's width, for a person to look at (test output). */
async function screenshots(page: Page, path: string) {
  const size = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${path}-${width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

/** "406.000 ₫" → 406000. */
function amountOf(text: string | null): number {
  return Number((text ?? "").replace(/[^\d]/g, ""));
}

function twoProducts() {
  const publicSlugs = new Set(publicDemoProducts().map((p) => p.slug));
  const picks: { slug: string; provinceCode: string; producer: string }[] = [];
  for (const producer of DEMO_PRODUCERS) {
    if (producer.status === "suspended") continue;
    const product = producer.products.find((p) => publicSlugs.has(p.slug) && p.stock >= 10);
    if (product)
      picks.push({
        slug: product.slug,
        provinceCode: producer.provinceCode,
        producer: producer.name,
      });
    if (picks.length === 2) return picks;
  }
  throw new Error("The demo seed needs two producers with a public product in stock");
}

/** A guest's COD order of the given products; returns the order page's address (with key). */
async function guestOrder(
  page: Page,
  slugs: string[],
  provinceCode: string,
  who: string,
  javaScript = true,
) {
  for (const slug of slugs) {
    await page.goto(`/products/${slug}`);
    await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
    await expect(page).toHaveURL(/\/cart$/);
  }
  await page.getByRole("link", { name: "Thanh toán" }).click();
  await page.getByLabel("Họ và tên người nhận").fill(who);
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page
    .getByLabel("Email (không bắt buộc)")
    .fill(`${who.replace(/\W/g, "").toLowerCase()}-${Date.now()}@example.com`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption(provinceCode);
  if (!javaScript) await page.getByRole("button", { name: "Xem danh sách xã, phường" }).click();
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 3 đường Hùng Vương");
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}\?key=/);
  return page.url().replace(/&placed=1$/, "");
}

async function cancelSecondParcel(page: Page, javaScript: boolean) {
  const parts = page.getByTestId("order-part");
  await expect(parts).toHaveCount(2);
  const totalBefore = amountOf(await page.getByTestId("order-total").textContent());
  const second = parts.nth(1);
  const parcel = amountOf(await second.getByTestId("part-total").textContent());
  expect(parcel).toBeGreaterThan(0);

  await second.getByRole("button", { name: "Huỷ kiện hàng này" }).click();
  if (javaScript) {
    const dialog = page.getByRole("dialog", { name: "Huỷ kiện hàng này?" });
    await expect(dialog).toBeVisible();
    // The safe choice has the focus; Escape closes and nothing is cancelled.
    await expect(dialog.getByRole("button", { name: "Quay lại" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(second.getByRole("button", { name: "Huỷ kiện hàng này" })).toBeFocused();
    await second.getByRole("button", { name: "Huỷ kiện hàng này" }).click();
    await dialog.getByRole("button", { name: "Xác nhận huỷ" }).click();
  } else {
    // The confirmation page: going back changes nothing.
    await expect(page).toHaveURL(/[?&]cancel=\d+/);
    await expect(page.getByRole("heading", { name: "Huỷ kiện hàng này?", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Quay lại" }).click();
    await expect(page.getByTestId("order-part").nth(1).getByTestId("part-status")).toHaveText(
      "Trạng thái: Đã đặt",
    );
    await page
      .getByTestId("order-part")
      .nth(1)
      .getByRole("button", { name: "Huỷ kiện hàng này" })
      .click();
    await expect(page.getByRole("heading", { name: "Huỷ kiện hàng này?", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Xác nhận huỷ" }).click();
  }
  await expect(page.getByText("Đã huỷ kiện hàng.")).toBeVisible();
  const cancelled = page.locator('[data-testid="order-part"][data-status="cancelled"]');
  await expect(cancelled).toHaveCount(1);
  await expect(cancelled.getByTestId("part-unpaid")).toContainText("Đã huỷ");
  await expect(cancelled.getByTestId("part-unpaid")).toContainText("không tính vào tổng cộng");
  await expect(cancelled.getByTestId("part-total").locator("s")).toHaveCount(1);
  const totalAfter = amountOf(await page.getByTestId("order-total").textContent());
  expect(totalAfter).toBe(totalBefore - parcel);
  expect(amountOf(await page.getByTestId("order-placed-total").textContent())).toBe(totalBefore);
  // The timeline says who cancelled.
  await expect(cancelled.getByTestId("part-timeline")).toContainText("Đã huỷ");
  await expect(cancelled.getByTestId("part-timeline")).toContainText("bởi người mua");
}

test("a guest cancels one parcel through the dialog; the total drops by exactly that parcel", async ({
  page,
}, info) => {
  test.setTimeout(60_000);
  const [a, b] = twoProducts();
  await guestOrder(page, [a!.slug, b!.slug], a!.provinceCode, `Khach huy ${info.project.name}`);
  await cancelSecondParcel(page, true);
  await screenshots(page, info.outputPath(`order-page-${info.project.name}`));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the cancel goes through a confirmation page", async ({ page }, info) => {
    const [a, b] = twoProducts();
    await guestOrder(
      page,
      [a!.slug, b!.slug],
      a!.provinceCode,
      `Khach nojs ${info.project.name}`,
      false,
    );
    await cancelSecondParcel(page, false);
  });
});

async function anonymousPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("a failed delivery is returned by the producer; the buyer's page and timeline say so", async ({
  page,
  browser,
}, info) => {
  // Two pages, a dozen steps and two screenshots on a shared machine.
  test.setTimeout(90_000);
  const buyer = await anonymousPage(browser);
  const orderUrl = await guestOrder(
    buyer,
    [SONG_LO_PRODUCT],
    "25",
    `Khach hoan ${info.project.name}`,
  );
  const number = new URL(orderUrl).pathname.split("/").at(-1) ?? "";

  await logIn(page, "producer", "/producer/orders?status=placed");
  await page.getByRole("link", { name: `Mở đơn ${number}` }).click();
  await page.getByRole("button", { name: "Xác nhận đơn" }).click();
  await expect(page.getByTestId("part-status")).toHaveText("Đã xác nhận");
  await page.getByLabel("Đơn vị vận chuyển", { exact: true }).selectOption("ghn");
  await page.getByLabel("Mã vận đơn").fill("GAK78X9VN");
  await page.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
  await expect(page.getByTestId("part-status")).toHaveText("Đang giao");
  const link = page.getByTestId("shipment").getByTestId("tracking-link");
  await expect(link).toHaveAttribute("href", "https://donhang.ghn.vn/?order_code=GAK78X9VN");
  await expect(link).toHaveAttribute("rel", /noopener/);

  // A failed delivery needs its reason.
  await page.getByRole("button", { name: "Ghi nhận giao không thành công" }).click();
  await expect(page.getByText("Vui lòng chọn lý do giao không thành công.")).toBeVisible();
  await page.getByLabel("Lý do", { exact: true }).selectOption("refused");
  await page.getByRole("button", { name: "Ghi nhận giao không thành công" }).click();
  await expect(page.getByTestId("part-status")).toHaveText("Giao không thành công");
  await page.getByLabel("Nhập lại vào kho?").selectOption("yes");
  await page.getByRole("button", { name: "Ghi nhận đã nhận lại hàng" }).click();
  await expect(page.getByTestId("part-status")).toHaveText("Đã hoàn về chủ thể");
  await expect(page.getByTestId("restocked")).toHaveText("Hàng hoàn về đã được nhập lại vào kho.");
  await expect(page.getByTestId("part-total").locator("s")).toHaveCount(1);
  await screenshots(page, info.outputPath(`producer-order-${info.project.name}`));

  await buyer.goto(orderUrl);
  const part = buyer.getByTestId("order-part");
  await expect(part.getByTestId("part-status")).toHaveText("Trạng thái: Đã hoàn về chủ thể");
  await expect(buyer.getByTestId("order-total")).toHaveText(/^0\s₫$/);
  const timeline = part.getByTestId("part-timeline");
  await expect(timeline.getByRole("listitem")).toHaveCount(5);
  await expect(timeline).toContainText("Người nhận từ chối nhận hàng");
  await expect(timeline.getByTestId("tracking-link")).toHaveAttribute(
    "href",
    "https://donhang.ghn.vn/?order_code=GAK78X9VN",
  );
  await buyer.context().close();
});
