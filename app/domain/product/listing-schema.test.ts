import { describe, expect, it } from "vitest";
import { fieldErrors } from "../account/schemas";
import {
  cancelSchema,
  orderErrorKey,
  orderErrorStatus,
  orderFilterQuery,
  parseOrderFilter,
  shipSchema,
  deliveryFailedSchema,
  returnedSchema,
} from "../order/shipment-schema";
import { parseWholeNumber, productEditSchema } from "./listing-schema";
import { messages } from "../../i18n/messages/index";

const valid = {
  priceVnd: "120.000",
  stock: "25",
  packedWeightGrams: "700",
  unitVi: "Hộp 500 g",
  unitEn: "",
  descriptionVi: "Mật ong hoa bạc hà Hà Giang.",
  descriptionEn: "  ",
  listingStatus: "listed",
};

function errorsOf(input: Record<string, string | undefined>) {
  const r = productEditSchema.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
}

describe("whole đồng as people type them", () => {
  it("reads plain digits and grouped thousands", () => {
    expect(parseWholeNumber("120000")).toBe(120_000);
    expect(parseWholeNumber(" 120.000 ")).toBe(120_000);
    expect(parseWholeNumber("1.200.000")).toBe(1_200_000);
    expect(parseWholeNumber("120,000")).toBe(120_000);
    expect(parseWholeNumber("120 000")).toBe(120_000);
  });

  it("refuses fractions, signs, words and badly grouped numbers", () => {
    for (const bad of [
      "120000,5",
      "120.5",
      "12.00",
      "-5000",
      "+5000",
      "1e6",
      "abc",
      "",
      "12.0000",
      "0x10",
    ]) {
      expect(parseWholeNumber(bad), bad).toBeNull();
    }
  });
});

describe("the listing form", () => {
  it("accepts a valid form and normalises it", () => {
    const r = productEditSchema.parse(valid);
    expect(r).toEqual({
      priceVnd: 120_000,
      stock: 25,
      packedWeightGrams: 700,
      alcoholPercent: null,
      unitVi: "Hộp 500 g",
      unitEn: null,
      descriptionVi: "Mật ong hoa bạc hà Hà Giang.",
      descriptionEn: null,
      listingStatus: "listed",
    });
  });

  it("names each bad field with its own message", () => {
    expect(errorsOf({ ...valid, priceVnd: "12,5" })).toEqual({ priceVnd: "pws.error.priceWhole" });
    expect(errorsOf({ ...valid, priceVnd: "999" })).toEqual({ priceVnd: "pws.error.priceRange" });
    expect(errorsOf({ ...valid, priceVnd: "100.000.001" })).toEqual({
      priceVnd: "pws.error.priceRange",
    });
    expect(errorsOf({ ...valid, priceVnd: undefined })).toEqual({
      priceVnd: "pws.error.priceWhole",
    });
    expect(errorsOf({ ...valid, stock: "-1" })).toEqual({ stock: "pws.error.stockRange" });
    expect(errorsOf({ ...valid, packedWeightGrams: "0" })).toEqual({
      packedWeightGrams: "pws.error.weightRange",
    });
    expect(errorsOf({ ...valid, packedWeightGrams: "50001" })).toEqual({
      packedWeightGrams: "pws.error.weightRange",
    });
    expect(errorsOf({ ...valid, packedWeightGrams: "0,7" })).toEqual({
      packedWeightGrams: "pws.error.weightWhole",
    });
    expect(errorsOf({ ...valid, packedWeightGrams: undefined })).toEqual({
      packedWeightGrams: "pws.error.weightWhole",
    });
    expect(
      productEditSchema.parse({ ...valid, packedWeightGrams: "50.000" }).packedWeightGrams,
    ).toBe(50_000);
    expect(errorsOf({ ...valid, priceVnd: "-120.000" })).toEqual({
      priceVnd: "pws.error.priceRange",
    });
    expect(errorsOf({ ...valid, stock: "2.5" })).toEqual({ stock: "pws.error.stockWhole" });
    expect(errorsOf({ ...valid, stock: "100001" })).toEqual({ stock: "pws.error.stockRange" });
    expect(errorsOf({ ...valid, unitVi: "  " })).toEqual({ unitVi: "pws.error.unitViRequired" });
    expect(errorsOf({ ...valid, unitVi: "x".repeat(61) })).toEqual({
      unitVi: "pws.error.unitTooLong",
    });
    expect(errorsOf({ ...valid, unitEn: "y".repeat(61) })).toEqual({
      unitEn: "pws.error.unitTooLong",
    });
    expect(errorsOf({ ...valid, descriptionVi: "" })).toEqual({
      descriptionVi: "pws.error.descriptionViRequired",
    });
    expect(errorsOf({ ...valid, descriptionVi: "a".repeat(5001) })).toEqual({
      descriptionVi: "pws.error.descriptionTooLong",
    });
    expect(errorsOf({ ...valid, descriptionEn: "a".repeat(5001) })).toEqual({
      descriptionEn: "pws.error.descriptionTooLong",
    });
    expect(errorsOf({ ...valid, listingStatus: "deleted" })).toEqual({
      listingStatus: "pws.error.listingStatus",
    });
    expect(errorsOf({ ...valid, unitVi: "Hộp\u0000" })).toEqual({
      unitVi: "pws.error.unitTooLong",
    });
  });

  it("keeps the bounds: 1.000 and 100.000.000 đồng, 0 and 100.000 units", () => {
    expect(productEditSchema.safeParse({ ...valid, priceVnd: "1.000", stock: "0" }).success).toBe(
      true,
    );
    expect(
      productEditSchema.safeParse({ ...valid, priceVnd: "100000000", stock: "100.000" }).success,
    ).toBe(true);
  });
});

describe("shipping and cancelling", () => {
  it("needs a carrier from the list (or a typed name for another) and a tracking number", () => {
    expect(shipSchema.parse({ carrier: "viettelpost", trackingNumber: " VTP123456789 " })).toEqual({
      carrier: "viettelpost",
      trackingNumber: "VTP123456789",
    });
    expect(
      shipSchema.parse({ carrier: "other", carrierName: " Ahamove ", trackingNumber: "AHA12345" }),
    ).toEqual({ carrier: "Ahamove", trackingNumber: "AHA12345" });
    const errs = (v: Record<string, string>) => {
      const r = shipSchema.safeParse(v);
      return r.success ? {} : fieldErrors(r.error);
    };
    expect(errs({ carrier: "", trackingNumber: "" })).toEqual({
      carrier: "pws.error.carrierRequired",
      trackingNumber: "pws.error.trackingRequired",
    });
    expect(errs({ carrier: "Viettel Post", trackingNumber: "VTP123456789" })).toEqual({
      carrier: "pws.error.carrierRequired",
    });
    expect(errs({ carrier: "ghn", trackingNumber: "ab" })).toEqual({
      trackingNumber: "pws.error.trackingInvalid",
    });
    expect(errs({ carrier: "ghn", trackingNumber: "=cmd|x" })).toEqual({
      trackingNumber: "pws.error.trackingInvalid",
    });
    expect(errs({ carrier: "ghn", trackingNumber: "A".repeat(41) })).toEqual({
      trackingNumber: "pws.error.trackingInvalid",
    });
    expect(errs({ carrier: "other", carrierName: "", trackingNumber: "GHN12345" })).toEqual({
      carrierName: "pws.error.carrierNameRequired",
    });
    expect(
      errs({ carrier: "other", carrierName: "x".repeat(61), trackingNumber: "GHN12345" }),
    ).toEqual({ carrierName: "pws.error.carrierTooLong" });
  });

  it("needs a failure reason from the list and a restock choice", () => {
    expect(deliveryFailedSchema.parse({ failureReason: "refused" })).toEqual({
      failureReason: "refused",
    });
    expect(deliveryFailedSchema.safeParse({ failureReason: "mưa" }).success).toBe(false);
    expect(deliveryFailedSchema.safeParse({}).success).toBe(false);
    expect(returnedSchema.parse({ restock: "yes" })).toEqual({ restock: true });
    expect(returnedSchema.parse({ restock: "no" })).toEqual({ restock: false });
    expect(returnedSchema.safeParse({}).success).toBe(false);
    expect(returnedSchema.safeParse({ restock: "true" }).success).toBe(false);
  });

  it("needs a reason of 5 to 500 characters to cancel", () => {
    expect(cancelSchema.safeParse({ reason: "Hết hàng do mưa lũ" }).success).toBe(true);
    expect(cancelSchema.safeParse({ reason: " abc " }).success).toBe(false);
    expect(cancelSchema.safeParse({}).success).toBe(false);
    expect(cancelSchema.safeParse({ reason: "x".repeat(501) }).success).toBe(false);
  });
});

describe("order errors", () => {
  it("gives every refusal of transitionOrderPart its own message in both languages", () => {
    const refusals = [
      "notFound",
      "transitionNotAllowed",
      "actorNotAllowed",
      "shippingDetailsRequired",
      "reasonRequired",
      "paymentNotCompleted",
      "failureReasonRequired",
      "restockRequired",
    ];
    const keys = refusals.map(orderErrorKey);
    expect(new Set(keys).size).toBe(refusals.length);
    for (const k of keys) {
      expect(k).not.toBe("pws.orderError.generic");
      expect(messages.vi[k]).toBeTruthy();
      expect(messages.en[k]).toBeTruthy();
    }
    expect(orderErrorKey("somethingNew")).toBe("pws.orderError.generic");
    expect(orderErrorStatus("reasonRequired")).toBe(400);
    expect(orderErrorStatus("paymentNotCompleted")).toBe(409);
  });
});

describe("the order list's filters", () => {
  it("keeps valid filters and drops what makes no sense", () => {
    expect(
      parseOrderFilter(new URLSearchParams("status=shipped&from=2026-01-01&to=2026-01-31&page=2")),
    ).toEqual({
      status: "shipped",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 2,
    });
    expect(
      parseOrderFilter(new URLSearchParams("status=lost&from=2026-02-30&to=x&page=-1")),
    ).toEqual({
      status: null,
      from: null,
      to: null,
      page: 1,
    });
    // Swapped dates are put in order.
    expect(parseOrderFilter(new URLSearchParams("from=2026-03-01&to=2026-01-01"))).toMatchObject({
      from: "2026-01-01",
      to: "2026-03-01",
    });
    expect(orderFilterQuery({ status: "placed", from: null, to: "2026-01-01" }).toString()).toBe(
      "status=placed&to=2026-01-01",
    );
  });
});
