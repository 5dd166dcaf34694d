import { describe, expect, it } from "vitest";
import { fieldErrors } from "../account/schemas";
import {
  isDecisionNumber,
  issuerProblem,
  legalBasisOn,
  newDecisionSchema,
  normaliseDecisionNumber,
  onboardSchema,
  parseFormDate,
  parseWholeDong,
  starsForScore,
} from "./schemas";
import { LEGAL_BASES } from "../../../db/reference/legal-bases";

const BASES = LEGAL_BASES;
const dc = { today: "2026-03-15", bases: BASES };

const decision = {
  score: "",
  stars: "",
  decisionNumber: "1234/QĐ-UBND",
  decisionDate: "2026-02-10",
  issuingBody: "UBND tỉnh Phú Thọ",
  issuingLevel: "province",
  legalBasisCode: "",
};

const product = {
  producerId: "12",
  nameVi: "Mật ong hoa nhãn",
  nameEn: "",
  productSetId: "3",
  descriptionVi: "Mật ong nguyên chất từ hoa nhãn.",
  descriptionEn: "",
  unitVi: "Chai 500 ml",
  unitEn: "",
  priceVnd: "150.000",
  stock: "20",
  addressPrinted: "",
};

describe("star bands", () => {
  it("gives the stars of each score band, edges included", () => {
    const cases: [number, number][] = [
      [100, 5],
      [90, 5],
      [89, 4],
      [70, 4],
      [69, 3],
      [50, 3],
      [49, 2],
      [30, 2],
      [29, 1],
      [0, 1],
    ];
    for (const [score, stars] of cases) expect(starsForScore(score)).toBe(stars);
  });
});

describe("decision numbers, dates and money", () => {
  it("accepts the shapes decisions carry, typed loosely, and refuses the rest", () => {
    expect(normaliseDecisionNumber(" 1234 / qđ-ubnd ")).toBe("1234/QĐ-UBND");
    for (const ok of ["1234/QĐ-UBND", "15/2024/QĐ-UBND", "456/QĐ-BNN-VPĐP", "12/BB-HĐĐG"]) {
      expect(isDecisionNumber(normaliseDecisionNumber(ok))).toBe(true);
    }
    for (const bad of ["", "QĐ-UBND", "1234", "1234/", "abc/QĐ-UBND", "1234/Q"]) {
      expect(isDecisionNumber(normaliseDecisionNumber(bad))).toBe(false);
    }
  });

  it("reads ISO and Vietnamese dates, only real ones", () => {
    expect(parseFormDate("2025-02-28")).toBe("2025-02-28");
    expect(parseFormDate("5/3/2025")).toBe("2025-03-05");
    expect(parseFormDate("2025-02-30")).toBeNull();
    expect(parseFormDate("hôm qua")).toBeNull();
  });

  it("reads whole đồng with the separators people type", () => {
    expect(parseWholeDong("120000")).toBe(120_000);
    expect(parseWholeDong("120.000")).toBe(120_000);
    expect(parseWholeDong("1,250,000 đ")).toBe(1_250_000);
    expect(parseWholeDong("12.5")).toBeNull();
    expect(parseWholeDong("-5")).toBeNull();
  });

  it("picks the criteria in force on the decision date, the programme before any criteria", () => {
    expect(legalBasisOn("2018-05-01", BASES)).toBeNull();
    expect(legalBasisOn("2018-05-07", BASES)?.code).toBe("2018");
    expect(legalBasisOn("2019-08-20", BASES)?.code).toBe("2018");
    expect(legalBasisOn("2019-08-21", BASES)?.code).toBe("2019");
    expect(legalBasisOn("2020-06-08", BASES)?.code).toBe("2020");
    // 919/QĐ-TTg (a programme) never displaces the criteria in force.
    expect(legalBasisOn("2022-09-01", BASES)?.code).toBe("2020");
    expect(legalBasisOn("2023-02-24", BASES)?.code).toBe("2023");
    expect(legalBasisOn("2025-07-05", BASES)?.code).toBe("2023");
    expect(legalBasisOn("2025-07-06", BASES)?.code).toBe("2025");
    expect(legalBasisOn("2026-05-21", BASES)?.code).toBe("2025");
    expect(legalBasisOn("2026-05-22", BASES)?.code).toBe("2026");
  });
});

describe("who may issue what", () => {
  const base = { basisCode: "2023", decisionDate: "2024-05-01" };
  it("keeps 5★ for the ministry and the ministry for 5★", () => {
    expect(issuerProblem({ ...base, stars: 5, level: "ministry" })).toBeNull();
    expect(issuerProblem({ ...base, stars: 5, level: "province" })?.key).toBe(
      "acert.error.fiveStarsMinistry",
    );
    expect(issuerProblem({ ...base, stars: 4, level: "ministry" })?.key).toBe(
      "acert.error.ministryFiveOnly",
    );
  });
  it("lets a district recognise 3★ only under the 2023 rules and before 1 July 2025", () => {
    expect(issuerProblem({ ...base, stars: 3, level: "district" })).toBeNull();
    expect(issuerProblem({ ...base, stars: 4, level: "district" })?.key).toBe(
      "acert.error.districtThreeMax",
    );
    expect(
      issuerProblem({ stars: 3, level: "district", basisCode: "2019", decisionDate: "2021-01-01" })
        ?.key,
    ).toBe("acert.error.districtOnly2023");
    expect(
      issuerProblem({ stars: 3, level: "district", basisCode: "2023", decisionDate: "2025-07-01" })
        ?.key,
    ).toBe("acert.error.districtAbolished");
  });
  it("lets the province recognise 3★ and 4★ and record lower results", () => {
    for (const stars of [1, 2, 3, 4])
      expect(issuerProblem({ ...base, stars, level: "province" })).toBeNull();
  });
});

describe("onboarding schema", () => {
  it("derives the stars from the score and the legal basis from the date", () => {
    const r = onboardSchema(dc).safeParse({ ...product, ...decision, score: "78" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.stars).toBe(4);
    expect(r.data.score).toBe(78);
    // 10/02/2026: 26/2026/QĐ-TTg did not exist yet; 1489/QĐ-TTg was in force.
    expect(r.data.legalBasisCode).toBe("2025");
    expect(r.data.proposedForFive).toBe(false);
    expect(r.data.achieved).toBe(true);
    expect(r.data.priceVnd).toBe(150_000);
    expect(r.data.nameEn).toBeNull();
  });

  it("accepts the stars alone when the record has no score", () => {
    const r = onboardSchema(dc).safeParse({ ...product, ...decision, stars: "3" });
    expect(r.success && r.data.stars === 3 && r.data.score === null).toBe(true);
  });

  it("says which field is wrong, field by field", () => {
    const errors = (input: Record<string, string>) => {
      const r = onboardSchema(dc).safeParse(input);
      return r.success ? {} : fieldErrors(r.error);
    };
    expect(errors({ ...product, ...decision, score: "78", stars: "5" })).toEqual({
      stars: "acert.error.starsDisagree",
    });
    expect(errors({ ...product, ...decision })).toEqual({ score: "acert.error.scoreOrStars" });
    expect(errors({ ...product, ...decision, score: "101" })).toEqual({
      score: "acert.error.score",
    });
    expect(errors({ ...product, ...decision, score: "95", stars: "5" })).toEqual({
      issuingLevel: "acert.error.fiveStarsMinistry",
    });
    expect(errors({ ...product, ...decision, score: "95", legalBasisCode: "2019" })).toEqual({
      issuingLevel: "acert.error.fiveStarsMinistry",
    });
    expect(errors({ ...product, ...decision, score: "80", decisionDate: "2026-03-16" })).toEqual({
      decisionDate: "acert.error.decisionDateFuture",
    });
    expect(errors({ ...product, ...decision, score: "80", decisionDate: "2018-05-06" })).toEqual({
      decisionDate: "acert.error.decisionDateTooOld",
    });
    expect(
      errors({
        ...product,
        ...decision,
        score: "80",
        decisionDate: "2024-01-10",
        legalBasisCode: "2025",
      }),
    ).toEqual({ legalBasisCode: "acert.error.legalBasisLater" });
    expect(errors({})).toMatchObject({
      producerId: "acert.error.producer",
      nameVi: "acert.error.nameVi",
      productSetId: "acert.error.productSet",
      descriptionVi: "acert.error.descriptionVi",
      unitVi: "acert.error.unitVi",
      priceVnd: "acert.error.price",
      decisionDate: "acert.error.decisionDate",
      issuingBody: "acert.error.issuingBody",
      issuingLevel: "acert.error.issuingLevel",
    });
    expect(errors({ ...product, ...decision, score: "80", priceVnd: "0" })).toEqual({
      priceVnd: "acert.error.price",
    });
  });

  it("applies the same rules to a renewal", () => {
    const r = newDecisionSchema(dc).safeParse({
      ...decision,
      stars: "5",
      issuingLevel: "ministry",
    });
    expect(r.success && r.data.stars === 5).toBe(true);
    const bad = newDecisionSchema(dc).safeParse({ ...decision, stars: "5" });
    expect(bad.success ? null : fieldErrors(bad.error)).toEqual({
      issuingLevel: "acert.error.fiveStarsMinistry",
    });
  });
});

describe("the rules of each basis (issue 12)", () => {
  const provincial = { ...decision, issuingBody: "UBND tỉnh Phú Thọ", issuingLevel: "province" };
  const errors = (input: Record<string, string>) => {
    const r = newDecisionSchema(dc).safeParse(input);
    return r.success ? {} : fieldErrors(r.error);
  };

  it("records a provincial 92 under 1489 as 4★, proposed for 5★", () => {
    const r = newDecisionSchema(dc).safeParse({ ...provincial, score: "92" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toMatchObject({
      stars: 4,
      score: 92,
      proposedForFive: true,
      legalBasisCode: "2025",
    });
    const typed = newDecisionSchema(dc).safeParse({ ...provincial, score: "92", stars: "4" });
    expect(typed.success && typed.data.proposedForFive).toBe(true);
  });

  it("records it under 148 too, but not under 1048 nor 26/2026", () => {
    const under148 = newDecisionSchema(dc).safeParse({
      ...provincial,
      score: "90",
      decisionDate: "2024-03-01",
    });
    expect(under148.success && under148.data).toMatchObject({ stars: 4, proposedForFive: true });
    expect(errors({ ...provincial, score: "90", decisionDate: "2021-03-01" })).toEqual({
      issuingLevel: "acert.error.fiveStarsMinistry",
    });
    const late = { today: "2026-12-01", bases: BASES };
    const under2026 = newDecisionSchema(late).safeParse({
      ...provincial,
      score: "92",
      decisionDate: "2026-06-01",
    });
    expect(under2026.success ? null : fieldErrors(under2026.error)).toEqual({
      issuingLevel: "acert.error.fiveStarsMinistry",
    });
  });

  it("a 5★ score at the ministry is 5★, never 'proposed'", () => {
    const r = newDecisionSchema(dc).safeParse({
      ...decision,
      score: "93",
      decisionNumber: "12/QĐ-BNNMT",
      issuingBody: "Bộ Nông nghiệp và Môi trường",
      issuingLevel: "ministry",
    });
    expect(r.success && r.data).toMatchObject({ stars: 5, proposedForFive: false });
  });

  it("allows 'not achieved' whatever the score, as an evaluation result without a number", () => {
    const r = newDecisionSchema(dc).safeParse({
      ...provincial,
      score: "84",
      notAchieved: "on",
      decisionNumber: "",
    });
    expect(r.success && r.data).toMatchObject({
      achieved: false,
      stars: 4,
      decisionNumber: null,
      proposedForFive: false,
    });
    expect(errors({ ...provincial, score: "84", notAchieved: "on" })).toEqual({
      decisionNumber: "acert.error.evaluationNoNumber",
    });
    expect(errors({ ...provincial, stars: "4", notAchieved: "on", decisionNumber: "" })).toEqual({
      score: "acert.error.notAchievedScore",
    });
  });

  it("keeps 1–2★ under 1489 and 26/2026 without a decision number; a recognition needs one", () => {
    expect(errors({ ...provincial, score: "40" })).toEqual({
      decisionNumber: "acert.error.evaluationNoNumber",
    });
    const low = newDecisionSchema(dc).safeParse({ ...provincial, score: "40", decisionNumber: "" });
    expect(low.success && low.data).toMatchObject({ stars: 2, decisionNumber: null });
    expect(errors({ ...provincial, score: "75", decisionNumber: "" })).toEqual({
      decisionNumber: "acert.error.decisionNumber",
    });
    // Under 148 a 1–2★ record may still carry the council's minutes number.
    const old = newDecisionSchema(dc).safeParse({
      ...provincial,
      score: "40",
      decisionNumber: "12/BB-HĐĐG",
      decisionDate: "2024-03-01",
    });
    expect(old.success).toBe(true);
  });

  it("records a 2018 certificate under 490/QĐ-TTg", () => {
    const r = newDecisionSchema(dc).safeParse({
      ...provincial,
      stars: "3",
      decisionDate: "2018-12-10",
    });
    expect(r.success && r.data.legalBasisCode).toBe("2018");
  });
});
