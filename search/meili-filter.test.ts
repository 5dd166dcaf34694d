import { describe, expect, it } from "vitest";
import { dayNumber } from "./document";
import { buildFilter, buildSort, facetIsFiltered, quoteValue } from "./meili-filter";
import { FILTERABLE_ATTRIBUTES, SORTABLE_ATTRIBUTES } from "./meili-settings";
import { SEARCH_SORTS } from "./port";

/**
 * Reads one double-quoted value back the way Meilisearch's filter parser does: the value ends
 * at the first quote not preceded by a backslash; `\"` becomes `"`, then `\\` becomes `\`.
 * Returns the value and what follows the closing quote.
 */
function readQuoted(s: string): { value: string; rest: string } {
  if (s[0] !== '"') throw new Error("not quoted");
  let i = 1;
  while (i < s.length && s[i] !== '"') i += s[i] === "\\" ? 2 : 1;
  if (i >= s.length) throw new Error("unterminated");
  const raw = s.slice(1, i).replace(/\\"/g, '"').replace(/\\\\/g, "\\");
  return { value: raw, rest: s.slice(i + 1) };
}

const TODAY = "2026-06-15";

describe("buildFilter", () => {
  it("always checks validity against today and certified stars, even without filters", () => {
    expect(buildFilter({}, TODAY)).toEqual([`validUntilDay >= ${dayNumber(TODAY)}`, "stars >= 3"]);
    expect(dayNumber(TODAY)).toBe(20619);
  });

  it("moves the validity bound with the day, so expiry needs no sync", () => {
    const [today] = buildFilter({}, "2026-06-15");
    const [tomorrow] = buildFilter({}, "2026-06-16");
    expect(today).toBe("validUntilDay >= 20619");
    expect(tomorrow).toBe("validUntilDay >= 20620");
  });

  it("adds each filter", () => {
    expect(
      buildFilter(
        {
          group: "thuc-pham",
          minStars: 4,
          province: "66",
          priceMin: 50_000,
          priceMax: 200_000,
          fair: "hoi-cho-ocop-2026",
          showroom: "ga-ha-noi",
        },
        TODAY,
      ),
    ).toEqual([
      "validUntilDay >= 20619",
      "stars >= 3",
      "stars >= 4",
      'groupCode = "thuc-pham"',
      'provinceCode = "66"',
      "priceVnd >= 50000",
      "priceVnd <= 200000",
      'fairs = "hoi-cho-ocop-2026"',
      'showrooms = "ga-ha-noi"',
    ]);
  });

  it("keeps a price bound of zero and drops numbers that are not finite", () => {
    expect(buildFilter({ priceMin: 0, priceMax: Number.NaN, minStars: Infinity }, TODAY)).toEqual([
      "validUntilDay >= 20619",
      "stars >= 3",
      "priceVnd >= 0",
    ]);
  });

  it("never lowers the certified minimum: minStars 1 still means 3 or more", () => {
    expect(buildFilter({ minStars: 1 }, TODAY)).toEqual(["validUntilDay >= 20619", "stars >= 3"]);
  });

  it("leaves out one facet's own filter for that facet's counts, but never validity", () => {
    const filters = { group: "do-uong", minStars: 5, province: "01", priceMax: 100 };
    expect(buildFilter(filters, TODAY, "province")).toEqual([
      "validUntilDay >= 20619",
      "stars >= 3",
      "stars >= 5",
      'groupCode = "do-uong"',
      "priceVnd <= 100",
    ]);
    expect(buildFilter(filters, TODAY, "stars")).not.toContain("stars >= 5");
    expect(buildFilter(filters, TODAY, "stars")).toContain("stars >= 3");
    expect(buildFilter(filters, TODAY, "group")).not.toContain('groupCode = "do-uong"');
  });

  it("rejects a malformed day instead of filtering on NaN", () => {
    expect(() => buildFilter({}, "15/06/2026")).toThrow(/YYYY-MM-DD/);
  });

  it("only names filterable attributes", () => {
    const filters = {
      group: "g",
      minStars: 4,
      province: "p",
      priceMin: 1,
      priceMax: 2,
      fair: "f",
      showroom: "s",
    };
    for (const c of buildFilter(filters, TODAY)) {
      expect(FILTERABLE_ATTRIBUTES).toContain(c.split(" ")[0]);
    }
  });
});

describe("quoteValue", () => {
  const hostile = [
    'thuc-pham" OR stars < 3 OR groupCode = "x',
    'a\\" OR stars < 3',
    "ends with a backslash\\",
    '\\\\"',
    "'single' and \"double\"",
    "plain",
    "",
  ];

  it.each(hostile)("round-trips %j as one value with nothing after it", (value) => {
    const quoted = quoteValue(value);
    const { value: read, rest } = readQuoted(quoted);
    expect(read).toBe(value);
    expect(rest).toBe("");
  });

  it("escapes quotes and backslashes", () => {
    expect(quoteValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it("keeps an injected condition inside the group value", () => {
    const [, , group] = buildFilter({ group: 'x" OR stars < 3 OR groupCode = "y' }, TODAY);
    expect(group?.startsWith("groupCode = ")).toBe(true);
    const { value, rest } = readQuoted(group!.slice("groupCode = ".length));
    expect(value).toBe('x" OR stars < 3 OR groupCode = "y');
    expect(rest).toBe("");
  });
});

describe("facetIsFiltered", () => {
  it("is true only when the facet's own filter narrows", () => {
    expect(facetIsFiltered({}, "group")).toBe(false);
    expect(facetIsFiltered({ group: "thuc-pham" }, "group")).toBe(true);
    expect(facetIsFiltered({ province: "01" }, "province")).toBe(true);
    expect(facetIsFiltered({ minStars: 3 }, "stars")).toBe(false);
    expect(facetIsFiltered({ minStars: 4 }, "stars")).toBe(true);
  });
});

describe("buildSort", () => {
  it("maps each sort choice", () => {
    expect(buildSort("relevance")).toBeUndefined();
    expect(buildSort("price-asc")).toEqual(["priceVnd:asc"]);
    expect(buildSort("price-desc")).toEqual(["priceVnd:desc"]);
    expect(buildSort("stars")).toEqual(["stars:desc", "createdAt:desc"]);
    expect(buildSort("newest")).toEqual(["createdAt:desc"]);
  });

  it("only sorts on sortable attributes", () => {
    for (const s of SEARCH_SORTS) {
      for (const e of buildSort(s) ?? []) expect(SORTABLE_ATTRIBUTES).toContain(e.split(":")[0]);
    }
  });
});
