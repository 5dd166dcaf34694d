import { describe, expect, it } from "vitest";
import { telHref } from "./tel-href";

describe("telHref", () => {
  it("drops the spaces, dots and dashes people group numbers with", () => {
    expect(telHref("0912 384 215")).toBe("tel:0912384215");
    expect(telHref("0912.384.215")).toBe("tel:0912384215");
    expect(telHref("0210-3855-123")).toBe("tel:02103855123");
  });

  it("keeps an international number's leading plus", () => {
    expect(telHref("+84 912 384 215")).toBe("tel:+84912384215");
    expect(telHref(" (+84) 912 384 215")).toBe("tel:+84912384215");
  });

  it("leaves a bare number as it is", () => {
    expect(telHref("0912345678")).toBe("tel:0912345678");
  });
});
