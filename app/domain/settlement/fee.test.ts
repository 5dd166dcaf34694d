import { describe, expect, it } from "vitest";
import { feeBasisPoints, feeReturned, formatRate, platformFee } from "./fee";

describe("the platform fee", () => {
  it("is the rate of the part's total, rounded half up to the đồng", () => {
    expect(platformFee(220_000, 0.03)).toBe(6_600);
    expect(platformFee(12_345, 0.03)).toBe(370); // 370.35
    expect(platformFee(12_350, 0.03)).toBe(371); // 370.5 → up
    expect(platformFee(16, 0.03)).toBe(0); // 0.48
    expect(platformFee(17, 0.03)).toBe(1); // 0.51
    expect(platformFee(1_000_000, 0.0275)).toBe(27_500);
    expect(platformFee(123_456_789, 0)).toBe(0);
    // No float error on large totals: 2 000 000 001 × 3 % = 60 000 000.03.
    expect(platformFee(2_000_000_001, 0.03)).toBe(60_000_000);
  });

  it("reads the rate in basis points and prints it", () => {
    expect(feeBasisPoints(0.03)).toBe(300);
    expect(feeBasisPoints(0.0275)).toBe(275);
    expect(formatRate(0.03)).toBe("3%");
    expect(formatRate(0.025)).toBe("2.5%");
  });

  it("is given back in proportion, all of it once the whole part is refunded", () => {
    expect(feeReturned(6_600, 220_000, 0)).toBe(0);
    expect(feeReturned(6_600, 220_000, 110_000)).toBe(3_300);
    expect(feeReturned(6_050, 220_000, 73_333)).toBe(2_017); // 2 016.66
    expect(feeReturned(6_050, 220_000, 220_000)).toBe(6_050);
    expect(feeReturned(6_050, 220_000, 300_000)).toBe(6_050);
    // Cumulative: the parts given back always add up to the whole fee.
    const steps = [1, 3, 7, 219_989];
    let refunded = 0;
    let back = 0;
    for (const step of steps) {
      refunded += step;
      const total = feeReturned(6_601, 220_000, refunded);
      expect(total).toBeGreaterThanOrEqual(back);
      back = total;
    }
    expect(back).toBe(6_601);
  });
});
