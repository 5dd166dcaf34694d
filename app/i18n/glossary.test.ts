import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS } from "~/domain/certificate/decision-import-columns";
import {
  describeViolations,
  GLOSSARY,
  GLOSSARY_EXCEPTIONS,
  glossaryViolations,
  variantPattern,
} from "./glossary";
import { messages } from "./messages";

const HELP =
  "\n\nThese texts use a wording the glossary says not to use. Change the message to the glossary term " +
  "(app/i18n/glossary.ts, docs/glossary.md). Only a quotation of a legal text or similar may be excused, " +
  "with its reason, in GLOSSARY_EXCEPTIONS.\n";

/** The decision import's template headers: people read and type them, so they follow the glossary. */
function importHeaders(lang: "vi" | "en"): Record<string, string> {
  return Object.fromEntries(IMPORT_COLUMNS.map((c) => [`import column ${c.key}`, c[lang]]));
}

describe("the glossary", () => {
  it("is used by every Vietnamese message, e-mail and import header", () => {
    const violations = glossaryViolations("vi", { ...messages.vi, ...importHeaders("vi") });
    expect(violations, describeViolations(violations) + HELP).toEqual([]);
  });

  it("is used by every English message, e-mail and import header", () => {
    const violations = glossaryViolations("en", { ...messages.en, ...importHeaders("en") });
    expect(violations, describeViolations(violations) + HELP).toEqual([]);
  });

  it("matches whole words whatever their case, and not inside other words", () => {
    const [producer] = GLOSSARY;
    const nhaSanXuat = variantPattern(producer!.avoid.vi[0]!);
    expect("Nhà sản xuất đã nhận tiền".match(nhaSanXuat)?.[0]).toBe("Nhà sản xuất");
    expect("Thêm NHÀ SẢN XUẤT".match(nhaSanXuat)).not.toBeNull();
    // Decomposed diacritics (NFD) are folded before matching.
    const decomposed = glossaryViolations("vi", { k: "Nhà sản xuất".normalize("NFD") });
    expect(decomposed.map((v) => v.key)).toEqual(["k"]);
    const seller = variantPattern({ text: "seller" });
    expect("the bestseller list".match(seller)).toBeNull();
    expect("Returned to the seller.".match(seller)?.[0]).toBe("seller");
    const householdVi = glossaryViolations("vi", {
      a: "hộ sản xuất kinh doanh (as the decision writes it)",
      b: "từ hợp tác xã và hộ sản xuất",
    });
    expect(householdVi.map((v) => v.key)).toEqual(["b"]);
    const showroom = glossaryViolations("vi", {
      a: "Điểm giới thiệu và bán sản phẩm OCOP",
      b: "Điểm giới thiệu sản phẩm",
    });
    expect(showroom.map((v) => v.key)).toEqual(["b"]);
  });

  it("names the key, the variant and the term to use when a message strays", () => {
    const message = describeViolations(
      glossaryViolations("vi", { "x.title": "OCOP 5 sao cấp trung ương" }),
    );
    expect(message).toContain("[vi] x.title");
    expect(message).toContain("“trung ương” → use “cấp quốc gia (OCOP 5 sao cấp quốc gia)”");
  });

  it("excuses only messages that exist and still use the variant", () => {
    for (const e of GLOSSARY_EXCEPTIONS) {
      const text = (messages[e.lang] as Record<string, string>)[e.key];
      expect(text, `exception for ${e.key} names no message`).toBeDefined();
      expect(text!.toLowerCase(), `exception for ${e.key} is no longer needed`).toContain(
        e.variant.toLowerCase(),
      );
      expect(e.reason.length).toBeGreaterThan(10);
    }
  });

  it("is the table docs/glossary.md shows", () => {
    const doc = readFileSync(new URL("../../docs/glossary.md", import.meta.url), "utf8").normalize(
      "NFC",
    );
    const missing: string[] = [];
    for (const entry of GLOSSARY) {
      for (const term of [
        entry.vi,
        entry.en,
        ...entry.avoid.vi.map((a) => a.text),
        ...entry.avoid.en.map((a) => a.text),
      ]) {
        if (!doc.includes(term.normalize("NFC"))) missing.push(`${entry.id}: ${term}`);
      }
    }
    for (const e of GLOSSARY_EXCEPTIONS)
      if (!doc.includes(e.key)) missing.push(`exception ${e.key}`);
    expect(missing, "docs/glossary.md lacks these terms of app/i18n/glossary.ts").toEqual([]);
  });
});
