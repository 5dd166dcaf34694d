import type { Locator } from "@playwright/test";

/** The <dd> that answers a <dt> in a description list: "Valid until" → "16/09/2028". */
export function definition(scope: Locator, term: string | RegExp): Locator {
  return scope
    .getByRole("term")
    .filter({ hasText: term })
    .first()
    .locator("xpath=following-sibling::dd[1]");
}

/** A date as the page prints it in Vietnamese ("16/09/2028"), as YYYY-MM-DD. */
export function isoFromVietnameseDate(text: string): string {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  if (!m) throw new Error(`No dd/mm/yyyy date in "${text}"`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}
