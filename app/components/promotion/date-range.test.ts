import { describe, expect, it } from "vitest";
import { formatDateRange } from "./date-range";

describe("formatDateRange", () => {
  it("says the year once when both days share it", () => {
    expect(formatDateRange("vi", "2026-06-12", "2026-06-15")).toBe("12/06 – 15/06/2026");
    expect(formatDateRange("en", "2026-06-12", "2026-07-02")).toBe("12 Jun – 2 Jul 2026");
  });

  it("keeps both years across New Year, and one day is one date", () => {
    expect(formatDateRange("vi", "2026-12-30", "2027-01-02")).toBe("30/12/2026 – 02/01/2027");
    expect(formatDateRange("en", "2026-06-12", "2026-06-12")).toBe("12 Jun 2026");
  });
});
