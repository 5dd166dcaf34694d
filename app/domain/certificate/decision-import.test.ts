import { describe, expect, it } from "vitest";
import {
  columnForHeader,
  parseLegalForm,
  parseScore,
  parseStars,
  readSheet,
  templateHeader,
} from "./decision-import.server";

describe("reading an annex", () => {
  it("recognises the columns in Vietnamese or English, with or without diacritics", () => {
    expect(columnForHeader("Tên sản phẩm")).toBe("productName");
    expect(columnForHeader("TEN SAN PHAM")).toBe("productName");
    expect(columnForHeader("Product name")).toBe("productName");
    expect(columnForHeader("Giá bán (đồng)")).toBe("price");
    expect(columnForHeader("gia ban")).toBe("price");
    expect(columnForHeader("Xã/phường")).toBe("commune");
    expect(columnForHeader("Mã xã")).toBe("commune");
    expect(columnForHeader("Hạng sao")).toBe("stars");
    expect(columnForHeader("Nhà sản xuất")).toBe("producerName");
    expect(columnForHeader("Ghi chú")).toBeNull();
    // The template's own headers, both languages, are all recognised.
    for (const lang of ["vi", "en"] as const) {
      for (const h of templateHeader(lang)) expect(columnForHeader(h)).not.toBeNull();
    }
  });

  it("reads legal forms, stars and scores as officials write them", () => {
    expect(parseLegalForm("HTX")).toBe("cooperative");
    expect(parseLegalForm("Hợp tác xã")).toBe("cooperative");
    expect(parseLegalForm("tổ hợp tác")).toBe("cooperative_group");
    expect(parseLegalForm("Công ty TNHH Trà Việt")).toBe("enterprise");
    expect(parseLegalForm("Hộ kinh doanh")).toBe("household");
    expect(parseLegalForm("Hội")).toBeNull();
    expect(parseStars("4")).toBe(4);
    expect(parseStars("4 sao")).toBe(4);
    expect(parseStars("5★")).toBe(5);
    expect(parseStars("6")).toBeNull();
    expect(parseScore("85")).toBe(85);
    expect(parseScore("85.0")).toBe(85);
    expect(parseScore("85,5")).toBeNull();
    expect(parseScore("101")).toBeNull();
  });

  it("finds the header under a title, keeps the sheet's row numbers and skips blank rows", async () => {
    const csv =
      "\uFEFFPHỤ LỤC DANH SÁCH SẢN PHẨM;;;\n\n" +
      "STT;Tên sản phẩm;Mã bộ sản phẩm;Tên chủ thể;Loại hình;Tỉnh;Xã;Địa chỉ;Điểm\n" +
      '1;"Mật ong; loại 1";che;HTX A;HTX;25;08848;Thôn 1;80\n' +
      ";;;;;;;;\n" +
      "3;Chè;che;HTX A;HTX;25;08848;Thôn 1;70\n";
    const sheet = await readSheet(new TextEncoder().encode(csv));
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    expect(sheet.rows.map((r) => [r.row, r.cells.productName])).toEqual([
      [4, "Mật ong; loại 1"],
      [6, "Chè"],
    ]);
    expect(sheet.ignoredHeaders).toEqual([]);
  });

  it("drops control characters from cells and stores Vietnamese in one normal form", async () => {
    const decomposed = "Ma\u0323\u0302t ong"; // "Mật ong" typed with combining marks
    const csv =
      "STT;Tên sản phẩm;Mã bộ sản phẩm;Tên chủ thể;Loại hình;Tỉnh;Xã;Địa chỉ;Điểm\n" +
      `1;${decomposed}\u0000;che;HTX\u001b A;HTX;25;08848;Thôn 1;80\n`;
    const sheet = await readSheet(new TextEncoder().encode(csv));
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    expect(sheet.rows.map((r) => [r.cells.productName, r.cells.producerName])).toEqual([
      ["Mật ong", "HTX A"],
    ]);
  });
});
