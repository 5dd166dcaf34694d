/**
 * The price of an order before it exists: per producer shipment its items, weight, shipping
 * fee and delivery estimate, and the grand total. `priceShipments` is the ONE computation:
 * the checkout shows what it returns (quote.server.ts) and placeOrder charges what it returns
 * from the rows it has just locked, so the two can only differ if the data changed between
 * them — and then the order is refused (see `totalChanged` in orders.server.ts).
 */
import { isAgeRestricted } from "../product/alcohol";
import { shipmentShipping, type ShipmentShipping } from "./shipping";

export type PricedLine = {
  productId: number;
  priceVnd: number;
  quantity: number;
  packedWeightGrams: number;
  /** % ABV, null for no alcohol: 15% and more is left out of free-shipping offers. */
  alcoholPercent?: number | null;
};

export type ShipmentInput<L extends PricedLine> = {
  producerId: number;
  producerProvinceCode: string;
  freeShippingFromVnd: number | null;
  lines: L[];
};

export type PricedShipment<L extends PricedLine> = ShipmentInput<L> & {
  itemsTotalVnd: number;
  shipping: ShipmentShipping;
  totalVnd: number;
};

export type PricedOrder<L extends PricedLine> = {
  shipments: PricedShipment<L>[];
  itemsTotalVnd: number;
  shippingTotalVnd: number;
  totalVnd: number;
};

export function priceShipments<L extends PricedLine>(
  shipments: ShipmentInput<L>[],
  deliveryProvinceCode: string,
  date: string,
): PricedOrder<L> {
  const priced = shipments.map((s) => {
    const itemsTotalVnd = s.lines.reduce((sum, l) => sum + l.priceVnd * l.quantity, 0);
    const weightGrams = s.lines.reduce((sum, l) => sum + l.packedWeightGrams * l.quantity, 0);
    const restricted = s.lines.filter((l) => isAgeRestricted(l.alcoholPercent));
    const notFreeShippable = {
      weightGrams: restricted.reduce((sum, l) => sum + l.packedWeightGrams * l.quantity, 0),
      itemsTotalVnd: restricted.reduce((sum, l) => sum + l.priceVnd * l.quantity, 0),
    };
    const shipping = shipmentShipping({
      weightGrams,
      itemsTotalVnd,
      fromProvinceCode: s.producerProvinceCode,
      toProvinceCode: deliveryProvinceCode,
      freeShippingFromVnd: s.freeShippingFromVnd,
      date,
      notFreeShippable,
    });
    return { ...s, itemsTotalVnd, shipping, totalVnd: itemsTotalVnd + shipping.feeVnd };
  });
  const itemsTotalVnd = priced.reduce((sum, s) => sum + s.itemsTotalVnd, 0);
  const shippingTotalVnd = priced.reduce((sum, s) => sum + s.shipping.feeVnd, 0);
  return {
    shipments: priced,
    itemsTotalVnd,
    shippingTotalVnd,
    totalVnd: itemsTotalVnd + shippingTotalVnd,
  };
}
