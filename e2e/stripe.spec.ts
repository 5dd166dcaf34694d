import Stripe from "stripe";
import { expect, test } from "@playwright/test";
import { E2E_STRIPE } from "../scripts/stripe-stand-in";
import { publicDemoProducts } from "./support/storefront";

/**
 * Card payment: the checkout reaches a Stripe Checkout redirect (against a local stand-in of
 * Stripe's HTTP API, started by scripts/e2e-server.ts), and a signed webhook marks the order
 * paid. The redirect to Stripe's page is caught in the browser: no request leaves the machine.
 */
test("paying by card redirects to Stripe Checkout; a signed webhook marks the order paid", async ({
  page,
  request,
}) => {
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
  await page.getByLabel("Email (để nhận xác nhận đơn hàng)").fill("mai-the@example.com");
  await page.getByLabel("Tỉnh, thành phố").selectOption("01");
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  await commune.selectOption((await commune.locator("option").nth(1).getAttribute("value")) ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Số 8 phố Hàng Bạc");
  await page.getByLabel("Thẻ ngân hàng, thẻ quốc tế (qua Stripe)").check();
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  await expect(page).toHaveURL(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_e2e_/);
  const sessionId = new URL(page.url()).pathname.split("/").at(-1) ?? "";

  // What the app asked Stripe for, read back from the stand-in.
  const sent = (await (
    await request.get(`http://127.0.0.1:${E2E_STRIPE.port}/__sessions/${sessionId}`)
  ).json()) as Record<string, string>;
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
});
