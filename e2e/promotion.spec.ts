import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { addDays, todayInVietnam } from "../app/lib/dates";
import { DEMO_FAIRS, DEMO_SHOWROOMS } from "../db/seed/promotion";
import { decodeQrImage } from "../tests/support/qr-decode";
import { expect, test, type TestInfo } from "./support/fixtures";

/**
 * Trade promotion in a real browser: an official of Phú Thọ curates and publishes a fair, the
 * public finds it, its printed catalogue carries QR codes that a scanner reads as the products'
 * addresses (which open), and unpublishing takes it down. The demo fairs and showrooms are
 * there on a fresh start. Screenshots of every page land in .scratch/shots/promotion/.
 */

const SHOTS = path.resolve(import.meta.dirname, "..", ".scratch", "shots", "promotion");

async function shoot(page: Page, info: TestInfo, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SHOTS, `e2e-${info.project.name}-${name}.png`),
    fullPage: true,
  });
}

/** Searches the picker and adds the product with this name. */
async function addProduct(page: Page, search: string, name: string) {
  await page.getByLabel("Tìm theo tên sản phẩm, chủ thể hoặc địa phương").fill(search);
  await page
    .getByRole("region", { name: "Thêm sản phẩm" })
    .getByRole("button", { name: "Tìm" })
    .click();
  await expect(page).toHaveURL(/q=/);
  await page.getByRole("button", { name: `Thêm ${name} vào danh mục` }).click();
  await expect(page.getByText("Đã thêm sản phẩm vào danh mục.")).toBeVisible();
  await expect(page.getByTestId("catalogue-entry").filter({ hasText: name })).toBeVisible();
}

test.describe("trade promotion", () => {
  test("an official curates and publishes a fair; its print catalogue's QR codes open the products", async ({
    page,
    baseURL,
    loginAs,
  }, info) => {
    test.setTimeout(90_000);
    const run = `${info.project.name} ${Date.now().toString(36)}`;
    const name = `Hội chợ thử nghiệm ${run}`;
    const today = todayInVietnam();

    await loginAs("official", "/admin/fairs");
    await expect(page.getByRole("heading", { name: "Hội chợ", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /Hội chợ OCOP Đất Tổ/ })).toBeVisible();
    await shoot(page, info, "admin-fairs");

    await page.getByRole("link", { name: "Thêm hội chợ" }).click();
    await expect(page.getByRole("heading", { name: "Thêm hội chợ" })).toBeVisible();
    // Bad input first: a message on the field, nothing created.
    await page.getByLabel("Tên (tiếng Việt)").fill(name);
    await page.getByLabel("Ngày bắt đầu").fill(addDays(today, 1));
    await page.getByLabel("Ngày kết thúc").fill(today);
    await page.getByLabel("Địa điểm tổ chức").fill("Công viên Văn Lang, phường Việt Trì");
    await page.getByLabel("Tỉnh, thành phố nơi tổ chức").selectOption({ label: "Tỉnh Phú Thọ" });
    await page
      .getByLabel("Giới thiệu (tiếng Việt)")
      .fill("Hội chợ thử nghiệm của kiểm thử tự động.");
    await page.getByRole("button", { name: "Tạo bản nháp" }).click();
    await expect(page.getByText("Ngày kết thúc không được trước ngày bắt đầu.")).toBeVisible();
    await shoot(page, info, "admin-fair-new-error");
    await page.getByLabel("Ngày bắt đầu").fill(today);
    await page.getByLabel("Ngày kết thúc").fill(addDays(today, 2));
    await page.getByRole("button", { name: "Tạo bản nháp" }).click();

    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByText("Đã tạo bản nháp.")).toBeVisible();
    await expect(page.getByText("Bản nháp", { exact: true })).toBeVisible();
    const adminUrl = page.url().replace(/\?.*$/, "");

    await addProduct(page, "oi le song lo", "Ổi lê Sông Lô");
    await addProduct(page, "che dinh", "Chè đinh Tân Cương");
    await addProduct(page, "mat ong bac ha", "Mật ong bạc hà Lũng Cú");
    // A 2★ result is never offered.
    await page.getByLabel("Tìm theo tên sản phẩm, chủ thể hoặc địa phương").fill("nhut mit");
    await page
      .getByRole("region", { name: "Thêm sản phẩm" })
      .getByRole("button", { name: "Tìm" })
      .click();
    await expect(page.getByText("Không có sản phẩm công khai nào khớp")).toBeVisible();

    const guava = page.getByTestId("catalogue-entry").filter({ hasText: "Ổi lê Sông Lô" });
    await guava.getByLabel("Mã gian").fill("E2E-01");
    await guava.getByLabel("Nổi bật").check();
    await guava.getByRole("button", { name: "Lưu mã và đánh dấu của Ổi lê Sông Lô" }).click();
    await expect(page.getByText("Đã lưu mã và đánh dấu của sản phẩm.")).toBeVisible();
    await expect(guava.getByLabel("Mã gian")).toHaveValue("E2E-01");
    await page.getByRole("button", { name: "Đưa Mật ong bạc hà Lũng Cú lên trên" }).click();
    await expect(page.getByText("Đã đổi thứ tự.")).toBeVisible();
    await expect(page.getByTestId("catalogue-entry").nth(1)).toContainText(
      "Mật ong bạc hà Lũng Cú",
    );
    await shoot(page, info, "admin-fair-curated");

    await page.getByRole("button", { name: "Công bố" }).click();
    await expect(page.getByText("Đã công bố: trang công khai đang hiển thị.")).toBeVisible();

    // The public list and page.
    await page.goto("/fairs");
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const fairUrl = page.url();
    const catalogue = page.getByRole("region", { name: /Sản phẩm tại hội chợ/ });
    const cards = catalogue.getByRole("listitem");
    await expect(cards).toHaveCount(3);
    await expect(cards.first()).toContainText("Gian E2E-01");
    await expect(cards.first()).toContainText("Nổi bật");
    await expect(cards.first()).toContainText("Ổi lê Sông Lô");
    await shoot(page, info, "fair-page");

    // The printed catalogue: each QR code, read from the screen, is the product's address.
    await page.goto(`${fairUrl}/print`);
    const entries = page.locator("li[data-product-url]");
    await expect(entries).toHaveCount(3);
    const urls: string[] = [];
    for (let i = 0; i < 3; i++) {
      const entry = entries.nth(i);
      const expected = await entry.getAttribute("data-product-url");
      expect(expected).toMatch(new RegExp(`^${baseURL}/products/[a-z0-9-]+$`));
      const png = await entry.locator(".qr-code").screenshot();
      expect(await decodeQrImage(png)).toBe(expected);
      urls.push(expected ?? "");
    }
    await shoot(page, info, "fair-print");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("button", { name: "In danh mục" })).toBeHidden();
    await shoot(page, info, "fair-print-media");
    if (info.project.name === "desktop") {
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
      fs.writeFileSync(path.join(SHOTS, "e2e-fair-print.pdf"), pdf);
    }
    await page.emulateMedia({ media: "screen" });
    const productPage = await page.goto(urls[0] ?? "");
    expect(productPage?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Ổi lê Sông Lô" })).toBeVisible();

    // Unpublished: the public page and the print are gone.
    await page.goto(adminUrl);
    await page.getByRole("button", { name: "Gỡ công bố" }).click();
    await expect(page.getByText("Đã gỡ công bố")).toBeVisible();
    expect((await page.goto(fairUrl))?.status()).toBe(404);
    expect((await page.goto(`${fairUrl}/print`))?.status()).toBe(404);
  });

  test("the demo fairs and showrooms are there on a fresh start", async ({ page }, info) => {
    const ongoing = DEMO_FAIRS.find((f) => f.slug === "hoi-cho-ocop-dat-to");
    if (!ongoing) throw new Error("demo fair missing");
    await page.goto("/fairs");
    await expect(page.getByRole("heading", { name: "Đang và sắp diễn ra" })).toBeVisible();
    await expect(page.getByText("Đang diễn ra").first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Hội chợ OCOP Đất Tổ/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Phiên chợ OCOP xã Sông Lô/ })).toHaveCount(0);
    await shoot(page, info, "fairs");

    await page.getByRole("link", { name: /Hội chợ OCOP Đất Tổ/ }).click();
    const cards = page.getByRole("region", { name: /Sản phẩm tại hội chợ/ }).getByRole("listitem");
    await expect(cards).toHaveCount(ongoing.entries.length);
    await expect(page.getByRole("link", { name: "In danh mục (A4)" }).first()).toBeVisible();

    await page.goto("/showrooms");
    const showroomCards = page.getByRole("main").getByRole("article");
    await expect(showroomCards).toHaveCount(DEMO_SHOWROOMS.length);
    await shoot(page, info, "showrooms");
    await page.getByLabel("Loại địa điểm").selectOption({ label: "Làng nghề (1)" });
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/type=craft_village/);
    await expect(showroomCards).toHaveCount(1);
    await showroomCards.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: /làng gốm Bát Tràng/ })).toBeVisible();
    await expect(page.getByText("Giờ mở cửa")).toBeVisible();
    await expect(
      page.getByRole("region", { name: /Sản phẩm bày bán/ }).getByRole("listitem"),
    ).not.toHaveCount(0);
    await shoot(page, info, "showroom-page");
    await page.getByRole("link", { name: "In danh mục (A4)" }).first().click();
    await expect(page.locator("li[data-product-url]").first()).toBeVisible();
    await shoot(page, info, "showroom-print");

    // A draft is not found.
    expect((await page.goto("/fairs/phien-cho-ocop-xa-song-lo"))?.status()).toBe(404);
  });
});

test.describe("trade promotion without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the official's forms and the public filter are plain HTML", async ({
    page,
    loginAs,
  }, info) => {
    const name = `Phiên chợ không script ${info.project.name} ${Date.now().toString(36)}`;
    const today = todayInVietnam();
    await loginAs("official", "/admin/fairs");
    await page.goto("/admin/fairs/new");
    await page.getByLabel("Tên (tiếng Việt)").fill(name);
    await page.getByLabel("Ngày bắt đầu").fill(today);
    await page.getByLabel("Ngày kết thúc").fill(today);
    await page.getByLabel("Địa điểm tổ chức").fill("Nhà văn hoá xã Sông Lô");
    await page.getByLabel("Đơn vị tổ chức").selectOption({ label: "Xã Sông Lô" });
    await page
      .getByLabel("Giới thiệu (tiếng Việt)")
      .fill("Phiên chợ thử khi trình duyệt tắt script.");
    await page.getByRole("button", { name: "Tạo bản nháp" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();

    await addProduct(page, "tra la oi", "Trà lá ổi túi lọc");
    const entry = page.getByTestId("catalogue-entry").filter({ hasText: "Trà lá ổi túi lọc" });
    await entry.getByLabel("Mã gian").fill("<A1>");
    await entry.getByLabel("Mã gian").press("Enter");
    await expect(page.getByText("Mã gian, kệ tối đa 20 ký tự")).toBeVisible();
    await page
      .getByTestId("catalogue-entry")
      .filter({ hasText: "Trà lá ổi túi lọc" })
      .getByLabel("Mã gian")
      .fill("S-01");
    await page.getByRole("button", { name: "Lưu mã và đánh dấu của Trà lá ổi túi lọc" }).click();
    await expect(page.getByText("Đã lưu mã và đánh dấu của sản phẩm.")).toBeVisible();
    await page.getByRole("button", { name: "Công bố" }).click();
    await expect(page.getByText("Đã công bố: trang công khai đang hiển thị.")).toBeVisible();
    await page.getByRole("link", { name: "Xem trang công khai" }).click();
    await expect(page.getByText("Gian S-01")).toBeVisible();

    await page.goto("/showrooms");
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Tỉnh Phú Thọ (1)" });
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/province=25/);
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(1);
  });
});
