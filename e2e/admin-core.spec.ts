import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { E2E_DATA_FOLDER } from "../scripts/e2e-database";
import { expect, logIn, test } from "./support/fixtures";

// With no SMTP server the e2e app writes each email to data/<E2E_DATA_FOLDER>/mail.
const MAIL_DIR = path.resolve(import.meta.dirname, "..", "data", E2E_DATA_FOLDER, "mail");

/** The newest email to `to` in the mail folder, waiting for the app's outbox worker to write it. */
async function latestMailTo(to: string): Promise<string> {
  let found = "";
  await expect
    .poll(
      () => {
        if (!fs.existsSync(MAIL_DIR)) return "";
        const bodies = fs
          .readdirSync(MAIL_DIR)
          .sort()
          .map((f) => fs.readFileSync(path.join(MAIL_DIR, f), "utf8"))
          .filter((b) => b.startsWith(`To: ${to}\n`));
        found = bodies.at(-1) ?? "";
        return found;
      },
      { timeout: 15_000, message: `an email to ${to} in ${MAIL_DIR}` },
    )
    .not.toBe("");
  return found;
}

function adminNav(page: Page) {
  return page.getByRole("navigation", { name: "Các mục của khu làm việc cán bộ" });
}

test.describe("official workspace: producers, audit log, invitations", () => {
  test("a province official onboards a producer, finds it in the list and the audit log, and cannot open another province's", async ({
    page,
    browser,
  }, info) => {
    const name = `HTX Mật ong thử ${info.project.name} ${Date.now()}`;
    await logIn(page, "official", "/admin");
    await expect(page.getByRole("main").getByText("Cán bộ tỉnh Phú Thọ")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible();
    await expect(page.getByRole("table", { name: "Theo xã, phường" })).toBeVisible();

    await adminNav(page).getByRole("link", { name: "Chủ thể OCOP" }).click();
    await expect(page.getByRole("heading", { name: "Chủ thể OCOP", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Thêm chủ thể" }).click();
    await expect(page.getByRole("heading", { name: "Thêm chủ thể", level: 1 })).toBeVisible();

    // Bad input first: each problem is named on its field and what was typed stays.
    await page.getByLabel("Tên chủ thể").fill(name);
    await page.getByLabel("Loại hình").selectOption({ label: "Hợp tác xã" });
    await expect(page.getByLabel("Tỉnh, thành")).toHaveValue("25");
    await page.getByLabel("Xã, phường").selectOption({ label: "Xã Sông Lô" });
    await page.getByLabel("Địa chỉ", { exact: true }).fill("Thôn Đồng Giang");
    await page.getByLabel("Điện thoại").fill("12345");
    await page.getByRole("button", { name: "Lưu chủ thể" }).click();
    await expect(page.getByText("Vui lòng viết câu chuyện bằng tiếng Việt")).toBeVisible();
    await expect(page.getByText("Số điện thoại không hợp lệ")).toBeVisible();
    await expect(page.getByLabel("Tên chủ thể")).toHaveValue(name);

    await page
      .getByLabel("Câu chuyện (tiếng Việt)")
      .fill("Hợp tác xã nuôi ong lấy mật hoa nhãn trên đồi Sông Lô.");
    await page.getByLabel("Điện thoại").fill("0912 345 678");
    await page.getByRole("button", { name: "Lưu chủ thể" }).click();
    await expect(page.getByText("Đã thêm chủ thể.")).toBeVisible();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("0912345678")).toBeVisible();

    await page.getByRole("link", { name: "Danh sách chủ thể" }).click();
    await page.getByLabel("Tên chủ thể").fill(name);
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();

    await adminNav(page).getByRole("link", { name: "Nhật ký" }).click();
    await expect(page.getByRole("heading", { name: "Nhật ký thay đổi" })).toBeVisible();
    await page.getByLabel("Thao tác").selectOption("producer.create");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    const entry = page.getByRole("listitem").filter({ hasText: name });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText("phutho@demo.cho-ocop.vn");

    // Another province's producer: the administrator finds one, the official gets a 404.
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await logIn(adminPage, "admin", "/admin/producers?q=cao+bo");
    await adminPage.getByRole("link", { name: "HTX chè Shan tuyết Cao Bồ" }).click();
    await expect(adminPage).toHaveURL(/\/admin\/producers\/\d+$/);
    const elsewhere = new URL(adminPage.url()).pathname;
    await adminContext.close();

    const response = await page.goto(elsewhere);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.getByText("HTX chè Shan tuyết Cao Bồ")).toHaveCount(0);
  });

  test("an invited member sets a password from the emailed link and lands in the producer workspace", async ({
    page,
    browser,
  }, info) => {
    const email = `thanh-vien-${info.project.name}-${Date.now()}@example.com`;
    const memberName = `Lê Thị Hoa ${info.project.name}`;
    await logIn(page, "official", "/admin/producers?q=song+lo+xanh");
    await page.getByRole("link", { name: "HTX cây trồng Sông Lô xanh" }).click();
    await page.getByLabel("Họ và tên").fill(memberName);
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Gửi lời mời" }).click();
    await expect(page.getByText("Đã gửi lời mời qua email.")).toBeVisible();
    const members = page.getByRole("region", { name: "Thành viên" });
    await expect(members.getByRole("listitem").filter({ hasText: email })).toContainText(
      "Chờ nhận lời mời",
    );

    const mail = await latestMailTo(email);
    expect(mail).toContain("Subject: Lời mời quản lý gian hàng HTX cây trồng Sông Lô xanh");
    const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail)?.[0];
    if (!link) throw new Error(`no invitation link in:\n${mail}`);

    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await memberPage.goto(new URL(link).pathname);
    await expect(memberPage.getByRole("heading", { name: "Nhận lời mời" })).toBeVisible();
    await expect(memberPage.getByText(email)).toBeVisible();
    await memberPage.getByLabel("Mật khẩu mới").fill("ngan");
    await memberPage.getByRole("button", { name: "Đặt mật khẩu và đăng nhập" }).click();
    await expect(memberPage.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
    await memberPage.getByLabel("Mật khẩu mới").fill("mat-khau-cua-hoa");
    await memberPage.getByRole("button", { name: "Đặt mật khẩu và đăng nhập" }).click();
    await expect(memberPage).toHaveURL(/\/producer$/);
    await expect(
      memberPage.getByRole("banner").getByRole("link", { name: memberName }),
    ).toBeVisible();

    // The link was for one use only.
    await memberPage.goto(new URL(link).pathname);
    await expect(memberPage.getByText(/Liên kết mời không hợp lệ, đã được dùng/)).toBeVisible();
    await memberContext.close();

    await page.reload();
    await expect(members.getByRole("listitem").filter({ hasText: email })).toContainText(
      "Đã kích hoạt",
    );
  });

  test("an administrator onboards a producer without JavaScript: province, then its communes", async ({
    browser,
  }, info) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const name = `HTX Không JS ${info.project.name} ${Date.now()}`;
    await logIn(page, "admin", "/admin/producers/new");
    await page.getByLabel("Tên chủ thể").fill(name);
    await page.getByLabel("Loại hình").selectOption({ label: "Hộ kinh doanh" });
    await page.getByLabel("Tỉnh, thành").selectOption({ label: "Tỉnh Phú Thọ" });
    await page.getByRole("button", { name: "Xem danh sách xã, phường" }).click();
    // What was typed survives the round trip.
    await expect(page.getByLabel("Tên chủ thể")).toHaveValue(name);
    await page.getByLabel("Xã, phường").selectOption({ label: "Xã Sông Lô" });
    await page.getByLabel("Địa chỉ", { exact: true }).fill("Thôn Đồng Giang");
    await page
      .getByLabel("Câu chuyện (tiếng Việt)")
      .fill("Hộ làm bánh chưng gói lá dong theo công thức của gia đình.");
    await page.getByRole("button", { name: "Lưu chủ thể" }).click();
    await expect(page.getByText("Đã thêm chủ thể.")).toBeVisible();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await context.close();
  });
});
