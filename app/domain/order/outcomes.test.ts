import { describe, expect, it } from "vitest";
import { CARRIER_CHOICES, CARRIERS, carrierByCode, trackingFor } from "./carriers";
import { DELIVERY_FAILURE_REASONS } from "./lifecycle";
import { deliveryOutcome, eventDetails } from "./outcomes";
import { messages } from "../../i18n/messages/index";

describe("delivery outcomes", () => {
  it("needs a listed reason for a failed delivery", () => {
    expect(deliveryOutcome("delivery_failed", { failureReason: "refused" })).toEqual({
      ok: true,
      failureReason: "refused",
      event: { reason: "refused" },
      restock: null,
    });
    expect(deliveryOutcome("delivery_failed", { failureReason: "bão" })).toEqual({
      ok: false,
      error: "failureReasonRequired",
    });
    expect(deliveryOutcome("delivery_failed", undefined).ok).toBe(false);
  });

  it("needs the restock choice for a return, yes or no", () => {
    expect(deliveryOutcome("returned", { restock: true })).toMatchObject({
      ok: true,
      restock: true,
    });
    expect(deliveryOutcome("returned", { restock: false })).toMatchObject({
      ok: true,
      restock: false,
    });
    expect(deliveryOutcome("returned", {})).toEqual({ ok: false, error: "restockRequired" });
    expect(deliveryOutcome("returned", { restock: null })).toEqual({
      ok: false,
      error: "restockRequired",
    });
  });

  it("asks nothing of the other moves", () => {
    expect(deliveryOutcome("delivered", undefined)).toMatchObject({ ok: true, restock: null });
  });

  it("keeps in the event what the timeline shows", () => {
    const none = { carrier: null, trackingNumber: null };
    expect(eventDetails("shipped", { carrier: "ghn", trackingNumber: "GA123" })).toEqual({
      carrier: "ghn",
      trackingNumber: "GA123",
    });
    expect(eventDetails("cancelled", { ...none, reason: "Hết hàng" })).toEqual({
      reason: "Hết hàng",
    });
    expect(eventDetails("returned", { ...none, restocked: false })).toEqual({ restocked: false });
    expect(eventDetails("confirmed", none)).toBeNull();
  });

  it("has words for every failure reason in both languages", () => {
    for (const r of DELIVERY_FAILURE_REASONS) {
      expect(messages.vi[`outcomes.failure.${r}`]).toBeTruthy();
      expect(messages.en[`outcomes.failure.${r}`]).toBeTruthy();
    }
  });
});

describe("carriers", () => {
  it("offers every listed carrier and 'other' in the ship form", () => {
    expect([...CARRIER_CHOICES]).toEqual([...CARRIERS.map((c) => c.code), "other"]);
  });

  it("links a tracking number to the carrier's public page, encoded", () => {
    expect(trackingFor("ghn", "GAK7 8X")).toEqual({
      name: "Giao Hàng Nhanh (GHN)",
      url: "https://donhang.ghn.vn/?order_code=GAK7%208X",
      deepLink: true,
    });
    expect(trackingFor("ghtk", "S1.A2").url).toBe("https://i.ghtk.vn/S1.A2");
    expect(trackingFor("jt", "841327113159").url).toBe(
      "https://jtexpress.vn/vi/tracking?type=track&billcode=841327113159",
    );
    expect(trackingFor("vnpost", "CQ724476204VN").url).toBe(
      "https://www.vnpost.vn/vi-vn/dinh-vi/buu-pham?key=CQ724476204VN",
    );
    // No stable deep link: the tracking page itself, and we say so.
    expect(trackingFor("viettelpost", "VTP123456789")).toEqual({
      name: "Viettel Post",
      url: "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/",
      deepLink: false,
    });
  });

  it("recognises names typed before the list, and makes no link for another carrier", () => {
    expect(carrierByCode("Viettel Post")?.code).toBe("viettelpost");
    expect(carrierByCode("Giao Hàng Tiết Kiệm (GHTK)")?.code).toBe("ghtk");
    expect(trackingFor("Ahamove", "AHA123")).toEqual({
      name: "Ahamove",
      url: null,
      deepLink: false,
    });
    expect(trackingFor(null, null)).toEqual({ name: null, url: null, deepLink: false });
  });

  it("uses https for every tracking page", () => {
    for (const c of CARRIERS) expect(c.trackingUrl.startsWith("https://")).toBe(true);
  });
});
