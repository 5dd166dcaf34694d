import { describe, expect, it } from "vitest";
import { payoutFormSchema } from "./schemas";

const form = (amountVnd: string) =>
  payoutFormSchema.safeParse({ paidOn: "2026-12-03", bankReference: "FT123", amountVnd });

describe("the payout form's amount", () => {
  it("reads whole đồng with grouped thousands", () => {
    for (const text of ["12345000", "12.345.000", "12,345,000", "12 345 000", "12.345.000 ₫"])
      expect(form(text)).toMatchObject({ success: true, data: { amountVnd: 12_345_000 } });
  });
  it("refuses fractions, signs and other shapes", () => {
    for (const text of ["1000,5", "12.34", "-5", "0", "1e3", "12abc", "", "1.2345.000"])
      expect(form(text).success, text).toBe(false);
  });
});
