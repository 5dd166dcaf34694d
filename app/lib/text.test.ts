import { describe, expect, it } from "vitest";
import { foldVietnamese, slugify } from "./text";

describe("foldVietnamese", () => {
  it("removes marks and folds đ", () => {
    expect(foldVietnamese("Mật ong Đắk Lắk")).toBe("mat ong dak lak");
    expect(foldVietnamese("  Trà   Shan Tuyết ")).toBe("tra shan tuyet");
  });
  it("handles precomposed and decomposed input alike", () => {
    expect(foldVietnamese("Phú Thọ".normalize("NFC"))).toBe(
      foldVietnamese("Phú Thọ".normalize("NFD")),
    );
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs", () => {
    expect(slugify("HTX cây trồng Sông Lô xanh")).toBe("htx-cay-trong-song-lo-xanh");
    expect(slugify("Rượu  nếp — Phú Lộc!")).toBe("ruou-nep-phu-loc");
  });
});
