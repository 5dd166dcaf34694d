import { describe, expect, it } from "vitest";
import { ORDER_PART_STATUSES } from "../../../db/schema";
import {
  BUYER_CANCELLABLE,
  checkTransition,
  countsTowardsTotal,
  ORDER_PART_TRANSITIONS,
  orderTotals,
  refundsPart,
  returnsStock,
} from "./lifecycle";

describe("order part transitions", () => {
  it.each([
    ["placed", "confirmed", "producer"],
    ["confirmed", "shipped", "producer"],
    ["shipped", "delivered", "producer"],
    ["placed", "cancelled", "buyer"],
    ["confirmed", "cancelled", "buyer"],
    ["placed", "cancelled", "producer"],
    ["shipped", "delivered", "buyer"],
    ["shipped", "delivered", "system"],
    ["shipped", "delivery_failed", "producer"],
    ["delivery_failed", "returned", "producer"],
    ["delivery_failed", "delivered", "producer"],
  ] as const)("allows %s → %s by the %s", (from, to, actor) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: true });
  });

  it.each([
    ["placed", "shipped", "producer"],
    ["placed", "delivered", "producer"],
    ["shipped", "cancelled", "buyer"],
    ["delivered", "cancelled", "buyer"],
    ["cancelled", "placed", "producer"],
    ["cancelled", "confirmed", "producer"],
    ["delivered", "shipped", "producer"],
    ["placed", "placed", "producer"],
    ["confirmed", "delivery_failed", "producer"],
    ["shipped", "returned", "producer"],
    ["returned", "delivered", "producer"],
    ["returned", "returned", "producer"],
    ["delivery_failed", "cancelled", "buyer"],
  ] as const)("refuses %s → %s", (from, to, actor) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: false, error: "transitionNotAllowed" });
  });

  it.each([
    ["placed", "confirmed", "buyer"],
    ["confirmed", "shipped", "buyer"],
    ["shipped", "delivery_failed", "buyer"],
    ["shipped", "delivery_failed", "system"],
    ["delivery_failed", "returned", "buyer"],
  ] as const)("refuses %s → %s by the %s (wrong actor)", (from, to, actor) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: false, error: "actorNotAllowed" });
  });

  it("covers every status and lets the buyer cancel only before shipping", () => {
    expect(Object.keys(ORDER_PART_TRANSITIONS).sort()).toEqual([...ORDER_PART_STATUSES].sort());
    expect([...BUYER_CANCELLABLE].sort()).toEqual(["confirmed", "placed"]);
  });

  it("has no way out of a final status", () => {
    for (const to of ORDER_PART_STATUSES) {
      for (const from of ["delivered", "returned", "cancelled"] as const) {
        for (const actor of ["buyer", "producer", "system"] as const)
          expect(checkTransition(from, to, actor).ok).toBe(false);
      }
    }
  });

  it("gives stock back on a cancel always, on a return only when the producer says so", () => {
    expect(returnsStock("cancelled")).toBe(true);
    expect(returnsStock("returned", true)).toBe(true);
    expect(returnsStock("returned", false)).toBe(false);
    expect(returnsStock("returned")).toBe(false);
    for (const s of ["placed", "confirmed", "shipped", "delivered", "delivery_failed"] as const)
      expect(returnsStock(s, true)).toBe(false);
  });

  it("refunds and leaves out of totals exactly the cancelled and returned parts", () => {
    for (const s of ORDER_PART_STATUSES) {
      const unpaid = s === "cancelled" || s === "returned";
      expect(refundsPart(s)).toBe(unpaid);
      expect(countsTowardsTotal(s)).toBe(!unpaid);
    }
    expect(
      orderTotals([
        { status: "placed", itemsTotalVnd: 200_000, shippingFeeVnd: 35_000 },
        { status: "cancelled", itemsTotalVnd: 136_000, shippingFeeVnd: 35_000 },
        { status: "returned", itemsTotalVnd: 50_000, shippingFeeVnd: 20_000 },
        { status: "delivery_failed", itemsTotalVnd: 10_000, shippingFeeVnd: 0 },
      ]),
    ).toEqual({ itemsTotalVnd: 210_000, shippingTotalVnd: 35_000, totalVnd: 245_000 });
    expect(orderTotals([])).toEqual({ itemsTotalVnd: 0, shippingTotalVnd: 0, totalVnd: 0 });
  });
});
