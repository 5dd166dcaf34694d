import { describe, expect, it } from "vitest";
import {
  ART_GROUPS,
  ART_KINDS,
  ART_SETS,
  isArtKind,
  isArtSeed,
  productArtPath,
  renderProductArt,
} from "./product-art";
import { DEMO_SETS } from "../../db/seed/data";
import { loader } from "../routes/art.$kind.$seed[.]svg";

function expectWellFormed(svg: string) {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"')).toBe(
    true,
  );
  expect(svg.endsWith("</svg>")).toBe(true);
  expect(svg).not.toMatch(/NaN|undefined|Infinity|null/);
  // No text and nothing fetched: a picture that stays self-contained and language-neutral.
  expect(svg).not.toMatch(/<text|<image|<script|href=|url\((?!#)/);
  // Every element is self-closed or closed: count opening vs closing tags.
  const opened = [...svg.matchAll(/<([a-zA-Z]+)[^>]*?(\/?)>/g)].filter((m) => m[2] !== "/").length;
  const closed = [...svg.matchAll(/<\/[a-zA-Z]+>/g)].length;
  expect(opened).toBe(closed);
}

describe("renderProductArt", () => {
  it("draws a well-formed, self-contained SVG for every kind and many seeds", () => {
    for (const kind of ART_KINDS) {
      for (let i = 0; i < 12; i++) expectWellFormed(renderProductArt(kind, `${kind}-${i}`));
    }
  });

  it("is deterministic for every kind", () => {
    for (const kind of ART_KINDS) {
      expect(renderProductArt(kind, "ruou-nep-cai")).toBe(renderProductArt(kind, "ruou-nep-cai"));
    }
  });

  it("differs by seed within every kind", () => {
    for (const kind of ART_KINDS) {
      const many = new Set(
        Array.from({ length: 20 }, (_, i) => renderProductArt(kind, `san-pham-${i}`)),
      );
      expect(many.size, kind).toBe(20);
    }
  });

  it("draws a set differently from its group and from its sibling sets", () => {
    const seed = "che-shan-tuyet";
    const pictures = new Set(ART_KINDS.map((kind) => renderProductArt(kind, seed)));
    expect(pictures.size).toBe(ART_KINDS.length);
  });
});

describe("art parameters", () => {
  it("accepts the six groups and every product set the demo catalogue files under", () => {
    expect(ART_GROUPS.every(isArtKind)).toBe(true);
    expect(ART_SETS.every(isArtKind)).toBe(true);
    const demoSets = Object.values(DEMO_SETS).flat();
    expect(demoSets.filter((s) => !isArtKind(s))).toEqual([]);
    expect([...ART_SETS].sort()).toEqual([...demoSets].sort());
  });

  it("rejects unknown kinds", () => {
    for (const kind of [
      "vu-khi",
      "",
      "che ",
      "CHE",
      "thao-duoc-khac",
      "constructor",
      "__proto__",
    ]) {
      expect(isArtKind(kind), kind).toBe(false);
    }
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
    expect(productArtPath("che", "che-shan-tuyet")).toBe("/art/che/che-shan-tuyet.svg");
  });
});

describe("the art route", () => {
  const call = (kind: string, seed: string) =>
    loader({
      params: { kind, seed },
      request: new Request(`http://localhost/art/${kind}/${seed}.svg`),
      context: {},
    });

  it("serves a group picture (published URLs) as cacheable SVG", async () => {
    const res = call("thu-cong-my-nghe", "gom-bat-trang");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get("Cache-Control")).toContain("max-age=31536000");
    expect(await res.text()).toBe(renderProductArt("thu-cong-my-nghe", "gom-bat-trang"));
  });

  it("serves a set picture", async () => {
    const res = call("tinh-dau", "tinh-dau-sa-chanh");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(renderProductArt("tinh-dau", "tinh-dau-sa-chanh"));
  });

  it("answers 404 for an unknown kind or a malformed seed", () => {
    expect(call("vu-khi", "abc").status).toBe(404);
    expect(call("thao-duoc-khac", "abc").status).toBe(404);
    expect(call("thuc-pham", "<svg onload=x>").status).toBe(404);
    expect(call("che", "../etc").status).toBe(404);
  });
});
