/**
 * The platform's fee, in whole đồng (decision 0024). The rate is configured as a fraction
 * (PLATFORM_FEE_RATE, e.g. 0.03) and used in basis points (0.03 → 300), so no float ever
 * touches an amount.
 *
 * Rounding: half up, per order part: fee = floor((total × bps + 5 000) / 10 000).
 * 3 % of 12 345 đ is 370.35 → 370 đ; of 12 350 đ is 370.5 → 371 đ.
 *
 * Refunds give the fee back in proportion to the money refunded, rounded half up on the
 * cumulative amount, and the refund that completes a part's total gives back exactly what
 * is left of its fee: a part refunded in full has paid no fee at all, to the đồng.
 */

/** The rate in basis points (hundredths of a per cent). */
export function feeBasisPoints(rate: number): number {
  return Math.round(rate * 10_000);
}

/** The fee of one order part's total, rounded half up to the đồng. */
export function platformFee(totalVnd: number, rate: number): number {
  const bps = BigInt(feeBasisPoints(rate));
  return Number((BigInt(totalVnd) * bps + 5_000n) / 10_000n);
}

/**
 * How much of a part's fee has been given back once `refundedVnd` of its `saleVnd` has been
 * refunded in all (never more than the fee).
 */
export function feeReturned(feeVnd: number, saleVnd: number, refundedVnd: number): number {
  if (saleVnd <= 0 || refundedVnd <= 0) return 0;
  if (refundedVnd >= saleVnd) return feeVnd;
  const returned =
    (BigInt(feeVnd) * BigInt(refundedVnd) * 2n + BigInt(saleVnd)) / (2n * BigInt(saleVnd));
  return Number(returned);
}

/** The rate as people read it: 0.03 → "3%", 0.025 → "2.5%". */
export function formatRate(rate: number): string {
  return `${feeBasisPoints(rate) / 100}%`;
}
