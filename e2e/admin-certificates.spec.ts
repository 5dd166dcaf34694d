import type { Page, TestInfo } from "@playwright/test";
import { addDays, todayInVietnam } from "../app/lib/dates";
import { expect, logIn, test } from "./support/fixtures";

/** A demo producer of Phú Thọ (commune Sông Lô), which the province's official may act for. */
const SONG_LO_PRODUCER = "HTX cây trồng Sông Lô xanh";

/** Names no other run or Playwright project uses: the specs share one database. */
function runTag(info: TestInfo): string {
  return `${info.project.name} ${Date.now().toString(36)}`;
}

/** The storefront's answer for a product: is it in the search results, and its page's status. */
async function storefront(page: Page, name: string) {
  await page.goto(`/products?${new URLSearchParams({ q: name })}`);
  const link = page.getByRole("main").getByRole("link", { name, exact: true });
  return { link, count: await link.count() };
}

async function chooseProducer(page: Page, name: string) {
  const option = page.locator("#field-producerId option", { hasText: name });
  const value = await option.first().getAttribute("value");
  if (!value) throw new Error(`no producer option ${name}`);
  await page.getByLabel("Chủ thể", { exact: true }).selectOption(value);
}

async function fillProduct(page: Page, name: string) {
  await chooseProducer(page, SONG_LO_PRODUCER);
  await page.getByLabel("Tên sản phẩm (tiếng Việt)").fill(name);
  await page.getByLabel("Bộ sản phẩm").selectOption({ label: "Thực phẩm thô, sơ chế" });
  await page
    .getByLabel("Mô tả (tiếng Việt)")
    .fill("Mật ong hoa nhãn thu hoạch ven sông Lô, lọc lạnh, không pha đường.");
  await page.getByLabel("Quy cách bán (tiếng Việt)").fill("Chai 500 ml");
  await page.getByLabel("Giá bán (đồng)").fill("185.000");
  await page.getByLabel("Số lượng trong kho").fill("25");
  await page.getByLabel("Số quyết định").fill("1501/QĐ-UBND");
  await page.getByLabel("Ngày quyết định").fill(addDays(todayInVietnam(), -20));
  await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Phú Thọ");
}

test.describe("official workspace: certified products and certificates", () => {
  test("onboards a 4★ product that the storefront shows, revokes it, and a 2★ result never shows", async ({
    page,
  }, info) => {
    const tag = runTag(info);
    const name = `Mật ong hoa nhãn ${tag}`;
    await logIn(page, "official", "/admin/products");
    await expect(page.getByRole("heading", { name: "Sản phẩm OCOP", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Thêm sản phẩm" }).click();
    await expect(page.getByRole("heading", { name: "Thêm sản phẩm OCOP", level: 1 })).toBeVisible();

    // Bad input first: a 5★ score under a province decision is named on its field.
    await fillProduct(page, name);
    await page.getByLabel("Điểm đánh giá (0–100)").fill("93");
    await page.getByLabel("Cấp công nhận").selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByRole("button", { name: "Lưu sản phẩm và chứng nhận" }).click();
    await expect(page.getByText("Sản phẩm 5 sao chỉ do Bộ công nhận: chọn cấp Bộ.")).toBeVisible();
    await expect(page.getByLabel("Tên sản phẩm (tiếng Việt)")).toHaveValue(name);

    await page.getByLabel("Điểm đánh giá (0–100)").fill("82");
    await page.getByRole("button", { name: "Lưu sản phẩm và chứng nhận" }).click();
    await expect(page.getByText("Đã thêm sản phẩm và chứng nhận.")).toBeVisible();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("Đang hiển thị công khai trên Chợ OCOP.")).toBeVisible();
    await expect(page.getByText("(36 tháng, tự tính)")).toBeVisible();
    const adminUrl = page.url();

    // The storefront and its search have it at once.
    const shown = await storefront(page, name);
    expect(shown.count).toBe(1);
    await shown.link.click();
    await page.waitForURL(/\/products\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { name, level: 1, exact: true })).toBeVisible();
    const productUrl = page.url();

    // Revoked: gone from search, and its page answers 410.
    await page.goto(adminUrl);
    await page.getByLabel("Số quyết định thu hồi").fill("215/QĐ-UBND");
    await page.getByLabel("Ngày quyết định thu hồi").fill(addDays(todayInVietnam(), -1));
    await page.getByLabel("Cơ quan ban hành quyết định thu hồi").fill("UBND tỉnh Phú Thọ");
    await page
      .getByLabel("Cấp ban hành quyết định thu hồi")
      .selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByLabel("Căn cứ thu hồi").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Thu hồi chứng nhận" }).click();
    await expect(page.getByText("Đã thu hồi chứng nhận.")).toBeVisible();
    expect((await storefront(page, name)).count).toBe(0);
    const gone = await page.goto(productUrl);
    expect(gone?.status()).toBe(410);

    // A 2★ result: on record, never public.
    const lowName = `Trà túi lọc ${tag}`;
    await page.goto("/admin/products/new");
    await fillProduct(page, lowName);
    await page.getByLabel("Hạng sao").selectOption({ label: "2 sao" });
    // An evaluation result, not a decision (1489, 26/2026): no document number.
    await page.getByLabel("Số quyết định").fill("");
    await page.getByLabel("Cấp công nhận").selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByRole("button", { name: "Lưu sản phẩm và chứng nhận" }).click();
    await expect(page.getByText("Đã thêm sản phẩm và chứng nhận.")).toBeVisible();
    await expect(page.getByText(/Kết quả 2 sao được lưu để theo dõi/)).toBeVisible();
    expect((await storefront(page, lowName)).count).toBe(0);
  });

  test("imports a decision: bad rows get a report and nothing is written, a clean file goes in whole", async ({
    page,
  }, info) => {
    const tag = runTag(info);
    const decisionNumber = `${(Date.now() % 9000) + 1000}/QĐ-UBND`;
    const header =
      "Tên sản phẩm;Mã bộ sản phẩm;Tên chủ thể;Loại hình chủ thể;Tỉnh/thành phố;Xã/phường;Địa chỉ in trên giấy chứng nhận;Điểm;Hạng sao;Giá bán (đồng);Đơn vị tính";
    const newProducer = `HTX Ong mật ${tag}`;
    const names = [`Mật ong rừng ${tag}`, `Chè xanh ${tag}`];
    const bad = [
      header,
      `${names[0]};thuc-pham-tho-so-che;${newProducer};HTX;25;08848;Thôn 2, xã Sông Lô;78;;150000;Chai 500 ml`,
      `${names[1]};che;${newProducer};HTX;Phú Thọ;Xã Không Có;Thôn 3;75;;90000;Gói 200 g`,
      `Bánh cốm ${tag};thuc-pham-che-bien;Cơ sở Cốm ${tag};Hộ kinh doanh;01;00004;Phố Hàng Than;80;;90000;Hộp`,
      `Chè Shan ${tag};che;${newProducer};HTX;25;08848;Thôn 2, xã Sông Lô;85;5;;`,
      `${names[0]};thuc-pham-tho-so-che;${newProducer};HTX;25;08848;Thôn 2, xã Sông Lô;79;;150000;Chai 500 ml`,
    ].join("\n");
    const clean = [
      header,
      `${names[0]};thuc-pham-tho-so-che;${newProducer};HTX;25;08848;Thôn 2, xã Sông Lô;78;;150000;Chai 500 ml`,
      `${names[1]};che;${SONG_LO_PRODUCER};Hợp tác xã;Phú Thọ;Song Lo;Thôn Đồng Thịnh, xã Sông Lô;;3;90.000;Gói 200 g`,
    ].join("\n");

    await logIn(page, "official", "/admin/import");
    await expect(
      page.getByRole("heading", { name: "Nhập quyết định công nhận", level: 1 }),
    ).toBeVisible();
    await page.getByLabel("Số quyết định").fill(decisionNumber);
    await page.getByLabel("Ngày quyết định").fill(addDays(todayInVietnam(), -3));
    await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Phú Thọ");
    await page.getByLabel("Cấp công nhận").selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByLabel("Tệp CSV hoặc Excel (.xlsx)").setInputFiles({
      name: "phu-luc-loi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${bad}`, "utf8"),
    });
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByText("Có 4 lỗi. Chưa có gì được ghi.")).toBeVisible();
    const report = page.getByRole("table", { name: "Các lỗi theo dòng và cột" });
    await expect(report.getByRole("row")).toHaveCount(5);
    await expect(
      report.getByText("Không có xã, phường “Xã Không Có” trong Tỉnh Phú Thọ."),
    ).toBeVisible();
    await expect(report.getByText("Phường Ba Đình không thuộc địa bàn của bạn.")).toBeVisible();
    await expect(report.getByText("Điểm 85 tương ứng 4 sao, nhưng dòng ghi 5 sao.")).toBeVisible();
    await expect(report.getByText("Sản phẩm này đã có ở dòng 2.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Nhập \d+ sản phẩm$/ })).toHaveCount(0);

    // Nothing was written: the valid rows of the bad file are not in the list either.
    await page.goto(`/admin/products?${new URLSearchParams({ q: tag })}`);
    await expect(page.getByText("0 sản phẩm")).toBeVisible();

    await page.goto("/admin/import");
    await page.getByLabel("Số quyết định").fill(decisionNumber);
    await page.getByLabel("Ngày quyết định").fill(addDays(todayInVietnam(), -3));
    await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Phú Thọ");
    await page.getByLabel("Cấp công nhận").selectOption({ label: "UBND tỉnh, thành phố" });
    await page.getByLabel("Tệp CSV hoặc Excel (.xlsx)").setInputFiles({
      name: "phu-luc.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(clean, "utf8"),
    });
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByText("Tệp hợp lệ.")).toBeVisible();
    await expect(page.getByText(`${SONG_LO_PRODUCER} (Xã Sông Lô): dòng 3`)).toBeVisible();
    await expect(page.getByText(`${newProducer} (Xã Sông Lô): dòng 2`)).toBeVisible();
    await page.getByRole("button", { name: "Nhập 2 sản phẩm" }).click();
    await expect(
      page.getByText(`Đã nhập 2 sản phẩm theo quyết định ${decisionNumber}.`),
    ).toBeVisible();
    for (const name of names) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }

    const shown = await storefront(page, names[0] ?? "");
    expect(shown.count).toBe(1);
    await shown.link.click();
    await page.waitForURL(/\/products\/[a-z0-9-]+$/);
    await expect(
      page.getByRole("heading", { name: names[0], level: 1, exact: true }),
    ).toBeVisible();
    await expect(page.getByText(decisionNumber).first()).toBeVisible();
  });
});
