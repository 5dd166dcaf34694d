import { expect, test } from "@playwright/test";
import { agreeToPrivacyNotice } from "./support/consent";
import { publicDemoProducts } from "./support/storefront";

/**
 * Law 44/2019 (decision 0027): a spirit of 40% says its strength and that it is not sold to
 * people under 18; its checkout asks "Tôi xác nhận đã đủ 18 tuổi", refuses the order without
 * it (nothing placed, the field named) and places it with it.
 */

function publicSpirit() {
  const spirit = publicDemoProducts().find(
    (p) => (p.alcoholPercent ?? 0) >= 15 && p.stock >= 20 && /40/.test(p.descVi),
  );
  if (!spirit) throw new Error("The demo seed needs a public 40% spirit in stock");
  return spirit;
}

test("a 40% spirit asks for the buyer's age at checkout and is refused without it", async ({
  page,
}) => {
  const spirit = publicSpirit();
  await page.goto(`/products/${spirit.slug}`);
  await expect(page.getByTestId("product-alcohol")).toHaveText(
    `Độ cồn ${String(spirit.alcoholPercent)}%`,
  );
  await expect(page.getByText("Không bán cho người dưới 18 tuổi.", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.getByRole("link", { name: "Thanh toán" }).click();

  await expect(page.getByRole("heading", { name: "Thanh toán", level: 1 })).toBeVisible();
  const ageBox = page.getByRole("checkbox", { name: "Tôi xác nhận đã đủ 18 tuổi" });
  await expect(ageBox).toBeVisible();
  await expect(ageBox).not.toBeChecked();
  await page.getByLabel("Họ và tên người nhận").fill("Trần Văn Bình");
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tỉnh, thành phố").selectOption(spirit.provinceCode);
  const commune = page.getByLabel("Xã, phường");
  await expect(commune.locator("option")).not.toHaveCount(1);
  const first = await commune.locator("option").nth(1).getAttribute("value");
  await commune.selectOption(first ?? "");
  await page.getByLabel("Số nhà, đường, thôn, ấp").fill("Thôn Nhơn Lộc 2");
  await expect(page.getByTestId("checkout-total-to-pay")).toBeVisible();
  await agreeToPrivacyNotice(page);

  // Without the confirmation: the same page, the field named, no order.
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(
    page.getByText("Độ tuổi: hãy xác nhận bạn đã đủ 18 tuổi để mua đồ uống từ 15 độ cồn."),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(ageBox).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept.
  await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Trần Văn Bình");

  await ageBox.check();
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/orders\/OC-[2-9A-Z]{3}-[2-9A-Z]{4}/);
  await expect(page.getByText(spirit.nameVi).first()).toBeVisible();
});

test("a checkout without a spirit asks nothing about age", async ({ page }) => {
  const honey = publicDemoProducts().find((p) => p.alcoholPercent === undefined && p.stock >= 20);
  if (!honey) throw new Error("no product without alcohol");
  await page.goto(`/products/${honey.slug}`);
  await expect(page.getByTestId("product-age-notice")).toHaveCount(0);
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: "Thanh toán", level: 1 })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Tôi xác nhận đã đủ 18 tuổi" })).toHaveCount(0);
});
