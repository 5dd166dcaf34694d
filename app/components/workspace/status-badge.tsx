/**
 * A small pill for a record's state ("Đang hoạt động", "Tạm dừng", "Hết hạn"). The word is
 * the meaning; the colour only repeats it, so it reads the same without colour.
 *
 *   <StatusBadge tone="green">{t("…active")}</StatusBadge>
 */
import type { ReactNode } from "react";

export type BadgeTone = "green" | "amber" | "red" | "stone" | "blue";

const TONES: Record<BadgeTone, string> = {
  green: "border-brand-200 bg-brand-50 text-brand-800",
  amber: "border-amber-300 bg-amber-50 text-amber-900",
  red: "border-red-300 bg-red-50 text-red-800",
  stone: "border-stone-300 bg-stone-100 text-stone-700",
  blue: "border-sky-300 bg-sky-50 text-sky-900",
};

export function StatusBadge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full border px-2.5 py-0.5 text-xs font-semibold ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
