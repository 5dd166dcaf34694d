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
