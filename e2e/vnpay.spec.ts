import { expect, test } from "@playwright/test";
import { E2E_VNPAY } from "../scripts/vnpay-stand-in";
import { mailsTo } from "./support/mail";
import { publicDemoProducts } from "./support/storefront";
import { agreeToPrivacyNotice } from "./support/consent";

/**
 * Paying through VNPay: the checkout redirects to VNPay's payment page, here the local
 * STAND-IN of it (scripts/vnpay-stand-in.ts, started by scripts/e2e-server.ts, built from
 * VNPay's documented algorithm: it refuses a URL whose signature is wrong). Its pay button
 * calls the app's IPN with a signed result, as VNPay's servers do, then sends the browser
 * back to the app's return page. The order ends paid. No request leaves the machine.
 */
test("paying through VNPay: redirect to the stand-in, signed IPN, the return page, a paid order", async ({
  page,
  request,
}, info) => {
  const email = `vnpay-${info.project.name}-${Date.now()}@example.com`;
  const product = publicDemoProducts().find((p) => p.stock >= 10);
  expect(product).toBeDefined();

  await page.goto(`/products/${product?.slug}`);
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await page.getByRole("link", { name: "Thanh toán" }).click();
  await page.getByLabel("Họ và tên người nhận").fill("Trần Văn Bình");
  await page.getByLabel("Số điện thoại").fill("0903 123 456");
  await page.getByLabel("Email (không bắt buộc)").fill(email);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption("01");
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 8 phố Hàng Bạc");
  await page.getByLabel("VNPay: thẻ ATM nội địa, thẻ quốc tế, ví VNPay-QR").check();
  await page.screenshot({
    path: `test-results/vnpay-checkout-${info.project.name}.png`,
    fullPage: true,
  });
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  // VNPay's page (the stand-in): it accepted our signature and shows the amount.
  await expect(page).toHaveURL(
    new RegExp(`^http://127\\.0\\.0\\.1:${E2E_VNPAY.port}/paymentv2/vpcpay\\.html\\?`),
  );
  const params = new URL(page.url()).searchParams;
  expect(params.get("vnp_Version")).toBe("2.1.0");
  expect(params.get("vnp_Locale")).toBe("vn");
  const amountVnd = Number(params.get("vnp_Amount")) / 100;
  expect(amountVnd).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Thanh toán qua VNPay" })).toBeVisible();
  // Nothing is confirmed by email before the payment is.
  expect(mailsTo(email)).toEqual([]);

  await page.getByRole("button", { name: "Thanh toán", exact: true }).click();

  // Back on the shop's return page: VNPay's IPN came first and the order is paid.
  await expect(page).toHaveURL(/\/payments\/vnpay\/return\/[^/?]+\?vnp_/);
  await expect(page.getByRole("heading", { name: "Kết quả thanh toán VNPay" })).toBeVisible();
  await expect(page.getByText("Thanh toán thành công. Cảm ơn bạn!")).toBeVisible();
  const answers = (await (
    await request.get(`http://127.0.0.1:${E2E_VNPAY.port}/__ipn-answers`)
  ).json()) as { txnRef: string; answer: { RspCode: string } }[];
  expect(answers.find((a) => a.txnRef === params.get("vnp_TxnRef"))?.answer.RspCode).toBe("00");
  // For a person to look at: the return page at 390 px (phone) and 1280 px (desktop).
  const width = info.project.name === "phone" ? 390 : 1280;
  await page.setViewportSize({ width, height: info.project.name === "phone" ? 844 : 800 });
  await page.screenshot({ path: `test-results/vnpay-return-${width}.png`, fullPage: true });

  await page.getByRole("link", { name: "Xem đơn hàng" }).click();
  await expect(page).toHaveURL(/\/orders\/OC-[0-9A-Z]{3}-[0-9A-Z]{4}\?key=/);
  await expect(page.getByTestId("order-payment")).toHaveText("Đã thanh toán qua VNPay");
});
