/**
 * An error inside a workspace keeps the workspace: a record that is not there (or not the
 * official's or producer's) answers 404 inside the workspace's frame, its sections still there.
 */
import { expect, test } from "@playwright/test";
import { logIn } from "./support/fixtures";

test("an official's missing record: 404 inside the official workspace", async ({ page }) => {
  await logIn(page, "official", "/admin");
  const response = await page.goto("/admin/products/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  const sections = page.getByRole("navigation", { name: "Các mục của khu làm việc cán bộ" });
  await expect(sections.getByRole("link", { name: "Sản phẩm OCOP" })).toBeVisible();
  // The sections still lead somewhere.
  await sections.getByRole("link", { name: "Chủ thể OCOP" }).click();
  await expect(page).toHaveURL(/\/admin\/producers$/);
});

test("a producer's missing shipment: 404 inside the producer workspace", async ({ page }) => {
  await logIn(page, "producer", "/producer");
  const response = await page.goto("/producer/orders/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByText("HTX cây trồng Sông Lô xanh").first()).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Khu làm việc" }).getByRole("link", { name: "Đơn hàng" }),
  ).toBeVisible();
});
