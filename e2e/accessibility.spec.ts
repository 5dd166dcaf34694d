import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { recordBrowserErrors, settle } from "./support/browser-errors";
import { addToCart, expect, SONG_LO_PRODUCT, test } from "./support/fixtures";
import { PUBLIC_HTML_PAGES } from "./support/public-pages";
import {
  customerPages,
  administratorPages,
  officialPages,
  producerPages,
  type SignedInPage,
} from "./support/workspace-pages";

/**
 * axe on every kind of page, public and signed-in, at the desktop and phone projects' sizes:
 * no moderate, serious or critical violation, and nothing the browser reports as an error
 * while the page loads and hydrates. A failure lists each violation with its rule, the element
 * and the rule's help, so it says what to fix.
 */

// Moderate too: two unnamed search landmarks on one page (landmark-unique) are moderate.
const BLOCKING = new Set(["moderate", "serious", "critical"]);

/** What is wrong with the page at `path`, one line per problem; empty when nothing is. */
async function audit(page: Page, path: string, status = 200): Promise<string[]> {
  const browser = recordBrowserErrors(page);
  const response = await page.goto(path);
  const problems: string[] = [];
  if (response?.status() !== status) problems.push(`answered ${response?.status()}, not ${status}`);
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations) {
    if (!BLOCKING.has(v.impact ?? "")) continue;
    for (const node of v.nodes) {
      problems.push(
        `axe ${v.impact} ${v.id} at ${node.target.join(" ")}: ${v.help} (${v.helpUrl})`,
      );
    }
  }
  browser.stop();
  problems.push(...browser.errors);
  return problems.map((p) => `${path}: ${p}`);
}

async function auditAll(page: Page, pages: readonly SignedInPage[]) {
  const problems: string[] = [];
  for (const { path, about } of pages) {
    await test.step(`${about} (${path})`, async () => {
      problems.push(...(await audit(page, path)));
    });
  }
  expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
}

test.beforeEach(async ({ page }, testInfo) => {
  // The outside judges' phone is 390 px wide, a little narrower than the phone project's.
  if (testInfo.project.name === "phone") await page.setViewportSize({ width: 390, height: 844 });
});

test.describe("axe on the public pages", () => {
  for (const { path, status, about } of PUBLIC_HTML_PAGES) {
    test(`${about} (${path})`, async ({ page }) => {
      const problems = await audit(page, path, status);
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    });
  }
});

test.describe("axe on the signed-in pages", () => {
  // One test walks a whole workspace, a few seconds a page.
  test.describe.configure({ timeout: 180_000 });

  test("the producer's workspace", async ({ page, loginAs, shopper }) => {
    // The shopper's order is of this producer's product: the workspace has an order to open.
    expect(shopper.orderNumber).toMatch(/^OC-/);
    await loginAs("producer", "/producer");
    await auditAll(page, await producerPages(page.request));
  });

  test("the official's workspace", async ({ page, loginAs }) => {
    await loginAs("official", "/admin");
    await auditAll(page, await officialPages(page.request));
  });

  test("the administrator's legal documents", async ({ page, loginAs }) => {
    await loginAs("admin", "/admin");
    await auditAll(page, administratorPages());
  });

  test("a customer's account, order, cart and checkout", async ({ page, loginAs, shopper }) => {
    await loginAs(shopper, "/account");
    await addToCart(page, SONG_LO_PRODUCT);
    await auditAll(page, customerPages(shopper.orderNumber));
  });
});
