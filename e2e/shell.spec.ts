import { expect, test } from "@playwright/test";

test.describe("site shell", () => {
  test("serves Vietnamese by default and switches to English and back", async ({ page }) => {
    await page.goto("/products");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(
      page.getByRole("navigation").getByRole("link", { name: "Sản phẩm" }),
    ).toBeVisible();

    await page.getByRole("button", { name: "Chuyển sang tiếng Anh" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // The switch returns to the page the reader was on.
    await expect(page).toHaveURL(/\/products$/);
    await expect(
      page.getByRole("navigation").getByRole("link", { name: "Products" }),
    ).toBeVisible();

    await page.getByRole("button", { name: "Switch to Vietnamese" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("unknown URLs answer a real 404 page in the reader's language", async ({ page }) => {
    const response = await page.goto("/khong-co-trang-nay");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
  });

  test("the language switch refuses to redirect off the site", async ({ request, baseURL }) => {
    const response = await request.post("/lang", {
      form: { lang: "en", redirectTo: "//evil.example/" },
      // A browser sends its page's origin with every form post; the app refuses posts without it.
      headers: { Origin: baseURL ?? "" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe("/");
  });

  test("posts from another site are refused (CSRF)", async ({ request }) => {
    const attempts: Record<string, string>[] = [{ Origin: "https://evil.example" }, {}];
    for (const headers of attempts) {
      const response = await request.post("/lang", {
        form: { lang: "en" },
        headers,
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
    }
  });

  test("health and readiness answer for operators", async ({ request }) => {
    expect((await request.get("/healthz")).status()).toBe(200);
    const ready = await request.get("/readyz");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });
});
