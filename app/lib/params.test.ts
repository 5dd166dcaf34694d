import { describe, expect, it } from "vitest";
import {
  cleanText,
  hasControlCharacters,
  idField,
  INT4_MAX,
  integerField,
  parseId,
  parseInteger,
  parseIsoDate,
  parsePage,
  parseSlug,
  requireIdParam,
} from "./params";

describe("parseInteger", () => {
  it("reads plain decimal digits within the range", () => {
    expect(parseInteger("12")).toBe(12);
    expect(parseInteger("0")).toBe(0);
    expect(parseInteger("-5")).toBe(-5);
    expect(parseInteger(String(INT4_MAX))).toBe(INT4_MAX);
    expect(parseInteger("-2147483648")).toBe(-2147483648);
  });

  it("refuses what Number() would take but a person does not mean", () => {
    for (const raw of [
      "1e3",
      "0x10",
      " 12",
      "12 ",
      "12abc",
      "1.5",
      "+3",
      "",
      "-",
      "١٢",
      "12\u0000",
    ])
      expect(parseInteger(raw), JSON.stringify(raw)).toBeNull();
    expect(parseInteger(undefined)).toBeNull();
    expect(parseInteger(null)).toBeNull();
  });

  it("checks a number already read the same way", () => {
    expect(parseInteger(12)).toBe(12);
    expect(parseInteger(1.5)).toBeNull();
    expect(parseInteger(2147483648)).toBeNull();
    expect(parseInteger(Number.NaN)).toBeNull();
  });

  it("refuses what a Postgres integer column cannot hold", () => {
    expect(parseInteger("2147483648")).toBeNull();
    expect(parseInteger("-2147483649")).toBeNull();
    expect(parseInteger("99999999999")).toBeNull();
    expect(parseInteger("9".repeat(100_000))).toBeNull();
  });

  it("keeps to a narrower range, and refuses a minus sign when negatives are out", () => {
    expect(parseInteger("5", { min: 1, max: 5 })).toBe(5);
    expect(parseInteger("6", { min: 1, max: 5 })).toBeNull();
    expect(parseInteger("-1", { min: 0 })).toBeNull();
    expect(parseInteger("-0", { min: 0 })).toBeNull();
  });

  it("goes past 32 bits only when asked, and never past a double's exact integers", () => {
    const big = { min: 1, max: Number.MAX_SAFE_INTEGER };
    expect(parseInteger("99999999999", big)).toBe(99_999_999_999);
    expect(parseInteger("9007199254740993", big)).toBeNull();
  });
});

describe("ids", () => {
  it("are 1 to the largest serial", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId(String(INT4_MAX))).toBe(INT4_MAX);
    expect(parseId("0")).toBeNull();
    expect(parseId("2147483648")).toBeNull();
    expect(parseId("-1")).toBeNull();
  });

  it("in a path: a malformed one is a 404 Response", () => {
    expect(requireIdParam("42")).toBe(42);
    for (const raw of [undefined, "", "99999999999", "4x", "0x10"]) {
      let thrown: unknown;
      try {
        requireIdParam(raw);
      } catch (e) {
        thrown = e;
      }
      expect(thrown instanceof Response && thrown.status, String(raw)).toBe(404);
    }
  });

  it("in a form: zod fields that carry the given message", () => {
    expect(idField("bad").safeParse("7")).toEqual({ success: true, data: 7 });
    const refused = idField("bad").safeParse("99999999999");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("bad");
    expect(integerField("q", { min: 1, max: 99 }).safeParse(" 3 ")).toEqual({
      success: true,
      data: 3,
    });
    expect(integerField("q", { min: 1, max: 99 }).safeParse("1e2").success).toBe(false);
    expect(integerField("q", { min: 1, max: 99 }).safeParse(undefined).success).toBe(false);
  });
});

describe("parsePage", () => {
  it("is 1 for anything unusable and at most the cap", () => {
    expect(parsePage("3")).toBe(3);
    for (const raw of [null, "", "0", "-1", "abc", "1e3", "2.5"]) expect(parsePage(raw)).toBe(1);
    expect(parsePage("99999999999999")).toBe(10_000);
    expect(parsePage("50", 20)).toBe(20);
  });
});

describe("parseIsoDate", () => {
  it("takes real calendar days", () => {
    expect(parseIsoDate("2026-02-28")).toBe("2026-02-28");
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
    expect(parseIsoDate("2026-12-31")).toBe("2026-12-31");
  });

  it("refuses days no calendar has, and years Postgres refuses", () => {
    for (const raw of [
      "2026-02-30",
      "2025-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "0000-01-01",
      "0999-12-31",
      "20260-01-01",
      "2026-1-1",
      "2026-01-01T00:00:00Z",
      " 2026-01-01",
      "",
    ])
      expect(parseIsoDate(raw), raw).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });
});

describe("text", () => {
  it("finds control characters other than tab and line breaks", () => {
    expect(hasControlCharacters("a\u0000b")).toBe(true);
    expect(hasControlCharacters("\u001b[31m")).toBe(true);
    expect(hasControlCharacters("a\u007f")).toBe(true);
    expect(hasControlCharacters("dòng 1\r\n\tdòng 2")).toBe(false);
  });

  it("cleans to NFC without control characters", () => {
    expect(cleanText("Ma\u0323\u0302t\u0000 ong")).toBe("Mật ong");
    expect(cleanText("Mật ong").length).toBe(7);
    expect(cleanText("a\tb\nc")).toBe("a\tb\nc");
  });
});

describe("parseSlug", () => {
  it("takes lowercase letters, digits and hyphens up to 160 characters", () => {
    expect(parseSlug("mat-ong-bac-kan-2")).toBe("mat-ong-bac-kan-2");
    expect(parseSlug("a".repeat(160))).toBe("a".repeat(160));
  });
  it("refuses anything else", () => {
    for (const raw of [
      "",
      "a".repeat(161),
      "Mat-Ong",
      "mật-ong",
      "a/b",
      "a b",
      "../x",
      "a\u0000",
      undefined,
      12,
    ])
      expect(parseSlug(raw), String(raw)).toBeNull();
  });
});
