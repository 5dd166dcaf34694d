import { expect, test, type Page } from "@playwright/test";
import { definition } from "./support/page";
import { demoProduct, hiddenDemo, visibleDemo, withoutDiacritics } from "./support/storefront";

/**
 * The certificate lookup answers the buyer's question "is this OCOP label still good?" by
 * the decision number on the label or by the product's name typed any way.
 */

async function lookUp(page: Page, text: string) {
  await page.goto("/certificates");
  const form = page.getByRole("main").getByRole("search");
  await form.getByLabel("Số quyết định hoặc tên sản phẩm").fill(text);
  await form.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page).toHaveURL(/\/certificates\?q=/);
  await expect(page.getByRole("main")).toContainText(/kết quả cho|Không tìm thấy chứng nhận/);
}

function resultFor(page: Page, productName: string) {
  return page
    .getByRole("main")
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: productName, exact: true }) });
}

test.describe("certificate lookup", () => {
  test("finds a certificate by the start of its decision number", async ({ page }) => {
    const slug = visibleDemo(/5★/);
    const product = demoProduct(slug);
    await page.goto(`/products/${slug}`);
    const decision = (
      await definition(
        page.getByRole("region", { name: "Chứng nhận OCOP" }),
        "Quyết định số",
      ).innerText()
    ).trim();
    const prefix = decision.split("/")[0] ?? "";
    expect(prefix).toMatch(/^\d+$/);

    await lookUp(page, prefix);
    const result = resultFor(page, product.nameVi);
    await expect(result).toHaveCount(1);
    await expect(result).toContainText(`Số ${decision}`);
    await expect(result).toContainText("Còn hiệu lực");
    // Every answer matches what was typed: the lookup is by prefix, not anything anywhere.
    for (const text of await page.getByRole("main").getByRole("article").allInnerTexts()) {
      expect(text).toMatch(new RegExp(`Số ${prefix}`));
    }
  });

  test("finds a product by its name typed without diacritics, and links to its page", async ({
    page,
  }) => {
    const slug = visibleDemo(/Sông Lô/);
    const product = demoProduct(slug);
    const typed = withoutDiacritics(product.nameVi);
    expect(typed).not.toBe(product.nameVi.toLowerCase());

    await lookUp(page, typed);
    const result = resultFor(page, product.nameVi);
    await expect(result).toHaveCount(1);
    await expect(result).toContainText("Còn hiệu lực");
    await result.getByRole("link", { name: product.nameVi, exact: true }).click();
    await expect(page).toHaveURL(`/products/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.nameVi);
  });

  test("an expired certificate is shown as expired, without a link to a product page", async ({
    page,
  }) => {
    const slug = hiddenDemo(/expired/);
    const product = demoProduct(slug);
    await lookUp(page, withoutDiacritics(product.nameVi));
    const result = resultFor(page, product.nameVi);
    await expect(result).toHaveCount(1);
    await expect(result).toContainText("Đã hết hạn");
    await expect(result).toContainText("Sản phẩm hiện không được bán trên Chợ OCOP.");
    await expect(result.getByRole("link")).toHaveCount(0);
    await expect(page.locator(`a[href="/products/${slug}"]`)).toHaveCount(0);
  });

  test("a revoked certificate is shown as revoked with its revoking decision and ground, without a link to a product page", async ({
    page,
  }) => {
    const slug = hiddenDemo(/revoked/);
    const product = demoProduct(slug);
    await lookUp(page, withoutDiacritics(product.nameVi));
    const result = resultFor(page, product.nameVi);
    await expect(result).toHaveCount(1);
    await expect(result).toContainText("Đã bị thu hồi");
    await expect(definition(result, "Quyết định thu hồi")).toHaveText(/[0-9]+\/QĐ-UBND/);
    await expect(definition(result, "Căn cứ thu hồi")).toHaveText(/\S{3,}/);
    await expect(result.getByRole("link")).toHaveCount(0);
    await expect(page.locator(`a[href="/products/${slug}"]`)).toHaveCount(0);
  });

  test("a search with no match says so in words", async ({ page }) => {
    await lookUp(page, "zzzz khong co san pham nay");
    await expect(page.getByRole("main")).toContainText(
      "Không tìm thấy chứng nhận nào cho “zzzz khong co san pham nay”",
    );
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(0);
  });
});
