/**
 * Packed weights of the demo products, in grams: what one unit weighs boxed for the carrier.
 * Read from the unit as sold ("Bao 5 kg", "Chai 750 ml", "Hộp 6 lọ 70 ml"), with the weight of
 * its packing: glass (bottles, jars) weighs about 0.6 g per gram of content plus the padding,
 * a bag or box about 5 % plus 50 g. Units without a size take a figure by product set (a woven
 * scarf, a potted plant). The result is rounded to 10 g. The producer corrects it in its
 * workspace; these are only plausible starting figures.
 */
const GLASS = /^(chai|bình|lọ|hũ|hộp \d+ (lọ|hũ))/i;

const BY_SET: Record<string, number> = {
  "hoa-cay-canh": 3_000,
  "dong-vat-canh": 2_500,
  "det-may": 400,
  "thu-cong-trang-tri": 1_200,
  "du-lich-cong-dong": 50,
};

function netGrams(unit: string): number | null {
  const u = unit.toLowerCase().replace(",", ".");
  // The unit must end there: "6 lọ" is six jars and "10 lần" ten uses, not litres.
  const size = /(\d+(?:\.\d+)?)\s*(kg|g|ml|lít|l)(?!\p{L})/u.exec(u);
  if (!size?.[1] || !size[2]) return null;
  const amount = Number(size[1]);
  const grams = size[2] === "kg" || size[2] === "l" || size[2] === "lít" ? amount * 1000 : amount;
  // "Hộp 6 lọ 70 ml", "Hộp 6 hũ 100 g": the count before the size multiplies it.
  const count = /(\d+)\s+(lọ|hũ|chai|gói|túi)\s+\d/.exec(u);
  return grams * (count?.[1] ? Number(count[1]) : 1);
}

export function packedWeightOf(product: { unitVi: string; set: string }): number {
  const net = netGrams(product.unitVi);
  let grams: number;
  if (net === null) {
    const sets = /^bộ (\d+)/i.exec(product.unitVi);
    grams = (BY_SET[product.set] ?? 500) * (sets?.[1] ? Math.min(Number(sets[1]), 4) : 1);
  } else if (GLASS.test(product.unitVi)) {
    grams = net * 1.6 + 150;
  } else {
    grams = net * 1.05 + 50;
  }
  return Math.min(50_000, Math.max(10, Math.round(grams / 10) * 10));
}

/** Some demo producers offer free shipping on larger parcels; the rest do not. */
export const DEMO_FREE_SHIPPING: Readonly<Record<string, number>> = {
  "htx-mat-ong-bac-ha-lung-cu": 500_000,
  "htx-che-tan-cuong": 400_000,
  "cong-ty-ca-phe-buon-ma-thuot": 600_000,
  "htx-gao-tam-hai-hau": 800_000,
};
