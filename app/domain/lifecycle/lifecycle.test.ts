import { describe, expect, it } from "vitest";
import { PRODUCER_LIFECYCLE } from "../producer/lifecycle";
import { PRODUCT_LISTING_LIFECYCLE } from "../product/lifecycle";
import { CARD_PAYMENT_LIFECYCLE, CARD_REFUND_LIFECYCLE } from "../payment/lifecycle";
import { initialState, moveOrStay, moveTo, recordedState } from "./lifecycle";

describe("moveTo", () => {
  it("hands out the state to write when the move is allowed", () => {
    expect(moveTo(CARD_PAYMENT_LIFECYCLE, "pending", "paid", "stripe")).toEqual({
      ok: true,
      from: "pending",
      to: "paid",
    });
  });

  it("refuses a move the table lacks, and an actor it does not name", () => {
    // A success replayed after the payment was refunded changes nothing.
    expect(moveTo(CARD_PAYMENT_LIFECYCLE, "refunded", "paid", "stripe")).toEqual({
      ok: false,
      error: "transitionNotAllowed",
    });
    // Only Stripe says a payment succeeded.
    expect(moveTo(CARD_PAYMENT_LIFECYCLE, "pending", "paid", "system")).toEqual({
      ok: false,
      error: "actorNotAllowed",
    });
    expect(moveTo(PRODUCER_LIFECYCLE, "active", "suspended", "producer_member")).toEqual({
      ok: false,
      error: "actorNotAllowed",
    });
  });

  it("never moves a row to the state it is in", () => {
    expect(moveTo(PRODUCER_LIFECYCLE, "active", "active", "official").ok).toBe(false);
    expect(moveTo(CARD_REFUND_LIFECYCLE, "pending", "pending", "system").ok).toBe(false);
  });
});

describe("moveOrStay", () => {
  it("lets a form save the state it already has, and checks a change", () => {
    expect(moveOrStay(PRODUCT_LISTING_LIFECYCLE, "listed", "listed", "producer")).toEqual({
      ok: true,
      from: "listed",
      to: "listed",
    });
    expect(moveOrStay(PRODUCT_LISTING_LIFECYCLE, "listed", "unlisted", "producer").ok).toBe(true);
    expect(moveOrStay(PRODUCER_LIFECYCLE, "active", "suspended", "customer").ok).toBe(false);
  });
});

describe("initialState and recordedState", () => {
  it("insert only in an initial state", () => {
    expect(initialState(CARD_PAYMENT_LIFECYCLE, "pending")).toBe("pending");
    expect(() => initialState(CARD_PAYMENT_LIFECYCLE, "paid")).toThrow(/not an initial state/);
  });

  it("seed any known state, and nothing else", () => {
    expect(recordedState(PRODUCER_LIFECYCLE, "suspended")).toBe("suspended");
    const unknown = "closed" as (typeof PRODUCER_LIFECYCLE.states)[number];
    expect(() => recordedState(PRODUCER_LIFECYCLE, unknown)).toThrow(/unknown state closed/);
  });
});
