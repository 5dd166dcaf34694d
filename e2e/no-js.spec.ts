import { expect, test } from "@playwright/test";
import {
  CatalogPage,
  demoProduct,
  searchParams,
  visibleDemo,
  withoutDiacritics,
} from "./support/storefront";

/**
 * The storefront without JavaScript (old phones, blocked scripts, slow networks before the
 * bundle arrives): every form and link is plain HTML, so everything still works.
 */
test.use({ javaScriptEnabled: false });

test.describe("without JavaScript", () => {
  test("the catalogue filter form filters, and the pages keep the filters", async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto();
    await catalog.openFilters();
    // Scripts really are off: choosing an option alone submits nothing (with JavaScript it would).
    await catalog.select("stars").selectOption("4");
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/products$/);

    await catalog.filter({ stars: "4", sort: "price-asc" });

    await expect(page).toHaveURL(/stars=4/);
    expect(searchParams(page).get("sort")).toBe("price-asc");
    await expect(page.getByRole("link", { name: "Bỏ lọc Từ 4 sao trở lên" })).toBeVisible();
    const first = await catalog.cardInfo();
    for (const card of first) expect(card.stars).toBeGreaterThanOrEqual(4);
    // The form reflects the choice after the full page load.
    await catalog.openFilters();
    await expect(catalog.select("stars")).toHaveValue("4");

    await catalog.nextLink().click();
    await expect(page).toHaveURL(/page=2/);
    expect(searchParams(page).get("stars")).toBe("4");
    expect(searchParams(page).get("sort")).toBe("price-asc");
    const second = await catalog.cardInfo();
    for (const card of second) expect(card.stars).toBeGreaterThanOrEqual(4);
    expect(second[0]?.price ?? 0).toBeGreaterThanOrEqual(first[first.length - 1]?.price ?? 0);

    await catalog.previousLink().click();
    await expect(page).not.toHaveURL(/page=/);
    expect(searchParams(page).get("stars")).toBe("4");
  });

  test("the language switch changes the language and stays on the page", async ({ page }) => {
    const slug = visibleDemo(/4★/);
    await page.goto(`/products/${slug}`);
    await page.getByRole("button", { name: "Chuyển sang tiếng Anh" }).click();
    await expect(page).toHaveURL(`/products/${slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(demoProduct(slug).nameEn);
    await expect(page.getByText("4-star OCOP", { exact: true }).first()).toBeVisible();

    await page.getByRole("button", { name: "Switch to Vietnamese" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(demoProduct(slug).nameVi);
  });

  test("the certificate search answers", async ({ page }) => {
    const product = demoProduct(visibleDemo(/3★, province/));
    await page.goto("/certificates");
    const form = page.getByRole("main").getByRole("search");
    await form
      .getByLabel("Số quyết định hoặc tên sản phẩm")
      .fill(withoutDiacritics(product.nameVi));
    await form.getByLabel("Số quyết định hoặc tên sản phẩm").press("Enter");
    await expect(page).toHaveURL(/\/certificates\?q=/);
    const result = page
      .getByRole("main")
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: product.nameVi, exact: true }) });
    await expect(result).toContainText("Còn hiệu lực");
    await result.getByRole("link", { name: product.nameVi, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.nameVi);
  });
});
