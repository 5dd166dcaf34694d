import { describe, expect, it } from "vitest";
import { PAYMENT_METHODS } from "../../../db/schema";
import { PAYMENT_METHOD_CODES, PAYMENT_METHOD_RULES } from "./methods";

describe("payment methods", () => {
  it("lists exactly the methods the database accepts, each with its rule", () => {
    expect([...PAYMENT_METHOD_CODES].sort()).toEqual([...PAYMENT_METHODS].sort());
    expect(Object.keys(PAYMENT_METHOD_RULES).sort()).toEqual([...PAYMENT_METHODS].sort());
  });

  it("cash on delivery never waits for money before shipping; a card always does", () => {
    expect(PAYMENT_METHOD_RULES.cod.settledBeforeFulfilment).toBe(false);
    expect(PAYMENT_METHOD_RULES.card.settledBeforeFulfilment).toBe(true);
    expect(PAYMENT_METHOD_RULES.card.collectedBy).toBe("platform");
  });

  it("a bank transfer goes straight to the producer, who must see it before shipping", () => {
    expect(PAYMENT_METHOD_RULES.transfer.collectedBy).toBe("producer");
    expect(PAYMENT_METHOD_RULES.transfer.settledBeforeFulfilment).toBe(true);
  });
});
