/**
 * The checkout's quote: what the buyer's cart costs delivered to a province, per producer
 * shipment and in total, by the same `priceShipments` placeOrder charges with. Lines that
 * cannot be bought as they stand (hidden, out of stock) are left out and flagged: the order
 * would be refused for them anyway, and the cart page says how to fix them.
 */
import type { Db } from "../../../db/client";
import { getCart, type Cart, type CartLine } from "../cart/cart.server";
import { regionOf } from "../place/regions";
import { priceShipments } from "./quote";
import type { ShippingZone } from "./shipping";

export type QuotedShipment = {
  producer: { id: number; slug: string; name: string; provinceCode: string };
  lines: Pick<
    CartLine,
    | "productId"
    | "nameVi"
    | "nameEn"
    | "unitVi"
    | "unitEn"
    | "priceVnd"
    | "quantity"
    | "lineTotalVnd"
  >[];
  weightGrams: number;
  zone: ShippingZone;
  itemsTotalVnd: number;
  /** The table's fee; `feeVnd` is 0 when the producer's free-shipping threshold is reached. */
  tableFeeVnd: number;
  feeVnd: number;
  freeShipping: boolean;
  freeShippingFromVnd: number | null;
  /**
   * Drinks of 15% or more that the producer's free-shipping offer does not cover (decision
   * 0027): their value, their weight, and whether the buyer pays for that weight alone because
   * the rest reached the threshold. Null when there are none or there is no offer.
   */
  alcoholExcluded: { itemsTotalVnd: number; weightGrams: number; charged: boolean } | null;
  estimateDays: { min: number; max: number };
  totalVnd: number;
};

export type CheckoutQuote = {
  provinceCode: string;
  shipments: QuotedShipment[];
  itemsTotalVnd: number;
  shippingTotalVnd: number;
  totalVnd: number;
  /** Some line cannot be bought as it stands: it is not in the quote. */
  hasProblems: boolean;
};

/** Prices an already read cart; null when the province is not one of today's. */
export function quoteCart(cart: Cart, provinceCode: string, date: string): CheckoutQuote | null {
  if (regionOf(provinceCode) === null) return null;
  const groups = cart.groups
    .map((g) => ({ group: g, lines: g.lines.filter((l) => l.problem === null) }))
    .filter((g) => g.lines.length > 0);
  const priced = priceShipments(
    groups.map(({ group, lines }) => ({
      producerId: group.producer.id,
      producerProvinceCode: group.producer.provinceCode,
      freeShippingFromVnd: group.producer.freeShippingFromVnd,
      lines,
    })),
    provinceCode,
    date,
  );
  return {
    provinceCode,
    shipments: priced.shipments.map((s, i) => {
      const producer = groups[i]!.group.producer;
      return {
        producer: {
          id: producer.id,
          slug: producer.slug,
          name: producer.name,
          provinceCode: producer.provinceCode,
        },
        lines: s.lines.map((l) => ({
          productId: l.productId,
          nameVi: l.nameVi,
          nameEn: l.nameEn,
          unitVi: l.unitVi,
          unitEn: l.unitEn,
          priceVnd: l.priceVnd,
          quantity: l.quantity,
          lineTotalVnd: l.lineTotalVnd,
        })),
        weightGrams: s.shipping.weightGrams,
        zone: s.shipping.zone,
        itemsTotalVnd: s.itemsTotalVnd,
        tableFeeVnd: s.shipping.tableFeeVnd,
        feeVnd: s.shipping.feeVnd,
        freeShipping: s.shipping.freeShipping,
        freeShippingFromVnd: s.freeShippingFromVnd,
        alcoholExcluded: s.shipping.alcoholExcluded && {
          ...s.shipping.alcoholExcluded,
          charged: s.shipping.feeVnd > 0 && s.shipping.chargedWeightGrams < s.shipping.weightGrams,
        },
        estimateDays: s.shipping.estimateDays,
        totalVnd: s.totalVnd,
      };
    }),
    itemsTotalVnd: priced.itemsTotalVnd,
    shippingTotalVnd: priced.shippingTotalVnd,
    totalVnd: priced.totalVnd,
    hasProblems: cart.hasProblems,
  };
}

/** The cart's quote to a province on a date; null for an unknown province or an empty cart. */
export async function quoteCheckout(
  db: Db,
  cartId: number,
  provinceCode: string,
  date: string,
): Promise<CheckoutQuote | null> {
  const cart = await getCart(db, cartId, date);
  if (cart.groups.length === 0) return null;
  return quoteCart(cart, provinceCode, date);
}

export type ShipmentEstimate = {
  /** The province the estimate is for: the buyer's remembered one, else the producer's own. */
  provinceCode: string;
  feeVnd: number;
  freeShipping: boolean;
  estimateDays: { min: number; max: number };
};

/**
 * The cart page's estimate per producer: each group's fee to the remembered province, or,
 * when none is remembered, to the producer's own province (the lowest fee it can cost).
 */
export function cartShippingEstimates(
  cart: Cart,
  shipTo: string | null,
  date: string,
): Record<number, ShipmentEstimate> {
  const out: Record<number, ShipmentEstimate> = {};
  for (const group of cart.groups) {
    const to = shipTo ?? group.producer.provinceCode;
    const shipment = quoteCart({ ...cart, groups: [group] }, to, date)?.shipments[0];
    if (!shipment) continue;
    out[group.producer.id] = {
      provinceCode: to,
      feeVnd: shipment.feeVnd,
      freeShipping: shipment.freeShipping,
      estimateDays: shipment.estimateDays,
    };
  }
  return out;
}
