import type { Page } from "@playwright/test";

/** The label of the privacy notice's box on the sign-up and checkout forms (decision 0028). */
export const PRIVACY_CONSENT_LABEL = /^Tôi đã đọc và đồng ý để Chợ OCOP xử lý dữ liệu cá nhân/;

/** Ticks the privacy notice's box: never ticked for the person, required to go on. */
export async function agreeToPrivacyNotice(page: Page): Promise<void> {
  await page.getByLabel(PRIVACY_CONSENT_LABEL).check();
}
