import Stripe from "stripe";
import { expect, test } from "@playwright/test";
import { E2E_STRIPE } from "../scripts/stripe-stand-in";
import { mailsTo, waitForMail } from "./support/mail";
import { publicDemoProducts } from "./support/storefront";
import { agreeToPrivacyNotice } from "./support/consent";

/**
 * Card payment: the checkout reaches a Stripe Checkout redirect (against the local stand-in
 * of Stripe's HTTP API in scripts/stripe-stand-in.ts, started by scripts/e2e-server.ts), a
 * signed webhook marks the order paid and sends the one email, and cancelling the paid parcel
 * refunds it through the app's refund worker. The redirect to Stripe's page is caught in the
 * browser: no request leaves the machine.
 */
test("paying by card: Stripe redirect, signed webhook, one email; a cancelled parcel is refunded", async ({
  page,
  request,
}, info) => {
  const email = `the-${info.project.name}-${Date.now()}@example.com`;
  const product = publicDemoProducts().find((p) => p.stock >= 10);
  expect(product).toBeDefined();
  await page.route("https://checkout.stripe.test/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<h1>Stripe Checkout (stand-in)</h1>" }),
  );

  await page.goto(`/products/${product?.slug}`);
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await page.getByRole("link", { name: "Thanh toán" }).click();
  await page.getByLabel("Họ và tên người nhận").fill("Lê Thị Mai");
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page.getByLabel("Email (không bắt buộc)").fill(email);
  // With JavaScript, choosing the province posts the form: only once the page has hydrated
  // (on a busy machine that takes a moment after the page shows).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption("01");
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 8 phố Hàng Bạc");
  await page.getByLabel("Thẻ ngân hàng, thẻ quốc tế (qua Stripe)").check();
  await agreeToPrivacyNotice(page);
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  await expect(page).toHaveURL(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_stand_in_/);
  const sessionId = new URL(page.url()).pathname.split("/").at(-1) ?? "";

  // What the app asked Stripe for, read back from the stand-in.
  const stripeApi = `http://127.0.0.1:${E2E_STRIPE.port}`;
  const sent = (await (await request.get(`${stripeApi}/__sessions/${sessionId}`)).json()) as Record<
    string,
    string
  >;
  const orderId = sent["metadata[order_id]"];
  expect(orderId).toMatch(/^\d+$/);
  let amount = 0;
  for (let i = 0; sent[`line_items[${i}][quantity]`]; i += 1) {
    amount +=
      Number(sent[`line_items[${i}][price_data][unit_amount]`]) *
      Number(sent[`line_items[${i}][quantity]`]);
  }
  expect(sent["line_items[0][price_data][currency]"]).toBe("vnd");
  expect(amount).toBeGreaterThan(0);
  const successUrl = sent["success_url"] ?? "";
  expect(successUrl).toMatch(/\/orders\/OC-/);
  const orderNumber = /\/orders\/(OC-[^?]+)/.exec(successUrl)?.[1] ?? "";

  // Back from Stripe before the webhook: the page says we are waiting for it.
  await page.goto(successUrl);
  await expect(
    page.getByText("Khi Stripe xác nhận thanh toán, chúng tôi sẽ gửi email"),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Huỷ kiện hàng này" })).toBeVisible();
  // No email yet: nothing is confirmed before the payment is.
  expect(mailsTo(email)).toEqual([]);

  const payload = JSON.stringify({
    id: `evt_e2e_${sessionId}`,
    object: "event",
    type: "checkout.session.completed",
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: {
      object: {
        id: sessionId,
        object: "checkout.session",
        amount_total: amount,
        currency: "vnd",
        payment_status: "paid",
        client_reference_id: orderId,
        metadata: { order_id: orderId, lang: "vi" },
        success_url: successUrl,
      },
    },
  });
  const forged = await request.post("/webhooks/stripe", {
    data: payload,
    headers: { "Content-Type": "application/json", "Stripe-Signature": "t=1,v1=forged" },
  });
  expect(forged.status()).toBe(400);

  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: E2E_STRIPE.webhookSecret,
  });
  const delivered = await request.post("/webhooks/stripe", {
    data: payload,
    headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
  });
  expect(delivered.status()).toBe(200);

  await page.goto(successUrl);
  await expect(page.getByText("Đã thanh toán bằng thẻ")).toBeVisible();

  // One email: payment received, the order's details, its private link.
  const paid = await waitForMail(email, new RegExp(`^Đã nhận thanh toán cho đơn ${orderNumber}$`));
  expect(paid).toContain("Giao đến: Lê Thị Mai · 0987654321, Số 8 phố Hàng Bạc");
  expect(paid).toContain(product?.nameVi ?? "?");
  const privateLink = /https?:\/\/\S+\/orders\/OC-\S+\?key=\S+/.exec(paid)?.[0] ?? "";
  expect(privateLink).toContain(`/orders/${orderNumber}?key=`);

  // The buyer cancels the paid parcel: its total goes back to the card.
  await page.goto(privateLink);
  await page.getByRole("button", { name: "Huỷ kiện hàng này" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận huỷ" }).click();
  await expect(page.getByText("Đã huỷ kiện hàng.")).toBeVisible();
  // The refund worker asks Stripe within seconds; the page shows it done once it has.
  await expect
    .poll(
      async () => {
        await page.reload();
        return (await page.getByTestId("part-refund").textContent()) ?? "";
      },
      { timeout: 30_000, message: "the refund shown as done on the order page" },
    )
    .toMatch(/^Đã hoàn .+ về thẻ của bạn$/);
  await expect(page.getByTestId("order-payment")).toHaveText("Đã hoàn tiền về thẻ");

  const refunds = (await (await request.get(`${stripeApi}/__refunds`)).json()) as {
    payment_intent: string;
    amount: string;
    idempotencyKey: string;
  }[];
  const ours = refunds.filter((r) => r.payment_intent === `pi_for_${sessionId}`);
  expect(ours).toHaveLength(1);
  expect(Number(ours[0]?.amount)).toBe(amount);
  expect(ours[0]?.idempotencyKey).toMatch(/^ocop-refund-\d+$/);
  const refundMail = await waitForMail(email, new RegExp(`^Đã hoàn .+ cho đơn ${orderNumber}$`));
  expect(refundMail).toContain("về thẻ bạn đã dùng để thanh toán");
  // In all: the payment's email and the refund's.
  expect(mailsTo(email)).toHaveLength(2);
});
