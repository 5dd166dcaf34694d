/** Words of the statements, shared by the pages and the CSV (no server code: pages import it). */
import type { Lang, MessageKey, T } from "../../i18n/index";

const EN_MONTH = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "tháng 11/2026" or "November 2026". */
export function periodLabel(lang: Lang, period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return lang === "vi" ? `tháng ${m}/${y}` : EN_MONTH.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "30/11/2026" or "30 Nov 2026" for a YYYY-MM-DD date. */
export function dayLabel(lang: Lang, isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  if (lang === "vi") return `${d}/${m}/${y}`;
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

export const STATE_KEYS = {
  open: "settle.state.open",
  due: "settle.state.due",
  paid: "settle.state.paid",
  nothingOwed: "settle.state.nothingOwed",
} as const satisfies Record<string, MessageKey>;

export const STATE_TONES = {
  open: "blue",
  due: "amber",
  paid: "green",
  nothingOwed: "stone",
} as const;

type EntryLike = {
  kind: "sale" | "refund" | "platform_fee" | "fee_refund" | "payout" | "correction";
  note: string | null;
  provider: "card" | "vnpay" | null;
};

/** "Tiền hàng (thẻ)", "Phí nền tảng (3%)", "Điều chỉnh: …". */
export function entryLabel(t: T, e: EntryLike): string {
  const base =
    e.kind === "platform_fee"
      ? t("settle.kind.platform_fee", { rate: e.note ?? "" })
      : t(`settle.kind.${e.kind}`);
  if (e.kind === "correction" && e.note) return `${base}: ${e.note}`;
  if ((e.kind === "sale" || e.kind === "refund") && e.provider)
    return `${base} (${t(`settle.provider.${e.provider}`)})`;
  return base;
}

/** An amount taken off, shown negative ("-7.410 ₫"), and 0 rather than "-0". */
export function minus(amount: number): number {
  return amount === 0 ? 0 : -amount;
}
