/**
 * The shipping fee table, as data. One shipment (the part of an order one producer sends)
 * costs by its total packed weight and its zone: within the producer's province, within the
 * producer's region (Bắc / Trung / Nam, see app/domain/place/regions.ts), or to another region.
 *
 * This is OUR OWN table, not a carrier's tariff. It is modelled on the public domestic
 * parcel tariffs that Vietnamese carriers (VNPost, Viettel Post, GHN, GHTK) publish — the
 * same weight steps (up to 0.5 kg, 1 kg, 2 kg, 5 kg, then each further kilogram or part of
 * one) and the same three zones — with round figures in between their "standard" services.
 * What the producer really pays its carrier may differ; the buyer pays what this table says.
 *
 * A new table is a new entry with its own `effectiveFrom` (a Vietnam calendar date): an order
 * is charged by the table in force on its date, so older orders keep the fee they were quoted.
 * Entries are never edited once in force.
 */
export const SHIPPING_ZONES = ["sameProvince", "sameRegion", "otherRegion"] as const;
export type ShippingZone = (typeof SHIPPING_ZONES)[number];

export type FeeByZone = Readonly<Record<ShippingZone, number>>;

export type ShippingRateTable = {
  /** Who wrote it and why: shown to no one, read by whoever changes it next. */
  id: string;
  /** First day (Vietnam time, yyyy-mm-dd) on which the table applies. */
  effectiveFrom: string;
  /** Upper weight limit of each band in grams (inclusive), ascending, with its fee per zone. */
  bands: readonly { upToGrams: number; feeVnd: FeeByZone }[];
  /** Above the last band: this much for each further 1,000 g or part of it. */
  perExtraKgVnd: FeeByZone;
  /** Delivery estimate in days, by zone. */
  estimateDays: Readonly<Record<ShippingZone, { min: number; max: number }>>;
};

export const SHIPPING_RATE_TABLES: readonly ShippingRateTable[] = [
  {
    id: "ocop-2025-07",
    // The day the 34-province map took effect: zones are defined on it.
    effectiveFrom: "2025-07-01",
    bands: [
      { upToGrams: 500, feeVnd: { sameProvince: 15_000, sameRegion: 20_000, otherRegion: 28_000 } },
      {
        upToGrams: 1_000,
        feeVnd: { sameProvince: 18_000, sameRegion: 25_000, otherRegion: 34_000 },
      },
      {
        upToGrams: 2_000,
        feeVnd: { sameProvince: 22_000, sameRegion: 31_000, otherRegion: 43_000 },
      },
      {
        upToGrams: 5_000,
        feeVnd: { sameProvince: 29_000, sameRegion: 43_000, otherRegion: 62_000 },
      },
    ],
    perExtraKgVnd: { sameProvince: 2_500, sameRegion: 4_000, otherRegion: 7_000 },
    estimateDays: {
      sameProvince: { min: 1, max: 2 },
      sameRegion: { min: 2, max: 3 },
      otherRegion: { min: 3, max: 5 },
    },
  },
  {
    id: "ocop-2026-01",
    // Carriers raised their list prices at the new year; the bands and zones stay.
    effectiveFrom: "2026-01-01",
    bands: [
      { upToGrams: 500, feeVnd: { sameProvince: 16_500, sameRegion: 22_000, otherRegion: 30_000 } },
      {
        upToGrams: 1_000,
        feeVnd: { sameProvince: 19_000, sameRegion: 27_000, otherRegion: 36_000 },
      },
      {
        upToGrams: 2_000,
        feeVnd: { sameProvince: 23_000, sameRegion: 33_000, otherRegion: 45_000 },
      },
      {
        upToGrams: 5_000,
        feeVnd: { sameProvince: 30_000, sameRegion: 45_000, otherRegion: 65_000 },
      },
    ],
    perExtraKgVnd: { sameProvince: 2_500, sameRegion: 4_000, otherRegion: 7_500 },
    estimateDays: {
      sameProvince: { min: 1, max: 2 },
      sameRegion: { min: 2, max: 3 },
      otherRegion: { min: 3, max: 5 },
    },
  },
];
