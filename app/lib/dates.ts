/** OCOP dates are calendar dates in Vietnam (UTC+7, no daylight saving). */
export const VIETNAM_TZ = "Asia/Ho_Chi_Minh";

/** Vietnam has kept UTC+7 all year since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date in Vietnam at an instant, as YYYY-MM-DD. Arithmetic, not an Intl
 * time-zone formatter: building one makes the browser load ICU's time-zone data while the
 * page's modules are evaluated (≈80 ms on a throttled phone), for an offset that never changes.
 */
export function dayInVietnam(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in Vietnam as YYYY-MM-DD: a certificate valid until today is still valid today. */
export function todayInVietnam(now: Date = new Date()): string {
  return dayInVietnam(now);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months the way Postgres does (end of month clamps: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
