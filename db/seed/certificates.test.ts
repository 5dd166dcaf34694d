import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween } from "../../app/lib/dates";
import { LEGAL_BASES } from "../reference";
import { type CertificateContext, legalBasisOn, lowerUnit, planCertificates } from "./certificates";

const TODAY = "2026-11-23";
const base: CertificateContext = {
  slug: "oi-le-song-lo",
  stars: 3,
  plan: {},
  today: TODAY,
  street: "Thôn Đồng Thịnh",
  currentAddress: "Thôn Đồng Thịnh, xã Sông Lô, tỉnh Phú Thọ",
  currentProvinceName: "Tỉnh Phú Thọ",
  legacy: {
    communeId: "old-c:08848",
    communeName: "Xã Đồng Thịnh",
    districtId: "old-d:vinh-phuc:song-lo",
    districtName: "Huyện Sông Lô",
    provinceName: "Tỉnh Vĩnh Phúc",
  },
  legalBases: LEGAL_BASES,
};
const validUntil = (date: string) => addMonths(date, 36);

describe("legalBasisOn", () => {
  it("picks the rules in force on the decision date", () => {
    expect(legalBasisOn("2018-09-01", LEGAL_BASES)).toBe("2018");
    expect(legalBasisOn("2020-05-01", LEGAL_BASES)).toBe("2019");
    expect(legalBasisOn("2021-05-01", LEGAL_BASES)).toBe("2020");
    expect(legalBasisOn("2023-02-24", LEGAL_BASES)).toBe("2023");
    expect(legalBasisOn("2025-07-05", LEGAL_BASES)).toBe("2023");
    expect(legalBasisOn("2025-07-06", LEGAL_BASES)).toBe("2025");
    // No decision under 26/2026/QĐ-TTg before it was signed.
    expect(legalBasisOn("2026-03-01", LEGAL_BASES)).toBe("2025");
    expect(legalBasisOn("2026-05-22", LEGAL_BASES)).toBe("2026");
  });
});

describe("planCertificates", () => {
  it("is deterministic for a slug and day", () => {
    expect(planCertificates(base)).toEqual(planCertificates(base));
  });

  it("has a 3★ under the 2023 rules recognised by the former district, with the old address", () => {
    const { current } = planCertificates({ ...base, plan: { ageMonths: 24 } });
    expect(current.legalBasisCode).toBe("2023");
    expect(current).toMatchObject({
      issuingLevel: "district",
      issuingBody: "UBND huyện Sông Lô",
      legacyPlaceId: "old-d:vinh-phuc:song-lo",
      addressPrinted: "Thôn Đồng Thịnh, xã Đồng Thịnh, huyện Sông Lô, tỉnh Vĩnh Phúc",
    });
  });

  it("sends 3★ and 4★ to today's province after July 2025, with today's address", () => {
    const { current } = planCertificates({ ...base, stars: 4, plan: { ageMonths: 3 } });
    expect(current).toMatchObject({
      issuingLevel: "province",
      issuingBody: "UBND tỉnh Phú Thọ",
      legacyPlaceId: null,
      addressPrinted: base.currentAddress,
    });
    expect(current.decisionNumber).toMatch(/^\d+\/QĐ-UBND$/);
  });

  it("names the ministry of the day for 5★", () => {
    const before = planCertificates({ ...base, stars: 5, plan: { ageMonths: 24 } }).current;
    const after = planCertificates({ ...base, stars: 5, plan: { ageMonths: 6 } }).current;
    expect(before).toMatchObject({ issuingLevel: "ministry", issuingBody: "Bộ Nông nghiệp và Phát triển nông thôn" });
    expect(before.decisionNumber).toMatch(/\/QĐ-BNN-VPĐP$/);
    expect(after).toMatchObject({ issuingLevel: "ministry", issuingBody: "Bộ Nông nghiệp và Môi trường" });
    expect(after.decisionNumber).toMatch(/\/QĐ-BNNMT$/);
    expect(after.score).toBeGreaterThanOrEqual(90);
  });

  it("dates an expired certificate to run out before today and an expiring one within the month", () => {
    const expired = planCertificates({ ...base, plan: { expired: true } }).current;
    expect(validUntil(expired.decisionDate) < TODAY).toBe(true);
    const soon = planCertificates({ ...base, plan: { expiresInDays: 12 } }).current;
    const left = daysBetween(TODAY, validUntil(soon.decisionDate));
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThanOrEqual(30);
  });

  it("keeps default decisions within the last 30 months", () => {
    for (let i = 0; i < 40; i++) {
      const { current } = planCertificates({ ...base, slug: `san-pham-${i}` });
      expect(current.decisionDate <= TODAY).toBe(true);
      expect(current.decisionDate >= addMonths(TODAY, -31)).toBe(true);
    }
  });

  it("supersedes an earlier certificate on renewal, possibly with other stars", () => {
    const { current, superseded } = planCertificates({ ...base, plan: { ageMonths: 5, renewedFrom: 4 } });
    expect(superseded).not.toBeNull();
    expect(superseded?.status).toBe("superseded");
    expect(superseded?.stars).toBe(4);
    expect(current.stars).toBe(3);
    // The old one was still valid when the renewal decision replaced it.
    expect(validUntil(superseded?.decisionDate ?? "") >= current.decisionDate).toBe(true);
    expect(validUntil(superseded?.decisionDate ?? "") <= addDays(current.decisionDate, 31)).toBe(true);
  });

  it("revokes with a reason, after the decision and before today", () => {
    const { current } = planCertificates({ ...base, plan: { ageMonths: 10, revokedReason: "Hậu kiểm không đạt" } });
    expect(current.status).toBe("revoked");
    expect(current.revokedReason).toBe("Hậu kiểm không đạt");
    const revokedOn = current.revokedAt?.toISOString().slice(0, 10) ?? "";
    expect(revokedOn >= current.decisionDate && revokedOn < TODAY).toBe(true);
  });

  it("records 1★ and 2★ results as evaluation results without a document number", () => {
    const { current } = planCertificates({ ...base, stars: 2, plan: { score: 44 } });
    expect(current.decisionNumber).toBeNull();
    expect(current.score).toBe(44);
  });

  it("records a provincial 4★ with 90+ under 148/1489 as proposed for 5★", () => {
    const { current } = planCertificates({ ...base, stars: 4, plan: { ageMonths: 10, score: 92 } });
    expect(current).toMatchObject({
      stars: 4,
      score: 92,
      issuingLevel: "province",
      proposedForFive: true,
    });
    expect(["2023", "2025"]).toContain(current.legalBasisCode);
  });
});

describe("lowerUnit", () => {
  it("lower-cases the unit word only", () => {
    expect(lowerUnit("Thành phố Hà Nội")).toBe("thành phố Hà Nội");
    expect(lowerUnit("Huyện Sông Lô")).toBe("huyện Sông Lô");
  });
});
