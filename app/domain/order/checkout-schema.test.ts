import { describe, expect, it } from "vitest";
import { checkoutSchema, normaliseVietnamesePhone, quantitySchema } from "./checkout-schema";

const valid = {
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  email: " Lan@Example.com ",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 12 ngõ 34 Đội Cấn",
  payment: "cod",
  privacyConsent: "yes",
};

describe("Vietnamese phone numbers", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["0312.345.678", "0312345678"],
    ["+84 912 345 678", "0912345678"],
    ["84-868-123-456", "0868123456"],
    ["0591234567", "0591234567"],
    ["0791234567", "0791234567"],
  ])("accepts %s", (raw, stored) => {
    expect(normaliseVietnamesePhone(raw)).toBe(stored);
  });

  it.each(["0112345678", "0212345678", "091234567", "09123456789", "+8409123456789", "abc", ""])(
    "refuses %s",
    (raw) => {
      expect(normaliseVietnamesePhone(raw)).toBeNull();
    },
  );
});

describe("checkoutSchema", () => {
  it("normalises a valid form", () => {
    const r = checkoutSchema.safeParse(valid);
    expect(r.success && r.data).toEqual({
      ...valid,
      phone: "0912345678",
      email: "lan@example.com",
      // Not ticked: placeOrder asks for it only for a drink of 15% or more (decision 0027).
      ageConfirmed: false,
      privacyConsent: true,
    });
  });

  it.each([
    ["phone", "12345", "orders.error.phoneInvalid"],
    ["email", "khong-phai-email", "orders.error.emailInvalid"],
    ["provinceCode", "1", "orders.error.provinceRequired"],
    ["communeCode", "", "orders.error.communeRequired"],
    ["street", "abc", "orders.error.streetLength"],
    ["street", "x".repeat(201), "orders.error.streetLength"],
    ["payment", "momo", "orders.error.paymentMethod"],
    ["name", " ", "orders.error.nameRequired"],
  ])("refuses %s = %j", (field, value, message) => {
    const r = checkoutSchema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["absent", undefined],
  ])("takes a %s email as none: a guest may order with the phone number only", (_what, email) => {
    const r = checkoutSchema.safeParse({ ...valid, email });
    expect(r.success && r.data.email).toBeNull();
  });

  it.each(["lan@", "lan example.com", "@example.com", `${"x".repeat(250)}@example.com`])(
    "still refuses a malformed email %j, naming the field",
    (email) => {
      const r = checkoutSchema.safeParse({ ...valid, email });
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
        ["email", "orders.error.emailInvalid"],
      ]);
    },
  );

  it("keeps nothing it does not know (no price or total can come in)", () => {
    const r = checkoutSchema.safeParse({ ...valid, totalVnd: 1, priceVnd: 1 });
    expect(r.success && Object.keys(r.data).sort()).toEqual(
      [...Object.keys(valid), "ageConfirmed"].sort(),
    );
  });
});

describe("quantitySchema", () => {
  it("accepts 1–99 and refuses the rest", () => {
    expect(quantitySchema.parse("3")).toBe(3);
    expect(quantitySchema.safeParse("0").success).toBe(false);
    expect(quantitySchema.safeParse("100").success).toBe(false);
    expect(quantitySchema.safeParse("1.5").success).toBe(false);
    expect(quantitySchema.safeParse("x").success).toBe(false);
  });

  it("requires the privacy notice's box, ticked by the person (decision 0028)", () => {
    for (const privacyConsent of [undefined, "", "on", "true", "no"]) {
      const r = checkoutSchema.safeParse({ ...valid, privacyConsent });
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
        ["privacyConsent", "legal.error.privacyConsent"],
      ]);
    }
    const ok = checkoutSchema.safeParse(valid);
    expect(ok.success && ok.data.privacyConsent).toBe(true);
  });
});
