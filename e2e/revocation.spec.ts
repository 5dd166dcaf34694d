import type { Page } from "@playwright/test";
import { addDays, todayInVietnam } from "../app/lib/dates";
import { DEMO_PASSWORD } from "../db/seed/accounts";
import { expect, logIn, test } from "./support/fixtures";

/** The commune official of Sông Lô (Phú Thọ), who prepares what the province confirms. */
const SONG_LO_OFFICIAL = { email: "songlo@demo.cho-ocop.vn", password: DEMO_PASSWORD };
const SONG_LO_PRODUCER = "HTX cây trồng Sông Lô xanh";

async function onboardFourStars(page: Page, name: string, decisionNumber: string) {
  await page.goto("/admin/products/new");
  const option = page.locator("#field-producerId option", { hasText: SONG_LO_PRODUCER });
  const value = await option.first().getAttribute("value");
  if (!value) throw new Error("no Sông Lô producer option");
  await page.getByLabel("Chủ thể", { exact: true }).selectOption(value);
  await page.getByLabel("Tên sản phẩm (tiếng Việt)").fill(name);
  await page.getByLabel("Bộ sản phẩm").selectOption({ label: "Thực phẩm thô, sơ chế" });
  await page
    .getByLabel("Mô tả (tiếng Việt)")
    .fill("Mật ong hoa vải thu hoạch ven sông Lô, lọc lạnh, không pha đường.");
  await page.getByLabel("Quy cách bán (tiếng Việt)").fill("Chai 500 ml");
  await page.getByLabel("Giá bán (đồng)").fill("185.000");
  await page.getByLabel("Điểm đánh giá (0–100)").fill("80");
  await page.getByLabel("Số quyết định").fill(decisionNumber);
  await page.getByLabel("Ngày quyết định").fill(addDays(todayInVietnam(), -30));
  await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Phú Thọ");
  await page.getByLabel("Cấp công nhận").selectOption({ label: "UBND tỉnh, thành phố" });
  await page.getByRole("button", { name: "Lưu sản phẩm và chứng nhận" }).click();
  await expect(page.getByText("Đã thêm sản phẩm và chứng nhận.")).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test.describe("revocation is a decision, by the level that recognised the product", () => {
  test("a commune official is refused a provincial revocation and prepares it; the province confirms; the lookup shows the decision", async ({
    page,
    baseURL,
  }, info) => {
    const tag = `${info.project.name} ${Date.now().toString(36)}`;
    const name = `Mật ong hoa vải ${tag}`;
    const certificateNumber = `${(Date.now() % 90000) + 10000}/QĐ-UBND`;
    const revokingNumber = `${(Date.now() % 900) + 100}/QĐ-UBND`;

    // The province recognises a 4★ product of Sông Lô.
    await logIn(page, "official", "/admin/products");
    const productUrl = await onboardFourStars(page, name, certificateNumber);
    const productPath = new URL(productUrl).pathname;
    await page.context().clearCookies();

    // The commune official: the server refuses a direct revocation (not just a hidden button).
    await logIn(page, SONG_LO_OFFICIAL, productPath);
    const direct = await page.request.post(productPath, {
      form: {
        intent: "revoke",
        decisionNumber: revokingNumber,
        decisionDate: addDays(todayInVietnam(), -1),
        issuingBody: "UBND tỉnh Phú Thọ",
        issuingLevel: "province",
        groundCode: "vi-pham-an-toan-thuc-pham",
      },
      headers: { Origin: baseURL ?? "" },
      maxRedirects: 0,
    });
    expect(direct.status()).toBe(403);
    expect(await direct.text()).toContain(
      "Cán bộ cấp xã không được thu hồi chứng nhận do tỉnh công nhận",
    );

    // The page offers only the preparation, and sends it.
    await page.reload();
    await expect(page.getByRole("button", { name: "Thu hồi chứng nhận" })).toHaveCount(0);
    await page.getByLabel("Số quyết định thu hồi").fill(revokingNumber.toLowerCase());
    await page.getByLabel("Ngày quyết định thu hồi").fill(addDays(todayInVietnam(), -1));
    await page.getByLabel("Cơ quan ban hành quyết định thu hồi").fill("UBND tỉnh Phú Thọ");
    await page
      .getByLabel("Cấp ban hành quyết định thu hồi")
      .selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByLabel("Căn cứ thu hồi").selectOption({
      label: "Vi phạm quy định về an toàn thực phẩm, quy trình sản xuất đã công bố",
    });
    await page.getByRole("button", { name: "Chuẩn bị thu hồi, gửi tỉnh xác nhận" }).click();
    await expect(page.getByText("Đã gửi hồ sơ. Quyết định chỉ có hiệu lực")).toBeVisible();
    const entries = page.getByRole("region", { name: "Ghi nhận và xác nhận" });
    await expect(entries.getByText("Chờ tỉnh xác nhận")).toBeVisible();
    await expect(entries.getByText(/Chuẩn bị: Cán bộ xã Sông Lô/)).toBeVisible();
    await page.context().clearCookies();

    // The province official finds it among the entries awaiting confirmation, and confirms.
    await logIn(page, "official", "/admin/entries");
    const row = page.getByRole("listitem").filter({ hasText: name });
    await expect(row.getByText("Chờ tỉnh xác nhận")).toBeVisible();
    await row.getByRole("link", { name: "Mở sản phẩm" }).click();
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(page.getByText("Đã xác nhận: hồ sơ có hiệu lực.")).toBeVisible();
    await expect(entries.getByText(/Xác nhận: Cán bộ tỉnh Phú Thọ/)).toBeVisible();

    // The public lookup shows the revoking decision and its ground.
    await page.goto(`/certificates?${new URLSearchParams({ q: certificateNumber })}`);
    const result = page.getByRole("article").filter({ hasText: name });
    await expect(result.getByText("Chứng nhận đã bị thu hồi.")).toBeVisible();
    await expect(result.getByText("Quyết định thu hồi")).toBeVisible();
    await expect(
      result.getByText(new RegExp(`${revokingNumber.replace("/", "\\/")} ngày`)),
    ).toBeVisible();
    await expect(
      result.getByText("Vi phạm quy định về an toàn thực phẩm, quy trình sản xuất đã công bố"),
    ).toBeVisible();
  });
});
