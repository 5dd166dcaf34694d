/**
 * The rating rules of each legal basis, as data: the score bands, who recognises which stars,
 * whether a provincial 90+ result is "4★, potential 5★", and whether 1–2★ results are
 * evaluation results without a decision. The forms, the import and the seed read this table;
 * docs/ocop-rules.md says where each rule was read. No database, no drizzle: the browser uses it.
 */
export type RatingLevel = "ministry" | "province" | "district";
export type StarCount = 1 | 2 | 3 | 4 | 5;

export type BasisRules = {
  basisCode: string;
  /** Lowest score of each star band, highest first. */
  bands: readonly { min: number; stars: StarCount }[];
  /** The stars each level recognises by a decision. */
  recognises: Readonly<Record<RatingLevel, readonly StarCount[]>>;
  /** A level may act only before this day (districts: abolished on 1 July 2025). */
  levelUntil: Readonly<Partial<Record<RatingLevel, string>>>;
  /**
   * A score at or above `minScore` at the province: recognised 4★ by the province and
   * proposed to the ministry for 5★. Null: not under this basis.
   */
  potentialFive: { level: RatingLevel; minScore: number; stars: StarCount } | null;
  /**
   * 1–2★ and "not achieved" are evaluation results, not decisions: no document number,
   * never public. False: a record may carry the council's minutes number.
   */
  evaluationWithoutDecision: boolean;
};

/** 90–100 5★, 70–89 4★, 50–69 3★, 30–49 2★, below 30 1★: the same under every basis so far. */
const BANDS: BasisRules["bands"] = [
  { min: 90, stars: 5 },
  { min: 70, stars: 4 },
  { min: 50, stars: 3 },
  { min: 30, stars: 2 },
  { min: 0, stars: 1 },
];

const MINISTRY_PROVINCE: BasisRules["recognises"] = {
  ministry: [5],
  province: [3, 4],
  district: [],
};

const BEFORE_2023 = {
  bands: BANDS,
  recognises: MINISTRY_PROVINCE,
  levelUntil: {},
  potentialFive: null,
  evaluationWithoutDecision: false,
} as const;

export const BASIS_RULES: readonly BasisRules[] = [
  { basisCode: "2018", ...BEFORE_2023 },
  { basisCode: "2019", ...BEFORE_2023 },
  { basisCode: "2020", ...BEFORE_2023 },
  { basisCode: "2022", ...BEFORE_2023 },
  {
    // 148/QĐ-TTg: the district recognised 3★ until districts were abolished.
    basisCode: "2023",
    bands: BANDS,
    recognises: { ministry: [5], province: [3, 4], district: [3] },
    levelUntil: { district: "2025-07-01" },
    potentialFive: { level: "province", minScore: 90, stars: 4 },
    evaluationWithoutDecision: false,
  },
  {
    // 1489/QĐ-TTg: two-level local government, the commune proposes and the province recognises.
    basisCode: "2025",
    bands: BANDS,
    recognises: MINISTRY_PROVINCE,
    levelUntil: { district: "2025-07-01" },
    potentialFive: { level: "province", minScore: 90, stars: 4 },
    evaluationWithoutDecision: true,
  },
  {
    // 26/2026/QĐ-TTg (secondary source): same bands, province 3–4★, ministry 5★, no 1–2★ decision.
    basisCode: "2026",
    bands: BANDS,
    recognises: MINISTRY_PROVINCE,
    levelUntil: { district: "2025-07-01" },
    potentialFive: null,
    evaluationWithoutDecision: true,
  },
];

/** The rules of a basis; an unknown code gets the strictest reading (no district, no 4★+). */
export function rulesFor(basisCode: string): BasisRules {
  return (
    BASIS_RULES.find((r) => r.basisCode === basisCode) ?? {
      basisCode,
      bands: BANDS,
      recognises: MINISTRY_PROVINCE,
      levelUntil: { district: "2025-07-01" },
      potentialFive: null,
      evaluationWithoutDecision: true,
    }
  );
}

export function bandStars(rules: BasisRules, score: number): StarCount {
  for (const b of rules.bands) if (score >= b.min) return b.stars;
  return 1;
}
