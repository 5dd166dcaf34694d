import { describe, expect, it } from "vitest";
import { addPeriods, firstDayOf, lastDayOf, monthInVietnam, parsePeriod } from "./months";

describe("months in Vietnam time", () => {
  it("puts an instant in Hà Nội's calendar month, not UTC's", () => {
    // 23:30 on 31 October in Hà Nội is 16:30 UTC: October either way.
    expect(monthInVietnam(new Date("2026-10-31T16:30:00Z"))).toBe("2026-10");
    // 00:30 on 1 November in Hà Nội is still 31 October in UTC: November here.
    expect(monthInVietnam(new Date("2026-10-31T17:30:00Z"))).toBe("2026-11");
    expect(monthInVietnam(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01");
  });

  it("steps, bounds and parses months", () => {
    expect(addPeriods("2026-12", 1)).toBe("2027-01");
    expect(addPeriods("2026-01", -1)).toBe("2025-12");
    expect(firstDayOf("2026-02")).toBe("2026-02-01");
    expect(lastDayOf("2028-02")).toBe("2028-02-29");
    expect(parsePeriod("2026-11")).toBe("2026-11");
    expect(parsePeriod("2026-13")).toBeNull();
    expect(parsePeriod("2026-11.csv")).toBeNull();
    expect(parsePeriod(undefined)).toBeNull();
  });
});
