import { formatDate, type Lang } from "~/i18n";

/** "12/06 – 15/06/2026", "12 Jun – 15 Jun 2026"; one day is just that day. */
export function formatDateRange(lang: Lang, start: string, end: string): string {
  if (start === end) return formatDate(lang, start);
  const from = formatDate(lang, start);
  const to = formatDate(lang, end);
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${from} – ${to}`;
  // Same year: say it once, at the end.
  const shortFrom = lang === "vi" ? from.slice(0, 5) : from.replace(/\s*\d{4}$/, "");
  return `${shortFrom} – ${to}`;
}
