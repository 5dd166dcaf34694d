import { describe, expect, it } from "vitest";
import { ORDER_PART_STATUSES } from "../../../db/schema";
import { BUYER_CANCELLABLE, checkTransition, ORDER_PART_TRANSITIONS } from "./lifecycle";

describe("order part transitions", () => {
  it.each([
    ["placed", "confirmed", "producer"],
    ["confirmed", "shipped", "producer"],
    ["shipped", "delivered", "producer"],
    ["placed", "cancelled", "buyer"],
    ["confirmed", "cancelled", "buyer"],
    ["placed", "cancelled", "producer"],
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
  ] as const)("refuses %s → %s", (from, to, actor) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: false, error: "transitionNotAllowed" });
  });

  it.each([
    ["placed", "confirmed", "buyer"],
    ["confirmed", "shipped", "buyer"],
    ["shipped", "delivered", "buyer"],
  ] as const)("refuses %s → %s by the %s (wrong actor)", (from, to, actor) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: false, error: "actorNotAllowed" });
  });

  it("covers every status and lets the buyer cancel only before shipping", () => {
    expect(Object.keys(ORDER_PART_TRANSITIONS).sort()).toEqual([...ORDER_PART_STATUSES].sort());
    expect([...BUYER_CANCELLABLE].sort()).toEqual(["confirmed", "placed"]);
  });

  it("has no way out of a final status", () => {
    for (const to of ORDER_PART_STATUSES) {
      expect(checkTransition("delivered", to, "producer").ok).toBe(false);
      expect(checkTransition("cancelled", to, "producer").ok).toBe(false);
    }
  });
});
