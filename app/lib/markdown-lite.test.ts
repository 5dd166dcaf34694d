import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdownLite, safeHref } from "./markdown-lite";

describe("parseMarkdownLite", () => {
  it("reads headings, paragraphs and lists", () => {
    const blocks = parseMarkdownLite("Intro line\nsecond line\n\n## Rights\n- one\n- two\nAfter");
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ kind: "text", text: "Intro line second line" }] },
      { kind: "heading", level: 2, content: [{ kind: "text", text: "Rights" }] },
      {
        kind: "list",
        items: [[{ kind: "text", text: "one" }], [{ kind: "text", text: "two" }]],
      },
      { kind: "paragraph", content: [{ kind: "text", text: "After" }] },
    ]);
  });

  it("keeps markup as text: nothing is HTML", () => {
    const blocks = parseMarkdownLite('<script>alert(1)</script>\n\n<img src=x onerror="x">');
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ kind: "text", text: "<script>alert(1)</script>" }] },
      { kind: "paragraph", content: [{ kind: "text", text: '<img src=x onerror="x">' }] },
    ]);
  });

  it("links same-site paths, https and mailto only", () => {
    expect(parseInline("See [the notice](/legal/privacy).")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "the notice", href: "/legal/privacy" },
      { kind: "text", text: "." },
    ]);
    expect(parseInline("[x](javascript:alert(1))")).toEqual([
      { kind: "text", text: "[x](javascript:alert(1))" },
    ]);
    expect(safeHref("//evil.example")).toBeNull();
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("https://online.gov.vn")).toBe("https://online.gov.vn");
    expect(safeHref("mailto:hotro@example.vn")).toBe("mailto:hotro@example.vn");
  });
});
