import { mkdir } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { readVietQr } from "../app/domain/payment/vietqr";
import { decodeQrImage } from "../tests/support/qr-decode";
import { expect, logIn, SONG_LO_PRODUCT, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { agreeToPrivacyNotice } from "./support/consent";

/**
 * Bank transfer by VietQR, as a guest on a phone pays a demo producer: the order page shows
 * the shipment's VietQR code, which a camera reads back (decoded from a screenshot) to the
 * producer's bank, account and the exact amount, with the same details written out; the
 * producer records "money received", and only then confirms and ships.
 */

const SHOTS = process.env.VIETQR_SHOTS_DIR ?? "";

/** "406.000 ₫" → 406000. */
function dong(text: string): number {
  return Number(text.replace(/[^0-9]/g, ""));
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  for (const [label, size] of [
    ["390", { width: 390, height: 844 }],
    ["1280", { width: 1280, height: 900 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
}

async function guestPage(browser: Browser, isMobile: boolean) {
  const context = await browser.newContext(
    isMobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  return context.newPage();
}

test("a guest pays a shipment by VietQR; the producer records the money, then confirms and ships", async ({
  page,
  browser,
  isMobile,
}, info) => {
  // Two people, two sessions, a QR decode: longer than a one-page test on a busy machine.
  test.setTimeout(120_000);
  const buyer = await guestPage(browser, isMobile);
  const email = `vietqr-${info.project.name}-${Date.now()}@example.com`;
  await buyer.goto(`/products/${SONG_LO_PRODUCT}`);
  await buyer.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(buyer).toHaveURL(/\/cart$/);
  await buyer.getByRole("link", { name: "Thanh toán" }).click();
  await buyer.getByLabel("Họ và tên người nhận").fill(`Khách VietQR ${info.project.name}`);
  await buyer.getByLabel("Số điện thoại").fill("0987 654 321");
  await buyer.getByLabel("Email (không bắt buộc)").fill(email);
  await buyer.waitForLoadState("networkidle");
  await buyer.getByLabel("Tỉnh, thành phố").selectOption("25");
  const commune = buyer.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await buyer.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 3 đường Hùng Vương");
  await buyer.getByLabel("Chuyển khoản ngân hàng (VietQR)").check();
  await agreeToPrivacyNotice(buyer);
  await buyer.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(buyer).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}\?key=/);
  const orderUrl = buyer.url();
  const number = new URL(orderUrl).pathname.split("/").at(-1) ?? "";
  await expect(buyer.getByTestId("order-payment")).toHaveText("Chuyển khoản ngân hàng (VietQR)");

  // The shipment's transfer: written out, and as a QR code a camera reads back.
  const panel = buyer.getByTestId("transfer-panel");
  await expect(panel).toHaveCount(1);
  const account = (await panel.getByTestId("transfer-account").textContent()) ?? "";
  const memo = (await panel.getByTestId("transfer-memo").textContent()) ?? "";
  const amount = dong((await panel.getByTestId("transfer-amount").textContent()) ?? "");
  const total = dong((await buyer.getByTestId("order-total").textContent()) ?? "");
  expect(account).toMatch(/^999000[0-9]{6}$/); // the demo seed's fictitious accounts
  expect(amount).toBe(total); // one shipment: its total is the order's
  const partId = /^[0-9A-Z]{9} P([0-9]+)$/.exec(memo)?.[1];
  expect(memo.startsWith(number.replace(/-/g, ""))).toBe(true);
  expect(partId).toBeDefined();
  const png = await panel.getByTestId("transfer-qr").screenshot();
  const decoded = readVietQr((await decodeQrImage(png)) ?? "");
  expect(decoded).toEqual({
    bankBin: expect.stringMatching(/^[0-9]{6}$/),
    accountNumber: account,
    amountVnd: total,
    memo,
  });
  await expect(panel.getByTestId("transfer-bank")).toBeVisible();
  await expect(panel.getByTestId("transfer-holder")).toHaveText(/^[A-Z0-9 .,&()/-]+$/);
  // The confirmation email carries the same details in its text.
  const mail = await waitForMail(email, new RegExp(`^Đơn ${number}: thông tin chuyển khoản$`));
  expect(mail).toContain(account);
  expect(mail).toContain(memo);
  await shoot(buyer, `order-${info.project.name}`);

  // The producer cannot confirm yet; it records the money, then confirms and ships.
  await logIn(page, "producer", `/producer/orders/${partId}`);
  await expect(page.getByRole("heading", { name: `Đơn ${number}`, level: 1 })).toBeVisible();
  await expect(page.getByTestId("producer-transfer-status")).toContainText(memo);
  await expect(page.getByRole("button", { name: "Xác nhận đơn" })).toHaveCount(0);
  await page.getByRole("button", { name: "Đã nhận tiền" }).click();
  await expect(page.getByText("Đã ghi nhận: đã nhận tiền.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Xác nhận đơn" }).click();
  await expect(page.getByTestId("part-status")).toHaveText("Đã xác nhận");
  await page.getByLabel("Đơn vị vận chuyển", { exact: true }).selectOption("viettelpost");
  await page.getByLabel("Mã vận đơn").fill(`VTP${Date.now().toString().slice(-9)}`);
  await page.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
  await expect(page.getByTestId("part-status")).toHaveText("Đang giao");

  // The buyer's page: the code is gone, the money is acknowledged, the parcel is on its way.
  await buyer.goto(orderUrl.replace(/&placed=1$/, ""));
  await expect(buyer.getByTestId("transfer-panel")).toHaveCount(0);
  await expect(buyer.getByTestId("transfer-status")).toHaveText(
    "Chủ thể đã nhận tiền chuyển khoản",
  );
  await expect(buyer.getByText("Trạng thái: Đang giao")).toBeVisible();
  await buyer.context().close();
});

test("the producer's bank account page shows the account masked and names a bad field", async ({
  page,
}, info) => {
  await logIn(page, "producer", "/producer/bank-account");
  await expect(page.getByRole("heading", { name: "Tài khoản ngân hàng", level: 1 })).toBeVisible();
  await expect(page.getByTestId("bank-account-masked")).toHaveText(/^•••• [0-9]{4}$/);
  // The full number is nowhere on the page.
  expect(await page.content()).not.toMatch(/999000[0-9]{6}/);
  await shoot(page, `bank-account-${info.project.name}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel("Số tài khoản").fill("0071000123456");
  await page.getByLabel("Chủ tài khoản").fill("Nguyễn Văn An");
  await page.getByRole("button", { name: "Lưu tài khoản" }).click();
  await expect(
    page.getByText("Tên chủ tài khoản viết in hoa không dấu", { exact: false }),
  ).toBeVisible();
  await expect(page.getByTestId("bank-account-masked")).toHaveText(/^•••• [0-9]{4}$/);
});
