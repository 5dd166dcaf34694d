/**
 * The product page's shipping line: what one unit of a product costs to ship to the reader's
 * province (the one remembered from their checkout, else the producer's own), by the same
 * table the checkout charges with. Two small queries.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { places, producers, products } from "../../../db/schema";
import { regionOf } from "../place/regions";
import { isAgeRestricted } from "../product/alcohol";
import { shipmentShipping } from "./shipping";

export type ProductShippingEstimate = {
  provinceCode: string;
  provinceName: string;
  /** One unit, before any threshold: the lowest fee an order of it ships for. */
  feeVnd: number;
  estimateDays: { min: number; max: number };
  freeShippingFromVnd: number | null;
};

export async function productShippingEstimate(
  db: Db,
  productId: number,
  shipTo: string | null,
  date: string,
): Promise<ProductShippingEstimate | null> {
  const [row] = await db
    .select({
      weight: products.packedWeightGrams,
      alcoholPercent: products.alcoholPercent,
      producerProvince: producers.provinceCode,
      freeShippingFromVnd: producers.freeShippingFromVnd,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(products.id, productId));
  if (!row) return null;
  const to = shipTo && regionOf(shipTo) ? shipTo : row.producerProvince;
  const [place] = await db.select({ name: places.name }).from(places).where(eq(places.code, to));
  const shipping = shipmentShipping({
    weightGrams: row.weight,
    // The table's fee: the line says "from", and the threshold is stated beside it.
    itemsTotalVnd: 0,
    fromProvinceCode: row.producerProvince,
    toProvinceCode: to,
    freeShippingFromVnd: null,
    date,
  });
  return {
    provinceCode: to,
    provinceName: place?.name ?? to,
    feeVnd: shipping.feeVnd,
    estimateDays: shipping.estimateDays,
    // No free-shipping offer is made for a drink of 15% or more (decision 0027).
    freeShippingFromVnd: isAgeRestricted(row.alcoholPercent) ? null : row.freeShippingFromVnd,
  };
}
