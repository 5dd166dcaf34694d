/**
 * When an expiry notice is due. Decision 148/QĐ-TTg (24/02/2023) requires the issuer to
 * notify the producer at least 30 days before a certificate expires (issue 12, point 6); the
 * app sends that notice at 30 days and a reminder at 7 days, once each. Only certified ratings
 * (3★ and above) have a certificate to expire; 1★–2★ results are not decisions.
 */

/** Days before valid_until, largest first. Source: QĐ 148/QĐ-TTg, "ít nhất 30 ngày" (30); 7 is our reminder. */
export const EXPIRY_NOTICE_THRESHOLDS = [30, 7] as const;
export type ExpiryThreshold = (typeof EXPIRY_NOTICE_THRESHOLDS)[number];

/** The lowest rating that is a certificate (below it: an evaluation result, never notified). */
export const EXPIRY_NOTICE_MIN_STARS = 3;

/**
 * The notice due for a certificate with `daysLeft` days to go (0: it ends today): the smallest
 * threshold it has reached, so a certificate first seen inside 7 days gets only the 7-day
 * notice; none once it has expired or while it is more than 30 days away.
 */
export function dueThreshold(daysLeft: number): ExpiryThreshold | null {
  if (daysLeft < 0) return null;
  let due: ExpiryThreshold | null = null;
  for (const t of EXPIRY_NOTICE_THRESHOLDS) if (daysLeft <= t) due = t;
  return due;
}
