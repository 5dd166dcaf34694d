import type { Browser, Page } from "@playwright/test";
import { activateFromMail } from "./support/accounts";
import { agreeToPrivacyNotice, PRIVACY_CONSENT_LABEL } from "./support/consent";
import {
  addToCart,
  type DemoLogin,
  expect,
  logIn,
  SONG_LO_PRODUCT,
  test,
} from "./support/fixtures";
import { publicDemoProducts } from "./support/storefront";

/**
 * A lawful marketplace (issue 12 §9, decision 0028): the operating rules, the privacy notice,
 * contact and complaints and the operator's registration are linked from the footer of every
 * kind of page; sign-up and checkout refuse to go on without the privacy notice's box ticked,
 * and record the consent with the notice's version and the time (shown on the account page);
 * the administrator publishes a new version of a text, officials may not.
 */

const LEGAL_LINKS = [
  ["Quy chế hoạt động", "/legal/operating-rules"],
  ["Bảo vệ dữ liệu cá nhân", "/legal/privacy"],
  ["Liên hệ và khiếu nại", "/legal/contact"],
  ["Thông tin đơn vị vận hành", "/legal/operator"],
] as const;

async function expectLegalFooter(page: Page, path: string) {
  await page.goto(path);
  const nav = page.getByRole("contentinfo").getByRole("navigation", { name: "Thông tin pháp lý" });
  for (const [name, href] of LEGAL_LINKS)
    await expect(nav.getByRole("link", { name, exact: true }), `${path}: ${name}`).toHaveAttribute(
      "href",
      href,
    );
}

async function signedIn(browser: Browser, baseURL: string, who: DemoLogin, to: string) {
  const context = await browser.newContext({ baseURL, locale: "vi-VN" });
  const page = await context.newPage();
  await logIn(page, who, to);
  return { context, page };
}

test("the legal texts are linked from the footer of every kind of page", async ({
  page,
  browser,
  baseURL,
}) => {
  const [product] = publicDemoProducts();
  for (const path of ["/", "/products", `/products/${product?.slug}`, "/fairs", "/signup"])
    await expectLegalFooter(page, path);

  // Every text opens from the footer, in both languages.
  for (const [name] of LEGAL_LINKS) {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("legal-version")).toHaveText(/^Phiên bản \d+, công bố ngày/);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin đơn vị vận hành");
  // No registration number is made up for the demo.
  await expect(page.getByText("Chưa đăng ký.", { exact: false })).toBeVisible();

  for (const [who, path] of [
    ["customer", "/account"],
    ["producer", "/producer"],
    ["official", "/admin"],
  ] as const) {
    const { context, page: signed } = await signedIn(browser, baseURL ?? "", who, path);
    await expectLegalFooter(signed, path);
    await signed.getByRole("contentinfo").getByRole("link", { name: "Quy chế hoạt động" }).click();
    await expect(signed.getByRole("heading", { level: 1 })).toHaveText(
      "Quy chế hoạt động sàn giao dịch thương mại điện tử Chợ OCOP",
    );
    await context.close();
  }
});

test("sign-up and checkout refuse to go on without consent, and record it with its version and time", async ({
  page,
}, info) => {
  const email = `dong-y-${info.project.name}-${Date.now().toString(36)}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("Họ và tên").fill("Đỗ Thị Đồng");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill("mat-khau-cua-dong");
  const box = page.getByLabel(PRIVACY_CONSENT_LABEL);
  // Never ticked for the person; the notice is one link away.
  await expect(box).not.toBeChecked();
  await expect(
    page.getByRole("link", { name: /Đọc Chính sách bảo vệ dữ liệu cá nhân/ }),
  ).toHaveAttribute("href", "/legal/privacy");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(
    page.getByText(
      "Đồng ý với Chính sách bảo vệ dữ liệu cá nhân: hãy đánh dấu vào ô này để tiếp tục",
    ),
  ).toBeVisible();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.getByLabel("Mật khẩu").fill("mat-khau-cua-dong");
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("heading", { name: "Kiểm tra email của bạn" })).toBeVisible();
  await activateFromMail(page, email);

  await addToCart(page, SONG_LO_PRODUCT);
  await page.goto("/checkout");
  await page.getByLabel("Họ và tên người nhận").fill("Đỗ Thị Đồng");
  await page.getByLabel("Số điện thoại").fill("0912 345 678");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption("25");
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 5 đường Hùng Vương");
  const checkoutBox = page.getByLabel(PRIVACY_CONSENT_LABEL);
  await expect(checkoutBox).not.toBeChecked();
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(
    page.getByText(
      "Đồng ý với Chính sách bảo vệ dữ liệu cá nhân: hãy đánh dấu vào ô này để tiếp tục",
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/checkout$/);
  // What was typed is kept.
  await expect(page.getByLabel("Số nhà, đường, thôn, ấp")).toHaveValue("Số 5 đường Hùng Vương");
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}/);
  const orderNumber = new URL(page.url()).pathname.split("/").at(-1) ?? "";

  // The account page shows both consents: the version agreed to and when.
  await page.goto("/account");
  const consents = page.getByTestId("privacy-consent");
  await expect(consents).toHaveCount(2);
  await expect(consents.nth(0)).toContainText(`Khi đặt đơn hàng ${orderNumber}`);
  await expect(consents.nth(1)).toContainText("Khi đăng ký tài khoản");
  for (const i of [0, 1]) {
    await expect(consents.nth(i)).toContainText(/Chính sách bảo vệ dữ liệu cá nhân, phiên bản \d+/);
    await expect(consents.nth(i)).toContainText(/\d{2}\/\d{2}\/\d{4} lúc \d{2}:\d{2}/);
  }
  await consents.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Chính sách bảo vệ dữ liệu cá nhân",
  );
});

test("the administrator publishes a new version of a text; officials may not edit (desktop only: the phone run shares the database)", async ({
  page,
  browser,
  baseURL,
}, info) => {
  test.skip(info.project.name !== "desktop", "one run publishes: the phone run shares the texts");
  await logIn(page, "admin", "/admin/legal");
  await expect(
    page.getByRole("heading", { name: "Văn bản pháp lý của sàn", level: 1 }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Liên hệ và giải quyết khiếu nại" }).click();
  await expect(page).toHaveURL(/\/admin\/legal\/contact$/);
  const submit = page.getByRole("button", { name: /^Công bố phiên bản \d+$/ });
  const next = Number((await submit.textContent())?.replace(/\D/g, ""));

  // Bad input is refused naming the field, nothing published.
  await page.getByLabel("Tiêu đề (tiếng Anh)").fill(" ");
  await submit.click();
  await expect(page.getByText("Tiêu đề tiếng Anh: cần ít nhất 3 ký tự")).toBeVisible();
  await expect(page.getByLabel("Tiêu đề (tiếng Anh)")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Tiêu đề (tiếng Anh)").fill("Contact and complaints");
  const body = page.getByLabel("Nội dung (tiếng Việt)");
  // Markup is text: shown as typed, never run.
  await body.fill(
    `${await body.inputValue()}\n\n## Giờ làm việc\n- Thứ Hai đến Thứ Sáu, 8:00–17:00\n\n<b>không phải HTML</b>`,
  );
  await page.getByRole("button", { name: `Công bố phiên bản ${next}` }).click();
  await expect(page.getByText(`Đã công bố phiên bản ${next}.`)).toBeVisible();

  await page.goto("/legal/contact");
  await expect(page.getByTestId("legal-version")).toHaveText(
    new RegExp(`^Phiên bản ${next}, công bố ngày`),
  );
  await expect(page.getByRole("heading", { name: "Giờ làm việc", level: 2 })).toBeVisible();
  await expect(page.getByText("<b>không phải HTML</b>")).toBeVisible();
  // The earlier version stays readable, for the record.
  await page.getByRole("link", { name: new RegExp(`^Phiên bản ${next - 1} `) }).click();
  await expect(page.getByText("Đây là một phiên bản trước, được lưu để đối chiếu.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Giờ làm việc" })).toHaveCount(0);

  // An official of a province is refused the texts, and is not offered them.
  const { context, page: official } = await signedIn(browser, baseURL ?? "", "official", "/admin");
  await expect(
    official.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Văn bản pháp lý" }),
  ).toHaveCount(0);
  const refused = await official.request.get("/admin/legal/contact", { maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  await context.close();
});
