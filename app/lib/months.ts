/**
 * Calendar months in Vietnam time (UTC+7 all year), written YYYY-MM: the periods of the
 * producers' monthly statements. 23:30 on 31 October in Hà Nội is still October, though it
 * is already 16:30 UTC; 00:30 on 1 November in Hà Nội is November, though UTC says October.
 */
import { dayInVietnam } from "./dates";

const PERIOD = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

/** The Vietnam-time month of an instant, e.g. "2026-11". */
export function monthInVietnam(instant: Date): string {
  return dayInVietnam(instant).slice(0, 7);
}

/** A well-formed month "YYYY-MM", else null (for a value from a URL). */
export function parsePeriod(value: string | undefined | null): string | null {
  return value && PERIOD.test(value) ? value : null;
}

/** The month after (or before, with a negative count) a month. */
export function addPeriods(period: string, months: number): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

/** The first day of a month, as YYYY-MM-DD. */
export function firstDayOf(period: string): string {
  return `${period}-01`;
}

/** The last day of a month, as YYYY-MM-DD. */
export function lastDayOf(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
