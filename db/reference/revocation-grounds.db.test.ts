import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import { legalBasisOn } from "../../app/domain/certificate/schemas";
import { revocationGrounds } from "../schema";
import {
  LEGAL_BASES,
  REVOCATION_GROUND_SCHEMES,
  findRevocationGround,
  seedReferenceData,
} from "./index";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(database.db);
});

afterAll(async () => {
  await database?.cleanup();
});

/** The codes every revocation stores: they never change once published. */
const CODES = [
  "khong-danh-gia-lai",
  "khong-dat-tieu-chi-bat-buoc",
  "khong-duy-tri-chat-luong",
  "vi-pham-an-toan-thuc-pham",
  "ngung-san-xuat",
  "khac",
];

describe("revocation grounds", () => {
  it("has a list for every basis a decision date can fall under", () => {
    const withGrounds = new Set(REVOCATION_GROUND_SCHEMES.map((s) => s.legalBasisCode));
    const chosen = new Set(
      LEGAL_BASES.map((b) => legalBasisOn(b.effectiveFrom, LEGAL_BASES)?.code ?? "none"),
    );
    expect([...chosen].sort()).toEqual(["2018", "2019", "2020", "2023", "2025", "2026"]);
    for (const code of chosen) expect(withGrounds.has(code)).toBe(true);
  });

  it("has a list for 148 (2023) and 1489 (2025), with the same stable codes", async () => {
    for (const basis of ["2023", "2025"]) {
      const rows = await database.db
        .select()
        .from(revocationGrounds)
        .where(eq(revocationGrounds.legalBasisCode, basis))
        .orderBy(asc(revocationGrounds.sortOrder));
      expect(rows.map((r) => r.code)).toEqual(CODES);
    }
  });

  it("names a source for every ground and says it is secondary until the legal text is in hand", () => {
    for (const scheme of REVOCATION_GROUND_SCHEMES) {
      for (const g of scheme.grounds) {
        expect(g.source.length).toBeGreaterThan(20);
        expect(g.sourceKind).toBe("secondary");
        expect(g.nameVi).not.toBe("");
        expect(g.nameEn).not.toBe("");
      }
    }
    expect(findRevocationGround("2025", "khong-danh-gia-lai")?.source).toContain("1489/QĐ-TTg");
    expect(findRevocationGround("2023", "vi-pham-an-toan-thuc-pham")?.source).toContain("Hà Tĩnh");
  });

  it("seeds only grounds of bases on record, and seeding again changes nothing", async () => {
    const known = new Set(LEGAL_BASES.map((b) => b.code));
    const all = () =>
      database.db
        .select()
        .from(revocationGrounds)
        .orderBy(asc(revocationGrounds.legalBasisCode), asc(revocationGrounds.sortOrder));
    const rows = await all();
    expect(rows.every((r) => known.has(r.legalBasisCode))).toBe(true);
    await seedReferenceData(database.db);
    // Compared row by row (not the whole JSON) so a failure names the row that changed.
    expect(await all()).toEqual(rows);
  });
});
