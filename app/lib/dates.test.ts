import { describe, expect, it, vi } from "vitest";
import { dayInVietnam, todayInVietnam, VIETNAM_TZ } from "./dates";

const byIntl = new Intl.DateTimeFormat("en-CA", {
  timeZone: VIETNAM_TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

describe("the calendar date in Vietnam", () => {
  it("is the date the time-zone database gives for Asia/Ho_Chi_Minh, every half hour of two years", () => {
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2027, 0, 1);
    for (let t = start; t < end; t += 30 * 60 * 1000) {
      const at = new Date(t);
      expect(dayInVietnam(at), at.toISOString()).toBe(byIntl.format(at));
    }
  });

  it("turns at midnight in Vietnam, 17:00 UTC", () => {
    expect(dayInVietnam(new Date("2026-02-28T16:59:59.999Z"))).toBe("2026-02-28");
    expect(dayInVietnam(new Date("2026-02-28T17:00:00Z"))).toBe("2026-03-01");
    expect(dayInVietnam(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
  });

  it("is today's by default", () => {
    const before = byIntl.format(new Date());
    const today = todayInVietnam();
    const after = byIntl.format(new Date());
    expect([before, after]).toContain(today);
  });

  it("builds no Intl formatter, when the module loads or when asked", async () => {
    const spy = vi.spyOn(Intl, "DateTimeFormat");
    try {
      vi.resetModules();
      const fresh = await import("./dates");
      fresh.todayInVietnam();
      fresh.dayInVietnam(new Date("2026-06-01T12:00:00Z"));
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
