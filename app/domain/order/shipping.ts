/**
 * Shipping per order part (per producer), in đồng. A parcel that stays within the
 * producer's province costs less than one that crosses provinces; a part whose items reach
 * the threshold ships free. Plain data, so the cart page prints the same table it charges.
 */
export const SHIPPING_FEES = {
  sameProvinceVnd: 20_000,
  otherProvinceVnd: 35_000,
  freeFromVnd: 500_000,
} as const;

export function shippingFee(
  itemsTotalVnd: number,
  producerProvinceCode: string,
  deliveryProvinceCode: string,
): number {
  if (itemsTotalVnd >= SHIPPING_FEES.freeFromVnd) return 0;
  return producerProvinceCode === deliveryProvinceCode
    ? SHIPPING_FEES.sameProvinceVnd
    : SHIPPING_FEES.otherProvinceVnd;
}
