/**
 * Helpers the storefront specs share: the demo data they reason about (read from the seed's
 * own data module, never from the database, which may be an embedded one inside the app) and
 * a small page object for the catalogue, whose filter form sits in a drawer on phones.
 */
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { HIDDEN_DEMO_SLUGS, VISIBLE_DEMO_SLUGS } from "../../db/seed";
import { DEMO_PRODUCERS, type DemoProduct, GROUP_OF_SET } from "../../db/seed/data";
import { foldVietnamese } from "../../app/lib/text";

export const isPhone = (testInfo: TestInfo) => testInfo.project.name === "phone";

/** Whole đồng from "120.000 ₫" (Vietnamese) or "₫120,000" (English): VND has no minor unit. */
export function parseVnd(text: string): number {
  const digits = text.replace(/[^\d]/g, "");
  if (!digits) throw new Error(`No price in "${text}"`);
  return Number(digits);
}

/** "Chè Shan tuyết" → "che shan tuyet": how people type on a keyboard without Vietnamese input. */
export function withoutDiacritics(text: string): string {
  return foldVietnamese(text);
}

const hiddenSlugs = new Set<string>(HIDDEN_DEMO_SLUGS.map((h) => h.slug));

type DemoEntry = DemoProduct & { group: string; suspended: boolean; provinceCode: string };

const demoProducts: DemoEntry[] = DEMO_PRODUCERS.flatMap((producer) =>
  producer.products.map((p) => ({
    ...p,
    group: GROUP_OF_SET[p.set],
    suspended: producer.status === "suspended",
    provinceCode: producer.provinceCode,
  })),
);

export function demoProduct(slug: string): DemoEntry {
  const found = demoProducts.find((p) => p.slug === slug);
  if (!found) throw new Error(`No demo product ${slug}`);
  return found;
}

/** Products the public sees: 3★ and up, listed, producer active, certificate neither expired nor revoked. */
export function publicDemoProducts(): DemoEntry[] {
  return demoProducts.filter(
    (p) =>
      p.stars >= 3 &&
      !p.unlisted &&
      !p.suspended &&
      !p.cert?.expired &&
      !p.cert?.revokedReason &&
      !hiddenSlugs.has(p.slug),
  );
}

export function visibleDemo(reason: RegExp): string {
  const found = VISIBLE_DEMO_SLUGS.find((v) => reason.test(v.reason));
  if (!found) throw new Error(`No visible demo product whose reason matches ${reason}`);
  return found.slug;
}

export function hiddenDemo(reason: RegExp): string {
  const found = HIDDEN_DEMO_SLUGS.find((h) => reason.test(h.reason));
  if (!found) throw new Error(`No hidden demo product whose reason matches ${reason}`);
  return found.slug;
}

/** A public product whose certificate runs out within the issuer's 30-day warning. */
export function expiringSoonDemo(): DemoEntry {
  const found = publicDemoProducts().find(
    (p) =>
      p.cert?.expiresInDays !== undefined && p.cert.expiresInDays > 1 && p.cert.expiresInDays <= 30,
  );
  if (!found)
    throw new Error("The demo seed has no product whose certificate expires within 30 days");
  return found;
}

export type Lang = "vi" | "en";

const LABELS = {
  vi: {
    drawer: "Lọc và sắp xếp",
    group: "Ngành hàng",
    stars: "Hạng sao",
    province: "Tỉnh, thành phố",
    sort: "Sắp xếp",
    apply: "Áp dụng",
    pagination: "Phân trang",
    next: "Trang sau",
    previous: "Trang trước",
  },
  en: {
    drawer: "Filter and sort",
    group: "Product group",
    stars: "Star rating",
    province: "Province or city",
    sort: "Sort by",
    apply: "Apply",
    pagination: "Pagination",
    next: "Next",
    previous: "Previous",
  },
} as const;

export type CardInfo = { name: string; stars: number; price: number; text: string };

/** The catalogue at /products as a reader uses it. */
export class CatalogPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang = "vi",
  ) {}

  get labels() {
    return LABELS[this.lang];
  }

  async goto(query = "") {
    const response = await this.page.goto(`/products${query}`);
    expect(response?.status()).toBe(200);
  }

  /** The form the reader can see; on a phone it sits in a closed drawer that is opened first. */
  async openFilters() {
    const stars = this.select("stars");
    if (await stars.isVisible()) return;
    await this.page.getByText(this.labels.drawer, { exact: true }).click();
    await expect(stars).toBeVisible();
  }

  /** The form is rendered twice (drawer and sidebar): only the visible one is the reader's. */
  select(field: "group" | "stars" | "province" | "sort"): Locator {
    return this.page
      .getByRole("combobox", { name: this.labels[field], exact: true })
      .filter({ visible: true });
  }

  /** Chooses options and submits with the form's button, as a reader without a mouse-free shortcut would. */
  async filter(choices: Partial<Record<"group" | "stars" | "province" | "sort", string>>) {
    await this.openFilters();
    for (const [field, value] of Object.entries(choices) as [keyof typeof choices, string][]) {
      await this.select(field).selectOption(value);
    }
    await this.page
      .getByRole("button", { name: this.labels.apply, exact: true })
      .filter({ visible: true })
      .click();
    // With JavaScript each choice also submits on change: wait for the navigation that carries them all,
    // so nothing is read from a list that an earlier, partial submission is still replacing.
    await expect(this.page).toHaveURL((url) =>
      Object.entries(choices).every(([field, value]) => url.searchParams.get(field) === value),
    );
  }

  /** The value of the option whose label starts with `label` ("Phú Thọ (10)" for "Phú Thọ"). */
  async optionValue(
    field: "group" | "stars" | "province" | "sort",
    label: string,
  ): Promise<string> {
    await this.openFilters();
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const option = this.select(field)
      .locator("option")
      .filter({ hasText: new RegExp(`^${escaped} \\(\\d`) });
    const value = await option.first().getAttribute("value");
    if (!value) throw new Error(`No ${field} option labelled ${label}`);
    return value;
  }

  cards(): Locator {
    return this.page.getByRole("main").getByRole("article");
  }

  status(): Locator {
    return this.page.getByRole("main").getByRole("status");
  }

  pagination(): Locator {
    return this.page.getByRole("navigation", { name: this.labels.pagination });
  }

  nextLink(): Locator {
    return this.pagination().getByRole("link", { name: this.labels.next });
  }

  /**
   * Waits until the list shows page `n`: after a client-side navigation the URL can change
   * before React has rendered the new page's cards.
   */
  async showsPage(n: number): Promise<void> {
    await expect(this.pagination().locator('[aria-current="page"]')).toHaveText(String(n));
  }

  previousLink(): Locator {
    return this.pagination().getByRole("link", { name: this.labels.previous });
  }

  /** Every card on the page: its name, stars and price as the reader sees them. */
  async cardInfo(): Promise<CardInfo[]> {
    // After a plain-form navigation the URL changes before the new document has loaded:
    // read the cards of the new page, not the old one being torn down.
    await this.page.waitForLoadState("load");
    const cards = this.cards();
    await expect(cards.first()).toBeVisible();
    const out: CardInfo[] = [];
    for (const card of await cards.all()) {
      const text = (await card.innerText()).replace(/\s+/g, " ");
      const stars = /OCOP (\d) sao|(\d)-star OCOP/.exec(text);
      const price = /(?:[\d.]+\s*₫|₫\s*[\d,]+)/.exec(text);
      const name = (await card.getByRole("heading").innerText()).trim();
      if (!stars || !price) throw new Error(`A card without a star badge or price: "${text}"`);
      out.push({ name, stars: Number(stars[1] ?? stars[2]), price: parseVnd(price[0]), text });
    }
    return out;
  }
}

/** The query string of the page, as a map. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
