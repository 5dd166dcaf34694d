import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATA_FOLDER } from "../scripts/e2e-database";

// The e2e app keeps its files (and, with no SMTP server, its email) in data/e2e (per E2E_SLOT).
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

async function logIn(page: Page, email: string, password: string) {
  await page.getByRole("banner").getByRole("link", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test.describe("accounts", () => {
  test("sign up, log out, log in again", async ({ page }, info) => {
    const email = `lan-${info.project.name}-${Date.now()}@example.com`;
    await page.goto("/signup");
    // Bad input first: the page says what is wrong and keeps what was typed.
    await page.getByLabel("Họ và tên").fill("Trần Thị Lan");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill("ngan");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);

    await page.getByLabel("Mật khẩu").fill("mat-khau-cua-lan");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: /Trần Thị Lan/ })).toBeVisible();

    await header.getByRole("link", { name: /Trần Thị Lan/ }).click();
    await expect(page.getByRole("heading", { name: "Tài khoản của tôi" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByText("Các đơn hàng của bạn sẽ hiển thị tại đây.")).toBeVisible();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(header.getByRole("link", { name: "Đăng nhập" })).toBeVisible();

    await logIn(page, email, "sai-mat-khau-roi");
    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    await page.getByLabel("Mật khẩu").fill("mat-khau-cua-lan");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(header.getByRole("link", { name: /Trần Thị Lan/ })).toBeVisible();
  });

  test("forgot password: the emailed link sets a new one", async ({ page }, info) => {
    const email = `hoa-${info.project.name}-${Date.now()}@example.com`;
    await page.goto("/signup");
    await page.getByLabel("Họ và tên").fill("Lê Hoa");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill("mat-khau-cu-cua-hoa");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await page
      .getByRole("banner")
      .getByRole("link", { name: /Lê Hoa/ })
      .click();
    await page.getByRole("button", { name: "Đăng xuất" }).click();

    await page.goto("/login");
    await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
    await expect(page.getByRole("heading", { name: "Quên mật khẩu" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Gửi liên kết" }).click();
    await expect(page.getByText(/Nếu email này có tài khoản/)).toBeVisible();

    const mail = await latestMailTo(email);
    expect(mail).toContain("Subject: Đặt lại mật khẩu Chợ OCOP");
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail)?.[0];
    if (!link) throw new Error(`no reset link in:\n${mail}`);
    await page.goto(new URL(link).pathname);
    await page.getByLabel("Mật khẩu mới").fill("mat-khau-moi-cua-hoa");
    await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click();
    await expect(page.getByText("Mật khẩu đã được đặt lại.", { exact: false })).toBeVisible();

    // The link was for one use only.
    await page.goto(new URL(link).pathname);
    await expect(page.getByText(/không hợp lệ, đã được dùng hoặc đã hết hạn/)).toBeVisible();

    await logIn(page, email, "mat-khau-cu-cua-hoa");
    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    await page.getByLabel("Mật khẩu").fill("mat-khau-moi-cua-hoa");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: /Lê Hoa/ })).toBeVisible();
  });
});
