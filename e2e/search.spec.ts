import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, test, type Page } from "@playwright/test";
import { addMonths } from "../app/lib/dates";
import { todayInVietnam } from "../app/lib/dates";
import { certificates, producers, products } from "../db/schema";
import { makeCertificate, makeProducer, makeProduct } from "../tests/support/factories";
import { e2eDatabaseUrl, NEEDS_SERVER, openE2eDatabase } from "./fixtures/database";
import { publicDemoProducts } from "./support/storefront";

/** The result cards' names, in order. */
async function resultNames(page: Page): Promise<string[]> {
  return page.locator("main ul li article h2").allInnerTexts();
}

async function searchFor(page: Page, text: string) {
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" });
  await box.fill(text);
  await box.press("Enter");
  await page.waitForURL(/\/products\?q=/);
}

test.describe("search", () => {
  test("keeps what was typed before the page's JavaScript ran", async ({ page }) => {
    // Hold the scripts back so the reader types into the server-rendered box, as on a slow phone.
    let release = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/**/*.js", async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto("/", { waitUntil: "domcontentloaded" });
    const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" });
    await box.fill("Mật ong");
    release();
    await page.waitForLoadState("networkidle");
    await expect(box).toHaveValue("Mật ong");
    await box.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “Mật ong”");
  });

  test("finds products typed with or without diacritics, and highlights the match", async ({
    page,
  }) => {
    await page.goto("/");
    await searchFor(page, "Mật ong");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “Mật ong”");
    const withMarks = await resultNames(page);
    expect(withMarks.length).toBeGreaterThan(1);
    // Products named "Mật ong" come first; after them, ones that match elsewhere (their producer).
    const named = withMarks.filter((n) => /Mật ong/i.test(n));
    expect(named.length).toBeGreaterThan(1);
    expect(withMarks.slice(0, named.length)).toEqual(named);
    await expect(page.locator("main article mark").first()).toHaveText(/Mật|ong/);

    await searchFor(page, "mat ong");
    // Compared on the demo's products: other specs may add a honey of their own meanwhile.
    const demo = new Set(publicDemoProducts().map((p) => p.nameVi));
    const inDemo = (names: string[]) => names.filter((n) => demo.has(n));
    expect(inDemo(withMarks).length).toBeGreaterThan(1);
    expect(inDemo(await resultNames(page))).toEqual(inDemo(withMarks));
  });

  test("finds a place typed without diacritics and a product with a typo", async ({ page }) => {
    await page.goto("/products?q=dak+lak");
    await expect(page.locator("main article").first()).toContainText("Đắk Lắk");

    await page.goto("/products?q=gao+nep+thon");
    const names = await resultNames(page);
    expect(names).toContain("Gạo nếp thơm Hải Hậu");
  });

  test("facets narrow the results and show counts", async ({ page }, testInfo) => {
    await page.goto("/products?q=tra");
    const before = await page.locator("#results-count").innerText();
    if (testInfo.project.name === "phone") await page.getByText("Lọc và sắp xếp").click();
    const form = page
      .locator("form", { has: page.locator('select[name="stars"]') })
      .locator("visible=true");
    await form.locator('select[name="stars"]').selectOption("5");
    await page.waitForURL(/stars=5/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("tra");
    // Wait for the new results, not just the new address.
    await expect(page.locator("#results-count")).not.toHaveText(before);
    const badges = await page
      .locator("main article")
      .getByText(/OCOP \d sao/)
      .allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b).toBe("OCOP 5 sao");
  });

  test("no results offers the nearest products and clears the filters in one click", async ({
    page,
  }) => {
    await page.goto("/products?q=mat+ong&group=du-lich");
    await expect(
      page.getByRole("heading", { name: "Không tìm thấy sản phẩm cho “mat ong”" }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Sản phẩm gần nhất với tìm kiếm của bạn" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Bỏ mọi bộ lọc, giữ từ khóa" }).click();
    await expect(page).toHaveURL(/\/products\?q=mat\+ong$/);
    expect((await resultNames(page)).length).toBeGreaterThan(0);
  });

  test("suggests products as you type and opens one by keyboard", async ({ page }) => {
    await page.goto("/producers");
    const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" });
    await box.pressSequentially("che shan", { delay: 30 });
    const list = page.getByRole("listbox", { name: "Gợi ý sản phẩm" });
    await expect(list).toBeVisible();
    const first = list.getByRole("option").first();
    await expect(first).toContainText(/Shan tuyết/i);
    const name = (await first.innerText()).trim();
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
    await expect(first).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    // Escape closes the list.
    await box.fill("mat ong");
    await expect(page.getByRole("listbox", { name: "Gợi ý sản phẩm" })).toBeVisible();
    await box.press("Escape");
    await expect(page.getByRole("listbox", { name: "Gợi ý sản phẩm" })).toBeHidden();
  });

  test("/search?q= redirects to the catalogue's results", async ({ request }) => {
    const r = await request.get("/search?q=mat%20ong", { maxRedirects: 0 });
    expect(r.status()).toBe(301);
    expect(r.headers()["location"]).toBe("/products?q=mat+ong");
  });
});

test.describe("search follows the database (skipped unless the e2e app runs on TEST_DATABASE_URL's server)", () => {
  test.skip(!e2eDatabaseUrl(), NEEDS_SERVER);

  test("an edited product is found by its new name; an expired one vanishes without a reindex", async ({
    page,
  }) => {
    const database = await openE2eDatabase();
    const { db } = database;
    const tag = randomBytes(3).toString("hex");
    const producer = await makeProducer(db, {
      name: `HTX Thử nghiệm ${tag}`,
      provinceCode: "25",
      communeCode: "08848",
    });
    const product = await makeProduct(db, {
      producerId: producer.id,
      nameVi: `Mứt gừng Zebu ${tag}`,
    });
    const certificate = await makeCertificate(db, {
      productId: product.id,
      stars: 4,
      decisionDate: addMonths(todayInVietnam(), -6),
    });
    try {
      await page.goto(`/products?q=mut+gung+zebu+${tag}`);
      expect(await resultNames(page)).toEqual([`Mứt gừng Zebu ${tag}`]);

      await db
        .update(products)
        .set({ nameVi: `Mứt quất Zebu ${tag}` })
        .where(eq(products.id, product.id));
      await page.goto(`/products?q=mut+quat+zebu+${tag}`);
      expect(await resultNames(page)).toEqual([`Mứt quất Zebu ${tag}`]);

      // The certificate's validity ran out yesterday: gone from results at once.
      await db
        .update(certificates)
        .set({ decisionDate: addMonths(todayInVietnam(), -37) })
        .where(eq(certificates.id, certificate.id));
      await page.goto(`/products?q=mut+quat+zebu+${tag}`);
      await expect(
        page.getByRole("heading", { name: `Không tìm thấy sản phẩm cho “mut quat zebu ${tag}”` }),
      ).toBeVisible();
      const suggest = await page.request.get(`/api/suggest?q=mut+quat+zebu+${tag}`);
      expect((await suggest.json()).suggestions).toEqual([]);
    } finally {
      await db.delete(certificates).where(eq(certificates.productId, product.id));
      await db.delete(products).where(eq(products.id, product.id));
      await db.delete(producers).where(eq(producers.id, producer.id));
      await database.close();
    }
  });
});
