/**
 * The shipping table's edges: weight bands (exactly at a limit, one gram over), the per-kg
 * steps above 5 kg, zones by province and region, the producer's threshold, and which dated
 * table is in force on a given day.
 */
import { describe, expect, it } from "vitest";
import { PROVINCE_REGIONS, regionOf } from "../place/regions";
import { priceShipments } from "./quote";
import {
  rateTableOn,
  SHIPPING_RATE_TABLES,
  shipmentShipping,
  shippingZone,
  tableFee,
} from "./shipping";
import type { ShippingRateTable } from "./shipping-rates";

const T2026 = rateTableOn("2026-12-07");

describe("the fee table by weight", () => {
  it("charges by the band a weight falls in, its upper limit included", () => {
    expect(T2026.id).toBe("ocop-2026-01");
    expect(tableFee(T2026, 1, "sameProvince")).toBe(16_500);
    expect(tableFee(T2026, 500, "sameProvince")).toBe(16_500);
    expect(tableFee(T2026, 501, "sameProvince")).toBe(19_000);
    expect(tableFee(T2026, 1_000, "sameRegion")).toBe(27_000);
    expect(tableFee(T2026, 1_001, "sameRegion")).toBe(33_000);
    expect(tableFee(T2026, 2_000, "otherRegion")).toBe(45_000);
    expect(tableFee(T2026, 5_000, "otherRegion")).toBe(65_000);
  });

  it("adds a step for each further kilogram or part of one above 5 kg", () => {
    expect(tableFee(T2026, 5_001, "otherRegion")).toBe(65_000 + 7_500);
    expect(tableFee(T2026, 6_000, "otherRegion")).toBe(65_000 + 7_500);
    expect(tableFee(T2026, 6_001, "otherRegion")).toBe(65_000 + 2 * 7_500);
    expect(tableFee(T2026, 25_000, "sameProvince")).toBe(30_000 + 20 * 2_500);
  });

  it("is a table every band of which is ascending and costs more farther away", () => {
    for (const table of SHIPPING_RATE_TABLES) {
      const limits = table.bands.map((b) => b.upToGrams);
      expect(limits, table.id).toEqual([...limits].sort((a, b) => a - b));
      for (const band of table.bands) {
        expect(band.feeVnd.sameProvince).toBeLessThan(band.feeVnd.sameRegion);
        expect(band.feeVnd.sameRegion).toBeLessThan(band.feeVnd.otherRegion);
        for (const fee of Object.values(band.feeVnd)) expect(Number.isInteger(fee)).toBe(true);
      }
    }
  });
});

describe("zones", () => {
  it("names every one of today's 34 provinces with a region", () => {
    expect(Object.keys(PROVINCE_REGIONS)).toHaveLength(34);
    expect(regionOf("99")).toBeNull();
  });

  it("is the same province, the same region, or another region", () => {
    expect(shippingZone("01", "01")).toBe("sameProvince");
    expect(shippingZone("15", "01")).toBe("sameRegion"); // Lào Cai → Hà Nội
    expect(shippingZone("48", "56")).toBe("sameRegion"); // Đà Nẵng → Khánh Hòa
    expect(shippingZone("79", "96")).toBe("sameRegion"); // Hồ Chí Minh City → Cà Mau
    expect(shippingZone("01", "79")).toBe("otherRegion");
    expect(shippingZone("38", "37")).toBe("otherRegion"); // Thanh Hóa (Centre) → Ninh Bình (North)
    expect(shippingZone("01", "99")).toBe("otherRegion"); // unknown: the farthest zone
  });

  it("gives the delivery estimate of the zone", () => {
    const at = (from: string, to: string) =>
      shipmentShipping({
        weightGrams: 700,
        itemsTotalVnd: 100_000,
        fromProvinceCode: from,
        toProvinceCode: to,
        freeShippingFromVnd: null,
        date: "2026-12-07",
      }).estimateDays;
    expect(at("01", "01")).toEqual({ min: 1, max: 2 });
    expect(at("15", "01")).toEqual({ min: 2, max: 3 });
    expect(at("79", "01")).toEqual({ min: 3, max: 5 });
  });
});

describe("the producer's free-shipping threshold", () => {
  const ship = (itemsTotalVnd: number, freeShippingFromVnd: number | null) =>
    shipmentShipping({
      weightGrams: 1_500,
      itemsTotalVnd,
      fromProvinceCode: "79",
      toProvinceCode: "01",
      freeShippingFromVnd,
      date: "2026-12-07",
    });

  it("ships free from exactly the threshold, and not one đồng below it", () => {
    expect(ship(500_000, 500_000)).toMatchObject({ feeVnd: 0, freeShipping: true });
    expect(ship(499_999, 500_000)).toMatchObject({ feeVnd: 45_000, freeShipping: false });
    expect(ship(500_000, 500_000).tableFeeVnd).toBe(45_000);
  });

  it("never ships free without a threshold", () => {
    expect(ship(50_000_000, null)).toMatchObject({ feeVnd: 45_000, freeShipping: false });
  });
});

describe("dated tables", () => {
  it("uses the table in force on the order's date", () => {
    expect(rateTableOn("2025-12-31").id).toBe("ocop-2025-07");
    expect(rateTableOn("2026-01-01").id).toBe("ocop-2026-01");
    // Before the first table, the first one.
    expect(rateTableOn("2024-01-01").id).toBe("ocop-2025-07");
  });

  it("takes the latest table whatever the order they are listed in", () => {
    const base = SHIPPING_RATE_TABLES[1] as ShippingRateTable;
    const later: ShippingRateTable = { ...base, id: "later", effectiveFrom: "2027-03-01" };
    expect(rateTableOn("2027-02-28", [later, ...SHIPPING_RATE_TABLES]).id).toBe("ocop-2026-01");
    expect(rateTableOn("2027-03-01", [later, ...SHIPPING_RATE_TABLES]).id).toBe("later");
  });

  it("prices the same parcel differently across a table change", () => {
    const on = (date: string) =>
      shipmentShipping({
        weightGrams: 500,
        itemsTotalVnd: 1,
        fromProvinceCode: "01",
        toProvinceCode: "01",
        freeShippingFromVnd: null,
        date,
      }).feeVnd;
    expect(on("2025-12-31")).toBe(15_000);
    expect(on("2026-01-01")).toBe(16_500);
  });
});

describe("priceShipments", () => {
  it("sums weight × quantity per shipment and adds the fees to the grand total", () => {
    const priced = priceShipments(
      [
        {
          producerId: 1,
          producerProvinceCode: "01",
          freeShippingFromVnd: null,
          lines: [
            { productId: 1, priceVnd: 180_000, quantity: 2, packedWeightGrams: 700 }, // honey
          ],
        },
        {
          producerId: 2,
          producerProvinceCode: "96",
          freeShippingFromVnd: 300_000,
          lines: [
            { productId: 2, priceVnd: 150_000, quantity: 1, packedWeightGrams: 5_200 }, // rice 5 kg
            { productId: 3, priceVnd: 160_000, quantity: 1, packedWeightGrams: 600 },
          ],
        },
      ],
      "01",
      "2026-12-07",
    );
    expect(priced.shipments.map((s) => s.shipping.weightGrams)).toEqual([1_400, 5_800]);
    expect(priced.shipments.map((s) => s.shipping.feeVnd)).toEqual([23_000, 0]);
    expect(priced.shipments[1]?.shipping.tableFeeVnd).toBe(65_000 + 7_500);
    expect(priced).toMatchObject({
      itemsTotalVnd: 360_000 + 310_000,
      shippingTotalVnd: 23_000,
      totalVnd: 360_000 + 310_000 + 23_000,
    });
  });
});
