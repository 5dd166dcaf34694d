import { describe, expect, it } from "vitest";
import { highlightSegments, segmentsFromFormatted } from "./highlight";

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.filter((s) => s.match).map((s) => s.text);

describe("highlightSegments", () => {
  it("marks words typed without diacritics", () => {
    const s = highlightSegments("Mật ong hoa nhãn", "mat ong");
    expect(s.map((x) => x.text).join("")).toBe("Mật ong hoa nhãn");
    expect(marked(s)).toEqual(["Mật", "ong"]);
  });
  it("folds đ and matches word starts only", () => {
    expect(marked(highlightSegments("Cà phê Đắk Lắk", "dak lak"))).toEqual(["Đắk", "Lắk"]);
    expect(marked(highlightSegments("Sông Lô", "ong"))).toEqual([]);
    expect(marked(highlightSegments("Chè Shan tuyết", "tuy"))).toEqual(["tuy"]);
  });
  it("gives one unmarked segment without a match, none for empty text", () => {
    expect(highlightSegments("Gạo tám", "mat ong")).toEqual([{ text: "Gạo tám", match: false }]);
    expect(highlightSegments("", "mat")).toEqual([]);
    expect(highlightSegments("Gạo tám", "")).toEqual([{ text: "Gạo tám", match: false }]);
  });
});

describe("segmentsFromFormatted", () => {
  it("splits on the unique tags and drops them", () => {
    expect(segmentsFromFormatted("⟦Mật⟧ ⟦ong⟧ hoa", "⟦", "⟧")).toEqual([
      { text: "Mật", match: true },
      { text: " ", match: false },
      { text: "ong", match: true },
      { text: " hoa", match: false },
    ]);
  });
  it("keeps text that merely looks like HTML as text", () => {
    expect(segmentsFromFormatted("<b>x</b>", "⟦", "⟧")).toEqual([
      { text: "<b>x</b>", match: false },
    ]);
  });
});

describe("highlightSegments, more cases", () => {
  it("maps folded indices back when the text is stored decomposed (NFD)", () => {
    const nfd = "Mật ong".normalize("NFD");
    const s = highlightSegments(nfd, "mat");
    expect(s.map((x) => x.text).join("")).toBe(nfd);
    expect(marked(s)).toEqual(["Mật".normalize("NFD")]);
  });
  it("merges overlapping matches and ignores one-letter words", () => {
    expect(marked(highlightSegments("Trà Shan Tuyết", "tra tr t"))).toEqual(["Trà"]);
    expect(marked(highlightSegments("Phu Xuyen longan honey", "ong"))).toEqual([]);
  });
  it("marks every occurrence and leaves the rest untouched", () => {
    const s = highlightSegments("Mật ong, mật mía", "mat");
    expect(s).toEqual([
      { text: "Mật", match: true },
      { text: " ong, ", match: false },
      { text: "mật", match: true },
      { text: " mía", match: false },
    ]);
  });
});

describe("segmentsFromFormatted, malformed input", () => {
  it("never lets a tag reach the text, even unbalanced", () => {
    expect(segmentsFromFormatted("a⟧b ⟦c", "⟦", "⟧")).toEqual([
      { text: "ab ", match: false },
      { text: "c", match: true },
    ]);
    expect(segmentsFromFormatted("", "⟦", "⟧")).toEqual([]);
  });
  it("keeps markup inside a match as plain text", () => {
    expect(segmentsFromFormatted("⟦<script>⟧x", "⟦", "⟧")).toEqual([
      { text: "<script>", match: true },
      { text: "x", match: false },
    ]);
  });
});
