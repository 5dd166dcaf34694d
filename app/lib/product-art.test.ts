import { describe, expect, it } from "vitest";
import {
  ART_GROUPS,
  isArtGroup,
  isArtSeed,
  productArtPath,
  renderProductArt,
} from "./product-art";
import { loader } from "../routes/art.$group.$seed[.]svg";

describe("renderProductArt", () => {
  it("draws a well-formed SVG document for every group", () => {
    for (const group of ART_GROUPS) {
      const svg = renderProductArt(group, "mat-ong-hoa-nhan");
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"')).toBe(true);
      expect(svg.endsWith("</svg>")).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      // Every element is self-closed or closed: count opening vs closing tags.
      const opened = [...svg.matchAll(/<([a-zA-Z]+)[^>]*?(\/?)>/g)].filter((m) => m[2] !== "/").length;
      const closed = [...svg.matchAll(/<\/[a-zA-Z]+>/g)].length;
      expect(opened).toBe(closed);
    }
  });

  it("is deterministic", () => {
    expect(renderProductArt("do-uong", "ruou-nep-cai")).toBe(renderProductArt("do-uong", "ruou-nep-cai"));
  });

  it("differs by seed and by group", () => {
    const a = renderProductArt("thuc-pham", "oi-le-song-lo");
    expect(renderProductArt("thuc-pham", "oi-le-song-lo-2")).not.toBe(a);
    expect(renderProductArt("du-lich", "oi-le-song-lo")).not.toBe(a);
    const many = new Set(Array.from({ length: 30 }, (_, i) => renderProductArt("sinh-vat-canh", `cay-${i}`)));
    expect(many.size).toBe(30);
  });
});

describe("art parameters", () => {
  it("accepts the six groups only", () => {
    expect(ART_GROUPS.every(isArtGroup)).toBe(true);
    expect(isArtGroup("vu-khi")).toBe(false);
  });

  it("accepts slug seeds and rejects anything that could carry markup", () => {
    expect(isArtSeed("che-shan-tuyet-2")).toBe(true);
    expect(isArtSeed("<script>")).toBe(false);
    expect(isArtSeed("a b")).toBe(false);
    expect(isArtSeed("")).toBe(false);
    expect(isArtSeed("x".repeat(121))).toBe(false);
  });

  it("builds the URL the route serves", () => {
    expect(productArtPath("thuc-pham", "oi-le")).toBe("/art/thuc-pham/oi-le.svg");
  });
});

describe("the art route", () => {
  const call = (group: string, seed: string) =>
    loader({
      params: { group, seed },
      request: new Request(`http://localhost/art/${group}/${seed}.svg`),
      context: {},
    });

  it("serves the picture as cacheable SVG", async () => {
    const res = call("thu-cong-my-nghe", "gom-bat-trang");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get("Cache-Control")).toContain("max-age=31536000");
    expect(await res.text()).toBe(renderProductArt("thu-cong-my-nghe", "gom-bat-trang"));
  });

  it("answers 404 for an unknown group or a malformed seed", () => {
    expect(call("vu-khi", "abc").status).toBe(404);
    expect(call("thuc-pham", "<svg onload=x>").status).toBe(404);
  });
});
