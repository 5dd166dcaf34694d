import { describe, expect, it } from "vitest";
import { messages } from "../../i18n/messages/index";
import { priceShipments } from "../order/quote";
import { checkoutSchema } from "../order/checkout-schema";
import { productEditSchema } from "./listing-schema";
import {
  AGE_RESTRICTED_FROM_PERCENT,
  alcoholPercentField,
  alcoholPercentInput,
  formatAlcoholPercent,
  isAgeRestricted,
} from "./alcohol";

describe("the 15% line of Law 44/2019", () => {
  it("restricts 15% and more, not less, and nothing for a product without alcohol", () => {
    expect(AGE_RESTRICTED_FROM_PERCENT).toBe(15);
    expect(isAgeRestricted(40)).toBe(true);
    expect(isAgeRestricted(15)).toBe(true);
    expect(isAgeRestricted("15.0")).toBe(true);
    expect(isAgeRestricted(14.9)).toBe(false);
    expect(isAgeRestricted(0)).toBe(false);
    expect(isAgeRestricted(null)).toBe(false);
    expect(isAgeRestricted(undefined)).toBe(false);
  });
});

describe("the strength field", () => {
  const parse = (v: string | undefined) => alcoholPercentField.safeParse(v);
  it("reads a number from 0 to 100 with at most one decimal, comma or point, % allowed", () => {
    expect(parse("40").data).toBe(40);
    expect(parse("12,5").data).toBe(12.5);
    expect(parse(" 12.5 % ").data).toBe(12.5);
    expect(parse("0").data).toBe(0);
    expect(parse("100").data).toBe(100);
    expect(parse("").data).toBeNull();
    expect(parse(undefined).data).toBeNull();
  });
  it("refuses anything else, naming the field", () => {
    for (const bad of ["100.1", "101", "-1", "12.55", "abc", "4O", "1e2"]) {
      const r = parse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("alcohol.error.range");
    }
    const form = productEditSchema.safeParse({
      priceVnd: "120000",
      stock: "3",
      packedWeightGrams: "900",
      alcoholPercent: "140",
      unitVi: "Chai 500 ml",
      descriptionVi: "Rượu.",
      listingStatus: "listed",
    });
    expect(form.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["alcoholPercent", "alcohol.error.range"],
    ]);
  });
  it("shows the stored value again and prints it in each language", () => {
    expect(alcoholPercentInput(null)).toBe("");
    expect(alcoholPercentInput(12.5)).toBe("12.5");
    expect(formatAlcoholPercent(12.5, "vi")).toBe("12,5");
    expect(formatAlcoholPercent(40, "en")).toBe("40");
  });
  it("has every message in both languages", () => {
    const keys = Object.keys(messages.vi).filter((k) => k.startsWith("alcohol."));
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) expect(messages.en[k as keyof typeof messages.en], k).toBeTruthy();
    expect(messages.vi["alcohol.checkout.confirm"]).toBe("Tôi xác nhận đã đủ 18 tuổi");
    expect(messages.en["alcohol.checkout.confirm"]).toBe("I confirm I am 18 or older");
    expect(messages.vi["alcohol.notice"]).toBe("Không bán cho người dưới 18 tuổi.");
  });
});

describe("the checkout's age box", () => {
  const base = {
    name: "Nguyễn Văn Nam",
    phone: "0912345678",
    provinceCode: "01",
    communeCode: "00004",
    street: "Số 5 phố Huế",
    payment: "cod",
    privacyConsent: "yes",
  };
  it("is true only when ticked", () => {
    expect(checkoutSchema.parse({ ...base, ageConfirmed: "on" }).ageConfirmed).toBe(true);
    expect(checkoutSchema.parse(base).ageConfirmed).toBe(false);
  });
});

describe("free shipping leaves drinks of 15% or more out", () => {
  const line = (o: { price: number; grams: number; abv?: number }) => ({
    productId: 1,
    priceVnd: o.price,
    quantity: 1,
    packedWeightGrams: o.grams,
    alcoholPercent: o.abv ?? null,
  });
  const ship = (lines: ReturnType<typeof line>[], freeFrom: number | null = 300_000) =>
    priceShipments(
      [{ producerId: 1, producerProvinceCode: "01", freeShippingFromVnd: freeFrom, lines }],
      "01",
      "2026-12-07",
    ).shipments[0]!.shipping;

  it("does not count their value towards the threshold", () => {
    const s = ship([line({ price: 500_000, grams: 950, abv: 40 })]);
    expect(s.freeShipping).toBe(false);
    expect(s.feeVnd).toBe(s.tableFeeVnd);
    expect(s.alcoholExcluded).toEqual({ weightGrams: 950, itemsTotalVnd: 500_000 });
  });
  it("charges their weight alone when the rest reaches it", () => {
    const s = ship([
      line({ price: 500_000, grams: 950, abv: 40 }),
      line({ price: 300_000, grams: 4_000 }),
    ]);
    const alone = ship([line({ price: 0, grams: 950 })], null);
    expect(s.chargedWeightGrams).toBe(950);
    expect(s.feeVnd).toBe(alone.feeVnd);
    expect(s.freeShipping).toBe(false);
  });
  it("changes nothing for a 12% wine, or without an offer", () => {
    const wine = ship([line({ price: 300_000, grams: 1_350, abv: 12 })]);
    expect(wine.freeShipping).toBe(true);
    expect(wine.alcoholExcluded).toBeNull();
    const noOffer = ship([line({ price: 300_000, grams: 950, abv: 40 })], null);
    expect(noOffer.alcoholExcluded).toBeNull();
    expect(noOffer.feeVnd).toBe(noOffer.tableFeeVnd);
  });
});
