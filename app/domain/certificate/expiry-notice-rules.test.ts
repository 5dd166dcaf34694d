import { describe, expect, it } from "vitest";
import { dueThreshold, EXPIRY_NOTICE_THRESHOLDS } from "./expiry-notice-rules";

describe("dueThreshold", () => {
  it("is the 30-day notice from 30 days down to 8, the 7-day one from 7 to the last day", () => {
    expect(EXPIRY_NOTICE_THRESHOLDS).toEqual([30, 7]);
    expect(dueThreshold(31)).toBeNull();
    expect(dueThreshold(30)).toBe(30);
    expect(dueThreshold(8)).toBe(30);
    expect(dueThreshold(7)).toBe(7);
    expect(dueThreshold(0)).toBe(7);
  });
  it("is none once the certificate has expired", () => {
    expect(dueThreshold(-1)).toBeNull();
  });
});
