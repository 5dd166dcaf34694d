import { expect, type Page } from "@playwright/test";
import { agreeToPrivacyNotice } from "./consent";
import { waitForMail } from "./mail";

/** Fills and sends the sign-up form; the page then says to check the email, whoever asks. */
export async function submitSignUp(
  page: Page,
  person: { name: string; email: string; password: string },
) {
  await page.goto("/signup");
  await page.getByLabel("Họ và tên").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Mật khẩu").fill(person.password);
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("heading", { name: "Kiểm tra email của bạn" })).toBeVisible();
}

/** Opens the activation link mailed to `email` and activates the account: it is signed in. */
export async function activateFromMail(page: Page, email: string) {
  const mail = await waitForMail(email, /^Kích hoạt tài khoản Chợ OCOP$/);
  const link = /https?:\/\/\S+\/confirm-signup\/[A-Za-z0-9_-]+/.exec(mail)?.[0];
  if (!link) throw new Error(`no activation link in:\n${mail}`);
  await page.goto(new URL(link).pathname);
  await page.getByRole("button", { name: "Kích hoạt tài khoản" }).click();
  return link;
}

/** A new customer account, signed in, through the form and the emailed link. */
export async function signUp(
  page: Page,
  person: { name: string; email: string; password: string },
) {
  await submitSignUp(page, person);
  await activateFromMail(page, person.email);
  await expect(
    page.getByRole("banner").getByRole("link", { name: new RegExp(person.name) }),
  ).toBeVisible();
}
