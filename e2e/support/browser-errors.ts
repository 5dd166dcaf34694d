import type { ConsoleMessage, Page } from "@playwright/test";

/**
 * Starts recording what the browser reports as wrong on `page`: console errors and uncaught
 * exceptions (React's hydration errors, #418 and friends, are both), into a live list.
 *
 * Not recorded: Chromium's "Failed to load resource" for the page's own 4xx answer (a 404 or
 * 410 page is meant to answer so, and its status is asserted where it is loaded).
 */
export function recordBrowserErrors(page: Page): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const ownStatus = (m: ConsoleMessage) =>
    /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(m.text()) &&
    m.location().url === page.url();
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === "error" && !ownStatus(m)) errors.push(`console error: ${m.text()}`);
  };
  const onPageError = (e: Error) => errors.push(`uncaught: ${e.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  return {
    errors,
    stop: () => {
      page.off("console", onConsole);
      page.off("pageerror", onPageError);
    },
  };
}

/** Lets the page hydrate: its scripts loaded and run, nothing left in flight. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}
