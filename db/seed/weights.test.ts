import { describe, expect, it } from "vitest";
import { DEMO_PRODUCERS } from "./data";
import { DEMO_FREE_SHIPPING, packedWeightOf } from "./weights";

describe("demo packed weights", () => {
  it("reads the unit as sold, with its packing", () => {
    expect(packedWeightOf({ unitVi: "Bao 5 kg", set: "ca-phe-ca-cao" })).toBe(5_300);
    expect(packedWeightOf({ unitVi: "Chai 750 ml", set: "ruou" })).toBe(1_350);
    expect(packedWeightOf({ unitVi: "Hũ 500 g", set: "gia-vi" })).toBe(950);
    expect(packedWeightOf({ unitVi: "Hộp 6 lọ 70 ml", set: "do-uong-khong-con" })).toBe(820);
    // "10 lần" is ten uses, not ten litres.
    expect(packedWeightOf({ unitVi: "Gói 10 lần tắm", set: "my-pham-thao-duoc" })).toBe(500);
    expect(packedWeightOf({ unitVi: "Chậu", set: "hoa-cay-canh" })).toBe(3_000);
  });

  it("gives every demo product a weight the database accepts, and names real producers", () => {
    for (const p of DEMO_PRODUCERS.flatMap((x) => x.products)) {
      const w = packedWeightOf(p);
      expect(w, p.slug).toBeGreaterThanOrEqual(1);
      expect(w, p.slug).toBeLessThanOrEqual(50_000);
    }
    const slugs = new Set(DEMO_PRODUCERS.map((p) => p.slug));
    for (const slug of Object.keys(DEMO_FREE_SHIPPING)) expect(slugs.has(slug), slug).toBe(true);
  });
});
