import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "./csv";

describe("CSV for spreadsheets", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const text = toCsv([
      ["Mã đơn", "Sản phẩm"],
      ["OC-ABC-DEFG", "Mật ong bạc hà"],
    ]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toBe(`${UTF8_BOM}Mã đơn,Sản phẩm\r\nOC-ABC-DEFG,Mật ong bạc hà\r\n`);
    // Vietnamese survives as UTF-8 bytes: EF BB BF first, then the text.
    const bytes = Buffer.from(text, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("Mật ong bạc hà");
  });

  it("quotes commas, quotes, line breaks and edge spaces (RFC 4180)", () => {
    expect(csvCell("Số 12, ngõ 34")).toBe('"Số 12, ngõ 34"');
    expect(csvCell('Chè "Tân Cương"')).toBe('"Chè ""Tân Cương"""');
    expect(csvCell("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvCell(" lề ")).toBe('" lề "');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil","Bấm")')).toBe(
      '"\'=HYPERLINK(""http://evil"",""Bấm"")"',
    );
    expect(csvCell("+84912345678")).toBe("'+84912345678");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    // Only the start matters; ordinary text and numbers pass unchanged.
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(120000)).toBe("120000");
    expect(csvCell(Number.NaN)).toBe("");
  });
});
