import { describe, expect, it, vi } from "vitest";
import { formatDate, formatNumber, formatVnd, type Lang } from "./index";

const LANGS: Lang[] = ["vi", "en"];
const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const WHOLE = [
  0,
  1,
  9,
  10,
  99,
  100,
  999,
  1000,
  1001,
  9999,
  10_000,
  12_345,
  99_999,
  100_000,
  120_000,
  999_999,
  1_000_000,
  1_234_567,
  25_000_000,
  1_000_000_000,
  123_456_789_012,
  Number.MAX_SAFE_INTEGER,
];

describe("numbers, money and dates on the pages", () => {
  it("write whole numbers and đồng exactly as Intl does, signs included", () => {
    for (const lang of LANGS) {
      const number = new Intl.NumberFormat(LOCALE[lang]);
      const vnd = new Intl.NumberFormat(LOCALE[lang], {
        style: "currency",
        currency: "VND",
        maximumFractionDigits: 0,
      });
      for (const n of [...WHOLE, ...WHOLE.map((x) => -x)]) {
        expect(formatNumber(lang, n), `${lang} ${n}`).toBe(number.format(n));
        expect(formatVnd(lang, n), `${lang} ${n} ₫`).toBe(vnd.format(n));
      }
      for (const n of [12.6, -0.5, 0.25, -0, 2 ** 60, Number.NaN]) {
        expect(formatNumber(lang, n), `${lang} ${n}`).toBe(number.format(n));
        expect(formatVnd(lang, n), `${lang} ${n} ₫`).toBe(vnd.format(n));
      }
    }
  });

  it("write every day from 2019 to 2031 exactly as Intl does", () => {
    for (const lang of LANGS) {
      const date = new Intl.DateTimeFormat(LOCALE[lang], {
        timeZone: "UTC",
        ...(lang === "vi"
          ? { day: "2-digit", month: "2-digit", year: "numeric" }
          : { day: "numeric", month: "short", year: "numeric" }),
      });
      for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2032, 0, 1); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(formatDate(lang, iso), `${lang} ${iso}`).toBe(date.format(new Date(t)));
      }
      expect(formatDate(lang, "2026-02-30")).toBe(date.format(new Date("2026-02-30T00:00:00Z")));
    }
    expect(formatDate("vi", "2026-02-28")).toBe("28/02/2026");
    expect(formatDate("en", "2026-09-05")).toBe("5 Sept 2026");
    expect(() => formatDate("vi", "not a date")).toThrow(RangeError);
  });

  it("build no Intl formatter for what the pages show, so hydration loads no locale data", async () => {
    const numbers = vi.spyOn(Intl, "NumberFormat");
    const dates = vi.spyOn(Intl, "DateTimeFormat");
    try {
      // A fresh module: formatters cached by the tests above must not hide a new one.
      vi.resetModules();
      const fresh = await import("./index");
      for (const lang of LANGS) {
        fresh.formatNumber(lang, 1234);
        fresh.formatVnd(lang, 120_000);
        fresh.formatDate(lang, "2026-02-28");
      }
      expect(numbers).not.toHaveBeenCalled();
      expect(dates).not.toHaveBeenCalled();
    } finally {
      numbers.mockRestore();
      dates.mockRestore();
    }
  });
});
