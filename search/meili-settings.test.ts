import { describe, expect, it } from "vitest";
import type { Settings } from "meilisearch";
import { foldVietnamese } from "../app/lib/text";
import type { SearchDocument } from "./document";
import {
  buildSynonyms,
  FILTERABLE_ATTRIBUTES,
  INDEX_SETTINGS,
  PRIMARY_KEY,
  RANKING_RULES,
  SEARCHABLE_ATTRIBUTES,
  settingsDiff,
  SORTABLE_ATTRIBUTES,
} from "./meili-settings";

/** A complete document: the compiler insists every field is here, so its keys are the real ones. */
const SAMPLE: SearchDocument = {
  id: 1,
  slug: "mat-ong-hoa-nhan",
  nameVi: "Mật ong hoa nhãn",
  nameEn: "Longan honey",
  descriptionVi: "",
  producerName: "HTX",
  producerSlug: "htx",
  communeName: "Xã Phú Xuyên",
  provinceCode: "01",
  provinceName: "Thành phố Hà Nội",
  formerPlaceNames: [],
  groupCode: "thuc-pham",
  groupNameVi: "Thực phẩm",
  groupNameEn: "Food",
  setNameVi: "Mật ong",
  setNameEn: "Honey",
  priceVnd: 185_000,
  stars: 4,
  validUntil: "2027-01-01",
  validUntilDay: 20819,
  createdAt: 0,
  fairs: [],
  showrooms: [],
};
const documentKeys = Object.keys(SAMPLE);

describe("index settings", () => {
  it("names only fields the search document has", () => {
    for (const a of [
      PRIMARY_KEY,
      ...SEARCHABLE_ATTRIBUTES,
      ...FILTERABLE_ATTRIBUTES,
      ...SORTABLE_ATTRIBUTES,
    ]) {
      expect(documentKeys).toContain(a);
    }
  });

  it("searches the name first and the description last, each field once", () => {
    expect(SEARCHABLE_ATTRIBUTES[0]).toBe("nameVi");
    expect(SEARCHABLE_ATTRIBUTES.at(-1)).toBe("descriptionVi");
    expect(new Set(SEARCHABLE_ATTRIBUTES).size).toBe(SEARCHABLE_ATTRIBUTES.length);
  });

  it("filters on validity and stars, which every query uses", () => {
    expect(FILTERABLE_ATTRIBUTES).toContain("validUntilDay");
    expect(FILTERABLE_ATTRIBUTES).toContain("stars");
  });

  it("ranks by relevance first, then the chosen sort, stars as the last tie-breaker", () => {
    expect(RANKING_RULES).toEqual([
      "words",
      "typo",
      "proximity",
      "attribute",
      "sort",
      "exactness",
      "stars:desc",
    ]);
    const sortable: readonly string[] = SORTABLE_ATTRIBUTES;
    expect(sortable).toContain("stars");
  });

  it("pages through at most 200 results and allows a typo in four-letter words", () => {
    expect(INDEX_SETTINGS.pagination.maxTotalHits).toBe(200);
    expect(INDEX_SETTINGS.typoTolerance.enabled).toBe(true);
    expect(INDEX_SETTINGS.typoTolerance.minWordSizeForTypos.oneTypo).toBeLessThanOrEqual(4);
  });
});

describe("synonyms", () => {
  const synonyms = INDEX_SETTINGS.synonyms;

  it("holds the regional pairs in accented and folded forms", () => {
    expect(synonyms["chè"]).toEqual(expect.arrayContaining(["trà", "tra"]));
    expect(synonyms["tra"]).toEqual(expect.arrayContaining(["chè", "che"]));
    expect(synonyms["heo"]).toEqual(expect.arrayContaining(["lợn", "lon"]));
    expect(synonyms["dua"]).toEqual(expect.arrayContaining(["thơm", "khóm", "khom"]));
    expect(synonyms["banh trang"]).toEqual(expect.arrayContaining(["bánh đa nem", "banh da nem"]));
    expect(synonyms["ngô"]).toContain("bap");
    expect(synonyms["vừng"]).toContain("mè");
    expect(synonyms["mỳ"]).toContain("mi");
  });

  it("is mutual, and never maps a word to its own folded form", () => {
    for (const [term, others] of Object.entries(synonyms)) {
      for (const o of others) {
        expect(synonyms[o], `${o} → ${term}`).toContain(term);
        expect(foldVietnamese(o)).not.toBe(foldVietnamese(term));
      }
    }
  });

  it("has a folded key for every accented key", () => {
    for (const term of Object.keys(synonyms)) expect(synonyms[foldVietnamese(term)]).toBeDefined();
  });

  it("builds from groups", () => {
    expect(buildSynonyms([["Mè", "vừng"]])).toEqual({
      me: ["vung", "vừng"],
      mè: ["vung", "vừng"],
      vung: ["me", "mè"],
      vừng: ["me", "mè"],
    });
  });
});

describe("settingsDiff", () => {
  /** What a server returns once our settings are applied: other keys, other orders. */
  const applied: Settings = {
    displayedAttributes: ["*"],
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES].reverse(),
    sortableAttributes: [...SORTABLE_ATTRIBUTES].reverse(),
    rankingRules: [...RANKING_RULES],
    stopWords: [],
    synonyms: Object.fromEntries(
      Object.entries(INDEX_SETTINGS.synonyms)
        .reverse()
        .map(([k, v]) => [k, [...v].reverse()]),
    ),
    distinctAttribute: null,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnWords: [],
      disableOnAttributes: [],
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
    pagination: { maxTotalHits: 200 },
  };

  it("is empty when the server already has our settings", () => {
    expect(settingsDiff(applied)).toEqual({});
  });

  it("holds every setting of a fresh index", () => {
    const fresh: Settings = {
      searchableAttributes: ["*"],
      filterableAttributes: [],
      sortableAttributes: [],
      rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
      synonyms: {},
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
      faceting: { maxValuesPerFacet: 100 },
      pagination: { maxTotalHits: 1000 },
    };
    expect(Object.keys(settingsDiff(fresh)).sort()).toEqual(
      [
        "filterableAttributes",
        "pagination",
        "rankingRules",
        "searchableAttributes",
        "sortableAttributes",
        "synonyms",
        "typoTolerance",
      ].sort(),
    );
  });

  it("sends only what differs, and sees order where it matters", () => {
    expect(
      settingsDiff({ ...applied, searchableAttributes: [...SEARCHABLE_ATTRIBUTES].reverse() }),
    ).toEqual({
      searchableAttributes: INDEX_SETTINGS.searchableAttributes,
    });
    expect(settingsDiff({ ...applied, synonyms: { ...applied.synonyms, che: ["tra"] } })).toEqual({
      synonyms: INDEX_SETTINGS.synonyms,
    });
    expect(settingsDiff({ ...applied, filterableAttributes: ["stars"] })).toEqual({
      filterableAttributes: INDEX_SETTINGS.filterableAttributes,
    });
  });
});
