/**
 * Shipping of one shipment (the part of an order one producer sends): its fee from the table
 * in force on the order's date (shipping-rates.ts), by the shipment's total packed weight and
 * its zone, free when the producer's own threshold is reached; and its delivery estimate.
 * Pure functions: the product page, the cart, the checkout quote and placeOrder all use them.
 */
import { regionOf } from "../place/regions";
import { SHIPPING_RATE_TABLES, type ShippingRateTable, type ShippingZone } from "./shipping-rates";

export { SHIPPING_RATE_TABLES, SHIPPING_ZONES, type ShippingZone } from "./shipping-rates";

/** Same province, same region, or another region (an unknown province counts as another region). */
export function shippingZone(fromProvinceCode: string, toProvinceCode: string): ShippingZone {
  if (fromProvinceCode === toProvinceCode) return "sameProvince";
  const from = regionOf(fromProvinceCode);
  return from !== null && from === regionOf(toProvinceCode) ? "sameRegion" : "otherRegion";
}

/** The table in force on `date` (yyyy-mm-dd): the latest whose effectiveFrom is not after it. */
export function rateTableOn(
  date: string,
  tables: readonly ShippingRateTable[] = SHIPPING_RATE_TABLES,
): ShippingRateTable {
  let found: ShippingRateTable | undefined;
  for (const t of tables)
    if (t.effectiveFrom <= date && (!found || t.effectiveFrom > found.effectiveFrom)) found = t;
  // Before the first table, the first one applies: no date is left without a fee.
  const first = tables.reduce((a, b) => (a.effectiveFrom <= b.effectiveFrom ? a : b));
  return found ?? first;
}

/** The table's fee for this weight and zone, before any free-shipping threshold. */
export function tableFee(
  table: ShippingRateTable,
  weightGrams: number,
  zone: ShippingZone,
): number {
  const grams = Math.max(1, Math.ceil(weightGrams));
  for (const band of table.bands) if (grams <= band.upToGrams) return band.feeVnd[zone];
  const last = table.bands[table.bands.length - 1];
  if (!last) throw new Error(`shipping table ${table.id} has no bands`);
  const extraKg = Math.ceil((grams - last.upToGrams) / 1000);
  return last.feeVnd[zone] + extraKg * table.perExtraKgVnd[zone];
}

export type ShipmentShipping = {
  zone: ShippingZone;
  weightGrams: number;
  /** What the table says, before the producer's threshold. */
  tableFeeVnd: number;
  /** What the buyer pays: 0 when the threshold is reached. */
  feeVnd: number;
  freeShipping: boolean;
  estimateDays: { min: number; max: number };
  /** Which table priced it (its id). */
  tableId: string;
  /**
   * The shipment holds drinks of 15% alcohol or more while the producer offers free shipping:
   * the offer does not cover them (Law 44/2019, decision 0027). Their value does not count
   * towards the threshold and, when the rest reaches it, the buyer pays the table's fee for
   * their weight alone (`chargedWeightGrams`). Null otherwise.
   */
  alcoholExcluded: { weightGrams: number; itemsTotalVnd: number } | null;
  /** The weight the fee was charged for: all of it, theirs alone, or none when shipped free. */
  chargedWeightGrams: number;
};

export function shipmentShipping(input: {
  weightGrams: number;
  itemsTotalVnd: number;
  fromProvinceCode: string;
  toProvinceCode: string;
  /** The producer's free-shipping threshold in đồng; null: no free shipping. */
  freeShippingFromVnd: number | null;
  date: string;
  tables?: readonly ShippingRateTable[];
  /** The part of the shipment no free-shipping offer covers: drinks of 15% or more. */
  notFreeShippable?: { weightGrams: number; itemsTotalVnd: number };
}): ShipmentShipping {
  const table = rateTableOn(input.date, input.tables);
  const zone = shippingZone(input.fromProvinceCode, input.toProvinceCode);
  const tableFeeVnd = tableFee(table, input.weightGrams, zone);
  const excluded =
    input.notFreeShippable && input.notFreeShippable.weightGrams > 0
      ? input.notFreeShippable
      : null;
  const offer = input.freeShippingFromVnd;
  const reached = offer !== null && input.itemsTotalVnd - (excluded?.itemsTotalVnd ?? 0) >= offer;
  // Threshold reached: free, or, with excluded drinks, their weight's fee alone.
  const chargedWeightGrams = !reached ? input.weightGrams : (excluded?.weightGrams ?? 0);
  const feeVnd =
    chargedWeightGrams === 0
      ? 0
      : chargedWeightGrams === input.weightGrams
        ? tableFeeVnd
        : tableFee(table, chargedWeightGrams, zone);
  return {
    zone,
    weightGrams: input.weightGrams,
    tableFeeVnd,
    feeVnd,
    freeShipping: feeVnd === 0,
    estimateDays: table.estimateDays[zone],
    tableId: table.id,
    alcoholExcluded: offer !== null ? excluded : null,
    chargedWeightGrams,
  };
}
