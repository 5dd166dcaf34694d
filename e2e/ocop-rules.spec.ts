import type { Page, TestInfo } from "@playwright/test";
import { expect, logIn, test } from "./support/fixtures";

/** A demo producer of Phú Thọ (commune Sông Lô), which the province's official may act for. */
const SONG_LO_PRODUCER = "HTX cây trồng Sông Lô xanh";
/** Under 1489/QĐ-TTg (06/07/2025 – 21/05/2026): a provincial 90+ is 4★, potential 5★. */
const DECISION_DATE = "2026-03-02";

function runTag(info: TestInfo): string {
  return `${info.project.name} ${Date.now().toString(36)}`;
}

async function fillProduct(page: Page, name: string) {
  const option = page.locator("#field-producerId option", { hasText: SONG_LO_PRODUCER });
  const value = await option.first().getAttribute("value");
  if (!value) throw new Error(`no producer option ${SONG_LO_PRODUCER}`);
  await page.getByLabel("Chủ thể", { exact: true }).selectOption(value);
  await page.getByLabel("Tên sản phẩm (tiếng Việt)").fill(name);
  await page.getByLabel("Bộ sản phẩm").selectOption({ label: "Thực phẩm thô, sơ chế" });
  await page
    .getByLabel("Mô tả (tiếng Việt)")
    .fill("Mật ong hoa bạc hà thu hoạch trên cao nguyên đá, lọc lạnh, không pha đường.");
  await page.getByLabel("Quy cách bán (tiếng Việt)").fill("Chai 500 ml");
  await page.getByLabel("Giá bán (đồng)").fill("320.000");
  await page.getByLabel("Số lượng trong kho").fill("12");
}

test.describe("OCOP rules per legal basis", () => {
  test("an official records a provincial 4★ with 92 points; the storefront shows “tiềm năng 5 sao”", async ({
    page,
  }, info) => {
    const name = `Mật ong bạc hà ${runTag(info)}`;
    await logIn(page, "official", "/admin/products/new");
    await expect(page.getByRole("heading", { name: "Thêm sản phẩm OCOP", level: 1 })).toBeVisible();
    await fillProduct(page, name);
    await page.getByLabel("Điểm đánh giá (0–100)").fill("92");
    await page.getByLabel("Số quyết định").fill("318/QĐ-UBND");
    await page.getByLabel("Ngày quyết định").fill(DECISION_DATE);
    await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Phú Thọ");
    await page.getByLabel("Cấp công nhận").selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByRole("button", { name: "Lưu sản phẩm và chứng nhận" }).click();
    await expect(page.getByText("Đã thêm sản phẩm và chứng nhận.")).toBeVisible();
    await expect(page.getByText("4 sao, tiềm năng 5 sao").first()).toBeVisible();
    await expect(page.getByText(/1489\/QĐ-TTg/).first()).toBeVisible();

    // The storefront's product page says it on the certificate panel.
    await page.goto(`/products?${new URLSearchParams({ q: name })}`);
    await page.getByRole("main").getByRole("link", { name, exact: true }).click();
    await page.waitForURL(/\/products\/[a-z0-9-]+$/);
    await expect(page.getByTestId("potential-five")).toHaveText("4 sao, tiềm năng 5 sao");
    await expect(page.getByText(/Quyết định 1489\/QĐ-TTg ngày 06\/7\/2025/)).toBeVisible();

    // And the public certificate lookup.
    await page.goto(`/certificates?${new URLSearchParams({ q: name })}`);
    await expect(page.getByText("4 sao, tiềm năng 5 sao").first()).toBeVisible();
  });

  test("a not-achieved result is recorded without a number and never shown", async ({
    page,
  }, info) => {
    const name = `Mật ong không đạt ${runTag(info)}`;
    await logIn(page, "official", "/admin/products/new");
    await fillProduct(page, name);
    await page.getByLabel("Điểm đánh giá (0–100)").fill("81");
    await page.getByLabel(/Không đạt \(không đáp ứng tiêu chí bắt buộc\)/).check();
    await page.getByLabel("Ngày quyết định").fill(DECISION_DATE);
    await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Phú Thọ");
    await page.getByLabel("Cấp công nhận").selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByRole("button", { name: "Lưu sản phẩm và chứng nhận" }).click();
    await expect(page.getByText("Đã thêm sản phẩm và chứng nhận.")).toBeVisible();
    await expect(page.getByText("Không đạt", { exact: true })).toBeVisible();
    await page.goto(`/products?${new URLSearchParams({ q: name })}`);
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toHaveCount(0);
  });
});
