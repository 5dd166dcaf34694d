import type { Page } from "@playwright/test";
import { activateFromMail, signUp, submitSignUp } from "./support/accounts";
import { expect, submitLogIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { agreeToPrivacyNotice } from "./support/consent";

/** Tries to log in from the header's link, as a returning reader does (the outcome varies). */
async function logInFromHeader(page: Page, email: string, password: string) {
  await page.getByRole("banner").getByRole("link", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await submitLogIn(page, { email, password });
}

test.describe("accounts", () => {
  test("sign up, activate from the email, log out, log in again", async ({ page }, info) => {
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
    await agreeToPrivacyNotice(page);
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByRole("heading", { name: "Kiểm tra email của bạn" })).toBeVisible();
    const header = page.getByRole("banner");
    // No account until the emailed link is used.
    await expect(header.getByRole("link", { name: "Đăng nhập" })).toBeVisible();

    const link = await activateFromMail(page, email);
    await expect(header.getByRole("link", { name: /Trần Thị Lan/ })).toBeVisible();
    await header.getByRole("link", { name: /Trần Thị Lan/ }).click();
    await expect(page.getByRole("heading", { name: "Tài khoản của tôi" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByText("Các đơn hàng của bạn sẽ hiển thị tại đây.")).toBeVisible();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(header.getByRole("link", { name: "Đăng nhập" })).toBeVisible();

    // The link worked once.
    await page.goto(new URL(link).pathname);
    await expect(page.getByText(/Liên kết kích hoạt không hợp lệ/)).toBeVisible();

    await logInFromHeader(page, email, "sai-mat-khau-roi");
    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    await page.getByLabel("Mật khẩu").fill("mat-khau-cua-lan");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(header.getByRole("link", { name: /Trần Thị Lan/ })).toBeVisible();
  });

  test("signing up with an email that has an account looks the same, and mails its owner", async ({
    page,
  }, info) => {
    const email = `da-co-${info.project.name}-${Date.now()}@example.com`;
    await signUp(page, { name: "Ngô Thị Có", email, password: "mat-khau-cua-chu" });
    await page
      .getByRole("banner")
      .getByRole("link", { name: /Ngô Thị Có/ })
      .click();
    await page.getByRole("button", { name: "Đăng xuất" }).click();

    await submitSignUp(page, { name: "Người Lạ", email, password: "mat-khau-nguoi-la" });
    await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập" })).toBeVisible();
    const notice = await waitForMail(email, /^Có người đăng ký Chợ OCOP bằng email của bạn$/);
    expect(notice).toContain("Xin chào Ngô Thị Có");
    expect(notice).toMatch(/\/forgot-password/);
    expect(notice).not.toMatch(/\/confirm-signup\//);

    // The stranger's password opens nothing; the owner's still does.
    await logInFromHeader(page, email, "mat-khau-nguoi-la");
    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    await page.getByLabel("Mật khẩu").fill("mat-khau-cua-chu");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: /Ngô Thị Có/ })).toBeVisible();
  });

  test("forgot password: the emailed link sets a new one", async ({ page }, info) => {
    const email = `hoa-${info.project.name}-${Date.now()}@example.com`;
    await signUp(page, { name: "Lê Hoa", email, password: "mat-khau-cu-cua-hoa" });
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

    const mail = await waitForMail(email, /^Đặt lại mật khẩu Chợ OCOP$/);
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail)?.[0];
    if (!link) throw new Error(`no reset link in:\n${mail}`);
    await page.goto(new URL(link).pathname);
    await page.getByLabel("Mật khẩu mới").fill("mat-khau-moi-cua-hoa");
    await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click();
    await expect(page.getByText("Mật khẩu đã được đặt lại.", { exact: false })).toBeVisible();

    // The link was for one use only.
    await page.goto(new URL(link).pathname);
    await expect(page.getByText(/không hợp lệ, đã được dùng hoặc đã hết hạn/)).toBeVisible();

    await logInFromHeader(page, email, "mat-khau-cu-cua-hoa");
    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    await page.getByLabel("Mật khẩu").fill("mat-khau-moi-cua-hoa");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: /Lê Hoa/ })).toBeVisible();
  });
});
